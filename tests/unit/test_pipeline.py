"""The pipeline's seams: the stage chain, document problems apart from bugs, the reader's output untouched."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from extract import pipeline
from extract.normalise import normalise
from extract.parse import ParsedDocument, parse_document
from extract.read.model import RawDocument, RawLine, RawPage

TEXT = "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024, đã hỗ trợ 03 cơ sở với 150 triệu đồng.\n"


def test_stage_chain_runs_every_stage_once_in_order(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    seen: list[str] = []

    def measure(stage, work):
        seen.append(stage)
        return work()

    record, doc = pipeline.extract_record(path, "a", "a.txt", measure)
    assert seen == list(pipeline.STAGES)
    assert record.status == "ok" and [a.value_vnd for a in record.amounts] == [150_000_000]
    assert doc.text.startswith("Thực hiện")


def test_a_document_problem_is_one_line_without_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = pipeline.process(path, "empty", "empty.txt")
    assert result.record.status == "failed" and result.record.error == "empty file"
    assert result.traceback and "DocumentError" in result.traceback


def test_a_bug_keeps_its_traceback_and_says_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")

    def broken(doc):
        raise KeyError("oops")

    monkeypatch.setattr(pipeline, "parse_document", broken)
    result = pipeline.process(path, "a", "a.txt")
    assert result.record.status == "failed"
    assert result.record.error == "internal error: KeyError: 'oops'"
    assert "Traceback" in result.traceback and "in broken" in result.traceback


def test_normalise_leaves_the_readers_output_untouched() -> None:
    raw = RawDocument(
        pages=[RawPage(number=1, lines=[RawLine(text="B¸o c¸o  kÕt qu¶", new_paragraph=True), RawLine(text="a | b", kind="table", cells=["Uỷ ban", "2"])])],
        format="txt",
    )
    before = copy.deepcopy(raw)
    doc = normalise(raw)
    assert raw == before
    assert doc.text.startswith("Báo cáo kết quả") and doc.legacy_encoding == "tcvn3"


def test_parse_returns_a_typed_model() -> None:
    from extract.normalise import from_text

    parsed = parse_document(from_text(TEXT))
    assert isinstance(parsed, ParsedDocument)
    assert set(parsed.record_fields()) == {
        "header", "references", "cited_documents", "amounts", "counts", "percentages", "ratios", "footnote_markers", "footnotes",
        "warnings",
    }
