"""Run as ``python -m tests.ingest.readers.reading_parent READER FOLDER [SETUP]``: a process that
starts a reader of child_readers.py on FOLDER (a long time limit) and waits on it, for a test to
kill outright and see whether the reader's child outlives it."""

import sys

from desktop.ingest.readers.sandbox import run_reader
from tests.ingest.readers import child_readers

if __name__ == "__main__":  # not when the spawned child imports this module as its parent's main
    reader, folder = getattr(child_readers, sys.argv[1]), sys.argv[2]
    setup = getattr(child_readers, sys.argv[3]) if len(sys.argv) > 3 else None
    run_reader(reader, folder.encode(), timeout=600, child_setup=setup)
