"""`ekasar --self-test`: is everything Ekasar needs here and sound? A report a person can read."""

import os
import sqlite3
import tempfile
from pathlib import Path

from desktop.paths import bundled_resources_dir, is_portable_data
from desktop.store.backup import backups
from desktop.store.connect import StoreError, archive_manifest, open_archive
from desktop.store.filesystem import describe, filesystem_of, is_fragile
from desktop.store.library import KEY_FILE_NAME
from desktop.font_files import FONT_FILES


def run_checks(data_dir: Path, archive: Path) -> list[tuple[str, bool, str]]:
    """(check, passed, detail) for each check, in order."""
    results = []

    def check(name: str, test) -> None:
        try:
            detail = test()
            results.append((name, True, detail))
        except Exception as error:  # each check reports its own failure
            results.append((name, False, str(error)))

    def archive_check() -> str:
        conn = open_archive(archive)
        try:
            (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
            if verdict != "ok":
                raise StoreError(f"the archive is damaged ({verdict})")
            manifest = archive_manifest(conn)
            (count,) = conn.execute("SELECT count(*) FROM documents").fetchone()
        finally:
            conn.close()
        if str(count) != manifest.get("documents"):
            raise StoreError(f"the manifest lists {manifest.get('documents')} documents, the archive holds {count}")
        return f"{archive} — {count} documents, schema {manifest['schema_version']}, intact"

    def fonts_check() -> str:
        folder = bundled_resources_dir() / "fonts"
        missing = [name for name in FONT_FILES if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"missing in {folder}: {', '.join(missing)}")
        if not (folder / "OFL.txt").is_file():
            raise FileNotFoundError(f"the fonts' licence is missing from {folder}")
        return f"{len(FONT_FILES)} fonts and their licence in {folder}"

    def user_db_check() -> str:
        path = data_dir / "user.sqlite"
        if not path.exists():
            return f"{path} — not created yet (it will be on first use)"
        if (data_dir / KEY_FILE_NAME).exists():  # checked in full, with its key, at every unlock
            return f"{path} — encrypted (not opened: the self-test asks no passphrase)"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
            (notes,) = conn.execute("SELECT count(*) FROM annotations").fetchone()
        finally:
            conn.close()
        if verdict != "ok":
            raise StoreError(f"{path} is damaged ({verdict})")
        return f"{path} — intact, {notes} annotations"

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
                       f"{len(backups(data_dir))} verified backups in {data_dir / 'backups'}")
        return detail

    check("archive", archive_check)
    check("fonts", fonts_check)
    check("user database", user_db_check)
    check("data folder", writable_check)
    return results


def report(results: list[tuple[str, bool, str]]) -> str:
    lines = [f"{'ok  ' if passed else 'FAIL'}  {name}: {detail}" for name, passed, detail in results]
    failed = sum(1 for _, passed, _ in results if not passed)
    lines.append("Everything Ekasar needs is here." if not failed else f"{failed} check(s) failed.")
    return "\n".join(lines)
