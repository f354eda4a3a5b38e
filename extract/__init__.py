"""baocao: structured, validated data from Vietnamese official documents.

Every module logs to a logger named after it (`extract.read.pdf`, `extract.pipeline`, ...). As a
library should, the package adds no handler of its own beyond a NullHandler: the command line decides
where records go, so nothing (no traceback) reaches the terminal unless it asks for it.
"""

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())
