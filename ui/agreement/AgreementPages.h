#pragma once

#include "AgreementPage.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class RecordTable;
class ValidatedLineEdit;

/** Slag: what kind of agreement this is, its title and where it stands. */
class KindPage : public AgreementPage
{
    Q_OBJECT
public:
    explicit KindPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const Agreement& agreement) override;
    void writeTo(Agreement& agreement) const override;
    QLineEdit* titleEdit() const { return m_title; }

private:
    QLabel* m_kind;
    QLabel* m_about;
    QLineEdit* m_title;
};

/** Parter: both parties as the agreement states them, with their diarienummer. */
class PartiesPage : public AgreementPage
{
    Q_OBJECT
public:
    explicit PartiesPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const Agreement& agreement) override;
    void writeTo(Agreement& agreement) const override;

    struct PartyFields
    {
        QLineEdit* name;
        QLineEdit* shortName;
        QLineEdit* address;
        QLineEdit* telephone;
        ValidatedLineEdit* organisationNumber;
        QLineEdit* diaryNumber;
    };
    const PartyFields& agencyFields() const { return m_agency; }
    const PartyFields& organizerFields() const { return m_organizer; }

private:
    QWidget* buildParty(const QString& heading, PartyFields& fields);
    PartyFields m_agency {};
    PartyFields m_organizer {};
};

/**
 * The clause texts of some sections: Innehåll shows all but the commitments,
 * Åtaganden shows the two commitments and, for ÖK 2, the interventions copied
 * from the action plan.
 */
class SectionsPage : public AgreementPage
{
    Q_OBJECT
public:
    enum class Part { Content, Commitments };
    explicit SectionsPage(Part part, QWidget* parent = nullptr);
    QString title() const override;
    void load(const Agreement& agreement) override;
    void writeTo(Agreement& agreement) const override;

    QListWidget* sectionList() const { return m_list; }
    QLineEdit* headingEdit() const { return m_heading; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QTableWidget* interventionTable() const { return m_interventions; }

private:
    bool belongs(const QString& key) const;
    void showSection(int row);

    Part m_part;
    QListWidget* m_list;
    QLineEdit* m_heading;
    QPlainTextEdit* m_body;
    QLabel* m_interventionsLabel;
    QTableWidget* m_interventions;
    QList<AgreementSection> m_sections; ///< the page's sections, edited in place
    QList<int> m_indexes; ///< their positions in the agreement
    int m_shown = -1;
};

/** Redovisning och period: the period, the progress report dates and the final report. */
class ReportingPage : public AgreementPage
{
    Q_OBJECT
public:
    explicit ReportingPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const Agreement& agreement) override;
    void writeTo(Agreement& agreement) const override;

    QDateEdit* startEdit() const { return m_start; }
    QDateEdit* endEdit() const { return m_end; }
    QDateEdit* finalReportEdit() const { return m_final; }
    RecordTable* reportTable() const { return m_reports; }

private:
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDateEdit* m_final;
    RecordTable* m_reports;
    QList<qint64> m_reportIds;
};

/** Underskrifter: who signs for each party, and where. */
class SignatoriesPage : public AgreementPage
{
    Q_OBJECT
public:
    explicit SignatoriesPage(QWidget* parent = nullptr);
    QString title() const override;
    void load(const Agreement& agreement) override;
    void writeTo(Agreement& agreement) const override;

    RecordTable* agencyTable() const { return m_agency; }
    RecordTable* organizerTable() const { return m_organizer; }

private:
    RecordTable* m_agency;
    RecordTable* m_organizer;
};
