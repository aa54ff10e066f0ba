// skoldialog_bench: measures the figures of docs/PERFORMANCE.md on a generated national database.
//
//   skoldialog_bench DB [--runs N] [--app PATH] [--cli PATH]
//   skoldialog_bench --only-agreement [--runs N] [--cli PATH] [--details FILE] [--keep DIR]
//   skoldialog_bench --only-report [--runs N] [--cli PATH] [--keep DIR]
//
// DB is changed (autosaves): give it a copy. Prints one Markdown table row per figure,
// each the median of N runs (default 7) against its target. scripts/bench runs it.
// The ÖK 2 against LibreOffice runs N interleaved pairs (default 15 with --only-agreement);
// --details writes their table, --keep keeps its database, ODT and PDFs for profiling.
// The delredovisning of 30 interventions runs N times after a warm-up (default 7).
#include "AgreementBench.h"
#include "ProgressReportBench.h"
#include "core/storage/CollaborationStore.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingStore.h"
#include "ui/navigation/NavigatorPanel.h"
#include "ui/workspace/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const auto index = std::min(samples.size() - 1, static_cast<std::size_t>(p * double(samples.size() - 1) + 0.5));
    return samples[index];
}

double median(const std::vector<double>& samples)
{
    return percentile(samples, 0.5);
}

void row(const char* figure, double value, const char* unit, double target, const QString& note = QString())
{
    const bool met = value >= 0 && value <= target;
    std::printf("| %s | %.1f %s | ≤ %.0f %s | %s | %s |\n", figure, value, unit, target, unit,
                value < 0 ? "not measured"
                    : met ? "met"
                          : "**missed**",
                qPrintable(note));
    std::fflush(stdout);
}

/** Peak resident memory of this process so far, in MB (VmHWM). */
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

