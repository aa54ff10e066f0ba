<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Analysis</name>
    <message>
        <source>The group “%1” has %2 pupils. A summary from fewer than %3 can point out single pupils: join groups, or describe a larger group.</source>
        <translation>Gruppen ”%1” har %2 elever. En sammanfattning från färre än %3 kan peka ut enskilda elever: slå ihop grupper eller beskriv en större grupp.</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <source>Write what the pupils said, as a summary or as themes.</source>
        <translation>Skriv vad eleverna sa, som en sammanfattning eller som teman.</translation>
    </message>
    <message>
        <source>The theme “%1” is counted %2 times, but the group has %3 pupils.</source>
        <translation>Temat ”%1” är räknat %2 gånger, men gruppen har %3 elever.</translation>
    </message>
    <message>
        <source>The analysis must belong to a collaboration.</source>
        <translation>Analysen måste höra till en samverkan.</translation>
    </message>
    <message>
        <source>The problem “%1” points to a cause that is gone.</source>
        <translation>Problemet ”%1” pekar på en orsak som inte finns längre.</translation>
    </message>
    <message>
        <source>The problem “%1” points to evidence that is gone.</source>
        <translation>Problemet ”%1” pekar på underlag som inte finns längre.</translation>
    </message>
    <message>
        <source>Every development area needs a title.</source>
        <translation>Varje utvecklingsområde behöver en rubrik.</translation>
    </message>
    <message>
        <source>The development area “%1” points to a problem that is gone.</source>
        <translation>Utvecklingsområdet ”%1” pekar på ett problem som inte finns längre.</translation>
    </message>
    <message>
        <source>Name at least one problem and the causes behind it.</source>
        <translation>Ange minst ett problem och orsakerna bakom det.</translation>
    </message>
    <message>
        <source>Choose at least one development area.</source>
        <translation>Välj minst ett utvecklingsområde.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Fastställd</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Förskola</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Undervisning</translation>
    </message>
    <message>
        <source>Follow-up and analysis</source>
        <translation>Uppföljning och analys</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Principal and unit</source>
        <translation>Rektor och enhet</translation>
    </message>
    <message>
        <source>Teachers and teaching</source>
        <translation>Lärare och undervisning</translation>
    </message>
</context>
<context>
    <name>AnalysisDocument</name>
    <message>
        <source>organizer level</source>
        <translation>huvudmannanivå</translation>
    </message>
    <message>
        <source>The analysis cannot be printed: %1</source>
        <translation>Analysen kan inte skrivas ut: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>%1, version %2 (%3)</source>
        <translation>%1, version %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1, Dnr %2</source>
        <translation>%1, Dnr %2</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>Inget ifyllt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Markers are written as in the official statistics: “.” means no data, “..” that the value is withheld because the group is small.</source>
        <translation>Markeringar som i den officiella statistiken: ”.” betyder att uppgift saknas, ”..” att värdet inte redovisas eftersom gruppen är liten.</translation>
    </message>
    <message>
        <source>Trends per indicator</source>
        <translation>Utveckling per indikator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pupils took part.</source>
        <translation>
            <numerusform>%n elev deltog.</numerusform>
            <numerusform>%n elever deltog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Tog upp</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Quotes (anonymised)</source>
        <translation>Citat (anonymiserade)</translation>
    </message>
    <message>
        <source>Decision level: %1</source>
        <translation>Beslutsnivå: %1</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>In order of priority, the most important first.</source>
        <translation>I prioritetsordning, det viktigaste först.</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Prioritet %1: %2</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Problems it addresses</source>
        <translation>Problem som området ska lösa</translation>
    </message>
    <message>
        <source>Organizer level</source>
        <translation>Huvudmannanivå</translation>
    </message>
    <message>
        <source>%1, marked by %2 on %3</source>
        <translation>%1, markerad av %2 %3</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version of the analysis</source>
        <translation>Analysens version</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
</context>
<context>
    <name>AnalysisListPanel</name>
    <message>
        <source>The current-state analysis is made at the organizer level and for each unit in the collaboration. Preschools use the preschool template.</source>
        <translation>Nulägesanalysen görs på huvudmannanivå och för varje enhet i samverkan. Förskolor använder mallen för förskola.</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (organizer level)</source>
        <translation>%1 (huvudmannanivå)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Påbörja</translation>
    </message>
    <message>
        <source>Skoldialog has no template for this kind of analysis.</source>
        <translation>Skoldialog har ingen mall för den här sortens analys.</translation>
    </message>
    <message>
        <source>The analysis could not be started: %1</source>
        <translation>Analysen kunde inte påbörjas: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Answer “%1”</source>
        <translation>Svar på ”%1”</translation>
    </message>
</context>
<context>
    <name>AnalysisPrinting</name>
    <message>
        <source>Current-state analysis</source>
        <translation>Nulägesanalys</translation>
    </message>
    <message>
        <source>Print preview: current-state analysis</source>
        <translation>Förhandsgranskning: nulägesanalys</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The analysis could not be laid out for printing: %1</source>
        <translation>Analysen kunde inte ställas upp för utskrift: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisSession</name>
    <message>
        <source>The analysis is established and cannot be changed. Make a new version to change it.</source>
        <translation>Analysen är fastställd och kan inte ändras. Gör en ny version för att ändra den.</translation>
    </message>
</context>
<context>
    <name>AnalysisStore</name>
    <message>
        <source>The analysis no longer exists.</source>
        <translation>Analysen finns inte längre.</translation>
    </message>
    <message>
        <source>The analysis is established and cannot be changed. Make a new version to change it.</source>
        <translation>Analysen är fastställd och kan inte ändras. Gör en ny version för att ändra den.</translation>
    </message>
    <message>
        <source>The analysis cannot be marked %1 yet:
%2</source>
        <translation>Analysen kan inte markeras som %1 ännu:
%2</translation>
    </message>
