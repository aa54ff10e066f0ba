<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionPlan</name>
    <message>
        <source>(untitled intervention)</source>
        <translation>(insats utan titel)</translation>
    </message>
    <message>
        <source>Every intervention needs a title.</source>
        <translation>Varje insats behöver en titel.</translation>
    </message>
    <message>
        <source>“%1” belongs to no development area of the analysis.</source>
        <translation>”%1” hör inte till något av analysens utvecklingsområden.</translation>
    </message>
    <message>
        <source>“%1” points at a problem that is not in the analysis.</source>
        <translation>”%1” pekar på ett problem som inte finns i analysen.</translation>
    </message>
    <message>
        <source>“%1” points at a cause that is not in the analysis.</source>
        <translation>”%1” pekar på en orsak som inte finns i analysen.</translation>
    </message>
    <message>
        <source>“%1” works at unit level: choose at least one unit.</source>
        <translation>”%1” är på enhetsnivå: välj minst en enhet.</translation>
    </message>
    <message>
        <source>“%1” names a unit outside the collaboration.</source>
        <translation>”%1” anger en enhet utanför samverkan.</translation>
    </message>
    <message>
        <source>“%1” ends before it starts.</source>
        <translation>”%1” slutar innan den börjar.</translation>
    </message>
    <message>
        <source>“%1” has a budget for the year %2, which is not plausible.</source>
        <translation>”%1” har en budget för år %2, vilket inte är rimligt.</translation>
    </message>
    <message>
        <source>“%1” has two budget lines for %2.</source>
        <translation>”%1” har två budgetrader för %2.</translation>
    </message>
    <message>
        <source>“%1”: the amount for %2 must be between 0 and 1 000 000 000 000 kr.</source>
        <translation>”%1”: beloppet för %2 måste vara mellan 0 och 1 000 000 000 000 kr.</translation>
    </message>
    <message>
        <source>“%1” has an indicator without a name.</source>
        <translation>”%1” har en indikator utan namn.</translation>
    </message>
    <message>
        <source>“%1”: the target year %2 is not plausible.</source>
        <translation>”%1”: målåret %2 är inte rimligt.</translation>
    </message>
    <message>
        <source>“%1” has an empty goal.</source>
        <translation>”%1” har ett tomt mål.</translation>
    </message>
    <message>
        <source>The development area “%1” has no intervention.</source>
        <translation>Utvecklingsområdet ”%1” har ingen insats.</translation>
    </message>
    <message>
        <source>“%1” has no goal.</source>
        <translation>”%1” har inget mål.</translation>
    </message>
    <message>
        <source>“%1” has no indicator to follow it by.</source>
        <translation>”%1” har ingen indikator att följa upp den med.</translation>
    </message>
    <message>
        <source>“%1” runs %2 – %3, outside the collaboration&apos;s period %4 – %5.</source>
        <translation>”%1” pågår %2 – %3, utanför samverkans period %4 – %5.</translation>
    </message>
    <message>
        <source>“%1” has no start or no end date.</source>
        <translation>”%1” saknar start- eller slutdatum.</translation>
    </message>
    <message>
        <source>“%1” has no budget.</source>
        <translation>”%1” har ingen budget.</translation>
    </message>
    <message>
        <source>Organizer level</source>
        <translation>Huvudmannanivå</translation>
    </message>
    <message>
        <source>Unit level</source>
        <translation>Enhetsnivå</translation>
    </message>
    <message>
        <source>Systematic quality work</source>
        <translation>Systematiskt kvalitetsarbete</translation>
    </message>
    <message>
        <source>Pedagogical leadership</source>
        <translation>Pedagogiskt ledarskap</translation>
    </message>
    <message>
        <source>Quality of teaching</source>
        <translation>Undervisningens kvalitet</translation>
    </message>
    <message>
        <source>Pupil health</source>
        <translation>Elevhälsa</translation>
    </message>
    <message>
        <source>Language-developing work</source>
        <translation>Språkutvecklande arbetssätt</translation>
    </message>
    <message>
        <source>Collegial learning</source>
        <translation>Kollegialt lärande</translation>
    </message>
    <message>
        <source>Structure and organisation</source>
        <translation>Struktur och organisation</translation>
    </message>
    <message>
        <source>Safety and calm</source>
        <translation>Trygghet och studiero</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Skolverket</source>
        <translation>Skolverket</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <source>External actor</source>
        <translation>Extern aktör</translation>
    </message>
    <message>
        <source>The organizer itself</source>
        <translation>Huvudmannen själv</translation>
    </message>
    <message>
        <source>Participation in Skolverket&apos;s general programmes</source>
        <translation>Deltagande i Skolverkets generella insatser</translation>
    </message>
    <message>
        <source>Coordinated through an external actor</source>
        <translation>Samordnad genom extern aktör</translation>
    </message>
    <message>
        <source>Tailored intervention</source>
        <translation>Skräddarsydd insats</translation>
    </message>
    <message>
        <source>The organizer&apos;s own intervention, financed by Skolverket</source>
        <translation>Huvudmannens egen insats, finansierad av Skolverket</translation>
    </message>
    <message>
        <source>Education service</source>
        <translation>Utbildningstjänst</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>Keep above the target</source>
        <translation>Hålla över målvärdet</translation>
    </message>
    <message>
        <source>Keep below the target</source>
        <translation>Hålla under målvärdet</translation>
    </message>
</context>
<context>
    <name>AgencyDetailsDialog</name>
    <message>
        <source>Skolverket&apos;s details</source>
        <translation>Skolverkets uppgifter</translation>
    </message>
    <message>
        <source>How Skolverket is named in new agreements of the programme. Agreements already made keep the details they were made with.</source>
        <translation>Så anges Skolverket i uppdragets nya överenskommelser. Överenskommelser som redan är gjorda behåller de uppgifter de gjordes med.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Called in the &amp;text</source>
        <translation>Kallas i &amp;texten</translation>
    </message>
    <message>
        <source>&amp;Street or box</source>
        <translation>&amp;Gatuadress eller box</translation>
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
        <source>Tele&amp;phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisationsnummer</translation>
    </message>
    <message>
        <source>Correct the fields marked above.</source>
        <translation>Rätta de markerade fälten ovan.</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>The default wording of the agreements cannot be read: %1</source>
        <translation>Överenskommelsernas standardtexter kan inte läsas: %1</translation>
    </message>
    <message>
        <source>The default wording of the agreements is damaged: %1</source>
        <translation>Överenskommelsernas standardtexter är skadade: %1</translation>
    </message>
    <message>
        <source>The agency needs a name.</source>
        <translation>Myndigheten behöver ett namn.</translation>
    </message>
    <message>
        <source>The agency needs a short name, e.g. Skolverket.</source>
        <translation>Myndigheten behöver ett kortnamn, till exempel Skolverket.</translation>
    </message>
    <message>
        <source>The agreement needs a title.</source>
        <translation>Överenskommelsen behöver en titel.</translation>
    </message>
    <message>
        <source>An amendment must name the agreement it amends.</source>
        <translation>Ett tillägg måste ange vilken överenskommelse det ändrar.</translation>
    </message>
    <message>
        <source>Only an amendment can point at another agreement.</source>
        <translation>Bara ett tillägg kan peka på en annan överenskommelse.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Every section needs a heading.</source>
        <translation>Varje avsnitt behöver en rubrik.</translation>
    </message>
    <message>
        <source>Every progress report needs a date.</source>
        <translation>Varje delredovisning behöver ett datum.</translation>
    </message>
    <message>
        <source>(untitled intervention)</source>
        <translation>(insats utan titel)</translation>
    </message>
    <message>
        <source>Every intervention needs a title.</source>
        <translation>Varje insats behöver en titel.</translation>
    </message>
    <message>
        <source>“%1” ends before it starts.</source>
        <translation>”%1” slutar innan den börjar.</translation>
    </message>
    <message>
        <source>“%1” has a budget year %2 that is not plausible or appears twice.</source>
        <translation>”%1” har budgetåret %2, som inte är rimligt eller förekommer två gånger.</translation>
    </message>
    <message>
        <source>“%1”: the amount for %2 must be between 0 and 1 000 000 000 000 kr.</source>
        <translation>”%1”: beloppet för %2 måste vara mellan 0 och 1 000 000 000 000 kr.</translation>
    </message>
    <message>
        <source>Both parties need a name.</source>
        <translation>Båda parterna behöver ett namn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skolverket&apos;s diary number is missing.</source>
        <translation>Skolverkets diarienummer saknas.</translation>
    </message>
    <message>
        <source>The agreement needs a start and an end date.</source>
        <translation>Överenskommelsen behöver ett start- och ett slutdatum.</translation>
    </message>
    <message>
        <source>The date of the final report is missing.</source>
        <translation>Datum för slutredovisningen saknas.</translation>
    </message>
    <message>
        <source>The progress report due %1 falls outside the period %2 – %3.</source>
        <translation>Delredovisningen %1 ligger utanför perioden %2 – %3.</translation>
    </message>
    <message>
        <source>The progress report due %1 comes after the final report.</source>
        <translation>Delredovisningen %1 kommer efter slutredovisningen.</translation>
    </message>
    <message>
        <source>Every signatory needs a name.</source>
        <translation>Varje undertecknare behöver ett namn.</translation>
    </message>
    <message>
        <source>%1 has no signatory.</source>
        <translation>%1 har ingen undertecknare.</translation>
    </message>
    <message>
        <source>An ÖK 2 needs at least one intervention.</source>
        <translation>En ÖK 2 behöver minst en insats.</translation>
    </message>
    <message>
        <source>An amendment is made from the signed agreement it amends.</source>
        <translation>Ett tillägg görs utifrån den undertecknade överenskommelse det ändrar.</translation>
    </message>
    <message>
        <source>An ÖK 2 is made from the action plan, and the collaboration&apos;s plan has no interventions yet.</source>
        <translation>En ÖK 2 görs utifrån åtgärdsplanen, och samverkans plan har ännu inga insatser.</translation>
    </message>
    <message>
        <source>%1 (Dnr %2)</source>
        <translation>%1 (Dnr %2)</translation>
    </message>
    <message>
        <source>ÖK 1 (cooperation and process support)</source>
        <translation>ÖK 1 (samverkan och processtöd)</translation>
    </message>
    <message>
        <source>ÖK 2 (interventions)</source>
        <translation>ÖK 2 (insatser)</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Sent for signing</source>
        <translation>Skickad för underskrift</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Replaced by an amendment</source>
        <translation>Ersatt av ett tillägg</translation>
    </message>
    <message>
        <source>Skolverket</source>
        <translation>Skolverket</translation>
    </message>
    <message>
        <source>The organizer</source>
        <translation>Huvudmannen</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Amendment</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Agreement (ÖK 2)</source>
        <translation>Överenskommelse (ÖK 2)</translation>
    </message>
    <message>
        <source>Agreement (ÖK 1)</source>
        <translation>Överenskommelse (ÖK 1)</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 mellan %2 och %3</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>%1, Dnr %2</source>
        <translation>%1, Dnr %2</translation>
    </message>
    <message>
        <source>The PDF could not be read back: %1</source>
        <translation>PDF:en kunde inte läsas tillbaka: %1</translation>
    </message>
    <message>
        <source>hereinafter called %1</source>
        <translation>nedan kallad %1</translation>
    </message>
    <message>
        <source>Telephone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation>Organisationsnummer %1</translation>
    </message>
    <message>
        <source>Diary number (Dnr) %1</source>
        <translation>Diarienummer (Dnr) %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Intervention and goals</source>
        <translation>Insats och mål</translation>
    </message>
    <message>
        <source>Responsible and provider</source>
        <translation>Ansvarig och utförare</translation>
    </message>
    <message>
        <source>Period and funding</source>
        <translation>Period och finansiering</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Development area: %1</source>
        <translation>Utvecklingsområde: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>Provided by: %1</source>
        <translation>Utförs av: %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Högst %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Total per year</source>
        <translation>Totalt per år</translation>
    </message>
    <message>
        <source>Funding mode</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>of which as %1</source>
        <translation>varav som %1</translation>
    </message>
    <message>
        <source>Skolverket finances at most, in all</source>
        <translation>Skolverket finansierar sammanlagt högst</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Delredovisning %1</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutredovisning</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Redovisning</translation>
    </message>
    <message>
        <source>Due at the latest</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>The agreement applies from %1 up to and including %2.</source>
        <translation>Överenskommelsen gäller från och med %1 till och med %2.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>%1&apos;s diary number</source>
        <translation>%1s diarienummer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Change “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
</context>
<context>
    <name>AgreementPrinting</name>
    <message>
        <source>Print preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The agreement could not be laid out for printing: %1</source>
        <translation>Överenskommelsen kunde inte sättas upp för utskrift: %1</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Spara överenskommelsen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>The agreement could not be written: %1</source>
        <translation>Överenskommelsen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>%1 cannot be replaced. Close it in other programs, or choose another name.</source>
        <translation>%1 kan inte ersättas. Stäng filen i andra program eller välj ett annat namn.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check that the folder is writable and the disk has room.</source>
        <translation>%1 kunde inte skrivas. Kontrollera att mappen är skrivbar och att det finns plats på disken.</translation>
    </message>
</context>
<context>
    <name>AgreementSession</name>
    <message>
        <source>The agreement is signed and cannot be changed. Make an amendment to change it.</source>
        <translation>Överenskommelsen är undertecknad och kan inte ändras. Gör ett tillägg för att ändra den.</translation>
    </message>
</context>
<context>
    <name>AgreementStore</name>
    <message>
        <source>The agreement is signed and can no longer be changed. Make an amendment (tillägg) to change it.</source>
        <translation>Överenskommelsen är undertecknad och kan inte längre ändras. Gör ett tillägg för att ändra den.</translation>
    </message>
    <message>
        <source>There is no agreement with id %1.</source>
        <translation>Det finns ingen överenskommelse med id %1.</translation>
    </message>
    <message>
        <source>The agreement is not ready to be sent:
%1</source>
        <translation>Överenskommelsen är inte klar att skickas:
%1</translation>
    </message>
    <message>
        <source>Both parties&apos; signing dates are needed.</source>
        <translation>Båda parternas underskriftsdatum behövs.</translation>
    </message>
    <message>
        <source>The PDF that was signed is needed: its fingerprint is kept with the agreement.</source>
        <translation>PDF:en som undertecknades behövs: dess fingeravtryck sparas med överenskommelsen.</translation>
    </message>
    <message>
        <source>The agreement cannot be marked as signed:
%1</source>
        <translation>Överenskommelsen kan inte markeras som undertecknad:
%1</translation>
    </message>
    <message>
        <source>This agreement has already been replaced by an amendment; amend the newest one.</source>
        <translation>Den här överenskommelsen är redan ersatt av ett tillägg; gör tillägget till den senaste.</translation>
    </message>
    <message>
        <source>Only a signed agreement is amended. Change the draft itself instead.</source>
        <translation>Bara en undertecknad överenskommelse får tillägg. Ändra utkastet direkt i stället.</translation>
    </message>
    <message>
        <source>The agreement has no signed PDF: it is not signed.</source>
        <translation>Överenskommelsen har ingen undertecknad PDF: den är inte undertecknad.</translation>
    </message>
    <message>
        <source>The signed PDF in the database no longer matches its fingerprint %1. The database may be damaged: open the newest backup.</source>
        <translation>Den undertecknade PDF:en i databasen stämmer inte längre med sitt fingeravtryck %1. Databasen kan vara skadad: öppna den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunde inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Print &amp;preview and print…</source>
        <translation>&amp;Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Mark as sent for &amp;signing</source>
        <translation>Markera som skickad för &amp;underskrift</translation>
    </message>
    <message>
        <source>&amp;Record signing…</source>
        <translation>&amp;Registrera underskrift…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 and by %3 on %4.</source>
        <translation>Undertecknad av %1 den %2 och av %3 den %4.</translation>
    </message>
    <message>
        <source>Fingerprint of the signed PDF (SHA-256): %1</source>
        <translation>Fingeravtryck för den undertecknade PDF:en (SHA-256): %1</translation>
    </message>
    <message>
        <source>Everything a signed agreement needs is filled in.</source>
        <translation>Allt som en undertecknad överenskommelse behöver är ifyllt.</translation>
    </message>
    <message>
        <source>Before it is sent for signing:
%1</source>
        <translation>Innan den skickas för underskrift:
%1</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Send for signing</source>
        <translation>Skicka för underskrift</translation>
    </message>
    <message>
        <source>Marked as sent for signing.</source>
        <translation>Markerad som skickad för underskrift.</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>Registrera underskrift</translation>
    </message>
    <message>
        <source>The agreement is not complete:
%1</source>
        <translation>Överenskommelsen är inte komplett:
%1</translation>
    </message>
    <message>
        <source>The signing could not be recorded: %1</source>
        <translation>Underskriften kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Signed. The agreement is now frozen; its fingerprint is %1.</source>
        <translation>Undertecknad. Överenskommelsen är nu låst; dess fingeravtryck är %1.</translation>
    </message>
    <message>
        <source>The agreement could not be laid out for printing: %1</source>
        <translation>Överenskommelsen kunde inte sättas upp för utskrift: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Saved the signed PDF as %1; its SHA-256 is %2.</source>
        <translation>Den undertecknade PDF:en sparades som %1; dess SHA-256 är %2.</translation>
    </message>
    <message>
        <source>Pages of the agreement</source>
        <translation>Överenskommelsens sidor</translation>
    </message>
    <message>
        <source>This agreement is signed and cannot change. To change it, make an amendment; this one is kept as it is.</source>
        <translation>Överenskommelsen är undertecknad och kan inte ändras. Gör ett tillägg för att ändra den; den här behålls som den är.</translation>
    </message>
</context>
<context>
    <name>AgreementsPanel</name>
    <message>
        <source>New ÖK &amp;1…</source>
        <translation>Ny ÖK &amp;1…</translation>
    </message>
    <message>
        <source>New ÖK &amp;2…</source>
        <translation>Ny ÖK &amp;2…</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Tillägg…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <source>&amp;Remove draft</source>
        <translation>Ta &amp;bort utkast</translation>
    </message>
    <message>
        <source>Skolverket&apos;s &amp;details…</source>
        <translation>Skolverkets &amp;uppgifter…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>The cooperation and process support, made from the case</source>
        <translation>Samverkan och processtödet, utifrån ärendet</translation>
    </message>
    <message>
        <source>The interventions of the action plan, copied into the agreement</source>
        <translation>Åtgärdsplanens insatser, kopierade in i överenskommelsen</translation>
    </message>
    <message>
        <source>A signed agreement cannot change: an amendment changes it, and replaces it once signed</source>
        <translation>En undertecknad överenskommelse kan inte ändras: ett tillägg ändrar den och ersätter den när tillägget är undertecknat</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Ny överenskommelse</translation>
    </message>
    <message>
        <source>The agreement could not be made.</source>
        <translation>Överenskommelsen kunde inte skapas.</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Tillägg</translation>
    </message>
    <message>
        <source>Open agreement</source>
        <translation>Öppna överenskommelse</translation>
    </message>
    <message>
        <source>Remove draft</source>
        <translation>Ta bort utkast</translation>
    </message>
    <message>
        <source>Remove the draft “%1”? This cannot be undone.</source>
        <translation>Ta bort utkastet ”%1”? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Skolverket&apos;s details</source>
        <translation>Skolverkets uppgifter</translation>
    </message>
    <message>
        <source>Skolverket&apos;s details are saved. New agreements use them; existing ones keep what they say.</source>
        <translation>Skolverkets uppgifter är sparade. Nya överenskommelser använder dem; befintliga behåller det de säger.</translation>
    </message>
