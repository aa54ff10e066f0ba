#pragma once

#include "ItemListEditor.h"

class QComboBox;
class QPlainTextEdit;

/** Orsaker: where each cause lies (organisation, teaching, follow-up) and on which decision level. */
class CausesEditor : public ItemListEditorOf<Cause>
{
    Q_OBJECT

public:
    explicit CausesEditor(const TemplatePage& page, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override { adoptIdsFrom(saved.causes); }

    QComboBox* areaCombo() const { return m_area; }
    QComboBox* levelCombo() const { return m_level; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }

protected:
    QString itemLabel(int row) const override;
    void appendItem() override;
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove cause"); }

private:
    QComboBox* m_area;
    QComboBox* m_level;
    QPlainTextEdit* m_description;
};
