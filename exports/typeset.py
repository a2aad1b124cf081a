"""Plain text to ReportLab paragraph markup: font per script, bidirectional order, highlights.

ReportLab 5.1 shapes Arabic script itself with HarfBuzz (uharfbuzz) when a paragraph style has
``shaping=1``: letters are joined and each word comes out right to left. What it cannot do
without its separate ``rlbidi`` package (not on PyPI) is the bidirectional algorithm, i.e. the
order of the words of a right-to-left run, and it shapes a word with the font of the word's first
character. So this module:

- wraps every run of characters in the shipped font that has their glyphs,
- resolves the embedding level of every character with python-bidi (the Unicode bidirectional
  algorithm, rules X1-I2) and puts the words in visual order (rule L2) itself, word by word,
  since HarfBuzz turns the letters of each Arabic-script word round; paragraphs that are mostly
  Arabic script are laid out line by line, right aligned (``bidi_lines``), and so is any paragraph
  with Arabic script, since the words are reordered after the lines are cut,
- keeps each shaped word in one font: a word whose script changes ('(مەخمەت' or 'تۇرسۇن).') is
  split into parts drawn without a space between them; brackets in a right-to-left run are
  mirrored here (rule L4), since neither python-bidi's display order nor ReportLab does it,
- keeps registered phrases (the pseudonyms of a brief, 'Relative 3') as one unbreakable word
  joined by a no-break space, so they never wrap or come apart in either direction.

Highlight sentinels (``redaction.HIGHLIGHT_START``/``END``, private-use characters that never
reach the PDF) become a background colour: the internal profile shows marked spans that way.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.sax.saxutils import escape

from bidi import algorithm as bidi
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord

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


# --- phrases kept together -------------------------------------------------------------------

NBSP = "\u00a0"        # ReportLab never breaks a line at it; text extractors read it as a space
_KEEP: ContextVar[re.Pattern | None] = ContextVar("keep_together", default=None)


@contextmanager
def keep_together(phrases: Iterable[str]) -> Iterator[None]:
    """While active, each of ``phrases`` (a brief's pseudonyms) is printed as one unbreakable word."""
    spaced = sorted({" ".join(p.split()) for p in phrases if p and len(p.split()) > 1}, key=len, reverse=True)
    rx = re.compile("|".join(r"(?<!\w)" + r"[ \t]+".join(map(re.escape, p.split())) + r"(?!\w)" for p in spaced)) \
        if spaced else None
    token = _KEEP.set(rx)
    try:
        yield
    finally:
        _KEEP.reset(token)


def glue(text: str) -> str:
    """``text`` with the spaces inside kept-together phrases made no-break spaces."""
    rx = _KEEP.get()
    return rx.sub(lambda m: NBSP.join(m.group(0).split()), text) if rx else text


# A token is a list of (char, highlighted) pairs; tokens are separated by spaces or line breaks.
Token = list[tuple[str, bool]]
_BREAK = "\n"


def _tokens(text: str) -> list[Token | str]:
    out: list[Token | str] = []
    current: Token = []
    highlighted = False
    for ch in glue(text):
        if ch == HIGHLIGHT_START:
            highlighted = True
        elif ch == HIGHLIGHT_END:
            highlighted = False
        elif ch == "\n":
            if current:
                out.append(current)
                current = []
            out.append(_BREAK)
        elif ch.isspace() and ch != NBSP:
            if current:
                out.append(current)
                current = []
        else:
            current.append((ch, highlighted))
    if current:
        out.append(current)
    return out


def _lines(text: str) -> list[list[Token]]:
    lines: list[list[Token]] = [[]]
    for tok in _tokens(text):
        if tok == _BREAK:
            lines.append([])
        else:
            lines[-1].append(tok)
    return lines


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


def _peel(part: Token) -> list[Token]:
    """'(Mehmet' -> '(' + 'Mehmet'; 'Tursun).' -> 'Tursun' + ').': brackets and stops take the
    direction around a word, not the word's own."""
    alnum = [k for k, (c, _) in enumerate(part) if c.isalnum() or is_arabic(c)]
    if not alnum:
        return [part]
    a, b = alnum[0], alnum[-1] + 1
    return [x for x in (part[:a], part[a:b], part[b:]) if x]


# --- bidirectional order ---------------------------------------------------------------------

# An item is a part of a word drawn in one font at one embedding level: (part, glued, level), where
# ``glued`` says it follows the item before it without a space ('(' + 'مەخمەت').
Item = tuple[Token, bool, int]
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one line of text (Unicode bidirectional
    algorithm, rules X1-I2, by python-bidi). Characters the algorithm drops (rule X9: format
    characters, soft hyphens) take the level of the character before them."""
    storage = bidi.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    bidi.get_embedding_levels(text, storage)
    bidi.explicit_embed_and_overrides(storage)
    bidi.resolve_weak_types(storage)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    kept = iter(storage["chars"])
    out, level = [], int(rtl)
    for ch in text:
        if bidi.bidirectional(ch) not in bidi.X9_REMOVED:
            level = next(kept)["level"]
        out.append(level)
    return out


def _isolated(part: Token) -> str:
    """A kept-together phrase ('Relative 3') takes part in the algorithm as one neutral object, as
    if isolated (FSI...PDI, which python-bidi's algorithm lacks): its Latin letters must not turn
    the number that follows it in Uyghur text ('2017-يىلى') into a left-to-right one."""
    text = "".join(c for c, _ in part)
    return "\ufffc" * len(text) if NBSP in text else text


def _leveled(words: list[Token], rtl: bool) -> list[tuple[int, Item]]:
    """(word number, item) for the words of one logical line, in logical order; a part whose
    characters have different levels ('2018-' before Arabic letters) is cut where the level changes."""
    parts = [(w, k > 0, part) for w, word in enumerate(words)
             for k, part in enumerate(q for p in _split_mixed(word) for q in _peel(p))]
    text = "".join(("" if glued or not i else " ") + _isolated(part) for i, (_, glued, part) in enumerate(parts))
    levels = _levels(text, rtl)
    out: list[tuple[int, list]] = []
    pos = 0
    for i, (w, glued, part) in enumerate(parts):
        pos += 1 if i and not glued else 0          # the space between two words
        current = None
        for k, (ch, hl) in enumerate(part):
            if current is not None and current[2] == levels[pos]:
                current[0].append((ch, hl))
            else:
                current = [[(ch, hl)], glued if k == 0 else True, levels[pos]]
                out.append((w, current))
            pos += 1
    return [(w, (p, g, lv)) for w, (p, g, lv) in out]


def _reverse_span(items: list[Item], i: int, j: int) -> None:
    """Reverse items[i..j] in place; the gaps inside the span turn with it, the one before it stays."""
    span = items[i:j + 1][::-1]
    gaps = [g for _, g, _ in items[i + 1:j + 1]][::-1]
    items[i:j + 1] = [(span[0][0], items[i][1], span[0][2])] + [(p, g, lv) for (p, _, lv), g in zip(span[1:], gaps)]


def _visual(items: list[Item]) -> list[Item]:
    """Items of one line in drawing order. Rule L2: from the highest level down to the lowest odd
    one, every run of items at that level or above is turned round (HarfBuzz turns the letters of
    an Arabic word itself). Rule L4: a right-to-left item of punctuation only (').' or '«') is
    drawn reversed with its brackets mirrored."""
    items = list(items)
    if not items:
        return items
    lowest_odd = min(lv for *_, lv in items) | 1
    for level in range(max(lv for *_, lv in items), lowest_odd - 1, -1):
        i = 0
        while i < len(items):
            if items[i][2] < level:
                i += 1
                continue
            j = i
            while j + 1 < len(items) and items[j + 1][2] >= level:
                j += 1
            _reverse_span(items, i, j)
            i = j + 1
    return [([(c.translate(_MIRROR), hl) for c, hl in reversed(p)] if lv % 2 and not any(c.isalnum() for c, _ in p)
             else p, g, lv) for p, g, lv in items]


# --- markup ----------------------------------------------------------------------------------

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
    for i, (part, glued, _) in enumerate(items):
        if i and not glued:
            out.append(" ")
        elif i and glued and (_font_for(items[i - 1][0][-1][0]) != _font_for(part[0][0])
                              and (_special_font(items[i - 1][0][-1][0]) or _special_font(part[0][0]))):
            out.append(_TIGHT)
        out.append(_render_word(part))
    return "".join(out)


def markup(text: str) -> str:
    """Paragraph markup for left-to-right text that may contain Arabic-script and Chinese runs."""
    rendered = []
    shaping = needs_shaping(text)
    for words in _lines(text):
        if shaping:
            items = _visual([item for _, item in _leveled(words, False)])
        else:
            items = [(w, False, 0) for w in words]
        rendered.append(_render_line(items))
    return "<br/>".join(rendered)


def visual(text: str, rtl: bool) -> str:
    """One line of plain text in drawing order (for strings drawn straight on the canvas)."""
    lines = [_visual([it for _, it in _leveled(words, rtl)]) for words in _lines(text)]
    return "\n".join("".join(("" if g or not i else " ") + "".join(c for c, _ in p) for i, (p, g, _) in enumerate(items))
                     for items in lines)


def _width(token: Token, font_name: str, size: float) -> float:
    """Printed width of a word: Arabic-script runs shaped (joined letters are about a third
    narrower than isolated ones, and lines cut on unshaped widths come out short)."""
    total = 0.0
    for part in _split_mixed(token):
        text = "".join(c for c, _ in part)
        font = _font_for(part[0][0]) or font_name
        if font == fonts.ARABIC and needs_shaping(text):
            total += shapeFragWord([stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)])[0]
        else:
            total += sum(stringWidth(c, _font_for(c) or font_name, size) for c in text)
    return total


def bidi_lines(text: str, font_name: str, size: float, width: float, rtl: bool) -> list[str]:
    """Markup of each printed line of a paragraph with Arabic script, words in drawing order.

    The algorithm reorders after lines are cut (a Uyghur quotation that wraps inside an English
    sentence must start on the first line), so lines are filled here, greedily in logical order on
    shaped widths with a small margin, after the levels of the whole paragraph line are resolved.
    ``rtl``: the paragraph direction (right aligned by the caller).
    """
    space = stringWidth(" ", font_name, size)
    limit = width * 0.98
    out: list[str] = []
    for logical in _lines(text):
        if not logical:
            continue
        items = _leveled(logical, rtl)
        breaks, used = [0], 0.0
        for w, word in enumerate(logical):
            ww = _width(word, font_name, size)
            if w > breaks[-1] and used + space + ww > limit:
                breaks.append(w)
                used = 0.0
            used += (space if w > breaks[-1] else 0) + ww
        breaks.append(len(logical))
        for a, b in zip(breaks, breaks[1:]):
            line = [it for w, it in items if a <= w < b]
            out.append(_render_line(_visual(line)))
    return out


def rtl_lines(text: str, font_name: str, size: float, width: float) -> list[str]:
    """The lines of a right-to-left paragraph (see ``bidi_lines``)."""
    return bidi_lines(text, font_name, size, width, True)


_TAGS = re.compile(r"<[^>]+>")


def plain(markup_text: str) -> str:
    """Markup back to text (for tests and for bookmarks built from headings)."""
    from xml.sax.saxutils import unescape
    return unescape(_TAGS.sub("", markup_text.replace("<br/>", "\n")))
