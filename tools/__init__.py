"""Project scripts: corpus making, OCR measurement and benchmarks (not part of the pipeline)."""
