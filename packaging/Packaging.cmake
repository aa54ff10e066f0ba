# Installation of the desktop integration files and the Debian package (CPack).
# Included at the end of the top-level CMakeLists.txt. The programs themselves
# are installed in app/CMakeLists.txt.
#
#   cmake --build build/default --target package   ->  build/default/skoldialog_<version>-1_<arch>.deb
include(GNUInstallDirs)

set(SKOLDIALOG_APP_ID io.github.skoldialog.Skoldialog)
set(SKOLDIALOG_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
    install(FILES ${SKOLDIALOG_PACKAGING_DIR}/${SKOLDIALOG_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${SKOLDIALOG_PACKAGING_DIR}/${SKOLDIALOG_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Icon names follow the application id (the .desktop file's Icon= key).
    install(FILES ${SKOLDIALOG_PACKAGING_DIR}/icons/skoldialog.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SKOLDIALOG_APP_ID}.svg)
    install(FILES ${SKOLDIALOG_PACKAGING_DIR}/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/skoldialog)
endif()

# The desktop file and the AppStream metadata are checked by ctest, like code.
if(SKOLDIALOG_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE_EXE desktop-file-validate)
    find_program(APPSTREAMCLI_EXE appstreamcli)
    if(DESKTOP_FILE_VALIDATE_EXE)
        add_test(NAME packaging.desktop-file
            COMMAND ${DESKTOP_FILE_VALIDATE_EXE} ${SKOLDIALOG_PACKAGING_DIR}/${SKOLDIALOG_APP_ID}.desktop)
    else()
        message(STATUS "desktop-file-validate not found (package desktop-file-utils): .desktop file not tested")
    endif()
    if(APPSTREAMCLI_EXE)
        add_test(NAME packaging.metainfo
            COMMAND ${APPSTREAMCLI_EXE} validate --no-net ${SKOLDIALOG_PACKAGING_DIR}/${SKOLDIALOG_APP_ID}.metainfo.xml)
    else()
        message(STATUS "appstreamcli not found (package appstream): AppStream metadata not tested")
    endif()
endif()

# ---- CPack: a .deb for Debian 12 -------------------------------------------------------
set(SKOLDIALOG_PACKAGE_MAINTAINER "The Skoldialog authors <skoldialog@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

# Debian wants usr/share/doc/<package>/changelog.Debian.gz. The date follows
# SOURCE_DATE_EPOCH when it is set, so a release build is reproducible.
find_program(GZIP_EXE gzip)
if(UNIX AND NOT APPLE AND GZIP_EXE)
    string(TIMESTAMP SKOLDIALOG_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    configure_file(${SKOLDIALOG_PACKAGING_DIR}/changelog.Debian.in
        ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian @ONLY)
    execute_process(COMMAND ${GZIP_EXE} -9nf ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian
        COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/skoldialog)
endif()

set(CPACK_PACKAGE_NAME skoldialog)
set(CPACK_PACKAGE_VENDOR "The Skoldialog authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plan and follow up targeted support to schools, offline")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/skoldialog/skoldialog")
set(CPACK_PACKAGE_CONTACT ${SKOLDIALOG_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Skoldialog)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SKOLDIALOG_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The synopsis line comes from CPACK_PACKAGE_DESCRIPTION_SUMMARY.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Skoldialog supports the dialogue between a national education agency and
school organisers (huvudmän) that receive targeted support, such as the
Swedish programme Samverkan för bästa skola. It follows each collaboration
through its six steps: selection, the first dialogue meeting, current-state
analysis, action plan and agreement, interventions, and follow-up.
.
Everything is kept in one local SQLite database; agreements and progress
reports are produced as PDF. The package contains the desktop application
(skoldialog) and a command-line tool (skoldialog-cli) for backups, checks
and demo data.")
# Library dependencies are computed with dpkg-shlibdeps. Qt loads the SQLite
# driver and the SVG icon engine as plugins, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own Swedish strings (standard dialogs) and the fonts used in PDFs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "\\.user$")

include(CPack)
