"""Composition root for the window: QApplication, fonts, settings, the library, the main window."""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, __version__
from desktop.paths import (
    ON_COMPUTER,
    bundled_resources_dir,
    ensure_data_dir,
    is_portable_data,
    notes_location,
    platform_data_dir,
    remember_notes_location,
    resolve_data_dir,
)
from desktop.disk.filesystem import describe, filesystem_of, is_fragile
from desktop.errors import BuildError, EkasarError
from desktop.store.connect import StoreError
from desktop.ui.fonts import FontsMissing, ensure_fontconfig, load_bundled_fonts, ui_font
from desktop.ui.language import apply_language, system_language
from desktop.ui.settings import confine_qt_settings, settings_for
from desktop.wording import say


DESKTOP_ID = "org.ekasar.Ekasar"  # the .desktop file and AppStream id (packaging/linux/)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Ekasar's name and bundled fonts (idempotent)."""
    # Qt warns that the Latin face has no Khmer shaping before it falls back
    # to the Khmer face, as intended; the warning is noise.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    ensure_fontconfig()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for png in sorted((bundled_resources_dir() / "icons").glob("ekasar-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    load_bundled_fonts()
    app.setFont(ui_font())
    return app


def _data_dir_for_window(args: argparse.Namespace) -> Path:
    """The data folder; on a FAT or exFAT stick in portable mode, ask once where the notes live."""
    data_dir = resolve_data_dir(args.data_dir)
    if not is_portable_data(data_dir) or notes_location(data_dir) is not None:
        return data_dir
    kind = filesystem_of(data_dir)
    if not is_fragile(kind):
        return data_dir
    from desktop.ui.stick_storage import ask_notes_location

    where = ask_notes_location(describe(kind))
    remember_notes_location(data_dir, where)
    return platform_data_dir() if where == ON_COMPUTER else data_dir


def run_gui(args: argparse.Namespace) -> int:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session
    from desktop.ui.stick_storage import keep_notes_safe

    ensure_fontconfig()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        create_application()
        apply_language(getattr(args, "lang", None) or system_language())  # before settings: a stick may ask
        data_dir = ensure_data_dir(_data_dir_for_window(args))
        confine_qt_settings(data_dir)
        session = Session(data_dir, args.archive, settings_for(data_dir), MainWindow, keep_notes_safe)
        session.set_up_language(getattr(args, "lang", None))
        interactive = not (args.smoke or args.quit_when_shown)
        recovered = session.start(build_in_background=interactive)
    except (EkasarError, BuildError, FontsMissing, OSError) as error:  # e.g. a notebook another Ekasar holds
        if args.smoke or args.quit_when_shown:
            print(f"ekasar: error: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, say("App", "Ekasar cannot start.\n\n{error}").format(error=error))
        return 2
    if recovered and session.window is not None:
        session.window.statusBar().showMessage(recovered, 15000)
    if interactive and session.preparing is not None:  # the first start: once the archive is built
        session.preparing.ended.connect(lambda: QTimer.singleShot(0, lambda: _offer_encryption(session)))
    elif interactive and session.window is not None:
        QTimer.singleShot(0, lambda: _offer_encryption(session))
    window = session.window or session.lock_screen
    if args.smoke and session.window is None:
        print("ekasar: error: the notebook is encrypted: --smoke needs a plain notebook", file=sys.stderr)
        session.shutdown()
        return 2
    outcome = {"code": 0}
    if args.quit_when_shown:
        QTimer.singleShot(0, lambda: (print("window shown", flush=True), window.close()))
    elif args.smoke:
        QTimer.singleShot(0, lambda: _smoke(session.window, Path(args.smoke), outcome))
    try:
        code = app.exec()
        return outcome["code"] or code
    finally:
        session.shutdown()


def _offer_encryption(session) -> None:
    """Once, on a new notebook: offer to encrypt it before a single note is written."""
    if session.prefs.asked_at_first_run() or session.encrypted or session.window is None:
        return
    session.prefs.save(asked=True)
    from desktop.ui.first_run import ask_to_encrypt

    if ask_to_encrypt(session.window):
        session.encrypt()


def _smoke(window, export_dir: Path, outcome: dict) -> None:
    from desktop.ui.smoke import SmokeFailed, run_smoke

    try:
        export_dir.mkdir(parents=True, exist_ok=True)  # a folder named on the command line may be new
        for line in run_smoke(window, export_dir):
            print(f"ok    {line}", flush=True)
        print("smoke test passed", flush=True)
    except (SmokeFailed, StoreError, OSError) as error:
        print(f"FAIL  {error}", flush=True)
        outcome["code"] = 1
    window.close()
