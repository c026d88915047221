"""Composition root for the window: QApplication, settings, the library, the main window."""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, __version__
from desktop.paths import ensure_data_dir, resolve_data_dir
from desktop.store.build import BuildError
from desktop.store.connect import StoreError
from desktop.store.library import Library
from desktop.store.locate import active_archive


def settings_for(data_dir: Path) -> QSettings:
    """Settings live in the data directory as an INI file, never in the registry or ~/.config."""
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def open_library(data_dir: Path, archive: str | None) -> Library:
    return Library(active_archive(data_dir, archive), data_dir)


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        data_dir = ensure_data_dir(resolve_data_dir(args.data_dir))
        library = open_library(data_dir, args.archive)
    except (StoreError, BuildError, OSError) as error:
        QMessageBox.critical(None, APP_NAME, f"Ekasar cannot open its archive.\n\n{error}")
        return 2
    window = MainWindow(library, settings_for(data_dir))
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
