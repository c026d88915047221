"""Where Ekasar keeps the user's data and finds its archive.

The data directory is chosen in this order: ``--data-dir``, the
``EKASAR_DATA_DIR`` variable, a ``portable`` marker file next to the program
(data then lives in ``data/`` beside it, unless the user chose to keep the
notes on the computer, see ``NOTES_LOCATION``), the platform's
application-data folder.
"""

import os
import sys
from pathlib import Path

from desktop.private_files import make_private

PORTABLE_MARKER = "portable"
# In portable mode, a file in data/ saying where the notes live: "stick" or "computer".
NOTES_LOCATION = "notes-location"
ON_STICK, ON_COMPUTER = "stick", "computer"
# What libraries would otherwise write under HOME (fontconfig's cache, for one),
# redirected into the portable data folder.
HOST_FOLDERS = {"XDG_CACHE_HOME": "cache", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "share",
                "XDG_STATE_HOME": "state"}
ENV_DATA_DIR = "EKASAR_DATA_DIR"
ENV_ARCHIVE = "EKASAR_ARCHIVE"
PACKAGE_DIR = Path(__file__).resolve().parent


def program_dir() -> Path:
    """The folder of the running program: the bundle's folder when frozen,
    otherwise the folder holding the package (a source checkout's root)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return PACKAGE_DIR.parent


# The XDG variables as the host set them, before portable mode redirected them.
_host_environ: dict[str, str | None] = {}


def platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "Ekasar"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Ekasar"
    if "XDG_DATA_HOME" in _host_environ:
        xdg_data = _host_environ["XDG_DATA_HOME"]
    else:
        xdg_data = os.environ.get("XDG_DATA_HOME")
    return Path(xdg_data or home / ".local" / "share") / "ekasar"


def resolve_data_dir(option: str | None = None, environ: os._Environ | dict | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser().resolve()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().resolve()
    if is_portable():
        if notes_location(portable_data_dir()) == ON_COMPUTER:
            return platform_data_dir()
        return portable_data_dir()
    return platform_data_dir()


def is_portable() -> bool:
    return (program_dir() / PORTABLE_MARKER).is_file()


def portable_data_dir() -> Path:
    return program_dir() / "data"


def notes_location(portable_data: Path) -> str | None:
    """Where the user chose to keep the notes when running from a stick (None: not asked yet)."""
    try:
        value = (portable_data / NOTES_LOCATION).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return value if value in (ON_STICK, ON_COMPUTER) else None


def remember_notes_location(portable_data: Path, where: str) -> None:
    ensure_data_dir(portable_data)
    (portable_data / NOTES_LOCATION).write_text(where + "\n", encoding="utf-8")


def is_portable_data(data_dir: Path) -> bool:
    """Portable mode, with ``data_dir`` the data folder beside the program."""
    return is_portable() and data_dir == portable_data_dir()


def confine_if_portable(data_dir: Path, environ: dict | None = None) -> bool:
    """In portable mode with the data on the stick, point the XDG folders into ``data_dir``
    so that nothing lands under HOME. Call before Qt starts; return whether it applied."""
    if not is_portable_data(data_dir):
        return False
    environ = os.environ if environ is None else environ
    for variable, folder in HOST_FOLDERS.items():
        if variable not in _host_environ:
            _host_environ[variable] = environ.get(variable)
        environ[variable] = str(data_dir / folder)
    return True


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory, readable by its owner only (a folder Ekasar did not make keeps
    the permissions its owner gave it)."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        make_private(path, folder=True)
    return path


def bundled_seeds_dir() -> Path:
    """The seeds shipped with the program: inside an installed package, or the checkout's."""
    installed = PACKAGE_DIR / "seeds"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "seeds"


def bundled_resources_dir() -> Path:
    """Fonts, icons and styles: inside an installed package, or the checkout's."""
    installed = PACKAGE_DIR / "resources"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "resources"


def bundled_fonts_dir() -> Path:
    """The bundled fonts and their licence (OFL.txt)."""
    return bundled_resources_dir() / "fonts"


def bundled_archive() -> Path:
    """A prebuilt archive shipped with the program (present in packaged builds)."""
    return PACKAGE_DIR / "data" / "archive.sqlite"
