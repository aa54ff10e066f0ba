#include "FollowUpPanel.h"

#include "EndCollaborationDialog.h"
#include "FinalReportWizard.h"
#include "FollowUpPrinting.h"
#include "IndicatorFollowUpBox.h"
#include "ProgressReportWizard.h"
#include "core/Clock.h"
#include "core/storage/AgreementStore.h"
#include "core/storage/Database.h"
#include "core/storage/FinalReportStore.h"
#include "core/storage/ProgressReportStore.h"
#include "ui/session/CollaborationDocument.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/MessageStyles.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { Number, Due, State, Submitted, Warning, ColumnCount };
}

FollowUpPanel::FollowUpPanel(CollaborationDocument* document, Database& db, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_db(db)
    , m_reports(new QTreeWidget)
    , m_open(new QPushButton(tr("&Open…")))
    , m_print(new QPushButton(tr("&Print…")))
    , m_pdf(new QPushButton(tr("P&DF…")))
    , m_odt(new QPushButton(tr("OD&T…")))
    , m_submit(new QPushButton(tr("Mark as &submitted…")))
    , m_newVersion(new QPushButton(tr("New &version")))
    , m_warning(new QLabel)
    , m_message(new QLabel)
    , m_finalStatus(new QLabel)
    , m_final(new QPushButton(tr("Start the &final report…")))
    , m_end(new QPushButton(tr("&End the collaboration…")))
    , m_indicators(new IndicatorFollowUpBox(db, document->collaboration().id))
{
    m_reports->setObjectName(QStringLiteral("reportList"));
    m_reports->setAccessibleName(tr("Progress reports"));
    m_reports->setColumnCount(ColumnCount);
    m_reports->setHeaderLabels({ tr("Report"), tr("Due"), tr("State"), tr("Submitted"), tr("Note") });
    m_reports->setRootIsDecorated(false);
    m_reports->setUniformRowHeights(true);
    m_reports->setAlternatingRowColors(true);
    m_reports->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    m_reports->header()->setStretchLastSection(true);
    m_open->setObjectName(QStringLiteral("openReportButton"));
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_pdf->setObjectName(QStringLiteral("pdfReportButton"));
    m_odt->setObjectName(QStringLiteral("odtReportButton"));
    m_submit->setObjectName(QStringLiteral("submitReportButton"));
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_pdf->setToolTip(tr("Save the report as PDF"));
    m_odt->setToolTip(tr("Save the report as ODT, which Word opens"));
    m_newVersion->setToolTip(tr("A submitted report cannot change: a correction is a new version of it"));
    m_warning->setObjectName(QStringLiteral("dueWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_message->setObjectName(QStringLiteral("followUpMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_finalStatus->setObjectName(QStringLiteral("finalReportStatus"));
    m_finalStatus->setWordWrap(true);
    m_final->setObjectName(QStringLiteral("finalReportButton"));
    m_end->setObjectName(QStringLiteral("endCollaborationButton"));

    // Two rows: the indicators beside them get the room their chart needs.
    auto* reportButtons = new QVBoxLayout;
    auto* firstRow = new QHBoxLayout;
    for (auto* b : { m_open, m_print, m_pdf, m_odt })
        firstRow->addWidget(b);
    firstRow->addStretch();
    auto* secondRow = new QHBoxLayout;
    for (auto* b : { m_submit, m_newVersion })
        secondRow->addWidget(b);
    secondRow->addStretch();
    reportButtons->addLayout(firstRow);
    reportButtons->addLayout(secondRow);
    auto* reportsBox = new QGroupBox(tr("Progress reports (from the signed ÖK 2)"));
    auto* reportsLayout = new QVBoxLayout(reportsBox);
    reportsLayout->addWidget(m_warning);
    reportsLayout->addWidget(m_reports, 1);
    reportsLayout->addLayout(reportButtons);
    auto* finalBox = new QGroupBox(tr("Final report and ending"));
    auto* finalLayout = new QVBoxLayout(finalBox);
    finalLayout->addWidget(m_finalStatus);
    auto* finalButtons = new QHBoxLayout;
    finalButtons->addWidget(m_final);
    finalButtons->addWidget(m_end);
    finalButtons->addStretch();
    finalLayout->addLayout(finalButtons);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(reportsBox, 1);
    leftLayout->addWidget(finalBox);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_indicators);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({ 400, 540 });
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &FollowUpPanel::openSelected);
    connect(m_reports, &QTreeWidget::itemActivated, this, &FollowUpPanel::openSelected);
    connect(m_reports, &QTreeWidget::currentItemChanged, this, &FollowUpPanel::updateButtons);
    connect(m_print, &QPushButton::clicked, this, &FollowUpPanel::printSelected);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportSelected(false); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportSelected(true); });
    connect(m_submit, &QPushButton::clicked, this, &FollowUpPanel::submitSelected);
    connect(m_newVersion, &QPushButton::clicked, this, &FollowUpPanel::newVersionOfSelected);
    connect(m_final, &QPushButton::clicked, this, &FollowUpPanel::openFinalReport);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (m_document->collaboration().isReadOnly())
            reopenCollaboration();
        else
            endCollaboration();
    });
    connect(m_document, &CollaborationDocument::collaborationChanged, this, &FollowUpPanel::refresh);
    refresh();
}

