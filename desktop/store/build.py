"""Building `archive.sqlite` from a seeds folder.

The archive is written under a temporary name and renamed into place only
when complete, so a crash mid-build never leaves a broken archive behind.
Building twice from the same seeds gives the same content.
"""

import contextlib
import hashlib
import json
import multiprocessing
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.errors import BuildError
from desktop import __version__
from desktop.extract.authority import Authority, AuthorityError, load_authority
from desktop.extract.pipeline import Extractor
from desktop.extract.process import ProcessedDocument, process_file
from desktop.ingest.catalog import CATALOG_NAME, SeedEntry, load_seeds
from desktop.ingest.decode import UndecodableFile
from desktop.ingest.files import FORMAT_BY_SUFFIX
from desktop.store.champions import write_champions
from desktop.store.documents import DocumentMeta
from desktop.store.listing import ARCHIVE_LISTING_INDEX
from desktop.store.entities import CitationError, refresh_counts, write_authority
from desktop.disk.fsync import fsync_directory, fsync_file
from desktop.store.processed import write_processed
from desktop.store.stored_text import compact_documents
from desktop.store.schema import SCHEMA_VERSION, archive_migrations

# Bump when cleaning, splitting or extraction rules change, so cached archives are rebuilt.
BUILDER_VERSION = f"{__version__}+rules.8"
AUTHORITY_NAME = "entities.toml"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildReport:
    path: Path
    documents: int
    seconds: float
    fingerprint: str


def seeds_fingerprint(seeds_dir: Path) -> str:
    """A hash of everything that determines the archive's content."""
    digest = hashlib.sha256(f"{BUILDER_VERSION}\0{SCHEMA_VERSION}\0".encode())
    for path in sorted(seeds_dir.iterdir()):
        if path.name in (CATALOG_NAME, AUTHORITY_NAME) or path.suffix.lower() in FORMAT_BY_SUFFIX:
            digest.update(path.name.encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _meta(seed: SeedEntry, title_hint: str, languages: list[str]) -> DocumentMeta:
    meta = {}
    if seed.inferred:
        meta["inferred"] = seed.inferred
    if seed.extra:
        meta["extra"] = seed.extra
    return DocumentMeta(
        id=seed.id,
        title=seed.title or title_hint or seed.id,
        kind=seed.kind,
        author=seed.author,
        publisher=seed.publisher,
        date=seed.date,
        language=seed.language if seed.language is not None else languages,
        meta=meta,
    )


def build_archive(seeds_dir: Path, out: Path, progress: Progress | None = None) -> BuildReport:
    """Build an archive of every document in ``seeds_dir`` at ``out`` (replacing it).

    :param progress: called with ``(done, total)`` after each document.
    :raises BuildError: unreadable seeds folder, catalog or document.
    """
    started = time.perf_counter()
    try:
        seeds = load_seeds(seeds_dir)
        authority = load_authority(seeds_dir / AUTHORITY_NAME)
        fingerprint = seeds_fingerprint(seeds_dir)
    except (ValueError, OSError, AuthorityError) as error:
        raise BuildError(str(error)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.building-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        _write(seeds, authority, temporary, fingerprint, progress)
        fsync_file(temporary)
        os.replace(temporary, out)
        fsync_directory(out.parent)
    finally:
        temporary.unlink(missing_ok=True)
    return BuildReport(out, len(seeds), time.perf_counter() - started, fingerprint)


# Reading, cleaning and extraction are pure Python and independent per
# document: large builds spread them over the cores; SQLite writes stay in
# this process, in order, so the archive is the same whichever way it is built.
PARALLEL_FROM = 200
_worker: tuple[Authority, Extractor] | None = None


def _start_worker(authority: Authority) -> None:
    global _worker
    _worker = (authority, Extractor(list(authority.entities)))


def _process(seed: SeedEntry) -> tuple[SeedEntry, ProcessedDocument]:
    """Everything stored for one seed, computed without touching the database."""
    authority, extractor = _worker
    try:
        processed = process_file(seed.path, extractor, seed.id not in authority.reviewed_documents,
                                 seed.date, seed.author)
    except UndecodableFile as error:
        raise BuildError(f"{seed.path}: {error}") from None
    return seed, processed


@contextlib.contextmanager
def _processed(seeds: list[SeedEntry], authority: Authority):
    """The processed seeds, in order: in worker processes for large builds."""
    workers = min(os.cpu_count() or 1, 8)
    if len(seeds) < PARALLEL_FROM or workers < 2:
        _start_worker(authority)
        yield map(_process, seeds)
        return
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(authority,)) as pool:
        yield pool.map(_process, seeds, chunksize=16)


def _write(
    seeds: list[SeedEntry], authority: Authority, path: Path, fingerprint: str, progress: Progress | None
) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # A temporary file that is thrown away on failure needs no journal.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db = Database(conn)
        archive_migrations.apply(db)
        sources = {}
        cited = {fact.document for entity in authority.entities for fact in entity.facts}
        cited_texts: dict[str, str] = {}
        with db.atomic(), _processed(seeds, authority) as results:
            for done, (seed, processed) in enumerate(results, 1):
                prepared = processed.prepared
                write_processed(conn, _meta(seed, prepared.title_hint, prepared.languages), processed)
                if seed.id in cited:
                    cited_texts[seed.id] = prepared.text
                sources[seed.id] = prepared.original_sha256
                if progress:
                    progress(done, len(seeds))
            try:
                write_authority(conn, authority, cited_texts)
            except CitationError as error:
                raise BuildError(f"{AUTHORITY_NAME}: {error}") from None
            refresh_counts(conn)
            manifest = {
                "schema_version": str(SCHEMA_VERSION),
                "builder_version": BUILDER_VERSION,
                "fingerprint": fingerprint,
                "documents": str(len(seeds)),
                "sources": json.dumps(sources, sort_keys=True),
            }
            conn.executemany("INSERT INTO manifest (key, value) VALUES (?, ?)", manifest.items())
        _finish(conn)
    finally:
        conn.close()


def _finish(conn: sqlite3.Connection) -> None:
    """What only a complete archive gets: merged index segments (a smaller file and faster
    queries), the champion lists, the listing's index, compressed texts, and no free pages
    (in 16 KiB pages, which a document's compressed text and original fill better than 4 KiB)."""
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO khmer_text_fts(khmer_text_fts) VALUES ('optimize')")
    write_champions(conn)
    conn.execute(ARCHIVE_LISTING_INDEX)
    compact_documents(conn)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("VACUUM")
