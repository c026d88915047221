"""Measure event extraction and the timeline panel.

    python benchmarks/bench_timeline.py

1. Event extraction (dates, sentences, actions, who is involved, after the
   mention finder) over 2,000 generated documents, on one core.
2. The timeline canvas with 10,000 events in lanes: the first draw, and
   frames while zooming and panning (each timed until painted).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.samples import megabytes, sample_texts, seed_extractor  # noqa: E402
from desktop.extract.events import extract_events  # noqa: E402
from desktop.store.timeline import TimelineEvent  # noqa: E402


def extraction_throughput(documents: int = 2000) -> float:
    texts, extractor = sample_texts(documents), seed_extractor()
    found = [extractor.extract(text, propose_candidates=True) for text in texts]
    names = {e.id: (e.name, e.kind) for e in extractor.entities}
    for extraction in found:
        names.update((c.id, (c.name, c.kind)) for c in extraction.candidates)
    started = time.perf_counter()
    for text, extraction in zip(texts, found):
        extract_events(text, extraction.all_mentions(), names, "2020-06-01")
    return megabytes(texts) / (time.perf_counter() - started)


def synthetic_events(count: int) -> list[TimelineEvent]:
    rng = random.Random(11)
    people = [f"Person {i}" for i in range(40)]
    events = []
    for i in range(count):
        year = rng.randint(1970, 2024)
        precision = rng.choice(["year", "month", "day"])
        date = {"year": f"{year}", "month": f"{year}-{rng.randint(1, 12):02d}",
                "day": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}[precision]
        end_date = f"{year + rng.randint(1, 6)}" if rng.random() < 0.05 else None
        events.append(TimelineEvent(f"e{i}", date, end_date, precision,
                                    rng.choice(["stated", "stated", "inferred", "approximate"]),
                                    f"Event {i}", "quote", f"doc{i % 500}", f"Document {i % 500}",
                                    0, 5, people=[rng.choice(people)]))
    return events


def canvas_timings(count: int = 10_000) -> dict:
    from desktop.app import create_application
    from desktop.ui.timeline_canvas import TimelineCanvas

    app = create_application()
    canvas = TimelineCanvas()
    canvas.resize(1400, 700)
    canvas.show()
    app.processEvents()
    events = synthetic_events(count)
    lanes: dict[str, list[int]] = {}
    for i, event in enumerate(events):
        lanes.setdefault(event.people[0], []).append(i)
    started = time.perf_counter()
    canvas.set_events(events, sorted(lanes.items()))
    canvas.repaint()
    first = (time.perf_counter() - started) * 1000
    frames = []
    for factor in [1.25] * 20 + [0.8] * 20:  # zoom in to months, and back out
        started = time.perf_counter()
        canvas.zoom(factor)
        canvas.repaint()
        frames.append((time.perf_counter() - started) * 1000)
    for _ in range(40):  # pan
        started = time.perf_counter()
        canvas.center += 40 / canvas.scale
        canvas.repaint()
        frames.append((time.perf_counter() - started) * 1000)
    canvas.close()
    return {"first": first, "median": statistics.median(frames), "max": max(frames), "lanes": len(lanes)}


def main() -> None:
    throughput = extraction_throughput()
    canvas = canvas_timings()
    print("| measure | result | target |")
    print("|---|---:|---:|")
    print(f"| event extraction, one core | {throughput:.1f} MB/s | ≥ 1 MB/s |")
    print(f"| timeline, 10,000 events in {canvas['lanes']} lanes: first draw | {canvas['first']:.0f} ms | < 200 ms |")
    print(f"| timeline zoom and pan frames | median {canvas['median']:.1f} ms, longest {canvas['max']:.1f} ms "
          f"| < 16 ms median |")


if __name__ == "__main__":
    main()
