"""Run by the Windows Python under Wine (tests/windows/test_windows_code.py), with the checkout's
path as its argument: the Windows-only code paths, reported as JSON on standard output."""

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, sys.argv[1])

from desktop.disk.folder_lock import FolderBusy, FolderLock  # noqa: E402
from desktop.private_files import current_user_sid, make_private, windows_access_list  # noqa: E402


def _second_lock(lock_file: Path, exclusive: bool) -> str:
    """Whether another holder can take the lock this way now: "taken" or "refused"."""
    try:
        FolderLock(lock_file).acquire(exclusive=exclusive).release()
        return "taken"
    except FolderBusy:
        return "refused"


def locks(lock_file: Path) -> dict:
    first, second = FolderLock(lock_file).acquire(exclusive=False), FolderLock(lock_file).acquire(exclusive=False)
    seen = {"two_shared": True, "exclusive_while_shared": _second_lock(lock_file, exclusive=True)}
    first.release()
    second.release()
    alone = FolderLock(lock_file).acquire(exclusive=True)
    seen["shared_while_exclusive"] = _second_lock(lock_file, exclusive=False)
    alone.release()
    seen["exclusive_when_free"] = _second_lock(lock_file, exclusive=True)  # the control
    return seen


def main() -> None:
    report = {"user": current_user_sid()}
    with tempfile.TemporaryDirectory() as scratch:
        folder, notebook = Path(scratch) / "data", Path(scratch) / "user.sqlite"
        folder.mkdir()
        notebook.write_bytes(b"notes")
        report["plain"] = windows_access_list(notebook)
        report["file_made_private"] = make_private(notebook)
        report["file"] = windows_access_list(notebook)
        report["folder_made_private"] = make_private(folder, folder=True)
        report["folder"] = windows_access_list(folder)
        report.update(locks(folder / ".ekasar.lock"))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
