#include "AnalysisWizard.h"

#include "AnalysisPage.h"
#include "AnalysisPrinting.h"
#include "PlanLinkGuard.h"
#include "ui/session/AnalysisSession.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kTypingPauseMs = 500;

const QString kBannerStyle = QStringLiteral(
    "QLabel { background: #e8f0fe; border: 1px solid #a8c7fa; border-radius: 4px; padding: 8px; color: #0b3a82; }");
const QString kErrorStyle = QStringLiteral(
    "QLabel { background: #fdecea; border: 1px solid #f1b8b3; border-radius: 4px; padding: 8px; color: #8c1d18; }");
const QString kInfoStyle = QStringLiteral(
    "QLabel { background: #e6f4ea; border: 1px solid #a8dab5; border-radius: 4px; padding: 8px; color: #0d652d; }");

} // namespace

AnalysisWizard::AnalysisWizard(Database& db, qint64 analysisId, QWidget* parent)
    : QDialog(parent)
    , m_session(new AnalysisSession(db, analysisId, this))
    , m_typingTimer(new QTimer(this))
    , m_title(new QLabel)
    , m_statusLine(new QLabel)
    , m_banner(new QLabel)
    , m_newVersion(new QPushButton(tr("&New version")))
    , m_message(new QLabel)
    , m_savedLabel(new QLabel)
    , m_steps(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_markDone(new QPushButton(tr("Mark as &done…")))
    , m_establish(new QPushButton(tr("E&stablish…")))
    , m_print(new QPushButton(tr("&Print preview…")))
    , m_back(new QPushButton(tr("< &Back")))
    , m_next(new QPushButton(tr("&Next >")))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
{
    setObjectName(QStringLiteral("analysisWizard"));
    setWindowTitle(tr("Current-state analysis"));
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, [this] { commit(m_pendingText, m_pendingKey); });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(kBannerStyle);
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_savedLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Pages of the analysis"));
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setFixedWidth(220);
    m_steps->setSpacing(3);
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_establish->setObjectName(QStringLiteral("establishButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_next->setDefault(false);
    m_next->setAutoDefault(false);
    m_back->setAutoDefault(false);

    m_undo->setShortcuts(QKeySequence::Undo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);
    for (auto* action : { m_undo, m_redo }) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_undo, &QAction::triggered, this, &AnalysisWizard::undo);
    connect(m_redo, &QAction::triggered, this, &AnalysisWizard::redo);
    auto* undoButton = new QToolButton;
    undoButton->setDefaultAction(m_undo);
    auto* redoButton = new QToolButton;
    redoButton->setDefaultAction(m_redo);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_statusLine);
    header->addLayout(titles, 1);
    header->addWidget(m_savedLabel);
    header->addWidget(undoButton);
    header->addWidget(redoButton);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_newVersion);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_steps);
    middle->addWidget(m_stack, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_establish);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* close = new QPushButton(tr("&Close"));
    close->setAutoDefault(false);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(bannerRow);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_next, &QPushButton::clicked, this, &AnalysisWizard::next);
    connect(m_back, &QPushButton::clicked, this, &AnalysisWizard::back);
    connect(m_markDone, &QPushButton::clicked, this, &AnalysisWizard::markDone);
    connect(m_establish, &QPushButton::clicked, this, &AnalysisWizard::establish);
    connect(m_newVersion, &QPushButton::clicked, this, &AnalysisWizard::makeNewVersion);
    connect(m_print, &QPushButton::clicked, this, &AnalysisWizard::printPreview);
    connect(m_steps, &QListWidget::currentRowChanged, this, &AnalysisWizard::showPage);
    connect(m_session->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_session->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_session->undoStack(), &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    connect(m_session->undoStack(), &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_session, &AnalysisSession::reloaded, this, [this] {
        if (AnalysisPage* p = currentPage())
            p->load(m_session->analysis());
    });
    connect(m_session, &AnalysisSession::saved, this, [this] {
        m_savedLabel->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
        if (m_message->styleSheet() == kErrorStyle)
            m_message->hide();
    });
    connect(m_session, &AnalysisSession::saveFailed, this,
            [this](const QString& message) { showMessage(tr("Not saved: %1").arg(message), true); });
    connect(m_session, &AnalysisSession::statusChanged, this, &AnalysisWizard::refreshStatus);
    // Leaving a field saves at once, as in the meeting editor.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && isAncestorOf(old))
            flush();
    });
    qApp->installEventFilter(this);

    if (const QScreen* screen = this->screen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1320, available.width() - 20), std::min(760, available.height() - 20));
    }
    if (!m_session->isValid()) {
        showMessage(m_session->errorString(), true);
        return;
    }
    buildPages();
    refreshStatus();
    const auto& tmpl = m_session->analysisTemplate();
    int start = 0;
    for (int i = 0; i < tmpl.pages.size(); ++i) {
        if (tmpl.pages[i].id == m_session->analysis().currentPage)
            start = i;
    }
    setCurrentIndex(start);
}

