#include "StatisticsCsvReader.h"

#include "CsvTokenizer.h"
#include "ReaderSupport.h"

#include "core/domain/Validation.h"

#include <QHash>

#include <algorithm>

namespace Import {

namespace {

enum class Role {
    Ignore,
    SchoolName,
    SchoolUnitCode,
    MunicipalityName,
    MunicipalityCode,
    CountyName,
    CountyCode,
    OrganizerCategory,
    OrganizerName,
    OrganisationNumber,
    RowGender,
    Subject,
    Measure,
};

/** "Skol-enhetskod" → "skolenhetskod", "Läns-kod" → "länskod". */
QString normalisedHeader(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char('-') && !c.isSpace())
            s.append(c.toLower());
    }
    return s;
}

Role keyRole(const QString& n)
{
    static const QHash<QString, Role> roles = {
        { QStringLiteral("skola"), Role::SchoolName },
        { QStringLiteral("skolenhetskod"), Role::SchoolUnitCode },
        { QStringLiteral("skolkommun"), Role::MunicipalityName },
        { QStringLiteral("kommun"), Role::MunicipalityName },
        { QStringLiteral("kommunkod"), Role::MunicipalityCode },
        { QStringLiteral("län"), Role::CountyName },
        { QStringLiteral("länskod"), Role::CountyCode },
        { QStringLiteral("typavhuvudman"), Role::OrganizerCategory },
        { QStringLiteral("huvudman"), Role::OrganizerName },
        { QStringLiteral("huvudmanorgnr"), Role::OrganisationNumber },
        { QStringLiteral("kön"), Role::RowGender },
        { QStringLiteral("ämne"), Role::Subject },
    };
    return roles.value(n, Role::Measure);
}

std::optional<Gender> genderWord(QStringView t)
{
    if (t == u"Totalt" || t == u"Samtliga")
        return Gender::All;
    if (t == u"Flickor")
        return Gender::Girls;
    if (t == u"Pojkar")
        return Gender::Boys;
    return std::nullopt;
}

/** Copies `text` into `target`, reusing its buffer when it is not shared: no allocation per row. */
void setText(QString& target, QStringView text)
{
    if (target.isDetached() && target.capacity() >= text.size()) {
        target.resize(text.size());
        std::copy(text.begin(), text.end(), target.data());
    } else {
        target = text.toString();
    }
}

QStringList copyFields(const QList<QStringView>& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QStringView f : fields)
        out.append(f.trimmed().toString());
    return out;
}

bool isPeriodLine(const QString& first)
{
    return first.startsWith(QStringLiteral("Valt läsår")) || first.startsWith(QStringLiteral("Valt år"))
        || first.startsWith(QStringLiteral("Vald termin"));
}

} // namespace

struct StatisticsCsvReader::State
{
    explicit State(QIODevice* device)
        : tokens(device)
    {
    }
    CsvTokenizer tokens;
    Recognition recognition;
    ReportHeader header;
    FileError error;
    QList<Role> roles;
    int width = 0;
    bool ended = false;
    QList<Refusal> scratch;
};

StatisticsCsvReader::StatisticsCsvReader(QIODevice* device)
    : d(std::make_unique<State>(device))
{
}

StatisticsCsvReader::~StatisticsCsvReader() = default;

