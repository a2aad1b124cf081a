"""Plain text to ReportLab paragraph markup: font per script, Arabic-script word order, highlights.

ReportLab 5.1 shapes Arabic script itself with HarfBuzz (uharfbuzz) when a paragraph style has
``shaping=1``: letters are joined and each word comes out right to left. What it cannot do
without its separate ``rlbidi`` package (not on PyPI) is the bidirectional algorithm, i.e. the
order of the words of a right-to-left run, and it shapes a word with the font of the word's first
character. So this module:

- wraps every run of characters in the shipped font that has their glyphs,
- reverses the word order of each right-to-left run inside left-to-right text (a Uyghur name in
  an English sentence), and lays out paragraphs that are mostly Arabic script line by line, right
  aligned, with the words of each line in visual order (``rtl_lines``),
- keeps each shaped word in one font: a word whose script changes ('(مەخمەت' or 'تۇرسۇن).') is
  split into parts drawn without a space between them; brackets and stops at the ends of a
  right-to-left run stay outside it, and are mirrored in right-to-left lines.

Highlight sentinels (``redaction.HIGHLIGHT_START``/``END``, private-use characters that never
reach the PDF) become a background colour: the internal profile shows marked spans that way.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from exports import fonts
from exports.redaction import HIGHLIGHT_END, HIGHLIGHT_START

HIGHLIGHT_COLOUR = "#ffe27a"

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_CJK_RANGES = ((0x2E80, 0x2FFF), (0x3000, 0x30FF), (0x3100, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
               (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x20000, 0x2FFFF))


def _in(ranges, cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_arabic(ch: str) -> bool:
    return _in(_ARABIC_RANGES, ord(ch))


def is_cjk(ch: str) -> bool:
    return _in(_CJK_RANGES, ord(ch))


def _arabic_letter(ch: str) -> bool:
    return ch.isalpha() and is_arabic(ch)


def needs_shaping(text: str) -> bool:
    """True when the text has Arabic script (its letters must be joined by HarfBuzz)."""
    return any(_arabic_letter(c) for c in text)


def is_rtl(text: str) -> bool:
    """True when most letters are Arabic script: the paragraph reads right to left."""
    rtl = sum(1 for c in text if _arabic_letter(c))
    ltr = sum(1 for c in text if c.isalpha() and not is_arabic(c))
    return rtl > ltr


def _font_for(ch: str) -> str | None:
    """The font that draws ``ch``; None for the paragraph's own (serif) font family."""
    if ch.isspace():
        return None
    if is_arabic(ch):
        return fonts.ARABIC
    if is_cjk(ch):
        return fonts.CJK
    if fonts.has_glyph(fonts.SERIF, ch):
        return None
    for name in (fonts.ARABIC, fonts.CJK):
        if fonts.has_glyph(name, ch):
            return name
    return None


# A token is a list of (char, highlighted) pairs; tokens are separated by spaces or line breaks.
Token = list[tuple[str, bool]]
_BREAK = "\n"


def _tokens(text: str) -> list[Token | str]:
    out: list[Token | str] = []
    current: Token = []
    highlighted = False
    for ch in text:
        if ch == HIGHLIGHT_START:
            highlighted = True
        elif ch == HIGHLIGHT_END:
            highlighted = False
        elif ch == "\n":
            if current:
                out.append(current)
                current = []
            out.append(_BREAK)
        elif ch.isspace():
            if current:
                out.append(current)
                current = []
        else:
            current.append((ch, highlighted))
    if current:
        out.append(current)
    return out


def _split_mixed(token: Token) -> list[Token]:
    """Split a word where an Arabic-script or CJK run meets another font (HarfBuzz shapes a word in one font)."""
    parts: list[Token] = []
    last = object()
    for ch, hl in token:
        font = _font_for(ch)
        if font != last and parts and (font in (fonts.ARABIC, fonts.CJK) or last in (fonts.ARABIC, fonts.CJK)):
            parts.append([])
        if not parts:
            parts.append([])
        parts[-1].append((ch, hl))
        last = font
    return parts


def _kind(token: Token) -> str:
    """'rtl' (has Arabic letters), 'ltr' (has other letters) or 'neutral' (digits, punctuation)."""
    if any(_arabic_letter(c) for c, _ in token):
        return "rtl"
    if any(c.isalpha() for c, _ in token):
        return "ltr"
    return "neutral"


# A line is a list of items: (part, glued), where ``glued`` says the part follows the previous one
# without a space (a word split where its script changes: '(' + 'مەخمەت').
Item = tuple[Token, bool]
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _peel(part: Token) -> list[Token]:
    """'(Mehmet' -> '(' + 'Mehmet'; 'Tursun).' -> 'Tursun' + ').': brackets and stops belong to the
    direction around a word, not to the word's own."""
    alnum = [k for k, (c, _) in enumerate(part) if c.isalnum() or is_arabic(c)]
    if not alnum:
        return [part]
    a, b = alnum[0], alnum[-1] + 1
    return [x for x in (part[:a], part[a:b], part[b:]) if x]


def _items(words: list[Token]) -> list[Item]:
    out: list[Item] = []
    for word in words:
        parts = [q for p in _split_mixed(word) for q in _peel(p)]
        out.extend((part, i > 0) for i, part in enumerate(parts))
    return out