</context>
<context>
    <name>AnalysisTemplate</name>
    <message>
        <source>%1 lacks the text &quot;%2&quot;</source>
        <translation>%1 saknar texten ”%2”</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>The template %1 is faulty: %2.</source>
        <translation>Mallen %1 är felaktig: %2.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line %1: %2)</source>
        <translation>den är inte giltig JSON (rad %1: %2)</translation>
    </message>
    <message>
        <source>it must be one JSON object</source>
        <translation>den måste vara ett enda JSON-objekt</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>mallen</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>”version” måste vara ett heltal, minst 1</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;skola&quot; or &quot;forskola&quot;</source>
        <translation>”kind” måste vara ”skola” eller ”forskola”</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>den har inga sidor</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>%1 has the id &quot;%2&quot;, which an earlier page has too</source>
        <translation>%1 har id ”%2”, som en tidigare sida också har</translation>
    </message>
    <message>
        <source>%1 has the unknown kind &quot;%2&quot;</source>
        <translation>%1 har den okända typen ”%2”</translation>
    </message>
    <message>
        <source>%1, indicator %2</source>
        <translation>%1, indikator %2</translation>
    </message>
    <message>
        <source>%1 has &quot;max&quot; not above &quot;min&quot;</source>
        <translation>%1 har ”max” som inte är större än ”min”</translation>
    </message>
    <message>
        <source>%1 shows results but names no indicators</source>
        <translation>%1 visar resultat men anger inga indikatorer</translation>
    </message>
    <message>
        <source>%1 needs &quot;choices&quot;</source>
        <translation>%1 behöver ”choices”</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2</source>
        <translation>Mallen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The template %1, version %2, is not part of this Skoldialog.</source>
        <translation>Mallen %1, version %2, ingår inte i den här versionen av Skoldialog.</translation>
    </message>
</context>
<context>
    <name>AnalysisWizard</name>
    <message>
        <source>&amp;New version</source>
        <translation>Ny &amp;version</translation>
    </message>
    <message>
        <source>Mark as &amp;done…</source>
        <translation>Markera som &amp;klar…</translation>
    </message>
    <message>
        <source>E&amp;stablish…</source>
        <translation>&amp;Fastställ…</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>För&amp;handsgranska…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Till&amp;baka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Current-state analysis</source>
        <translation>Nulägesanalys</translation>
    </message>
    <message>
        <source>Pages of the analysis</source>
        <translation>Analysens sidor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ångra: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Gör om: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>This analysis was established by %1 on %2 and can no longer be changed. To change it, make a new version; this one is kept as it is.</source>
        <translation>Analysen fastställdes av %1 den %2 och kan inte längre ändras. Gör en ny version för att ändra den; den här sparas som den är.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Who marks the analysis as done?</source>
        <translation>Vem markerar analysen som klar?</translation>
    </message>
    <message>
        <source>The analysis is marked as done by %1.</source>
        <translation>Analysen är markerad som klar av %1.</translation>
    </message>
    <message>
        <source>Establish the analysis</source>
        <translation>Fastställ analysen</translation>
    </message>
    <message>
        <source>Once established, the analysis can no longer be changed; a change becomes a new version. Who establishes it?</source>
        <translation>När analysen är fastställd kan den inte längre ändras; en ändring blir en ny version. Vem fastställer den?</translation>
    </message>
    <message>
        <source>Version %1 is a new draft; version %2 is kept as it was established.</source>
        <translation>Version %1 är ett nytt utkast; version %2 sparas som den fastställdes.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>template %1, version %2</source>
        <translation>mall %1, version %2</translation>
    </message>
    <message>
        <source>saved as you type</source>
        <translation>sparas medan du skriver</translation>
    </message>
</context>
<context>
    <name>AreasEditor</name>
    <message>
        <source>Development areas, most important first</source>
        <translation>Utvecklingsområden, det viktigaste först</translation>
    </message>
    <message>
        <source>&amp;Add area</source>
        <translation>&amp;Lägg till område</translation>
    </message>
    <message>
        <source>Description of the development area</source>
        <translation>Beskrivning av utvecklingsområdet</translation>
    </message>
    <message>
        <source>e.g. Language-developing working methods in all subjects</source>
        <translation>t.ex. Språkutvecklande arbetssätt i alla ämnen</translation>
    </message>
    <message>
        <source>What should be better, and for whom?</source>
        <translation>Vad ska bli bättre, och för vilka?</translation>
    </message>
    <message>
        <source>Problems the area answers</source>
        <translation>Problem som området svarar mot</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
    <message>
        <source>&amp;Problems it answers</source>
        <translation>&amp;Problem som det svarar mot</translation>
    </message>
    <message>
        <source>No development areas yet. Add the areas the improvement work will be about, then put them in order: drag them, or use Alt+Up and Alt+Down.</source>
        <translation>Inga utvecklingsområden ännu. Lägg till de områden förbättringsarbetet ska gälla och ordna dem sedan: dra dem, eller använd Alt+Upp och Alt+Ned.</translation>
    </message>
    <message>
        <source>Edit development area</source>
        <translation>ändring av utvecklingsområde</translation>
    </message>
    <message>
        <source>Link development area</source>
        <translation>koppling av utvecklingsområde</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen rubrik ännu)</translation>
    </message>
    <message>
        <source>No problems yet: describe them on the page “Problems”.</source>
        <translation>Inga problem ännu: beskriv dem på sidan ”Problem”.</translation>
    </message>
    <message>
        <source>Remove development area</source>
        <translation>borttagning av utvecklingsområde</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The damaged file %1 could not be moved aside; nothing was changed.</source>
        <translation>Den skadade filen %1 kunde inte flyttas undan. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied into place; the damaged file is kept as %2.</source>
        <translation>Säkerhetskopian %1 kunde inte kopieras på plats. Den skadade filen finns kvar som %2.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed to %1. Check that you may write in that folder.</source>
        <translation>Den färdiga säkerhetskopian kunde inte få namnet %1. Kontrollera att du får skriva i den mappen.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Check that you may write in the database&apos;s folder.</source>
        <translation>Mappen för säkerhetskopior, %1, kan inte skapas. Kontrollera att du får skriva i databasens mapp.</translation>
    </message>
