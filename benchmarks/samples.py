"""What the extraction benchmarks share: generated reading texts and the seed authority."""

from pathlib import Path

from benchmarks.bench_archive import OUT
from benchmarks.generate import generate
from desktop.extract.authority import load_authority
from desktop.extract.pipeline import Extractor
from desktop.ingest.document import prepare

ROOT = Path(__file__).resolve().parent.parent


def sample_texts(documents: int = 2000) -> list[str]:
    """Reading texts of the first ``documents`` generated documents (generated if needed)."""
    seeds = OUT / "seeds-10000"
    if not seeds.is_dir():
        generate(seeds, 10_000)
    return [prepare(p.read_text()).text for p in sorted(seeds.glob("*.txt"))[:documents]]


def seed_extractor() -> Extractor:
    return Extractor(list(load_authority(ROOT / "seeds" / "entities.toml").entities))


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def keystroke_timings(field, apply, viewport, words: list[str]) -> list[float]:
    """Type each word one key at a time into ``field``; time each key until ``viewport`` repainted (ms)."""
    import time

    from PySide6.QtWidgets import QApplication

    timings = []
    for word in words:
        field.clear()
        for i in range(1, len(word) + 1):
            started = time.perf_counter()
            field.setText(word[:i])
            apply()
            viewport.repaint()
            QApplication.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
    return timings
