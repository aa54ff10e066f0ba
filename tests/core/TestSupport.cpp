#include "TestSupport.h"

#include "core/storage/Database.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

TempFolder::TempFolder()
{
    REQUIRE(m_dir.isValid());
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Database> openDatabase(const QString& path)
{
    QString error;
    auto db = Database::open(path, &error, Database::Options { false });
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

PlainConnection::PlainConnection(const QString& path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("test-plain-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    INFO(path.toStdString());
    REQUIRE(db.open());
}

PlainConnection::~PlainConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PlainConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void PlainConnection::exec(const QString& sql) const
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql) && q.next();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q.value(0);
}

int rowCount(const QSqlDatabase& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QStringList tableNames(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name")));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString organisationNumberFor(int serial)
{
    // Nine digits "552" + serial, then the Luhn digit: weights 2,1,2,1,... from the left.
    const QString digits = QStringLiteral("552%1").arg(serial % 1000000, 6, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits[i].digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    const QString all = digits + QString::number((10 - sum % 10) % 10);
    const QString number = all.left(6) + QLatin1Char('-') + all.mid(6);
    REQUIRE(Validation::organisationNumber(number).ok);
    return number;
}

Organizer sampleOrganizer(const QString& name, const QString& organisationNumber)
{
    Organizer o;
    o.name = name;
    o.organisationNumber = organisationNumber;
    o.type = OrganizerType::Independent;
    o.municipalityCode = QStringLiteral("0180");
    o.postalAddress = { QStringLiteral("Box 4002"), QStringLiteral("171 04"), QStringLiteral("Solna") };
    o.contacts = {
        { 0, QStringLiteral("Anna Berg"), QStringLiteral("Skolchef"), name, QStringLiteral("anna.berg@example.se"),
          QStringLiteral("08-123 45") },
        { 0, QString::fromUtf8("Örjan Åström"), QStringLiteral("Kvalitetsstrateg"), name, QString(), QString() },
    };
    return o;
}

SchoolUnit sampleUnit(qint64 organizerId, const QString& code, const QString& name)
{
    SchoolUnit u;
    u.code = code;
    u.name = name;
    u.organizerId = organizerId;
    u.forms = { SchoolForm::PreschoolClass, SchoolForm::Compulsory }; // sorted, as a load returns them
    u.status = UnitStatus::Dormant;
    u.municipalityCode = QStringLiteral("0180");
    u.visitingAddress = { QStringLiteral("Skolgatan 1"), QStringLiteral("123 45"), QStringLiteral("Stockholm") };
    u.principal = QStringLiteral("Rektor Rut");
    u.pupilCount = 321;
    return u;
}

Collaboration sampleCollaboration(qint64 organizerId, qint64 programmeId)
{
    Collaboration c;
    c.organizerId = organizerId;
    c.programmeId = programmeId;
    c.diaryNumber = QStringLiteral("7.4.2-2019:827");
    c.startDate = QDate(2025, 9, 1);
    c.plannedEndDate = Collaboration::plannedEndFor(c.startDate, 36);
    c.changePhase(1, QDate(2025, 5, 20), QStringLiteral("Vald i urvalet"));
    c.dialogueTeam = { { 0, QStringLiteral("Karin Sandberg"), QStringLiteral("Processledare"),
                         QStringLiteral("Skolverket"), QStringLiteral("karin@skolverket.se"), QString() } };
    c.organizerContacts = { { 0, QStringLiteral("Per Nilsson"), QStringLiteral("Skolchef"), QStringLiteral("Kommunen"),
                              QString(), QStringLiteral("0970-123 40") } };
    return c;
}

Meeting sampleMeeting(qint64 collaborationId)
{
    Meeting m;
    m.collaborationId = collaborationId;
    m.start = QDateTime(QDate(2025, 11, 12), QTime(9, 30));
    m.durationMinutes = 150;
    m.place = QStringLiteral("Strandängsskolan");
    m.kind = MeetingKind::FollowUp;
    m.agenda = QStringLiteral("1. Resultat\n2. Orsaker");
    m.notes = QString::fromUtf8("Anteckningar med åäö och \"citat\".");
    m.participants
        = { { QStringLiteral("Karin Sandberg"), QStringLiteral("Processledare"), QStringLiteral("Skolverket") },
            { QStringLiteral("Per Nilsson"), QStringLiteral("Skolchef"), QString() } };
    m.decisions
        = { { QStringLiteral("Skolteamen utses senast 1 oktober.") }, { QStringLiteral("Nästa möte i december.") } };
    m.actionItems
        = { { QStringLiteral("Sammanställ resultaten"), QStringLiteral("Eva Strand"), QDate(2025, 12, 1), true },
            { QStringLiteral("Boka lokal"), QString(), QDate(), false } };
    return m;
}

QList<Contact> withoutIds(QList<Contact> contacts)
{
    for (auto& c : contacts)
        c.id = 0;
    return contacts;
}

qint64 rootPage(const QString& path, const QString& table)
{
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root-page"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(table)));
        REQUIRE(q.next());
        page = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root-page"));
    REQUIRE(page > 1);
    return page;
}