QString FollowUpPanel::dueWarning(const ScheduledReport& r, const QDate& today)
{
    if (r.state == ProgressReportState::Submitted || r.state == ProgressReportState::Approved || !r.due.isValid())
        return QString();
    const qint64 days = today.daysTo(r.due);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, static_cast<int>(-days));
    if (days == 0)
        return tr("Due today");
    if (days <= kWarnDays)
        return tr("Due in %n day(s)", nullptr, static_cast<int>(days));
    return QString();
}

void FollowUpPanel::showMessage(const QString& text, bool error)
{
    MessageStyles::show(m_message, text, error ? MessageStyles::Kind::Error : MessageStyles::Kind::Info);
}

int FollowUpPanel::selectedRow() const
{
    const QTreeWidgetItem* item = m_reports->currentItem();
    return item ? m_reports->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) : -1;
}

void FollowUpPanel::selectNumber(int number)
{
    for (int r = 0; r < m_schedule.size(); ++r) {
        if (m_schedule[r].number == number)
            m_reports->setCurrentItem(m_reports->topLevelItem(r));
    }
}

void FollowUpPanel::refresh()
{
    const int keep = selectedRow() >= 0 ? m_schedule[selectedRow()].number : 0;
    const qint64 id = m_document->collaboration().id;
    QString error;
    const QDate today = Clock::currentDate();
    m_schedule = Cases::reportSchedule(m_db, id, today, &error);
    QString noAgreement;
    const auto agreement = Cases::signedInterventionsAgreement(m_db, id, &noAgreement);
    m_agreementId = agreement ? agreement->id : 0;
    QHash<qint64, QDate> submittedOn;
    for (const auto& s : ProgressReportStore(m_db).list(id, &error))
        submittedOn.insert(s.id, s.submittedOn);

    m_reports->clear();
    QStringList warnings;
    for (const auto& r : std::as_const(m_schedule)) {
        QString name = tr("Progress report %1").arg(r.number);
        if (r.version > 1)
            name = tr("Progress report %1, version %2").arg(r.number).arg(r.version);
        const QString warning = dueWarning(r, today);
        auto* item = new QTreeWidgetItem(m_reports,
                                         { name, r.due.toString(Qt::ISODate), ProgressReport::States.label(r.state),
                                           submittedOn.value(r.reportId).toString(Qt::ISODate),
                                           warning.isEmpty() ? r.label : QStringLiteral("⚠ ") + warning });
        if (!warning.isEmpty()) {
            item->setForeground(Warning, QColor(0x8c, 0x1d, 0x18));
            warnings << tr("%1: %2").arg(name, warning.toLower());
        }
    }
    for (int c = 0; c < Warning; ++c)
        m_reports->resizeColumnToContents(c);
    MessageStyles::show(m_warning, warnings.join(QLatin1Char('\n')), MessageStyles::Kind::Error);
    if (m_schedule.isEmpty())
        m_finalStatus->setText(QString());
    const QString noSigned
        = tr("The progress reports are scheduled by the report dates of the signed ÖK 2. There is no "
             "signed ÖK 2 yet: sign it on the Agreements tab.");
    if (!error.isEmpty())
        showMessage(error, true);
    else if (!agreement)
        showMessage(noSigned, false);
    else if (m_message->text() == noSigned)
        m_message->hide();
    selectNumber(keep);
    if (!m_reports->currentItem() && m_reports->topLevelItemCount() > 0) {
        // The first report not yet submitted, ready for Enter.
        int row = 0;
        while (row < m_schedule.size() - 1
               && (m_schedule[row].state == ProgressReportState::Submitted
                   || m_schedule[row].state == ProgressReportState::Approved))
            ++row;
        m_reports->setCurrentItem(m_reports->topLevelItem(row));
    }
    refreshFinal();
    m_indicators->refresh();
    m_indicators->setReadOnly(m_document->collaboration().isReadOnly());
    updateButtons();
}

