#include "WizardPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

QPlainTextEdit* WizardPageBase::makeTextEdit(const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QPlainTextEdit* WizardPageBase::makeTextEdit(const QString& objectName, const QString& accessibleName, int lines)
{
    auto* edit = makeTextEdit(accessibleName, lines);
    edit->setObjectName(objectName);
    return edit;
}

void WizardPageBase::setTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void WizardPageBase::addHeading(QVBoxLayout* layout, const QString& title, const QString& help)
{
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
}