</context>
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
    <name>AnalysisStatistics</name>
    <message>
        <source>values stored before imports</source>
        <translation>värden som fanns före importerna</translation>
    </message>
    <message>
        <source>Kommun %1</source>
        <translation>Kommun %1</translation>
    </message>
    <message>
        <source>%1 (kommun %2)</source>
        <translation>%1 (kommun %2)</translation>
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
        <source>Current-state analysis</source>
        <translation>Nulägesanalys</translation>
    </message>
    <message>
        <source>Pages of the analysis</source>
        <translation>Analysens sidor</translation>
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
    <name>AreasPage</name>
    <message>
        <source>Development areas</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>The plan starts from the development areas of the analysis, most important first, with the problems and causes behind them. They are changed in the analysis, not here.</source>
        <translation>Planen utgår från analysens utvecklingsområden, det viktigaste först, med problemen och orsakerna bakom dem. De ändras i analysen, inte här.</translation>
    </message>
    <message>
        <source>Development areas of the analysis</source>
        <translation>Analysens utvecklingsområden</translation>
    </message>
    <message>
        <source>No intervention in the plan yet.</source>
        <translation>Ingen insats i planen än.</translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) in the plan.</source>
        <translation>
            <numerusform>%n insats i planen.</numerusform>
            <numerusform>%n insatser i planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems and their causes</source>
        <translation>Problem och deras orsaker</translation>
    </message>
    <message>
        <source>The analysis has no development area.</source>
        <translation>Analysen har inget utvecklingsområde.</translation>
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
    <name>Cases</name>
    <message>
        <source>Skoldialog has no template for this kind of analysis.</source>
        <translation>Skoldialog har ingen mall för den här sortens analys.</translation>
    </message>
    <message>
        <source>The analysis could not be started: %1</source>
        <translation>Analysen kunde inte påbörjas: %1</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message>
        <source>The collaboration has no signed ÖK 2 yet. Progress reports follow the signed agreement on the interventions.</source>
        <translation>Samverkan har ingen undertecknad ÖK 2 ännu. Delredovisningarna följer den undertecknade överenskommelsen om insatserna.</translation>
    </message>
    <message>
        <source>The intervention is cancelled in the action plan.</source>
        <translation>Insatsen är avbruten i åtgärdsplanen.</translation>
    </message>
    <message>
        <source>The intervention is no longer in the action plan.</source>
        <translation>Insatsen finns inte längre i åtgärdsplanen.</translation>
    </message>
    <message>
        <source>The title, description or goals in the action plan differ from the agreement.</source>
        <translation>Rubriken, beskrivningen eller målen i åtgärdsplanen skiljer sig från överenskommelsen.</translation>
    </message>
    <message>
        <source>Agreed %1, now planned %2.</source>
        <translation>Överenskommet %1, nu planerat %2.</translation>
    </message>
    <message>
        <source>The intervention was added to the action plan after the agreement was signed.</source>
        <translation>Insatsen lades till i åtgärdsplanen efter att överenskommelsen undertecknades.</translation>
    </message>
    <message>
        <source>The signed ÖK 2 has %1 progress reports; there is no number %2.</source>
        <translation>Den undertecknade ÖK 2 har %1 delredovisningar; det finns ingen nummer %2.</translation>
    </message>
    <message>
        <source>Progress report %1 already exists: open it, or make a new version of it once it is submitted.</source>
        <translation>Delredovisning %1 finns redan: öppna den, eller gör en ny version av den när den är inlämnad.</translation>
    </message>
    <message>
        <source>Give the reason for ending the collaboration: it is kept with phase 6&apos;s decision.</source>
        <translation>Ange skälet till att samverkan avslutas: det sparas med beslutet i fas 6.</translation>
    </message>
    <message>
        <source>Give the date of the decision to end the collaboration.</source>
        <translation>Ange datum för beslutet att avsluta samverkan.</translation>
    </message>
    <message>
        <source>The collaboration is already closed.</source>
        <translation>Samverkan är redan avslutad.</translation>
    </message>
    <message>
        <source>Decision to end the collaboration</source>
        <translation>Beslut om att avsluta samverkan</translation>
    </message>
    <message>
        <source>Give the reason for reopening the collaboration: it is kept in its status history.</source>
        <translation>Ange skälet till att samverkan öppnas igen: det sparas i statushistoriken.</translation>
    </message>
    <message>
        <source>The collaboration is not closed.</source>
        <translation>Samverkan är inte avslutad.</translation>
    </message>
    <message>
        <source>Choose the status the collaboration reopens to.</source>
        <translation>Välj vilken status samverkan ska öppnas med.</translation>
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
        <source>The agreement could not be made: %1</source>
        <translation>Överenskommelsen kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>Skrev %1, %2, till %3.</translation>
    </message>
    <message>
        <source>Wrote a draft of %1, generated from the case and not stored, to %2.</source>
        <translation>Skrev ett utkast till %1, gjort utifrån ärendet och inte sparat, till %2.</translation>
    </message>
    <message>
        <source>Write the newest agreement of that kind as a PDF; without one, a draft generated from the case (not stored).</source>
        <translation>Skriv den senaste överenskommelsen av det slaget som PDF; finns ingen, ett utkast utifrån ärendet (sparas inte).</translation>
    </message>
    <message>
        <source>Generated %1 in %2 s: %3 organizers, %4 school units, %5 collaborations, %6 meetings, %7 statistics values, %8 analyses, %9 action plans.</source>
        <translation>Skapade %1 på %2 s: %3 huvudmän, %4 skolenheter, %5 samverkansärenden, %6 möten, %7 statistikvärden, %8 analyser, %9 åtgärdsplaner.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf or .odt; the format follows it.</source>
        <translation>%1: filnamnet måste sluta på .pdf eller .odt; formatet följer det.</translation>
    </message>
    <message>
        <source>The action plan could not be written: %1</source>
        <translation>Åtgärdsplanen kunde inte skrivas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the action plan (%n interventions) to %1.</source>
        <translation>
            <numerusform>Skrev åtgärdsplanen (%n insats) till %1.</numerusform>
            <numerusform>Skrev åtgärdsplanen (%n insatser) till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the action plan of a collaboration as a PDF or an ODT (from the file&apos;s extension).</source>
        <translation>Skriv en samverkans åtgärdsplan som PDF eller ODT (efter filändelsen).</translation>
    </message>
    <message>
        <source>It is the PDF that was signed, byte for byte; its SHA-256 is %1.</source>
        <translation>Det är PDF:en som undertecknades, byte för byte; dess SHA-256 är %1.</translation>
    </message>
    <message>
        <source>… and %1 agreements (ÖK 1 sent for signing, ÖK 2 drafts from the plans).</source>
        <translation>… och %1 överenskommelser (ÖK 1 skickade för underskrift, ÖK 2 som utkast från planerna).</translation>
    </message>
    <message>
        <source>No unit in collaboration %1&apos;s scope has the unit code %2; give a unit code or &quot;organizer&quot;.</source>
        <translation>Ingen enhet i samverkan %1 har skolenhetskoden %2. Ange en skolenhetskod eller &quot;organizer&quot;.</translation>
    </message>
    <message>
        <source>Wrote the package %1 (the analysis of %2) to %3.</source>
        <translation>Skrev paketet %1 (nulägesanalysen för %2) till %3.</translation>
    </message>
    <message>
        <source>Opened the package for %1 as %2.</source>
        <translation>Öppnade paketet för %1 som %2.</translation>
    </message>
    <message>
        <source>Wrote the return package %1, answering %2, to %3.</source>
        <translation>Skrev returpaketet %1, som svarar på %2, till %3.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>here</source>
        <translation>här</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deras</translation>
    </message>
    <message>
        <source>The package was refused: %1</source>
        <translation>Paketet avvisades: %1</translation>
    </message>
    <message>
        <source>Package %1 from %2: %3 new, %4 changed, %5 changed on both sides, %6 conflicts, %7 removed, %8 refused.</source>
        <translation>Paket %1 från %2: %3 nya, %4 ändrade, %5 ändrade på båda håll, %6 konflikter, %7 borttagna, %8 avvisade.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Both sides changed this (merged): %1 %2</source>
        <translation>Båda har ändrat detta (sammanfogat): %1 %2</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikter:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Avvisat:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: inget skrevs.</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Svarar på:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Avsändare:</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>, after %1</source>
        <translation>, efter %1</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Skapat:</translation>
    </message>
    <message>
        <source>(the sender&apos;s clock)</source>
        <translation>(enligt avsändarens klocka)</translation>
    </message>
    <message>
        <source>Analysis:</source>
        <translation>Analys:</translation>
    </message>
    <message>
        <source>Exchange packages with principals: export, open, return, import, show.</source>
        <translation>Utbyt paket med rektorer: exportera, öppna, skicka tillbaka, ta emot, visa.</translation>
    </message>
    <message>
        <source>package open FILE NEW.db | package return DB --out FILE | package import DB FILE [--dry-run] | package show FILE</source>
        <translation>package open FIL NY.db | package return DB --out FIL | package import DB FIL [--dry-run] | package show FIL</translation>
    </message>
    <message>
        <source>… and %1 progress reports with %2 measurements for the collaborations in phase 5 and 6 (their ÖK 2 signed).</source>
        <translation>… och %1 delredovisningar med %2 mätningar för samverkansärendena i fas 5 och 6 (deras ÖK 2 undertecknade).</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Okänt val %1.</translation>
    </message>
    <message>
        <source>%1 does not exist. Give the path of a file or folder Skolverket&apos;s data was saved in.</source>
        <translation>%1 finns inte. Ange sökvägen till en fil eller mapp där Skolverkets data sparades.</translation>
    </message>
    <message>
        <source>Refused whole, nothing of it is imported: %1</source>
        <translation>Avvisad i sin helhet, inget av den importeras: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 refused</source>
        <translation>%1 nya, %2 ändrade, %3 oförändrade, %4 avvisade</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>(%1 values)</source>
        <translation>(%1 värden)</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>Importen misslyckades och inget skrevs: %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>Import Skolverket&apos;s files (registry, statistics, Sök statistik); exit 3 when some records were refused, 1 when a file was refused whole.</source>
        <translation>Importera Skolverkets filer (skolenhetsregistret, statistik, Sök statistik); slutkod 3 när några poster avvisades, 1 när en fil avvisades i sin helhet.</translation>
    </message>
    <message>
        <source>Progress report %1 could not be made: %2</source>
        <translation>Delredovisning %1 kunde inte tas fram: %2</translation>
    </message>
    <message>
        <source>The final report could not be made: %1</source>
        <translation>Slutredovisningen kunde inte tas fram: %1</translation>
    </message>
    <message>
        <source>The final report</source>
        <translation>slutredovisningen</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Redovisningen kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Skrev %1 till %2.</translation>
    </message>
    <message>
        <source>Wrote a draft of %1, made from the signed agreement and not stored, to %2.</source>
        <translation>Skrev ett utkast av %1, framtaget ur den undertecknade överenskommelsen och inte sparat, till %2.</translation>
    </message>
    <message>
        <source>Write a progress report or the final report as a PDF or an ODT (from the file&apos;s extension); without a stored one, a draft (not stored).</source>
        <translation>Skriv en delredovisning eller slutredovisningen som PDF eller ODT (efter filändelsen); finns ingen sparad, ett utkast (sparas inte).</translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>The area&apos;s goals are reached and the results show it.</source>
        <translation>Områdets mål är nådda och resultaten visar det.</translation>
    </message>
    <message>
        <source>Some goals are reached, or all of them part of the way.</source>
        <translation>Några mål är nådda, eller alla en bit på väg.</translation>
    </message>
    <message>
        <source>The interventions were carried out, but the goals are not reached.</source>
        <translation>Insatserna genomfördes, men målen är inte nådda.</translation>
    </message>
    <message>
        <source>The interventions of the area were not carried out, or stopped early.</source>
        <translation>Områdets insatser genomfördes inte, eller avbröts tidigt.</translation>
    </message>
    <message>
        <source>Close-out per area</source>
        <translation>Avslut per område</translation>
    </message>
    <message>
        <source>For each development area: how far its goals were reached, why, and how the work is carried on after Skolverket&apos;s support ends.</source>
        <translation>För varje utvecklingsområde: hur långt målen nåddes, varför, och hur arbetet fortsätter när Skolverkets stöd upphör.</translation>
    </message>
    <message>
        <source>How the work is carried on after the support ends</source>
        <translation>Hur arbetet fortsätter när stödet upphör</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>Reason for the outcome</source>
        <translation>Skäl för utfallet</translation>
    </message>
    <message>
        <source>Reason for the outcome (required)</source>
        <translation>Skäl för utfallet (krävs)</translation>
    </message>
    <message>
        <source>Write why the area&apos;s outcome is “%1”, then the outcome is saved.</source>
        <translation>Skriv varför områdets utfall är ”%1”, så sparas utfallet.</translation>
    </message>
    <message>
        <source>Who carries it on, in which forum, how it is followed up in the systematic quality work</source>
        <translation>Vem som för det vidare, i vilket forum, hur det följs upp i det systematiska kvalitetsarbetet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;How the work is carried on after the support ends</source>
        <translation>&amp;Hur arbetet fortsätter när stödet upphör</translation>
    </message>
    <message>
        <source>Set the area&apos;s outcome</source>
        <translation>Ange områdets utfall</translation>
    </message>
    <message>
        <source>Edit the reason for the outcome</source>
        <translation>Ändra skälet för utfallet</translation>
    </message>
    <message>
        <source>Edit how the work is carried on</source>
        <translation>Ändra hur arbetet fortsätter</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>inget utfall ännu</translation>
    </message>
    <message>
        <source>The agreement has no development areas.</source>
        <translation>Överenskommelsen har inga utvecklingsområden.</translation>
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
    <message>
        <source>Action &amp;plan</source>
        <translation>Åtgärds&amp;plan</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>Över&amp;enskommelser</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Åte&amp;röppna…</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>This collaboration is closed%1: everything in it can be read, printed and saved, nothing changed. To change it, reopen it with a reason.</source>
        <translation>Samverkan är avslutad%1: allt i den kan läsas, skrivas ut och sparas, inget ändras. Öppna den igen med ett skäl för att ändra den.</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> sedan %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
</context>
<context>
    <name>CollaborationStore</name>
    <message>
        <source>The collaboration no longer exists.</source>
        <translation>Samverkan finns inte längre.</translation>
    </message>
    <message>
        <source>The collaboration has signed agreements. They are official records and are kept, so the collaboration cannot be removed; end it with the status Avslutad instead.</source>
        <translation>Samverkan har undertecknade överenskommelser. De är allmänna handlingar och sparas, så samverkan kan inte tas bort; avsluta den i stället med statusen Avslutad.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters. Shorten it.</source>
        <translation>Skälet är längre än %1 tecken. Korta det.</translation>
    </message>
    <message>
        <source>The collaboration already has the status %1.</source>
        <translation>Samverkan har redan statusen %1.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the collaboration: it is kept in its status history.</source>
        <translation>Ange skälet till att samverkan öppnas igen: det sparas i statushistoriken.</translation>
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
    <message>
        <source>%1 does not exist. Give the path of a Skoldialog database, or make one with init or demo.</source>
        <translation>%1 finns inte. Ange sökvägen till en Skoldialog-databas, eller skapa en med init eller demo.</translation>
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
    <name>DemoData</name>
    <message>
        <source>The demo prints its signed agreement to keep the PDF&apos;s fingerprint; that needs a QGuiApplication.</source>
        <translation>Demot skriver ut sin undertecknade överenskommelse för att spara PDF:ens fingeravtryck; det kräver en QGuiApplication.</translation>
    </message>
</context>
<context>
    <name>DeviationsPage</name>
    <message>
        <source>Deviations from the agreement</source>
        <translation>Avsteg från överenskommelsen</translation>
    </message>
    <message>
        <source>What the program sees changed in the plan since the ÖK 2 was signed is proposed here: confirm and explain each one. Add the deviations it cannot see yourself.</source>
        <translation>Det programmet ser har ändrats i planen sedan ÖK 2 undertecknades föreslås här: bekräfta och förklara vart och ett. Lägg själv till de avsteg som programmet inte kan se.</translation>
    </message>
    <message>
        <source>&amp;Add deviation</source>
        <translation>&amp;Lägg till avsteg</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>&amp;Confirmed: this is a deviation from the agreement</source>
        <translation>&amp;Bekräftat: detta är ett avsteg från överenskommelsen</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avsteg</translation>
    </message>
    <message>
        <source>Why it was done, and what it means for the goals</source>
        <translation>Varför det gjordes, och vad det betyder för målen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Intervention</source>
        <translation>&amp;Insats</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Vad som ändrats</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Förklaring</translation>
    </message>
    <message>
        <source>Change the type of deviation</source>
        <translation>Ändra typ av avsteg</translation>
    </message>
    <message>
        <source>Change the deviation&apos;s intervention</source>
        <translation>Ändra avstegets insats</translation>
    </message>
    <message>
        <source>Confirm deviation</source>
        <translation>Bekräfta avsteg</translation>
    </message>
    <message>
        <source>Edit what changed</source>
        <translation>Ändra vad som ändrats</translation>
    </message>
    <message>
        <source>Edit the explanation</source>
        <translation>Ändra förklaringen</translation>
    </message>
    <message>
        <source>None: an intervention added after signing</source>
        <translation>Ingen: en insats som tillkommit efter undertecknandet</translation>
    </message>
    <message>
        <source>proposed, confirmed</source>
        <translation>föreslaget, bekräftat</translation>
    </message>
    <message>
        <source>proposed: confirm and explain</source>
        <translation>föreslaget: bekräfta och förklara</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>tillagt för hand</translation>
    </message>
    <message>
        <source>(no intervention)</source>
        <translation>(ingen insats)</translation>
    </message>
    <message>
        <source>No deviations: the plan has not changed since the ÖK 2 was signed. Add one if the work departed from the agreement in a way the plan does not show.</source>
        <translation>Inga avsteg: planen har inte ändrats sedan ÖK 2 undertecknades. Lägg till ett om arbetet avvek från överenskommelsen på ett sätt som planen inte visar.</translation>
    </message>
    <message>
        <source>Proposed by the program from the plan as it stands now: confirm it and explain why, or leave it unconfirmed if it is no deviation.</source>
        <translation>Föreslaget av programmet utifrån planen som den ser ut nu: bekräfta och förklara varför, eller lämna det obekräftat om det inte är ett avsteg.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Tillagt för hand.</translation>
    </message>
    <message>
        <source>Add deviation</source>
        <translation>Lägg till avsteg</translation>
    </message>
    <message>
        <source>Remove deviation</source>
        <translation>Ta bort avsteg</translation>
    </message>
