"""The bundle's entry point (packaging/ekasar.spec): `ekasar`, exactly as `python -m desktop` runs it.

A document is read in a child process started the "spawn" way (desktop/ingest/readers/sandbox.py).
In a frozen program that child is the executable itself again, started with multiprocessing's
arguments: freeze_support() recognises them, runs the child's task and exits before anything of
Ekasar (the command line, Qt) is imported. In the program itself it does nothing.
"""

import multiprocessing
import sys

multiprocessing.freeze_support()

from desktop.cli import main  # noqa: E402 (only once freeze_support has let a child go)

sys.exit(main())
