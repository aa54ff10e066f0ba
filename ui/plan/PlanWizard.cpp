#include "PlanWizard.h"

#include "AreasPage.h"
#include "FundingPage.h"
#include "GoalsPage.h"
#include "InterventionsPage.h"
#include "PlanTimelineDialog.h"
#include "ResponsibilityPage.h"
#include "ReviewPage.h"
#include "ui/session/PlanSession.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
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

const QString kErrorStyle = QStringLiteral(
    "QLabel { background: #fdecea; border: 1px solid #f1b8b3; border-radius: 4px; padding: 8px; color: #8c1d18; }");
const QString kInfoStyle = QStringLiteral(
    "QLabel { background: #e6f4ea; border: 1px solid #a8dab5; border-radius: 4px; padding: 8px; color: #0d652d; }");

} // namespace

PlanWizard::PlanWizard(Database& db, qint64 collaborationId, QWidget* parent)
    : QDialog(parent)
    , m_session(new PlanSession(db, collaborationId, this))
    , m_typingTimer(new QTimer(this))
    , m_title(new QLabel)
    , m_statusLine(new QLabel)
    , m_message(new QLabel)
    , m_savedLabel(new QLabel)
    , m_steps(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_timeline(new QPushButton(tr("&Timeline…")))
    , m_back(new QPushButton(tr("< &Back")))
    , m_next(new QPushButton(tr("&Next >")))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
{
    setObjectName(QStringLiteral("planWizard"));
    setWindowTitle(tr("Action plan"));
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
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_savedLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Pages of the action plan"));
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setFixedWidth(200);
    m_steps->setSpacing(3);
    m_timeline->setObjectName(QStringLiteral("timelineButton"));
    for (auto* b : { m_timeline, m_back, m_next })
        b->setAutoDefault(false);

    m_undo->setShortcuts(QKeySequence::Undo);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& key :
         { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redo->setShortcuts(redoKeys);
    for (auto* action : { m_undo, m_redo }) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_undo, &QAction::triggered, this, &PlanWizard::undo);
    connect(m_redo, &QAction::triggered, this, &PlanWizard::redo);
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
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_steps);
    middle->addWidget(m_stack, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_timeline);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* close = new QPushButton(tr("&Close"));
    close->setAutoDefault(false);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_next, &QPushButton::clicked, this, &PlanWizard::next);
    connect(m_back, &QPushButton::clicked, this, &PlanWizard::back);
    connect(m_timeline, &QPushButton::clicked, this, &PlanWizard::showTimeline);
    connect(m_steps, &QListWidget::currentRowChanged, this, &PlanWizard::showPage);
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
    connect(m_session, &PlanSession::reloaded, this, [this] {
        if (PlanPage* p = currentPage())
            p->load(m_session->plan());
    });
    connect(m_session, &PlanSession::saved, this, [this] {
        m_savedLabel->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
        if (m_message->styleSheet() == kErrorStyle)
            m_message->hide();
    });
    connect(m_session, &PlanSession::saveFailed, this,
            [this](const QString& message) { showMessage(tr("Not saved: %1").arg(message), true); });
    // Leaving a field saves at once, as in the analysis wizard.
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
    const PlanSessionContext& context = m_session->context();
    m_title->setText(tr("Action plan – %1").arg(context.organizerName));
    m_statusLine->setText(tr("From the analysis, version %1  ·  the collaboration runs %2 – %3  ·  saved as you type")
                              .arg(context.analysis.version)
                              .arg(context.periodStart.toString(Qt::ISODate), context.periodEnd.toString(Qt::ISODate)));
    buildPages();
    int start = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == m_session->plan().currentPage)
            start = i;
    }
    setCurrentIndex(start);
}

PlanWizard::~PlanWizard()
{
    qApp->removeEventFilter(this);
    // The children go after this body: nothing they do as they go may reach this half-destroyed wizard.
    disconnect(qApp, nullptr, this, nullptr);
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
    // The pages hold a reference to the session's context: they go first, while it is still there.
    for (auto* page : std::as_const(m_pages)) {
        page->blockSignals(true);
        delete page;
    }
    m_pages.clear();
}

bool PlanWizard::isValid() const
{
    return m_session->isValid();
}

QString PlanWizard::errorString() const
{
    return m_session->errorString();
}

