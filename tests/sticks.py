"""A stick for the export and safekeeping tests: an exFAT image mounted through FUSE, or a folder
when that cannot be done. The fixtures are made available to every test by tests/conftest.py."""

import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

_WHERE: list[str] = []


@dataclass
class Stick:
    path: Path
    kind: str  # what the tests run on, said in the test output
    image: Path | None = None
    device: str | None = None

    def remount(self) -> None:
        """Unmount and mount again, so what is read back comes from the file system, not a cache."""
        if self.device:
            subprocess.run(["umount", str(self.path)], check=True, capture_output=True)
            subprocess.run(["mount.exfat-fuse", self.device, str(self.path)], check=True, capture_output=True)

    def free(self) -> int:
        return shutil.disk_usage(self.path).free


EXFAT_TOOLS = {"mkfs.exfat": "exfatprogs", "mount.exfat-fuse": "exfat-fuse", "losetup": "mount"}


def missing_exfat_packages() -> list[str]:
    """The Debian packages to install before a stick can be made (make test installs them)."""
    return sorted({package for tool, package in EXFAT_TOOLS.items() if shutil.which(tool) is None})


def _mount_exfat(root: Path) -> Stick | None:
    if missing_exfat_packages():
        return None
    image, mountpoint = root / "stick.img", root / "stick"
    mountpoint.mkdir()
    try:
        with open(image, "wb") as handle:
            handle.truncate(48 * 1024 * 1024)
        subprocess.run(["mkfs.exfat", "-L", "EKASAR", str(image)], check=True, capture_output=True, timeout=60)
        device = subprocess.run(["losetup", "-f", "--show", str(image)], check=True, capture_output=True,
                                text=True, timeout=30).stdout.strip()
        subprocess.run(["mount.exfat-fuse", device, str(mountpoint)], check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return Stick(mountpoint, f"an exFAT image on {device}, mounted with exfat-fuse", image, device)


@pytest.fixture(scope="session")
def stick_session(tmp_path_factory):
    root = tmp_path_factory.mktemp("usb")
    stick = _mount_exfat(root)
    if stick is None:
        folder = root / "folder"
        folder.mkdir()
        stick = Stick(folder, "a temporary folder (this machine cannot mount an exFAT image)")
    _WHERE.append(stick.kind)
    yield stick
    if stick.device:
        subprocess.run(["umount", str(stick.path)], capture_output=True)
        subprocess.run(["losetup", "-d", stick.device], capture_output=True)


@pytest.fixture
def stick(stick_session):
    """A fresh folder on the stick for each test."""
    folder = stick_session.path / f"t-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    return folder, stick_session


def pytest_terminal_summary(terminalreporter):
    if _WHERE:
        terminalreporter.write_line(f"USB stick tests ran on {_WHERE[0]}")
