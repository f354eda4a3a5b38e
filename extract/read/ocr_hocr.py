"""Tesseract's hOCR output (with character boxes) as the word table `image_to_data` gives.

hOCR is read rather than `image_to_data`'s TSV because it also holds each character's box, from
the same single Tesseract run: a footnote marker glued to a word (`tỉnh¹` read as `tỉnh'`) shows
only there, as a small character raised above the line's baseline.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import regex

_BOX = regex.compile(r"(?:bbox|x_bboxes) (\d+) (\d+) (\d+) (\d+)")
_CONFIDENCE = regex.compile(r"x_wconf (\d+(?:\.\d+)?)")
_KEYS = ("block_num", "par_num", "line_num", "text", "conf", "left", "top", "width", "height", "chars")

Char = tuple[str, int, int, int, int]  # text, left, top, right, bottom in pixels


def _class(element: ElementTree.Element) -> str:
    return element.get("class", "")


def _box(title: str) -> tuple[int, int, int, int]:
    match = _BOX.search(title)
    return (0, 0, 0, 0) if match is None else (int(match[1]), int(match[2]), int(match[3]), int(match[4]))


def _word_row(word: ElementTree.Element) -> tuple[str, float, tuple[int, int, int, int], list[Char]]:
    """(text, confidence, box, characters) of one `ocrx_word` element."""
    title = word.get("title", "")
    confidence = _CONFIDENCE.search(title)
    chars: list[Char] = []
    for element in word.iter():
        if _class(element) == "ocrx_cinfo" and element.text:
            chars.append((element.text, *_box(element.get("title", ""))))
    text = "".join(char[0] for char in chars) if chars else "".join(word.itertext()).strip()
    return text, float(confidence[1]) if confidence else -1.0, _box(title), chars


def hocr_data(hocr: bytes) -> dict[str, list]:
    """The hOCR page as `image_to_data`'s dictionary, plus `chars`: each word's character boxes."""
    data: dict[str, list] = {key: [] for key in _KEYS}
    root = ElementTree.fromstring(hocr)
    blocks = [element for element in root.iter() if _class(element) == "ocr_carea"]
    for block_number, block in enumerate(blocks, start=1):
        paragraphs = [element for element in block.iter() if _class(element) == "ocr_par"]
        for paragraph_number, paragraph in enumerate(paragraphs, start=1):
            lines = [element for element in paragraph.iter() if _class(element).startswith("ocr_") and _class(element) != "ocr_par"]
            for line_number, line in enumerate(lines, start=1):
                for word in (element for element in line if _class(element) == "ocrx_word"):
                    text, confidence, (left, top, right, bottom), chars = _word_row(word)
                    row = (block_number, paragraph_number, line_number, text, confidence, left, top, right - left, bottom - top, chars)
                    for key, value in zip(_KEYS, row):
                        data[key].append(value)
    return data
