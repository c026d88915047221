"""`ekasar --self-test`: is everything Ekasar needs here and sound? A report a person can read."""

import importlib
import os
import tempfile
from pathlib import Path

from desktop.data_folder import DataFolder
from desktop.disk.filesystem import describe, filesystem_of, is_fragile
from desktop.font_files import FONT_FILES
from desktop.paths import bundled_fonts_dir, is_portable_data
from desktop.store.backup import backups
from desktop.store.health import check_archive, count_plain_notes


def libraries_check() -> str:
    """The compiled libraries load: Qt's for the window, PDFium for PDFs, the Khmer word model.
    A bundle missing one would otherwise start and fail only when that part is used."""
    loaded = []
    for name, use in (("PySide6.QtWidgets", "the window"), ("pypdfium2", "PDF import"),
                      ("desktop.khmer.words", "Khmer search")):
        try:
            module = importlib.import_module(name)
            if name == "pypdfium2":
                module.PdfDocument.new().close()  # the PDFium library itself, not only its bindings
            elif name == "desktop.khmer.words":
                module.segment("សួស្តី")  # khmercut's word model file
        except Exception as error:  # noqa: BLE001 -- whatever is missing, it is said as one line
            raise RuntimeError(f"{name} ({use}) cannot be loaded: {type(error).__name__}: {error}") from None
        loaded.append(use)
    return "loaded for " + ", ".join(loaded)


def run_checks(data_dir: Path, archive: Path) -> list[tuple[str, bool, str]]:
    """(check, passed, detail) for each check, in order."""
    results = []
    data = DataFolder(data_dir)

    def check(name: str, test) -> None:
        try:
            detail = test()
            results.append((name, True, detail))
        except Exception as error:  # each check reports its own failure
            results.append((name, False, str(error)))

    def archive_check() -> str:
        health = check_archive(archive)
        return f"{archive} — {health.documents} documents, schema {health.schema_version}, intact"

    def fonts_check() -> str:
        folder = bundled_fonts_dir()
        missing = [name for name in FONT_FILES if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"missing in {folder}: {', '.join(missing)}")
        if not (folder / "OFL.txt").is_file():
            raise FileNotFoundError(f"the fonts' licence is missing from {folder}")
        return f"{len(FONT_FILES)} fonts and their licence in {folder}"

    def user_db_check() -> str:
        path = data.user_db
        if not path.exists():
            return f"{path} — not created yet (it will be on first use)"
        if data.looks_encrypted():  # checked in full, with its key, at every unlock
            return f"{path} — encrypted (not opened: the self-test asks no passphrase)"
        return f"{path} — intact, {count_plain_notes(path)} annotations"

    def writable_check() -> str:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".selftest-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
        detail = f"{data_dir} — writable"
        if is_portable_data(data_dir):
            detail += ", portable mode (beside the program)"
        kind = filesystem_of(data_dir)
        if is_fragile(kind):
            detail += (f"; on {describe(kind)}: notes written through, checked at each start, "
                       f"{len(backups(data_dir))} verified backups in {data.backups}")
        return detail

    check("archive", archive_check)
    check("libraries", libraries_check)
    check("fonts", fonts_check)
    check("user database", user_db_check)
    check("data folder", writable_check)
    return results


def report(results: list[tuple[str, bool, str]]) -> str:
    lines = [f"{'ok  ' if passed else 'FAIL'}  {name}: {detail}" for name, passed, detail in results]
    failed = sum(1 for _, passed, _ in results if not passed)
    lines.append("Everything Ekasar needs is here." if not failed else f"{failed} check(s) failed.")
    return "\n".join(lines)
