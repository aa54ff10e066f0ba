#pragma once

#include "core/followup/ProgressReport.h"

#include "ui/wizard/WizardFrame.h"

class Database;
class ProgressReportPage;
class ProgressReportSession;
class ProgressReviewPage;

/**
 * Writes a delredovisning: per area and intervention d) and e) beside a), b), c) and
 * f) as agreed → ratings and next steps → indicators → the report's next steps →
 * deviations → review, print and submit. Every field is saved as it is typed; it
 * reopens on the page it was left on; a submitted report opens read-only.
 */
class ProgressReportWizard : public WizardFrame
{
    Q_OBJECT

public:
    ProgressReportWizard(Database& db, qint64 reportId, QWidget* parent = nullptr);
    ~ProgressReportWizard() override;

    bool isValid() const;
    QString errorString() const;
    const ProgressReport& report() const;
    ProgressReportSession* session() const { return m_session; }

    ProgressReportPage* page(int index) const;
    ProgressReportPage* pageById(const QString& id) const;
    ProgressReportPage* currentPage() const;
    template<typename T> T* page() const
    {
        for (auto* p : m_pages) {
            if (auto* t = qobject_cast<T*>(p))
                return t;
        }
        return nullptr;
    }

public Q_SLOTS:
    void printPreview();
    /** Asks where (FileDialog), then writes the report as PDF (`odt` false) or ODT. */
    bool exportReport(bool odt);
    /** Asks first (it freezes), then marks the report submitted today. */
    bool submit();

Q_SIGNALS:
    /** Saved or submitted: lists showing reports should reload. */
    void reportChanged();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    void refreshStatus();

    ProgressReportSession* m_session;
    QList<ProgressReportPage*> m_pages;
    ProgressReviewPage* m_review = nullptr;
    QString m_intervention; ///< the intervention the pages show, kept from page to page
};
