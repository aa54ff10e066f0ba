#pragma once

#include "PageEditor.h"

class QPlainTextEdit;
class QTextBrowser;

/** The summary in the team's own words, beside an overview of problems, causes and areas. */
class SummaryEditor : public PageEditor
{
    Q_OBJECT

public:
    SummaryEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void setReadOnly(bool readOnly) override;

    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QTextBrowser* overview() const { return m_overview; }

    /** The chain problem → causes → development areas as HTML, every user text escaped. */
    static QString overviewHtml(const Analysis& analysis, const AnalysisTemplate& tmpl);

private:
    const AnalysisTemplate& m_template;
    QPlainTextEdit* m_summary;
    QTextBrowser* m_overview;
};
