"""What the bundle leaves out matches what the app imports, and never its own pieces."""

from __future__ import annotations

from tests.helpers.package_imports import package_imports
from tests.installer.loading import installer_module

prune = installer_module("prune")


def _imported_qt_modules() -> set[str]:
    return {
        found.target.split(".")[1]
        for found in package_imports()
        if found.within("PySide6") and found.target.count(".") >= 1
    }


def test_the_kept_qt_modules_are_the_ones_the_app_imports():
    assert set(prune.USED_QT_MODULES) == _imported_qt_modules()
    assert not set(prune.USED_QT_MODULES) & set(prune.UNUSED_QT_MODULES)


def test_qts_network_code_is_never_kept_and_tls_is_kept_for_phones():
    for name in ("QtNetwork", "QtWebEngineCore", "QtWebSockets", "QtHttpServer"):
        assert name in prune.UNUSED_QT_MODULES
    # Phones and calendars (off until set up) reaches the family's server over TLS through
    # Python's own ssl; nothing else in the app opens a connection.
    assert not {"ssl", "_ssl"} & set(prune.EXCLUDED_MODULES)


def test_keep_sorts_bundle_paths():
    keep = prune.keep
    # The app's own files, Qt's translations of its languages, the platforms it needs.
    assert keep("caregiver_app/resources/translations/caregiver_app_zh_CN.qm")
    assert keep("PySide6/Qt/translations/qtbase_es.qm")
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert keep("PySide6/Qt/lib/libQt6DBus.so.6")
    assert keep("Qt6PrintSupport.dll")
    # Other languages, unused modules and plugins, and the computer's own libraries.
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qtdeclarative_es.qm")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep("PySide6/Qt/lib/libQt6Network.so.6")
    assert not keep("Qt6WebEngineCore.dll")
    assert not keep("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick")
    assert keep("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not keep("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so")
    assert not keep("libcups.so.2")


def test_linked_closure_drops_only_what_nothing_kept_links_to():
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libxcb-util.so.1", "/src/libxcb-util.so.1", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("unicodedata.so", "/src/unicodedata.so", "EXTENSION"),
    ]
    links = {
        "/src/libqxcb.so": {"libxcb-cursor.so.0", "libc.so.6"},
        "/src/libxcb-cursor.so.0": {"libxcb-util.so.1"},
        "/src/libgtk-3.so.0": {"libxcb-util.so.1"},
    }
    kept = prune.linked_closure(binaries, lambda source: links.get(source, set()))
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libxcb-util.so.1",
        "libpython3.11.so.1.0",
        "unicodedata.so",
    ]
