"""Measure annotations: the notes panel with 10,000 notes, and a document with 500 highlights.

    python benchmarks/bench_notes.py

1. 10,000 annotations are made through the store (each committed on its
   own, as the window does) across the 10,000-document generated archive.
2. The notes panel filters them as a query is typed, each keystroke timed
   until the list has repainted.
3. A document carrying 500 highlights is opened in the reader (median of 10).
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

from benchmarks.bench_window import archive_of  # noqa: E402
from benchmarks.samples import keystroke_timings  # noqa: E402
from desktop.services.library import Library  # noqa: E402

WORDS = ["eviction", "court", "arrest", "land", "witness", "follow up", "verify", "lawyer", "election", "prison"]


def main() -> None:
    from desktop.app import create_application
    from desktop.ui.settings import settings_for
    from desktop.ui.main_window import MainWindow

    archive = archive_of(10_000)
    app = create_application()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as data:
        data_dir = Path(data)
        with Library(archive, data_dir) as library:
            ids = [k for k in library.documents.keys(sort="title", descending=False)][:2000]
            doc_ids = [library.documents.infos([k])[k].id for k in ids]
            lengths = {d: len(library.documents.get(d).text) for d in doc_ids}
            started = time.perf_counter()
            for n in range(9_500):
                doc_id = doc_ids[n % len(doc_ids)]
                start = rng.randrange(0, lengths[doc_id] - 60)
                library.notes.annotate(doc_id, start, start + 40, rng.choice(["yellow", "green", "blue"]),
                                 f"{rng.choice(WORDS)} {n}", [rng.choice(WORDS)])
            dense = doc_ids[0]
            text = library.documents.get(dense).text
            for n in range(500):  # one document, 500 highlights
                start = (n * 7) % (len(text) - 5)
                library.notes.annotate(dense, start, start + 4, "pink", f"h{n}")
            made = time.perf_counter() - started

        library = Library(archive, data_dir)
        window = MainWindow(library, settings_for(data_dir))
        window.show()
        window.focus_notes()
        app.processEvents()
        panel = window.notes_panel
        timings = keystroke_timings(panel.text, panel.apply_filters, panel.list.viewport(),
                                    ["evict", "court 12", "witness", "zz"])
        opens = []
        for _ in range(10):
            started = time.perf_counter()
            window.open_document(dense)
            window.reader.view.viewport().repaint()
            opens.append((time.perf_counter() - started) * 1000)
            window.open_document(doc_ids[1])
        window.close()
        library.close()
    print("| measure | result | target |")
    print("|---|---:|---:|")
    print(f"| making 10,000 annotations, each committed | {made:.1f} s ({made / 10_000 * 1000:.1f} ms each) | — |")
    print(f"| notes panel filter, 10,000 notes, per keystroke | median {statistics.median(timings):.1f} ms, "
          f"longest {max(timings):.1f} ms | < 50 ms |")
    print(f"| opening a document with 500 highlights | median {statistics.median(opens):.0f} ms | < 150 ms |")


if __name__ == "__main__":
    main()
