#pragma once

#include "ItemListEditor.h"

class QListWidget;
class QPlainTextEdit;

/** Problem: each tied to the causes behind it and to the evidence that shows it. */
class ProblemsEditor : public ItemListEditorOf<Problem>
{
    Q_OBJECT

public:
    ProblemsEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override { adoptIdsFrom(saved.problems); }

    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QListWidget* causeList() const { return m_causeList; }
    QListWidget* evidenceList() const { return m_evidenceList; }

protected:
    QString itemLabel(int row) const override;
    void appendItem() override;
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove problem"); }

private:
    void takeLinks();

    const AnalysisTemplate& m_template;
    QList<Cause> m_causes;
    QList<Evidence> m_evidence;
    QPlainTextEdit* m_description;
    QListWidget* m_causeList;
    QListWidget* m_evidenceList;
};
