#include "AnalysisWizard.h"

#include "AnalysisPage.h"
#include "AnalysisPrinting.h"
#include "AnalysisStatistics.h"
#include "PlanLinkGuard.h"
#include "ResultsEditor.h"
#include "core/storage/ReadOnly.h"
#include "ui/session/AnalysisSession.h"

#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>

AnalysisWizard::AnalysisWizard(Database& db, qint64 analysisId, QWidget* parent)
    : WizardFrame(parent)
    , m_session(new AnalysisSession(db, analysisId, this))
    , m_newVersion(new QPushButton(tr("&New version")))
    , m_markDone(new QPushButton(tr("Mark as &done…")))
    , m_establish(new QPushButton(tr("E&stablish…")))
{
    setObjectName(QStringLiteral("analysisWizard"));
    setWindowTitle(tr("Current-state analysis"));
    stepList()->setAccessibleName(tr("Pages of the analysis"));
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_establish->setObjectName(QStringLiteral("establishButton"));
    auto* print = new QPushButton(tr("&Print preview…"));
    print->setObjectName(QStringLiteral("printButton"));
    addBannerButton(m_newVersion);
    for (auto* b : { m_markDone, m_establish, print })
        addActionButton(b);
    connect(m_markDone, &QPushButton::clicked, this, &AnalysisWizard::markDone);
    connect(m_establish, &QPushButton::clicked, this, &AnalysisWizard::establish);
    connect(m_newVersion, &QPushButton::clicked, this, &AnalysisWizard::makeNewVersion);
    connect(print, &QPushButton::clicked, this, &AnalysisWizard::printPreview);

    setUndoStack(m_session->undoStack());
    connect(m_session, &AnalysisSession::reloaded, this, [this] {
        if (AnalysisPage* p = currentPage())
            p->load(m_session->analysis());
    });
    connect(m_session, &AnalysisSession::saved, this, &AnalysisWizard::markSaved);
    connect(m_session, &AnalysisSession::saveFailed, this, &AnalysisWizard::showSaveFailed);
    connect(m_session, &AnalysisSession::statusChanged, this, &AnalysisWizard::refreshStatus);
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    const auto& tmpl = m_session->analysisTemplate();
    for (int i = 0; i < tmpl.pages.size(); ++i) {
        auto* page = new AnalysisPage(tmpl.pages[i], tmpl, m_session->minGroupSize());
        m_pages << page;
        addPage(tmpl.pages[i].id, tmpl.pages[i].title, page);
        watch(page);
        if (auto* results = qobject_cast<ResultsEditor*>(page->editor())) {
            QString error;
            const Analysis& a = m_session->analysis();
            results->setStatisticsFeed(AnalysisStatistics::feed(db, a.collaborationId, a.unitId, &error));
            if (!error.isEmpty())
                showMessage(error, true);
        }
    }
    refreshStatus();
    openOn(m_session->analysis().currentPage);
}

AnalysisWizard::~AnalysisWizard()
{
    detach();
    m_session->disconnect(this);
}

bool AnalysisWizard::isValid() const
{
    return m_session->isValid();
}

QString AnalysisWizard::errorString() const
{
    return m_session->errorString();
}

AnalysisPage* AnalysisWizard::page(int index) const
{
    return m_pages.value(index);
}

AnalysisPage* AnalysisWizard::pageById(const QString& id) const
{
    return page(indexOf(id));
}

AnalysisPage* AnalysisWizard::currentPage() const
{
    return page(currentIndex());
}

void AnalysisWizard::pageShown(int index, int)
{
    // Other pages may have changed what this one links to: show it as stored.
    m_pages[index]->load(m_session->analysis());
    m_pages[index]->setReadOnly(m_session->analysis().isReadOnly() || m_session->collaborationClosed());
    m_session->setCurrentPage(m_pages[index]->templatePage().id);
}

