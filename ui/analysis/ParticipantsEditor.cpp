#include "ParticipantsEditor.h"

#include "ui/widgets/RecordTable.h"
#include "ui/widgets/RowIdentity.h"

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
