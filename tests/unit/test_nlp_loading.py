"""pyvi's models load without scikit-learn, and scikit-learn stays importable afterwards."""

from __future__ import annotations

import importlib
import sys

import pytest

from extract.parse import nlp


def test_scikit_learn_is_out_of_sight_only_inside_the_block() -> None:
    if "sklearn.base" in sys.modules or "sklearn_crfsuite" in sys.modules:
        pytest.skip("scikit-learn or sklearn_crfsuite already loaded in this process: nothing is hidden")
    with nlp._without_scikit_learn():
        with pytest.raises(ImportError):
            importlib.import_module("sklearn.base")
    assert "sklearn.base" not in sys.modules


def test_tagging_works_without_scikit_learn() -> None:
    words = nlp.tag("Tỉnh đã thông qua 37 đề án")
    assert [(w.text, w.tag) for w in words][-2:] == [("37", "M"), ("đề án", "N")]
