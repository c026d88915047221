"""Ekasar's search side by side with the peers a user would pick instead, on the same generated texts.

    python benchmarks/bench_peers.py [--size 50000] [--repeat 50] [--reuse]

Peers (`pip install -e .[bench]`): libzim (Kiwix's library, a ZIM with its
Xapian full-text index) and tantivy (the Rust engine's Python bindings); and
the archive's own FTS5 index queried bare, with full bm25 ranking and no
window: the exact-ranking reference, against which Ekasar's top 10 is checked.
Uses benchmarks/out/seeds-SIZE and archive-SIZE.sqlite (generated and built
as bench_archive.py does if absent, never rebuilt); the peers' indexes are
kept in benchmarks/out/peers-SIZE/ and, with --reuse, not rebuilt. Each query
is timed in this process after one warm-up; prints Markdown tables and writes
benchmarks/out/peers-SIZE/results.json.
"""

import argparse
import json
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import peers_build
from benchmarks.bench_archive import OUT, percentile
from benchmarks.generate import generate
from desktop.services.library import Library
from desktop.store.build import build_archive
from desktop.store.connect import open_archive
from desktop.store import champions, khmer_search
from desktop.store.query import parse_query

QUERIES = ["human rights", "Battambang verdict", '"human rights defenders"', "police", "សិទ្ធិមនុស្ស"]
LIMIT = 10
EKASAR, EXACT = "Ekasar (`library.search`, snippets)", "FTS5 bare bm25 (ids only)"
TANTIVY = "tantivy + snippets"


def is_khmer(query: str) -> bool:
    return bool(peers_build.KHMER_RUN.search(query))


@dataclass
class Engine:
    """``run(query)`` does what a search of that engine costs, returning (matches or None, top ids)."""

    name: str
    run: Callable[[str], tuple[int | None, list[str]]]
    count: Callable[[str], int] | None = None  # matches, counted outside the timing
    only_khmer: bool = False
    remark: Callable[[str], str] = lambda query: ""  # said after the matches


# Building ----------------------------------------------------------------------------------

def ekasar_archive(size: int) -> tuple[Path, Path, dict]:
    """The seeds folder and archive, generated and built as bench_archive.py does if absent."""
    seeds, archive = OUT / f"seeds-{size}", OUT / f"archive-{size}.sqlite"
    if not (seeds / "catalog.toml").is_file():
        generate(seeds, size)
    if not archive.is_file():
        return seeds, archive, peers_build.timed(lambda: build_archive(seeds, archive))
    earlier = OUT / "results.json"  # not rebuilt here: bench_archive.py's last figure, if for this size
    runs = json.loads(earlier.read_text())["results"] if earlier.is_file() else []
    seconds = next((r["build_seconds"] for r in runs if r["documents"] == size), None)
    return seeds, archive, {"seconds": seconds, "cpu_seconds": None, "reused": True}


def peer_indexes(seeds: Path, folder: Path, reuse: bool) -> dict:
    """Build (or, with ``reuse``, keep) the ZIM and both tantivy indexes; their build figures."""
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / "build.json"
    builds = json.loads(record.read_text()) if reuse and record.is_file() else {}
    paths = {"zim": folder / "texts.zim", "tantivy": folder / "tantivy", "tantivy_unstored": folder / "tantivy-unstored"}
    steps = {
        "zim": lambda: peers_build.build_zim(seeds, paths["zim"]),
        "tantivy": lambda: peers_build.build_tantivy(seeds, paths["tantivy"], store_body=True),
        "tantivy_unstored": lambda: peers_build.build_tantivy(seeds, paths["tantivy_unstored"], store_body=False),
    }
    for name, step in steps.items():
        if name not in builds or not paths[name].exists():
            print(f"building {name} …", file=sys.stderr, flush=True)
            with peers_build.quiet_stdout():
                builds[name] = peers_build.timed(step)
            record.write_text(json.dumps(builds, indent=2))
    return builds


PARTS = {"documents_fts": "word index", "khmer_text": "Khmer index", "term_champions": "champion lists",
         "document": "texts and originals", "events": "events", "mentions": "mentions"}


