#pragma once

#include "PageEditor.h"

class RecordTable;

/** Who took part in the analysis: name, role, organisation. */
class ParticipantsEditor : public PageEditor
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(const TemplatePage& page, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void setReadOnly(bool readOnly) override;

    RecordTable* table() const { return m_table; }

private:
    RecordTable* m_table;
};
