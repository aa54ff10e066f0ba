#include "FinalReportWizard.h"

#include "FinalReportPages.h"
#include "FollowUpPrinting.h"
#include "core/Clock.h"
#include "ui/session/FinalReportSession.h"
#include "ui/widgets/MessageBox.h"

#include <QListWidget>
#include <QPushButton>

FinalReportWizard::FinalReportWizard(Database& db, qint64 reportId, QWidget* parent)
    : WizardFrame(parent)
    , m_session(new FinalReportSession(db, reportId, this))
{
    setObjectName(QStringLiteral("finalReportWizard"));
    stepList()->setAccessibleName(tr("Pages of the final report"));
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    setWindowTitle(tr("Final report"));
    setUndoStack(m_session->undoStack());
    connect(m_session, &FinalReportSession::saved, this, &FinalReportWizard::markSaved);
    connect(m_session, &FinalReportSession::saveFailed, this, &FinalReportWizard::showSaveFailed);
    connect(m_session, &FinalReportSession::reloaded, this, [this] {
        if (FinalReportPage* p = currentPage()) {
            p->setReadOnly(!m_session->readOnlyReason().isEmpty());
            p->load(report());
        }
        refreshStatus();
    });
    m_review = new FinalReviewPage(*m_session);
    m_pages = { new CloseOutPage(*m_session), new SynthesisPage(*m_session), new HistoryPage(*m_session), m_review };
    for (FinalReportPage* p : std::as_const(m_pages)) {
        addPage(p->pageId(), p->title(), p);
        watch(p);
        connect(p, &FinalReportPage::flushRequested, this, &FinalReportWizard::flush);
    }
    connect(m_review->printButton(), &QPushButton::clicked, this, &FinalReportWizard::printPreview);
    connect(m_review->pdfButton(), &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_review->odtButton(), &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_review->submitButton(), &QPushButton::clicked, this, &FinalReportWizard::submit);
    refreshStatus();
    openOn(report().isFrozen() ? QString() : report().currentPage);
}

FinalReportWizard::~FinalReportWizard()
{
    detach();
    m_session->disconnect(this);
    for (auto* p : std::as_const(m_pages)) {
        p->blockSignals(true);
        delete p;
    }
    m_pages.clear();
}

bool FinalReportWizard::isValid() const
{
    return m_session->isValid();
}

QString FinalReportWizard::errorString() const
{
    return m_session->errorString();
}

const FinalReport& FinalReportWizard::report() const
{
    return m_session->report();
}

FinalReportPage* FinalReportWizard::page(int index) const
{
    return m_pages.value(index);
}

FinalReportPage* FinalReportWizard::currentPage() const
{
    return page(currentIndex());
}

void FinalReportWizard::pageShown(int index, int)
{
    FinalReportPage* p = page(index);
    if (!p)
        return;
    p->setReadOnly(!m_session->readOnlyReason().isEmpty());
    p->load(report());
    m_session->setCurrentPage(p->pageId());
}

void FinalReportWizard::commit(const QString& text, const QString& mergeKey)
{
    FinalReportPage* p = currentPage();
    if (!p || !m_session->isValid() || !m_session->readOnlyReason().isEmpty())
        return;
    FinalReport after = report();
    p->writeTo(after);
    if (after == report())
        return;
    if (m_session->change(after, text, mergeKey)) {
        p->adoptIds(report());
        p->refreshAfterSave(report());
    }
}

void FinalReportWizard::refreshStatus()
{
    const FinalReport& r = report();
    setHeadline(tr("Final report"),
                tr("<b>%1</b> · due %2 · assembled from %n progress report(s)", nullptr,
                   static_cast<int>(r.history.isEmpty() ? 0 : r.history.first().entries.size()))
                    .arg(ProgressReport::States.label(r.state).toHtmlEscaped(), r.due.toString(Qt::ISODate)));
    setReadOnlyBanner(m_session->readOnlyReason());
}

void FinalReportWizard::printPreview()
{
    flush();
    FollowUpPrinting::previewFinalReport(m_session->database(), report().id, this);
}

bool FinalReportWizard::exportReport(bool odt)
{
    flush();
    QString message;
    const bool ok = FollowUpPrinting::exportFinalReport(m_session->database(), report(), odt, this, &message);
    if (!message.isEmpty())
        showMessage(message, !ok);
    return ok;
}

bool FinalReportWizard::submit()
{
    flush();
    const FieldErrors missing = report().validateForSubmission();
    if (!missing.isEmpty()) {
        MessageBox::error(this, tr("Mark as submitted"),
                          tr("The final report is not complete:\n%1").arg(joinErrors(missing)));
        return false;
    }
    if (MessageBox::question(this, tr("Mark as submitted"),
                             tr("Mark the final report as submitted today? From then on it is frozen."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_session->submit(Clock::currentDate(), &error)) {
        MessageBox::error(this, tr("Mark as submitted"), tr("The final report could not be submitted: %1").arg(error));
        return false;
    }
    showMessage(tr("Submitted. The collaboration can now be ended on the Follow-up tab."), false);
    return true;
}