bool StatisticsCsvReader::readHeader()
{
    CsvTokenizer& t = d->tokens;
    const auto fail = [this](int line, const QString& message) {
        d->error.position = { line, 0, -1 };
        d->error.message = message;
        return false;
    };
    const auto broken = [this, &t] {
        d->error.position = t.errorPosition();
        d->error.message = tr("Line %1, column %2: a quote opens here and is never closed, so the rest of the file "
                              "cannot be read. Open the file in Excel and save it again as CSV, or download it again.")
                               .arg(t.errorPosition().line)
                               .arg(t.errorPosition().column);
        return false;
    };
    CsvTokenizer::Result r = t.next();
    d->recognition.encoding = t.encoding();
    d->recognition.crlf = t.crlf();
    if (r == CsvTokenizer::Result::Error)
        return broken();
    if (r != CsvTokenizer::Result::Record || !t.fields().first().trimmed().startsWith(u"Statistik fr")
        || !t.fields().first().contains(u"Skolverket"))
        return fail(1,
                    tr("This is not a report from Sök statistik: its first line should read \"Statistik från "
                       "Skolverket\". Download the report from Sök statistik as CSV."));
    QList<QStringList> pending; // non-blank lines since the last blank one, and their line numbers
    QList<int> pendingLines;
    QStringList groupRow;
    for (int count = 0; count < 400; ++count) {
        r = t.next();
        if (r == CsvTokenizer::Result::Error)
            return broken();
        if (r == CsvTokenizer::Result::End)
            break;
        if (t.blank()) {
            for (const QStringList& p : pending)
                d->header.notes.append(p.join(QLatin1Char(' ')).trimmed());
            pending.clear();
            continue;
        }
        const QStringList fields = copyFields(t.fields());
        bool isColumnRow = false;
        for (qsizetype i = 0; i < std::min<qsizetype>(fields.size(), 8); ++i) {
            const Role role = keyRole(normalisedHeader(fields[i]));
            if (role == Role::MunicipalityCode || role == Role::SchoolUnitCode)
                isColumnRow = true;
        }
        if (!isColumnRow) {
            if (d->header.title.isEmpty())
                d->header.title = fields.first();
            else if (d->header.periodLabel.isEmpty() && isPeriodLine(fields.first()))
                d->header.periodLabel = fields.first();
            else {
                pending.append(fields);
                pendingLines.append(t.line());
            }
            continue;
        }
        // The line just above the column row, when its key columns are empty, is the group row.
        if (!pending.isEmpty() && pending.last().first().isEmpty()) {
            groupRow = pending.takeLast();
        }
        for (const QStringList& p : pending)
            d->header.notes.append(p.join(QLatin1Char(' ')).trimmed());
        d->header.columns = fields;
        break;
    }
    if (d->header.columns.isEmpty())
        return fail(t.line(),
                    tr("The report has no column row with Kommun-kod or Skol-enhetskod, so Skoldialog "
                       "cannot tell what its rows are. Download it from Sök statistik as CSV."));
    d->header.notes.removeAll(QString());
    const qsizetype colon = d->header.periodLabel.indexOf(QLatin1Char(':'));
    const QString period = colon < 0 ? QString() : d->header.periodLabel.mid(colon + 1).trimmed();
    if (const auto c = Validation::schoolYear(period); c.ok)
        d->header.schoolYear = c.normalized;

    // Roles of the columns; the report "… över tid" has a column per läsår.
    const QStringList& columns = d->header.columns;
    d->width = int(columns.size());
    while (d->width > 0 && columns[d->width - 1].isEmpty())
        --d->width;
    d->roles.fill(Role::Ignore, d->width);
    bool hasPeriodColumns = false;
    for (int i = 0; i < d->width; ++i) {
        d->roles[i] = columns[i].isEmpty() ? Role::Ignore : keyRole(normalisedHeader(columns[i]));
        if (d->roles[i] == Role::Measure && Validation::schoolYear(columns[i]).ok)
            hasPeriodColumns = true;
    }
    QString rowLabelMeasure;
    for (int i = 0; i < d->width; ++i) {
        if (d->roles[i] != Role::Measure)
            continue;
        const auto year = Validation::schoolYear(columns[i]);
        if (hasPeriodColumns && !year.ok) {
            d->roles[i] = Role::Subject; // its values name what the period columns measure
            if (rowLabelMeasure.isEmpty())
                rowLabelMeasure = columns[i];
            continue;
        }
        MeasureColumn m;
        m.column = i;
        m.label = columns[i];
        if (i < groupRow.size()) {
            m.group = groupRow[i];
            if (m.group.startsWith(QLatin1Char('#')))
                m.group = m.group.mid(1).trimmed();
        }
        if (year.ok) {
            m.period = year.normalized;
            m.measure = rowLabelMeasure;
        } else {
            m.period = d->header.schoolYear.isEmpty() ? period : d->header.schoolYear;
            if (const auto g = genderWord(m.label); g && !m.group.isEmpty()) {
                m.gender = g;
                m.measure = m.group;
            } else if (const auto g2 = genderWord(m.group)) {
                m.gender = g2;
                m.measure = m.label;
            } else {
                m.measure = m.group.isEmpty() ? m.label : m.group + QStringLiteral(": ") + m.label;
            }
        }
        d->header.measures.append(m);
    }
    d->header.layout = d->roles.contains(Role::SchoolUnitCode) ? ReportLayout::SchoolUnit : ReportLayout::Municipality;
    d->recognition.kind = FileKind::StatisticsReport;
    d->recognition.layout = d->header.layout;
    d->recognition.title = d->header.title;
    d->recognition.schoolYear = d->header.schoolYear;
    d->recognition.periodLabel = d->header.periodLabel;
    return true;
}

const Recognition& StatisticsCsvReader::recognition() const
{
    return d->recognition;
}

