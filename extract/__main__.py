"""`python -m extract run INPUT... --out DIR`."""

import sys

from extract.cli import main

sys.exit(main())