</context>
<context>
    <name>CausesEditor</name>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>&amp;Add cause</source>
        <translation>&amp;Lägg till orsak</translation>
    </message>
    <message>
        <source>Description of the cause</source>
        <translation>Beskrivning av orsaken</translation>
    </message>
    <message>
        <source>What in the organisation, the teaching or the follow-up explains the results? Be concrete.</source>
        <translation>Vad i organisationen, undervisningen eller uppföljningen förklarar resultaten? Var konkret.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
    <message>
        <source>A&amp;rea</source>
        <translation>O&amp;mråde</translation>
    </message>
    <message>
        <source>Decision &amp;level</source>
        <translation>Beslutsn&amp;ivå</translation>
    </message>
    <message>
        <source>No causes yet. Add one for each cause you have found; the problems are linked to them next.</source>
        <translation>Inga orsaker ännu. Lägg till en för varje orsak ni har hittat; problemen kopplas till dem på nästa sida.</translation>
    </message>
    <message>
        <source>Edit cause</source>
        <translation>ändring av orsak</translation>
    </message>
    <message>
        <source>Change cause</source>
        <translation>ändring av orsak</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(inte beskriven ännu)</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>ny orsak</translation>
    </message>
    <message>
        <source>Remove cause</source>
        <translation>borttagning av orsak</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 already exists; choose a new file name or remove the file first.</source>
        <translation>%1 finns redan. Välj ett nytt filnamn eller ta bort filen först.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Demodata kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Created the demo database %1.</source>
        <translation>Skapade demodatabasen %1.</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Skapade den tomma databasen %1.</translation>
    </message>
    <message>
        <source>%1 is sound: integrity ok, schema version %2.</source>
        <translation>%1 är hel: integriteten är i ordning, schemaversion %2.</translation>
    </message>
    <message>
        <source>%1 is sound: integrity ok, schema version %2; it will be upgraded when opened.</source>
        <translation>%1 är hel: integriteten är i ordning, schemaversion %2. Den uppdateras när den öppnas.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Skoldialog database yet.</source>
        <translation>%1 är tom: den innehåller ännu ingen Skoldialog-databas.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>Den senaste säkerhetskopian är %1.</translation>
    </message>
    <message>
        <source>%1 holds no Skoldialog database.</source>
        <translation>%1 innehåller ingen Skoldialog-databas.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Wrote a backup of %1 to %2.</source>
        <translation>Skrev en säkerhetskopia av %1 till %2.</translation>
    </message>
    <message>
        <source>Create an empty database.</source>
        <translation>Skapa en tom databas.</translation>
    </message>
    <message>
        <source>Create a database with a realistic fictional case.</source>
        <translation>Skapa en databas med ett realistiskt, påhittat ärende.</translation>
    </message>
    <message>
        <source>Check a database&apos;s integrity and schema version.</source>
        <translation>Kontrollera en databas integritet och schemaversion.</translation>
    </message>
    <message>
        <source>Write a consistent copy of a database to OUT.</source>
        <translation>Skriv en hel och konsekvent kopia av en databas till OUT.</translation>
    </message>
    <message>
        <source>Usage: skoldialog-cli COMMAND [ARGUMENTS]</source>
        <translation>Användning: skoldialog-cli KOMMANDO [ARGUMENT]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Usage: skoldialog-cli %1 %2</source>
        <translation>Användning: skoldialog-cli %1 %2</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Documents need fonts; this command must run in a QGuiApplication.</source>
        <translation>Dokument behöver typsnitt; kommandot måste köras i en QGuiApplication.</translation>
    </message>
    <message>
        <source>There is no collaboration with id %1 in %2.</source>
        <translation>Det finns ingen samverkan med id %1 i %2.</translation>
    </message>
    <message>
        <source>There is no school unit with id %1 in %2.</source>
        <translation>Det finns ingen skolenhet med id %1 i %2.</translation>
    </message>
    <message>
        <source>Collaboration %1 has no analysis at organizer level yet; start one in Skoldialog first.</source>
        <translation>Samverkan %1 har ännu ingen analys på huvudmannanivå; påbörja en i Skoldialog först.</translation>
    </message>
    <message>
        <source>Collaboration %1 has no analysis for %2 yet; start one in Skoldialog first.</source>
        <translation>Samverkan %1 har ännu ingen analys för %2; påbörja en i Skoldialog först.</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF-filen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Wrote the analysis (version %1, %2) to %3.</source>
        <translation>Skrev analysen (version %1, %2) till %3.</translation>
    </message>
    <message>
        <source>Write the newest nulägesanalys of a collaboration as a PDF.</source>
        <translation>Skriv den senaste nulägesanalysen för en samverkan som PDF.</translation>
    </message>
    <message>
        <source>Unknown scale %1: use national or small.</source>
        <translation>Okänd skala %1: använd national eller small.</translation>
    </message>
    <message>
        <source>The seed must be a whole number, not %1.</source>
        <translation>Fröet måste vara ett heltal, inte %1.</translation>
    </message>
    <message>
        <source>The data could not be generated: %1</source>
        <translation>Data kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Create a database with deterministic national-scale data (benchmarks, tests).</source>
        <translation>Skapa en databas med förutsägbara data i nationell skala (mätningar, tester).</translation>
    </message>
    <message>
        <source>Generated %1 in %2 s: %3 organizers, %4 school units, %5 collaborations, %6 meetings, %7 statistics values, %8 analyses.</source>
        <translation>Skapade %1 på %2 s: %3 huvudmän, %4 skolenheter, %5 samverkan, %6 möten, %7 statistikvärden, %8 analyser.</translation>
    </message>
