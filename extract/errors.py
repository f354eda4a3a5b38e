"""Expected document problems apart from bugs.

A stage raises `DocumentError` for a document that cannot be processed (empty, damaged, locked,
mislabelled, no text): its message is the one line shown in documents.csv. Any other exception is a
bug of ours; the pipeline records it with its full traceback, so the two are never confused.
"""


class DocumentError(ValueError):
    """A document that cannot be processed; str(error) is the one line shown in documents.csv."""


def one_line(error: BaseException) -> str:
    """A one-line description of any error, for documents.csv: never a traceback."""
    if isinstance(error, DocumentError):
        message = str(error)
    else:
        message = f"internal error: {type(error).__name__}: {error}" if str(error) else f"internal error: {type(error).__name__}"
    message = " ".join(message.split())
    return message[:300]