</context>
<context>
    <name>EndCollaborationDialog</name>
    <message>
        <source>End the collaboration</source>
        <translation>Avsluta samverkan</translation>
    </message>
    <message>
        <source>Reopen the collaboration</source>
        <translation>Återöppna samverkan</translation>
    </message>
    <message>
        <source>&lt;p&gt;End the collaboration with &lt;b&gt;%1&lt;/b&gt;? The decision of phase 6 is recorded with its date and reason, the status becomes &lt;b&gt;Closed&lt;/b&gt; and the whole collaboration becomes read-only: its analyses, plan, agreements, reports and meetings can be read, printed and saved, not changed.&lt;/p&gt;&lt;p&gt;It can be reopened later, with a reason of its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avsluta samverkan med &lt;b&gt;%1&lt;/b&gt;? Beslutet i fas 6 sparas med datum och skäl, statusen blir &lt;b&gt;Avslutad&lt;/b&gt; och hela samverkan blir skrivskyddad: analyser, plan, överenskommelser, redovisningar och möten kan läsas, skrivas ut och sparas, men inte ändras.&lt;/p&gt;&lt;p&gt;Den kan öppnas igen senare, med ett eget skäl.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reopen the collaboration with &lt;b&gt;%1&lt;/b&gt;? It becomes &lt;b&gt;Active&lt;/b&gt; and can be changed again. The reopening is kept in the status history with its date and reason, beside the ending.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öppna samverkan med &lt;b&gt;%1&lt;/b&gt; igen? Den blir &lt;b&gt;Aktiv&lt;/b&gt; och kan ändras igen. Återöppnandet sparas i statushistoriken med datum och skäl, bredvid avslutet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. The final report is handed in and the agreed interventions are done; the organizer carries the work on in its quality work.</source>
        <translation>t.ex. Slutredovisningen är inlämnad och de överenskomna insatserna är genomförda; huvudmannen för arbetet vidare i sitt kvalitetsarbete.</translation>
    </message>
    <message>
        <source>e.g. Skolverket decided on 12 May to extend the support by one term.</source>
        <translation>t.ex. Skolverket beslutade den 12 maj att förlänga stödet med en termin.</translation>
    </message>
    <message>
        <source>&amp;Date of the decision</source>
        <translation>&amp;Datum för beslutet</translation>
    </message>
    <message>
        <source>&amp;Date of the reopening</source>
        <translation>&amp;Datum för återöppnandet</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Återöppna</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 av %2 tecken</translation>
    </message>
    <message>
        <source>Write the reason for ending: it is kept in the status history.</source>
        <translation>Skriv skälet till avslutet: det sparas i statushistoriken.</translation>
    </message>
    <message>
        <source>Write the reason for reopening: it is kept in the status history.</source>
        <translation>Skriv skälet till återöppnandet: det sparas i statushistoriken.</translation>
    </message>
    <message>
        <source>The reason is %1 characters; shorten it to %2 at most.</source>
        <translation>Skälet är %1 tecken; korta det till högst %2.</translation>
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
    <name>Exchange</name>
    <message>
        <source>The sender&apos;s clock seems to be %1 minutes ahead of this computer&apos;s. Times in the package are shown as the sender gave them; nothing is decided by them.</source>
        <translation>Avsändarens klocka verkar gå %1 minuter före den här datorns. Tiderna i paketet visas som avsändaren angav dem; inget avgörs av dem.</translation>
    </message>
    <message>
        <source>The package says it was made %1 minutes before the package it answers: one of the clocks is off. Nothing is decided by them.</source>
        <translation>Paketet säger att det skapades %1 minuter före paketet det svarar på: någon av klockorna går fel. Inget avgörs av dem.</translation>
    </message>
    <message>
        <source>The unit is not in the collaboration&apos;s scope; add it to the collaboration first.</source>
        <translation>Enheten ingår inte i samverkan. Lägg först till den i samverkan.</translation>
    </message>
    <message>
        <source>The analysis is established and can no longer be filled in. Make a new version of it first, then send that.</source>
        <translation>Analysen är fastställd och kan inte längre fyllas i. Gör först en ny version av den och skicka den.</translation>
    </message>
    <message>
        <source>The analysis&apos;s template (%1, version %2) is not in this Skoldialog.</source>
        <translation>Analysens mall (%1, version %2) finns inte i den här Skoldialog.</translation>
    </message>
    <message>
        <source>The package lacks its context (%1).</source>
        <translation>Paketet saknar sitt sammanhang (%1).</translation>
    </message>
    <message>
        <source>This is a return package; it is taken in with Ta emot paket, not opened.</source>
        <translation>Det här är ett returpaket; det tas emot med Ta emot paket, det öppnas inte.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the package&apos;s database.</source>
        <translation>%1 finns redan. Välj en ny fil för paketets databas.</translation>
    </message>
    <message>
        <source>The package could not be opened as a database: %1</source>
        <translation>Paketet kunde inte öppnas som databas: %1</translation>
    </message>
    <message>
        <source>This database was not made from a package, so there is nothing to send back.</source>
        <translation>Den här databasen skapades inte från ett paket, så det finns inget att skicka tillbaka.</translation>
    </message>
    <message>
        <source>The package&apos;s analysis is no longer in this database.</source>
        <translation>Paketets analys finns inte längre i den här databasen.</translation>
    </message>
    <message>
        <source>The package&apos;s analysis is not in this database (it was removed, or the package was made for another database); nothing was written.</source>
        <translation>Paketets analys finns inte i den här databasen (den har tagits bort, eller paketet gjordes för en annan databas). Inget skrevs.</translation>
    </message>
    <message>
        <source>This is an outgoing package: a principal opens it as a database of their own (Öppna paket). Only a return package is taken in here.</source>
        <translation>Det här är ett utgående paket: en rektor öppnar det som en egen databas (Öppna paket). Här tas bara returpaket emot.</translation>
    </message>
    <message>
        <source>The package belongs to a collaboration this database does not hold (%1); it was made for another database. Nothing was written.</source>
        <translation>Paketet hör till en samverkan som inte finns i den här databasen (%1); det gjordes för en annan databas. Inget skrevs.</translation>
    </message>
    <message>
        <source>The package answers a package this database did not send; it was made for another database. Nothing was written.</source>
        <translation>Paketet svarar på ett paket som den här databasen inte skickade; det gjordes för en annan databas. Inget skrevs.</translation>
    </message>
    <message>
        <source>The package&apos;s base.json is not what was sent in the package it answers; it was changed. Nothing was written.</source>
        <translation>Paketets base.json är inte det som skickades i paketet det svarar på; den har ändrats. Inget skrevs.</translation>
    </message>
    <message>
        <source>The analysis is established here; a package never changes it. Make a new version and send that.</source>
        <translation>Analysen är fastställd här; ett paket ändrar den aldrig. Gör en ny version och skicka den.</translation>
    </message>
    <message>
        <source>The analysis is established here and the package holds the same content (SHA-256): nothing to take in.</source>
        <translation>Analysen är fastställd här och paketet har samma innehåll (SHA-256): inget att ta emot.</translation>
    </message>
    <message>
        <source>The analysis is established here and the package&apos;s content differs (SHA-256): its changes are refused.</source>
        <translation>Analysen är fastställd här och paketets innehåll skiljer sig (SHA-256): dess ändringar avvisas.</translation>
    </message>
    <message>
        <source>This package was taken in before; taking it in again changes nothing.</source>
        <translation>Paketet har tagits emot förut; att ta emot det igen ändrar ingenting.</translation>
    </message>
    <message>
        <source>After applying, the analysis holds %1 records of kind %2 instead of %3.</source>
        <translation>Efter införandet har analysen %1 poster av typen %2 i stället för %3.</translation>
    </message>
    <message>
        <source>After applying, the links of %1 are not as merged.</source>
        <translation>Efter införandet är kopplingarna för %1 inte som de sammanfogades.</translation>
    </message>
    <message>
        <source>After applying, a reference points nowhere (%1).</source>
        <translation>Efter införandet pekar en hänvisning på något som inte finns (%1).</translation>
    </message>
    <message>
        <source>The analysis changed here after the preview was made; make the preview again. Nothing was written.</source>
        <translation>Analysen ändrades här efter förhandsvisningen. Gör förhandsvisningen igen. Inget skrevs.</translation>
    </message>
    <message>
        <source>The package was not applied: %1 Everything was rolled back; the database is as it was.</source>
        <translation>Paketet infördes inte: %1 Allt rullades tillbaka; databasen är som den var.</translation>
    </message>
    <message>
        <source>Nothing to change: everything in the package is already here.</source>
        <translation>Inget att ändra: allt i paketet finns redan här.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied</source>
        <translation>
            <numerusform>%n ändring införd</numerusform>
            <numerusform>%n ändringar införda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for your decision</source>
        <translation>
            <numerusform>%n väntar på ditt beslut</numerusform>
            <numerusform>%n väntar på ditt beslut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvisad</numerusform>
            <numerusform>%n avvisade</numerusform>
        </translation>
    </message>
    <message>
        <source>Nulägesanalys: %1</source>
        <translation>Nulägesanalys: %1</translation>
    </message>
    <message>
        <source>A package from the process leader to %1 (%2), made %3.</source>
        <translation>Ett paket från processledaren till %1 (%2), skapat %3.</translation>
    </message>
    <message>
        <source>A return package from %1 (%2), made %3.</source>
        <translation>Ett returpaket från %1 (%2), skapat %3.</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Vad det innehåller</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Pupils&apos; voices</source>
        <translation>Elevernas röster</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>What the principal may change</source>
        <translation>Vad rektorn får ändra</translation>
    </message>
    <message>
        <source>The analysis: its answers, results, evidence, pupils&apos; voices, causes, problems and development areas. New rows may be added.</source>
        <translation>Analysen: svar, resultat, underlag, elevernas röster, orsaker, problem och utvecklingsområden. Nya rader får läggas till.</translation>
    </message>
    <message>
        <source>Read only: the organizer, the units and the collaboration, and the analysis&apos;s status, template and version. Rows the process leader sent are not removed through a package.</source>
        <translation>Endast läsning: huvudmannen, enheterna och samverkan, samt analysens status, mall och version. Rader som processledaren skickade tas inte bort genom ett paket.</translation>
    </message>
    <message>
        <source>Package %1, number %2 of this exchange.</source>
        <translation>Paket %1, nummer %2 i det här utbytet.</translation>
    </message>
    <message>
        <source>Another return package (%1) already answered the same package: it was opened twice, on two computers or as two copies. Both are merged against what was sent; check the result.</source>
        <translation>Ett annat returpaket (%1) har redan svarat på samma paket: det öppnades två gånger, på två datorer eller som två kopior. Båda sammanfogas mot det som skickades; kontrollera resultatet.</translation>
    </message>
</context>
<context>
    <name>FinalReport</name>
    <message>
        <source>Goal reached</source>
        <translation>Målet nått</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Delvis nått</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Inte nått</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>Inte genomfört</translation>
    </message>
    <message>
        <source>A final report belongs to a collaboration.</source>
        <translation>En slutredovisning hör till en samverkan.</translation>
    </message>
    <message>
        <source>A final report reports on a signed ÖK 2.</source>
        <translation>En slutredovisning redovisar en undertecknad ÖK 2.</translation>
    </message>
    <message>
        <source>The report&apos;s version starts at 1.</source>
        <translation>Redovisningens version börjar på 1.</translation>
    </message>
    <message>
        <source>%1: say whether its goal was reached.</source>
        <translation>%1: ange om målet nåddes.</translation>
    </message>
    <message>
        <source>%1: give the reason for its outcome.</source>
        <translation>%1: ange skälet till utfallet.</translation>
    </message>
    <message>
        <source>%1: say how the work is carried on after the support ends.</source>
        <translation>%1: beskriv hur arbetet fortsätter när stödet upphör.</translation>
    </message>
    <message>
        <source>The huvudman&apos;s synthesis is missing.</source>
        <translation>Huvudmannens sammanfattande analys saknas.</translation>
    </message>
</context>
<context>
    <name>FinalReportDocument</name>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>Final report, %1</source>
        <translation>Slutredovisning, %1</translation>
    </message>
    <message>
        <source>Final report: %1</source>
        <translation>Slutredovisning: %1</translation>
    </message>
    <message>
        <source>%1, Dnr %2</source>
        <translation>%1, Dnr %2</translation>
    </message>
    <message>
        <source>, submitted %1</source>
        <translation>, inlämnad %1</translation>
    </message>
    <message>
        <source>, approved %1</source>
        <translation>, godkänd %1</translation>
    </message>
    <message>
        <source>a draft assembled from the progress reports, not stored</source>
        <translation>ett utkast sammanställt ur delredovisningarna, inte sparat</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, undertecknad %1</translation>
    </message>
    <message>
        <source>no. %1 (version %2, %3)</source>
        <translation>nr %1 (version %2, %3)</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Collaboration %1</source>
        <translation>Samverkan %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Due at the latest</source>
        <translation>Lämnas senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collaboration period</source>
        <translation>Samverkansperiod</translation>
    </message>
    <message>
        <source>Built on the progress reports</source>
        <translation>Bygger på delredovisningarna</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutredovisning</translation>
    </message>
    <message>
        <source>The final report is assembled from the progress reports: for each intervention a), b), c) and f) as agreed in the ÖK 2, then each report&apos;s rating, d) and e) in report order, and its indicators from the baseline to the last value. Each development area closes with its outcome and how the work is carried on after the support ends.</source>
        <translation>Slutredovisningen är sammanställd ur delredovisningarna: för varje insats a), b), c) och f) så som de överenskoms i ÖK 2, sedan varje delredovisnings bedömning, d) och e) i tur och ordning, och insatsens indikatorer från utgångsvärdet till det senaste värdet. Varje utvecklingsområde avslutas med sitt utfall och hur arbetet fortsätter när stödet upphör.</translation>
    </message>
    <message>
        <source>No close-out written for this area.</source>
        <translation>Inget avslut skrivet för området.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>inte angivet ännu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Inget skrivet ännu.</translation>
    </message>
    <message>
        <source>How the work is carried on after the support ends</source>
        <translation>Så fortsätter arbetet när stödet upphör</translation>
    </message>
    <message>
        <source>Progress report %1, version %2</source>
        <translation>Delredovisning %1, version %2</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Delredovisning %1</translation>
    </message>
    <message>
        <source>due %1, %2</source>
        <translation>lämnas senast %1, %2</translation>
    </message>
    <message>
        <source>Goal %1:</source>
        <translation>Mål %1:</translation>
    </message>
    <message>
        <source>nothing written.</source>
        <translation>inget skrivet.</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Inget skrivet.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No problem stated.</source>
        <translation>Inget problem angivet.</translation>
    </message>
    <message>
        <source>No cause stated.</source>
        <translation>Ingen orsak angiven.</translation>
    </message>
    <message>
        <source>No goal stated.</source>
        <translation>Inget mål angivet.</translation>
    </message>
    <message>
        <source>No expected effect stated.</source>
        <translation>Ingen förväntad effekt angiven.</translation>
    </message>
    <message>
        <source>Follow-up in the progress reports</source>
        <translation>Uppföljning i delredovisningarna</translation>
    </message>
    <message>
        <source>No progress report covers this intervention.</source>
        <translation>Ingen delredovisning tar upp insatsen.</translation>
    </message>
    <message>
        <source>Indicators from the baseline to the last value</source>
        <translation>Indikatorer från utgångsvärdet till det senaste värdet</translation>
    </message>
    <message>
        <source>last value %1 (%2)</source>
        <translation>senaste värde %1 (%2)</translation>
    </message>
    <message>
        <source>Deviations from the agreement</source>
        <translation>Avsteg från överenskommelsen</translation>
    </message>
    <message>
        <source>No deviation from the agreement was reported.</source>
        <translation>Inga avsteg från överenskommelsen har redovisats.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>The organizer&apos;s synthesis</source>
        <translation>Huvudmannens sammanfattning</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Development area: %1</source>
        <translation>Utvecklingsområde: %1</translation>
    </message>
    <message>
        <source>Close-out of the area</source>
        <translation>Avslut av utvecklingsområdet</translation>
    </message>
</context>
<context>
    <name>FinalReportSession</name>
    <message>
        <source>The final report is submitted and cannot change. A correction is a new version.</source>
        <translation>Slutredovisningen är inlämnad och kan inte ändras. En rättelse blir en ny version.</translation>
    </message>
    <message>
        <source>The collaboration is closed: its final report can be read, printed and saved, not changed. Reopen the collaboration (with a reason) to change it.</source>
        <translation>Samverkan är avslutad: slutredovisningen kan läsas, skrivas ut och sparas, men inte ändras. Öppna samverkan igen (med ett skäl) för att ändra den.</translation>
    </message>
</context>
<context>
    <name>FinalReportStore</name>
    <message>
        <source>The final report is submitted and can no longer be changed. Make a new version of it to correct it.</source>
        <translation>Slutredovisningen är inlämnad och kan inte längre ändras. Gör en ny version av den för att rätta den.</translation>
    </message>
    <message>
        <source>There is no final report with id %1.</source>
        <translation>Det finns ingen slutredovisning med id %1.</translation>
    </message>
    <message>
        <source>The final report cannot be submitted yet:
%1</source>
        <translation>Slutredovisningen kan inte lämnas in ännu:
%1</translation>
    </message>
    <message>
        <source>Give the date the report is submitted.</source>
        <translation>Ange datum då redovisningen lämnas in.</translation>
    </message>
    <message>
        <source>Only a submitted final report can be approved, on a given date.</source>
        <translation>Bara en inlämnad slutredovisning kan godkännas, och med ett datum.</translation>
    </message>
    <message>
        <source>The report is still a draft: change it directly instead of making a new version.</source>
        <translation>Redovisningen är fortfarande ett utkast: ändra den direkt i stället för att göra en ny version.</translation>
    </message>
    <message>
        <source>There already is a newer version of this report (version %1): correct that one.</source>
        <translation>Det finns redan en nyare version av redovisningen (version %1): rätta den.</translation>
    </message>
