#pragma once

#include <QMessageBox>

#include <QList>

/**
 * Every modal question goes through here, so GUI tests can answer it
 * (KeePassXC's MessageBox::setNextAnswer).
 */
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    /** The next dialog is not shown; it returns `answer` instead. Several calls queue answers. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** The text of the last dialog shown or answered, for tests. */
    static QString lastText();

private:
    /** Takes the next queued answer, if any, and records `text`. */
    static bool answered(const QString& text, QMessageBox::StandardButton* answer = nullptr);

    static QList<QMessageBox::StandardButton> s_answers;
    static QString s_lastText;
};