void FollowUpPanel::refreshFinal()
{
    QString error;
    const auto final = FinalReportStore(m_db).newest(m_document->collaboration().id, &error);
    const Collaboration& c = m_document->collaboration();
    QString text;
    if (final) {
        text = tr("Final report: %1, due %2.")
                   .arg(ProgressReport::States.label(final->state), final->due.toString(Qt::ISODate));
        if (final->submittedOn.isValid())
            text += QLatin1Char(' ') + tr("Submitted %1.").arg(final->submittedOn.toString(Qt::ISODate));
        m_final->setText(tr("Open the &final report…"));
    } else {
        text = tr("No final report yet. It is assembled from the progress reports: per intervention every rating, "
                  "d) and e), the indicator charts and the deviations.");
        m_final->setText(tr("Start the &final report…"));
    }
    if (c.isReadOnly())
        text += QLatin1Char(' ') + tr("The collaboration is closed.");
    m_finalStatus->setText(text);
    m_final->setEnabled(final.has_value() || (m_agreementId != 0 && !c.isReadOnly()));
    m_end->setText(c.isReadOnly() ? tr("&Reopen the collaboration…") : tr("&End the collaboration…"));
    m_end->setObjectName(c.isReadOnly() ? QStringLiteral("reopenCollaborationButton")
                                        : QStringLiteral("endCollaborationButton"));
}

void FollowUpPanel::updateButtons()
{
    const int row = selectedRow();
    const bool closed = m_document->collaboration().isReadOnly();
    const ScheduledReport* r = row >= 0 ? &m_schedule[row] : nullptr;
    const bool started = r && r->reportId != 0;
    const bool frozen = r && (r->state == ProgressReportState::Submitted || r->state == ProgressReportState::Approved);
    m_open->setText(started || !r ? tr("&Open…") : tr("&Start…"));
    m_open->setEnabled(r && (started || !closed));
    for (auto* b : { m_print, m_pdf, m_odt })
        b->setEnabled(started);
    m_submit->setEnabled(started && !frozen && !closed);
    m_newVersion->setEnabled(frozen && !closed);
}

qint64 FollowUpPanel::startReport(int number)
{
    QString error;
    auto draft = Cases::draftProgressReport(m_db, m_document->collaboration().id, number, &error);
    if (!draft || !ProgressReportStore(m_db).saveDraft(*draft, &error)) {
        MessageBox::error(this, tr("Start progress report"),
                          error.isEmpty() ? tr("The progress report could not be started.") : error);
        return 0;
    }
    refresh();
    selectNumber(number);
    Q_EMIT reportsChanged();
    return draft->id;
}

void FollowUpPanel::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    qint64 id = m_schedule[row].reportId;
    if (id == 0) {
        if (m_document->collaboration().isReadOnly())
            return;
        id = startReport(m_schedule[row].number);
        if (id == 0)
            return;
    }
    ProgressReportWizard wizard(m_db, id, this);
    if (!wizard.isValid()) {
        MessageBox::error(this, tr("Open progress report"), wizard.errorString());
        return;
    }
    wizard.exec();
    refresh();
    Q_EMIT reportsChanged();
}

