#pragma once

#include "ItemListEditor.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

/** Underlag: Skolenkäten, the inspectorate's decisions, own surveys, observations; kinds from the template. */
class EvidenceEditor : public ItemListEditorOf<Evidence>
{
    Q_OBJECT

public:
    explicit EvidenceEditor(const TemplatePage& page, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override { adoptIdsFrom(saved.evidence); }

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }

protected:
    QString itemLabel(int row) const override;
    void appendItem() override;
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove evidence"); }

private:
    void takeFields(bool typing);

    QComboBox* m_kind;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QPlainTextEdit* m_summary;
};