def _reverse_span(items: list[Item], i: int, j: int) -> None:
    """Reverse items[i..j] in place; the gaps inside the span turn with it, those at its ends stay."""
    parts = [p for p, _ in items[i:j + 1]][::-1]
    inner = [g for _, g in items[i + 1:j + 1]][::-1]
    items[i:j + 1] = [(parts[0], items[i][1])] + list(zip(parts[1:], inner))


def _reverse_runs(items: list[Item], kind: str) -> list[Item]:
    """Reverse each maximal run of ``kind`` parts (neutral parts inside a run go with it; those at
    its ends, such as the brackets around a Uyghur name in an English sentence, stay outside)."""
    items = list(items)
    i = 0
    while i < len(items):
        if _kind(items[i][0]) != kind:
            i += 1
            continue
        j = last = i
        while j < len(items) and _kind(items[j][0]) in (kind, "neutral"):
            if _kind(items[j][0]) == kind:
                last = j
            j += 1
        _reverse_span(items, i, last)
        i = last + 1
    return items


def _render_word(token: Token) -> str:
    out = []
    groups: list[tuple[str | None, bool, str]] = []
    for ch, hl in token:
        font = _font_for(ch)
        if groups and groups[-1][0] == font and groups[-1][1] == hl:
            groups[-1] = (font, hl, groups[-1][2] + ch)
        else:
            groups.append((font, hl, ch))
    for font, hl, text in groups:
        piece = escape(text)
        if font:
            piece = f'<font name="{font}">{piece}</font>'
        if hl:
            piece = f'<font backColor="{HIGHLIGHT_COLOUR}">{piece}</font>'
        out.append(piece)
    return "".join(out)


# ReportLab shapes a word (text between spaces) with the font of its first character, so a part in
# another font must be a word of its own. Between two glued parts that differ so, the break is a
# space a tenth of a point wide: no visible gap, '(مەخمەت' stays tight.
_TIGHT = '<font size="0.1"> </font>'


def _special_font(ch: str) -> bool:
    return _font_for(ch) in (fonts.ARABIC, fonts.CJK)


def _render_line(items: list[Item]) -> str:
    out = []
    for i, (part, glued) in enumerate(items):
        if i and not glued:
            out.append(" ")
        elif i and glued and (_font_for(items[i - 1][0][-1][0]) != _font_for(part[0][0])
                              and (_special_font(items[i - 1][0][-1][0]) or _special_font(part[0][0]))):
            out.append(_TIGHT)
        out.append(_render_word(part))
    return "".join(out)


def markup(text: str) -> str:
    """Paragraph markup for left-to-right text that may contain Arabic-script and Chinese runs."""
    shaping = needs_shaping(text)
    lines: list[list[Token]] = [[]]
    for tok in _tokens(text):
        if tok == _BREAK:
            lines.append([])
        else:
            lines[-1].append(tok)
    rendered = []
    for words in lines:
        items = _items(words) if shaping else [(w, False) for w in words]
        if shaping:
            items = _reverse_runs(items, "rtl")
        rendered.append(_render_line(items))
    return "<br/>".join(rendered)


def _width(token: Token, font_name: str, size: float) -> float:
    return sum(stringWidth(c, _font_for(c) or font_name, size) for c, _ in token)


def rtl_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """Markup of each line of a right-to-left paragraph, words in visual order, for right alignment.

    Lines are filled greedily in logical order; widths are measured unshaped with a margin, since
    joined Arabic letters are usually no wider than isolated ones.
    """
    space = stringWidth(" ", font_name, size)
    limit = width * 0.95
    out: list[str] = []
    for logical in _paragraph_lines(text):
        line: list[Token] = []
        used = 0.0
        for word in logical:
            w = _width(word, font_name, size)
            if line and used + space + w > limit:
                out.append(_visual(line))
                line, used = [], 0.0
            used += (space if line else 0) + w
            line.append(word)
        if line:
            out.append(_visual(line))
    return out


def _paragraph_lines(text: str) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for tok in _tokens(text):
        if tok == _BREAK:
            lines.append([])
        else:
            lines[-1].append(tok)
    return [ln for ln in lines if ln]


def _visual(words: list[Token]) -> str:
    """One right-to-left line in drawing order: the whole line turned round, runs of left-to-right
    words turned back, and brackets outside those runs mirrored, as the bidi algorithm does (once
    turned round, the logical '(' stands on the word's left, where it must look like ')')."""
    items = _items(words)
    if not items:
        return ""
    _reverse_span(items, 0, len(items) - 1)
    items = _reverse_runs(items, "ltr")
    kinds = [_kind(p) for p, _ in items]
    out = []
    for k, (part, glued) in enumerate(items):
        if kinds[k] == "neutral" and not _between_ltr(kinds, k) and not any(c.isalnum() for c, _ in part):
            part = [(c.translate(_MIRROR), hl) for c, hl in reversed(part)]   # ').' is drawn '.('; numbers keep their order
        out.append((part, glued))
    return _render_line(out)


def _between_ltr(kinds: list[str], k: int) -> bool:
    before = next((x for x in reversed(kinds[:k]) if x != "neutral"), None)
    after = next((x for x in kinds[k + 1:] if x != "neutral"), None)
    return before == "ltr" and after == "ltr"


_TAGS = re.compile(r"<[^>]+>")


def plain(markup_text: str) -> str:
    """Markup back to text (for tests and for bookmarks built from headings)."""
    from xml.sax.saxutils import unescape
    return unescape(_TAGS.sub("", markup_text.replace("<br/>", "\n")))
