"""Which font a Word run is set in, and whether a paragraph style starts a new page.

A run's font comes from its own `w:rFonts`, else its character style, else its paragraph's
style (following `w:basedOn`), else the document defaults. The font matters because text in a
legacy Vietnamese font (TCVN3 `.VnTime`, VNI `VNI-Times`) is 8-bit byte soup that must be
converted: the font, not the bytes, says which table applies.
"""

from __future__ import annotations

from typing import Optional

from lxml import etree

from extract.read.docx_package import W
from extract.vi.legacy import font_encoding

_FONT_ATTRIBUTES = (W + "ascii", W + "hAnsi", W + "cs")


def _font_of(rpr: Optional[etree._Element]) -> Optional[str]:
    """The font named by one `w:rPr` (a legacy font wins when ascii and hAnsi differ)."""
    fonts = rpr.find(W + "rFonts") if rpr is not None else None
    if fonts is None:
        return None
    names = [fonts.get(attribute) for attribute in _FONT_ATTRIBUTES if fonts.get(attribute)]
    return next((name for name in names if font_encoding(name)), names[0] if names else None)


class StyleSheet:
    """Fonts and page-break settings of the styles part, resolved along `w:basedOn`."""

    def __init__(self, styles: Optional[etree._Element]) -> None:
        self._styles: dict[str, etree._Element] = {}
        self._default_paragraph: Optional[str] = None
        self._default_font: Optional[str] = None
        self._cache: dict[tuple, Optional[str]] = {}
        if styles is None:
            return
        for style in styles.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self._styles[style_id] = style
                if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                    self._default_paragraph = style_id
        self._default_font = _font_of(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))

    def _chain(self, style_id: Optional[str]) -> list[etree._Element]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        chain: list[etree._Element] = []
        while style_id and style_id in self._styles and len(chain) < 20:
            style = self._styles[style_id]
            if any(style is seen for seen in chain):
                break
            chain.append(style)
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return chain

    def _style_font(self, style_id: Optional[str]) -> Optional[str]:
        for style in self._chain(style_id):
            font = _font_of(style.find(W + "rPr"))
            if font:
                return font
        return None

    def paragraph_style(self, ppr: Optional[etree._Element]) -> Optional[str]:
        style = ppr.find(W + "pStyle") if ppr is not None else None
        return style.get(W + "val") if style is not None else self._default_paragraph

    def run_font(self, rpr: Optional[etree._Element], paragraph_style: Optional[str]) -> Optional[str]:
        """The font a run is displayed in: direct formatting, character style, paragraph style, defaults."""
        direct = _font_of(rpr)
        if direct:
            return direct
        run_style = rpr.find(W + "rStyle") if rpr is not None else None
        key = (run_style.get(W + "val") if run_style is not None else None, paragraph_style)
        if key not in self._cache:
            self._cache[key] = self._style_font(key[0]) or self._style_font(paragraph_style) or self._default_font
        return self._cache[key]

    def page_break_before(self, paragraph_style: Optional[str]) -> bool:
        """Whether the paragraph style (or one it is based on) asks for a new page."""
        for style in self._chain(paragraph_style):
            flag = style.find(f"{W}pPr/{W}pageBreakBefore")
            if flag is not None:
                return is_on(flag)
        return False


def is_on(element: Optional[etree._Element]) -> bool:
    """Whether a Word on/off property element is on (present without w:val, or val true/1/on)."""
    if element is None:
        return False
    return element.get(W + "val", "true").lower() not in ("false", "0", "off", "none")
