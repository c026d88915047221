"""Zip containers (Word, OpenDocument, EPUB) opened with their limits checked
before anything is unpacked.

A zip file states each part's unpacked size; a hostile one lies, or states a
size hundreds of times its packed size (a "zip bomb"), or has thousands of
parts. So: the number of parts is counted before the directory is read, the
stated sizes and ratios are checked before a part is unpacked, and a part is
unpacked in chunks, stopping at the limit whatever it stated. Parts with
absolute names or ``..`` are ignored; encrypted parts are refused.
"""

import io
import posixpath
import struct
import xml.etree.ElementTree as ET
import zipfile
import zlib
from urllib.parse import unquote

from desktop.ingest.readers.base import UnreadableDocument
from desktop.ingest.readers.xml_parts import local_name, parse_xml
from desktop.wording import digits, say

MB = 1024 * 1024
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 50 * MB
MAX_TOTAL_BYTES = 200 * MB
MAX_RATIO = 200
# Small parts may legitimately pack very well (a short, repetitive XML file);
# the ratio only matters where the unpacked size does.
RATIO_CHECKED_FROM = 1 * MB
_CHUNK = 256 * 1024
_CENTRAL_ENTRY = b"PK\x01\x02"
# Other methods (bzip2, LZMA) unpack without a bound on each step's output;
# no office or EPUB writer uses them.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_DAMAGE = (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error, zlib.error,
           NotImplementedError, RuntimeError, OverflowError, KeyError, IndexError)


def _megabytes(size: int) -> str:
    return digits(str(size // MB))


def safe_name(name: str) -> str | None:
    """A member name as a relative path (``a/b.xml``), or ``None`` if it is a folder,
    absolute, or climbs out with ``..``."""
    name = name.replace("\\", "/")
    if name.startswith("/") or name.endswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or ".." in parts or "\x00" in name:
        return None
    return "/".join(parts)


def resolve_part(base: str, href: str) -> str | None:
    """The part a reference inside the container points to: ``href`` (a URL path, maybe
    %-encoded, maybe with a #fragment) read from the folder ``base``; ``None`` if it leaves
    the container or names another scheme (``http:``, ``file:``)."""
    href = href.partition("#")[0].strip()
    if not href or ":" in href.partition("/")[0]:
        return None
    path = unquote(href)
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
    normal = posixpath.normpath(joined)
    if normal.startswith("../") or normal in ("..", "."):
        return None
    return safe_name(normal)


class Container:
    """The parts of one zip file, each read at most once and within the limits.

    :raises UnreadableDocument: if ``data`` is no zip file, has too many parts, or
        states more than ``MAX_TOTAL_BYTES`` unpacked in all.
    """

    def __init__(self, data: bytes, format_name: str) -> None:
        self.format_name = format_name
        if data.count(_CENTRAL_ENTRY) > MAX_MEMBERS:  # an upper bound, found without parsing
            raise self._too_many()
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _DAMAGE:
            raise self.damaged() from None
        if len(infos) > MAX_MEMBERS:
            raise self._too_many()
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise UnreadableDocument(say("Import", "the parts inside the file are too large unpacked "
                                                   "(the limit is {limit} MB in all)").format(limit=_megabytes(MAX_TOTAL_BYTES)))
        self._members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = safe_name(info.filename)
            if name is not None:
                self._members.setdefault(name, info)
        # Part names are case-insensitive in Word files; other formats never rely on case alone.
        self._folded = {name.casefold(): name for name in reversed(list(self._members))}
        self._budget = MAX_TOTAL_BYTES

    def damaged(self) -> UnreadableDocument:
        return UnreadableDocument(say("Import", "damaged file (not a valid {format} file)").format(format=self.format_name))

    def _too_many(self) -> UnreadableDocument:
        return UnreadableDocument(say("Import", "too many parts inside the file (the limit is {limit})")
                                  .format(limit=digits(f"{MAX_MEMBERS:,}")))

    def names(self) -> list[str]:
        return list(self._members)

    def find(self, name: str) -> str | None:
        """The member called ``name`` (any case), or ``None``."""
        if name in self._members:
            return name
        return self._folded.get(name.casefold())

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """The unpacked bytes of the member ``name``.

        :raises UnreadableDocument: if it is missing, encrypted, packed in another way
            than stored or deflated, states or turns out larger than ``limit`` (or than
            is left of ``MAX_TOTAL_BYTES``), or is packed more than ``MAX_RATIO`` to 1.
        """
        found = self.find(name)
        if found is None:
            raise UnreadableDocument(say("Import", "damaged file (it has no {part} inside)").format(part=name))
        info = self._members[found]
        self._check_before_unpacking(info, limit)
        data = self._unpack(info, min(limit, self._budget))
        self._budget -= len(data)
        return data

    def optional_xml(self, part: str | None) -> ET.Element | None:
        """The parsed XML part ``part``, or ``None`` if there is none; if it is there, it must be sound."""
        if part is None or self.find(part) is None:
            return None
        return parse_xml(self.read(part), part)

    def _check_before_unpacking(self, info: zipfile.ZipInfo, limit: int) -> None:
        if info.flag_bits & 0x1:
            raise UnreadableDocument(say("Import", "a part inside the file is encrypted"))
        if info.compress_type not in _METHODS:
            raise UnreadableDocument(say("Import", "a part inside the file is packed in an unsupported way"))
        if info.file_size > limit:
            raise self._too_large(limit)
        if info.file_size > RATIO_CHECKED_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnreadableDocument(say("Import", "refused as a likely zip bomb (a part inside unpacks to more "
                                                   "than {ratio} times its size)").format(ratio=digits(str(MAX_RATIO))))

    def _too_large(self, limit: int) -> UnreadableDocument:
        return UnreadableDocument(say("Import", "a part inside the file is too large unpacked (the limit is {limit} MB)")
                                  .format(limit=_megabytes(limit)))

    def _unpack(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        """Read in chunks and stop past ``limit``: the stated size is not trusted."""
        chunks, size = [], 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
                    size += len(chunk)
                    if size > limit:
                        raise self._too_large(limit)
                    chunks.append(chunk)
        except _DAMAGE:
            raise self.damaged() from None
        return b"".join(chunks)


def package_relations(package: Container, source: str) -> dict[str, str]:
    """What the part ``source`` of an Office (OPC) package relates to (``""``: the package
    itself): the last word of each relationship type (``"footnotes"``) → the part's name,
    internal targets only."""
    folder, file_name = posixpath.split(source)
    rels_name = posixpath.join(folder, "_rels", f"{file_name}.rels")
    found: dict[str, str] = {}
    root = package.optional_xml(rels_name)
    for relation in root if root is not None else ():
        if local_name(relation.tag) != "Relationship" or relation.get("TargetMode", "Internal") != "Internal":
            continue
        kind = relation.get("Type", "").rstrip("/").rpartition("/")[2]
        target = resolve_part(folder, relation.get("Target", ""))
        if kind and target:
            found.setdefault(kind, target)
    return found
