#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

/**
 * An intervention's rating as a row of buttons, each with what it means printed beside
 * it (DfE's RAG hints), and the reason below it, inline: required for the ratings that
 * say so. Not a popup: the reason is typed where the rating is chosen.
 */
class RatingSelector : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        int value = 0;
        QString label; ///< on the button, with its mnemonic
        QString meaning; ///< printed beside the button
        bool needsReason = false;
    };

    explicit RatingSelector(const QList<Option>& options, QWidget* parent = nullptr);

    /** The chosen value, or -1 when none is. */
    int value() const;
    QString reason() const;
    /** Shows `value` (-1: none chosen) and `reason` without signalling an edit. */
    void setValue(int value, const QString& reason);
    void setReadOnly(bool readOnly);
    /**
     * The reason's label, its label when required (%1: the choice) and the hint shown while
     * a required reason is missing (%1: the choice); the intervention's wording by default.
     */
    void setTexts(const QString& label, const QString& requiredLabel, const QString& hint);
    /** True when the chosen rating needs a reason and none is written. */
    bool missingReason() const;

    QPushButton* button(int value) const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* hintLabel() const { return m_hint; }

Q_SIGNALS:
    /** A button was chosen: save at once. */
    void chosen();
    /** The reason was typed: save after a pause. */
    void reasonTyped();

private:
    void refreshHint();

    QList<Option> m_options;
    QButtonGroup* m_group;
    QLabel* m_reasonLabel;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QString m_labelText;
    QString m_requiredText;
    QString m_hintText;
    bool m_loading = false;
};
