"""Measure archive build speed, search latency and archive size on generated archives.

    python benchmarks/bench_archive.py [--sizes 1000,10000,50000] [--repeat 50]

Generated seeds and archives are kept in benchmarks/out/ (ignored by git).
Search is timed inside the process, through the same library.search service the CLI
and the window use, after one warm-up query. Results are printed as a
Markdown table and written to benchmarks/out/results.json.
"""

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from desktop.store.build import build_archive  # noqa: E402
from desktop.services.library import Library  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
QUERIES = {
    "English, two words (common)": "human rights",
    "English, two words (rarer)": "Battambang verdict",
    "English, two words (stemmed)": "forced evictions",
    "Khmer word": "សិទ្ធិមនុស្ស",
    "Khmer word (rarer)": "អ្នកសារព័ត៌មាន",
    "Khmer word, typed in a look-alike spelling": "ស្រ្តី",
    "Khmer, two words typed without their space": "សហគមន៍ភូមិ",
    "Khmer, short word (whole words only)": "ដី",
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(size: int, repeat: int, reuse: bool = False) -> dict:
    seeds = OUT / f"seeds-{size}"
    if not (seeds / "catalog.toml").is_file():
        shutil.rmtree(seeds, ignore_errors=True)
        generate(seeds, size)
    raw_bytes = sum(p.stat().st_size for p in seeds.glob("*.txt"))
    archive = OUT / f"archive-{size}.sqlite"
    seconds = float("nan") if reuse and archive.is_file() else build_archive(seeds, archive).seconds
    result = {
        "documents": size,
        "raw_text_mb": raw_bytes / 1e6,
        "build_seconds": seconds,
        "build_docs_per_second": size / seconds,
        "archive_mb": archive.stat().st_size / 1e6,
        "size_ratio": archive.stat().st_size / raw_bytes,
        "queries": {},
    }
    with tempfile.TemporaryDirectory() as data_dir, Library(archive, Path(data_dir)) as library:
        for label, query in QUERIES.items():
            library.search.run(query)  # warm-up: first touch of the index pages
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                hits = library.search.run(query)
                timings.append((time.perf_counter() - started) * 1000)
            result["queries"][label] = {
                "query": query,
                "matches": hits.total,
                "median_ms": statistics.median(timings),
                "p95_ms": percentile(timings, 0.95),
            }
    return result


def table(results: list[dict]) -> str:
    lines = [
        "| documents | raw text | build | archive size | query (matching documents) | median | p95 |",
        "|---:|---:|---:|---:|---|---:|---:|",
    ]
    for r in results:
        first = True
        for label, q in r["queries"].items():
            head = (
                f"| {r['documents']:,} | {r['raw_text_mb']:.1f} MB | {r['build_docs_per_second']:,.0f} docs/s "
                f"| {r['archive_mb']:.1f} MB ({r['size_ratio']:.2f}×) "
                if first else "| | | | "
            )
            lines.append(f"{head}| {label}: `{q['query']}` ({q['matches']:,}) | {q['median_ms']:.1f} ms | {q['p95_ms']:.1f} ms |")
            first = False
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--reuse", action="store_true", help="time the searches on archives already built")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results = [measure(int(size), args.repeat, args.reuse) for size in args.sizes.split(",")]
    machine = f"{platform.processor() or platform.machine()}, Python {platform.python_version()}"
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2))
    print(f"Machine: {machine}\n")
    print(table(results))


if __name__ == "__main__":
    main()
