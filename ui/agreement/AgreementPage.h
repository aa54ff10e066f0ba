#pragma once

#include "core/agreement/Agreement.h"
#include "ui/wizard/WizardPage.h"

/**
 * One step of the agreement wizard. It shows its part of the agreement and writes
 * edits back into it; the wizard saves: typing after a pause, the rest at once.
 */
class AgreementPage : public WizardPage<Agreement>
{
    Q_OBJECT

public:
    using WizardPage<Agreement>::WizardPage;

    virtual QString title() const = 0;
    /** Signed: the fields stay readable and selectable, nothing can be changed. Takes effect on the next load. */
    void setReadOnly(bool readOnly) override { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

protected:
    /** Text was typed in field `key` of this page. */
    void emitTyped(const QString& key)
    {
        Q_EMIT typed(tr("Change “%1”").arg(title()), title() + QLatin1Char('/') + key);
    }
    /** Something else changed on this page. */
    void emitEdited() { Q_EMIT edited(tr("Change “%1”").arg(title())); }

private:
    bool m_readOnly = false;
};