const ReportHeader& StatisticsCsvReader::header() const
{
    return d->header;
}

StatisticsCsvReader::Step StatisticsCsvReader::next(StatisticsRow* row, Refusal* refusal)
{
    if (d->ended)
        return Step::End;
    CsvTokenizer& t = d->tokens;
    const CsvTokenizer::Result r = t.next();
    if (r == CsvTokenizer::Result::End) {
        d->ended = true;
        return Step::End;
    }
    if (r == CsvTokenizer::Result::Error) {
        d->ended = true;
        d->error.position = t.errorPosition();
        d->error.message = tr("Line %1, column %2: a quote opens here and is never closed, so the rest of the file "
                              "cannot be read. Open the file in Excel and save it again as CSV, or download it again.")
                               .arg(t.errorPosition().line)
                               .arg(t.errorPosition().column);
        return Step::Error;
    }
    const QList<QStringView>& fields = t.fields();
    // The data end at the first blank line; the footer of definitions follows.
    if (t.blank() || fields.first().startsWith(u"Rapportbeskrivning")) {
        d->ended = true;
        return Step::End;
    }
    const int line = t.line();
    row->line = line;
    qsizetype n = fields.size();
    while (n > d->width && fields[n - 1].trimmed().isEmpty())
        --n;
    d->scratch.clear();
    ReaderSupport::RecordCheck check { line, 0, &d->scratch };
    if (n != d->width) {
        check.refuse(QString(), QString(),
                     tr("the row has %1 fields where the column row has %2. Correct the row (a ';' too many or too "
                        "few) or download the report again.")
                         .arg(n)
                         .arg(d->width));
        *refusal = d->scratch.first();
        return Step::Refused;
    }
    const QStringList& columns = d->header.columns;
    if (d->header.layout == ReportLayout::Municipality) {
        // Kommunalförbund (gymnasieförbund) have rows of their own, without a kommunkod or a län.
        for (int i = 0; i < d->width; ++i) {
            if ((d->roles[i] == Role::MunicipalityCode || d->roles[i] == Role::CountyCode)
                && fields[i].trimmed().isEmpty()) {
                check.refuse(columns[i], QString(),
                             tr("\"%1\" has no %2: it is a kommunalförbund or another body that is not a kommun, so "
                                "its row is left out.")
                                 .arg(fields.first().trimmed().toString(), columns[i]));
                *refusal = d->scratch.first();
                return Step::Refused;
            }
        }
    }
    row->values.resize(d->header.measures.size());
    row->gender.reset();
    qsizetype measure = 0;
    for (int i = 0; i < d->width && !check.refused(); ++i) {
        const QStringView v = fields[i].trimmed();
        switch (d->roles[i]) {
        case Role::Ignore:
            break;
        case Role::SchoolName:
            if (v.isEmpty())
                check.requiredName(columns[i], QString(), &row->schoolName);
            setText(row->schoolName, v);
            break;
        case Role::SchoolUnitCode:
            if (Validation::isSchoolUnitCode(v))
                setText(row->schoolUnitCode, v);
            else
                check.schoolUnitCode(columns[i], v.toString(), &row->schoolUnitCode);
            break;
        case Role::MunicipalityName:
            setText(row->municipalityName, v);
            break;
        case Role::MunicipalityCode:
            if (Validation::isMunicipalityCode(v))
                setText(row->municipalityCode, v);
            else
                check.municipalityCode(columns[i], v.toString(), &row->municipalityCode);
            break;
        case Role::CountyName:
            setText(row->countyName, v);
            break;
        case Role::CountyCode:
            if (v.size() == 2 && v[0] >= u'0' && v[0] <= u'9' && v[1] >= u'0' && v[1] <= u'9') {
                setText(row->countyCode, v);
            } else if (const auto c = Validation::countyCode(v.toString()); c.ok) {
                row->countyCode = c.normalized;
            } else {
                check.refuse(columns[i], v.toString(), tr("%1 \"%2\": %3").arg(columns[i], v.toString(), c.error));
            }
            break;
        case Role::OrganizerCategory:
            setText(row->organizerCategory, v);
            break;
        case Role::OrganizerName:
            if (v.isEmpty())
                check.requiredName(columns[i], QString(), &row->organizerName);
            setText(row->organizerName, v);
            break;
        case Role::OrganisationNumber:
            if (Validation::isOrganisationNumberDigits(v)) {
                QString& o = row->organisationNumber;
                if (!o.isDetached() || o.size() != 11)
                    o = QString(11, QLatin1Char('-'));
                std::copy(v.begin(), v.begin() + 6, o.data());
                std::copy(v.begin() + 6, v.end(), o.data() + 7);
            } else {
                check.organisationNumber(columns[i], v.toString(), &row->organisationNumber);
            }
            break;
        case Role::RowGender:
            row->gender = genderWord(v);
            if (!row->gender)
                check.refuse(columns[i], v.toString(),
                             tr("\"%1\" in the column %2 is not Samtliga, Flickor or Pojkar. Correct the row or "
                                "download the report again.")
                                 .arg(v.toString(), columns[i]));
            break;
        case Role::Subject:
            setText(row->subject, v);
            break;
        case Role::Measure:
            if (!row->values[measure].assign(fields[i]))
                check.refuse(columns[i], v.toString(), Validation::decimal(v.toString(), columns[i]).error);
            ++measure;
            break;
        }
    }
    if (check.refused()) {
        *refusal = d->scratch.first();
        return Step::Refused;
    }
    return Step::Row;
}

