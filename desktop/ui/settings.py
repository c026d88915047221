"""Where the window's settings and Qt's own settings are kept: in the data folder, as INI files."""

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.data_folder import DataFolder


def settings_for(data_dir: Path) -> QSettings:
    """Settings live in the data directory as an INI file, never in the registry or ~/.config."""
    return QSettings(str(DataFolder(data_dir).settings), QSettings.Format.IniFormat)


def confine_qt_settings(data_dir: Path) -> None:
    """Send Qt's own settings (file-dialog history and the like) to the data folder, as INI files,
    so nothing is written to ~/.config or the registry. With an encrypted notebook they go
    nowhere: the folders a user opened or exported to say what they are working on."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # A path under a device file can never be created, not even by root: Qt then keeps
    # these settings in memory only.
    data = DataFolder(data_dir)
    folder = Path(os.devnull) / "qt" if data.looks_encrypted() else data.qt_settings
    # Qt's file dialogs open their history with the native format: on Linux an INI file
    # under ~/.config unless told otherwise (Windows keeps it in the registry).
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
