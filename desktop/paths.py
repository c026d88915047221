"""Where Ekasar keeps the user's data and finds its archive.

The data directory is chosen in this order: ``--data-dir``, the
``EKASAR_DATA_DIR`` variable, a ``portable`` marker file next to the program
(data then lives in ``data/`` beside it), the platform's application-data
folder.
"""

import os
import sys
from pathlib import Path

PORTABLE_MARKER = "portable"
ENV_DATA_DIR = "EKASAR_DATA_DIR"
ENV_ARCHIVE = "EKASAR_ARCHIVE"
PACKAGE_DIR = Path(__file__).resolve().parent


def program_dir() -> Path:
    """The folder of the running program: the bundle's folder when frozen,
    otherwise the folder holding the package (a source checkout's root)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR.parent


def platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "Ekasar"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Ekasar"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "ekasar"


def resolve_data_dir(option: str | None = None, environ: os._Environ | dict | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser().resolve()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().resolve()
    if (program_dir() / PORTABLE_MARKER).is_file():
        return program_dir() / "data"
    return platform_data_dir()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory, readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def bundled_seeds_dir() -> Path:
    """The seeds shipped with the program: inside an installed package, or the checkout's."""
    installed = PACKAGE_DIR / "seeds"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "seeds"


def bundled_resources_dir() -> Path:
    """Fonts, icons and styles: inside an installed package, or the checkout's."""
    installed = PACKAGE_DIR / "resources"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "resources"


def bundled_archive() -> Path:
    """A prebuilt archive shipped with the program (present in packaged builds)."""
    return PACKAGE_DIR / "data" / "archive.sqlite"
