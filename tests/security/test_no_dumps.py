"""No plaintext in crash dumps: every ekasar run (the window goes through the same entry) turns
core files off and makes the process non-dumpable before it reads a note or a key."""

import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import contextlib, io, sys
from desktop.security.no_dumps import is_dumpable
from desktop.cli import main
before = is_dumpable()
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["docs", "--archive", sys.argv[1], "--data-dir", sys.argv[2]])
print(before, is_dumpable(), code)
"""


def test_an_ekasar_run_cannot_dump_core(archive_path, data_dir):
    probe = subprocess.run([sys.executable, "-c", PROBE, str(archive_path), str(data_dir)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    # The control: the fresh interpreter could dump core before Ekasar started.
    assert probe.stdout.split() == ["True", "False", "0"], probe.stderr
