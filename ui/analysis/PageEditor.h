#pragma once

#include "core/analysis/Analysis.h"
#include "core/analysis/AnalysisTemplate.h"
#include "ui/wizard/WizardPage.h"

/**
 * The editor for one kind of template page. It shows part of an analysis and
 * writes what is on screen back into one; the wizard decides when to save.
 */
class PageEditor : public WizardPage<Analysis>
{
    Q_OBJECT

public:
    explicit PageEditor(const TemplatePage& page, QWidget* parent = nullptr)
        : WizardPage<Analysis>(parent)
        , m_page(page)
    {
    }

    const TemplatePage& page() const { return m_page; }

protected:
    TemplatePage m_page;
};
