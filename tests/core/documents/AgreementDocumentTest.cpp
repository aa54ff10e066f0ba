// The överenskommelse as a document: what the PDF says (read back with poppler), its
// fonts and metadata, the escaping of user text, the same text when a signed agreement
// is printed again, and tables that repeat their header row on a new page.
#include "tests/core/TestSupport.h"

#include "core/demo/DemoData.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include "DocumentTestSupport.h"

#include <catch2/catch.hpp>

namespace {

struct Demo
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Database> db;
};

std::unique_ptr<Demo> demo()
{
    auto d = std::make_unique<Demo>();
    d->path = d->folder.path(QStringLiteral("demo.db"));
    d->db = openDatabase(d->path);
    QString error;
    INFO(error.toStdString());
    REQUIRE(DemoData::populate(*d->db, &error));
    return d;
}

Agreement newest(const Database& db, AgreementKind kind)
{
    QString error;
    const auto a = AgreementStore(db).newest(1, kind, &error);
    INFO(error.toStdString());
    REQUIRE(a);
    return *a;
}

/** The demo's ÖK 2 grown to `count` interventions over its two development areas. */
Agreement withInterventions(Agreement a, int count)
{
    const QList<AgreedIntervention> base = a.interventions;
    a.interventions.clear();
    for (int i = 0; i < count; ++i) {
        AgreedIntervention copy = base[i * base.size() / count];
        copy.id = 0;
        copy.title = QStringLiteral("Insats %1: %2").arg(i + 1).arg(copy.title);
        a.interventions.append(copy);
    }
    return a;
}

/** Writes `a` as a PDF in `folder` and returns the text pdftotext reads from it (null without poppler). */
QString pdfText(const TempFolder& folder, const Agreement& a, const QString& name)
{
    const QString pdf = folder.path(name);
    QString error;
    INFO(error.toStdString());
    REQUIRE(AgreementDocument::writePdf(a, pdf, &error));
    return poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
}

} // namespace