def ekasar_parts(archive: Path) -> dict[str, int]:
    """Bytes of the archive's parts (SQLite's dbstat): each table with its indexes."""
    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    parts = dict.fromkeys([*PARTS.values(), "other"], 0)
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        part = next((label for prefix, label in PARTS.items() if name.startswith(prefix)), "other")
        parts[part] += size
    conn.close()
    return parts


def sizes(archive: Path, folder: Path) -> dict[str, dict]:
    zim, tv, tv_unstored = folder / "texts.zim", folder / "tantivy", folder / "tantivy-unstored"
    parts = ekasar_parts(archive)
    xapian = peers_build.zim_index_bytes(zim)
    return {
        "ekasar": {"bytes": archive.stat().st_size,
                   "note": ", ".join(f"{label} {size / 1e6:.1f} MB" for label, size in parts.items())},
        "zim": {"bytes": zim.stat().st_size,
                "note": ", ".join(f"{path} {size / 1e6:.1f} MB" for path, size in xapian.items())
                        + "; the rest is the zstd-compressed articles"},
        "tantivy": {"bytes": peers_build.disk_bytes(tv),
                    "note": f"body stored: document store {peers_build.tantivy_store_bytes(tv) / 1e6:.1f} MB"},
        "tantivy_unstored": {"bytes": peers_build.disk_bytes(tv_unstored),
                             "note": "body not stored (no snippets without the texts)"},
    }


# Engines -----------------------------------------------------------------------------------

def ekasar_engine(library: Library) -> Engine:
    def run(query: str):
        results = library.search.run(query, limit=LIMIT)
        return results.total, [hit.document for hit in results.hits]

    def remark(query: str) -> str:
        """Which way the ranking was exact: from the champion lists, or by scoring every match."""
        answered, best = [], champions.best
        champions.best = lambda *args: answered.append(best(*args)) or answered[-1]
        try:
            run(query)
        finally:
            champions.best = best
        return " (lists)" if any(a is not None for a in answered) else " (all scored)"
    return Engine(EKASAR, run, remark=remark)


def fts5_engine(conn: sqlite3.Connection) -> Engine:
    """Full bm25 over every match: the word index for English, the Khmer index's clusters for Khmer."""
    ids = dict(conn.execute("SELECT rowid, id FROM documents"))

    def statement(query: str) -> tuple[str, str]:
        parsed = parse_query(query)
        if parsed.latin is not None:
            return "documents_fts", parsed.latin
        # One Khmer term: the documents holding it as a whole word, ranked first by Ekasar
        return "khmer_text_fts", khmer_search.whole_words(conn, parsed.khmer[0])

    def run(query: str):
        table, expression = statement(query)
        rows = conn.execute(f"SELECT rowid, bm25({table}) FROM {table} WHERE {table} MATCH ? "
                            "ORDER BY rank LIMIT ?", (expression, LIMIT)).fetchall()
        return None, [ids[rowid] for rowid, _ in rows]

    def count(query: str) -> int:
        table, expression = statement(query)
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (expression,)).fetchone()[0]
    return Engine(EXACT, run, count)


def libzim_engines(zim: Path) -> list[Engine]:
    from libzim.reader import Archive
    from libzim.search import Query, Searcher

    archive = Archive(zim)
    searcher = Searcher(archive)

    def run(query: str):
        search = searcher.search(Query().set_query(query))
        return search.getEstimatedMatches(), list(search.getResults(0, LIMIT))

    def with_texts(query: str):  # what Kiwix's snippets read first (Python's libzim has no getSnippet)
        matches, paths = run(query)
        for path in paths:
            bytes(archive.get_entry_by_path(path).get_item().content)
        return matches, paths
    return [Engine("libzim/Xapian (paths only)", run), Engine("libzim/Xapian + reading the 10 articles", with_texts)]


