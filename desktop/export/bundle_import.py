"""Reading an exchange bundle someone hands over: checked before anything is trusted."""

import hashlib
import json
import re
import uuid
from dataclasses import fields, replace
from datetime import datetime, timezone
from pathlib import Path

from desktop.disk.safe_read import UnreadableFile, read_regular_file
from desktop.errors import EkasarError
from desktop.export.bag import MANIFEST, verify_bag
from desktop.export.notes_export import BUNDLE_FORMAT, BUNDLE_NAME
from desktop.export.sealed_export import UnsealError, open_files, read_sealed
from desktop.store.annotations import COLORS, TARGETS, Annotation
from desktop.wording import digits, say, say_n

MAX_BUNDLE_BYTES = 50 * 1024 * 1024
MAX_FILES = 1000
MAX_ANNOTATIONS = 200_000
MAX_TEXT_BYTES = 1024 * 1024  # a note, a quote, its context: far beyond any real one
MAX_OFFSET = 10**9
MAX_TAGS, MAX_TAG_LENGTH = 100, 200
STATUSES = ("anchored", "needs_review")
# Document ids as Ekasar makes them (seed ids, "user_<hash>"): never a path.
_DOCUMENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,127}")


class BundleError(EkasarError, ValueError):
    """The bundle is refused; the message says why, in a sentence."""


def read_bundle(path: Path) -> list[Annotation]:
    """The annotations of a bundle folder (as exported), after checking it.

    Refuses: anything that is not an Ekasar bundle folder, symbolic links,
    paths leaving the folder, too many or too large files, a manifest that
    does not match, and malformed annotations.
    """
    if path.is_file() and path.name == BUNDLE_NAME:
        path = path.parent.parent  # given data/ekasar-notes.json: use its bag
    elif path.is_file() and path.name == MANIFEST:
        path = path.parent  # given the bag's manifest (a file dialog picks files): use its bag
    if not path.is_dir():
        raise BundleError(say("Export", "{path} is not a bundle folder (export one with --format bundle)")
                          .format(path=path))
    entries = list(path.rglob("*"))
    count = len(entries)
    if count > MAX_FILES:
        raise BundleError(say_n("Export", "{path} holds {count} files; a bundle has a handful", "", count)
                          .format(path=path))
    for entry in entries:
        if entry.is_symlink():
            raise BundleError(say("Export", "refusing a bundle with a symbolic link: {link}")
                              .format(link=entry.relative_to(path)))
        if entry.is_file() and entry.stat().st_size > MAX_BUNDLE_BYTES:
            size = digits(str(entry.stat().st_size // (1024 * 1024)))
            raise BundleError(say("Export", "{name} is too large ({size} MB)").format(name=entry.name, size=size))
    if not (path / MANIFEST).is_file():
        raise BundleError(say("Export", "{path} has no {manifest}: not an exported bundle")
                          .format(path=path, manifest=MANIFEST))
    problems = verify_bag(path, tags=False)
    if problems:
        listed = "; ".join(problems[:3])
        raise BundleError(say("Export", "the bundle does not match its manifest: {problems}").format(problems=listed))
    # Read once, and check the very bytes that are parsed: a file swapped after the check above
    # (for a link, a device, or other notes) is refused.
    try:
        raw = read_regular_file(path / "data" / BUNDLE_NAME, MAX_BUNDLE_BYTES)
    except (OSError, UnreadableFile) as error:
        raise BundleError(_cannot_read(error)) from None
    if hashlib.sha256(raw).hexdigest() != _listed_digest(path, f"data/{BUNDLE_NAME}"):
        raise BundleError(say("Export", "{name} changed while it was being read: the bundle is refused")
                          .format(name=BUNDLE_NAME))
    return parse_bundle(raw)


def _cannot_read(error: Exception) -> str:
    return say("Export", "cannot read {name}: {error}").format(name=BUNDLE_NAME, error=error)


def _listed_digest(folder: Path, relative: str) -> str | None:
    for line in (folder / MANIFEST).read_text(encoding="utf-8").splitlines():
        digest, _, listed = line.partition("  ")
        if listed == relative:
            return digest
    return None


def read_sealed_bundle(path: Path, passphrase: str) -> list[Annotation]:
    """The annotations of a sealed exchange bundle, opened in memory (nothing is written).

    :raises BundleError: not sealed, wrong passphrase, damaged, or not a bundle inside.
    """
    try:
        files = open_files(read_sealed(path), passphrase)
    except UnsealError as error:
        raise BundleError(str(error)) from None
    if BUNDLE_NAME not in files:
        raise BundleError(say("Export", "this sealed file holds no notes bundle, only files to read: open it with "
                                        "'ekasar unseal FILE --to FOLDER'"))
    return parse_bundle(files[BUNDLE_NAME])


def parse_bundle(raw: bytes) -> list[Annotation]:
    """The annotations in the bytes of ekasar-notes.json, checked."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise BundleError(_cannot_read(error)) from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise BundleError(say("Export", "not an Ekasar notes bundle"))
    items = data.get("annotations")
    if not isinstance(items, list) or len(items) > MAX_ANNOTATIONS:
        raise BundleError(say("Export", "the bundle's annotations are missing or absurdly many"))
    # A bundle exported without dates and times: the notes are dated when they arrive.
    now = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    return [replace(a, created=a.created or now, modified=a.modified or a.created or now)
            for a in (_annotation(item, number) for number, item in enumerate(items, 1))]


def _annotation(item, number: int) -> Annotation:
    names = {f.name for f in fields(Annotation)}
    if not isinstance(item, dict) or not {"id", "document_id", "quote", "start", "end", "color"} <= set(item):
        raise BundleError(_malformed(number))
    values = {k: v for k, v in item.items() if k in names}
    try:
        annotation = Annotation(**values)
    except TypeError:
        raise BundleError(_malformed(number)) from None
    problem = _problem(annotation)
    if problem:
        raise BundleError(say("Export", "annotation {number} has bad values ({problem})")
                          .format(number=digits(str(number)), problem=problem))
    return annotation


def _malformed(number: int) -> str:
    return say("Export", "annotation {number} is malformed").format(number=digits(str(number)))


def _problem(a: Annotation) -> str | None:
    """What is wrong with a colleague's annotation, or None: every field is checked."""
    try:
        if str(uuid.UUID(a.id)) != a.id.lower():
            return say("Export", "its id is not a UUID")
    except (ValueError, AttributeError, TypeError):
        return say("Export", "its id is not a UUID")
    if not isinstance(a.document_id, str) or not (a.document_id == "" or _DOCUMENT_ID.fullmatch(a.document_id)):
        return say("Export", "its document id is not one Ekasar makes")
    if any(not isinstance(v, int) or isinstance(v, bool) for v in (a.start, a.end)) \
            or not 0 <= a.start <= a.end <= MAX_OFFSET:
        return say("Export", "its offsets are out of range")
    texts = (a.quote, a.prefix, a.suffix, a.note, a.text_sha256, a.created, a.modified)
    if any(not isinstance(t, str) or len(t.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES for t in texts):
        return say("Export", "a text is missing or larger than 1 MB")
    if not isinstance(a.tags, list) or len(a.tags) > MAX_TAGS \
            or not all(isinstance(t, str) and len(t) <= MAX_TAG_LENGTH for t in a.tags):
        return say("Export", "its tags are malformed")
    if a.color not in COLORS or a.status not in STATUSES or a.target not in TARGETS \
            or not (a.target_id is None or (isinstance(a.target_id, str) and len(a.target_id) <= 200)):
        return say("Export", "its colour, status or target is unknown")
    return None
