#pragma once

#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"

#include "ui/wizard/WizardPage.h"

#include <QMap>

class PageEditor;
class QPlainTextEdit;

/**
 * One page of the wizard as the template describes it: its title and help text,
 * the editor for its kind, and a text field for each of its free-text questions.
 */
class AnalysisPage : public WizardPage<Analysis>
{
    Q_OBJECT

public:
    AnalysisPage(const TemplatePage& page, const AnalysisTemplate& tmpl, int minGroupSize, QWidget* parent = nullptr);

    const TemplatePage& templatePage() const { return m_page; }
    PageEditor* editor() const { return m_editor; }
    /** The field for question `id`, or null. */
    QPlainTextEdit* questionEdit(const QString& id) const { return m_questions.value(id); }

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override;
    /** Established: nothing on the page can be changed; it can still be read and scrolled. */
    void setReadOnly(bool readOnly) override;

private:
    TemplatePage m_page;
    PageEditor* m_editor;
    QMap<QString, QPlainTextEdit*> m_questions;
};
