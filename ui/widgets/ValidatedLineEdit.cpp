#include "ValidatedLineEdit.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ValidatedLineEdit::ValidatedLineEdit(Rule rule, QWidget* parent)
    : QWidget(parent)
    , m_rule(std::move(rule))
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        refresh(false);
        Q_EMIT edited();
    });
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text();
}

void ValidatedLineEdit::setText(const QString& text)
{
    m_edit->setText(text);
    refresh(false);
}

QString ValidatedLineEdit::value() const
{
    const auto check = m_rule(m_edit->text());
    return check.ok ? check.normalized : m_edit->text();
}

bool ValidatedLineEdit::isValid() const
{
    return m_rule(m_edit->text()).ok;
}

void ValidatedLineEdit::reveal()
{
    m_touched = true;
    refresh(true);
}

bool ValidatedLineEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        m_touched = true;
        refresh(true);
    }
    return QWidget::eventFilter(watched, event);
}

void ValidatedLineEdit::refresh(bool force)
{
    const auto check = m_rule(m_edit->text());
    // While typing, a message appears only once the field has been left once: no nagging mid-word.
    const bool show = !check.ok && (force || m_touched);
    m_message->setText(check.error);
    m_message->setVisible(show);
    m_edit->setAccessibleDescription(show ? check.error : QString());
    m_edit->setStyleSheet(show ? QStringLiteral("QLineEdit { border: 1px solid #b3261e; }") : QString());
}
