#include "MessageBox.h"

QList<QMessageBox::StandardButton> MessageBox::s_answers;
QString MessageBox::s_lastText;

bool MessageBox::answered(const QString& text, QMessageBox::StandardButton* answer)
{
    s_lastText = text;
    if (s_answers.isEmpty())
        return false;
    const auto next = s_answers.takeFirst();
    if (answer)
        *answer = next;
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer;
    if (answered(text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::error(QWidget* parent, const QString& title, const QString& text)
{
    if (!answered(text))
        QMessageBox::critical(parent, title, text);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    if (!answered(text))
        QMessageBox::information(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answers.append(answer);
}

QString MessageBox::lastText()
{
    return s_lastText;
}