</context>
<context>
    <name>FinalReportWizard</name>
    <message>
        <source>Pages of the final report</source>
        <translation>Slutredovisningens sidor</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutredovisning</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · due %2 · assembled from %n progress report(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · ska lämnas %2 · sammanställd ur %n delredovisning</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · ska lämnas %2 · sammanställd ur %n delredovisningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>Markera som inlämnad</translation>
    </message>
    <message>
        <source>The final report is not complete:
%1</source>
        <translation>Slutredovisningen är inte komplett:
%1</translation>
    </message>
    <message>
        <source>Mark the final report as submitted today? From then on it is frozen.</source>
        <translation>Markera slutredovisningen som inlämnad i dag? Därefter är den låst.</translation>
    </message>
    <message>
        <source>The final report could not be submitted: %1</source>
        <translation>Slutredovisningen kunde inte lämnas in: %1</translation>
    </message>
    <message>
        <source>Submitted. The collaboration can now be ended on the Follow-up tab.</source>
        <translation>Inlämnad. Samverkan kan nu avslutas under fliken Uppföljning.</translation>
    </message>
</context>
<context>
    <name>FinalReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Granska och lämna in</translation>
    </message>
    <message>
        <source>What the final report still needs. Print it, save it as PDF or ODT, and mark it submitted; then the collaboration can be ended.</source>
        <translation>Vad slutredovisningen fortfarande behöver. Skriv ut den, spara den som PDF eller ODT och markera den som inlämnad; sedan kan samverkan avslutas.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as OD&amp;T…</source>
        <translation>Spara som OD&amp;T…</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted…</source>
        <translation>&amp;Markera som inlämnad…</translation>
    </message>
    <message>
        <source>Before it can be submitted</source>
        <translation>Innan den kan lämnas in</translation>
    </message>
    <message>
        <source>Final report · %1 · due %2</source>
        <translation>Slutredovisning · %1 · ska lämnas %2</translation>
    </message>
    <message>
        <source> · submitted %1</source>
        <translation> · inlämnad %1</translation>
    </message>
    <message>
        <source>Submitted: the final report is kept as it was handed in.</source>
        <translation>Inlämnad: slutredovisningen sparas som den lämnades in.</translation>
    </message>
    <message>
        <source>Everything a submitted final report needs is written.</source>
        <translation>Allt en inlämnad slutredovisning behöver är ifyllt.</translation>
    </message>
</context>
<context>
    <name>FollowUpDocument</name>
    <message>
        <source>a) Problems stated in the action plan</source>
        <translation>a) Problem som anges i åtgärdsplanen</translation>
    </message>
    <message>
        <source>b) Causes of the problems</source>
        <translation>b) Orsaker till problemen</translation>
    </message>
    <message>
        <source>c) Goals of the intervention</source>
        <translation>c) Insatsens mål</translation>
    </message>
    <message>
        <source>d) Visible improvements against the goals, and how far they have been reached</source>
        <translation>d) Synliga förbättringar i förhållande till målen och i vilken grad målen har nåtts</translation>
    </message>
    <message>
        <source>e) Goals not reached, and why</source>
        <translation>e) Mål som inte har nåtts och varför</translation>
    </message>
    <message>
        <source>f) Expected effects on the results stated in the action plan</source>
        <translation>f) Förväntade effekter på resultaten enligt åtgärdsplanen</translation>
    </message>
    <message>
        <source>as agreed in the ÖK 2</source>
        <translation>ur åtgärdsplanen enligt ÖK 2</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bedömning:</translation>
    </message>
    <message>
        <source>not rated.</source>
        <translation>inte bedömd.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>OD&amp;T…</source>
        <translation>OD&amp;T…</translation>
    </message>
    <message>
        <source>Mark as &amp;submitted…</source>
        <translation>Markera som &amp;inlämnad…</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>Ny &amp;version</translation>
    </message>
    <message>
        <source>Start the &amp;final report…</source>
        <translation>Påbörja &amp;slutredovisningen…</translation>
    </message>
    <message>
        <source>&amp;End the collaboration…</source>
        <translation>&amp;Avsluta samverkan…</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Delredovisningar</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Redovisning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ska lämnas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Spara redovisningen som PDF</translation>
    </message>
    <message>
        <source>Save the report as ODT, which Word opens</source>
        <translation>Spara redovisningen som ODT, som Word öppnar</translation>
    </message>
    <message>
        <source>A submitted report cannot change: a correction is a new version of it</source>
        <translation>En inlämnad redovisning kan inte ändras: en rättelse är en ny version av den</translation>
    </message>
    <message>
        <source>Progress reports (from the signed ÖK 2)</source>
        <translation>Delredovisningar (enligt undertecknad ÖK 2)</translation>
    </message>
    <message>
        <source>Final report and ending</source>
        <translation>Slutredovisning och avslut</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Försenad %n dag</numerusform>
            <numerusform>Försenad %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ska lämnas i dag</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Ska lämnas om %n dag</numerusform>
            <numerusform>Ska lämnas om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Delredovisning %1</translation>
    </message>
    <message>
        <source>Progress report %1, version %2</source>
        <translation>Delredovisning %1, version %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The progress reports are scheduled by the report dates of the signed ÖK 2. There is no signed ÖK 2 yet: sign it on the Agreements tab.</source>
        <translation>Delredovisningarna planeras efter redovisningsdatumen i den undertecknade ÖK 2. Det finns ingen undertecknad ÖK 2 ännu: underteckna den under fliken Överenskommelser.</translation>
    </message>
    <message>
        <source>Final report: %1, due %2.</source>
        <translation>Slutredovisning: %1, ska lämnas %2.</translation>
    </message>
    <message>
        <source>Submitted %1.</source>
        <translation>Inlämnad %1.</translation>
    </message>
    <message>
        <source>Open the &amp;final report…</source>
        <translation>Öppna &amp;slutredovisningen…</translation>
    </message>
    <message>
        <source>No final report yet. It is assembled from the progress reports: per intervention every rating, d) and e), the indicator charts and the deviations.</source>
        <translation>Ingen slutredovisning ännu. Den sammanställs ur delredovisningarna: per insats varje bedömning, d) och e), indikatordiagrammen och avstegen.</translation>
    </message>
    <message>
        <source>The collaboration is closed.</source>
        <translation>Samverkan är avslutad.</translation>
    </message>
    <message>
        <source>&amp;Reopen the collaboration…</source>
        <translation>Åte&amp;röppna samverkan…</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Påbörja…</translation>
    </message>
    <message>
        <source>Start progress report</source>
        <translation>Påbörja delredovisning</translation>
    </message>
    <message>
        <source>The progress report could not be started.</source>
        <translation>Delredovisningen kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>Open progress report</source>
        <translation>Öppna delredovisning</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>Markera som inlämnad</translation>
    </message>
    <message>
        <source>The report is not complete:
%1</source>
        <translation>Redovisningen är inte komplett:
%1</translation>
    </message>
    <message>
        <source>Mark %1 as submitted today? From then on it is frozen: it cannot be changed, only corrected by a new version.</source>
        <translation>Markera %1 som inlämnad i dag? Därefter är den låst: den kan inte ändras, bara rättas med en ny version.</translation>
    </message>
    <message>
        <source>The report could not be submitted: %1</source>
        <translation>Redovisningen kunde inte lämnas in: %1</translation>
    </message>
    <message>
        <source>%1 is submitted and frozen; a correction is a new version.</source>
        <translation>%1 är inlämnad och låst; en rättelse blir en ny version.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>%1 is a new draft; the submitted version is kept as it was.</source>
        <translation>%1 är ett nytt utkast; den inlämnade versionen finns kvar som den var.</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutredovisning</translation>
    </message>
    <message>
        <source>The final report could not be started.</source>
        <translation>Slutredovisningen kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>End the collaboration</source>
        <translation>Avsluta samverkan</translation>
    </message>
    <message>
        <source>The collaboration could not be ended: %1</source>
        <translation>Samverkan kunde inte avslutas: %1</translation>
    </message>
    <message>
        <source>Reopen the collaboration</source>
        <translation>Återöppna samverkan</translation>
    </message>
    <message>
        <source>The collaboration could not be reopened: %1</source>
        <translation>Samverkan kunde inte öppnas igen: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpPrinting</name>
    <message>
        <source>Save as ODT</source>
        <translation>Spara som ODT</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Förhandsgranskning: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The report could not be laid out for printing: %1</source>
        <translation>Redovisningen kunde inte ställas upp för utskrift: %1</translation>
    </message>
    <message>
        <source>This build cannot print reports yet.</source>
        <translation>Den här versionen kan inte skriva ut redovisningar ännu.</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Slutredovisning</translation>
    </message>
    <message>
        <source>This build cannot save reports yet.</source>
        <translation>Den här versionen kan inte spara redovisningar ännu.</translation>
    </message>
    <message>
        <source>%1 was saved as %2.</source>
        <translation>%1 sparades som %2.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Redovisningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>final-report</source>
        <translation>slutredovisning</translation>
    </message>
    <message>
        <source>The final report was saved as %1.</source>
        <translation>Slutredovisningen sparades som %1.</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>Funding and budget</source>
        <translation>Finansiering och budget</translation>
    </message>
    <message>
        <source>Choose how Skolverket funds the intervention and write its budget for each calendar year in whole kronor, e.g. 250 000. Leave a year empty when nothing is spent then.</source>
        <translation>Välj hur Skolverket finansierar insatsen och skriv dess budget för varje kalenderår i hela kronor, till exempel 250 000. Lämna ett år tomt när inget används då.</translation>
    </message>
    <message>
        <source>Budget per year</source>
        <translation>Budget per år</translation>
    </message>
    <message>
        <source>Funding &amp;mode</source>
        <translation>&amp;Finansieringsform</translation>
    </message>
    <message>
        <source>Funding &amp;form</source>
        <translation>&amp;Stödform</translation>
    </message>
    <message>
        <source>Change funding mode</source>
        <translation>Ändra finansieringsform</translation>
    </message>
    <message>
        <source>Change funding form</source>
        <translation>Ändra stödform</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>e.g. 250 000</source>
        <translation>t.ex. 250 000</translation>
    </message>
    <message>
        <source>Change budget</source>
        <translation>Ändra budget</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totalt: %1</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals and indicators</source>
        <translation>Mål och indikatorer</translation>
    </message>
    <message>
        <source>Write measurable goals, one per line, and the indicators that show whether they are reached: a baseline, a target and the year it should be reached.</source>
        <translation>Skriv mätbara mål, ett per rad, och de indikatorer som visar om de nås: ett utgångsvärde, ett målvärde och året då målet ska vara nått.</translation>
    </message>
    <message>
        <source>Goals, one per line</source>
        <translation>Mål, ett per rad</translation>
    </message>
    <message>
        <source>Expected effects on the results</source>
        <translation>Förväntade effekter på resultaten</translation>
    </message>
    <message>
        <source>Add &amp;indicator</source>
        <translation>Lägg till &amp;indikator</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Ta bort indikator</translation>
    </message>
    <message>
        <source>One goal per line, e.g. The share of pupils eligible for upper secondary school rises from 71 % to 85 % by 2028.</source>
        <translation>Ett mål per rad, t.ex. Andelen elever som är behöriga till gymnasieskolan ökar från 71 % till 85 % till 2028.</translation>
    </message>
    <message>
        <source>What the intervention should change in the results</source>
        <translation>Vad insatsen ska förändra i resultaten</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>(no statistic)</source>
        <translation>(ingen statistik)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Statistic</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Utgångsvärde</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Målvärde</translation>
    </message>
    <message>
        <source>Target &amp;year</source>
        <translation>Mål&amp;år</translation>
    </message>
    <message>
        <source>&amp;Goals, one per line</source>
        <translation>&amp;Mål, ett per rad</translation>
    </message>
    <message>
        <source>E&amp;xpected effects on the results</source>
        <translation>Förväntade &amp;effekter på resultaten</translation>
    </message>
    <message>
        <source>Edit goals</source>
        <translation>Redigera mål</translation>
    </message>
    <message>
        <source>Edit expected effects</source>
        <translation>Redigera förväntade effekter</translation>
    </message>
    <message>
        <source>Link indicator to a statistic</source>
        <translation>Koppla indikatorn till statistik</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn än)</translation>
    </message>
    <message>
        <source>The baseline must be a number, e.g. 71 or 71,5.</source>
        <translation>Utgångsvärdet måste vara ett tal, t.ex. 71 eller 71,5.</translation>
    </message>
    <message>
        <source>The target must be a number, e.g. 85 or 85,5.</source>
        <translation>Målvärdet måste vara ett tal, t.ex. 85 eller 85,5.</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Redigera indikator</translation>
    </message>
    <message>
        <source>Use as b&amp;aseline</source>
        <translation>Använd som &amp;utgångsvärde</translation>
    </message>
    <message>
        <source>No imported value of this statistic yet (Arkiv → Importera…).</source>
        <translation>Inget importerat värde av den här statistiken ännu (Arkiv → Importera…).</translation>
    </message>
    <message>
        <source>Newest imported value: %1 in %2, %3 (from %4).</source>
        <translation>Senaste importerade värde: %1 läsåret %2, %3 (från %4).</translation>
    </message>
    <message>
        <source>Take the baseline from the statistics</source>
        <translation>Hämta utgångsvärdet från statistiken</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Assembled from every progress report, newest version of each: per intervention its ratings, d) and e), and the deviations. Read-only: correct a progress report to change it.</source>
        <translation>Sammanställt ur alla delredovisningar, den senaste versionen av varje: per insats bedömningarna, d) och e), och avstegen. Skrivskyddat: rätta en delredovisning för att ändra det.</translation>
    </message>
    <message>
        <source>a) Problems:</source>
        <translation>a) Problem:</translation>
    </message>
    <message>
        <source>b) Causes:</source>
        <translation>b) Orsaker:</translation>
    </message>
    <message>
        <source>f) Expected effects:</source>
        <translation>f) Förväntade effekter:</translation>
    </message>
    <message>
        <source>No progress report has written about it yet.</source>
        <translation>Ingen delredovisning har skrivit om den ännu.</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Delredovisning %1</translation>
    </message>
    <message>
        <source>Progress report %1, version %2</source>
        <translation>Delredovisning %1, version %2</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>Deviations from the agreement</source>
        <translation>Avsteg från överenskommelsen</translation>
    </message>
    <message>
        <source>No deviation was confirmed in the progress reports.</source>
        <translation>Inget avsteg bekräftades i delredovisningarna.</translation>
    </message>
</context>
<context>
    <name>ImportApplyPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>C&amp;ancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>Import&amp;logg…</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import writes every file in one go: all of it or, when you cancel or a write fails, nothing. Each import is kept in the import log with the file&apos;s SHA-256 and can be undone from there.</source>
        <translation>Importen skriver alla filer på en gång: allt, eller ingenting om du avbryter eller något inte kan skrivas. Varje import sparas i importloggen med filens SHA-256 och kan ångras därifrån.</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <source>school year %1</source>
        <translation>läsår %1</translation>
    </message>
    <message>
        <source>%1 school units</source>
        <translation>%1 skolenheter</translation>
    </message>
    <message>
        <source>%1 organizers</source>
        <translation>%1 huvudmän</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 värden</translation>
    </message>
    <message>
        <source>Refused whole: %1</source>
        <translation>Avvisas helt: %1</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 nya</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 ändrade</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 oförändrade</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 avvisade</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>inga poster</translation>
    </message>
    <message>
        <source>(the same file was imported on %1)</source>
        <translation>(samma fil importerades %1)</translation>
    </message>
    <message>
        <source>%1, CRLF</source>
        <translation>%1, CRLF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Känns igen som</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>ImportFilesPage</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till &amp;filer…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>Filer och mappar att importera</translation>
    </message>
    <message>
        <source>What Skoldialog recognised in each file</source>
        <translation>Vad Skoldialog känner igen i varje fil</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Choose the files you downloaded from Skolverket: the school-unit registry (JSON), statistics and unit details from Planerade utbildningar (JSON, one file or a folder of them) and Sök statistik reports (CSV, also after a re-save in Excel). Nothing is written until you press Import on the last page.</source>
        <translation>Välj filerna du har hämtat från Skolverket: skolenhetsregistret (JSON), statistik och enhetsuppgifter från Planerade utbildningar (JSON, en fil eller en mapp med dem) och rapporter från Sök statistik (CSV, även efter att de sparats om i Excel). Ingenting skrivs förrän du trycker på Importera på sista sidan.</translation>
    </message>
    <message>
        <source>Add files to import</source>
        <translation>Lägg till filer att importera</translation>
    </message>
    <message>
        <source>Skolverket&apos;s files (*.json *.csv *.txt);;All files (*)</source>
        <translation>Skolverkets filer (*.json *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add a folder to import</source>
        <translation>Lägg till en mapp att importera</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s) or folder(s)…</source>
        <translation>
            <numerusform>Läser %n fil eller mapp…</numerusform>
            <numerusform>Läser %n filer eller mappar…</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet. Add files or a folder, or drop them on Skoldialog&apos;s window.</source>
        <translation>Inga filer ännu. Lägg till filer eller en mapp, eller släpp dem på Skoldialogs fönster.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read.</source>
        <translation>
            <numerusform>%n fil läst.</numerusform>
            <numerusform>%n filer lästa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read and will not be imported; the others will.</source>
        <translation>
            <numerusform>%n fil kan inte läsas och importeras inte; de andra gör det.</numerusform>
            <numerusform>%n filer kan inte läsas och importeras inte; de andra gör det.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the preview on the next page.</source>
        <translation>Se förhandsgranskningen på nästa sida.</translation>
    </message>
