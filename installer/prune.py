"""What the bundle leaves out: Qt modules, plugins and translations the app never uses.

An unpruned build is about 245 MB; the Linux bundle must stay under 150 MB unpacked (with
ICU's data slimmed by installer/icu_data.py).
The app imports QtCore, QtGui, QtWidgets, QtSvg (the trend chart), QtPdf, QtPdfWidgets
and QtPrintSupport (the summary's preview and printing); everything else is excluded so
that no hook pulls it in through a plugin. The tests in tests/installer/ check the list
against what caregiver_app imports.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

# The PySide6 modules the app imports (tests/installer/test_prune.py keeps this honest).
USED_QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
)

UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    # Tools and test libraries that may sit in the build's environment.
    "tkinter",
    "pytest",
    "hypothesis",
    "mypy",
    "PyInstaller",
    # The calendar server the phones tests run against (the family runs their own).
    "radicale",
    # HTTP/3 (QUIC) for niquests: a family's CalDAV server is reached over HTTP/1.1 or 2.
    "qh3",
    # phonenumbers' place names, carriers and time zones (about 40 MB): the app only
    # formats numbers.
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # ssl stays: Phones and calendars (off until the family sets it up) talks to the family's
    # own calendar server over TLS, through caldav and niquests; Qt's network module
    # (QtNetwork, above) stays out, the window never opens a connection.
    # Pillow (ReportLab imports its Image module) without the AVIF, WebP, colour
    # management and Tk parts: the app's PDFs hold no bitmaps.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageCms",
    "PIL.ImageQt",
    "PIL.ImageTk",
    # ReportLab's bitmap renderer (the app's charts are vector drawings); Python's line
    # editing for an interactive prompt the app never shows.
    "reportlab.graphics.renderPM",
    "readline",
    # icalendar's optional pytz time zones; the app gives it zoneinfo's.
    "pytz",
    # lxml's parts besides etree (caldav parses and writes XML with lxml.etree only):
    # objectify, the HTML tools, Schematron and SAX, about 4 MB.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
]

# Imported only inside the phones sync functions (so the app with phones off never loads
# them), which PyInstaller's import scan cannot see: named here so the bundle carries them.
PHONES_MODULES = [
    "caldav",
    "caldav.davclient",
    "caldav.lib.error",
    "niquests",
    "lxml.etree",
    "keyring",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.SecretService",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "icalendar",
]

# Qt's own translations kept: those of the app's languages (the file dialog, OK/Cancel).
QT_TRANSLATIONS = ("qtbase_en.qm", "qtbase_es.qm", "qtbase_zh_CN.qm")

# Plugin folders the app has no use for (input devices, sensors, multimedia, QML, ...).
UNUSED_PLUGIN_FOLDERS = {
    "assetimporters", "canbus", "designer", "geometryloaders", "geoservices",
    "multimedia", "networkinformation", "position", "qmllint", "qmltooling", "renderers",
    "renderplugins", "sceneparsers", "scxmldatamodel", "sensors", "sqldrivers",
    "texttospeech", "tls", "webview", "wayland-graphics-integration-server",
    # Embedded devices and touch panels without a desktop (evdev, tuio over UDP).
    "egldeviceintegrations", "generic",
}  # fmt: skip

# Single plugins left out of folders that stay. The GTK theme would load the bundle's
# copies of GLib and Cairo next to the system's GTK (a known source of crashes); Qt's own
# Fusion style and the desktop portal's file dialog serve instead. The virtual keyboard
# needs QML. The platforms kept are xcb, wayland, offscreen and minimal.
UNUSED_PLUGINS = {
    "libqgtk3.so", "libqtvirtualkeyboardplugin.so", "libqeglfs.so", "libqlinuxfb.so",
    "libqminimalegl.so", "libqvkkhrdisplay.so", "libqvnc.so", "libqpdf.so", "libqtiff.so",
    "libqwebp.so", "libqtga.so", "libqwbmp.so", "libqicns.so",
}  # fmt: skip

# Qt libraries only the plugins left out link to.
UNUSED_QT_LIBRARIES = {
    "QtVirtualKeyboard", "QtVirtualKeyboardQml", "QtQmlModels", "QtQmlMeta",
    "QtQmlWorkerScript", "QtEglFSDeviceIntegration", "QtEglFsKmsSupport",
}  # fmt: skip


# Libraries that belong to the computer, as AppImage's exclude list has them: each must
# match the system it runs on, and every Linux desktop has them. The printing system's
# (Qt's CUPS plugin then uses the printers set up there; bundled, it would also bring
# GnuTLS, Kerberos and Avahi, about 10 MB), the message bus's (and with it systemd's
# client library), and the X11 and font configuration libraries (a bundled fontconfig
# older than the system's cannot read its configuration).
SYSTEM_PROVIDED = {
    "libcups.so.2",
    "libdbus-1.so.3",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libX11.so.6",
    "libX11-xcb.so.1",
}


def _qt_library_name(name: str) -> str | None:
    """``libQt6Quick.so.6``, ``Qt6Quick.dll`` or ``QtQuick.framework`` as ``QtQuick``."""
    for prefix in ("libQt6", "Qt6"):
        if name.startswith(prefix):
            return "Qt" + name[len(prefix) :].split(".")[0]
    if name.startswith("Qt") and ".framework" in name:
        return name.split(".")[0]
    return None


def keep(destination: str) -> bool:
    """Whether one file PyInstaller collected (its path inside the bundle) stays in."""
    parts = PurePath(destination).parts
    name = parts[-1]
    if name in SYSTEM_PROVIDED:
        return False
    if "translations" in parts and name.endswith(".qm") and "caregiver_app" not in parts:
        return name in QT_TRANSLATIONS
    if "plugins" in parts and set(parts[parts.index("plugins") + 1 :]) & UNUSED_PLUGIN_FOLDERS:
        return False
    if "plugins" in parts and name in UNUSED_PLUGINS:
        return False
    if "qml" in parts:
        return False
    frameworks = [part for part in parts if part.endswith(".framework")]
    library = _qt_library_name(frameworks[0] if frameworks else name)
    if library in UNUSED_QT_LIBRARIES:
        return False
    return library is None or library not in UNUSED_QT_MODULES or _needed_by_used(library)


def _needed_by_used(library: str) -> bool:
    """Libraries an unused module's name covers but a kept plugin or module links to.

    QtDBus serves the Linux desktop integration (the platform theme, input methods);
    QtOpenGL the xcb and Wayland platform plugins; QtNetwork is never loaded (the calendar
    server is reached through Python's own ssl, in services/phones).
    """
    return library in {"QtDBus", "QtOpenGL"}


def linked_closure(
    binaries: list[tuple[str, str, str]], imports: Callable[[str], set[str]]
) -> list[tuple[str, str, str]]:
    """Drop the system libraries (top of the bundle) that no kept file links to any more.

    PyInstaller collected them for plugins pruned above (GTK's for the GTK theme, say).
    Everything in a subfolder, Python's own library and extension modules are the roots;
    ``imports(source)`` names the libraries one file links to (their base names).
    """
    roots = [
        entry
        for entry in binaries
        if len(PurePath(entry[0]).parts) > 1
        or entry[2] == "EXTENSION"
        or PurePath(entry[0]).name.startswith("libpython")
    ]
    by_name = {PurePath(entry[0]).name: entry for entry in binaries if entry not in roots}
    needed: set[str] = set()
    pending = [entry[1] for entry in roots]
    seen: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports(source):
            if name in by_name and name not in needed:
                needed.add(name)
                pending.append(by_name[name][1])
    return [entry for entry in binaries if entry in roots or PurePath(entry[0]).name in needed]
