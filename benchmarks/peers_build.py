"""Build the peers' indexes of a generated seeds folder, for benchmarks/bench_peers.py.

A ZIM file (libzim, Kiwix's library, with its Xapian full-text index) and
tantivy indexes, from the same texts Ekasar's archive was built from: each
document's catalog title and its .txt file, untouched (Ekasar indexes the
text after its cleaner has removed web junk; the peers index it all).
Benchmark-only: `pip install -e .[bench]`.
"""

import contextlib
import html
import importlib.metadata
import os
import re
import resource
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import libzim.writer
import tantivy

# Khmer letters, signs and digits (U+1780–U+17FF) and Khmer symbols (U+19E0–U+19FF).
KHMER_RUN = re.compile("[\u1780-\u17ff\u19e0-\u19ff]+")
# Ekasar's Khmer index covers only the Khmer text; so does tantivy's Khmer field,
# cut into n-grams of code points (tantivy has no Khmer word tokenizer).
KHMER_NGRAMS = (2, 3)
KHMER_TOKENIZER = "khmer_ngram"


def documents(seeds: Path) -> Iterator[tuple[str, str, str]]:
    """(id, title, text) of every document of the seeds folder, in catalog order."""
    catalog = tomllib.loads((seeds / "catalog.toml").read_text(encoding="utf-8"))
    for entry in catalog["document"]:
        yield entry["id"], entry["title"], (seeds / f"{entry['id']}.txt").read_text(encoding="utf-8")


def khmer_runs(text: str) -> str:
    return " ".join(KHMER_RUN.findall(text))


def disk_bytes(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(build: Callable[[], object]) -> dict:
    """Run ``build``; its wall-clock seconds and CPU seconds (every thread and child process)."""
    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    cpu_before, started = cpu(), time.perf_counter()
    extra = build()
    figures = {"seconds": time.perf_counter() - started, "cpu_seconds": cpu() - cpu_before}
    return {**figures, **extra} if isinstance(extra, dict) else figures


@contextlib.contextmanager
def quiet_stdout():
    """Silence what native code prints (libzim's progress) while building."""
    sys.stdout.flush()
    saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def peer_versions() -> str:
    from libzim.version import get_libzim_version

    return (f"libzim {get_libzim_version()} (python-libzim {importlib.metadata.version('libzim')}), "
            f"tantivy-py {importlib.metadata.version('tantivy')}")


# ZIM -------------------------------------------------------------------------------------

class _Article(libzim.writer.Item):
    """One document as the HTML article a ZIM would hold: its title, then its paragraphs."""

    def __init__(self, doc_id: str, title: str, text: str) -> None:
        super().__init__()
        self.doc_id, self.title = doc_id, title
        paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n") if p.strip())
        self.page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                     f"</head><body><h1>{html.escape(title)}</h1>\n{paragraphs}</body></html>")

    def get_path(self) -> str:
        return self.doc_id

    def get_title(self) -> str:
        return self.title

    def get_mimetype(self) -> str:
        return "text/html"

    def get_contentprovider(self) -> libzim.writer.ContentProvider:
        return libzim.writer.StringProvider(self.page)

    def get_hints(self) -> dict:
        return {libzim.writer.Hint.FRONT_ARTICLE: True}


def build_zim(seeds: Path, path: Path) -> dict:
    """A ZIM of every document (zstd clusters, libzim's defaults), full-text indexed as English."""
    path.unlink(missing_ok=True)
    creator = libzim.writer.Creator(path).config_indexing(True, "eng").config_nbworkers(os.cpu_count() or 2)
    with creator:
        for name, value in (("Name", "ekasar-bench"), ("Title", "Ekasar benchmark"), ("Language", "eng"),
                            ("Creator", "benchmarks/generate.py"), ("Publisher", "Ekasar"),
                            ("Date", "2026-12-01"), ("Description", "Generated documents")):
            creator.add_metadata(name, value)
        for doc_id, title, text in documents(seeds):
            creator.add_item(_Article(doc_id, title, text))
    return {}


def zim_index_bytes(path: Path) -> dict[str, int]:
    """The sizes of the Xapian databases inside the ZIM (the X namespace sorts last)."""
    from libzim.reader import Archive

    archive, found = Archive(path), {}
    for entry_id in range(max(0, archive.all_entry_count - 8), archive.all_entry_count):
        entry = archive._get_entry_by_id(entry_id)
        if "xapian" in entry.path:
            found[entry.path] = entry.get_item().size
    return found


# tantivy ---------------------------------------------------------------------------------

def tantivy_schema(store_body: bool) -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("body", stored=store_body, tokenizer_name="en_stem")
    builder.add_text_field("body_km", stored=False, tokenizer_name=KHMER_TOKENIZER)
    return builder.build()


def open_tantivy(path: Path, store_body: bool = True) -> tantivy.Index:
    """The index at ``path`` (made if absent), with the Khmer n-gram analyzer registered."""
    path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(tantivy_schema(store_body), path=str(path), reuse=True)
    analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(*KHMER_NGRAMS, False)).build()
    index.register_tokenizer(KHMER_TOKENIZER, analyzer)
    return index


def build_tantivy(seeds: Path, path: Path, store_body: bool) -> dict:
    """A tantivy index of every document: id, title and body (English stemming), body_km (n-grams)."""
    for old in path.glob("*"):
        old.unlink()
    index = open_tantivy(path, store_body)
    writer = index.writer(heap_size=512_000_000, num_threads=os.cpu_count() or 2)
    for doc_id, title, text in documents(seeds):
        writer.add_document(tantivy.Document(id=doc_id, title=title, body=text, body_km=khmer_runs(text)))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return {"segments": index.searcher().num_segments}


def tantivy_store_bytes(path: Path) -> int:
    """The part of the index that is the document store (the stored fields)."""
    return sum(p.stat().st_size for p in path.glob("*.store"))
