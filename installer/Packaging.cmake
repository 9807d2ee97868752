# CPack: a .deb and a .tar.gz on Linux (tested: tests run installer/check-package.sh),
# plus the Windows (WiX) and macOS (DragNDrop) settings, which are NOT tested
# here: no Windows or macOS machine builds this project.
set(CPACK_PACKAGE_NAME healdesk)
set(CPACK_PACKAGE_VENDOR "The Healdesk developers")
set(CPACK_PACKAGE_CONTACT "The Healdesk developers <dev@healdesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operations console for MSP technicians looking after HIPAA clinics")
set(CPACK_PACKAGE_DESCRIPTION
    "Healdesk shows clinic sites, their appliances, the incidents their agents heal on three tiers (rule, \
language-model plan, human), per-runbook executions and orders; it issues runbook orders, exports compliance \
reports and repairs mismatches in the data.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://healdesk.org")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Healdesk)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    # Libraries from dpkg-shlibdeps, plus what is loaded at run time and so
    # invisible to it: the Qt SQL driver for PostgreSQL, the platform plugins,
    # the fonts reports are printed with.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, qt6-qpa-plugins, fonts-dejavu-core")
    # healdesk --demo starts a private PostgreSQL server; the keychain needs a Secret Service.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-15, gnome-keyring, qt6-translations-l10n")
elseif(WIN32)
    set(CPACK_GENERATOR WIX ZIP)
    # Fixed forever, so a new version upgrades the installed one instead of sitting beside it.
    set(CPACK_WIX_UPGRADE_GUID "6F1B7A54-3C2E-4E8B-9A1D-5B7C0E2F4A91")
    set(CPACK_PACKAGE_EXECUTABLES healdesk Healdesk)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Healdesk)
endif()

include(CPack)
