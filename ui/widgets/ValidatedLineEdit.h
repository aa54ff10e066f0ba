#pragma once

#include "core/domain/Validation.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

/**
 * A line edit with its validation message right below it, in Swedish, shown
 * as soon as the user leaves the field or types a full value. The rule is the
 * core's, so the form, the CLI and the importers agree.
 */
class ValidatedLineEdit : public QWidget
{
    Q_OBJECT

public:
    using Rule = std::function<Validation::Check(const QString&)>;

    explicit ValidatedLineEdit(Rule rule, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    /** The normalised value when valid, else the text as typed. */
    QString value() const;
    bool isValid() const;
    /** Shows the message now, whether or not the user has left the field. */
    void reveal();

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh(bool force);

    Rule m_rule;
    QLineEdit* m_edit;
    QLabel* m_message;
    bool m_touched = false;
};