void PlanWizard::buildPages()
{
    const PlanSessionContext& context = m_session->context();
    auto* review = new ReviewPage(context);
    m_pages = { new AreasPage(context),          new InterventionsPage(context), new GoalsPage(context),
                new ResponsibilityPage(context), new FundingPage(context),       review };
    for (int i = 0; i < m_pages.size(); ++i) {
        // No scroll area: each page is laid out to fit a school laptop's 1366×768.
        m_stack->addWidget(m_pages[i]);
        m_steps->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(m_pages[i]->title()));
        connect(m_pages[i], &PlanPage::typed, this, &PlanWizard::onTyped);
        connect(m_pages[i], &PlanPage::edited, this, &PlanWizard::onEdited);
    }
    connect(review, &ReviewPage::warningActivated, this, &PlanWizard::showWarning);
}

int PlanWizard::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

PlanPage* PlanWizard::page(int index) const
{
    return m_pages.value(index);
}

PlanPage* PlanWizard::pageById(const QString& id) const
{
    for (auto* p : m_pages) {
        if (p->pageId() == id)
            return p;
    }
    return nullptr;
}

int PlanWizard::currentIndex() const
{
    return m_stack->currentIndex();
}

PlanPage* PlanWizard::currentPage() const
{
    return page(currentIndex());
}

void PlanWizard::setCurrentIndex(int index)
{
    if (index >= 0 && index < pageCount()) {
        if (m_steps->currentRow() == index)
            showPage(index);
        else
            m_steps->setCurrentRow(index);
    }
}

void PlanWizard::next()
{
    setCurrentIndex(currentIndex() + 1);
}

void PlanWizard::back()
{
    setCurrentIndex(currentIndex() - 1);
}

void PlanWizard::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    flush();
    if (PlanPage* old = currentPage(); old && old->currentInterventionId() != 0)
        m_intervention = old->currentInterventionId();
    m_stack->setCurrentIndex(index);
    // Other pages may have changed what this one shows: show the plan as stored.
    m_pages[index]->load(m_session->plan());
    if (m_intervention != 0)
        m_pages[index]->selectIntervention(m_intervention);
    m_session->setCurrentPage(m_pages[index]->pageId());
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < pageCount() - 1);
}

void PlanWizard::showWarning(const PlanWarning& warning)
{
    QString pageId;
    switch (warning.kind) {
    case PlanWarningKind::AreaWithoutIntervention:
        pageId = QStringLiteral("interventions");
        break;
    case PlanWarningKind::NoGoal:
    case PlanWarningKind::NoIndicator:
        pageId = QStringLiteral("goals");
        break;
    case PlanWarningKind::OutsidePeriod:
        pageId = QStringLiteral("responsibility");
        break;
    case PlanWarningKind::NoBudget:
        pageId = QStringLiteral("funding");
        break;
    }
    PlanPage* target = pageById(pageId);
    if (!target)
        return;
    if (warning.interventionId != 0)
        m_intervention = warning.interventionId;
    setCurrentIndex(static_cast<int>(m_pages.indexOf(target)));
    if (warning.interventionId != 0)
        target->selectIntervention(warning.interventionId);
    else
        target->selectArea(warning.areaId);
}

void PlanWizard::onTyped(const QString& text, const QString& mergeKey)
{
    if (m_typingTimer->isActive() && mergeKey != m_pendingKey)
        flush();
    m_pendingText = text;
    m_pendingKey = mergeKey;
    m_typingTimer->start();
}

void PlanWizard::onEdited(const QString& text)
{
    flush();
    commit(text, QString());
}

bool PlanWizard::hasPendingChanges() const
{
    return m_typingTimer->isActive();
}

void PlanWizard::flush()
{
    if (m_typingTimer->isActive())
        commit(m_pendingText, m_pendingKey);
}

void PlanWizard::commit(const QString& text, const QString& mergeKey)
{
    m_typingTimer->stop();
    PlanPage* page = currentPage();
    if (!page || !m_session->isValid())
        return;
    ActionPlan after = m_session->plan();
    page->writeTo(after);
    if (after == m_session->plan())
        return;
    if (m_session->change(after, text, mergeKey))
        page->adoptIds(m_session->plan());
}

void PlanWizard::undo()
{
    flush();
    m_session->undoStack()->undo();
}

void PlanWizard::redo()
{
    flush();
    m_session->undoStack()->redo();
}

bool PlanWizard::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields keep their own undo for Ctrl+Z; in the wizard, undo is the wizard's, which also reaches the disk.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && isAncestorOf(static_cast<QWidget*>(watched))) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PlanWizard::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : kInfoStyle);
    m_message->setVisible(!text.isEmpty());
}

void PlanWizard::showTimeline()
{
    flush();
    PlanTimelineDialog dialog(m_session->database(), m_session->plan(), m_session->context(), this);
    dialog.exec();
}

void PlanWizard::done(int result)
{
    flush();
    QDialog::done(result);
}
