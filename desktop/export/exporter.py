"""Exporting notes to a folder or a stick: build the files, write them as a bag (or one sealed file), verify.

Everything is built in memory first, so a preview can show exactly what an export
would write without writing anything.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.disk.partials import sweep
from desktop.export.bag import tag_files, write_bag
from desktop.export.names import safe_name
from desktop.export.notes_export import BUILDERS
from desktop.export.options import FORMATS, ExportOptions, only_quotes
from desktop.export.safe_write import ExportError, write_atomically
from desktop.export.sealed_export import SEAL_OVERHEAD, SUFFIX, open_files, pack, read_sealed, seal_files
from desktop.store.annotations import Annotation
from desktop.wording import number, say, say_n

NEUTRAL_TIME = 946_684_800  # 2000-01-01 UTC: a file time that tells nothing, and one FAT can hold


@dataclass(frozen=True)
class ExportResult:
    folder: Path  # the bag folder, or the sealed file
    files: list[Path]
    size: int  # bytes
    sealed: bool = False


@dataclass(frozen=True)
class ExportPreview:
    name: str  # the folder, or the sealed file, that would be made under the destination
    files: dict[str, bytes]  # the exported files (in data/, or inside the sealed file)
    written: list[tuple[str, int]]  # what would land on disk, relative to the destination, and sizes
    sealed: bool
    tags: dict[str, bytes] = field(default_factory=dict)  # bagit.txt, README.txt, the manifests

    def entries(self) -> list[str]:
        """Every file the export holds, as the preview lists them: in the folder (data/…, README.txt,
        the manifests), or inside the sealed file. As many as the summary counts."""
        if self.sealed:
            return sorted(self.files)
        return [path.split("/", 1)[1] for path, _size in self.written]

    def content(self, entry: str) -> bytes:
        """The bytes of one of ``entries()``, or of a file in ``files``."""
        if entry in self.tags:
            return self.tags[entry]
        return self.files[entry[len("data/"):]] if entry.startswith("data/") and not self.sealed else self.files[entry]

    def text(self, name: str) -> str:
        """A file's content as text (every format is text), to show, never to render."""
        return self.content(name).decode("utf-8-sig", errors="replace")

    def summary(self) -> str:
        if self.sealed:
            size = self.written[0][1]
            return say("Export", "One encrypted file, about {size} bytes: {name}").format(size=number(size),
                                                                                          name=self.name)
        files, size = len(self.written), sum(n for _, n in self.written)
        return say_n("Export", "A folder of {count} files, {size} bytes: {name}", "", files).format(
            size=number(size), name=self.name)

    def listing(self) -> str:
        if self.sealed:
            lines = [f"  {n}  ({len(d):,} bytes)" for n, d in sorted(self.files.items())]
            return "\n".join([self.summary(), "It holds:", *lines])
        return "\n".join([self.summary(), *(f"  {path}  ({size:,} bytes)" for path, size in self.written)])


def build_files(notes: list[Annotation], document: Callable, fmt: str,
                options: ExportOptions = ExportOptions()) -> dict[str, bytes]:
    """The files an export holds, in memory. :raises ExportError: unknown format, nothing to export."""
    if fmt not in FORMATS:
        raise ExportError(f"the format must be one of {', '.join(FORMATS)}")
    if options.quotes_only:
        notes = only_quotes(notes)
        if not notes:
            raise ExportError(say("Export", "there are no quotes to export (notes without a quoted passage are "
                                            "left out)"))
    if not notes:
        raise ExportError(say("Export", "there are no notes to export"))
    return BUILDERS[fmt](notes, document, without_metadata=options.without_metadata)


def export_name(fmt: str, options: ExportOptions) -> str:
    if options.without_metadata:
        return f"ekasar-notes-{fmt}"  # no date in the name; a number keeps earlier exports
    return f"ekasar-notes-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{fmt}"


def _free_path(destination: Path, base: str, suffix: str = "") -> Path:
    path, number = destination / f"{base}{suffix}", 2
    while path.exists() or path.is_symlink():  # never write into or over an earlier export
        path, number = destination / f"{base}-{number}{suffix}", number + 1
    return path


