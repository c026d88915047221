"""Measure the protections on the 50,000-document synthetic archive with 2,000 notes.

    python benchmarks/bench_security.py [--documents 50000] [--notes 2000] [--runs 7]

1. Key derivation: the calibrated Argon2id passes on this machine and the time to
   derive the key (what an unlock costs before the notebook opens).
2. Encrypting an existing plain notebook of ``--notes`` notes.
3. Unlock: passphrase typed to the main window shown again, at the document and place.
4. Lock: Ctrl+L to the lock screen shown, every window of the user's data gone.
5. Quick hide: the keys pressed to no Ekasar window left on screen (target < 200 ms).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_window import archive_of  # noqa: E402
from desktop.security import kdf  # noqa: E402
from desktop.services.notebook import Notebook  # noqa: E402
from desktop.services.library import Library  # noqa: E402

PASS = "benchmark passphrase"


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=50_000)
    parser.add_argument("--notes", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    archive = archive_of(args.documents)

    params = kdf.calibrate()
    started = time.perf_counter()
    kdf.derive(PASS, params)
    print(f"key derivation: Argon2id 64 MiB x {params.iterations} passes x 4 lanes: "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")

    data_dir = Path(tempfile.mkdtemp(prefix="ekasar-bench-security-"))
    with Library(archive, data_dir) as library:
        doc_id = library.documents.all()[0].id
        text = library.documents.get(doc_id).text
        for number in range(args.notes):
            start = (number * 37) % max(1, len(text) - 40)
            library.notes.annotate(doc_id, start, start + 30, note=f"benchmark note {number}")
        library.documents.set_open_document_id(doc_id)
    size = (data_dir / "user.sqlite").stat().st_size / 1e6
    started = time.perf_counter()
    Notebook(data_dir).encrypt(PASS).wipe()
    print(f"encrypting a plain notebook of {args.notes} notes ({size:.1f} MB): "
          f"{time.perf_counter() - started:.2f} s")

    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application
    from desktop.ui.settings import settings_for
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import Session

    app = create_application()
    session = Session(data_dir, str(archive), settings_for(data_dir), MainWindow)
    session.start()
    unlock, lock, hide = [], [], []
    for _ in range(args.runs):
        started = time.perf_counter()
        session.unlock(PASS)
        app.processEvents()
        unlock.append(time.perf_counter() - started)
        assert session.window.reader.document is not None
        started = time.perf_counter()
        session.lock_now()
        app.processEvents()
        lock.append(time.perf_counter() - started)
        session.unlock(PASS)
        app.processEvents()
        window = session.window
        started = time.perf_counter()
        window.actions_by_name["quickHide"].trigger()
        while any(w.isVisible() and not w.isMinimized() for w in QApplication.topLevelWidgets()):
            app.processEvents()
        hide.append(time.perf_counter() - started)
        while session.window is not None:
            app.processEvents()
        session.lock_screen.showNormal()
    session.shutdown()
    print(f"unlock to the window at the last place, median of {args.runs}: {median_ms(unlock)} ms")
    print(f"lock (Ctrl+L) to the lock screen, median of {args.runs}: {median_ms(lock)} ms")
    print(f"quick hide to no window on screen, median of {args.runs}: {median_ms(hide)} ms "
          f"(worst {max(hide) * 1000:.1f} ms; target < 200 ms)")


if __name__ == "__main__":
    main()