TEST_CASE("cli: agreement's PDFs of the demo's ÖK 1 and ÖK 2 hold both parties, the diary number, every "
          "intervention and the totals",
          "[documents][cli][agreement]")
{
    const auto d = demo();
    const QString db = d->folder.path(QStringLiteral("cli.db"));
    REQUIRE(std::get<0>(runSwedishCli({ QStringLiteral("demo"), db })) == 0);
    for (const char* kind : { "ok1", "ok2" }) {
        DYNAMIC_SECTION(kind)
        {
            const QString pdf = d->folder.path(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
            const auto [code, out, err] = runSwedishCli(
                { QStringLiteral("agreement"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                  QStringLiteral("--kind"), QLatin1String(kind), QStringLiteral("--out"), pdf });
            INFO(err.toStdString());
            REQUIRE(code == 0);
            const Agreement a = newest(*d->db, Agreement::Kinds.fromCode(QLatin1String(kind)));

            const QString text = flat(poppler(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
            if (!text.isNull()) {
                for (const char* expected : { "Statens skolverk", "Ekbacka kommun", "202100-4185", "212000-9994",
                                              "7.4.2-2025:1043", "Box 4002, 171 04 Solna", "BUN 2025/112" }) {
                    if (QLatin1String(kind) == QLatin1String("ok2")
                        && QLatin1String(expected) == QLatin1String("BUN 2025/112"))
                        continue;
                    INFO(expected);
                    CHECK(text.contains(QString::fromUtf8(expected)));
                }
                CHECK(text.contains(flat(a.title)));
                for (const auto& s : a.sections)
                    CHECK(text.contains(s.heading));
                for (const auto& s : a.signatories)
                    CHECK(text.contains(s.name));
                for (const auto& i : a.interventions)
                    CHECK(text.contains(flat(i.title)));
                if (!a.interventions.isEmpty()) {
                    const PlanTotals totals = a.totals();
                    CHECK(text.contains(flat(Money::format(totals.total))));
                    for (auto it = totals.perYear.cbegin(); it != totals.perYear.cend(); ++it)
                        CHECK(text.contains(flat(Money::format(it.value()))));
                    for (auto it = totals.perMode.cbegin(); it != totals.perMode.cend(); ++it)
                        CHECK(text.contains(flat(Money::format(it.value()))));
                }
                CHECK(text.contains(QRegularExpression(QStringLiteral("(Sida|Page) 1 (av|of) \\d"))));
            }

            const QString fonts = poppler(QStringLiteral("pdffonts"), { pdf });
            if (!fonts.isNull()) {
                const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                REQUIRE(lines.size() >= 3);
                const qsizetype emb = lines[0].indexOf(QStringLiteral("emb"));
                REQUIRE(emb > 0);
                for (const auto& line : lines.mid(2)) {
                    INFO(line.toStdString());
                    CHECK(line.mid(emb, 3) == QStringLiteral("yes"));
                }
            }

            const QString info = poppler(QStringLiteral("pdfinfo"), { pdf });
            if (!info.isNull()) {
                CHECK(info.contains(QStringLiteral("A4")));
                // The signatures start a page of their own and stay together on it.
                const QString pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1);
                const QString last = flat(
                    poppler(QStringLiteral("pdftotext"),
                            { QStringLiteral("-f"), pages, QStringLiteral("-l"), pages, pdf, QStringLiteral("-") }));
                CHECK(last.contains(a.sections.last().heading));
                for (const auto& s : a.signatories) {
                    CHECK(last.contains(s.name));
                    CHECK(last.contains(s.title));
                }
                const QString xmp = poppler(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
                CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
                CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
                CHECK(xmp.contains(
                    QStringLiteral("<rdf:li xml:lang='x-default'>%1</rdf:li>").arg(a.title.toHtmlEscaped())));
                CHECK(xmp.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Statens skolverk</rdf:li>")));
            }
        }
    }
}

TEST_CASE("agreement document: markup typed into a field prints as text", "[documents][agreement]")
{
    const auto d = demo();
    Agreement a = newest(*d->db, AgreementKind::Interventions);
    const QString attack = QStringLiteral("<img src=\"file:///etc/passwd\">");
    a.title = attack;
    a.programmeName = attack;
    a.organizer.name = attack;
    a.organizer.diaryNumber = attack;
    a.agency.address = attack;
    a.sections[1].heading = attack;
    a.sections[1].body = attack + QStringLiteral("\n- ") + attack;
    a.interventions[0].title = attack;
    a.interventions[0].areaTitle = attack;
    a.interventions[0].goals = attack;
    a.interventions[0].responsible = attack;
    a.signatories[0].name = attack;
    a.reportDates[0].label = attack;

    const QString html = AgreementDocument::html(a);
    CHECK_FALSE(html.contains(attack));
    CHECK(html.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    const auto doc = AgreementDocument::build(a);
    const QString text = doc->toPlainText();
    CHECK(text.count(attack) >= 12);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            CHECK_FALSE(it.fragment().charFormat().isImageFormat());
    }
    const QString pdf = pdfText(d->folder, a, QStringLiteral("attack.pdf"));
    if (!pdf.isNull())
        CHECK(flat(pdf).contains(attack));
}

TEST_CASE("agreement document: a signed agreement printed again gives the same text, whatever changed since",
          "[documents][agreement]")
{
    const auto d = demo();
    AgreementStore store(*d->db);
    Agreement ok2 = newest(*d->db, AgreementKind::Interventions);
    QString error;
    INFO(error.toStdString());
    REQUIRE(store.markSent(ok2, QDateTime(QDate(2026, 2, 20), QTime(9, 0)), &error));
    const QByteArray signedPdf = AgreementDocument::pdfBytes(ok2, &error);
    REQUIRE_FALSE(signedPdf.isEmpty());
    REQUIRE(store.markSigned(ok2, QDate(2026, 3, 2), QDate(2026, 2, 27), signedPdf, &error));
    const QString before = pdfText(d->folder, ok2, QStringLiteral("före.pdf"));
    const QString plainBefore = AgreementDocument::build(ok2)->toPlainText();

    // The plan, the organizer and the programme's details all change afterwards.
    auto plan = PlanStore(*d->db).load(1, &error);
    REQUIRE(plan);
    plan->interventions[0].title = QStringLiteral("Ett nytt namn");
    plan->interventions[0].budget[0].amountSek += 1;
    REQUIRE(PlanStore(*d->db).save(*plan, &error));
    auto ekbacka = OrganizerStore(*d->db).load(1, &error);
    REQUIRE(ekbacka);
    ekbacka->postalAddress.street = QStringLiteral("Storgatan 1");
    REQUIRE(OrganizerStore(*d->db).save(*ekbacka, &error));
    auto party = ProgrammeStore(*d->db).party(1, &error);
    REQUIRE(party);
    party->telephone = QStringLiteral("08-000 00 00");
    REQUIRE(ProgrammeStore(*d->db).saveParty(*party, &error));

    const auto again = store.load(ok2.id, &error);
    REQUIRE(again);
    CHECK(AgreementDocument::build(*again)->toPlainText() == plainBefore);
    const QString after = pdfText(d->folder, *again, QStringLiteral("efter.pdf"));
    CHECK(after == before);
    // The archived PDF is the one whose fingerprint matches.
    CHECK(AgreementStore::sha256(signedPdf) == again->pdfSha256);
}

TEST_CASE("agreement document: 30 interventions break across pages with the header row repeated",
          "[documents][agreement]")
{
    const auto d = demo();
    const Agreement a = withInterventions(newest(*d->db, AgreementKind::Interventions), 30);
    const auto doc = AgreementDocument::build(a);
    int tables = 0;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (table && table->format().headerRowCount() >= 1)
            ++tables;
    }
    CHECK(tables
          == 5); // two areas (their title and column headings repeat), the financing, the funding modes, the reports

    const QString text = pdfText(d->folder, a, QStringLiteral("trettio.pdf"));
    if (!text.isNull()) {
        const QString header = AgreementDocument::tr("Intervention and goals");
        CHECK(text.count(header) > 2); // more than once per area: repeated on the pages it spans
        const QString total = AgreementDocument::tr("Skolverket finances at most, in all");
        CHECK(flat(text).contains(flat(total + QLatin1Char(' ') + Money::format(a.totals().total))));
        // A row may break across pages, the footer between its lines: look for the start of each title.
        for (int i = 1; i <= 30; ++i)
            CHECK(text.contains(QStringLiteral("Insats %1:").arg(i)));
        CHECK_FALSE(text.contains(QChar(0xFB01))); // no "fi" ligature: the text reads back as typed
    }
}