def tantivy_engines(path: Path) -> list[Engine]:
    import tantivy

    index = peers_build.open_tantivy(path)
    searcher, schema = index.searcher(), index.schema

    def parsed(query: str, khmer_field: bool):
        fields = ["body_km"] if khmer_field and is_khmer(query) else ["title", "body"]
        return index.parse_query(query, fields, conjunction_by_default=True), fields[-1]

    def run(query: str, snippets: bool = False, khmer_field: bool = True):
        found, field = parsed(query, khmer_field)
        result = searcher.search(found, LIMIT)
        docs = [searcher.doc(address) for _, address in result.hits]
        if snippets:
            generator = tantivy.SnippetGenerator.create(searcher, found, schema, field)
            for doc in docs:
                source = tantivy.Document(body_km=peers_build.khmer_runs(doc["body"][0])) \
                    if field == "body_km" else doc
                generator.snippet_from_doc(source).to_html()
        return result.count, [doc["id"][0] for doc in docs]
    return [
        Engine("tantivy (top 10 docs, no snippets)", run),
        Engine(TANTIVY, lambda q: run(q, snippets=True)),
        Engine("tantivy, Khmer typed into the en_stem body field", lambda q: run(q, khmer_field=False),
               only_khmer=True),
    ]


# Measuring ---------------------------------------------------------------------------------

def measure(engine: Engine, query: str, repeat: int) -> dict:
    started = time.perf_counter()
    engine.run(query)  # warm-up, timed on its own: the first touch of this query's pages and clusters
    first_ms = (time.perf_counter() - started) * 1000
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        matches, ids = engine.run(query)
        timings.append((time.perf_counter() - started) * 1000)
    if engine.count is not None:
        matches = engine.count(query)
    return {"matches": matches, "remark": engine.remark(query), "first_ms": first_ms,
            "median_ms": statistics.median(timings),
            "p95_ms": percentile(timings, 0.95), "top": ids}


def measure_all(archive: Path, folder: Path, repeat: int) -> dict[str, dict[str, dict]]:
    """{query: {engine name: figures}}, every engine open at once, queried in turn."""
    results: dict[str, dict[str, dict]] = {query: {} for query in QUERIES}
    conn = open_archive(archive)
    with tempfile.TemporaryDirectory() as data_dir, Library(archive, Path(data_dir)) as library:
        engines = [ekasar_engine(library), fts5_engine(conn), *libzim_engines(folder / "texts.zim"),
                   *tantivy_engines(folder / "tantivy")]
        for query in QUERIES:
            for engine in engines:
                if engine.only_khmer and not is_khmer(query):
                    continue
                print(f"{query!r}: {engine.name} …", file=sys.stderr, flush=True)
                results[query][engine.name] = measure(engine, query, repeat)
    conn.close()
    return results


def substring_documents(seeds: Path, needle: str) -> int:
    """Documents whose raw text holds ``needle`` (for a Khmer query: what a perfect search finds)."""
    return sum(needle in text for _, _, text in peers_build.documents(seeds))


# Reporting ---------------------------------------------------------------------------------

def agreement(top: list[str], exact: list[str], is_ekasar: bool) -> str:
    if top == exact:
        return "same, same order"
    if is_ekasar and set(top) == set(exact):
        return "same set, other order"
    return f"{len(set(top) & set(exact))}/{len(exact)} shared"


def build_table(builds: dict, ekasar_build: dict, disk: dict, raw_bytes: int) -> str:
    lines = ["| index | build | CPU | on disk | × raw text | of which |", "|---|---:|---:|---:|---:|---|"]
    rows = [("Ekasar archive (SQLite)", ekasar_build, disk["ekasar"]),
            ("libzim ZIM (Xapian)", builds["zim"], disk["zim"]),
            ("tantivy, body stored", builds["tantivy"], disk["tantivy"]),
            ("tantivy, body not stored", builds["tantivy_unstored"], disk["tantivy_unstored"])]
    for label, build, size in rows:
        seconds = "—" if build.get("seconds") is None else f"{build['seconds']:.1f} s"
        if build.get("reused"):
            seconds += " (bench_archive.py)" if build.get("seconds") else ""
        cpu = "—" if build.get("cpu_seconds") is None else f"{build['cpu_seconds']:.1f} s"
        lines.append(f"| {label} | {seconds} | {cpu} | {size['bytes'] / 1e6:.1f} MB "
                     f"| {size['bytes'] / raw_bytes:.2f}× | {size['note']} |")
    return "\n".join(lines)


