"""Word's automatic list numbers (docx_numbering): the label a reader sees for each numbered paragraph."""

from __future__ import annotations

from lxml import etree

from extract.read.docx_numbering import Numbering

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(levels: str, overrides: str = "") -> Numbering:
    xml = (f"<w:numbering {NS}><w:abstractNum w:abstractNumId=\"0\">{levels}</w:abstractNum>"
           f"<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/>{overrides}</w:num></w:numbering>")
    return Numbering(etree.fromstring(xml))


def _level(index: int, fmt: str, text: str, start: int = 1, legal: bool = False) -> str:
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{"<w:isLgl/>" if legal else ""}</w:lvl>')


def _labels(numbering: Numbering, levels: list[int]) -> list[str]:
    return [numbering.label("5", level) for level in levels]


def test_outline_of_roman_decimal_and_letters() -> None:
    numbering = _numbering(_level(0, "upperRoman", "%1.") + _level(1, "decimal", "%2.") + _level(2, "lowerLetter", "%3)"))
    assert _labels(numbering, [0, 1, 1, 2, 2, 0, 1]) == ["I.", "1.", "2.", "a)", "b)", "II.", "1."]


def test_multilevel_decimal_and_legal_numbers() -> None:
    numbering = _numbering(_level(0, "upperRoman", "%1.") + _level(1, "decimal", "%1.%2", legal=True))
    assert _labels(numbering, [0, 1, 1, 0, 1]) == ["I.", "1.1", "1.2", "II.", "2.1"]


def test_start_and_its_override() -> None:
    numbering = _numbering(_level(0, "decimal", "%1.", start=3),
                           '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>')
    assert _labels(numbering, [0, 0]) == ["7.", "8."]


def test_bullets_and_none_levels() -> None:
    numbering = _numbering(_level(0, "bullet", "\uf0b7") + _level(1, "none", "1.") + _level(2, "decimal", "%2%3."))
    assert _labels(numbering, [0, 1, 2, 2]) == ["-", "1.", "1.", "2."]


def test_unknown_list_is_no_label() -> None:
    numbering = _numbering(_level(0, "decimal", "%1."))
    assert numbering.label("99", 0) == "" and numbering.label(None, 0) == "" and numbering.label("5", 4) == ""
    assert Numbering(None).label("5", 0) == ""