</context>
<context>
    <name>Collaboration</name>
    <message>
        <source>Choose the organizer.</source>
        <translation>Välj huvudman.</translation>
    </message>
    <message>
        <source>Choose the programme.</source>
        <translation>Välj program.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Ange startdatum.</translation>
    </message>
    <message>
        <source>The planned end must come after the start.</source>
        <translation>Planerat slutdatum måste vara efter startdatum.</translation>
    </message>
    <message>
        <source>The phase must be between 1 and 6.</source>
        <translation>Fasen måste vara mellan 1 och 6.</translation>
    </message>
    <message>
        <source>Give a reason when a collaboration is paused, declined or closed.</source>
        <translation>Skriv ett skäl när en samverkan pausas, avböjs eller avslutas.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Avböjd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
</context>
<context>
    <name>CollaborationDialog</name>
    <message>
        <source>New collaboration</source>
        <translation>Ny samverkan</translation>
    </message>
    <message>
        <source>e.g. 7.4.2-2026:123</source>
        <translation>t.ex. 7.4.2-2026:123</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Huvudman</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Diary number</source>
        <translation>&amp;Diarienummer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>Planerat s&amp;lutdatum</translation>
    </message>
    <message>
        <source>&amp;Units in scope</source>
        <translation>Skol&amp;enheter som ingår</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>CollaborationDocument</name>
    <message>
        <source>Add meeting</source>
        <translation>nytt möte</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>borttagning av möte</translation>
    </message>
</context>
<context>
    <name>CollaborationListModel</name>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CollaborationPage</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <source>Why it is paused, declined or closed</source>
        <translation>Varför samverkan är pausad, avböjd eller avslutad</translation>
    </message>
    <message>
        <source>Dialogue team (Skolverket)</source>
        <translation>Dialogteam (Skolverket)</translation>
    </message>
    <message>
        <source>The organizer&apos;s contacts</source>
        <translation>Huvudmannens kontaktpersoner</translation>
    </message>
    <message>
        <source>&amp;Diary number</source>
        <translation>&amp;Diarienummer</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>S&amp;käl</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Units in the collaboration</source>
        <translation>Skolenheter som ingår i samverkan</translation>
    </message>
    <message>
        <source>Edit diary number</source>
        <translation>ändring av diarienummer</translation>
    </message>
    <message>
        <source>Edit status reason</source>
        <translation>ändring av skäl för status</translation>
    </message>
    <message>
        <source>Write the reason, then the status is saved.</source>
        <translation>Skriv skälet, så sparas statusen.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>statusändring</translation>
    </message>
    <message>
        <source>Change units in scope</source>
        <translation>ändring av skolenheter som ingår</translation>
    </message>
    <message>
        <source>Edit dialogue team</source>
        <translation>ändring av dialogteam</translation>
    </message>
    <message>
        <source>Edit contacts</source>
        <translation>ändring av kontaktpersoner</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>&amp;Meetings (%1)</source>
        <translation>&amp;Möten (%1)</translation>
    </message>
    <message>
        <source>Edit collaboration</source>
        <translation>ändring av samverkan</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Ta bort möte</translation>
    </message>
    <message>
        <source>Change phase to %1</source>
        <translation>fasbyte till %1</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>&amp;Nytt möte</translation>
    </message>
    <message>
        <source>Remove the meeting on %1 with its notes, decisions and action items? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort mötet %1 med anteckningar, beslut och åtgärdspunkter? Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Star&amp;tdatum</translation>
    </message>
    <message>
        <source>Planned &amp;end</source>
        <translation>Planerat s&amp;lutdatum</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>ändring av startdatum</translation>
    </message>
    <message>
        <source>Change planned end</source>
        <translation>ändring av planerat slutdatum</translation>
    </message>
    <message>
        <source>Current-state &amp;analysis</source>
        <translation>Nulägesan&amp;alys</translation>
    </message>
</context>
<context>
    <name>CollaborationStore</name>
    <message>
        <source>The collaboration no longer exists.</source>
        <translation>Samverkan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 cannot be read. Check that it is a file and that you may read it.</source>
        <translation>Filen %1 går inte att läsa. Kontrollera att det är en fil och att du har behörighet att läsa den.</translation>
    </message>
    <message>
        <source>The file %1 is not a Skoldialog database (it is not an SQLite file at all). Choose another file, or open the newest backup.</source>
        <translation>Filen %1 är ingen Skoldialog-databas (den är inte ens en SQLite-fil). Välj en annan fil eller öppna den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened safely. Open the newest backup; the damaged file is left as it is.</source>
        <translation>Databasen %1 är skadad och kan inte öppnas på ett säkert sätt. Öppna den senaste säkerhetskopian. Den skadade filen lämnas orörd.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Skoldialog. Choose another file.</source>
        <translation>Filen %1 är en databas från ett annat program, inte från Skoldialog. Välj en annan fil.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Skoldialog (schema version %2; this version reads up to %3). Install the newer Skoldialog to open it. The file has not been changed.</source>
        <translation>Databasen %1 har sparats med en nyare version av Skoldialog (schemaversion %2, den här versionen kan läsa till och med %3). Installera den nyare versionen av Skoldialog för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database %1 cannot be locked: the folder may be read-only. Move the file to a folder you can write to.</source>
        <translation>Databasen %1 kan inte låsas. Mappen kan vara skrivskyddad. Flytta filen till en mapp där du kan spara.</translation>
    </message>
    <message>
        <source>Before upgrading, a backup must be made, and that failed: %1</source>
        <translation>Innan databasen uppdateras måste en säkerhetskopia göras, men det misslyckades: %1</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>Databasen %1 kan inte skapas: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Databasen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you may write in.</source>
        <translation>Mappen %1 kan inte skapas. Välj en mapp som du får skriva i.</translation>
    </message>
    <message>
        <source>The database %1 is already open in Skoldialog on the computer %3 (process %2). Close it there first, or open another file.</source>
        <translation>Databasen %1 är redan öppen i Skoldialog på datorn %3 (process %2). Stäng den där först, eller öppna en annan fil.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>%1

