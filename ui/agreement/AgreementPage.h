#pragma once

#include "core/agreement/Agreement.h"

#include <QWidget>

/**
 * One step of the agreement wizard. It shows its part of the agreement and writes
 * edits back into it; the wizard saves. `typed` edits are saved after a pause in
 * typing, the others at once.
 */
class AgreementPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /** Shows `agreement`; `readOnly` once it is signed. */
    virtual void load(const Agreement& agreement, bool readOnly) = 0;
    /** Writes what the page shows into `agreement`. */
    virtual void apply(Agreement& agreement) const = 0;

Q_SIGNALS:
    void edited(bool typed);
};
