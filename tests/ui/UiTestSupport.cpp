#include "UiTestSupport.h"

#include "core/I18n.h"
#include "core/demo/DemoData.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPixmap>
#include <QPrintPreviewWidget>
#include <QScreen>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QWidget>

TestDatabase::TestDatabase(bool demo)
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("test.db"));
    QString error;
    db = Database::open(path, &error, Database::Options { false });
    INFO(error.toStdString());
    REQUIRE(db);
    if (demo)
        REQUIRE(DemoData::populate(*db, &error));
}

QVariant readFromFile(const QString& path, const QString& sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("reader-%1").arg(++counter);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void onNextModal(std::function<void(QWidget*)> action)
{
    // Poll until the dialog is up: exec() starts its own event loop, which runs this timer.
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

void typeText(QWidget* widget, const QString& text)
{
    // QTest::keyClicks maps characters to keys and stops at non-ASCII ones: send the text itself.
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

QString prepareScreenshots(const char* envVar, const QString& fallback)
{
    const QString dir = qEnvironmentVariable(envVar, fallback);
    QDir().mkpath(dir);
    I18n::install(*QCoreApplication::instance(), QLocale::Swedish);
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    return dir;
}

void waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    static_cast<void>(QTest::qWaitFor(condition, timeoutMs));
}

void waitForPreviewPages(QWidget* dialog)
{
    waitUntil([dialog] {
        const auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        return preview && preview->pageCount() > 0;
    });
}

void shootScreen(const QString& dir, const QString& name)
{
    // Settled: two grabs in a row are the same picture (layouts done, previews painted).
    QImage last;
    QPixmap shot;
    waitUntil(
        [&] {
            shot = QGuiApplication::primaryScreen()->grabWindow(0);
            const QImage now = shot.toImage();
            const bool same = now == last;
            last = now;
            return same;
        },
        3000);
    REQUIRE(shot.save(QDir(dir).filePath(name)));
}
