#pragma once

#include "ItemListEditor.h"

class QListWidget;
class QPlainTextEdit;

/** Problem: each tied to the causes behind it and to the evidence that shows it. */
class ProblemsEditor : public ItemListEditor
{
    Q_OBJECT

public:
    ProblemsEditor(const TemplatePage& page, const AnalysisTemplate& tmpl, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override;

    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QListWidget* causeList() const { return m_causeList; }
    QListWidget* evidenceList() const { return m_evidenceList; }

protected:
    int itemCount() const override { return static_cast<int>(m_items.size()); }
    QString itemLabel(int row) const override;
    void appendItem() override;
    void removeItemAt(int row) override { m_items.removeAt(row); }
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove problem"); }

private:
    void takeLinks();

    const AnalysisTemplate& m_template;
    QList<Problem> m_items;
    QList<Cause> m_causes;
    QList<Evidence> m_evidence;
    QPlainTextEdit* m_description;
    QListWidget* m_causeList;
    QListWidget* m_evidenceList;
};