const FileError& StatisticsCsvReader::error() const
{
    return d->error;
}

qint64 StatisticsCsvReader::bytesRead() const
{
    return d->tokens.bytesRead();
}

bool StatisticsCsvReader::recognises(const QByteArray& head)
{
    QByteArrayView h(head);
    if (h.startsWith("\xEF\xBB\xBF"))
        h = h.sliced(3);
    if (!h.startsWith("Statistik fr"))
        return false;
    const qsizetype lf = h.indexOf('\n');
    return h.first(lf < 0 ? h.size() : lf).indexOf("Skolverket") >= 0;
}

UnitRecord StatisticsCsvReader::unitOf(const StatisticsRow& row, const ReportHeader& header)
{
    UnitRecord u;
    u.line = row.line;
    u.code = row.schoolUnitCode;
    u.name = row.schoolName;
    u.municipalityCode = row.municipalityCode;
    u.municipalityName = row.municipalityName;
    u.organisationNumber = row.organisationNumber;
    // "Grundskola - Slutbetyg årskurs 9, …": the report's skolform is the unit's
    const qsizetype dash = header.title.indexOf(QLatin1String(" - "));
    if (dash > 0) {
        if (const auto f = SchoolForms::parse(header.title.left(dash))) {
            u.forms.append(*f);
            u.formsAsWritten.append(header.title.left(dash));
        }
    }
    return u;
}

OrganizerRecord StatisticsCsvReader::organizerOf(const StatisticsRow& row)
{
    OrganizerRecord o;
    o.line = row.line;
    o.organisationNumber = row.organisationNumber;
    o.name = row.organizerName;
    o.typeAsWritten = row.organizerCategory;
    o.type = ReaderSupport::organizerType(row.organizerCategory);
    return o;
}

void StatisticsCsvReader::readAll(QIODevice* device, ImportFile* file)
{
    StatisticsCsvReader reader(device);
    const bool ok = reader.readHeader();
    file->recognition = reader.recognition();
    if (!ok) {
        file->recognition.kind = FileKind::Unknown;
        file->error = reader.error();
        return;
    }
    file->report = reader.header();
    const bool schoolLevel = file->report.layout == ReportLayout::SchoolUnit;
    QHash<QString, int> unitLines;
    QHash<QString, int> organizerIndex;
    StatisticsRow row;
    Refusal refusal;
    for (;;) {
        switch (reader.next(&row, &refusal)) {
        case Step::Row:
            if (schoolLevel) {
                if (const auto seen = unitLines.constFind(row.schoolUnitCode); seen != unitLines.constEnd()) {
                    file->refusals.append({ row.line, 0, file->report.columns.value(1), row.schoolUnitCode,
                                            tr("the school unit %1 is on line %2 already; this row is left out. "
                                               "Remove one of the two rows.")
                                                .arg(row.schoolUnitCode)
                                                .arg(*seen) });
                    continue;
                }
                unitLines.insert(row.schoolUnitCode, row.line);
                file->units.append(unitOf(row, file->report));
                if (!row.organisationNumber.isEmpty() && !organizerIndex.contains(row.organisationNumber)) {
                    organizerIndex.insert(row.organisationNumber, int(file->organizers.size()));
                    file->organizers.append(organizerOf(row));
                }
            }
            file->rows.append(row);
            break;
        case Step::Refused:
            file->refusals.append(refusal);
            break;
        case Step::End:
            return;
        case Step::Error:
            file->error = reader.error();
            file->recognition.kind = FileKind::StatisticsReport;
            file->organizers.clear();
            file->units.clear();
            file->rows.clear();
            file->refusals.clear();
            return;
        }
    }
}

} // namespace Import