</context>
<context>
    <name>ImportLogDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Å&amp;ngra import…</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importlogg</translation>
    </message>
    <message>
        <source>Imports, newest first</source>
        <translation>Importer, senaste först</translation>
    </message>
    <message>
        <source>Each import with its file&apos;s SHA-256 fingerprint. Undoing an import removes what it made and gives what it changed its earlier values back, all in one go.</source>
        <translation>Varje import med filens SHA-256-fingeravtryck. Att ångra en import tar bort det den skapade och ger det den ändrade sina tidigare värden, allt på en gång.</translation>
    </message>
    <message>
        <source>The import log could not be read: %1</source>
        <translation>Importloggen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Undo the import?</source>
        <translation>Ångra importen?</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? What it made is removed and what it changed gets its earlier values back: %3 new and %4 changed records.</source>
        <translation>Ångra importen av %1 (%2)? Det den skapade tas bort och det den ändrade får sina tidigare värden: %3 nya och %4 ändrade poster.</translation>
    </message>
    <message>
        <source>The import of %1 was not undone: %2</source>
        <translation>Importen av %1 ångrades inte: %2</translation>
    </message>
    <message>
        <source>The import of %1 is undone.</source>
        <translation>Importen av %1 är ångrad.</translation>
    </message>
    <message>
        <source>The import of %1 is undone: %2</source>
        <translation>Importen av %1 är ångrad: %2</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <source>undone %1</source>
        <translation>ångrad %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>gäller</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>ImportNames</name>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>post %1: %2</translation>
    </message>
    <message>
        <source>Not a file Skoldialog can import</source>
        <translation>Inte en fil som Skoldialog kan importera</translation>
    </message>
    <message>
        <source>School units from Skolenhetsregistret</source>
        <translation>Skolenheter från Skolenhetsregistret</translation>
    </message>
    <message>
        <source>School unit list from Skolenhetsregistret (code, name and status only)</source>
        <translation>Lista över skolenheter från Skolenhetsregistret (bara kod, namn och status)</translation>
    </message>
    <message>
        <source>Unit statistics (Planerade utbildningar)</source>
        <translation>Statistik per skolenhet (Planerade utbildningar)</translation>
    </message>
    <message>
        <source>School unit details (Planerade utbildningar)</source>
        <translation>Uppgifter om skolenheter (Planerade utbildningar)</translation>
    </message>
    <message>
        <source>School unit list (Planerade utbildningar, without organizers)</source>
        <translation>Lista över skolenheter (Planerade utbildningar, utan huvudmän)</translation>
    </message>
    <message>
        <source>Sök statistik report</source>
        <translation>Rapport från Sök statistik</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (saved again by Excel)</source>
        <translation>Windows-1252 (sparad på nytt i Excel)</translation>
    </message>
    <message>
        <source>one row per school unit</source>
        <translation>en rad per skolenhet</translation>
    </message>
    <message>
        <source>one row per municipality</source>
        <translation>en rad per kommun</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The organizer %1 of the school unit %2 is missing.</source>
        <translation>Huvudmannen %1 för skolenheten %2 saknas.</translation>
    </message>
    <message>
        <source>The school unit %1 is missing.</source>
        <translation>Skolenheten %1 saknas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen avbröts; inget skrevs.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>post %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln ny</numerusform>
            <numerusform>%Ln nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln uppdaterad</numerusform>
            <numerusform>%Ln uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln oförändrad</numerusform>
            <numerusform>%Ln oförändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was refused whole and nothing of it was imported: %2</source>
        <translation>%1 avvisades i sin helhet och inget av den importerades: %2</translation>
    </message>
    <message>
        <source>Organizers</source>
        <translation>Huvudmän</translation>
    </message>
    <message>
        <source>School units</source>
        <translation>Skolenheter</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistikvärden</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was imported already (%2), and every record in it is as stored.</source>
        <translation>Inget ändrades: %1 är redan importerad (%2), och varje post i den är som den sparade.</translation>
    </message>
    <message>
        <source>Nothing changed: every record in %1 is as stored.</source>
        <translation>Inget ändrades: varje post i %1 är som den sparade.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>och %Ln till</numerusform>
            <numerusform>och %Ln till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: %1</source>
        <translation>
            <numerusform>%Ln avvisad: %1</numerusform>
            <numerusform>%Ln avvisade: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names no kommun for the organizer %1, and Skoldialog does not know it yet: import a file that names one of its units with its kommun first.</source>
        <translation>Filen anger ingen kommun för huvudmannen %1, och Skoldialog känner inte till den ännu: importera först en fil som anger en av dess skolenheter med kommun.</translation>
    </message>
    <message>
        <source>The school unit %1 appears twice in the file (also at %2); the first is imported.</source>
        <translation>Skolenheten %1 finns två gånger i filen (även på %2); den första importeras.</translation>
    </message>
    <message>
        <source>Skoldialog does not know the school unit %1, and this file names no organizer for it (a list gives only code, name and status): import the unit&apos;s details or a Sök statistik file that names it first.</source>
        <translation>Skoldialog känner inte till skolenheten %1, och filen anger ingen huvudman för den (en lista ger bara kod, namn och status): importera först skolenhetens uppgifter eller en fil från Sök statistik som tar upp den.</translation>
    </message>
    <message>
        <source>The organizer %1 of the school unit %2 could not be imported, so neither can the unit.</source>
        <translation>Huvudmannen %1 för skolenheten %2 kunde inte importeras, och därför inte heller skolenheten.</translation>
    </message>
    <message>
        <source>Skoldialog does not know the school unit %1: import the registry, the unit details or a Sök statistik file that names it first.</source>
        <translation>Skoldialog känner inte till skolenheten %1: importera först skolenhetsregistret, skolenhetens uppgifter eller en fil från Sök statistik som tar upp den.</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; is not a läsår (such as 2024/25); a school unit&apos;s statistics are kept by läsår.</source>
        <translation>Perioden &quot;%1&quot; är inget läsår (som 2024/25); en skolenhets statistik sparas per läsår.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Municipality code</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Ofullständig</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Rektor</translation>
    </message>
    <message>
        <source>School forms</source>
        <translation>Skolformer</translation>
    </message>
    <message>
        <source>That import is not in the log.</source>
        <translation>Den importen finns inte i loggen.</translation>
    </message>
    <message>
        <source>The import of %1 was undone already.</source>
        <translation>Importen av %1 är redan ångrad.</translation>
    </message>
    <message>
        <source>A later import (%1) changed %2 of the values this import wrote. Undo that import first.</source>
        <translation>En senare import (%1) ändrade %2 av de värden som den här importen skrev. Ångra den importen först.</translation>
    </message>
    <message>
        <source>The organizer %1 was changed after this import (by hand or by a later import); undoing the import would lose that change. Undo the later import, or change the organizer back by hand.</source>
        <translation>Huvudmannen %1 ändrades efter den här importen (för hand eller av en senare import); att ångra importen skulle ta bort den ändringen. Ångra den senare importen, eller ändra tillbaka huvudmannen för hand.</translation>
    </message>
    <message>
        <source>The school unit %1 was changed after this import (by hand or by a later import); undoing the import would lose that change. Undo the later import, or change the unit back by hand.</source>
        <translation>Skolenheten %1 ändrades efter den här importen (för hand eller av en senare import); att ångra importen skulle ta bort den ändringen. Ångra den senare importen, eller ändra tillbaka skolenheten för hand.</translation>
    </message>
    <message>
        <source>A school unit this import made is now part of a collaboration, an analysis or another import&apos;s statistics; undoing the import would remove it. Undo the later import, or take the unit out of the collaboration first.</source>
        <translation>En skolenhet som den här importen skapade ingår nu i en samverkan, en analys eller en annan imports statistik; att ångra importen skulle ta bort den. Ångra den senare importen, eller ta först ut skolenheten ur samverkan.</translation>
    </message>
    <message>
        <source>An organizer this import made now has a collaboration or units from elsewhere; undoing the import would remove it. Undo the later import first.</source>
        <translation>En huvudman som den här importen skapade har nu en samverkan eller skolenheter från annat håll; att ångra importen skulle ta bort den. Ångra den senare importen först.</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was undone: %Ln records restored or removed.</source>
        <translation>
            <numerusform>Importen av %1 är ångrad: %Ln post återställd eller borttagen.</numerusform>
            <numerusform>Importen av %1 är ångrad: %Ln poster återställda eller borttagna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>School unit</source>
        <translation>Skolenhet</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>New: it will be added.</source>
        <translation>Ny: den läggs till.</translation>
    </message>
    <message>
        <source>Unchanged: the database already says what the file says.</source>
        <translation>Oförändrad: databasen säger redan det filen säger.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Ändringar eller skäl</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>%1 records: %2 new, %3 changed, %4 unchanged, %5 refused</source>
        <translation>%1 poster: %2 nya, %3 ändrade, %4 oförändrade, %5 avvisade</translation>
    </message>
    <message>
        <source>Show records</source>
        <translation>Visa poster</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alla poster</translation>
    </message>
    <message>
        <source>New and changed</source>
        <translation>Nya och ändrade</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Search: name, code, field, reason…</source>
        <translation>Sök: namn, kod, fält, skäl…</translation>
    </message>
    <message>
        <source>Records of the import</source>
        <translation>Importens poster</translation>
    </message>
    <message>
        <source>The record&apos;s changes or why it is refused</source>
        <translation>Postens ändringar eller varför den avvisas</translation>
    </message>
    <message>
        <source>Choose a record to see each changed field, old → new, or why it is refused.</source>
        <translation>Välj en post för att se varje ändrat fält, gammalt → nytt, eller varför den avvisas.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>What the import would do to each record. Nothing is written yet. Changed records show each field old → new; refused ones say why and where in the file.</source>
        <translation>Vad importen skulle göra med varje post. Ingenting är skrivet ännu. Ändrade poster visar varje fält gammalt → nytt; avvisade säger varför och var i filen.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Reading the files and comparing them with the database…</source>
        <translation>Läser filerna och jämför dem med databasen…</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Inga filer valda ännu.</translation>
    </message>
    <message>
        <source>Importing would change nothing: the database already says what the files say.</source>
        <translation>En import skulle inte ändra något: databasen säger redan det filerna säger.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>The file holds an error answer from Skolverket&apos;s service (%1: %2), not data. Download it again.</source>
        <translation>Filen innehåller ett felsvar från Skolverkets tjänst (%1: %2), inte uppgifter. Hämta den igen.</translation>
    </message>
    <message>
        <source>This JSON file is none that Skoldialog reads: Skolenhetsregistret&apos;s school units (v2), or Planerade utbildningar&apos;s statistics or unit details (v4). Check that you chose the right file.</source>
        <translation>Den här JSON-filen är ingen som Skoldialog läser: skolenheter från Skolenhetsregistret (v2) eller statistik och skolenhetsuppgifter från Planerade utbildningar (v4). Kontrollera att du valde rätt fil.</translation>
    </message>
    <message>
        <source>The file is empty. Download it again.</source>
        <translation>Filen är tom. Hämta den igen.</translation>
    </message>
    <message>
        <source>This is an Excel workbook or another zip file. Skoldialog reads Sök statistik&apos;s CSV: download the report as CSV, or save it from Excel as &quot;CSV (semikolonavgränsad)&quot;.</source>
        <translation>Det här är en Excel-arbetsbok eller en annan zip-fil. Skoldialog läser CSV från Sök statistik: hämta rapporten som CSV, eller spara den från Excel som &quot;CSV (semikolonavgränsad)&quot;.</translation>
    </message>
    <message>
        <source>Skoldialog does not recognise this file. It reads Skolverket&apos;s files: Sök statistik reports (CSV), Skolenhetsregistret&apos;s school units and Planerade utbildningar&apos;s statistics and unit details (JSON).</source>
        <translation>Skoldialog känner inte igen filen. Den läser Skolverkets filer: rapporter från Sök statistik (CSV), skolenheter från Skolenhetsregistret och statistik och skolenhetsuppgifter från Planerade utbildningar (JSON).</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2. Check that it exists and that you may read it.</source>
        <translation>Filen %1 kan inte öppnas: %2. Kontrollera att den finns och att du har behörighet att läsa den.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 Add the name in the file, or download it again.</source>
        <translation>%1 Lägg till namnet i filen, eller hämta den igen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The database could not be read for the preview: %1</source>
        <translation>Databasen kunde inte läsas för förhandsgranskningen: %1</translation>
    </message>
    <message>
        <source>Import from Skolverket</source>
        <translation>Import från Skolverket</translation>
    </message>
    <message>
        <source>Steps of the import</source>
        <translation>Importens steg</translation>
    </message>
    <message>
        <source>Import Skolverket&apos;s files</source>
        <translation>Importera Skolverkets filer</translation>
    </message>
    <message>
        <source>Registry units, unit statistics and Sök statistik reports, from files you downloaded</source>
        <translation>Skolenheter ur registret, statistik per enhet och rapporter från Sök statistik, ur filer du har hämtat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Läser filerna…</translation>
    </message>
    <message>
        <source>Choose the files to import on the first page.</source>
        <translation>Välj filerna att importera på första sidan.</translation>
    </message>
    <message>
        <source>Nothing to import: the database already says what the files say.</source>
        <translation>Inget att importera: databasen säger redan det filerna säger.</translation>
    </message>
    <message>
        <source>Import will write: %1</source>
        <translation>Importen kommer att skriva: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is as it was before.</source>
        <translation>Importen avbröts. Ingenting skrevs: databasen är som den var före importen.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Importerat. %1</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Measured</source>
        <translation>Uppmätt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Gränsvärde</translation>
    </message>
    <message>
        <source>Planned trajectory through the milestones</source>
        <translation>Planerad utveckling via delmålen</translation>
    </message>
    <message>
        <source>Planned trajectory</source>
        <translation>Planerad utveckling</translation>
    </message>
    <message>
        <source>Target: at least %1 by %2</source>
        <translation>Mål: minst %1 senast %2</translation>
    </message>
    <message>
        <source>Target: at most %1 by %2</source>
        <translation>Mål: högst %1 senast %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <source>↑ Higher is better</source>
        <translation>↑ Högre är bättre</translation>
    </message>
    <message>
        <source>↓ Lower is better</source>
        <translation>↓ Lägre är bättre</translation>
    </message>
    <message>
        <source>Keep at or above %1</source>
        <translation>Håll på minst %1</translation>
    </message>
    <message>
        <source>Keep at or below %1</source>
        <translation>Håll på högst %1</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
</context>
<context>
    <name>IndicatorChartWidget</name>
    <message>
        <source>Indicator chart</source>
        <translation>Indikatordiagram</translation>
    </message>
</context>
<context>
    <name>IndicatorFollowUp</name>
    <message>
        <source>On track</source>
        <translation>På väg</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <source>On the right side of the target, or on it.</source>
        <translation>På rätt sida om målvärdet, eller på det.</translation>
    </message>
    <message>
        <source>On the wrong side of the target by at most %1 % of the target.</source>
        <translation>På fel sida om målvärdet med högst %1 % av målvärdet.</translation>
    </message>
    <message>
        <source>On the wrong side of the target by more than %1 % of the target.</source>
        <translation>På fel sida om målvärdet med mer än %1 % av målvärdet.</translation>
    </message>
    <message>
        <source>At most %1 % of the planned change behind where the indicator should be by now.</source>
        <translation>Högst %1 % av den planerade förändringen efter där indikatorn borde vara nu.</translation>
    </message>
    <message>
        <source>More than %1 % and at most %2 % of the planned change behind where it should be by now.</source>
        <translation>Mer än %1 % och högst %2 % av den planerade förändringen efter där indikatorn borde vara nu.</translation>
    </message>
    <message>
        <source>More than %1 % of the planned change behind where it should be by now.</source>
        <translation>Mer än %1 % av den planerade förändringen efter där indikatorn borde vara nu.</translation>
    </message>
</context>
<context>
    <name>IndicatorFollowUpBox</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Add &amp;measurement…</source>
        <translation>Lägg till &amp;mätning…</translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation>Ta bort mätning</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mätningar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The action plan has no indicators yet: they are added to the goals in the plan.</source>
        <translation>Åtgärdsplanen har inga indikatorer ännu: de läggs till vid målen i planen.</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>Ingen indikator</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No measurement yet. Baseline %1, target %2 by %3.</source>
        <translation>Ingen mätning ännu. Utgångsvärde %1, målvärde %2 år %3.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>(no year)</source>
        <translation>(inget år)</translation>
    </message>
    <message>
        <source>Newest value %1 (%2): &lt;b&gt;%3&lt;/b&gt;; expected by then %4.</source>
        <translation>Senaste värde %1 (%2): &lt;b&gt;%3&lt;/b&gt;; förväntat då %4.</translation>
    </message>
    <message>
        <source>Newest value %1 (%2); no status: the indicator needs a baseline, a target and a target year.</source>
        <translation>Senaste värde %1 (%2); ingen status: indikatorn behöver utgångsvärde, målvärde och målår.</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Lägg till en mätning</translation>
    </message>
    <message>
        <source>The measurement could not be saved: %1</source>
        <translation>Mätningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Remove the value %1 of %2?</source>
        <translation>Ta bort värdet %1 för %2?</translation>
    </message>
</context>
<context>
    <name>IndicatorReadingsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>The newest value of each indicator, from its measurements. The status compares it with where the indicator should be by then on the way from the baseline to the target.</source>
        <translation>Det senaste värdet för varje indikator, från dess mätningar. Statusen jämför det med var indikatorn borde vara vid den tiden på vägen från utgångsvärdet till målvärdet.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Newest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mätt</translation>
    </message>
    <message>
        <source>Expected by then</source>
        <translation>Förväntat då</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As computed</source>
        <translation>Som beräknat</translation>
    </message>
    <message>
        <source>Why the status is set by hand (required)</source>
        <translation>Varför statusen sätts för hand (krävs)</translation>
    </message>
    <message>
        <source>Newest &amp;value</source>
        <translation>Senaste &amp;värde</translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation>Mätt de&amp;n</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <source>Computed status</source>
        <translation>Beräknad status</translation>
    </message>
    <message>
        <source>&amp;Status in this report</source>
        <translation>&amp;Status i den här redovisningen</translation>
    </message>
    <message>
        <source>Reason for the &amp;override</source>
        <translation>Skäl för vald st&amp;atus</translation>
    </message>
    <message>
        <source>The indicator in this report</source>
        <translation>Indikatorn i den här redovisningen</translation>
    </message>
    <message>
        <source>How the status is computed</source>
        <translation>Så beräknas statusen</translation>
    </message>
    <message>
        <source>Edit the newest value</source>
        <translation>Ändra det senaste värdet</translation>
    </message>
    <message>
        <source>Edit the comment</source>
        <translation>Ändra kommentaren</translation>
    </message>
    <message>
        <source>Edit the reason for the override</source>
        <translation>Ändra skälet för den valda statusen</translation>
    </message>
    <message>
        <source>Change the date of the value</source>
        <translation>Ändra datum för värdet</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>Välj status</translation>
    </message>
    <message>
        <source>%1 (expected by then: %2)</source>
        <translation>%1 (förväntat då: %2)</translation>
    </message>
    <message>
        <source>none yet: the indicator needs a value, a baseline, a target and a target year</source>
        <translation>ingen ännu: indikatorn behöver ett värde, ett utgångsvärde, ett målvärde och ett målår</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>inget värde</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (satt för hand)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 år %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The agreed interventions have no indicators.</source>
        <translation>De överenskomna insatserna har inga indikatorer.</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it like 62 or 245,5.</source>
        <translation>”%1” är inget tal: skriv till exempel 62 eller 245,5.</translation>
    </message>
    <message>
        <source>Write why the status is set by hand, then it is saved.</source>
        <translation>Skriv varför statusen sätts för hand, så sparas den.</translation>
    </message>
</context>
<context>
    <name>InterventionFormPage</name>
    <message>
        <source>Development areas and their interventions</source>
        <translation>Utvecklingsområden och deras insatser</translation>
    </message>
    <message>
        <source>&amp;Interventions by development area</source>
        <translation>&amp;Insatser per utvecklingsområde</translation>
    </message>
    <message>
        <source>Choose an intervention on the left.</source>
        <translation>Välj en insats till vänster.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen titel än)</translation>
    </message>
    <message>
        <source>(no intervention yet)</source>
        <translation>(ingen insats än)</translation>
    </message>
</context>
<context>
    <name>InterventionReview</name>
    <message>
        <source>%1: say why it is rated %2.</source>
        <translation>%1: ange varför den bedöms som %2.</translation>
    </message>
</context>
<context>
    <name>InterventionReviewPage</name>
    <message>
        <source>Interventions: d) and e)</source>
        <translation>Insatser: d) och e)</translation>
    </message>
    <message>
        <source>What the plan said is filled in from the signed ÖK 2. Write d) what improvements are seen against each goal and how far it was reached, and e) which goals were not reached and why.</source>
        <translation>Det planen sa är ifyllt från den undertecknade ÖK 2. Skriv d) vilka förbättringar som syns mot varje mål och hur långt det nåtts, och e) vilka mål som inte nåtts och varför.</translation>
    </message>
    <message>
        <source>e) Goals not reached and why</source>
        <translation>e) Mål som inte nåtts och varför</translation>
    </message>
    <message>
        <source>Written in this report</source>
        <translation>Skrivet i den här redovisningen</translation>
    </message>
    <message>
        <source>&amp;e) Goals not reached, and why</source>
        <translation>&amp;e) Mål som inte nåtts, och varför</translation>
    </message>
    <message>
        <source>Edit e) goals not reached</source>
        <translation>Ändra e) mål som inte nåtts</translation>
    </message>
    <message>
        <source>The agreement has no interventions.</source>
        <translation>Överenskommelsen har inga insatser.</translation>
    </message>
    <message>
        <source>The agreement states no goals for this intervention: write what was seen in e).</source>
        <translation>Överenskommelsen anger inga mål för insatsen: skriv vad som syntes i e).</translation>
    </message>
    <message>
        <source>d) Goal %1: %2</source>
        <translation>d) Mål %1: %2</translation>
    </message>
    <message>
        <source>d) Improvements seen against goal %1, and how far it was reached</source>
        <translation>d) Förbättringar som syns mot mål %1, och hur långt det nåtts</translation>
    </message>
    <message>
        <source>What has improved against this goal, and how far it was reached</source>
        <translation>Vad som förbättrats mot målet, och hur långt det nåtts</translation>
    </message>
    <message>
        <source>Edit d) for goal %1</source>
        <translation>Ändra d) för mål %1</translation>
    </message>