Open the newest backup, from %2, instead? The damaged file is kept beside it under a new name.</source>
        <translation>%1

Vill du öppna den senaste säkerhetskopian, från %2, i stället? Den skadade filen sparas bredvid under ett nytt namn.</translation>
    </message>
    <message>
        <source>The backup cannot be opened</source>
        <translation>Säkerhetskopian kan inte öppnas</translation>
    </message>
    <message>
        <source>The backup is open</source>
        <translation>Säkerhetskopian är öppen</translation>
    </message>
    <message>
        <source>Skoldialog opened the backup. The damaged file is kept as %1.</source>
        <translation>Skoldialog öppnade säkerhetskopian. Den skadade filen finns kvar som %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>&amp;Lägg till underlag</translation>
    </message>
    <message>
        <source>Summary of the evidence</source>
        <translation>Sammanfattning av underlaget</translation>
    </message>
    <message>
        <source>e.g. Skolenkäten spring 2025, pupils in year 8</source>
        <translation>t.ex. Skolenkäten våren 2025, elever i åk 8</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>What does it show? Summarise briefly; link it to the problems later.</source>
        <translation>Vad visar det? Sammanfatta kort; koppla det till problemen senare.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>S&amp;ammanfattning</translation>
    </message>
    <message>
        <source>No evidence yet. Add what else shows how the school works: surveys, the inspectorate&apos;s decisions, observations.</source>
        <translation>Inget underlag ännu. Lägg till det som visar hur skolan fungerar: enkäter, Skolinspektionens beslut, observationer.</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>ändring av underlag</translation>
    </message>
    <message>
        <source>Change evidence</source>
        <translation>ändring av underlag</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen rubrik ännu)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>nytt underlag</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>borttagning av underlag</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Flytta ned&amp;åt</translation>
    </message>
    <message>
        <source>Higher priority (Alt+Up)</source>
        <translation>Högre prioritet (Alt+Upp)</translation>
    </message>
    <message>
        <source>Lower priority (Alt+Down)</source>
        <translation>Lägre prioritet (Alt+Ned)</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>ändrad prioritet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h2&gt;Skoldialog&lt;/h2&gt;&lt;p&gt;Choose a collaboration in the list to the left, or search with Ctrl+F.&lt;/p&gt;&lt;p&gt;Everything you write is saved as you write it.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Skoldialog&lt;/h2&gt;&lt;p&gt;Välj en samverkan i listan till vänster eller sök med Ctrl+F.&lt;/p&gt;&lt;p&gt;Allt du skriver sparas medan du skriver.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Säkerhetskopiera databas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;ök…</translation>
    </message>
    <message>
        <source>&amp;Collaboration</source>
        <translation>&amp;Samverkan</translation>
    </message>
    <message>
        <source>New &amp;collaboration…</source>
        <translation>Ny &amp;samverkan…</translation>
    </message>
    <message>
        <source>New &amp;organizer…</source>
        <translation>Ny &amp;huvudman…</translation>
    </message>
    <message>
        <source>New school &amp;unit…</source>
        <translation>Ny skol&amp;enhet…</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Nytt &amp;möte</translation>
    </message>
    <message>
        <source>&amp;Next phase…</source>
        <translation>&amp;Nästa fas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Skoldialog</source>
        <translation>&amp;Om Skoldialog</translation>
    </message>
    <message>
        <source>About Skoldialog</source>
        <translation>Om Skoldialog</translation>
    </message>
    <message>
        <source>Skoldialog %1

For Samverkan för bästa skola: cases, meetings, analysis, plans and agreements, offline.

Licence: EUPL-1.2
Database: %2</source>
        <translation>Skoldialog %1

För Samverkan för bästa skola: ärenden, möten, analys, planer och överenskommelser – utan nätverk.

Licens: EUPL-1.2
Databas: %2</translation>
    </message>
    <message>
        <source>%1 – Skoldialog (%2)</source>
        <translation>%1 – Skoldialog (%2)</translation>
    </message>
    <message>
        <source>Skoldialog (%1)</source>
        <translation>Skoldialog (%1)</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Alla ändringar är sparade kl. %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>%1

What you typed is still on screen.</source>
        <translation>%1

