// The agreement figure of docs/PERFORMANCE.md: an ÖK 2 with 30 interventions, from the
// database to a finished PDF as a whole skoldialog-cli process, against LibreOffice
// converting the same document saved as ODT. Run by skoldialog_bench, never by ctest.
#include "AgreementBench.h"

#include "core/agreement/Agreement.h"
#include "core/analysis/Analysis.h"
#include "core/cases/Cases.h"
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
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

/** The p-quantile (0…1) by linear interpolation between the sorted samples; -1 when there are none. */
double quantile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const double at = p * double(samples.size() - 1);
    const auto below = static_cast<std::size_t>(at);
    const auto above = std::min(below + 1, samples.size() - 1);
    return samples[below] + (at - double(below)) * (samples[above] - samples[below]);
}

double median(const std::vector<double>& samples)
{
    return quantile(samples, 0.5);
}

/** CPU time (user + system) of every child this process has waited for, in ms. */
double childCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/** One run of a child process: wall and CPU time, or a failure message. */
struct Run
{
    double wallMs = -1;
    double cpuMs = -1;
    QString failure;
};

Run timed(const QString& program, const QStringList& arguments, int timeoutMs)
{
    Run run;
    QProcess p;
    const double cpuBefore = childCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        run.failure = QStringLiteral("%1 failed: %2")
                          .arg(QFileInfo(program).fileName(), QString::fromUtf8(p.readAllStandardError()).trimmed());
        return run;
    }
    run.wallMs = double(t.nsecsElapsed()) / 1e6;
    run.cpuMs = childCpuMs() - cpuBefore;
    return run;
}

/** The load average of the last minute, as /proc/loadavg says. */
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
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
        // A new record each: no id and no uuid of the one it copies (schema v6 refuses a repeated uuid).
        Intervention copy = base[i * base.size() / 30];
        copy.id = 0;
        copy.uuid.clear();
        for (auto& g : copy.goals) {
            g.id = 0;
            g.uuid.clear();
        }
        for (auto& ind : copy.indicators) {
            ind.id = 0;
            ind.uuid.clear();
        }
        copy.title = QStringLiteral("Insats %1: %2").arg(i + 1).arg(copy.title);
        plan->interventions.append(copy);
    }
    if (!plans.save(*plan, &error)) {
        fail(error);
        return std::nullopt;
    }
    // The ÖK 2 drafted as the agreements tab drafts it (the use case in core/cases).
    auto ok2 = Cases::draftAgreement(*db, collaboration->id, AgreementKind::Interventions, &error);
    if (!ok2 || !AgreementStore(*db).save(*ok2, &error)) {
        fail(error);
        return std::nullopt;
    }
    return ok2;
}

} // namespace

