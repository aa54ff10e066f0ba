#pragma once

#include "ItemListEditor.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

/** Utvecklingsområden in priority order, each with the problems it answers. */
class AreasEditor : public ItemListEditorOf<DevelopmentArea>
{
    Q_OBJECT

public:
    explicit AreasEditor(const TemplatePage& page, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override;

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QListWidget* problemList() const { return m_problemList; }

protected:
    QString itemLabel(int row) const override;
    void appendItem() override;
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove development area"); }

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QListWidget* m_problemList;
};
