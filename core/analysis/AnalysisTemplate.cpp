#include "AnalysisTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisTemplate)
};

const std::pair<const char*, TemplatePage::Kind> kPageKinds[] = {
    {"participants", TemplatePage::Kind::Participants}, {"results", TemplatePage::Kind::Results},
    {"evidence", TemplatePage::Kind::Evidence},         {"voices", TemplatePage::Kind::Voices},
    {"causes", TemplatePage::Kind::Causes},             {"problems", TemplatePage::Kind::Problems},
    {"areas", TemplatePage::Kind::Areas},               {"summary", TemplatePage::Kind::Summary},
};

/** Reads JSON into a template, remembering the first fault with where it is. */
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    QString error() const { return m_error; }

    QString text(const QJsonObject& o, const char* key, const QString& where, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && (!required || !v.toString().trimmed().isEmpty()))
            return v.toString();
        if (v.isUndefined() && !required)
            return QString();
        fail(TemplateText::tr("%1 lacks the text \"%2\"").arg(where, QLatin1String(key)));
        return QString();
    }

    QList<TemplateItem> items(const QJsonObject& o, const char* key, const QString& where)
    {
        QList<TemplateItem> result;
        const QJsonArray array = o.value(QLatin1String(key)).toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString here = TemplateText::tr("%1, %2 %3").arg(where, QLatin1String(key)).arg(i + 1);
            const QJsonObject item = array[i].toObject();
            result.append({text(item, "id", here), text(item, "label", here), text(item, "help", here, false)});
        }
        return result;
    }

    void fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = TemplateText::tr("The template %1 is faulty: %2.").arg(m_file, what);
    }

private:
    QString m_file;
    QString m_error;
};

} // namespace

const TemplatePage* AnalysisTemplate::page(const QString& pageId) const
{
    for (const auto& p : pages) {
        if (p.id == pageId)
            return &p;
    }
    return nullptr;
}

const TemplatePage* AnalysisTemplate::firstPage(TemplatePage::Kind kind) const
{
    for (const auto& p : pages) {
        if (p.kind == kind)
            return &p;
    }
    return nullptr;
}

QString AnalysisTemplate::choiceLabel(const QString& choiceId) const
{
    for (const auto& p : pages) {
        for (const auto& c : p.choices) {
            if (c.id == choiceId)
                return c.label;
        }
    }
    return choiceId;
}

const TemplateIndicator* AnalysisTemplate::indicator(const QString& indicatorId) const
{
    for (const auto& p : pages) {
        for (const auto& i : p.indicators) {
            if (i.id == indicatorId)
                return &i;
        }
    }
    return nullptr;
}

std::optional<AnalysisTemplate> AnalysisTemplate::fromJson(const QByteArray& json, const QString& fileName,
                                                           QString* error)
{
    Reader r(fileName);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = static_cast<int>(json.left(parse.offset).count('\n')) + 1;
        r.fail(doc.isNull() ? TemplateText::tr("it is not valid JSON (line %1: %2)").arg(line).arg(parse.errorString())
                            : TemplateText::tr("it must be one JSON object"));
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString top = TemplateText::tr("the template");
    AnalysisTemplate t;
    t.id = r.text(root, "id", top);
    t.version = root.value(QLatin1String("version")).toInt(0);
    if (t.version < 1)
        r.fail(TemplateText::tr("\"version\" must be a whole number of at least 1"));
    bool kindOk = false;
    t.kind = Analysis::Kinds.fromCode(r.text(root, "kind", top), &kindOk);
    if (!kindOk)
        r.fail(TemplateText::tr("\"kind\" must be \"skola\" or \"forskola\""));
    t.title = r.text(root, "title", top);
    t.description = r.text(root, "description", top, false);

    const QJsonArray pages = root.value(QLatin1String("pages")).toArray();
    if (pages.isEmpty())
        r.fail(TemplateText::tr("it has no pages"));
    QStringList ids;
    for (int i = 0; i < pages.size(); ++i) {
        const QString where = TemplateText::tr("page %1").arg(i + 1);
        const QJsonObject o = pages[i].toObject();
        TemplatePage page;
        page.id = r.text(o, "id", where);
        if (ids.contains(page.id))
            r.fail(TemplateText::tr("%1 has the id \"%2\", which an earlier page has too").arg(where, page.id));
        ids << page.id;
        const QString kind = r.text(o, "kind", where);
        bool known = false;
        for (const auto& [code, value] : kPageKinds) {
            if (kind == QLatin1String(code)) {
                page.kind = value;
                known = true;
            }
        }
        if (!known && !kind.isEmpty())
            r.fail(TemplateText::tr("%1 has the unknown kind \"%2\"").arg(where, kind));
        page.title = r.text(o, "title", where);
        page.help = r.text(o, "help", where, false);
        page.questions = r.items(o, "questions", where);
        page.choices = r.items(o, "choices", where);
        const QJsonArray indicators = o.value(QLatin1String("indicators")).toArray();
        for (int j = 0; j < indicators.size(); ++j) {
            const QString here = TemplateText::tr("%1, indicator %2").arg(where).arg(j + 1);
            const QJsonObject io = indicators[j].toObject();
            TemplateIndicator ind{r.text(io, "id", here), r.text(io, "label", here), r.text(io, "unit", here, false),
                                  io.value(QLatin1String("min")).toDouble(0), io.value(QLatin1String("max")).toDouble(100)};
            if (ind.max <= ind.min)
                r.fail(TemplateText::tr("%1 has \"max\" not above \"min\"").arg(here));
            page.indicators.append(ind);
        }
        if (page.kind == TemplatePage::Kind::Results && page.indicators.isEmpty())
            r.fail(TemplateText::tr("%1 shows results but names no indicators").arg(where));
        if ((page.kind == TemplatePage::Kind::Evidence || page.kind == TemplatePage::Kind::Voices)
            && page.choices.isEmpty())
            r.fail(TemplateText::tr("%1 needs \"choices\"").arg(where));
        t.pages.append(page);
    }
    if (!r.error().isEmpty()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}

std::optional<AnalysisTemplate> AnalysisTemplate::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = TemplateText::tr("The template %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), error);
}

QList<AnalysisTemplate> AnalysisTemplate::builtIn(QString* error)
{
    QList<AnalysisTemplate> result;
    const QDir dir(QStringLiteral(":/templates"));
    for (const auto& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (auto t = load(dir.filePath(name), error))
            result.append(*t);
    }
    return result;
}

std::optional<AnalysisTemplate> AnalysisTemplate::builtIn(const QString& templateId, int version, QString* error)
{
    std::optional<AnalysisTemplate> best;
    for (const auto& t : builtIn(error)) {
        if (t.id == templateId && (version == 0 ? (!best || t.version > best->version) : t.version == version))
            best = t;
    }
    if (!best && error && error->isEmpty())
        *error = TemplateText::tr("The template %1, version %2, is not part of this Skoldialog.")
                     .arg(templateId)
                     .arg(version);
    return best;
}

std::optional<AnalysisTemplate> AnalysisTemplate::newestFor(AnalysisKind kind, QString* error)
{
    std::optional<AnalysisTemplate> best;
    for (const auto& t : builtIn(error)) {
        if (t.kind == kind && (!best || t.version > best->version))
            best = t;
    }
    return best;
}
