"""Measure people and organization extraction, and the people panel's filter.

    python benchmarks/bench_people.py

1. Extraction throughput (mentions of known entities plus candidate
   proposals) over 2,000 generated documents, on one core.
2. The people panel's filter with 20,000 entities: each keystroke of a few
   names typed into the filter, timed until the table has repainted.
3. Building the profile of the most mentioned entities of the 50,000-document
   archive (documents, contexts, who is mentioned with them).
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.samples import keystroke_timings, megabytes, sample_texts, seed_extractor  # noqa: E402
from desktop.store.people import PersonSummary  # noqa: E402

SYLLABLES = ["sok", "chan", "vann", "dara", "sopheap", "rith", "mony", "nary", "vuth", "kosal",
             "sreymom", "bopha", "pisey", "ratha", "samnang", "vibol", "chenda", "sothea", "kanha"]
FAMILY = ["Chea", "Sok", "Kem", "Hun", "Tep", "Mu", "Ly", "Keo", "Meas", "Ouk", "Prak", "Sam", "Seng"]


def extraction_throughput(documents: int = 2000) -> float:
    texts, extractor = sample_texts(documents), seed_extractor()
    started = time.perf_counter()
    for text in texts:
        extractor.extract(text, propose_candidates=True)
    return megabytes(texts) / (time.perf_counter() - started)


def synthetic_people(count: int) -> list[PersonSummary]:
    rng = random.Random(7)
    people = []
    for i in range(count):
        name = f"{rng.choice(FAMILY)} {rng.choice(SYLLABLES).capitalize()}{rng.choice(SYLLABLES)}"
        kind = "person" if i % 3 else "organization"
        people.append(PersonSummary(f"e{i}", name, kind, [name.split()[-1]], None,
                                    rng.randint(1, 500), rng.randint(1, 50), i % 5 != 0))
    return people


def filter_timings(count: int = 20_000) -> list[float]:

    from desktop.app import create_application
    from desktop.services.locate import open_library
    from desktop.ui.people_panel import PeoplePanel

    app = create_application()
    with tempfile.TemporaryDirectory() as data:
        library = open_library(Path(data), None)
        panel = PeoplePanel(library)
        panel.resize(500, 800)
        panel.show()
        panel.model.set_people(synthetic_people(count))
        app.processEvents()
        timings = keystroke_timings(panel.filter, panel.apply_filter, panel.table.viewport(),
                                    ["sokha", "chea vann", "mony", "x"])
        panel.close()
        library.close()
    return timings


def profile_timings() -> tuple[int, list[float]]:
    """Opening the profiles of the most mentioned entities of the 50,000-document archive."""
    from benchmarks.bench_window import archive_of
    from desktop.render.profile_html import profile_html
    from desktop.services.library import Library

    with tempfile.TemporaryDirectory() as data, Library(archive_of(50_000), Path(data)) as library:
        people = library.people.summaries()
        timings = []
        for person in people[:5]:
            started = time.perf_counter()
            profile_html(library.people.profile(person.id))
            timings.append((time.perf_counter() - started) * 1000)
        return people[0].documents, timings


def main() -> None:
    throughput = extraction_throughput()
    timings = filter_timings()
    documents, profiles = profile_timings()
    print("| measure | result | target |")
    print("|---|---:|---:|")
    print(f"| extraction (mentions + candidates), one core | {throughput:.2f} MB/s | ≥ 1 MB/s |")
    print(f"| people filter, 20,000 entities, per keystroke | median {statistics.median(timings):.1f} ms, "
          f"longest {max(timings):.1f} ms | < 50 ms |")
    print(f"| profile of the 5 most mentioned entities, 50,000-document archive (top one in "
          f"{documents:,} documents) | median {statistics.median(profiles):.0f} ms, longest {max(profiles):.0f} ms | — |")


if __name__ == "__main__":
    main()
