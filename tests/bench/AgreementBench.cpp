// The agreement figure of docs/PERFORMANCE.md: an ÖK 2 with 30 interventions, from the
// database to a finished PDF as a whole skoldialog-cli process, against LibreOffice
// converting the same document saved as ODT. Run by skoldialog_bench, never by ctest.
#include "AgreementBench.h"

#include "core/agreement/Agreement.h"
#include "core/analysis/Analysis.h"
#include "core/documents/AgreementDocument.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/OrganizerStore.h"
#include "core/storage/PlanStore.h"
#include "core/storage/ProgrammeStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> samples)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

bool fail(const QString& what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    return false;
}

/** The demo database with its plan grown to 30 interventions (through PlanStore) and an ÖK 2 stored from it. */
std::optional<Agreement> makeDatabase(const QString& cli, const QString& path)
{
    QProcess demo;
    demo.start(cli, { QStringLiteral("demo"), path });
    if (!demo.waitForFinished(60000) || demo.exitCode() != 0) {
        fail(QStringLiteral("skoldialog-cli demo failed: %1").arg(QString::fromUtf8(demo.readAllStandardError())));
        return std::nullopt;
    }
    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    if (!db) {
        fail(error);
        return std::nullopt;
    }
    PlanStore plans(*db);
    auto plan = plans.load(1, &error);
    const auto collaboration = CollaborationStore(*db).load(1, &error);
    if (!plan || !collaboration) {
        fail(error);
        return std::nullopt;
    }
    const QList<Intervention> base = plan->interventions;
    plan->interventions.clear();
    for (int i = 0; i < 30; ++i) {
        Intervention copy = base[i * base.size() / 30];
        copy.id = 0;
        for (auto& g : copy.goals)
            g.id = 0;
        for (auto& ind : copy.indicators)
            ind.id = 0;
        copy.title = QStringLiteral("Insats %1: %2").arg(i + 1).arg(copy.title);
        plan->interventions.append(copy);
    }
    const auto analysis = AnalysisStore(*db).load(plan->analysisId, &error);
    const auto organizer = OrganizerStore(*db).load(collaboration->organizerId, &error);
    const auto programme = ProgrammeStore(*db).defaultProgramme(&error);
    AgreementStore agreements(*db);
    const auto party = ProgrammeStore(*db).party(collaboration->programmeId, &error);
    if (!plans.save(*plan, &error) || !analysis || !organizer || !programme || !party) {
        fail(error);
        return std::nullopt;
    }
    auto ok2 = Agreement::draftFrom(AgreementKind::Interventions, *collaboration, *organizer, *programme, *party,
                                    &*plan, &*analysis, &error);
    if (!ok2 || !agreements.save(*ok2, &error)) {
        fail(error);
        return std::nullopt;
    }
    return ok2;
}

} // namespace

void agreementBench(const QString& cli, int runs)
{
    auto row = [](double cliMs, double officeMs, const QString& note) {
        const double ratio = cliMs > 0 && officeMs > 0 ? cliMs / officeMs : -1;
        std::printf("| ÖK 2 with 30 interventions to PDF (`skoldialog-cli agreement`, a whole process) | %.1f ms | "
                    "< 200 ms | %s | %s |\n",
                    cliMs,
                    cliMs < 0         ? "not measured"
                        : cliMs < 200 ? "met"
                                      : "**missed**",
                    qPrintable(note));
        std::printf("| The same, as a share of `libreoffice --headless --convert-to pdf` of the document as ODT | "
                    "%.3f | ≤ 0.05 | %s | LibreOffice median %.0f ms; both measured in this run |\n",
                    ratio,
                    ratio < 0           ? "not measured"
                        : ratio <= 0.05 ? "met"
                                        : "**missed**",
                    officeMs);
        std::fflush(stdout);
    };
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ok2-30.db"));
    const auto agreement = makeDatabase(cli, db);
    if (!agreement)
        return row(-1, -1, QStringLiteral("the database could not be made"));

    std::vector<double> cliMs;
    for (int i = 0; i < runs; ++i) {
        const QString pdf = dir.filePath(QStringLiteral("ok2-%1.pdf").arg(i));
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(cli,
                { QStringLiteral("agreement"), db, QStringLiteral("--collaboration"), QStringLiteral("1"),
                  QStringLiteral("--kind"), QStringLiteral("ok2"), QStringLiteral("--out"), pdf });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            fail(QString::fromUtf8(p.readAllStandardError()));
            return row(-1, -1, QStringLiteral("skoldialog-cli agreement failed"));
        }
        cliMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // The same document as ODT, from the same QTextDocument, converted by LibreOffice.
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    const QString odt = dir.filePath(QStringLiteral("ok2.odt"));
    auto doc = AgreementDocument::build(*agreement);
    QTextDocumentWriter writer(odt, "ODF");
    if (!writer.write(doc.get()))
        return row(median(cliMs), -1, QStringLiteral("the ODT could not be written"));
    if (office.isEmpty())
        return row(median(cliMs), -1,
                   QStringLiteral("libreoffice is not installed (apt install libreoffice-writer-nogui)"));
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("lo-out"));
    QDir().mkpath(outDir);
    std::vector<double> officeMs;
    for (int i = 0; i <= runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(office,
                { QStringLiteral("-env:UserInstallation=%1").arg(profile), QStringLiteral("--headless"),
                  QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir, odt });
        if (!p.waitForFinished(180000) || p.exitCode() != 0
            || !QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("ok2.pdf"))))
            return row(
                median(cliMs), -1,
                QStringLiteral("libreoffice failed: %1").arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
        if (i > 0) // the first run makes LibreOffice's user profile: not counted
            officeMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    row(median(cliMs), median(officeMs),
        QStringLiteral("process start to PDF/A written: open the database, load the agreement, lay it out, write; "
                       "worst %1 ms")
            .arg(*std::max_element(cliMs.begin(), cliMs.end()), 0, 'f', 1));
}