Det du skrev finns kvar på skärmen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Skoldialog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Skoldialog-databaser (*.db *.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Säkerhetskopiera databas</translation>
    </message>
    <message>
        <source>Skoldialog databases (*.db)</source>
        <translation>Skoldialog-databaser (*.db)</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Säkerhetskopian sparades i %1</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting must belong to a collaboration.</source>
        <translation>Mötet måste höra till en samverkan.</translation>
    </message>
    <message>
        <source>Enter the date and time of the meeting.</source>
        <translation>Ange datum och tid för mötet.</translation>
    </message>
    <message>
        <source>The length must be between 0 and 24 hours.</source>
        <translation>Längden måste vara mellan 0 och 24 timmar.</translation>
    </message>
    <message>
        <source>Participant %1 has no name.</source>
        <translation>Deltagare %1 saknar namn.</translation>
    </message>
    <message>
        <source>Action item %1 has no text.</source>
        <translation>Åtgärdspunkt %1 saknar text.</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första möte</translation>
    </message>
    <message>
        <source>Dialogue meeting</source>
        <translation>Dialogmöte</translation>
    </message>
    <message>
        <source>Joint gathering</source>
        <translation>Gemensam träff</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Decision %1 has no text.</source>
        <translation>Beslut %1 saknar text.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Åtgärdspunkter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. Strandängsskolan, the staff room</source>
        <translation>t.ex. Strandängsskolan, personalrummet</translation>
    </message>
    <message>
        <source>What was said. Saved as you type.</source>
        <translation>Det som sades. Sparas medan du skriver.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Dag&amp;ordning</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ant&amp;eckningar</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>Inget möte valt</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>ändring av anteckningar</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>ändring av dagordning</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>ändring av plats</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>ändring av deltagare</translation>
    </message>
    <message>
        <source>Edit decisions</source>
        <translation>ändring av beslut</translation>
    </message>
    <message>
        <source>Edit action items</source>
        <translation>ändring av åtgärdspunkter</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>ändring av möte</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Mötet finns inte längre.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database was written by a newer version of Skoldialog (schema version %1; this version reads up to %2). Install the newer Skoldialog to open it. The file has not been changed.</source>
        <translation>Databasen har sparats med en nyare version av Skoldialog (schemaversion %1, den här versionen kan läsa till och med %2). Installera den nyare versionen av Skoldialog för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Det gick inte att uppdatera databasen till version %1: %2</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Search name, number, municipality, unit…</source>
        <translation>Sök namn, nummer, kommun, skolenhet…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Collaborations</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Huvudmän</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Skolenheter</translation>
    </message>
    <message>
        <source>New collaboration…</source>
        <translation>Ny samverkan…</translation>
    </message>
    <message>
        <source>New organizer…</source>
        <translation>Ny huvudman…</translation>
    </message>
    <message>
        <source>New school unit…</source>
        <translation>Ny skolenhet…</translation>
    </message>
    <message>
        <source>Nothing here yet. Start with the button below.</source>
        <translation>Här finns inget ännu. Börja med knappen nedan.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try fewer or shorter words.</source>
        <translation>Inga träffar för ”%1”. Prova med färre eller kortare ord.</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 totalt</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 av %2 matchar</translation>
    </message>
</context>
<context>
    <name>Organizer</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Enskild</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statlig</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>OrganizerDialog</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>New organizer</source>
        <translation>Ny huvudman</translation>
    </message>
    <message>
        <source>Organizer %1</source>
        <translation>Huvudman %1</translation>
    </message>
    <message>
        <source>4 digits, e.g. 0180</source>
        <translation>4 siffror, t.ex. 0180</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Municipality code</source>
        <translation>&amp;Kommunkod</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>Post&amp;adress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber</source>
        <translation>Or&amp;ganisationsnummer</translation>
    </message>
</context>
<context>
    <name>OrganizerListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
</context>
<context>
    <name>OrganizerStore</name>
    <message>
        <source>The organizer no longer exists.</source>
        <translation>Huvudmannen finns inte längre.</translation>
    </message>
    <message>
        <source>%1 already has the organisation number %2.</source>
        <translation>%1 har redan organisationsnumret %2.</translation>
    </message>
    <message>
        <source>The organizer still has %1 school units and %2 collaborations; remove or move them first.</source>
        <translation>Huvudmannen har fortfarande skolenheter (%1) och samverkan (%2). Ta bort eller flytta dem först.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be painted: the printer or the file is not ready.</source>
        <translation>Dokumentet kunde inte skrivas ut: skrivaren eller filen är inte redo.</translation>
    </message>
    <message>
        <source>The document could not be painted: a new page could not be started.</source>
        <translation>Dokumentet kunde inte skrivas ut: en ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Edit participants</source>
        <translation>ändring av deltagare</translation>
    </message>
</context>
<context>
    <name>PhaseChangeDialog</name>
    <message>
        <source>Change phase</source>
        <translation>Byt fas</translation>
    </message>
    <message>
        <source>Move the collaboration forward from %1 %2 to %3 %4?</source>
        <translation>Vill du flytta samverkan framåt från fas %1 (%2) till fas %3 (%4)?</translation>
    </message>
    <message>
        <source>Move the collaboration back from %1 %2 to %3 %4?</source>
        <translation>Vill du flytta samverkan bakåt från fas %1 (%2) till fas %3 (%4)?</translation>
    </message>
    <message>
        <source>e.g. The board accepted on 28 August</source>
        <translation>t.ex. Nämnden tackade ja den 28 augusti</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Current phase: %1 %2</source>
        <translation>Aktuell fas: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <source>Selection</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>First dialogue</source>
        <translation>Dialog inleds</translation>
    </message>
    <message>
        <source>Current-state analysis</source>
        <translation>Nulägesanalys</translation>
    </message>
    <message>
        <source>Action plan and agreement</source>
        <translation>Åtgärdsplan och överenskommelse</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Genomförande</translation>
    </message>
    <message>
        <source>Follow-up and phase-out</source>
        <translation>Uppföljning och utfasning</translation>
    </message>
    <message>
        <source>Skolverket selects the organizer from the inspectorate&apos;s list.</source>
        <translation>Skolverket väljer ut huvudmannen utifrån Skolinspektionens lista.</translation>
    </message>
    <message>
        <source>A first meeting; the board accepts and the first agreement is signed.</source>
        <translation>Ett första möte hålls. Huvudmannen tackar ja och den första överenskommelsen skrivs under.</translation>
    </message>
    <message>
        <source>Results, evidence and pupils&apos; voices are analysed to find problems and their causes.</source>
        <translation>Resultat, underlag och elevernas röster analyseras för att hitta problem och deras orsaker.</translation>
    </message>
    <message>
        <source>Interventions are planned and the agreement on them is signed.</source>
        <translation>Insatser planeras och överenskommelsen om dem skrivs under.</translation>
    </message>
    <message>
        <source>The interventions are carried out and progress reports handed in.</source>
        <translation>Insatserna genomförs och delredovisningar lämnas in.</translation>
    </message>
    <message>
        <source>The final report is handed in and the cooperation ends.</source>
        <translation>Slutredovisningen lämnas in och samverkan avslutas.</translation>
    </message>
</context>
<context>
    <name>ProblemsEditor</name>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Add problem</source>
        <translation>&amp;Lägg till problem</translation>
    </message>
    <message>
        <source>Description of the problem</source>
        <translation>Beskrivning av problemet</translation>
    </message>
    <message>
        <source>Causes behind the problem</source>
        <translation>Orsaker bakom problemet</translation>
    </message>
    <message>
        <source>Evidence that shows the problem</source>
        <translation>Underlag som visar problemet</translation>
    </message>
    <message>
        <source>A problem tied to the results, e.g. “Too few pupils in year 9 reach the knowledge requirements in mathematics.”</source>
        <translation>Ett problem som hänger ihop med resultaten, t.ex. ”För få elever i åk 9 når kunskapskraven i matematik.”</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>B&amp;eskrivning</translation>
    </message>
    <message>
        <source>&amp;Causes behind it (tick one or more)</source>
        <translation>&amp;Orsaker bakom (markera en eller flera)</translation>
    </message>
    <message>
        <source>&amp;Evidence that shows it</source>
        <translation>&amp;Underlag som visar det</translation>
    </message>
    <message>
        <source>No problems yet. Describe each problem and tick the causes and evidence behind it.</source>
        <translation>Inga problem ännu. Beskriv varje problem och markera orsakerna och underlaget bakom det.</translation>
    </message>
    <message>
        <source>Edit problem</source>
        <translation>ändring av problem</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>koppling av problem</translation>
    </message>
    <message>
        <source>(not described yet)</source>
        <translation>(inte beskriven ännu)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n cause(s)</source>
        <translation>
            <numerusform>%1
%n orsak</numerusform>
            <numerusform>%1
%n orsaker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n underlag</numerusform>
            <numerusform>%n underlag</numerusform>
        </translation>
    </message>
    <message>
        <source>No causes yet: add them on the page “Causes”.</source>
        <translation>Inga orsaker ännu: lägg till dem på sidan ”Orsaker”.</translation>
    </message>
    <message>
        <source>No evidence yet: add it on the page “Evidence”.</source>
        <translation>Inget underlag ännu: lägg till det på sidan ”Annat underlag”.</translation>
    </message>
    <message>
        <source>Add problem</source>
        <translation>nytt problem</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>borttagning av problem</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 120 months.</source>
        <translation>Löptiden måste vara mellan 1 och 120 månader.</translation>
    </message>
    <message>
        <source>The minimum group size must be at least 1.</source>
        <translation>Minsta gruppstorlek måste vara 1 eller mer.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Lägg till i %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Ta bort från %1</translation>
    </message>
</context>
<context>
    <name>ResultsEditor</name>
    <message>
        <source>Add school &amp;year</source>
        <translation>Lägg till &amp;läsår</translation>
    </message>
    <message>
        <source>Results per school year</source>
        <translation>Resultat per läsår</translation>
    </message>
    <message>
        <source>Decimal comma or point. Markers from the statistics are kept as written: “.” no data, “..” too few to report, “~100” about 100.</source>
        <translation>Decimalkomma eller punkt. Markeringar från statistiken sparas som de skrivs: ”.” uppgift saknas, ”..” för få för att redovisas, ”~100” ungefär 100.</translation>
    </message>
    <message>
        <source>Edit results</source>
        <translation>ändring av resultat</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Outside what the indicator can be (%1–%2): check the value.</source>
        <translation>Utanför vad indikatorn kan vara (%1–%2): kontrollera värdet.</translation>
    </message>
    <message>
        <source>A marker from the statistics, kept as written.</source>
        <translation>En markering från statistiken, sparad som den skrevs.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
</context>
<context>
    <name>SchoolForms</name>
    <message>
        <source>Preschool</source>
        <translation>Förskola</translation>
    </message>
    <message>
        <source>Preschool class</source>
        <translation>Förskoleklass</translation>
    </message>
    <message>
        <source>Leisure-time centre</source>
        <translation>Fritidshem</translation>
    </message>
    <message>
        <source>Compulsory school</source>
        <translation>Grundskola</translation>
    </message>
    <message>
        <source>Adapted compulsory school</source>
        <translation>Anpassad grundskola</translation>
    </message>
    <message>
        <source>Special school</source>
        <translation>Specialskola</translation>
    </message>
    <message>
        <source>Sami school</source>
        <translation>Sameskola</translation>
    </message>
    <message>
        <source>Upper secondary school</source>
        <translation>Gymnasieskola</translation>
    </message>
    <message>
        <source>Adapted upper secondary school</source>
        <translation>Anpassad gymnasieskola</translation>
    </message>
</context>
<context>
    <name>SchoolUnit</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>Choose the organizer that runs the unit.</source>
        <translation>Välj den huvudman som driver enheten.</translation>
    </message>
    <message>
        <source>Choose at least one school form.</source>
        <translation>Välj minst en skolform.</translation>
    </message>
    <message>
        <source>The number of pupils must be between 0 and 100 000.</source>
        <translation>Antalet elever måste vara mellan 0 och 100&#xa0;000.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Upphörd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
</context>
<context>
    <name>SchoolUnitDialog</name>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>New school unit</source>
        <translation>Ny skolenhet</translation>
    </message>
    <message>
        <source>School unit %1</source>
        <translation>Skolenhet %1</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 siffror</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>School unit &amp;code</source>
        <translation>Skolenhets&amp;kod</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Huvudman</translation>
    </message>
    <message>
        <source>School &amp;forms</source>
        <translation>Skol&amp;former</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Visiting address</source>
        <translation>&amp;Besöksadress</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>&amp;Locality</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>P&amp;rincipal</source>
        <translation>&amp;Rektor</translation>
    </message>
    <message>
        <source>Number of p&amp;upils</source>
        <translation>&amp;Antal elever</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>SchoolUnitListModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>School unit code</source>
        <translation>Skolenhetskod</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>School forms</source>
        <translation>Skolformer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SchoolUnitStore</name>
    <message>
        <source>The school unit no longer exists.</source>
        <translation>Skolenheten finns inte längre.</translation>
    </message>
    <message>
        <source>%1 already has the school unit code %2.</source>
        <translation>%1 har redan skolenhetskoden %2.</translation>
    </message>
    <message>
        <source>The unit is part of a collaboration; take it out of the collaboration first.</source>
        <translation>Enheten ingår i en samverkan. Ta först bort den ur samverkan.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The disk is full. Nothing was saved from this change; free some space and try again.</source>
        <translation>Disken är full. Ingenting av ändringen sparades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file&apos;s permissions or save a copy elsewhere.</source>
        <translation>Databasfilen är skrivskyddad. Kontrollera filens behörigheter eller spara en kopia på en annan plats.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Databasen används av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database file could not be written (input/output error). Check the disk and try again.</source>
        <translation>Det gick inte att skriva till databasfilen (in-/utmatningsfel). Kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Close Skoldialog and open the newest backup.</source>
        <translation>Databasfilen är skadad. Stäng Skoldialog och öppna den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>The change conflicts with data already saved (%1).</source>
        <translation>Ändringen strider mot uppgifter som redan är sparade (%1).</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Databasen rapporterade ett fel: %1</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>The results, the most important problems and their causes, and what you want to develop, in your own words.</source>
        <translation>Resultaten, de viktigaste problemen och deras orsaker, och vad ni vill utveckla, med egna ord.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>S&amp;ammanfattning</translation>
    </message>
    <message>
        <source>Overview: problems, causes and development areas</source>
        <translation>Översikt: problem, orsaker och utvecklingsområden</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>ändring av sammanfattning</translation>
    </message>
    <message>
        <source>No problems described yet.</source>
        <translation>Inga problem beskrivna ännu.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>No cause linked yet</source>
        <translation>Ingen orsak kopplad ännu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inget ännu</translation>
    </message>
    <message>
        <source>Development areas in priority order</source>
        <translation>Utvecklingsområden i prioritetsordning</translation>
    </message>
    <message>
        <source>No development areas yet.</source>
        <translation>Inga utvecklingsområden ännu.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the organisation number (NNNNNN-NNNN).</source>
        <translation>Ange organisationsnummer (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <source>The organisation number may only contain digits and a dash (NNNNNN-NNNN).</source>
        <translation>Organisationsnumret får bara innehålla siffror och bindestreck (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <source>The organisation number must have 10 digits (NNNNNN-NNNN); this one has %1.</source>
        <translation>Organisationsnumret ska ha 10 siffror (NNNNNN-NNNN). Det här har %1.</translation>
    </message>
    <message>
        <source>The third digit of an organisation number is 2 or more; this looks like a personal identity number.</source>
        <translation>Tredje siffran i ett organisationsnummer är 2 eller högre. Det här ser ut som ett personnummer.</translation>
    </message>
    <message>
        <source>The check digit does not match: check the organisation number for a typing error.</source>
        <translation>Kontrollsiffran stämmer inte. Kontrollera att organisationsnumret är rätt skrivet.</translation>
    </message>
    <message>
        <source>Enter the school unit code (8 digits).</source>
        <translation>Ange skolenhetskod (8 siffror).</translation>
    </message>
    <message>
        <source>The school unit code must be exactly 8 digits.</source>
        <translation>Skolenhetskoden ska ha exakt 8 siffror.</translation>
    </message>
    <message>
        <source>The municipality code must be exactly 4 digits, for example 0180.</source>
        <translation>Kommunkoden ska ha exakt 4 siffror, till exempel 0180.</translation>
    </message>
    <message>
        <source>The postal code must be five digits, for example 171 04.</source>
        <translation>Postnumret ska ha fem siffror, till exempel 171&#xa0;04.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, for example 2026-03-15.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.</translation>
    </message>
    <message>
        <source>The e-mail address should look like namn@exempel.se.</source>
        <translation>E-postadressen ska se ut som namn@exempel.se.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 måste fyllas i.</translation>
    </message>
    <message>
        <source>Write the amount in whole kronor, for example 250 000.</source>
        <translation>Skriv beloppet i hela kronor, till exempel 250&#xa0;000.</translation>
    </message>
</context>
<context>
    <name>VoicesEditor</name>
    <message>
        <source>Groups heard</source>
        <translation>Grupper som hörts</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>&amp;Lägg till grupp</translation>
    </message>
    <message>
        <source>What the group said</source>
        <translation>Vad gruppen sa</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Tog upp</translation>
    </message>
    <message>
        <source>Anonymised quotes</source>
        <translation>Anonymiserade citat</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>e.g. year 8, two classes (never names)</source>
        <translation>t.ex. åk 8, två klasser (aldrig namn)</translation>
    </message>
    <message>
        <source> pupils</source>
        <translation> elever</translation>
    </message>
    <message>
        <source>A summary in your own words. Never names or details that point out a pupil.</source>
        <translation>En sammanfattning med egna ord. Aldrig namn eller detaljer som pekar ut en elev.</translation>
    </message>
    <message numerus="yes">
        <source>Only groups of at least %n pupils are saved, so that no single pupil can be pointed out.</source>
        <translation>
            <numerusform>Bara grupper med minst %n elev sparas, så att ingen enskild elev kan pekas ut.</numerusform>
            <numerusform>Bara grupper med minst %n elever sparas, så att ingen enskild elev kan pekas ut.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Storlek</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ammanfattning</translation>
    </message>
    <message>
        <source>No groups yet. Add each way the pupils were heard: a survey, group interviews, the pupil council.</source>
        <translation>Inga grupper ännu. Lägg till varje sätt eleverna har hörts på: en enkät, gruppintervjuer, elevrådet.</translation>
    </message>
    <message>
        <source>Edit pupils&apos; voice</source>
        <translation>ändring av elevernas röster</translation>
    </message>
    <message>
        <source>Change pupils&apos; voice</source>
        <translation>ändring av elevernas röster</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>(no group yet)</source>
        <translation>(ingen grupp ännu)</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Remove pupils&apos; voice</source>
        <translation>borttagning av elevernas röster</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Samverkan för bästa skola, offline.</source>
        <translation>Samverkan för bästa skola, utan nätverk.</translation>
    </message>
    <message>
        <source>Open the database in FILE.</source>
        <translation>Öppna databasen i filen FILE.</translation>
    </message>
</context>
</TS>
