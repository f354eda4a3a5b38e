"""The one exception a stage raises when a document cannot be processed, with a one-line reason."""


OUT_OF_MEMORY = "out of memory"


class DocumentError(Exception):
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
        message = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    message = " ".join(message.split())
    return message[:300]
