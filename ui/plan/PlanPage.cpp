#include "PlanPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PlanPage::PlanPage(const QString& id, const QString& title, const QString& help, const PlanSessionContext& context,
                   QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_id(id)
    , m_title(title)
    , m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page:") + id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (!help.isEmpty()) {
        auto* helpLabel = new QLabel(help);
        helpLabel->setObjectName(QStringLiteral("pageHelp"));
        helpLabel->setWordWrap(true);
        helpLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(helpLabel);
    }
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}

QPlainTextEdit* PlanPage::makeTextEdit(const QString& objectName, const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

void PlanPage::setTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
