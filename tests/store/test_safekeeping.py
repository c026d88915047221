"""Notes on a FAT or exFAT stick: written through, checked in full at start, backed up (verified),
and restored from the newest sound backup when the live file is found damaged."""

import sqlite3

import pytest

from desktop.disk import filesystem
from desktop.store import safekeeping
from desktop.store.backup import KEEP, backups
from desktop.store.connect import StoreError
from desktop.services.library import Library
from tests.sticks import missing_exfat_packages

QUOTE = "Prey Sar Prison"
DOC = "002_46b7dbb94abd75ab"

MOUNTINFO = (
    "22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw\n"
    "40 22 8:17 / /media/ana/MY\\040STICK rw,nosuid - vfat /dev/sdb1 rw,uid=1000\n"
    "41 40 0:50 / /media/ana/MY\\040STICK/inner rw - tmpfs tmpfs rw\n"
    "42 22 8:33 / /media/ana/EXF rw - fuseblk /dev/nonexistent-sdc1 rw,user_id=0\n"
)


@pytest.mark.parametrize("path, kind", [
    ("/home/ana/notes", ("ext4", "/dev/sda1")),
    ("/media/ana/MY STICK/Ekasar/data", ("vfat", "/dev/sdb1")),
    ("/media/ana/MY STICK/inner/x", ("tmpfs", "tmpfs")),  # the deepest mount wins
    ("/media/ana/MY STICKY", ("ext4", "/dev/sda1")),  # a prefix of a name is not a parent folder
    ("/media/ana/EXF/data", ("fuseblk", "/dev/nonexistent-sdc1")),
])
def test_the_mount_holding_a_folder_is_found(path, kind):
    from pathlib import Path

    assert filesystem._linux_mount(Path(path), MOUNTINFO) == kind


def test_fuse_block_devices_are_identified_by_their_boot_sector(tmp_path):
    image = tmp_path / "disk"
    image.write_bytes(b"\xeb\x76\x90EXFAT   " + bytes(500))
    assert filesystem._fuse_block_type(str(image)) == "exfat"
    assert filesystem._fuse_block_type(str(tmp_path / "unreadable")) == "fuseblk"
    assert filesystem.is_fragile("exfat") and filesystem.is_fragile("vfat") and filesystem.is_fragile("fuseblk")
    assert not filesystem.is_fragile("ext4") and not filesystem.is_fragile(None)


@pytest.fixture
def on_fat(monkeypatch):
    monkeypatch.setattr(safekeeping, "filesystem_of", lambda path: "vfat")


def _notes_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
    finally:
        conn.close()


def test_on_fat_every_commit_is_written_through_and_backed_up(on_fat, archive_path, data_dir):
    with Library(archive_path, data_dir) as library:
        assert library.safekeeping.fragile
        assert library.user_conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert library.user_conn.execute("PRAGMA synchronous").fetchone() == (3,)  # EXTRA
        assert len(backups(data_dir)) == 1  # taken at start, of a database just checked in full
        library.notes.annotate_quote(DOC, QUOTE, note="met the family")
    [newest, *_] = backups(data_dir)
    assert _notes_in(newest) == 1  # the close took a backup holding the note
    with Library(archive_path, data_dir) as library:
        library.notes.listing()
    assert backups(data_dir)[0] == newest  # nothing changed: no new copy written to the stick
    assert not list((data_dir / "backups").glob(".*partial"))
    for _ in range(KEEP + 2):
        with Library(archive_path, data_dir) as library:
            library.notes.annotate_quote(DOC, QUOTE, note="again")
    assert len(backups(data_dir)) == KEEP


def test_a_damaged_notebook_on_fat_is_restored_from_the_newest_sound_backup(on_fat, archive_path, data_dir):
    with Library(archive_path, data_dir) as library:
        library.notes.annotate_quote(DOC, QUOTE, note="kept safe")
    live = data_dir / "user.sqlite"
    damaged = bytearray(live.read_bytes())
    damaged[4096:8192] = b"\xff" * 4096  # a page torn by a pulled stick
    live.write_bytes(bytes(damaged))

    with Library(archive_path, data_dir) as library:
        assert library.safekeeping.restored_from is not None
        assert "damaged" in library.safekeeping.damage or "cannot be opened" in library.safekeeping.damage
        assert [a.note for a in library.notes.listing()] == ["kept safe"]
    assert list(data_dir.glob("user.sqlite.kept-*"))  # the damaged file is kept for recovery


def test_off_fat_a_damaged_notebook_is_refused_not_replaced(archive_path, data_dir):
    with Library(archive_path, data_dir) as library:
        assert not library.safekeeping.fragile
        assert library.user_conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        library.notes.annotate_quote(DOC, QUOTE)
    assert backups(data_dir) == []
    live = data_dir / "user.sqlite"
    live.write_bytes(live.read_bytes()[:4096] + b"\xff" * 4096)
    with pytest.raises(StoreError):
        Library(archive_path, data_dir)


def test_on_a_real_exfat_stick(stick, archive_path):
    folder, where = stick
    if missing := missing_exfat_packages():
        pytest.fail(f"a real exFAT stick needs: apt-get install {' '.join(missing)} (make test installs them "
                    "as root)", pytrace=False)
    if where.device is None:  # the tools are here, but this machine lends no loop device or FUSE
        pytest.skip(f"no exFAT here: the stick is {where.kind}")
    data = folder / "data"
    assert filesystem.is_fragile(filesystem.filesystem_of(folder))
    with Library(archive_path, data) as library:
        assert library.safekeeping.fragile
        assert library.user_conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        library.notes.annotate_quote(DOC, QUOTE, note="on the stick")
    where.remount()  # read back from the stick, not a cache
    with Library(archive_path, data) as library:
        assert [a.note for a in library.notes.listing()] == ["on the stick"]
    assert _notes_in(backups(data)[0]) == 1
