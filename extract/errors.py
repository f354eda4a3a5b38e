"""Expected document problems apart from bugs.

A stage raises `DocumentError` for a document that cannot be processed (empty, damaged, locked,
mislabelled, no text): its message is the one line shown in documents.csv. Any other exception is a
bug of ours; the pipeline records it with its full traceback, so the two are never confused.
"""


OUT_OF_MEMORY = "out of memory"


class DocumentError(ValueError):
    """A document that cannot be processed; str(error) is the one line shown in documents.csv."""


class BatchSetupError(Exception):
    """A batch that cannot start (an output folder or a cluster that cannot be used): exit status 2."""


def one_line(error: BaseException) -> str:
    """A one-line description of any error, for documents.csv: never a traceback."""
    if isinstance(error, DocumentError):
        message = str(error)
    elif isinstance(error, MemoryError):
        message = f"{OUT_OF_MEMORY}: {error}" if str(error) else OUT_OF_MEMORY
    else:
        message = f"internal error: {type(error).__name__}: {error}" if str(error) else f"internal error: {type(error).__name__}"
    message = " ".join(message.split())
    return message[:300]