AnalysisWizard::~AnalysisWizard()
{
    qApp->removeEventFilter(this);
    // The children go after this body: the session's undo stack, cleared as it goes, and the
    // focus moving away must not reach this half-destroyed wizard through its lambdas.
    disconnect(qApp, nullptr, this, nullptr);
    m_session->undoStack()->disconnect(this);
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

void AnalysisWizard::buildPages()
{
    const auto& tmpl = m_session->analysisTemplate();
    for (int i = 0; i < tmpl.pages.size(); ++i) {
        auto* page = new AnalysisPage(tmpl.pages[i], tmpl, m_session->minGroupSize());
        // No scroll area: each page is laid out to fit a school laptop's 1366×768, its lists scroll themselves.
        m_stack->addWidget(page);
        m_pages << page;
        m_steps->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(tmpl.pages[i].title));
        connect(page, &AnalysisPage::typed, this, &AnalysisWizard::onTyped);
        connect(page, &AnalysisPage::edited, this, &AnalysisWizard::onEdited);
    }
}

int AnalysisWizard::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

AnalysisPage* AnalysisWizard::page(int index) const
{
    return m_pages.value(index);
}

AnalysisPage* AnalysisWizard::pageById(const QString& id) const
{
    for (auto* p : m_pages) {
        if (p->templatePage().id == id)
            return p;
    }
    return nullptr;
}

int AnalysisWizard::currentIndex() const
{
    return m_stack->currentIndex();
}

AnalysisPage* AnalysisWizard::currentPage() const
{
    return page(currentIndex());
}

void AnalysisWizard::setCurrentIndex(int index)
{
    if (index >= 0 && index < pageCount()) {
        if (m_steps->currentRow() == index)
            showPage(index);
        else
            m_steps->setCurrentRow(index);
    }
}

void AnalysisWizard::next()
{
    setCurrentIndex(currentIndex() + 1);
}

void AnalysisWizard::back()
{
    setCurrentIndex(currentIndex() - 1);
}

void AnalysisWizard::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    flush();
    m_stack->setCurrentIndex(index);
    // Other pages may have changed what this one links to: show it as stored.
    m_pages[index]->load(m_session->analysis());
    m_pages[index]->setReadOnly(m_session->analysis().isReadOnly());
    m_session->setCurrentPage(m_pages[index]->templatePage().id);
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < pageCount() - 1);
}

void AnalysisWizard::onTyped(const QString& text, const QString& mergeKey)
{
    if (m_typingTimer->isActive() && mergeKey != m_pendingKey)
        flush();
    m_pendingText = text;
    m_pendingKey = mergeKey;
    m_typingTimer->start();
}

void AnalysisWizard::onEdited(const QString& text)
{
    flush();
    commit(text, QString());
}

bool AnalysisWizard::hasPendingChanges() const
{
    return m_typingTimer->isActive();
}

void AnalysisWizard::flush()
{
    if (m_typingTimer->isActive())
        commit(m_pendingText, m_pendingKey);
}

void AnalysisWizard::commit(const QString& text, const QString& mergeKey)
{
    m_typingTimer->stop();
    AnalysisPage* page = currentPage();
    if (!page || !m_session->isValid() || m_session->analysis().isReadOnly())
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

void AnalysisWizard::undo()
{
    flush();
    m_session->undoStack()->undo();
}

void AnalysisWizard::redo()
{
    flush();
    m_session->undoStack()->redo();
}

bool AnalysisWizard::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields keep their own undo for Ctrl+Z; in the wizard, undo is the wizard's, which also reaches the disk.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && isAncestorOf(static_cast<QWidget*>(watched))) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AnalysisWizard::refreshStatus()
{
    const Analysis& a = m_session->analysis();
    const auto& tmpl = m_session->analysisTemplate();
    m_title->setText(QStringLiteral("%1 – %2").arg(tmpl.title, m_session->levelName()));
    QStringList parts;
    if (a.status != AnalysisStatus::Draft && !a.statusBy.isEmpty())
        parts << tr("%1 (%2, %3)")
                     .arg(Analysis::Statuses.label(a.status), a.statusBy,
                          a.statusAt.toString(QStringLiteral("yyyy-MM-dd")));
    else
        parts << Analysis::Statuses.label(a.status);
    parts << tr("version %1").arg(a.version) << tr("template %1, version %2").arg(tmpl.title).arg(a.templateVersion)
          << tr("saved as you type");
    m_statusLine->setText(parts.join(QStringLiteral("  ·  ")));
    const bool readOnly = a.isReadOnly();
    m_banner->setVisible(readOnly);
    m_newVersion->setVisible(readOnly);
    if (readOnly)
        m_banner->setText(tr("This analysis was established by %1 on %2 and can no longer be changed. To change "
                             "it, make a new version; this one is kept as it is.")
                              .arg(a.statusBy, a.statusAt.toString(QStringLiteral("yyyy-MM-dd"))));
    m_markDone->setEnabled(!readOnly && a.status == AnalysisStatus::Draft);
    m_establish->setEnabled(!readOnly);
    for (auto* p : m_pages)
        p->setReadOnly(readOnly);
    m_undo->setEnabled(m_session->undoStack()->canUndo());
    m_redo->setEnabled(m_session->undoStack()->canRedo());
}

void AnalysisWizard::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : kInfoStyle);
    m_message->setVisible(!text.isEmpty());
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
    showPage(currentIndex());
}

void AnalysisWizard::printPreview()
{
    flush();
    AnalysisPrinting::preview(m_session->database(), m_session->analysis(), this);
}

void AnalysisWizard::done(int result)
{
    flush();
    QDialog::done(result);
}