def query_table(results: dict[str, dict[str, dict]]) -> str:
    lines = ["| query | engine | matches | first run | median | p95 | × Ekasar | top 10 vs exact bm25 |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for query, engines in results.items():
        ekasar, exact = engines[EKASAR], engines[EXACT]
        for number, (name, r) in enumerate(engines.items()):
            check = "(reference)" if r is exact else agreement(r["top"], exact["top"], number == 0)
            matches = ("—" if r["matches"] is None else f"{r['matches']:,}") + r["remark"]
            ratio = "— (none found)" if r["matches"] == 0 else f"{r['median_ms'] / ekasar['median_ms']:.2f}×"
            lines.append(f"| {'`' + query + '`' if number == 0 else ''} | {name} | {matches} "
                         f"| {r['first_ms']:.2f} ms | {r['median_ms']:.2f} ms | {r['p95_ms']:.2f} ms "
                         f"| {ratio} | {check} |")
    return "\n".join(lines)


def goal_table(results: dict[str, dict[str, dict]]) -> str:
    """The issue's goals per query: exact top 10, and latency at most tantivy's (with snippets) and under 20 ms p95."""
    lines = ["| query (matches) | Ekasar median/p95 | libzim | tantivy | Ekasar ÷ tantivy | exact top 10 | goals |",
             "|---|---:|---:|---:|---:|---|---|"]
    for query, engines in results.items():
        ekasar, exact, tv = engines[EKASAR], engines[EXACT], engines[TANTIVY]
        zim = engines["libzim/Xapian + reading the 10 articles"]
        same = ekasar["top"] == exact["top"] or set(ekasar["top"]) == set(exact["top"])
        fast = ekasar["median_ms"] <= tv["median_ms"] and ekasar["p95_ms"] <= min(tv["p95_ms"], 20)
        lines.append(
            f"| `{query}` ({exact['matches']:,}) | {ekasar['median_ms']:.1f}/{ekasar['p95_ms']:.1f}{ekasar['remark']} "
            f"| {_figures(zim)} | {tv['median_ms']:.1f}/{tv['p95_ms']:.1f} "
            f"| {ekasar['median_ms'] / tv['median_ms']:.1f}×/{ekasar['p95_ms'] / tv['p95_ms']:.1f}× "
            f"| {'yes' if same else 'no'} | {'met' if same and fast else 'exact, slower' if same else 'not met'} |")
    return "\n".join(lines)


def _figures(result: dict) -> str:
    return "none found" if result["matches"] == 0 else f"{result['median_ms']:.1f}/{result['p95_ms']:.1f}"


def top_lists(results: dict[str, dict[str, dict]]) -> str:
    """Each engine's top 10 as document numbers (000123_synthetic is 123)."""
    lines = []
    for query, engines in results.items():
        lines.append(f"- `{query}`")
        for name, r in engines.items():
            numbers = " ".join(str(int(doc_id.split("_")[0])) for doc_id in r["top"])
            lines.append(f"  - {name}: {numbers or '(none)'}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--reuse", action="store_true", help="query the peer indexes already built")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    seeds, archive, ekasar_build = ekasar_archive(args.size)
    folder = OUT / f"peers-{args.size}"
    builds = peer_indexes(seeds, folder, args.reuse)
    raw_bytes = sum(p.stat().st_size for p in seeds.glob("*.txt"))
    disk = sizes(archive, folder)
    results = measure_all(archive, folder, args.repeat)
    truth = {q: substring_documents(seeds, q) for q in QUERIES if is_khmer(q)}
    machine = (f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
               f"SQLite {sqlite3.sqlite_version}, {peers_build.peer_versions()}")
    (folder / "results.json").write_text(json.dumps(
        {"machine": machine, "documents": args.size, "raw_text_bytes": raw_bytes, "repeat": args.repeat,
         "builds": {**builds, "ekasar": ekasar_build}, "sizes": disk, "queries": results,
         "khmer_substring_documents": truth}, indent=2, ensure_ascii=False))
    print(f"Machine: {machine}; {args.size:,} documents, {raw_bytes / 1e6:.1f} MB of raw text; "
          f"{args.repeat} runs per query after one warm-up.\n")
    print(build_table(builds, ekasar_build, disk, raw_bytes), "\n")
    print(goal_table(results), "\n")
    print(query_table(results), "\n")
    for query, count in truth.items():
        print(f"Documents whose raw text holds `{query}`: {count:,}.")
    print("\nTop 10 (document numbers), best first:\n")
    print(top_lists(results))


if __name__ == "__main__":
    main()
