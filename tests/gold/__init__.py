"""Hand-checked gold, one source for the tests and for tools/evaluate.py: values written by reading each
document (or its page images), never pasted from the pipeline's output. Pure data, with the few helpers
that say how an entry is read and matched."""
