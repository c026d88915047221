"""`python -m desktop` behaves exactly like the `ekasar` command."""

import sys

from desktop.cli import main

sys.exit(main())
