#pragma once

#include <QLocale>

class QCoreApplication;

/** Skoldialog speaks Swedish unless the system asks for English. */
namespace I18n {

/** Swedish, or English when the system locale's language is English. */
QLocale::Language chooseLanguage(const QLocale& system = QLocale::system());

/** Installs Skoldialog's and Qt's own translations for `language` into `app`. */
void install(QCoreApplication& app, QLocale::Language language);

} // namespace I18n