qint64 nanos(const QElapsedTimer& t)
{
    return t.nsecsElapsed();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/** Cold start as a user sees it: a new process until the window is shown, with the database. */
void coldStart(const QString& app, const QString& db, int runs)
{
    QTemporaryDir config; // no remembered collaboration from the user's settings
    std::vector<double> wall;
    std::vector<double> inMain;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SKOLDIALOG_EXIT_AFTER_SHOW"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(app, { QStringLiteral("--database"), db });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench: %s failed: %s\n", qPrintable(app), p.readAllStandardError().constData());
            return row("Cold start to the main window shown", -1, "ms", 400);
        }
        wall.push_back(ms(nanos(t)));
        const QByteArray out = p.readAllStandardOutput();
        const int at = out.indexOf("shown-ms ");
        if (at >= 0)
            inMain.push_back(out.mid(at + 9).trimmed().split('\n').first().toDouble());
    }
    row("Cold start to the main window shown (new process, offscreen)", median(wall), "ms", 400,
        QStringLiteral("process start to exit right after the first show; %1 ms of it from main() to shown")
            .arg(median(inMain), 0, 'f', 0));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SkoldialogBench")); // settings apart from the user's
    QApplication::setApplicationName(QStringLiteral("SkoldialogBench"));

    QStringList args = app.arguments().mid(1);
    int runs = 7;
    QString appPath = QStringLiteral(SKOLDIALOG_APP);
    QString cliPath = QStringLiteral(SKOLDIALOG_CLI);
    bool onlyAgreement = false;
    bool onlyReport = false;
    bool runsGiven = false;
    QString dbPath;
    AgreementBenchOptions agreement;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--runs") && !args.isEmpty()) {
            runs = std::max(1, args.takeFirst().toInt());
            runsGiven = true;
        } else if (a == QLatin1String("--app") && !args.isEmpty())
            appPath = args.takeFirst();
        else if (a == QLatin1String("--cli") && !args.isEmpty())
            cliPath = args.takeFirst();
        else if (a == QLatin1String("--only-agreement"))
            onlyAgreement = true;
        else if (a == QLatin1String("--only-report"))
            onlyReport = true;
        else if (a == QLatin1String("--details") && !args.isEmpty())
            agreement.detailsPath = args.takeFirst();
        else if (a == QLatin1String("--keep") && !args.isEmpty())
            agreement.keepDir = args.takeFirst();
        else
            dbPath = a;
    }
    if (dbPath.isEmpty() && !onlyAgreement && !onlyReport) {
        std::fprintf(stderr,
                     "usage: skoldialog_bench DB [--runs N] [--app PATH] [--cli PATH]\n"
                     "       skoldialog_bench --only-agreement [--runs N] [--cli PATH] [--details FILE] [--keep DIR]\n"
                     "       skoldialog_bench --only-report [--runs N] [--cli PATH] [--keep DIR]\n");
        return 2;
    }

    agreement.cli = cliPath;
    if (runsGiven || !onlyAgreement)
        agreement.pairs = runs;
    const ProgressReportBenchOptions report { cliPath, runs, agreement.keepDir };
    std::printf("| Figure | Median | Target | | What it covers |\n|---|---|---|---|---|\n");
    if (onlyReport) {
        progressReportBench(report);
        return 0;
    }
    if (onlyAgreement) {
        agreementBench(agreement);
        return 0;
    }
    coldStart(appPath, dbPath, runs);

    QString error;
    auto db = Database::open(dbPath, &error, Database::Options { false });
    if (!db) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(std::move(db));
    window.show();
    QApplication::processEvents();
    row("Peak memory with the national database open", peakMemoryMb(), "MB", 150,
        QStringLiteral("VmHWM after the main window is shown (in the benchmark process)"));

    // Filtering the unit list: the text is set as typing does, the proxy filters synchronously.
    NavigatorPanel* navigator = window.navigator();
    navigator->setCurrentList(NavigatorPanel::Units);
    const QStringList texts { QStringLiteral("s"),         QStringLiteral("sk"),
                              QStringLiteral("skolan"),    QStringLiteral("ekbacka"),
                              QStringLiteral("björk 7"),   QStringLiteral("förskolan sol"),
                              QStringLiteral("gymnasium"), QString() };
    std::vector<double> filter;
    int shown = 0;
    for (int i = 0; i < runs; ++i) {
        for (const QString& text : texts) {
            QElapsedTimer t;
            t.start();
            navigator->searchEdit()->setText(text);
            QApplication::processEvents();
            filter.push_back(ms(nanos(t)));
            shown += navigator->visibleCount(NavigatorPanel::Units);
        }
    }
    row("Filtering the 21,000-unit list by typed text", median(filter), "ms", 16,
        QStringLiteral("setText to filtered and repainted, %1 texts; worst %2 ms")
            .arg(texts.size())
            .arg(percentile(filter, 1.0), 0, 'f', 1));
    navigator->searchEdit()->clear();

    // Opening a collaboration's workspace.
    const auto collaborations = CollaborationStore(window.database()).list(&error);
    std::vector<double> open;
    for (int i = 0; i < runs * 3 && !collaborations.isEmpty(); ++i) {
        const qint64 id = collaborations[(i * 37) % collaborations.size()].id;
        QElapsedTimer t;
        t.start();
        window.openCollaboration(id);
        QApplication::processEvents();
        open.push_back(ms(nanos(t)));
    }
    row("Opening a collaboration's workspace", median(open), "ms", 100,
        QStringLiteral("MainWindow::openCollaboration and the first paint, %1 collaborations; worst %2 ms")
            .arg(open.size())
            .arg(percentile(open, 1.0), 0, 'f', 1));

    // Autosave of one edit: MeetingStore::save of a changed note, synchronous=FULL.
    MeetingStore meetings(window.database());
    auto meeting = meetings.load(1, &error);
    std::vector<double> saves;
    const int saveCount = std::max(200, runs * 30);
    for (int i = 0; meeting && i < saveCount; ++i) {
        meeting->notes = QStringLiteral("Anteckning %1").arg(i);
        QElapsedTimer t;
        t.start();
        if (!meetings.save(*meeting, &error)) {
            std::fprintf(stderr, "bench: save failed: %s\n", qPrintable(error));
            break;
        }
        saves.push_back(ms(nanos(t)));
    }
    row("Autosave of one edit, p50", median(saves), "ms", 20,
        QStringLiteral("MeetingStore::save, WAL, synchronous=FULL, %1 saves").arg(saves.size()));
    row("Autosave of one edit, p99", percentile(saves, 0.99), "ms", 20, QStringLiteral("the target"));
    progressReportBench(report);
    agreementBench(agreement);
    return shown >= 0 ? 0 : 1;
}
