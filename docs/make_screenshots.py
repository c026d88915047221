"""Render the README screenshots from the real window (offscreen, no display needed).

    python docs/make_screenshots.py
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import open_library, settings_for  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as data:
        data_dir = Path(data)
        library = open_library(data_dir, None)
        window = MainWindow(library, settings_for(data_dir))
        window.resize(1100, 700)
        window.show()
        window.open_document("001_4d211d3b45014089")
        app.processEvents()
        window.grab().save(str(ROOT / "docs" / "main-window.png"))
        window.close()
        library.close()


if __name__ == "__main__":
    main()