</context>
<context>
    <name>InterventionsPage</name>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>For each development area, add what the organizer will do. Tick the problems and causes each intervention works on; they come from the analysis.</source>
        <translation>Lägg för varje utvecklingsområde till vad huvudmannen ska göra. Kryssa i de problem och orsaker som varje insats arbetar med; de kommer från analysen.</translation>
    </message>
    <message>
        <source>&amp;Add intervention</source>
        <translation>&amp;Lägg till insats</translation>
    </message>
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
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Description of the intervention</source>
        <translation>Beskrivning av insatsen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Problems it addresses</source>
        <translation>Problem som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Causes it addresses</source>
        <translation>Orsaker som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Earlier in the area (Alt+Up)</source>
        <translation>Tidigare i området (Alt+Upp)</translation>
    </message>
    <message>
        <source>Later in the area (Alt+Down)</source>
        <translation>Senare i området (Alt+Ned)</translation>
    </message>
    <message>
        <source>Title of the intervention</source>
        <translation>Insatsens titel</translation>
    </message>
    <message>
        <source>What will be done, by whom, how often?</source>
        <translation>Vad ska göras, av vem, hur ofta?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Insats&amp;område</translation>
    </message>
    <message>
        <source>Development a&amp;rea</source>
        <translation>Utvecklings&amp;område</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivå</translation>
    </message>
    <message>
        <source>&amp;Problems it addresses</source>
        <translation>&amp;Problem som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Ca&amp;uses it addresses</source>
        <translation>&amp;Orsaker som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Choose an intervention on the left, or add one to the chosen development area.</source>
        <translation>Välj en insats till vänster, eller lägg till en i det valda utvecklingsområdet.</translation>
    </message>
    <message>
        <source>Edit intervention title</source>
        <translation>Redigera insatsens titel</translation>
    </message>
    <message>
        <source>Edit intervention description</source>
        <translation>Redigera insatsens beskrivning</translation>
    </message>
    <message>
        <source>Move intervention to another area</source>
        <translation>Flytta insatsen till ett annat område</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Ändra insatsområde</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>Ändra nivå</translation>
    </message>
    <message>
        <source>Change units</source>
        <translation>Ändra enheter</translation>
    </message>
    <message>
        <source>Link problems</source>
        <translation>Koppla problem</translation>
    </message>
    <message>
        <source>Link causes</source>
        <translation>Koppla orsaker</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Add intervention</source>
        <translation>Lägg till insats</translation>
    </message>
    <message>
        <source>Remove intervention</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>Remove the intervention “%1” with its goals, indicators and budget? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort insatsen ”%1” med dess mål, indikatorer och budget? Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Change the order of interventions</source>
        <translation>Ändra insatsernas ordning</translation>
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
    <name>KindPage</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>ÖK 1 states the cooperation itself: that the organizer takes part in the programme, the process support Skolverket gives, and what both parties commit to.</source>
        <translation>ÖK 1 gäller själva samverkan: att huvudmannen deltar i uppdraget, det processtöd som Skolverket ger och vad båda parter åtar sig.</translation>
    </message>
    <message>
        <source>ÖK 2 states the interventions of the action plan: what is done in each development area, who is responsible, and how Skolverket finances it. The interventions are copied from the plan when the agreement is made.</source>
        <translation>ÖK 2 gäller åtgärdsplanens insatser: vad som görs inom varje utvecklingsområde, vem som ansvarar och hur Skolverket finansierar det. Insatserna kopieras från planen när överenskommelsen görs.</translation>
    </message>
    <message>
        <source>An amendment changes a signed agreement. The signed agreement stays as it was; once this amendment is signed, it replaces it.</source>
        <translation>Ett tillägg ändrar en undertecknad överenskommelse. Den undertecknade överenskommelsen förblir som den är; när tillägget är undertecknat ersätter det den.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The package ledger %1 cannot be read: %2</source>
        <translation>Paketliggaren %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The package ledger %1 is damaged; move it aside to start a new one.</source>
        <translation>Paketliggaren %1 är skadad. Flytta undan den för att börja en ny.</translation>
    </message>
    <message>
        <source>The package ledger %1 could not be written: %2</source>
        <translation>Paketliggaren %1 kunde inte skrivas: %2</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import &amp;log…</source>
        <translation>Import&amp;logg…</translation>
    </message>
</context>
<context>
    <name>Measurement</name>
    <message>
        <source>Typed in</source>
        <translation>Inskrivet</translation>
    </message>
    <message>
        <source>Imported statistic</source>
        <translation>Importerad statistik</translation>
    </message>
    <message>
        <source>A measurement belongs to an indicator of the plan.</source>
        <translation>En mätning hör till en indikator i åtgärdsplanen.</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>Värdet måste vara ett tal.</translation>
    </message>
    <message>
        <source>Write the school year as 2025/26.</source>
        <translation>Skriv läsåret som 2025/26.</translation>
    </message>
    <message>
        <source>Give the date of the value, or its school year.</source>
        <translation>Ange datum för värdet, eller dess läsår.</translation>
    </message>
    <message>
        <source>An imported value needs the statistic it came from.</source>
        <translation>Ett importerat värde behöver den statistik det kommer från.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>On a &amp;date</source>
        <translation>Ett &amp;datum</translation>
    </message>
    <message>
        <source>For a &amp;school year</source>
        <translation>För ett &amp;läsår</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation>Lägg till en mätning</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. 62 or 245,5</source>
        <translation>t.ex. 62 eller 245,5</translation>
    </message>
    <message>
        <source>e.g. 2025/26</source>
        <translation>t.ex. 2025/26</translation>
    </message>
    <message>
        <source>e.g. Skolverket, SIRIS; the school&apos;s own survey</source>
        <translation>t.ex. Skolverket, SIRIS; skolans egen enkät</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Värde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Källa</translation>
    </message>
    <message>
        <source>Source &amp;details</source>
        <translation>Källa, &amp;detaljer</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Write the value as a number, like 62 or 245,5.</source>
        <translation>Skriv värdet som ett tal, till exempel 62 eller 245,5.</translation>
    </message>
</context>
<context>
    <name>MeasurementStore</name>
    <message>
        <source>The measurement no longer exists.</source>
        <translation>Mätningen finns inte längre.</translation>
    </message>
    <message>
        <source>The indicator is no longer in the plan.</source>
        <translation>Indikatorn finns inte längre i åtgärdsplanen.</translation>
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
    <name>Merge</name>
    <message>
        <source>Both sides changed the same field differently.</source>
        <translation>Båda har ändrat samma fält på olika sätt.</translation>
    </message>
    <message>
        <source>The package changes what it may only read (%1); the change was not taken.</source>
        <translation>Paketet ändrar något det bara får läsa (%1); ändringen togs inte emot.</translation>
    </message>
    <message>
        <source>Some fields the package may only read came back changed; they were not taken.</source>
        <translation>Några fält som paketet bara får läsa kom tillbaka ändrade; de togs inte emot.</translation>
    </message>
    <message>
        <source>The package lacks this record but carries no removal of it; the package may be damaged. The record was kept.</source>
        <translation>Paketet saknar posten men anger inte att den tagits bort; paketet kan vara skadat. Posten behölls.</translation>
    </message>
    <message>
        <source>The package removes a record that was changed here since it was sent.</source>
        <translation>Paketet tar bort en post som har ändrats här sedan den skickades.</translation>
    </message>
    <message>
        <source>The package removes a record the process leader owns; only the process leader can remove it. The record was kept.</source>
        <translation>Paketet tar bort en post som processledaren äger; bara processledaren kan ta bort den. Posten behölls.</translation>
    </message>
    <message>
        <source>The package adds a record it may only read (%1).</source>
        <translation>Paketet lägger till en post det bara får läsa (%1).</translation>
    </message>
    <message>
        <source>The record was removed here, but the package changed it.</source>
        <translation>Posten har tagits bort här, men paketet har ändrat den.</translation>
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
    <name>NextStepsPage</name>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>What the organizer and Skolverket agree to do next, especially where an intervention is at risk or deviates, and how ready the work is for the next period.</source>
        <translation>Vad huvudmannen och Skolverket kommer överens om att göra härnäst, särskilt där en insats bedöms som risk eller avviker, och hur redo arbetet är för nästa period.</translation>
    </message>
    <message>
        <source>Next &amp;steps for the whole report</source>
        <translation>Nästa steg för &amp;hela redovisningen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Edit next steps</source>
        <translation>Ändra nästa steg</translation>
    </message>
    <message>
        <source>No intervention is rated at risk or deviating.</source>
        <translation>Ingen insats är bedömd som risk eller avviker.</translation>
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
    <name>Package</name>
    <message>
        <source>The file is not a Skoldialog package: its manifest.json is not one.</source>
        <translation>Filen är inte ett Skoldialog-paket: dess manifest.json är inte ett sådant.</translation>
    </message>
    <message>
        <source>The package was made by a newer Skoldialog (package format %1; this one reads up to %2). Install the newer Skoldialog to open it.</source>
        <translation>Paketet gjordes med en nyare Skoldialog (paketformat %1; den här versionen läser till och med %2). Installera den nyare Skoldialog för att öppna det.</translation>
    </message>
    <message>
        <source>The package&apos;s manifest.json lacks a field or has one in the wrong form; the package is damaged. Ask the sender for a new one.</source>
        <translation>Paketets manifest.json saknar ett fält eller har ett i fel form; paketet är skadat. Be avsändaren om ett nytt.</translation>
    </message>
    <message>
        <source>The package could not be made: %1</source>
        <translation>Paketet kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2</source>
        <translation>Paketet kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The package %1 cannot be read: %2</source>
        <translation>Paketet %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a Skoldialog package.</source>
        <translation>Filen %1 är för stor för att vara ett Skoldialog-paket.</translation>
    </message>
    <message>
        <source>The file is not a Skoldialog package, or it is damaged or cut short (%1). Ask the sender to send it again.</source>
        <translation>Filen är inte ett Skoldialog-paket, eller så är den skadad eller avkortad (%1). Be avsändaren skicka den igen.</translation>
    </message>
    <message>
        <source>The file is not a Skoldialog package: it holds %1 parts.</source>
        <translation>Filen är inte ett Skoldialog-paket: den innehåller %1 delar.</translation>
    </message>
    <message>
        <source>The package&apos;s part %1 is too large; the package is refused.</source>
        <translation>Paketets del %1 är för stor; paketet avvisas.</translation>
    </message>
    <message>
        <source>The package&apos;s part %1 is damaged (%2); nothing was read from it.</source>
        <translation>Paketets del %1 är skadad (%2); inget lästes från den.</translation>
    </message>
    <message>
        <source>The package holds the part %1 twice; it is refused.</source>
        <translation>Paketet innehåller delen %1 två gånger; det avvisas.</translation>
    </message>
    <message>
        <source>The file is not a Skoldialog package: it has no manifest.json.</source>
        <translation>Filen är inte ett Skoldialog-paket: den har ingen manifest.json.</translation>
    </message>
    <message>
        <source>The package lacks its part %1; it is incomplete.</source>
        <translation>Paketet saknar sin del %1; det är ofullständigt.</translation>
    </message>
    <message>
        <source>The package&apos;s part %1 does not match its checksum (SHA-256): it was changed or damaged after it was made. Ask the sender to send it again.</source>
        <translation>Paketets del %1 stämmer inte med sin kontrollsumma (SHA-256): den har ändrats eller skadats efter att paketet skapades. Be avsändaren skicka det igen.</translation>
    </message>
    <message>
        <source>The package holds a part its manifest does not list (%1); it is refused.</source>
        <translation>Paketet innehåller en del som dess manifest inte anger (%1); det avvisas.</translation>
    </message>
    <message>
        <source>The package&apos;s part %1 is not in the expected form (at %2).</source>
        <translation>Paketets del %1 har inte den väntade formen (vid %2).</translation>
    </message>
    <message>
        <source>The package&apos;s part %1 does not hold the analysis its manifest names.</source>
        <translation>Paketets del %1 innehåller inte den analys som manifestet anger.</translation>
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
    <message>
        <source>%1 could not be written as an OpenDocument text.</source>
        <translation>%1 kunde inte skrivas som OpenDocument-text.</translation>
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
    <name>PartiesPage</name>
    <message>
        <source>The parties as the agreement names them. Skolverket&apos;s details come from the programme&apos;s settings, the organizer&apos;s from the case; each party&apos;s diary number is its own.</source>
        <translation>Parterna så som överenskommelsen anger dem. Skolverkets uppgifter kommer från uppdragets inställningar, huvudmannens från ärendet; varje part har sitt eget diarienummer.</translation>
    </message>
    <message>
        <source>Skolverket</source>
        <translation>Skolverket</translation>
    </message>
    <message>
        <source>The organizer</source>
        <translation>Huvudmannen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Called in the text</source>
        <translation>Kallas i texten</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
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
    <name>PlanBaselines</name>
    <message>
        <source>kommun %1</source>
        <translation>kommun %1</translation>
    </message>
    <message>
        <source>values stored before imports</source>
        <translation>värden som fanns före importerna</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Collaboration %1 has no action plan yet; start one in Skoldialog first.</source>
        <translation>Samverkan %1 har ingen åtgärdsplan än; påbörja en i Skoldialog först.</translation>
    </message>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>Action plan, %1</source>
        <translation>Åtgärdsplan, %1</translation>
    </message>
    <message>
        <source>Action plan: %1</source>
        <translation>Åtgärdsplan: %1</translation>
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
        <source>No dates set</source>
        <translation>Inga datum satta</translation>
    </message>
    <message>
        <source>(untitled intervention)</source>
        <translation>(insats utan titel)</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>Collaboration period</source>
        <translation>Samverkansperiod</translation>
    </message>
    <message>
        <source>Current-state analysis</source>
        <translation>Nulägesanalys</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Utvecklingsområden</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>The plan builds on the development areas of the current-state analysis, in their order of priority. For each area it names the problems and causes the interventions address, then the interventions with goals, indicators, responsibility, timeline and funding. The totals and a timeline of all interventions follow at the end.</source>
        <translation>Planen bygger på nulägesanalysens utvecklingsområden i prioritetsordning. För varje område anges de problem och orsaker som insatserna riktar sig mot, och därefter insatserna med mål, indikatorer, ansvar, tidsplan och finansiering. Summorna och en tidslinje över alla insatser kommer sist.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>enhet %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Målår</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Insatsområde</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems it addresses</source>
        <translation>Problem som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Causes it addresses</source>
        <translation>Orsaker som insatsen riktar sig mot</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Expected effects on results</source>
        <translation>Förväntade effekter på resultaten</translation>
    </message>
    <message>
        <source>Grounds: research and proven experience</source>
        <translation>Grund: forskning och beprövad erfarenhet</translation>
    </message>
    <message>
        <source>Budget per year</source>
        <translation>Budget per år</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Prioritet %1: %2</translation>
    </message>
    <message>
        <source>Problems in this area</source>
        <translation>Problem inom området</translation>
    </message>
    <message>
        <source>Their causes</source>
        <translation>Deras orsaker</translation>
    </message>
    <message>
        <source>No intervention is planned in this area.</source>
        <translation>Ingen insats är planerad inom området.</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budget sammanlagt</translation>
    </message>
    <message>
        <source>All interventions together: %1.</source>
        <translation>Alla insatser tillsammans: %1.</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Per år</translation>
    </message>
    <message>
        <source>Per funding mode</source>
        <translation>Per finansieringsform</translation>
    </message>
    <message>
        <source>Funding mode</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Per funding form</source>
        <translation>Per stödform</translation>
    </message>
    <message>
        <source>Funding form</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <source>Per development area</source>
        <translation>Per utvecklingsområde</translation>
    </message>
    <message>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <source>Gaps to close</source>
        <translation>Luckor att åtgärda</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
</context>
<context>
    <name>PlanLinkGuard</name>
    <message numerus="yes">
        <source>The development area “%1” cannot be removed: the intervention(s) %2 in the action plan belong to it. Move them to another area or remove them in the action plan first.</source>
        <translation>
            <numerusform>Utvecklingsområdet ”%1” kan inte tas bort: insatsen %2 i åtgärdsplanen hör till det. Flytta den till ett annat område eller ta bort den i åtgärdsplanen först.</numerusform>
            <numerusform>Utvecklingsområdet ”%1” kan inte tas bort: insatserna %2 i åtgärdsplanen hör till det. Flytta dem till ett annat område eller ta bort dem i åtgärdsplanen först.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The problem “%1” is used by the intervention(s) %2 in the action plan.</source>
        <translation>
            <numerusform>Problemet ”%1” används av insatsen %2 i åtgärdsplanen.</numerusform>
            <numerusform>Problemet ”%1” används av insatserna %2 i åtgärdsplanen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cause “%1” is used by the intervention(s) %2 in the action plan.</source>
        <translation>
            <numerusform>Orsaken ”%1” används av insatsen %2 i åtgärdsplanen.</numerusform>
            <numerusform>Orsaken ”%1” används av insatserna %2 i åtgärdsplanen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove it anyway? The link in the plan is removed too.</source>
        <translation>Ta bort ändå? Kopplingen i planen tas också bort.</translation>
    </message>
    <message>
        <source>Used in the action plan</source>
        <translation>Används i åtgärdsplanen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&amp;Create action plan</source>
        <translation>&amp;Skapa åtgärdsplan</translation>
    </message>
    <message>
        <source>&amp;Open the action plan…</source>
        <translation>Ö&amp;ppna åtgärdsplanen…</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Tidslinje…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as OD&amp;T…</source>
        <translation>Spara som OD&amp;T…</translation>
    </message>
    <message>
        <source>The action plan starts from the development areas of the current-state analysis at organizer level, once the analysis is marked as done or established.</source>
        <translation>Åtgärdsplanen utgår från utvecklingsområdena i nulägesanalysen på huvudmannanivå, när analysen är markerad som klar eller fastställd.</translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) in %1 development area(s)  ·  budget in total %2  ·  %3</source>
        <translation>
            <numerusform>%n insats i %1 utvecklingsområde(n)  ·  budget totalt %2  ·  %3</numerusform>
            <numerusform>%n insatser i %1 utvecklingsområde(n)  ·  budget totalt %2  ·  %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>inga varningar</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) on the review page</source>
        <translation>
            <numerusform>%n varning på granskningssidan</numerusform>
            <numerusform>%n varningar på granskningssidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s)</source>
        <translation>
            <numerusform>%n insats</numerusform>
            <numerusform>%n insatser</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Print preview: action plan</source>
        <translation>Förhandsgranskning: åtgärdsplan</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The action plan could not be laid out for printing: %1</source>
        <translation>Åtgärdsplanen kunde inte sättas upp för utskrift: %1</translation>
    </message>
    <message>
        <source>action-plan.odt</source>
        <translation>atgardsplan.odt</translation>
    </message>
    <message>
        <source>action-plan.pdf</source>
        <translation>atgardsplan.pdf</translation>
    </message>
    <message>
        <source>Save the action plan as ODT</source>
        <translation>Spara åtgärdsplanen som ODT</translation>
    </message>
    <message>
        <source>Save the action plan as PDF</source>
        <translation>Spara åtgärdsplanen som PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The action plan could not be saved: %1</source>
        <translation>Åtgärdsplanen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The action plan was saved as %1.</source>
        <translation>Åtgärdsplanen sparades som %1.</translation>
    </message>
