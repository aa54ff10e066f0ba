#include "ParticipantsEditor.h"

#include "ui/widgets/RecordTable.h"

#include <QHeaderView>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

ParticipantsEditor::ParticipantsEditor(const TemplatePage& page, QWidget* parent)
    : PageEditor(page, parent)
    , m_table(new RecordTable(tr("Participants"),
                              { { tr("Name"), RecordColumn::Kind::Text, 220 },
                                { tr("Role"), RecordColumn::Kind::Text, 260 },
                                { tr("Organisation"), RecordColumn::Kind::Text, 0 } }))
{
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->view()->setMinimumHeight(m_table->view()->verticalHeader()->defaultSectionSize() * 7 + 30);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &RecordTable::edited, this, [this] {
        if (!m_loading)
            Q_EMIT edited(tr("Edit participants"));
    });
}

/**
 * Gives the rows built from the table the ids and uuids of what is stored: a row loaded
 * from the store carries its id past the shown columns; a row added since takes, in
 * order, the ids of stored rows no row claims (it was saved under them while on screen).
 */
namespace {

template<typename T> void carryIdentity(QList<T>& built, const QList<T>& stored)
{
    QSet<qint64> claimed;
    for (const auto& b : built) {
        if (b.id > 0)
            claimed.insert(b.id);
    }
    QList<const T*> unclaimed;
    for (const auto& s : stored) {
        if (!claimed.contains(s.id))
            unclaimed << &s;
    }
    qsizetype next = 0;
    for (auto& b : built) {
        if (b.id == 0 && next < unclaimed.size())
            b.id = unclaimed[next++]->id;
        for (const auto& s : stored) {
            if (s.id == b.id)
                b.uuid = s.uuid;
        }
    }
}

} // namespace

void ParticipantsEditor::load(const Analysis& analysis)
{
    m_loading = true;
    QList<QVariantList> rows;
    for (const auto& p : analysis.participants)
        rows.append({ p.name, p.role, p.organisation, p.id }); // the id rides past the shown columns
    Analysis asShown;
    writeTo(asShown);
    // Only what the table shows counts: a row saved since it was added keeps its place (and the focus).
    const auto sameText = [](const QList<Participant>& a, const QList<Participant>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].name != b[i].name || a[i].role != b[i].role || a[i].organisation != b[i].organisation)
                return false;
        }
        return true;
    };
    if (!sameText(asShown.participants, analysis.participants))
        m_table->model()->setRows(rows);
    m_loading = false;
}

void ParticipantsEditor::setReadOnly(bool readOnly)
{
    m_table->setReadOnly(readOnly);
}

void ParticipantsEditor::writeTo(Analysis& analysis) const
{
    const QList<Participant> before = analysis.participants;
    analysis.participants.clear();
    for (const auto& r : m_table->model()->rows()) {
        // A row just added and not yet named stays on screen but is not saved.
        if (!r.value(0).toString().trimmed().isEmpty())
            analysis.participants.append({ r.value(0).toString().trimmed(), r.value(1).toString().trimmed(),
                                           r.value(2).toString().trimmed(), r.value(3).toLongLong() });
    }
    carryIdentity(analysis.participants, before);
}
