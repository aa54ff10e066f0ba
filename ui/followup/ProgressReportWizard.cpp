#include "ProgressReportWizard.h"

#include "DeviationsPage.h"
#include "FollowUpPrinting.h"
#include "IndicatorReadingsPage.h"
#include "InterventionReviewPage.h"
#include "ProgressReportPages.h"
#include "RatingPage.h"
#include "core/Clock.h"
#include "ui/session/ProgressReportSession.h"
#include "ui/widgets/MessageBox.h"

#include <QListWidget>
#include <QPushButton>

ProgressReportWizard::ProgressReportWizard(Database& db, qint64 reportId, QWidget* parent)
    : WizardFrame(parent)
    , m_session(new ProgressReportSession(db, reportId, this))
{
    setObjectName(QStringLiteral("progressReportWizard"));
    stepList()->setAccessibleName(tr("Pages of the progress report"));
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    setWindowTitle(tr("%1 – %2").arg(report().title(), m_session->organizerName()));
    setUndoStack(m_session->undoStack());
    connect(m_session, &ProgressReportSession::saved, this, [this] {
        markSaved();
        Q_EMIT reportChanged();
    });
    connect(m_session, &ProgressReportSession::saveFailed, this, &ProgressReportWizard::showSaveFailed);
    connect(m_session, &ProgressReportSession::reloaded, this, [this] {
        if (ProgressReportPage* p = currentPage()) {
            p->setReadOnly(!m_session->readOnlyReason().isEmpty());
            p->load(report());
        }
        refreshStatus();
    });
    connect(m_session, &ProgressReportSession::statusChanged, this, [this] {
        refreshStatus();
        Q_EMIT reportChanged();
    });

    m_review = new ProgressReviewPage(*m_session);
    m_pages = { new InterventionReviewPage(*m_session), new RatingPage(*m_session),
                new IndicatorReadingsPage(*m_session),  new NextStepsPage(*m_session),
                new DeviationsPage(*m_session),         m_review };
    for (ProgressReportPage* p : std::as_const(m_pages)) {
        addPage(p->pageId(), p->title(), p);
        watch(p);
        connect(p, &ProgressReportPage::flushRequested, this, &ProgressReportWizard::flush);
    }
    connect(m_review->printButton(), &QPushButton::clicked, this, &ProgressReportWizard::printPreview);
    connect(m_review->pdfButton(), &QPushButton::clicked, this, [this] { exportReport(false); });
    connect(m_review->odtButton(), &QPushButton::clicked, this, [this] { exportReport(true); });
    connect(m_review->submitButton(), &QPushButton::clicked, this, &ProgressReportWizard::submit);
    refreshStatus();
    // A frozen report opens on its first page: there is nothing to resume.
    openOn(report().isFrozen() ? QString() : report().currentPage);
}

ProgressReportWizard::~ProgressReportWizard()
{
    detach();
    m_session->disconnect(this);
    for (auto* p : std::as_const(m_pages)) {
        p->blockSignals(true);
        delete p;
    }
    m_pages.clear();
}

bool ProgressReportWizard::isValid() const
{
    return m_session->isValid();
}

QString ProgressReportWizard::errorString() const
{
    return m_session->errorString();
}

const ProgressReport& ProgressReportWizard::report() const
{
    return m_session->report();
}

ProgressReportPage* ProgressReportWizard::page(int index) const
{
    return m_pages.value(index);
}

ProgressReportPage* ProgressReportWizard::pageById(const QString& id) const
{
    return page(indexOf(id));
}

ProgressReportPage* ProgressReportWizard::currentPage() const
{
    return page(currentIndex());
}

void ProgressReportWizard::pageShown(int index, int previous)
{
    if (ProgressReportPage* old = page(previous); old && !old->currentIntervention().isEmpty())
        m_intervention = old->currentIntervention();
    ProgressReportPage* p = page(index);
    if (!p)
        return;
    p->setReadOnly(!m_session->readOnlyReason().isEmpty());
    p->load(report());
    if (!m_intervention.isEmpty())
        p->selectIntervention(m_intervention);
    m_session->setCurrentPage(p->pageId());
}

void ProgressReportWizard::commit(const QString& text, const QString& mergeKey)
{
    ProgressReportPage* p = currentPage();
    if (!p || !m_session->isValid() || !m_session->readOnlyReason().isEmpty())
        return;
    ProgressReport after = report();
    p->writeTo(after);
    if (after == report()) {
        p->refreshAfterSave(report());
        return;
    }
    if (m_session->change(after, text, mergeKey)) {
        p->adoptIds(report());
        p->refreshAfterSave(report());
    }
}

void ProgressReportWizard::refreshStatus()
{
    const ProgressReport& r = report();
    QString line = tr("<b>%1</b> · due %2 · saved as you type")
                       .arg(ProgressReport::States.label(r.state).toHtmlEscaped(), r.due.toString(Qt::ISODate));
    if (r.submittedOn.isValid())
        line = tr("<b>%1</b> %2 · due %3")
                   .arg(ProgressReport::States.label(r.state).toHtmlEscaped(), r.submittedOn.toString(Qt::ISODate),
                        r.due.toString(Qt::ISODate));
    setHeadline(windowTitle(), line);
    setReadOnlyBanner(m_session->readOnlyReason());
}

void ProgressReportWizard::printPreview()
{
    flush();
    FollowUpPrinting::previewProgressReport(m_session->database(), report().id, this);
}

bool ProgressReportWizard::exportReport(bool odt)
{
    flush();
    QString message;
    const bool ok = FollowUpPrinting::exportProgressReport(m_session->database(), report(), odt, this, &message);
    if (!message.isEmpty())
        showMessage(message, !ok);
    return ok;
}

bool ProgressReportWizard::submit()
{
    flush();
    const FieldErrors missing = report().validateForSubmission();
    if (!missing.isEmpty()) {
        MessageBox::error(this, tr("Mark as submitted"),
                          tr("The report is not complete:\n%1").arg(joinErrors(missing)));
        return false;
    }
    if (MessageBox::question(this, tr("Mark as submitted"),
                             tr("Mark %1 as submitted today? From then on it is frozen: it cannot be changed, only "
                                "corrected by a new version.")
                                 .arg(report().title()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    QString error;
    if (!m_session->submit(Clock::currentDate(), &error)) {
        MessageBox::error(this, tr("Mark as submitted"), tr("The report could not be submitted: %1").arg(error));
        return false;
    }
    showMessage(tr("Submitted. The report is now frozen; a correction is a new version."), false);
    return true;
}