</context>
<context>
    <name>PlanPrinting</name>
    <message>
        <source>Action plan: timeline</source>
        <translation>Åtgärdsplan: tidslinje</translation>
    </message>
    <message>
        <source>Print preview: timeline</source>
        <translation>Förhandsgranskning: tidslinje</translation>
    </message>
</context>
<context>
    <name>PlanSession</name>
    <message>
        <source>The collaboration has no action plan yet.</source>
        <translation>Samverkan har ingen åtgärdsplan än.</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>The collaboration has no analysis at organizer level yet. The action plan starts from its development areas: make the analysis first.</source>
        <translation>Samverkan har ännu ingen nulägesanalys på huvudmannanivå. Åtgärdsplanen utgår från analysens utvecklingsområden: gör analysen först.</translation>
    </message>
    <message>
        <source>The analysis is still a draft. Mark it as done (or establish it) before the action plan is made from it.</source>
        <translation>Analysen är fortfarande ett utkast. Markera den som klar (eller fastställ den) innan åtgärdsplanen görs utifrån den.</translation>
    </message>
    <message>
        <source>The analysis has no development area to plan for.</source>
        <translation>Analysen har inget utvecklingsområde att planera för.</translation>
    </message>
</context>
<context>
    <name>PlanTimeline</name>
    <message>
        <source>(no intervention yet)</source>
        <translation>(ingen insats än)</translation>
    </message>
    <message>
        <source>(untitled intervention)</source>
        <translation>(insats utan titel)</translation>
    </message>
    <message>
        <source>Other interventions</source>
        <translation>Övriga insatser</translation>
    </message>
    <message>
        <source>Development area %1</source>
        <translation>Utvecklingsområde %1</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Höst</translation>
    </message>
    <message>
        <source>Spring</source>
        <comment>spring term, a half-year column of the timeline</comment>
        <translation>Vår</translation>
    </message>
    <message>
        <source>Autumn</source>
        <comment>autumn term, a half-year column of the timeline</comment>
        <translation>Höst</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>från %1, inget slutdatum</translation>
    </message>
    <message>
        <source>no start date, until %1</source>
        <translation>inget startdatum, till %1</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>inga datum</translation>
    </message>
    <message>
        <source>The plan has no interventions yet.</source>
        <translation>Planen har inga insatser än.</translation>
    </message>
    <message>
        <source>Collaboration period %1 – %2</source>
        <translation>Samverkansperiod %1 – %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>I dag, %1</translation>
    </message>
</context>
<context>
    <name>PlanTimelineDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Timeline of the action plan</source>
        <translation>Åtgärdsplanens tidslinje</translation>
    </message>
    <message>
        <source>Every intervention from its start to its end, by development area. The collaboration&apos;s period %1 – %2 is shaded.</source>
        <translation>Varje insats från start till slut, per utvecklingsområde. Samverkans period %1 – %2 är skuggad.</translation>
    </message>
</context>
<context>
    <name>PlanTimelineWidget</name>
    <message>
        <source>Timeline of the interventions</source>
        <translation>Insatsernas tidslinje</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Tidslinje…</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>Pages of the action plan</source>
        <translation>Åtgärdsplanens sidor</translation>
    </message>
    <message>
        <source>Action plan – %1</source>
        <translation>Åtgärdsplan – %1</translation>
    </message>
    <message>
        <source>From the analysis, version %1  ·  the collaboration runs %2 – %3  ·  saved as you type</source>
        <translation>Från analysen, version %1  ·  samverkan pågår %2 – %3  ·  sparas medan du skriver</translation>
    </message>
</context>
<context>
    <name>PlannedEducationReader</name>
    <message>
        <source>%1: the value is not text as Skolverket writes it. Download the statistics again.</source>
        <translation>%1: värdet är inte text så som Skolverket skriver det. Hämta statistiken igen.</translation>
    </message>
    <message>
        <source>%1: the period &quot;%2&quot; is not a school year such as 2024/25. Download the statistics again.</source>
        <translation>%1: perioden &quot;%2&quot; är inte ett läsår som 2024/25. Hämta statistiken igen.</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; is not a number, though its type says one exists (%4). Download the statistics again.</source>
        <translation>%1 %2: &quot;%3&quot; är inte ett tal, fast typen säger att det finns ett värde (%4). Hämta statistiken igen.</translation>
    </message>
    <message>
        <source>%1: a value without a period. Download the statistics again.</source>
        <translation>%1: ett värde utan period. Hämta statistiken igen.</translation>
    </message>
    <message>
        <source>the response says &quot;%1&quot; (%2), not OK: it holds no data. Download it again.</source>
        <translation>svaret säger &quot;%1&quot; (%2), inte OK: det innehåller inga uppgifter. Hämta det igen.</translation>
    </message>
    <message>
        <source>this response is not of the same kind as the first one in the file. Save each kind of response in a file of its own.</source>
        <translation>svaret är inte av samma slag som det första i filen. Spara varje slags svar i en egen fil.</translation>
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
    <name>ProgrammeStore</name>
    <message>
        <source>The collaboration&apos;s programme (id %1) is missing from the database.</source>
        <translation>Samverkans uppdrag (id %1) saknas i databasen.</translation>
    </message>
    <message>
        <source>The programme has no details of Skolverket as a party. Enter them in the programme&apos;s settings.</source>
        <translation>Uppdraget saknar uppgifter om Skolverket som part. Fyll i dem under Skolverkets uppgifter.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>According to plan</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Deviates</source>
        <translation>Avviker</translation>
    </message>
    <message>
        <source>Intervention changed</source>
        <translation>Insats ändrad</translation>
    </message>
    <message>
        <source>Intervention dropped</source>
        <translation>Insats struken</translation>
    </message>
    <message>
        <source>Intervention added</source>
        <translation>Insats tillkommen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidplan</translation>
    </message>
    <message>
        <source>The intervention is carried out as agreed, and its goals are likely to be reached.</source>
        <translation>Insatsen genomförs som överenskommet, och dess mål kommer sannolikt att nås.</translation>
    </message>
    <message>
        <source>The goals are at risk, but can still be reached with timely action. Say why.</source>
        <translation>Målen är i fara men kan fortfarande nås med åtgärder i tid. Ange varför.</translation>
    </message>
    <message>
        <source>The intervention departs from the agreement, and its goals are unlikely to be reached without major changes. Say why.</source>
        <translation>Insatsen avviker från överenskommelsen, och målen nås sannolikt inte utan stora förändringar. Ange varför.</translation>
    </message>
    <message>
        <source>Progress report %1, version %2</source>
        <translation>Delredovisning %1, version %2</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Delredovisning %1</translation>
    </message>
    <message>
        <source>A progress report belongs to a collaboration.</source>
        <translation>En delredovisning hör till en samverkan.</translation>
    </message>
    <message>
        <source>A progress report reports on a signed ÖK 2.</source>
        <translation>En delredovisning redovisar en undertecknad ÖK 2.</translation>
    </message>
    <message>
        <source>The report&apos;s number must be between 1 and 99.</source>
        <translation>Redovisningens nummer måste vara mellan 1 och 99.</translation>
    </message>
    <message>
        <source>The report&apos;s version starts at 1.</source>
        <translation>Redovisningens version börjar på 1.</translation>
    </message>
    <message>
        <source>The deviation &quot;%1&quot; must name the agreed intervention it concerns.</source>
        <translation>Avsteget ”%1” måste ange vilken överenskommen insats det gäller.</translation>
    </message>
    <message>
        <source>%1 has no rating.</source>
        <translation>%1 saknar bedömning.</translation>
    </message>
    <message>
        <source>%1: say why its status is set by hand.</source>
        <translation>%1: ange varför statusen är satt för hand.</translation>
    </message>
    <message>
        <source>Confirm the deviation &quot;%1&quot; (%2), or remove it if it is not one.</source>
        <translation>Bekräfta avsteget ”%1” (%2), eller ta bort det om det inte är ett avsteg.</translation>
    </message>
    <message>
        <source>Explain the deviation &quot;%1&quot; (%2).</source>
        <translation>Förklara avsteget ”%1” (%2).</translation>
    </message>
</context>
<context>
    <name>ProgressReportDocument</name>
    <message>
        <source>Dnr %1</source>
        <translation>Dnr %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, Dnr %2</source>
        <translation>%1, Dnr %2</translation>
    </message>
    <message>
        <source>, submitted %1</source>
        <translation>, inlämnad %1</translation>
    </message>
    <message>
        <source>, approved %1</source>
        <translation>, godkänd %1</translation>
    </message>
    <message>
        <source>a draft generated from the signed agreement and the plan, not stored</source>
        <translation>ett utkast framtaget ur den undertecknade överenskommelsen och planen, inte sparat</translation>
    </message>
    <message>
        <source>, signed %1</source>
        <translation>, undertecknad %1</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Huvudman</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samverkan</translation>
    </message>
    <message>
        <source>Collaboration %1</source>
        <translation>Samverkan %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Delredovisning</translation>
    </message>
    <message>
        <source>Number %1, version %2</source>
        <translation>Nummer %1, version %2</translation>
    </message>
    <message>
        <source>Due at the latest</source>
        <translation>Lämnas senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Collaboration period</source>
        <translation>Samverkansperiod</translation>
    </message>
    <message>
        <source>For every development area and intervention of the agreement: a) the problems, b) their causes, c) the goals and f) the expected effects, marked &quot;as agreed in the ÖK 2&quot;, are copied from the action plan as it was agreed in the ÖK 2, not retyped; d) and e) are written for this report. The status of an indicator is judged against where it should be at the time of its value (linearly from the baseline to the target, through the milestones where there are any), not against the final target.</source>
        <translation>För varje utvecklingsområde och insats i överenskommelsen är a) problemen, b) deras orsaker, c) målen och f) de förväntade effekterna, märkta &quot;ur åtgärdsplanen enligt ÖK 2&quot;, hämtade ur åtgärdsplanen så som den överenskoms i ÖK 2, inte inskrivna på nytt; d) och e) är skrivna för den här delredovisningen. En indikators status bedöms mot var den borde vara när värdet mättes (linjärt från utgångsvärdet till målvärdet, via delmålen där sådana finns), inte mot slutmålet.</translation>
    </message>
    <message>
        <source>What the ratings mean</source>
        <translation>Så betyder bedömningarna</translation>
    </message>
    <message>
        <source>What the statuses mean</source>
        <translation>Så betyder indikatorernas status</translation>
    </message>
    <message>
        <source>An indicator that should rise or fall</source>
        <translation>En indikator som ska öka eller minska</translation>
    </message>
    <message>
        <source>An indicator to keep above or below a level</source>
        <translation>En indikator som ska hållas över eller under en nivå</translation>
    </message>
    <message>
        <source>no status (no value, or the indicator has no baseline, target or target year)</source>
        <translation>ingen status (inget värde, eller så saknar indikatorn utgångsvärde, målvärde eller målår)</translation>
    </message>
    <message>
        <source>, chosen instead of the computed %1</source>
        <translation>, vald i stället för den beräknade %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; skäl: %1</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>beräknad</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Utgångsvärde %1</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>målvärde %1 år %2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>målvärde %1</translation>
    </message>
    <message>
        <source>newest value %1 (%2)</source>
        <translation>senaste värde %1 (%2)</translation>
    </message>
    <message>
        <source>no value measured yet</source>
        <translation>inget värde uppmätt ännu</translation>
    </message>
    <message>
        <source>expected by then %1</source>
        <translation>förväntat vid mätningen %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No problem stated.</source>
        <translation>Inget problem angivet.</translation>
    </message>
    <message>
        <source>No cause stated.</source>
        <translation>Ingen orsak angiven.</translation>
    </message>
    <message>
        <source>Goal %1:</source>
        <translation>Mål %1:</translation>
    </message>
    <message>
        <source>nothing written yet.</source>
        <translation>inget skrivet ännu.</translation>
    </message>
    <message>
        <source>No goal stated.</source>
        <translation>Inget mål angivet.</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Inget skrivet ännu.</translation>
    </message>
    <message>
        <source>No expected effect stated.</source>
        <translation>Ingen förväntad effekt angiven.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Deviations from the agreement</source>
        <translation>Avsteg från överenskommelsen</translation>
    </message>
    <message>
        <source>No deviation from the agreement.</source>
        <translation>Inga avsteg från överenskommelsen.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrats</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>proposed, not confirmed</source>
        <translation>föreslaget, inte bekräftat</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Development area: %1</source>
        <translation>Utvecklingsområde: %1</translation>
    </message>
    <message>
        <source>The agreement has no interventions.</source>
        <translation>Överenskommelsen har inga insatser.</translation>
    </message>
</context>
<context>
    <name>ProgressReportPage</name>
    <message>
        <source>Interventions of the agreement</source>
        <translation>Överenskommelsens insatser</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>inte bedömd ännu</translation>
    </message>
    <message>
        <source>(none stated in the agreement)</source>
        <translation>(inget angivet i överenskommelsen)</translation>
    </message>
    <message>
        <source>From the action plan (as agreed in ÖK 2): read-only</source>
        <translation>Från åtgärdsplanen (enligt ÖK 2): skrivskyddat</translation>
    </message>
    <message>
        <source>a) Problems</source>
        <translation>a) Problem</translation>
    </message>
    <message>
        <source>b) Causes</source>
        <translation>b) Orsaker</translation>
    </message>
    <message>
        <source>c) Goals</source>
        <translation>c) Mål</translation>
    </message>
    <message>
        <source>f) Expected effects</source>
        <translation>f) Förväntade effekter</translation>
    </message>
</context>
<context>
    <name>ProgressReportSession</name>
    <message>
        <source>The collaboration is closed: its reports can be read, printed and saved, not changed. Reopen the collaboration (with a reason) to change them.</source>
        <translation>Samverkan är avslutad: redovisningarna kan läsas, skrivas ut och sparas, men inte ändras. Öppna samverkan igen (med ett skäl) för att ändra dem.</translation>
    </message>
    <message>
        <source>This report is submitted and cannot change. A correction is a new version: choose “New version” on the Follow-up tab.</source>
        <translation>Redovisningen är inlämnad och kan inte ändras. En rättelse blir en ny version: välj ”Ny version” under fliken Uppföljning.</translation>
    </message>
</context>
<context>
    <name>ProgressReportStore</name>
    <message>
        <source>The progress report is submitted and can no longer be changed. Make a new version of it to correct it.</source>
        <translation>Delredovisningen är inlämnad och kan inte längre ändras. Gör en ny version av den för att rätta den.</translation>
    </message>
    <message>
        <source>There is no progress report with id %1.</source>
        <translation>Det finns ingen delredovisning med id %1.</translation>
    </message>
    <message>
        <source>The progress report cannot be submitted yet:
%1</source>
        <translation>Delredovisningen kan inte lämnas in ännu:
%1</translation>
    </message>
    <message>
        <source>Give the date the report is submitted.</source>
        <translation>Ange datum då redovisningen lämnas in.</translation>
    </message>
    <message>
        <source>Only a submitted progress report can be approved, on a given date.</source>
        <translation>Bara en inlämnad delredovisning kan godkännas, och med ett datum.</translation>
    </message>
    <message>
        <source>The report is still a draft: change it directly instead of making a new version.</source>
        <translation>Redovisningen är fortfarande ett utkast: ändra den direkt i stället för att göra en ny version.</translation>
    </message>
    <message>
        <source>There already is a newer version of this report (version %1): correct that one.</source>
        <translation>Det finns redan en nyare version av redovisningen (version %1): rätta den.</translation>
    </message>
</context>
<context>
    <name>ProgressReportWizard</name>
    <message>
        <source>Pages of the progress report</source>
        <translation>Delredovisningens sidor</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · due %2 · saved as you type</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · ska lämnas %2 · sparas medan du skriver</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · due %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · skulle lämnas %3</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>Markera som inlämnad</translation>
    </message>
    <message>
        <source>The report is not complete:
%1</source>
        <translation>Redovisningen är inte komplett:
%1</translation>
    </message>
    <message>
        <source>Mark %1 as submitted today? From then on it is frozen: it cannot be changed, only corrected by a new version.</source>
        <translation>Markera %1 som inlämnad i dag? Därefter är den låst: den kan inte ändras, bara rättas med en ny version.</translation>
    </message>
    <message>
        <source>The report could not be submitted: %1</source>
        <translation>Redovisningen kunde inte lämnas in: %1</translation>
    </message>
    <message>
        <source>Submitted. The report is now frozen; a correction is a new version.</source>
        <translation>Inlämnad. Redovisningen är nu låst; en rättelse blir en ny version.</translation>
    </message>
</context>
<context>
    <name>ProgressReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Granska och lämna in</translation>
    </message>
    <message>
        <source>What the report holds and what it still needs. Print it, save it as PDF or as ODT (Word opens it: Skolverket asks for a Word file), and mark it submitted.</source>
        <translation>Vad redovisningen innehåller och vad den fortfarande behöver. Skriv ut den, spara den som PDF eller som ODT (Word öppnar den: Skolverket vill ha en Word-fil) och markera den som inlämnad.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as OD&amp;T…</source>
        <translation>Spara som OD&amp;T…</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted…</source>
        <translation>&amp;Markera som inlämnad…</translation>
    </message>
    <message>
        <source>Before it can be submitted</source>
        <translation>Innan den kan lämnas in</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Redovisningen</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · ska lämnas %3</translation>
    </message>
    <message>
        <source> · submitted %1</source>
        <translation> · inlämnad %1</translation>
    </message>
    <message>
        <source>%1 of %2 interventions rated; d) written for %3 of %4 goals.</source>
        <translation>%1 av %2 insatser bedömda; d) skrivet för %3 av %4 mål.</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Bedömningar:</translation>
    </message>
    <message>
        <source>%1 indicators, %2 deviations (%3 proposed and not confirmed).</source>
        <translation>%1 indikatorer, %2 avsteg (%3 föreslagna och inte bekräftade).</translation>
    </message>
    <message>
        <source>Submitted: the report is kept as it was handed in.</source>
        <translation>Inlämnad: redovisningen sparas som den lämnades in.</translation>
    </message>
    <message>
        <source>Everything a submitted report needs is written.</source>
        <translation>Allt en inlämnad redovisning behöver är ifyllt.</translation>
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
    <name>RatingPage</name>
    <message>
        <source>&amp;On plan</source>
        <translation>&amp;Enligt plan</translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <source>&amp;Deviates</source>
        <translation>&amp;Avviker</translation>
    </message>
    <message>
        <source>Rating and next steps</source>
        <translation>Bedömning och nästa steg</translation>
    </message>
    <message>
        <source>Rate each intervention against the plan. “At risk” and “Deviates” need a reason; next steps say what is done about it.</source>
        <translation>Bedöm varje insats mot planen. ”Risk” och ”Avviker” kräver ett skäl; nästa steg säger vad som görs åt det.</translation>
    </message>
    <message>
        <source>Next steps for the intervention</source>
        <translation>Nästa steg för insatsen</translation>
    </message>
    <message>
        <source>What is done next, especially when the intervention is at risk or deviates</source>
        <translation>Vad som görs härnäst, särskilt när insatsen bedöms som risk eller avviker</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>&amp;Next steps for the intervention</source>
        <translation>Nästa steg för &amp;insatsen</translation>
    </message>
    <message>
        <source>Rate intervention</source>
        <translation>Bedöm insats</translation>
    </message>
    <message>
        <source>Edit the reason for the rating</source>
        <translation>Ändra skälet för bedömningen</translation>
    </message>
    <message>
        <source>Edit next steps</source>
        <translation>Ändra nästa steg</translation>
    </message>
    <message>
        <source>d) written for %1 of %2 goals · e) %3</source>
        <translation>d) skrivet för %1 av %2 mål · e) %3</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>inte skrivet</translation>
    </message>
    <message>
        <source>written</source>
        <translation>skrivet</translation>
    </message>
