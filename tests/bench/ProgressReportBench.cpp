// The delredovisning figure of docs/PERFORMANCE.md: 30 interventions from the database to a
// finished PDF as a whole skoldialog-cli process. Run by skoldialog_bench, never by ctest.
#include "ProgressReportBench.h"

#include "core/storage/Database.h"
#include "tests/core/documents/FollowUpDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

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

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

/** CPU time (user + system) of every child this process has waited for, in ms. */
double childCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void row(double ms, const QString& note)
{
    std::printf("| Delredovisning with 30 interventions to PDF (`skoldialog-cli report`, a whole process) | %.1f ms | "
                "< 200 ms | %s | %s |\n",
                ms,
                ms < 0         ? "not measured"
                    : ms < 200 ? "met"
                               : "**missed**",
                qPrintable(note));
    std::fflush(stdout);
}

} // namespace

void progressReportBench(const ProgressReportBenchOptions& options)
{
    QTemporaryDir temporary;
    if (!options.keepDir.isEmpty())
        QDir().mkpath(options.keepDir);
    const QDir dir(options.keepDir.isEmpty() ? temporary.path() : options.keepDir);
    const QString db = dir.filePath(QStringLiteral("report-30.db"));
    QFile::remove(db);
    QProcess demo;
    demo.start(options.cli, { QStringLiteral("demo"), db });
    if (!demo.waitForFinished(60000) || demo.exitCode() != 0)
        return row(-1, QStringLiteral("skoldialog-cli demo failed"));
    {
        QString error;
        auto opened = Database::open(db, &error, Database::Options { false });
        if (!opened || !FollowUpDatabase::prepare(*opened, 30, &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return row(-1, QStringLiteral("the database could not be made: ") + error);
        }
    }
    const QString pdf = dir.filePath(QStringLiteral("delredovisning-1.pdf"));
    const QStringList arguments { QStringLiteral("report"),          db,
                                  QStringLiteral("--collaboration"), QStringLiteral("1"),
                                  QStringLiteral("--kind"),          QStringLiteral("progress"),
                                  QStringLiteral("--number"),        QStringLiteral("1"),
                                  QStringLiteral("--out"),           pdf };
    std::vector<double> wall, cpu;
    const QString loadBefore = loadAverage();
    for (int i = 0; i <= options.runs; ++i) {
        QProcess p;
        const double cpuBefore = childCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(options.cli, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::fprintf(stderr, "bench: %s\n", p.readAllStandardError().constData());
            return row(-1, QStringLiteral("skoldialog-cli report failed"));
        }
        if (i > 0) { // the first run warms the page cache: not counted
            wall.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(childCpuMs() - cpuBefore);
        }
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    info.waitForFinished(10000);
    QString pages = QStringLiteral("?");
    for (const QByteArray& line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            pages = QString::fromLatin1(line.mid(6).trimmed());
    }
    row(quantile(wall, 0.5),
        QStringLiteral("process start to PDF/A written (%1 pages, a chart per indicator): open the database, load "
                       "the report, its agreement and measurements, lay it out, write; %2 runs, quartiles %3–%4 ms, "
                       "range %5–%6 ms; CPU time (user + system) median %9 ms; load average %7 before, %8 after")
            .arg(pages)
            .arg(wall.size())
            .arg(quantile(wall, 0.25), 0, 'f', 1)
            .arg(quantile(wall, 0.75), 0, 'f', 1)
            .arg(quantile(wall, 0), 0, 'f', 1)
            .arg(quantile(wall, 1), 0, 'f', 1)
            .arg(loadBefore, loadAverage())
            .arg(quantile(cpu, 0.5), 0, 'f', 0));
}
