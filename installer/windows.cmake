# Windows: bundle the Qt runtime next to khien.exe with windeployqt at install time, and
# describe the NSIS installer (Start-menu shortcut, uninstaller). Not built on this project's
# Linux machines: see installer/README.md for what was and was not tried.
find_program(KHIEN_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(NOT KHIEN_WINDEPLOYQT)
    message(WARNING "windeployqt not found: the installed tree will lack the Qt runtime")
else()
    # --qmldir lets windeployqt find every QML import (QtQuick.Controls.Material, Layouts...).
    install(CODE "
        execute_process(COMMAND \"${KHIEN_WINDEPLOYQT}\"
            --release --no-translations --no-compiler-runtime
            --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/khien.exe\"
            RESULT_VARIABLE khien_deploy_result)
        if(NOT khien_deploy_result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${khien_deploy_result}\")
        endif()")
    # The MSVC runtime, installed with the app rather than assumed present.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME "Khiên")
set(CPACK_NSIS_PACKAGE_NAME "Khiên ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/icons/khien.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\khien.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES "khien;Khiên")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN khien.exe)
# Per-user data lives in %APPDATA%\Khien\Khien (QStandardPaths), never in Program Files,
# so the uninstaller removes only what the installer put there.
