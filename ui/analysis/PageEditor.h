#pragma once

#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"

#include <QWidget>

class QPlainTextEdit;

/**
 * The editor for one kind of template page. It shows part of an analysis and
 * writes what is on screen back into one; the wizard decides when to save.
 */
class PageEditor : public QWidget
{
    Q_OBJECT

public:
    PageEditor(const TemplatePage& page, QWidget* parent = nullptr);

    /** Shows `analysis`: on opening, on coming to the page, after undo. Text that is equal is left alone. */
    virtual void load(const Analysis& analysis) = 0;
    /** Writes what is on screen into `analysis`; items that may not be saved are left out. */
    virtual void writeTo(Analysis& analysis) const = 0;
    /** After a save: new items got ids; take them over so later saves update the same rows. */
    virtual void adoptIds(const Analysis& saved) { Q_UNUSED(saved); }
    /** Established: shown, selectable and scrollable, but nothing can be changed. */
    virtual void setReadOnly(bool readOnly) { setEnabled(!readOnly); }

    const TemplatePage& page() const { return m_page; }

Q_SIGNALS:
    /** Text was typed: save after a pause, as one merging step named `text`. */
    void typed(const QString& text, const QString& mergeKey);
    /** Anything else changed: save at once. */
    void edited(const QString& text);

protected:
    /** A multi-line field where Tab moves on, as in a form. */
    static QPlainTextEdit* makeTextEdit(const QString& accessibleName, int lines);
    /** Replaces the text only when it differs, so the cursor stays where the user is typing. */
    static void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text);

    TemplatePage m_page;
    bool m_loading = false;
};
