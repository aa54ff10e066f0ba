#include "PageEditor.h"

#include <QPlainTextEdit>

PageEditor::PageEditor(const TemplatePage& page, QWidget* parent)
    : QWidget(parent)
    , m_page(page)
{
}

QPlainTextEdit* PageEditor::makeTextEdit(const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

void PageEditor::setTextKeepingCursor(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
