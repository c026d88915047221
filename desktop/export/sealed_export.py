"""One sealed file instead of a folder: the export's files zipped in memory, then sealed.

Nothing is written in plain text on the way: the zip is built in a ``BytesIO``, sealed
with the notebook's scheme (``desktop.security.sealed``), and only the sealed bytes
reach the disk. Opening reverses this in memory. What comes out is checked like a
bundle someone hands over: knowing the passphrase does not make the sender trusted.
The layout is documented in docs/security-formats.md.
"""

import io
import time
import zipfile
import zlib
from pathlib import Path

from desktop.errors import EkasarError
from desktop.security import sealed
from desktop.security.wrap import KeyUnavailable
from desktop.wording import digits, say, say_n

SUFFIX = sealed.SUFFIX
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: it says nothing
# Magic line, key record (its length varies by a byte with the passes), nonce, tag.
SEAL_OVERHEAD = len(sealed.MAGIC) + 385 + 1 + 12 + 16
MAX_SEALED_BYTES = 200 * 1024 * 1024
MAX_FILES = 1000
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 150 * 1024 * 1024


class UnsealError(EkasarError, ValueError):
    """The sealed file cannot be opened; the message says why, in a sentence."""


def pack(files: dict[str, bytes], fixed_times: bool) -> bytes:
    """A zip of ``files`` built in memory; with ``fixed_times`` no entry says when it was made."""
    when = FIXED_TIME if fixed_times else time.localtime()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in sorted(files.items()):
            info = zipfile.ZipInfo(name, when)
            info.create_system = 3  # the same on every machine, so it does not tell which system made it
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def unpack(payload: bytes) -> dict[str, bytes]:
    """The files of a zip made by ``pack``. :raises UnsealError: anything odd, too many or too large."""
    files: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            entries = [i for i in archive.infolist() if not i.is_dir()]
            count = len(entries)
            if count > MAX_FILES:
                raise UnsealError(say_n("Export", "the sealed file holds {count} files; an export has a handful", "",
                                        count))
            if sum(i.file_size for i in entries) > MAX_TOTAL_BYTES:
                raise UnsealError(say("Export", "the sealed file unpacks to more than an export can hold"))
            for info in entries:
                name = info.filename
                if not name or name.startswith("/") or "\\" in name or ".." in name.split("/") or name in files:
                    raise UnsealError(say("Export", "the sealed file holds a file with a bad name: {name}")
                                      .format(name=repr(name)))
                if info.file_size > MAX_FILE_BYTES:
                    size = digits(str(info.file_size // (1024 * 1024)))
                    raise UnsealError(say("Export", "{name} is too large ({size} MB)").format(name=name, size=size))
                files[name] = archive.read(info)  # never more than the declared size; CRC checked
    except UnsealError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        raise UnsealError(say("Export", "the sealed file's contents are unreadable ({error})")
                          .format(error=error)) from None
    return files


def seal_files(files: dict[str, bytes], passphrase: str, fixed_times: bool = False) -> bytes:
    """The sealed bytes holding ``files`` (Argon2id takes about half a second here)."""
    return sealed.seal(pack(files, fixed_times), passphrase)


def open_files(blob: bytes, passphrase: str) -> dict[str, bytes]:
    """The files a sealed export holds. :raises UnsealError: not sealed, wrong passphrase, damaged."""
    if not sealed.is_sealed(blob):
        raise UnsealError(say("Export", "this is not a sealed Ekasar file"))
    try:
        payload = sealed.open_sealed(blob, passphrase)
    except KeyUnavailable as error:
        raise UnsealError(str(error)) from None
    return unpack(payload)


def is_sealed_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return sealed.is_sealed(handle.read(len(sealed.MAGIC)))
    except OSError:
        return False


def read_sealed(path: Path) -> bytes:
    """The bytes of a sealed file, refusing anything too large to be an export. :raises UnsealError:"""
    try:
        if path.stat().st_size > MAX_SEALED_BYTES:
            raise UnsealError(say("Export", "{name} is too large to be a sealed export").format(name=path.name))
        blob = path.read_bytes()
    except OSError as error:
        reason = error.strerror or error
        raise UnsealError(say("Export", "cannot read {name}: {reason}")
                          .format(name=path.name, reason=reason)) from None
    if not sealed.is_sealed(blob):
        raise UnsealError(say("Export", "{name} is not a sealed Ekasar file").format(name=path.name))
    return blob
