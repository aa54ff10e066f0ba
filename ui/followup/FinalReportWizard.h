#pragma once

#include "core/followup/FinalReport.h"

#include "ui/wizard/WizardFrame.h"

class Database;
class FinalReportPage;
class FinalReportSession;
class FinalReviewPage;

/**
 * Writes the slutredovisning: the close-out per development area with how the work
 * is carried on, the synthesis, the history assembled from the progress reports
 * (read-only) and a review with print, PDF, ODT and submit.
 */
class FinalReportWizard : public WizardFrame
{
    Q_OBJECT

public:
    FinalReportWizard(Database& db, qint64 reportId, QWidget* parent = nullptr);
    ~FinalReportWizard() override;

    bool isValid() const;
    QString errorString() const;
    const FinalReport& report() const;
    FinalReportSession* session() const { return m_session; }
    FinalReportPage* page(int index) const;
    FinalReportPage* currentPage() const;
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
    bool exportReport(bool odt);
    bool submit();

protected:
    void commit(const QString& text, const QString& mergeKey) override;
    void pageShown(int index, int previous) override;

private:
    void refreshStatus();

    FinalReportSession* m_session;
    QList<FinalReportPage*> m_pages;
    FinalReviewPage* m_review = nullptr;
};
