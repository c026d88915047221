"""Importing one very large text file: time and peak memory of the real ``ekasar import``.

    python benchmarks/bench_import.py [--megabytes 50]

Three generated files of about ``--megabytes`` each, imported by a fresh ``ekasar import`` into
an empty data folder (the archive is built once, beforehand):

1. English and Khmer: the synthetic archive's documents one after another (Khmer paragraphs make
   Python hold the text at two bytes a character);
2. English only: the same documents without their Khmer paragraphs;
3. Repetitive: one dated sentence naming two known people, over and over, on a single line.

The target (issue 16): under 60 s each on this machine, and memory about 10x the file's size.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_archive import OUT  # noqa: E402
from benchmarks.generate import _khmer_vocabulary, document  # noqa: E402
from desktop.store.build import build_archive  # noqa: E402

KHMER = re.compile("[\u1780-\u17ff]")


def generated_text(megabytes: int, english_only: bool) -> str:
    rng = random.Random(5)
    vocabulary = _khmer_vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    parts, size, number = ["Big report"], 0, 0
    while size < megabytes * 1_000_000:
        _title, body = document(rng, number, (vocabulary, weights))
        if english_only:
            body = "\n\n".join(p for p in body.split("\n\n") if not KHMER.search(p))
        parts.append(body)
        size += len(body.encode("utf-8")) + 2
        number += 1
    return "\n\n".join(parts)


def repetitive_text(megabytes: int) -> str:
    sentence = "On 12 March 2014 police arrested Tep Vanny in Phnom Penh. "
    return "Repeated\n\n" + sentence * (megabytes * 1_000_000 // len(sentence))


def timed_import(path: Path, archive: Path) -> tuple[float, float]:
    """(seconds, peak resident MB) of one ``ekasar import`` of ``path`` into a new data folder."""
    with tempfile.TemporaryDirectory() as data:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "desktop", "import", str(path), "--data-dir", data,
                                  "--archive", str(archive)], cwd=ROOT, stdout=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"ekasar import {path.name} failed with {child.returncode}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=50)
    args = parser.parse_args()
    folder = OUT / f"import-{args.megabytes}"
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / "seeds-archive.sqlite"
    if not archive.exists():
        build_archive(ROOT / "seeds", archive)
    files = {
        "English and Khmer": lambda: generated_text(args.megabytes, english_only=False),
        "English only": lambda: generated_text(args.megabytes, english_only=True),
        "repetitive, one line": lambda: repetitive_text(args.megabytes),
    }
    for number, (name, make) in enumerate(files.items()):
        path = folder / f"file-{number}.txt"
        if not path.exists():
            path.write_text(make(), encoding="utf-8")
        size = path.stat().st_size / 1e6
        seconds, peak = timed_import(path, archive)
        print(f"import {name} ({size:.1f} MB): {seconds:.1f} s, peak memory {peak:.0f} MB "
              f"({peak / size:.1f}x the file)", flush=True)


if __name__ == "__main__":
    main()
