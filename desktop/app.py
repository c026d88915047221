"""Composition root for the window: QApplication, fonts, settings, the library, the main window."""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, __version__
from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.store.build import BuildError
from desktop.store.connect import StoreError
from desktop.store.locate import open_library
from desktop.ui.fonts import FontsMissing, load_bundled_fonts, ui_font


def settings_for(data_dir: Path) -> QSettings:
    """Settings live in the data directory as an INI file, never in the registry or ~/.config."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def confine_qt_settings(data_dir: Path) -> None:
    """Send Qt's own settings (file-dialog history and the like) to the data folder, as INI files,
    so nothing is written to ~/.config or the registry."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(data_dir / "qt"))


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Ekasar's name and bundled fonts (idempotent)."""
    # Qt warns that the Latin face has no Khmer shaping before it falls back
    # to the Khmer face, as intended; the warning is noise.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ekasar")
    load_bundled_fonts()
    app.setFont(ui_font())
    return app


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        create_application()
        data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
        confine_qt_settings(data_dir)
        library = open_library(data_dir, args.archive)
    except (StoreError, BuildError, FontsMissing, OSError) as error:
        QMessageBox.critical(None, APP_NAME, f"Ekasar cannot start.\n\n{error}")
        return 2
    window = MainWindow(library, settings_for(data_dir))
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