void AnalysisWizard::commit(const QString& text, const QString& mergeKey)
{
    AnalysisPage* page = currentPage();
    if (!page || !m_session->isValid() || m_session->analysis().isReadOnly() || m_session->collaborationClosed())
        return;
    Analysis after = m_session->analysis();
    page->writeTo(after);
    // A removed cause, evidence item or problem takes its links with it (one undo step restores both).
    after.dropDanglingLinks();
    if (after == m_session->analysis())
        return;
    // What the action plan uses is asked about (or refused) before anything is saved; on no, the page shows the
    // analysis as stored again.
    QString refusal;
    PlanLinks unlinked;
    if (!PlanLinkGuard::confirmRemovals(m_session->database(), m_session->analysis(), after, this, &refusal,
                                        &unlinked)) {
        if (!refusal.isEmpty())
            showMessage(refusal, true);
        page->load(m_session->analysis());
        return;
    }
    // The plan's links go with the removal in one transaction, and come back with it in one undo step.
    const bool saved = unlinked.isEmpty() ? m_session->change(after, text, mergeKey)
                                          : m_session->changeRemoving(after, text, unlinked);
    if (saved)
        page->adoptIds(m_session->analysis());
}

void AnalysisWizard::refreshStatus()
{
    const Analysis& a = m_session->analysis();
    const auto& tmpl = m_session->analysisTemplate();
    QStringList parts;
    if (a.status != AnalysisStatus::Draft && !a.statusBy.isEmpty())
        parts << tr("%1 (%2, %3)")
                     .arg(Analysis::Statuses.label(a.status), a.statusBy,
                          a.statusAt.toString(QStringLiteral("yyyy-MM-dd")));
    else
        parts << Analysis::Statuses.label(a.status);
    parts << tr("version %1").arg(a.version) << tr("template %1, version %2").arg(tmpl.title).arg(a.templateVersion)
          << tr("saved as you type");
    setHeadline(QStringLiteral("%1 – %2").arg(tmpl.title, m_session->levelName()), parts.join(QStringLiteral("  ·  ")));
    const bool readOnly = a.isReadOnly() || m_session->collaborationClosed();
    setReadOnlyBanner(!readOnly ? QString()
                          : !a.isReadOnly()
                          ? ReadOnly::message()
                          : tr("This analysis was established by %1 on %2 and can no longer be changed. To change "
                               "it, make a new version; this one is kept as it is.")
                                .arg(a.statusBy, a.statusAt.toString(QStringLiteral("yyyy-MM-dd"))));
    m_markDone->setEnabled(!readOnly && a.status == AnalysisStatus::Draft);
    m_establish->setEnabled(!readOnly);
    for (auto* p : m_pages)
        p->setReadOnly(readOnly);
}

QString AnalysisWizard::askWho(const QString& title, const QString& question)
{
    const auto& participants = m_session->analysis().participants;
    bool ok = false;
    const QString who = QInputDialog::getText(this, title, question, QLineEdit::Normal,
                                              participants.isEmpty() ? QString() : participants.first().name, &ok);
    return ok ? who.trimmed() : QString();
}

void AnalysisWizard::markDone()
{
    flush();
    const QString who = askWho(tr("Mark as done"), tr("Who marks the analysis as done?"));
    if (who.isEmpty())
        return;
    QString error;
    if (m_session->setStatus(AnalysisStatus::Done, who, &error))
        showMessage(tr("The analysis is marked as done by %1.").arg(who), false);
    else
        showMessage(error, true);
}

void AnalysisWizard::establish()
{
    flush();
    const QString who = askWho(tr("Establish the analysis"),
                               tr("Once established, the analysis can no longer be changed; a change becomes a new "
                                  "version. Who establishes it?"));
    if (who.isEmpty())
        return;
    QString error;
    if (m_session->setStatus(AnalysisStatus::Established, who, &error))
        showMessage(QString(), false);
    else
        showMessage(error, true);
}

void AnalysisWizard::makeNewVersion()
{
    QString error;
    if (!m_session->startNewVersion(&error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("Version %1 is a new draft; version %2 is kept as it was established.")
                    .arg(m_session->analysis().version)
                    .arg(m_session->analysis().version - 1),
                false);
    setCurrentIndex(currentIndex());
}

void AnalysisWizard::printPreview()
{
    flush();
    AnalysisPrinting::preview(m_session->database(), m_session->analysis(), this);
}
