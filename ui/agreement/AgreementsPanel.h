#pragma once

#include "core/agreement/Agreement.h"

#include <QWidget>

class CollaborationDocument;
class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

/**
 * The collaboration's agreements (the workspace's "Överenskommelser" tab): ÖK 1,
 * ÖK 2 and amendments with their status and fingerprint; new drafts are made from
 * the case, a signed one can only be amended.
 */
class AgreementsPanel : public QWidget
{
    Q_OBJECT

public:
    AgreementsPanel(CollaborationDocument* document, Database& db, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* newCooperationButton() const { return m_newOk1; }
    QPushButton* newInterventionsButton() const { return m_newOk2; }
    QPushButton* amendButton() const { return m_amend; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* messageLabel() const { return m_message; }

    /** Makes a draft of `kind` from the case and opens it; returns its id, or 0 with the reason shown. */
    qint64 createDraft(AgreementKind kind);
    /** A draft amendment of the selected signed agreement, opened at once. */
    qint64 amendSelected();
    /** Opens agreement `id` in the wizard (modal); returns when it is closed. */
    void openAgreement(qint64 id);
    qint64 selectedId() const;
    void selectAgreement(qint64 id);

public Q_SLOTS:
    void refresh();

private:
    void removeSelected();
    void editAgencyDetails();
    void updateButtons();
    void showMessage(const QString& text, bool error);

    CollaborationDocument* m_document;
    Database& m_db;
    QTreeWidget* m_list;
    QPushButton* m_newOk1;
    QPushButton* m_newOk2;
    QPushButton* m_amend;
    QPushButton* m_open;
    QPushButton* m_remove;
    QPushButton* m_agency;
    QLabel* m_message;
};
