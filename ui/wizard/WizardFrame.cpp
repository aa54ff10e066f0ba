#include "WizardFrame.h"

#include "WizardPage.h"
#include "ui/widgets/Autosave.h"
#include "ui/widgets/MessageStyles.h"
#include "ui/widgets/UndoKeys.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTime>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

WizardFrame::WizardFrame(QWidget* parent)
    : QDialog(parent)
    , m_autosave(new Autosave([this](const QString& text, const QString& key) { commit(text, key); }, this))
    , m_title(new QLabel)
    , m_statusLine(new QLabel)
    , m_savedLabel(new QLabel)
    , m_banner(MessageStyles::makeReadOnlyBanner())
    , m_bannerRow(new QHBoxLayout)
    , m_message(new QLabel)
    , m_steps(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_actions(new QHBoxLayout)
    , m_back(new QPushButton(tr("< &Back")))
    , m_next(new QPushButton(tr("&Next >")))
    , m_undo(new QAction(tr("Undo"), this))
    , m_redo(new QAction(tr("Redo"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("headline"));
    m_title->setWordWrap(true);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setFixedWidth(220);
    m_steps->setSpacing(3);
    for (auto* b : { m_back, m_next })
        b->setAutoDefault(false);

    UndoKeys::install(m_undo, m_redo);
    for (auto* action : { m_undo, m_redo }) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_undo, &QAction::triggered, this, &WizardFrame::undo);
    connect(m_redo, &QAction::triggered, this, &WizardFrame::redo);
    auto* undoButton = new QToolButton;
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(m_undo);
    auto* redoButton = new QToolButton;
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(m_redo);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_statusLine);
    header->addLayout(titles, 1);
    header->addWidget(m_savedLabel);
    header->addWidget(undoButton);
    header->addWidget(redoButton);
    m_bannerRow->addWidget(m_banner, 1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_steps);
    middle->addWidget(m_stack, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(m_actions);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* close = new QPushButton(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_bannerRow);
    layout->addWidget(m_message);
    layout->addLayout(middle, 1);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_next, &QPushButton::clicked, this, &WizardFrame::next);
    connect(m_back, &QPushButton::clicked, this, &WizardFrame::back);
    connect(m_steps, &QListWidget::currentRowChanged, this, &WizardFrame::showStep);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &WizardFrame::flush);
    // Leaving a field saves at once.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && isAncestorOf(old))
            flush();
    });
    qApp->installEventFilter(this);
    fitToScreen();
}

WizardFrame::~WizardFrame()
{
    detach();
}

void WizardFrame::detach()
{
    if (m_detached)
        return;
    m_detached = true;
    // The children go after the destructors: nothing they do as they go (the undo stack cleared, the focus moving
    // away) may reach a half-destroyed wizard.
    qApp->removeEventFilter(this);
    disconnect(qApp, nullptr, this, nullptr);
    m_autosave->cancel();
    if (m_undoStack)
        m_undoStack->disconnect(this);
}

void WizardFrame::addPage(const QString& id, const QString& title, QWidget* page)
{
    // No scroll area: each page is laid out to fit a school laptop's 1366×768, its lists scroll themselves.
    m_stack->addWidget(page);
    m_ids << id;
    m_steps->addItem(QStringLiteral("%1. %2").arg(m_steps->count() + 1).arg(title));
}

void WizardFrame::watch(WizardPageBase* page)
{
    connect(page, &WizardPageBase::typed, this,
            [this](const QString& text, const QString& key) { m_autosave->schedule(key, text); });
    connect(page, &WizardPageBase::edited, this, [this](const QString& text) {
        flush();
        commit(text, QString());
    });
}

void WizardFrame::openOn(const QString& id)
{
    setCurrentIndex(std::max(0, indexOf(id)));
}

int WizardFrame::pageCount() const
{
    return m_stack->count();
}

int WizardFrame::currentIndex() const
{
    return m_stack->currentIndex();
}

QWidget* WizardFrame::pageWidget(int index) const
{
    return m_stack->widget(index);
}

int WizardFrame::indexOf(const QString& id) const
{
    return id.isEmpty() ? -1 : static_cast<int>(m_ids.indexOf(id));
}

void WizardFrame::setCurrentIndex(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    if (m_steps->currentRow() == index)
        showStep(index);
    else
        m_steps->setCurrentRow(index);
}

void WizardFrame::next()
{
    setCurrentIndex(currentIndex() + 1);
}

void WizardFrame::back()
{
    setCurrentIndex(currentIndex() - 1);
}

void WizardFrame::showStep(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    flush();
    const int previous = currentIndex();
    m_stack->setCurrentIndex(index);
    pageShown(index, previous);
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < pageCount() - 1);
}

void WizardFrame::flush()
{
    m_autosave->flush();
}

bool WizardFrame::hasPendingChanges() const
{
    return m_autosave->pending();
}

void WizardFrame::undo()
{
    flush();
    if (m_undoStack)
        m_undoStack->undo();
}

void WizardFrame::redo()
{
    flush();
    if (m_undoStack)
        m_undoStack->redo();
}

void WizardFrame::setUndoStack(QUndoStack* stack)
{
    if (m_undoStack)
        m_undoStack->disconnect(this);
    m_undoStack = stack;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    if (!stack)
        return;
    connect(stack, &QUndoStack::canUndoChanged, this, [this](bool can) { m_undo->setEnabled(can); });
    connect(stack, &QUndoStack::canRedoChanged, this, [this](bool can) { m_redo->setEnabled(can); });
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
}

bool WizardFrame::eventFilter(QObject* watched, QEvent* event)
{
    // Text fields keep their own undo for Ctrl+Z; in the wizard, undo is the wizard's, which also reaches the disk.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && isAncestorOf(static_cast<QWidget*>(watched)) && UndoKeys::matches(static_cast<QKeyEvent*>(event))) {
        event->ignore();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void WizardFrame::setHeadline(const QString& title, const QString& statusLine)
{
    m_title->setText(title);
    setStatusLine(statusLine);
}

void WizardFrame::setStatusLine(const QString& statusLine)
{
    m_statusLine->setText(statusLine);
}

void WizardFrame::setReadOnlyBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    for (auto* b : std::as_const(m_bannerButtons))
        b->setVisible(!text.isEmpty());
}

void WizardFrame::addBannerButton(QPushButton* button)
{
    button->setAutoDefault(false);
    button->setVisible(m_banner->isVisibleTo(this));
    m_bannerButtons << button;
    m_bannerRow->addWidget(button);
}

void WizardFrame::addActionButton(QPushButton* button)
{
    button->setAutoDefault(false);
    m_actions->addWidget(button);
}

void WizardFrame::showMessage(const QString& text, bool error)
{
    MessageStyles::show(m_message, text, error ? MessageStyles::Kind::Error : MessageStyles::Kind::Info);
}

void WizardFrame::markSaved()
{
    m_savedLabel->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    if (MessageStyles::isError(m_message))
        m_message->hide();
}

void WizardFrame::showSaveFailed(const QString& message)
{
    showMessage(tr("Not saved: %1").arg(message), true);
}

void WizardFrame::fitToScreen()
{
    if (const QScreen* screen = this->screen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1320, available.width() - 20), std::min(760, available.height() - 20));
    }
}

void WizardFrame::done(int result)
{
    flush();
    QDialog::done(result);
}