bool FollowUpPanel::submitSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_schedule[row].reportId == 0)
        return false;
    QString error;
    auto report = ProgressReportStore(m_db).load(m_schedule[row].reportId, &error);
    if (!report) {
        MessageBox::error(this, tr("Mark as submitted"), error);
        return false;
    }
    const FieldErrors missing = report->validateForSubmission();
    if (!missing.isEmpty()) {
        MessageBox::error(this, tr("Mark as submitted"),
                          tr("The report is not complete:\n%1").arg(joinErrors(missing)));
        return false;
    }
    if (MessageBox::question(this, tr("Mark as submitted"),
                             tr("Mark %1 as submitted today? From then on it is frozen: it cannot be changed, only "
                                "corrected by a new version.")
                                 .arg(report->title()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    if (!ProgressReportStore(m_db).submit(*report, Clock::currentDate(), &error)) {
        MessageBox::error(this, tr("Mark as submitted"), tr("The report could not be submitted: %1").arg(error));
        return false;
    }
    refresh();
    showMessage(tr("%1 is submitted and frozen; a correction is a new version.").arg(report->title()), false);
    Q_EMIT reportsChanged();
    return true;
}

qint64 FollowUpPanel::newVersionOfSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_schedule[row].reportId == 0)
        return 0;
    QString error;
    const auto next = ProgressReportStore(m_db).newVersion(m_schedule[row].reportId, &error);
    if (!next) {
        MessageBox::error(this, tr("New version"), error);
        return 0;
    }
    refresh();
    selectNumber(next->number);
    showMessage(tr("%1 is a new draft; the submitted version is kept as it was.").arg(next->title()), false);
    Q_EMIT reportsChanged();
    return next->id;
}

void FollowUpPanel::printSelected()
{
    const int row = selectedRow();
    if (row >= 0 && m_schedule[row].reportId != 0)
        FollowUpPrinting::previewProgressReport(m_db, m_schedule[row].reportId, this);
}

bool FollowUpPanel::exportSelected(bool odt)
{
    const int row = selectedRow();
    if (row < 0 || m_schedule[row].reportId == 0)
        return false;
    QString error;
    const auto report = ProgressReportStore(m_db).load(m_schedule[row].reportId, &error);
    if (!report) {
        showMessage(error, true);
        return false;
    }
    QString message;
    const bool ok = FollowUpPrinting::exportProgressReport(m_db, *report, odt, this, &message);
    if (!message.isEmpty())
        showMessage(message, !ok);
    return ok;
}

void FollowUpPanel::openFinalReport()
{
    QString error;
    auto final = Cases::draftFinalReport(m_db, m_document->collaboration().id, &error);
    if (!final) {
        MessageBox::error(this, tr("Final report"), error);
        return;
    }
    if (final->id == 0) {
        if (m_document->collaboration().isReadOnly())
            return;
        if (!FinalReportStore(m_db).saveDraft(*final, &error)) {
            MessageBox::error(this, tr("Final report"),
                              error.isEmpty() ? tr("The final report could not be started.") : error);
            return;
        }
    }
    FinalReportWizard wizard(m_db, final->id, this);
    if (!wizard.isValid()) {
        MessageBox::error(this, tr("Final report"), wizard.errorString());
        return;
    }
    wizard.exec();
    refresh();
}

bool FollowUpPanel::endCollaboration()
{
    EndCollaborationDialog dialog(EndCollaborationDialog::Mode::End, m_document->organizer().name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!m_document->endCollaboration(dialog.decisionDate(), dialog.reason(), &error)) {
        MessageBox::error(this, tr("End the collaboration"), tr("The collaboration could not be ended: %1").arg(error));
        return false;
    }
    return true;
}

bool FollowUpPanel::reopenCollaboration()
{
    EndCollaborationDialog dialog(EndCollaborationDialog::Mode::Reopen, m_document->organizer().name, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!m_document->reopenCollaboration(dialog.decisionDate(), dialog.reason(), &error)) {
        MessageBox::error(this, tr("Reopen the collaboration"),
                          tr("The collaboration could not be reopened: %1").arg(error));
        return false;
    }
    return true;
}