def preview_export(notes: list[Annotation], document: Callable, fmt: str, options: ExportOptions = ExportOptions(),
                   destination: Path | None = None) -> ExportPreview:
    """What ``export_notes`` would write, built in memory; nothing is written (and nothing sealed)."""
    files = build_files(notes, document, fmt, options)
    suffix = SUFFIX if options.sealed else ""
    base = export_name(fmt, options)
    name = _free_path(destination, base, suffix).name if destination and destination.is_dir() else base + suffix
    if options.sealed:
        written = [(name, len(pack(files, options.without_metadata)) + SEAL_OVERHEAD)]
        tags = {}
    else:
        tags = tag_files(files)
        written = [(f"{name}/data/{n}", len(d)) for n, d in sorted(files.items())]
        written += [(f"{name}/{n}", len(d)) for n, d in tags.items()]
    return ExportPreview(name, files, written, options.sealed, tags)


def export_notes(notes: list[Annotation], document: Callable, destination: Path, fmt: str,
                 progress: Callable[[int, int], None] | None = None,
                 options: ExportOptions = ExportOptions()) -> ExportResult:
    """Write ``notes`` in ``fmt`` as a verified bag in a new folder under ``destination``, or, with a
    passphrase in ``options``, as one sealed file there.

    :raises ExportError: unknown format, nothing to export, a write failure or a failed verification.
    """
    sweep()  # a killed export's temporary files, before writing more
    files = build_files(notes, document, fmt, options)
    if not destination.is_dir():
        raise ExportError(say("Export", "the folder {folder} does not exist").format(folder=destination))
    if options.sealed and not options.passphrase:
        raise ExportError(say("Export", "give a passphrase to encrypt the export with"))
    base = export_name(fmt, options)
    if options.sealed:
        return _write_sealed(_free_path(destination, base, SUFFIX), files, options, progress)
    folder = _free_path(destination, base)
    written = write_bag(folder, files, progress)
    if options.without_metadata:
        _neutral_times(folder, written)
    return ExportResult(folder, written, sum(p.stat().st_size for p in written))


def _write_sealed(path: Path, files: dict[str, bytes], options: ExportOptions,
                  progress: Callable[[int, int], None] | None) -> ExportResult:
    blob = seal_files(files, options.passphrase, fixed_times=options.without_metadata)
    write_atomically(path, blob)  # the only bytes that touch the disk, and they are sealed
    try:
        same = path.read_bytes() == blob
    except OSError:
        same = False
    if not same:
        path.unlink(missing_ok=True)
        raise ExportError(say("Export", "{name} did not read back the same; nothing was kept").format(name=path.name))
    if options.without_metadata:
        _neutral_times(path, [path])
    if progress:
        progress(1, 1)
    return ExportResult(path, [path], len(blob), sealed=True)


def _neutral_times(top: Path, written: list[Path]) -> None:
    """Set the files' and folders' times to one fixed date, so they do not tell when the export was made."""
    folders = {parent for p in written for parent in p.parents if parent == top or top in parent.parents}
    for path in [*written, *sorted(folders, key=lambda f: len(f.parts), reverse=True)]:
        try:
            os.utime(path, (NEUTRAL_TIME, NEUTRAL_TIME))
        except OSError:
            pass  # some file systems refuse; the contents, which matter most, hold no times either way


def unseal_export(path: Path, passphrase: str, destination: Path) -> ExportResult:
    """Open a sealed export and write its files as a verified bag in a new folder under ``destination``.

    :raises UnsealError: not sealed, wrong passphrase, damaged. :raises ExportError: a write failure.
    """
    files = open_files(read_sealed(path), passphrase)
    if not destination.is_dir():
        raise ExportError(say("Export", "the folder {folder} does not exist").format(folder=destination))
    base = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    folder = _free_path(destination, safe_name(base, ""))  # the name may come from another system
    written = write_bag(folder, files)
    return ExportResult(folder, written, sum(p.stat().st_size for p in written))
