"""Reading an exchange bundle someone hands over: checked before anything is trusted."""

import json
from dataclasses import fields, replace
from datetime import datetime, timezone
from pathlib import Path

from desktop.errors import EkasarError
from desktop.export.bag import MANIFEST, verify_bag
from desktop.export.notes_export import BUNDLE_FORMAT, BUNDLE_NAME
from desktop.export.sealed_export import UnsealError, open_files, read_sealed
from desktop.store.annotations import COLORS, Annotation

MAX_BUNDLE_BYTES = 50 * 1024 * 1024
MAX_FILES = 1000
MAX_ANNOTATIONS = 200_000


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
        raise BundleError(f"{path} is not a bundle folder (export one with --format bundle)")
    entries = list(path.rglob("*"))
    if len(entries) > MAX_FILES:
        raise BundleError(f"{path} holds {len(entries)} files; a bundle has a handful")
    for entry in entries:
        if entry.is_symlink():
            raise BundleError(f"refusing a bundle with a symbolic link: {entry.relative_to(path)}")
        if entry.is_file() and entry.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{entry.name} is too large ({entry.stat().st_size // (1024 * 1024)} MB)")
    if not (path / MANIFEST).is_file():
        raise BundleError(f"{path} has no {MANIFEST}: not an exported bundle")
    problems = verify_bag(path)
    if problems:
        raise BundleError("the bundle does not match its manifest: " + "; ".join(problems[:3]))
    try:
        raw = (path / "data" / BUNDLE_NAME).read_bytes()
    except OSError as error:
        raise BundleError(f"cannot read {BUNDLE_NAME}: {error}") from None
    return parse_bundle(raw)


def read_sealed_bundle(path: Path, passphrase: str) -> list[Annotation]:
    """The annotations of a sealed exchange bundle, opened in memory (nothing is written).

    :raises BundleError: not sealed, wrong passphrase, damaged, or not a bundle inside.
    """
    try:
        files = open_files(read_sealed(path), passphrase)
    except UnsealError as error:
        raise BundleError(str(error)) from None
    if BUNDLE_NAME not in files:
        raise BundleError("this sealed file holds no notes bundle, only files to read: open it with "
                          "'ekasar unseal FILE --to FOLDER'")
    return parse_bundle(files[BUNDLE_NAME])


def parse_bundle(raw: bytes) -> list[Annotation]:
    """The annotations in the bytes of ekasar-notes.json, checked."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise BundleError(f"cannot read {BUNDLE_NAME}: {error}") from None
    if not isinstance(data, dict) or data.get("format") != BUNDLE_FORMAT:
        raise BundleError("not an Ekasar notes bundle")
    items = data.get("annotations")
    if not isinstance(items, list) or len(items) > MAX_ANNOTATIONS:
        raise BundleError("the bundle's annotations are missing or absurdly many")
    # A bundle exported without dates and times: the notes are dated when they arrive.
    now = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    return [replace(a, created=a.created or now, modified=a.modified or a.created or now)
            for a in (_annotation(item, number) for number, item in enumerate(items, 1))]


def _annotation(item, number: int) -> Annotation:
    names = {f.name for f in fields(Annotation)}
    if not isinstance(item, dict) or not {"id", "document_id", "quote", "start", "end", "color"} <= set(item):
        raise BundleError(f"annotation {number} is malformed")
    values = {k: v for k, v in item.items() if k in names}
    try:
        annotation = Annotation(**values)
    except TypeError:
        raise BundleError(f"annotation {number} is malformed") from None
    if annotation.color not in COLORS or not isinstance(annotation.tags, list) \
            or not all(isinstance(t, str) for t in annotation.tags) \
            or not isinstance(annotation.start, int) or not isinstance(annotation.end, int):
        raise BundleError(f"annotation {number} has bad values")
    return annotation
