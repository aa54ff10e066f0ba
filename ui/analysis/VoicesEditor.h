#pragma once

#include "ItemListEditor.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class RecordTable;

/**
 * Elevernas röster: how a group was heard and what it said, aggregated. A voice
 * the core refuses (a group below the programme's minimum) stays on screen with
 * the core's explanation and is not saved until it is put right.
 */
class VoicesEditor : public ItemListEditorOf<PupilVoice>
{
    Q_OBJECT

public:
    VoicesEditor(const TemplatePage& page, int minGroupSize, QWidget* parent = nullptr);

    void load(const Analysis& analysis) override;
    void writeTo(Analysis& analysis) const override;
    void adoptIds(const Analysis& saved) override;

    QComboBox* methodCombo() const { return m_method; }
    QLineEdit* groupEdit() const { return m_group; }
    QSpinBox* groupSizeSpin() const { return m_groupSize; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    RecordTable* themesTable() const { return m_themes; }
    RecordTable* quotesTable() const { return m_quotes; }
    /** The core's message about the current voice, empty when it can be saved. */
    QLabel* problemLabel() const { return m_problem; }

protected:
    QString itemLabel(int row) const override;
    void appendItem() override;
    void showItem(int row) override;
    QWidget* firstField() const override;
    QString removeText() const override { return tr("Remove pupils' voice"); }

private:
    void takeFields(bool typing);
    void showProblem(int row);

    int m_minGroupSize;
    QHash<qint64, PupilVoice> m_stored; ///< the saved version of each voice, kept while one on screen is refused
    mutable QList<int> m_writtenRows; ///< rows of m_items in the last writeTo, for adoptIds
    QComboBox* m_method;
    QLineEdit* m_group;
    QSpinBox* m_groupSize;
    QPlainTextEdit* m_summary;
    RecordTable* m_themes;
    RecordTable* m_quotes;
    QLabel* m_problem;
};
