#include "AnalysisListPanel.h"

#include "AnalysisWizard.h"
#include "core/cases/Cases.h"
#include "core/storage/AnalysisStore.h"
#include "core/storage/Database.h"
#include "ui/session/CollaborationDocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { LevelColumn, TemplateColumn, StatusColumn, VersionColumn, ActionColumn, ColumnCount };

} // namespace

AnalysisListPanel::AnalysisListPanel(CollaborationDocument* document, Database& db, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_message(new QLabel)
{
    auto* intro = new QLabel(tr("The current-state analysis is made at the organizer level and for each unit in the "
                                "collaboration. Preschools use the preschool template."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("analysisTable"));
    m_table->setAccessibleName(tr("Analyses"));
    m_table->setHorizontalHeaderLabels({ tr("Level"), tr("Template"), tr("Status"), tr("Version"), QString() });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 2 + 8);
    auto* h = m_table->horizontalHeader();
    h->setSectionResizeMode(LevelColumn, QHeaderView::Stretch);
    for (int c : { TemplateColumn, StatusColumn, VersionColumn, ActionColumn })
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) { openAnalysis(unitIdAt(row)); });
    connect(m_document, &CollaborationDocument::collaborationChanged, this, &AnalysisListPanel::refresh);
    refresh();
}

qint64 AnalysisListPanel::unitIdAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, LevelColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : -1;
}

void AnalysisListPanel::refresh()
{
    const Collaboration& c = m_document->collaboration();
    QList<std::pair<qint64, QString>> levels { { 0, tr("%1 (organizer level)").arg(m_document->organizer().name) } };
    bool allPreschool = true;
    QHash<qint64, AnalysisKind> kinds;
    for (qint64 unitId : c.unitIds) {
        for (const auto& u : m_document->organizerUnits()) {
            if (u.id != unitId)
                continue;
            const bool preschool = SchoolForms::isPreschool(u.forms);
            allPreschool = allPreschool && preschool;
            kinds.insert(u.id, preschool ? AnalysisKind::Preschool : AnalysisKind::School);
            levels.append({ u.id, u.name });
        }
    }
    kinds.insert(0, allPreschool && !c.unitIds.isEmpty() ? AnalysisKind::Preschool : AnalysisKind::School);

    AnalysisStore store(m_db);
    QString error;
    m_table->setRowCount(static_cast<int>(levels.size()));
    for (int row = 0; row < levels.size(); ++row) {
        const auto& [unitId, name] = levels[row];
        const auto current = store.current(c.id, unitId, &error);
        auto* level = new QTableWidgetItem(name);
        level->setData(Qt::UserRole, unitId);
        m_table->setItem(row, LevelColumn, level);
        const AnalysisKind kind = current ? current->kind : kinds.value(unitId);
        m_table->setItem(row, TemplateColumn, new QTableWidgetItem(Analysis::Kinds.label(kind)));
        m_table->setItem(row, StatusColumn,
                         new QTableWidgetItem(current ? Analysis::Statuses.label(current->status) : tr("Not started")));
        m_table->setItem(row, VersionColumn,
                         new QTableWidgetItem(current ? QString::number(current->version) : QStringLiteral("–")));
        auto* button = new QPushButton(current ? tr("Open") : tr("Start"));
        button->setObjectName(QStringLiteral("analysisButton%1").arg(row));
        button->setAccessibleName(QStringLiteral("%1: %2").arg(button->text(), name));
        connect(button, &QPushButton::clicked, this, [this, unitId = unitId] { openAnalysis(unitId); });
        m_table->setCellWidget(row, ActionColumn, button);
    }
    m_message->setVisible(!error.isEmpty());
    m_message->setText(error);
}

qint64 AnalysisListPanel::startAnalysis(qint64 unitId)
{
    QString error;
    const auto started = Cases::startAnalysis(m_db, m_document->collaboration().id, unitId, &error);
    if (!started) {
        m_message->setText(error);
        m_message->show();
        return 0;
    }
    refresh();
    return started->id;
}

AnalysisWizard* AnalysisListPanel::openAnalysis(qint64 unitId)
{
    if (unitId < 0)
        return nullptr;
    QString error;
    const auto current = AnalysisStore(m_db).current(m_document->collaboration().id, unitId, &error);
    const qint64 id = current ? current->id : startAnalysis(unitId);
    if (id == 0)
        return nullptr;
    auto* wizard = new AnalysisWizard(m_db, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, &AnalysisListPanel::refresh);
    wizard->open();
    Q_EMIT wizardOpened(wizard);
    return wizard;
}
