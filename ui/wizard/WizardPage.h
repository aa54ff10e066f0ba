#pragma once

#include <QWidget>

class QPlainTextEdit;
class QVBoxLayout;

/**
 * What every wizard page has whatever it edits: the two signals the frame saves by
 * and the helpers for its text fields. Pages derive from WizardPage<T>.
 */
class WizardPageBase : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

Q_SIGNALS:
    /** Text was typed: save after a pause, as one merging step named `text`. */
    void typed(const QString& text, const QString& mergeKey);
    /** Anything else changed: save at once. */
    void edited(const QString& text);

protected:
    /** A multi-line field where Tab moves on, as in a form. */
    static QPlainTextEdit* makeTextEdit(const QString& accessibleName, int lines);
    static QPlainTextEdit* makeTextEdit(const QString& objectName, const QString& accessibleName, int lines);
    /** Replaces the text only when it differs, so the cursor stays where the user is typing. */
    static void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text);
    /** The page's title in large type and its help text below, on top of `layout`. */
    static void addHeading(QVBoxLayout* layout, const QString& title, const QString& help);

    /** True while load() fills the fields: their change signals are not edits. */
    bool m_loading = false;
};

/**
 * One page of a wizard over a draft of type T (KeePassXC's EditWidget pages): it shows
 * its part of the draft and writes what is on screen back into a copy; the wizard
 * decides when to save.
 */
template<typename T> class WizardPage : public WizardPageBase
{
public:
    using WizardPageBase::WizardPageBase;

    /** Shows `value`: on opening, on coming to the page, after undo. Text that is equal is left alone. */
    virtual void load(const T& value) = 0;
    /** Writes what is on screen into `value`; what may not be saved yet is left out. */
    virtual void writeTo(T& value) const { Q_UNUSED(value); }
    /** After a save: new rows got ids; take them over so later saves update the same rows. */
    virtual void adoptIds(const T& saved) { Q_UNUSED(saved); }
    /** Frozen: shown, selectable and scrollable, but nothing can be changed. */
    virtual void setReadOnly(bool readOnly) { setEnabled(!readOnly); }
};