void agreementBench(const AgreementBenchOptions& options)
{
    auto rows = [](const std::vector<double>& cliMs, const std::vector<double>& ratios, double officeMs,
                   const QString& note) {
        const double cli = median(cliMs);
        const double ratio = median(ratios);
        std::printf("| ÖK 2 with 30 interventions to PDF (`skoldialog-cli agreement`, a whole process) | %.1f ms | "
                    "< 200 ms | %s | %s |\n",
                    cli,
                    cli < 0         ? "not measured"
                        : cli < 200 ? "met"
                                    : "**missed**",
                    qPrintable(note));
        const QString spread = ratios.empty()
            ? QString()
            : QStringLiteral("median of %1 interleaved pairs; quartiles %2–%3, range %4–%5; LibreOffice median %6 ms")
                  .arg(ratios.size())
                  .arg(quantile(ratios, 0.25), 0, 'f', 3)
                  .arg(quantile(ratios, 0.75), 0, 'f', 3)
                  .arg(quantile(ratios, 0), 0, 'f', 3)
                  .arg(quantile(ratios, 1), 0, 'f', 3)
                  .arg(officeMs, 0, 'f', 0);
        std::printf("| The same, as a share of `libreoffice --headless --convert-to pdf` of the document as ODT | "
                    "%.3f | ≤ 0.05 | %s | %s |\n",
                    ratio,
                    ratio < 0           ? "not measured"
                        : ratio <= 0.05 ? "met"
                                        : "**missed**",
                    qPrintable(spread));
        std::fflush(stdout);
    };
    const std::vector<double> none;
    QTemporaryDir temporary;
    if (!options.keepDir.isEmpty())
        QDir().mkpath(options.keepDir);
    const QDir dir(options.keepDir.isEmpty() ? temporary.path() : options.keepDir);
    const QString db = dir.filePath(QStringLiteral("ok2-30.db"));
    QFile::remove(db);
    const auto agreement = makeDatabase(options.cli, db);
    if (!agreement)
        return rows(none, none, -1, QStringLiteral("the database could not be made"));

    // The same document as ODT, from the same QTextDocument, for LibreOffice to convert.
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    const QString odt = dir.filePath(QStringLiteral("ok2.odt"));
    auto doc = AgreementDocument::build(*agreement);
    QTextDocumentWriter writer(odt, "ODF");
    if (!writer.write(doc.get()))
        return rows(none, none, -1, QStringLiteral("the ODT could not be written"));
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = dir.filePath(QStringLiteral("lo-out"));
    QDir().mkpath(outDir);
    const QString pdf = dir.filePath(QStringLiteral("ok2.pdf"));
    const QStringList cliArguments { QStringLiteral("agreement"),       db,
                                     QStringLiteral("--collaboration"), QStringLiteral("1"),
                                     QStringLiteral("--kind"),          QStringLiteral("ok2"),
                                     QStringLiteral("--out"),           pdf };
    const QStringList officeArguments { QStringLiteral("-env:UserInstallation=%1").arg(profile),
                                        QStringLiteral("--headless"),
                                        QStringLiteral("--convert-to"),
                                        QStringLiteral("pdf"),
                                        QStringLiteral("--outdir"),
                                        outDir,
                                        odt };

    // Pair 0 warms up (LibreOffice makes its user profile, both fill the page cache): not counted.
    std::vector<double> cliMs, cliCpu, officeMs, officeCpu, ratios, cpuRatios;
    QStringList table;
    const QString loadBefore = loadAverage();
    for (int i = 0; i <= options.pairs; ++i) {
        const Run a = timed(options.cli, cliArguments, 60000);
        if (!a.failure.isEmpty()) {
            fail(a.failure);
            return rows(none, none, -1, QStringLiteral("skoldialog-cli agreement failed"));
        }
        if (office.isEmpty()) { // no pairs: the CLI alone
            if (i > 0)
                cliMs.push_back(a.wallMs);
            continue;
        }
        const Run b = timed(office, officeArguments, 180000);
        if (!b.failure.isEmpty() || !QFileInfo::exists(QDir(outDir).filePath(QStringLiteral("ok2.pdf")))) {
            fail(b.failure);
            return rows(cliMs, none, -1, QStringLiteral("libreoffice failed"));
        }
        if (i == 0)
            continue;
        cliMs.push_back(a.wallMs);
        cliCpu.push_back(a.cpuMs);
        officeMs.push_back(b.wallMs);
        officeCpu.push_back(b.cpuMs);
        ratios.push_back(a.wallMs / b.wallMs);
        cpuRatios.push_back(b.cpuMs > 0 ? a.cpuMs / b.cpuMs : -1);
        table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                     .arg(i)
                     .arg(a.wallMs, 0, 'f', 1)
                     .arg(b.wallMs, 0, 'f', 0)
                     .arg(ratios.back(), 0, 'f', 3)
                     .arg(a.cpuMs, 0, 'f', 0)
                     .arg(b.cpuMs, 0, 'f', 0)
                     .arg(cpuRatios.back(), 0, 'f', 3);
    }
    const QString note
        = QStringLiteral("process start to PDF/A written: open the database, load the agreement, lay it out, write; "
                         "quartiles %1–%2 ms")
              .arg(quantile(cliMs, 0.25), 0, 'f', 1)
              .arg(quantile(cliMs, 0.75), 0, 'f', 1);
    if (office.isEmpty())
        return rows(cliMs, none, -1,
                    note + QStringLiteral("; libreoffice is not installed (apt install libreoffice-writer-nogui)"));
    rows(cliMs, ratios, median(officeMs), note);

    if (options.detailsPath.isEmpty())
        return;
    QFile details(options.detailsPath);
    if (!details.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(details.errorString());
        return;
    }
    auto summary = [](const char* what, const std::vector<double>& v, int decimals) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
            .arg(QString::fromUtf8(what))
            .arg(quantile(v, 0), 0, 'f', decimals)
            .arg(quantile(v, 0.25), 0, 'f', decimals)
            .arg(median(v), 0, 'f', decimals)
            .arg(quantile(v, 0.75), 0, 'f', decimals)
            .arg(quantile(v, 1), 0, 'f', decimals);
    };
    QStringList out;
    out << QStringLiteral("| | Min | Lower quartile | Median | Upper quartile | Max |")
        << QStringLiteral("|---|---|---|---|---|---|") << summary("Ratio (wall), pair by pair", ratios, 3)
        << summary("Ratio (CPU time), pair by pair", cpuRatios, 3) << summary("skoldialog-cli, ms", cliMs, 1)
        << summary("LibreOffice, ms", officeMs, 0) << summary("skoldialog-cli CPU, ms", cliCpu, 0)
        << summary("LibreOffice CPU, ms", officeCpu, 0) << QString()
        << QStringLiteral("Load average (1 min) %1 before the pairs, %2 after.").arg(loadBefore, loadAverage())
        << QString()
        << QStringLiteral(
               "| Pair | skoldialog-cli ms | LibreOffice ms | Ratio | CLI CPU ms | LibreOffice CPU ms | CPU ratio |")
        << QStringLiteral("|---|---|---|---|---|---|---|") << table;
    details.write(out.join(QLatin1Char('\n')).toUtf8() + '\n');
}