</context>
<context>
    <name>RatingSelector</name>
    <message>
        <source>Reason for the rating</source>
        <translation>Skäl för bedömningen</translation>
    </message>
    <message>
        <source>Reason for the rating (required for “%1”)</source>
        <translation>Skäl för bedömningen (krävs för ”%1”)</translation>
    </message>
    <message>
        <source>Write why the intervention is rated “%1”, then the rating is saved.</source>
        <translation>Skriv varför insatsen bedöms som ”%1”, så sparas bedömningen.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>The collaboration is closed (avslutad) and is kept as it was: nothing in it can change. Reopen it with a reason to change it.</source>
        <translation>Samverkan är avslutad och bevaras som den var: inget i den kan ändras. Öppna den igen med ett skäl för att ändra den.</translation>
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
    <name>RegistryReader</name>
    <message>
        <source>status &quot;%1&quot; is not one of AKTIV, VILANDE, UPPHORT, PLANERAD. Download the file again from Skolenhetsregistret.</source>
        <translation>status &quot;%1&quot; är inte någon av AKTIV, VILANDE, UPPHORT, PLANERAD. Hämta filen igen från Skolenhetsregistret.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2 (byte %3): %4. The file may be cut short or damaged: download it again.</source>
        <translation>Filen är inte giltig JSON: rad %1, kolumn %2 (byte %3): %4. Filen kan vara avkortad eller skadad: hämta den igen.</translation>
    </message>
    <message>
        <source>this element is not a school unit of Skolenhetsregistret (no data.schoolUnitCode): download the units again.</source>
        <translation>elementet är ingen skolenhet från Skolenhetsregistret (data.schoolUnitCode saknas): hämta skolenheterna igen.</translation>
    </message>
</context>
<context>
    <name>ReportingPage</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Progress reports (delredovisningar)</source>
        <translation>Delredovisningar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>The period the agreement is valid for, and when the organizer reports on the interventions: progress reports during the period, a final report at its end.</source>
        <translation>Perioden som överenskommelsen gäller, och när huvudmannen redovisar insatserna: delredovisningar under perioden och en slutredovisning när den är slut.</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Gäller &amp;från</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Gäller &amp;till och med</translation>
    </message>
    <message>
        <source>&amp;Final report due</source>
        <translation>&amp;Slutredovisning senast</translation>
    </message>
    <message>
        <source>Reporting and period</source>
        <translation>Redovisning och period</translation>
    </message>
</context>
<context>
    <name>ResponsibilityPage</name>
    <message>
        <source>Responsibility and timeline</source>
        <translation>Ansvar och tidsplan</translation>
    </message>
    <message>
        <source>Name who is responsible at the organizer and who delivers the intervention, when it starts and ends, and what research or proven experience it rests on.</source>
        <translation>Ange vem som är ansvarig hos huvudmannen och vem som genomför insatsen, när den börjar och slutar, och vilken forskning eller beprövad erfarenhet den vilar på.</translation>
    </message>
    <message>
        <source>Research or proven experience</source>
        <translation>Forskning eller beprövad erfarenhet</translation>
    </message>
    <message>
        <source>Name and role, e.g. Maria Lindqvist, principal</source>
        <translation>Namn och roll, t.ex. Maria Lindqvist, rektor</translation>
    </message>
    <message>
        <source>The university or the external actor, e.g. Umeå universitet</source>
        <translation>Lärosätet eller den externa aktören, t.ex. Umeå universitet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>The collaboration runs %1 – %2.</source>
        <translation>Samverkan pågår %1 – %2.</translation>
    </message>
    <message>
        <source>e.g. research on collegial learning, Skolverket&apos;s support material, experience from earlier collaborations</source>
        <translation>t.ex. forskning om kollegialt lärande, Skolverkets stödmaterial, erfarenheter från tidigare samverkan</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>Sl&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Utförare</translation>
    </message>
    <message>
        <source>Provider&apos;s na&amp;me</source>
        <translation>Utförarens &amp;namn</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Edit responsible</source>
        <translation>Redigera ansvarig</translation>
    </message>
    <message>
        <source>Edit provider</source>
        <translation>Redigera utförare</translation>
    </message>
    <message>
        <source>Edit grounds</source>
        <translation>Redigera grund</translation>
    </message>
    <message>
        <source>Change provider</source>
        <translation>Ändra utförare</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Change dates</source>
        <translation>Ändra datum</translation>
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
        <source>Edit results</source>
        <translation>ändring av resultat</translation>
    </message>
    <message>
        <source>&amp;Fetch from the statistics</source>
        <translation>&amp;Hämta från statistiken</translation>
    </message>
    <message>
        <source>Show the &amp;kommun and the country</source>
        <translation>Visa &amp;kommunen och riket</translation>
    </message>
    <message>
        <source>Fills the table with what was imported (Arkiv → Importera…). A value typed by hand is not replaced without asking.</source>
        <translation>Fyller tabellen med det som har importerats (Arkiv → Importera…). Ett värde som skrivits in för hand ersätts inte utan att du tillfrågas.</translation>
    </message>
    <message>
        <source>Decimal comma or point. Markers from the statistics are kept as written: “.” no data, “..” too few to report, “~100” about 100. Values in blue cells come from the imported statistics; point at one to see its source.</source>
        <translation>Decimalkomma eller punkt. Markeringar från statistiken behålls som de skrivits: ”.” uppgift saknas, ”..” för få för att redovisas, ”~100” ungefär 100. Värden i blå celler kommer från den importerade statistiken; peka på ett för att se källan.</translation>
    </message>
    <message>
        <source>No kommun or national values were imported for these indicators.</source>
        <translation>Inga värden för kommunen eller riket har importerats för de här indikatorerna.</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Statistiken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>• %1, %2: %3 on screen, %4 in %5</source>
        <translation>• %1, %2: %3 i tabellen, %4 i %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported for %1 yet. Import Skolverket&apos;s files with Arkiv → Importera… and fetch again.</source>
        <translation>Ingenting har importerats för %1 ännu. Importera Skolverkets filer med Arkiv → Importera… och hämta igen.</translation>
    </message>
    <message>
        <source>The table already holds every value the statistics have for %1.</source>
        <translation>Tabellen har redan alla värden som statistiken har för %1.</translation>
    </message>
    <message>
        <source>Replace values typed by hand?</source>
        <translation>Ersätta värden som skrivits in för hand?</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) on screen differ from the imported statistics:</source>
        <translation>
            <numerusform>%n värde i tabellen skiljer sig från den importerade statistiken:</numerusform>
            <numerusform>%n värden i tabellen skiljer sig från den importerade statistiken:</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes replaces them with the statistics&apos; values, No keeps them and fills only the empty cells. Undo (Ctrl+Z) brings the table back either way.</source>
        <translation>Ja ersätter dem med statistikens värden, Nej behåller dem och fyller bara de tomma cellerna. Ångra (Ctrl+Z) tar tillbaka tabellen i båda fallen.</translation>
    </message>
    <message>
        <source>Nothing changed: the values typed by hand were kept.</source>
        <translation>Ingenting ändrades: värdena som skrivits in för hand behölls.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) fetched from the statistics for %1.</source>
        <translation>
            <numerusform>%n värde hämtat från statistiken för %1.</numerusform>
            <numerusform>%n värden hämtade från statistiken för %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) typed by hand kept.</source>
        <translation>
            <numerusform>%n värde som skrivits in för hand behölls.</numerusform>
            <numerusform>%n värden som skrivits in för hand behölls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch from the statistics</source>
        <translation>Hämta från statistiken</translation>
    </message>
    <message>
        <source>The country</source>
        <translation>Riket</translation>
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
    <message>
        <source>typed by hand</source>
        <translation>för hand</translation>
    </message>
    <message>
        <source>From the statistics: %1 (imported %2), school year %3.</source>
        <translation>Från statistiken: %1 (importerad %2), läsår %3.</translation>
    </message>
    <message>
        <source>Typed by hand. The statistics (%1) say %2 for %3.</source>
        <translation>Inskrivet för hand. Statistiken (%1) säger %2 för %3.</translation>
    </message>
    <message>
        <source>Typed by hand.</source>
        <translation>Inskrivet för hand.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>The plan&apos;s budget added up, and what is still missing. Choose a warning to go to it.</source>
        <translation>Planens budget summerad, och det som fortfarande saknas. Välj en varning för att gå till den.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Funding mode</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Funding form</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Varningar</translation>
    </message>
    <message>
        <source>The plan in total: %1</source>
        <translation>Planen totalt: %1</translation>
    </message>
    <message>
        <source>Go to it</source>
        <translation>Gå dit</translation>
    </message>
    <message>
        <source>No warnings: every area has an intervention with goals, indicators, dates in the period and a budget.</source>
        <translation>Inga varningar: varje område har en insats med mål, indikatorer, datum inom perioden och en budget.</translation>
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
    <name>SectionsPage</name>
    <message>
        <source>Each section starts with the programme&apos;s wording. Change the clause text where this case needs it; lines starting with “- ” print as a list. The tables of parties, interventions, financing and signatures are added when the agreement is printed.</source>
        <translation>Varje avsnitt börjar med uppdragets standardtext. Ändra villkorstexten där just det här ärendet kräver det; rader som börjar med ”- ” skrivs ut som en lista. Tabellerna med parter, insatser, finansiering och underskrifter läggs till när överenskommelsen skrivs ut.</translation>
    </message>
    <message>
        <source>What each party commits to. For ÖK 2, the interventions below are the action plan&apos;s as they were when the agreement was made.</source>
        <translation>Vad varje part åtar sig. För ÖK 2 är insatserna nedan åtgärdsplanens, så som de var när överenskommelsen gjordes.</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Clause &amp;text</source>
        <translation>&amp;Villkorstext</translation>
    </message>
    <message>
        <source>Interventions in the agreement</source>
        <translation>Insatser i överenskommelsen</translation>
    </message>
    <message>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Funding mode</source>
        <translation>Finansieringsform</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Signs for Skolverket</source>
        <translation>Undertecknar för Skolverket</translation>
    </message>
    <message>
        <source>Signs for the organizer</source>
        <translation>Undertecknar för huvudmannen</translation>
    </message>
    <message>
        <source>Who signs for each party, and where. The signing dates are recorded when the signed paper comes back; the printed agreement has lines for them.</source>
        <translation>Vem som undertecknar för varje part, och var. Datumen för underskrift registreras när det undertecknade papperet kommer tillbaka; den utskrivna överenskommelsen har rader för dem.</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>&amp;Choose scan…</source>
        <translation>&amp;Välj skanning…</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>Ingen skanning</translation>
    </message>
    <message>
        <source>Record the signing</source>
        <translation>Registrera underskriften</translation>
    </message>
    <message>
        <source>Once the signing is recorded the agreement can no longer change, in Skoldialog or in the database: changes are made with an amendment. The fingerprint (SHA-256) of the agreement&apos;s PDF is kept, so the archived copy can be proven to be the one signed.</source>
        <translation>När underskriften är registrerad kan överenskommelsen inte längre ändras, varken i Skoldialog eller i databasen: ändringar görs med ett tillägg. Fingeravtrycket (SHA-256) för överenskommelsens PDF sparas, så att det går att visa att arkivexemplaret är det som undertecknades.</translation>
    </message>
    <message>
        <source>Signed by %1 on</source>
        <translation>Undertecknad av %1 den</translation>
    </message>
    <message>
        <source>Signed copy (optional)</source>
        <translation>Undertecknad kopia (frivilligt)</translation>
    </message>
    <message>
        <source>&amp;Record signing</source>
        <translation>&amp;Registrera underskrift</translation>
    </message>
    <message>
        <source>Choose the scanned signed copy</source>
        <translation>Välj den skannade undertecknade kopian</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Skanningar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB. Scan it at a lower resolution, or keep it in the archive only.</source>
        <translation>%1 är större än 50 MB. Skanna med lägre upplösning, eller förvara den bara i arkivet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <source>A signing date cannot be later than today.</source>
        <translation>Ett underskriftsdatum kan inte vara senare än i dag.</translation>
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
    <message>
        <source>Something else still uses what this change removes (for example an intervention in the action plan). Nothing was changed.</source>
        <translation>Det som ändringen tar bort används fortfarande av något annat (till exempel en insats i åtgärdsplanen). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The analysis is established and is kept as a record: it cannot change. Make a new version of it to revise it.</source>
        <translation>Nulägesanalysen är fastställd och sparas som en handling: den kan inte ändras. Gör en ny version av den för att revidera den.</translation>
    </message>
    <message>
        <source>The agreement is signed and is kept as a record: it cannot change. Make an amendment (tillägg) to change what it says.</source>
        <translation>Överenskommelsen är undertecknad och sparas som en handling: den kan inte ändras. Gör ett tillägg för att ändra det den säger.</translation>
    </message>
    <message>
        <source>The progress report is submitted and is kept as a record: it cannot change. Make a new version of it to correct it.</source>
        <translation>Delredovisningen är inlämnad och bevaras som allmän handling: den kan inte ändras. Gör en ny version av den för att rätta den.</translation>
    </message>
    <message>
        <source>The final report is submitted and is kept as a record: it cannot change. Make a new version of it to correct it.</source>
        <translation>Slutredovisningen är inlämnad och bevaras som allmän handling: den kan inte ändras. Gör en ny version av den för att rätta den.</translation>
    </message>
    <message>
        <source>The status history is kept as it was written. Record a new status change instead.</source>
        <translation>Statushistoriken bevaras som den skrevs. Registrera en ny statusändring i stället.</translation>
    </message>
</context>
<context>
    <name>StatisticValue</name>
    <message>
        <source>Exact value</source>
        <translation>Exakt värde</translation>
    </message>
    <message>
        <source>Data missing (.)</source>
        <translation>Uppgift saknas (.)</translation>
    </message>
    <message>
        <source>Not published: based on too few pupils (..)</source>
        <translation>Visas inte: bygger på för få elever (..)</translation>
    </message>
    <message>
        <source>About 100: 1–4 pupils did not reach it (~100)</source>
        <translation>Omkring 100: 1–4 elever nådde inte dit (~100)</translation>
    </message>
    <message>
        <source>Approximate, rounded by Skolverket</source>
        <translation>Ungefärligt, avrundat av Skolverket</translation>
    </message>
    <message>
        <source>Teachers without a required legitimation excluded (*)</source>
        <translation>Lärare utan krav på legitimation är inte medräknade (*)</translation>
    </message>
    <message>
        <source>A value type Skoldialog does not know: shown as written</source>
        <translation>En värdetyp som Skoldialog inte känner till: visas som den står</translation>
    </message>
</context>
<context>
    <name>StatisticsCsvReader</name>
    <message>
        <source>Line %1, column %2: a quote opens here and is never closed, so the rest of the file cannot be read. Open the file in Excel and save it again as CSV, or download it again.</source>
        <translation>Rad %1, kolumn %2: ett citattecken öppnas här men stängs aldrig, så resten av filen kan inte läsas. Öppna filen i Excel och spara den igen som CSV, eller hämta den igen.</translation>
    </message>
    <message>
        <source>This is not a report from Sök statistik: its first line should read &quot;Statistik från Skolverket&quot;. Download the report from Sök statistik as CSV.</source>
        <translation>Det här är ingen rapport från Sök statistik: första raden ska vara &quot;Statistik från Skolverket&quot;. Hämta rapporten från Sök statistik som CSV.</translation>
    </message>
    <message>
        <source>The report has no column row with Kommun-kod or Skol-enhetskod, so Skoldialog cannot tell what its rows are. Download it from Sök statistik as CSV.</source>
        <translation>Rapporten har ingen kolumnrad med Kommun-kod eller Skol-enhetskod, så Skoldialog kan inte avgöra vad raderna gäller. Hämta den från Sök statistik som CSV.</translation>
    </message>
    <message>
        <source>the row has %1 fields where the column row has %2. Correct the row (a &apos;;&apos; too many or too few) or download the report again.</source>
        <translation>raden har %1 fält där kolumnraden har %2. Rätta raden (ett &quot;;&quot; för mycket eller för lite) eller hämta rapporten igen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no %2: it is a kommunalförbund or another body that is not a kommun, so its row is left out.</source>
        <translation>&quot;%1&quot; saknar %2: det är ett kommunalförbund eller något annat som inte är en kommun, så raden lämnas utanför.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column %2 is not Samtliga, Flickor or Pojkar. Correct the row or download the report again.</source>
        <translation>&quot;%1&quot; i kolumnen %2 är inte Samtliga, Flickor eller Pojkar. Rätta raden eller hämta rapporten igen.</translation>
    </message>
    <message>
        <source>the school unit %1 is on line %2 already; this row is left out. Remove one of the two rows.</source>
        <translation>skolenheten %1 finns redan på rad %2; den här raden lämnas utanför. Ta bort en av de två raderna.</translation>
    </message>
</context>
<context>
    <name>StatusTimeline</name>
    <message>
        <source>No status change recorded yet.</source>
        <translation>Ingen statusändring registrerad ännu.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>registrerat av %1 %2</translation>
    </message>
    <message>
        <source>entered on %1</source>
        <translation>registrerat %1</translation>
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
    <name>SynthesisPage</name>
    <message>
        <source>Synthesis</source>
        <translation>Syntes</translation>
    </message>
    <message>
        <source>The organizer&apos;s own summary of the collaboration: what changed in the capacity to plan, follow up and develop education, and what is left to do.</source>
        <translation>Huvudmannens egen sammanfattning av samverkan: vad som förändrats i förmågan att planera, följa upp och utveckla utbildningen, och vad som återstår.</translation>
    </message>
    <message>
        <source>Edit the synthesis</source>
        <translation>Ändra syntesen</translation>
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
    <message>
        <source>&quot;%1&quot; is not a number in the column %2. Write a number such as 12,5 or a marker (&quot;.&quot;, &quot;..&quot;, &quot;~100&quot;).</source>
        <translation>&quot;%1&quot; är inte ett tal i kolumnen %2. Skriv ett tal som 12,5 eller en markering (&quot;.&quot;, &quot;..&quot;, &quot;~100&quot;).</translation>
    </message>
    <message>
        <source>Write the school year as 2024/25.</source>
        <translation>Skriv läsåret som 2024/25.</translation>
    </message>
    <message>
        <source>The county code must be 2 digits, for example 01.</source>
        <translation>Länskoden ska ha 2 siffror, till exempel 01.</translation>
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
    <name>WizardFrame</name>
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
        <source>Steps</source>
        <translation>Steg</translation>
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
