"""ReportLab (platypus) layout of the three kinds of brief, from an already redacted case.

Nothing here decides what may be shown: it prints what ``redaction.redact_case`` left in the case
it is given, and names people through the ``display`` map. Documents are built twice (three
times at most) so that the index can show page ranges and the footer 'Page X of Y'.
"""
from __future__ import annotations

import functools
import gettext
import io
import re
from dataclasses import dataclass, field
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, LongTable, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from exports import fonts, wording
from exports.wording import date as _date_of, t
from exports.typeset import bidi_lines, is_rtl, keep_together, markup, needs_shaping, visual
from models import vocab
from models.dates import sort_key
from models.interchange import Account, Case

PAPERS = {"A4": A4, "Letter": LETTER}
TITLE = {"hearing_bundle": "Hearing bundle", "witness_statement": "Witness statement",
         "public_summary": "Case summary", "redaction_log": "Redaction log"}
PROFILE_LINE = {
    "internal": "INTERNAL \u2013 contains full names and identifiers; not for disclosure",
    "court": "For the court or tribunal and the applicant's counsel \u2013 persons at risk pseudonymised",
    "public": "Public version \u2013 identities removed",
}
LANGUAGES = {"en": "English", "kk": "Kazakh", "ug": "Uyghur", "zh": "Chinese", "ru": "Russian",
             "tr": "Turkish", "ky": "Kyrgyz", "uz": "Uzbek"}


@dataclass(frozen=True)
class Exhibit:
    """An evidence file in a brief's exhibit index: the store passes its records in as these (or
    anything with the same attributes); the brief lays them out redacted."""
    number: str | int
    description: str
    filename: str
    size: int
    sha256: str


@dataclass
class Layout:
    """What the layout needs besides the case."""
    kind: str
    profile: str
    display: dict[str, str]                   # person key -> name to print
    paper: str = "A4"
    exhibits: Sequence[Exhibit] = ()
    anonymity_order: bool = False
    account_index: int | None = None          # witness statement: which account
    language: str = "en"                      # of the fixed text (exports.wording.LANGUAGES)


# --- styles ----------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=10.5, leading=14.5, spaceAfter=5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "tiny": ParagraphStyle("tiny", parent=body, fontSize=7, leading=9, spaceAfter=0),
        "th": ParagraphStyle("th", parent=body, fontName=fonts.SERIF_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        # keepWithNext: a heading never stands alone at the foot of a page
        "h1": ParagraphStyle("h1", parent=body, fontName=fonts.SERIF_BOLD, fontSize=15, leading=20,
                             spaceBefore=4, spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.SERIF_BOLD, fontSize=12, leading=16,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=26, bulletIndent=0,
                                   bulletFontName=fonts.SERIF),
        "caption": ParagraphStyle("caption", parent=body, alignment=TA_CENTER, fontSize=12, leading=17),
        "title": ParagraphStyle("title", parent=body, alignment=TA_CENTER, fontName=fonts.SERIF_BOLD,
                                fontSize=20, leading=26, spaceBefore=18, spaceAfter=18),
        "order": ParagraphStyle("order", parent=body, alignment=TA_CENTER, fontName=fonts.SERIF_BOLD,
                                fontSize=12, borderWidth=1.2, borderColor=colors.black, borderPadding=6,
                                spaceBefore=16, spaceAfter=16),
        "italic": ParagraphStyle("italic", parent=body, fontName=fonts.SERIF_ITALIC),
    }


_VARIANTS: dict[tuple, ParagraphStyle] = {}


def _variant(style: ParagraphStyle, shaping: bool, rtl: bool) -> ParagraphStyle:
    key = (style.name, id(style), shaping, rtl)
    if key not in _VARIANTS:
        _VARIANTS[key] = ParagraphStyle(f"{style.name}-{int(shaping)}{int(rtl)}", parent=style,
                                        shaping=int(shaping), alignment=TA_RIGHT if rtl else style.alignment)
    return _VARIANTS[key]


class _NumberedOnRight(Paragraph):
    """The first line of a right-to-left paragraph, its number drawn in the right-hand gutter (the
    mirror of a left-to-right paragraph's number in the left one); ReportLab's bullets stay left."""

    def __init__(self, text: str, style: ParagraphStyle, number: str):
        super().__init__(text, style)
        self.number = number

    def draw(self) -> None:
        super().draw()
        st = self.style
        self.canv.saveState()
        self.canv.setFont(st.bulletFontName, st.bulletFontSize)
        self.canv.drawRightString(self.width, self.height - st.fontSize, self.number)
        self.canv.restoreState()


def para(text: str | None, style: ParagraphStyle, width: float = 0, bullet: str | None = None) -> list:
    """Flowables for data text in any script. Text with Arabic script is cut into lines here and each
    line put in drawing order (``typeset.bidi_lines``); mostly Arabic-script text is right aligned,
    with its number (``bullet``) on the right."""
    text = (text or "").strip()
    if not text:
        return []
    if not (width and needs_shaping(text)):
        return [Paragraph(markup(text), _variant(style, needs_shaping(text), False), bulletText=bullet)]
    rtl = is_rtl(text)
    lines = bidi_lines(text, style.fontName, style.fontSize, width - style.leftIndent - style.rightIndent, rtl)
    st = _variant(style, True, rtl)
    if rtl and bullet:            # the numbered paragraph's gutter moves to the right
        tight = ParagraphStyle(st.name + "-line", parent=st, spaceAfter=0, spaceBefore=0, leftIndent=0,
                               rightIndent=max(style.leftIndent, style.rightIndent))
    else:
        tight = ParagraphStyle(st.name + "-line", parent=st, spaceAfter=0, spaceBefore=0)
    out: list = [Spacer(1, style.spaceBefore)] if style.spaceBefore else []
    for i, ln in enumerate(lines):
        if i == 0 and bullet and rtl:
            out.append(_NumberedOnRight(ln, tight, visual(bullet, True)))
        else:
            out.append(Paragraph(ln, tight, bulletText=bullet if i == 0 else None))
    if out and style.spaceAfter:
        out.append(Spacer(1, style.spaceAfter))
    return out


def cell(text: str | None, style: ParagraphStyle, width: float) -> list:
    return para(text, style, width) or [Paragraph("", style)]


def static(text: str, style: ParagraphStyle) -> Paragraph:
    """Template text (no data), in the language of the brief."""
    return Paragraph(escape(t(text)), style)


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark; level 0 headings are sections of the index."""

    def __init__(self, title: str, style: ParagraphStyle, key: str, level: int = 0):
        super().__init__(markup(title), _variant(style, needs_shaping(title), False))
        self.outline = (key, title, level)


# --- the document ----------------------------------------------------------------------------

@dataclass
class _Pass:
    sections: dict[str, int] = field(default_factory=dict)   # key -> first page
    pages: int = 0


class _Doc(BaseDocTemplate):
    def __init__(self, buf, layout: Layout, footer: str, previous: _Pass | None):
        fonts.register()   # the canvas starts in our font: no unembedded Helvetica in any page
        super().__init__(buf, pagesize=PAPERS[layout.paper], leftMargin=22 * mm, rightMargin=22 * mm,
                         topMargin=20 * mm, bottomMargin=22 * mm,
                         title=t(TITLE[layout.kind]), author="Casefile", subject="", creator="Casefile",
                         producer="Casefile", keywords=[], invariant=1, pageCompression=1,
                         lang=layout.language, initialFontName=fonts.SERIF, initialFontSize=10)
        self.previous = previous
        self.current = _Pass()
        self.footer = footer
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])

    def _on_page(self, canv, doc) -> None:
        total = self.previous.pages if self.previous else 0
        canv.saveState()
        canv.setFont(fonts.SERIF, 8)
        canv.setFillColor(colors.HexColor("#444444"))
        y = 12 * mm
        canv.drawString(self.leftMargin, y, self.footer)
        canv.drawRightString(self.pagesize[0] - self.rightMargin, y, t("Page {0} of {1}").format(doc.page, total or doc.page))
        canv.restoreState()

    def afterFlowable(self, flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, title, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
            if level == 0:
                self.current.sections.setdefault(key, self.page)

    def afterPage(self) -> None:
        self.current.pages = self.page


def render(case: Case, layout: Layout) -> bytes:
    """The PDF of a (redacted) case, built until page numbers settle."""
    builder = {"hearing_bundle": _hearing_bundle, "witness_statement": _witness_statement,
               "public_summary": _public_summary}[layout.kind]
    previous: _Pass | None = None
    words = wording.wording(layout.language)
    with wording.use(words):
        footer = _footer(case, layout)
    for _ in range(3):
        buf = io.BytesIO()
        doc = _Doc(buf, layout, footer, previous)
        with keep_together(_pseudonyms(layout.display, words.pseudonym_words())), wording.use(words):
            doc.build(builder(case, layout, doc, previous))
        if previous and previous.sections == doc.current.sections and previous.pages == doc.current.pages:
            break
        previous = doc.current
    return buf.getvalue()


def _pseudonyms(display: dict[str, str], words: list[str]) -> list[str]:
    """The labels among the names to print ('Relative 3', 'Свидетель A', 'Лауазымды тұлға 2'): each
    is printed as one word, never '3 Relative' and never cut at a line end. Real names may still
    wrap between their words. ``words``: what a pseudonym starts with in the brief's language."""
    label = re.compile("(?:" + "|".join(map(re.escape, words)) + r") (\d+|[A-Z]{1,3})")
    return [v for v in display.values() if label.fullmatch(v)]


def _footer(case: Case, layout: Layout) -> str:
    what = t(TITLE[layout.kind])
    if layout.profile == "public":
        return t("{0} \u2013 public version").format(what)
    return f"{case.reference} \u2013 {what} \u2013 {t(layout.profile)}"


# --- pieces shared by the kinds --------------------------------------------------------------

def _name(layout: Layout, key: str | None) -> str:
    return layout.display.get(key, t("(unnamed)")) if key else t("(unnamed)")


def _date_range(start: str | None, end: str | None) -> str:
    if not start and not end:
        return t("date unknown")
    a = _date_of(start) if start else "?"
    if not end or end == start:
        return a
    return f"{a} \u2013 {_date_of(end)}"


def country_name(code: str | None) -> str:
    """'CN' -> 'China', 'Китай', 'Қытай': a court reads names, not ISO codes (pycountry's short common
    name if any, in the brief's language from the iso-codes translations pycountry ships)."""
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    if not found:
        return code
    name = getattr(found, "common_name", None) or found.name
    return _iso3166(wording.current().language).gettext(name)


@functools.cache
def _iso3166(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _place(p) -> str:
    if not p:
        return ""
    bits = [p.facility, p.name, p.admin, country_name(p.country)]
    return ", ".join(b for b in bits if b)


def _table(rows: list[list], widths: list[float], long: bool = False) -> Table:
    cls = LongTable if long else Table
    t = cls(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SERIF),   # the table's own default is Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _fit_words(widths: list[float], columns: dict[int, list[str]], style: ParagraphStyle, give: int) -> list[float]:
    """``widths`` with each listed column made wide enough for its longest word (a role or an event kind
    in Kazakh, 'Жәбірленуші', is longer than in English and must not be cut inside the word); the
    extra width is taken from column ``give``, the free text, which wraps between words anyway."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out = list(widths)
    for i, texts in columns.items():
        words = [w for text in texts for w in text.split()]
        need = max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0) + 8   # padding 3+3
        if need > out[i]:
            out[give] -= need - out[i]
            out[i] = need
    return out


def _chronology(case: Case, layout: Layout, st, width: float) -> list:
    widths = [w * width for w in (0.17, 0.13, 0.18, 0.17, 0.35)]
    widths = _fit_words(widths, {1: [_label(vocab.EVENT_KIND, e.kind) for e in case.events] + [t("Event")],
                                 3: [_name(layout, v) for e in case.events for v in e.victims]}, st["th"], 4)
    rows = [[static(h, st["th"]) for h in ("Date", "Event", "Place", "Persons", "What happened")]]
    sources = {s.key: i + 1 for i, s in enumerate(case.sources)}
    for e in sorted(case.events, key=lambda e: (sort_key(e.start), sort_key(e.end))):
        details = para(e.description, st["small"], widths[4])
        if e.violations:
            details.append(static(t("Violations: {0}").format(", ".join(_label(vocab.VIOLATION, v) for v in e.violations)),
                                  st["tiny"]))
        if e.sources:
            details.append(static(t("Sources: {0}").format(", ".join(f"S{sources[s]}" for s in e.sources)), st["tiny"]))
        rows.append([
            cell(_date_range(e.start, e.end), st["small"], widths[0]),
            cell(_label(vocab.EVENT_KIND, e.kind), st["small"], widths[1]),
            cell(_place(e.place), st["small"], widths[2]),
            cell(", ".join(_name(layout, v) for v in e.victims), st["small"], widths[3]),
            details or [Paragraph("", st["small"])],
        ])
    return [_table(rows, widths, long=True)]


def _persons(case: Case, layout: Layout, st, width: float) -> list:
    widths = [w * width for w in (0.22, 0.11, 0.17, 0.1, 0.18, 0.22)]   # a relation reads "brother of Gulnar Abdurehim"
    widths = _fit_words(widths, {1: [_label(vocab.PERSON_ROLE, p.role) for p in case.persons] + [t("Role")],
                                 3: [t("Born")]}, st["th"], 4)
    rows = [[static(h, st["th"]) for h in ("Name", "Role", "Relation", "Born", "Whereabouts", "Identifiers")]]
    for p in case.persons:
        # one name a line, each in its own direction: 'Tursunay / تۇرسۇناي' in one line reads neither way
        names = [f for n in p.names for f in para(n.value, st["small"], widths[0])] or cell(_name(layout, p.key), st["small"], widths[0])
        relation = (t("{0} of {1}").format(wording.current().relation(p.relation.kind), _name(layout, p.relation.to))
                    if p.relation else "")
        born = p.birth_date and _date_of(p.birth_date) or (str(p.birth_year) if p.birth_year else "")
        idents = "\n".join(f"{_label(vocab.IDENTIFIER_KIND, i.kind)}: {i.value}" for i in p.identifiers)
        rows.append([names, cell(_label(vocab.PERSON_ROLE, p.role), st["small"], 0),
                     cell(relation, st["small"], widths[2]), cell(born, st["small"], 0),
                     cell(p.whereabouts, st["small"], widths[4]), cell(idents, st["small"], widths[5])])
    return [_table(rows, widths)]


def _numbered(text: str, st, width: float, start: int = 1) -> tuple[list, int]:
    out, n = [], start
    for block in [b for b in text.split("\n") if b.strip()]:
        out.extend(para(block, st["numbered"], width, bullet=f"{n}."))
        n += 1
    return out, n


def _account_header(a: Account, layout: Layout, st) -> list:
    bits = [t("Narrator: {0}").format(_name(layout, a.narrator))]
    if a.recorded_on:
        bits.append(t("recorded {0}").format(_date_of(a.recorded_on)))
    if a.language:
        bits.append(t("language: {0}").format(_language(a.language)))
    if a.interviewer:
        bits.append(t("interviewer: {0}").format(a.interviewer))
    return para("; ".join(bits), st["italic"])


def _statement_of_truth(name: str, st) -> list:
    return [KeepTogether([
        Spacer(1, 8),
        static("Statement of truth", st["h2"]),
        static("I believe that the facts stated in this witness statement are true. I understand that "
               "proceedings for contempt of court may be brought against anyone who makes, or causes to be "
               "made, a false statement in a document verified by a statement of truth without an honest "
               "belief in its truth.", st["body"]),
        Spacer(1, 10),
        Paragraph(f"{escape(t('Signed:'))} ______________________&nbsp;&nbsp;&nbsp; {escape(t('Name:'))} "
                  f"{markup(name)}&nbsp;&nbsp;&nbsp; {escape(t('Date:'))} ______________",
                  _variant(st["body"], needs_shaping(name), False)),
    ])]


def _translator_certificate(a: Account, original: Account | None, layout: Layout, st) -> list:
    lang = _language(original.language) if original and original.language else t("the original language")
    target = _language(a.language) if a.language else _language("en")
    return [KeepTogether([
        Spacer(1, 8),
        static("Translator's certificate", st["h2"]),
        *para(t("I, ______________________, certify that I am competent to translate from {0} into {1} "
                "and that this is a true and accurate translation of the statement made by {2} in {0}. "
                "The translation was read back to the witness in {0} before signature.").format(
                    lang, target, _name(layout, a.narrator)), st["body"]),
        Spacer(1, 10),
        Paragraph(f"{escape(t('Signed:'))} ______________________&nbsp;&nbsp;&nbsp; {escape(t('Date:'))} ______________",
                  st["body"]),
    ])]


def _statement(case: Case, a: Account, layout: Layout, st, width: float, key: str, with_truth: bool = True) -> list:
    out = _account_header(a, layout, st)
    body, _ = _numbered(a.text, st, width)
    out += body
    original = next((o for o in case.accounts if o.key == a.translation_of), None)
    if with_truth:
        out += _statement_of_truth(_name(layout, a.narrator), st)
        if a.translation_of:
            out += _translator_certificate(a, original, layout, st)
    if original is not None:
        lang = _language(original.language) if original.language else t("original language")
        out.append(Heading(t("Original text ({0})").format(lang), st["h2"], f"{key}-original", level=1))
        out += _numbered(original.text, st, width)[0]
    return out


def _sources(case: Case, st, width: float) -> list:
    widths = [w * width for w in (0.07, 0.38, 0.17, 0.13, 0.25)]
    rows = [[static(h, st["th"]) for h in ("No.", "Title", "Publisher", "Date", "Address")]]
    for i, s in enumerate(case.sources):
        rows.append([static(f"S{i + 1}", st["small"]), cell(s.title, st["small"], widths[1]),
                     cell(s.publisher, st["small"], widths[2]),
                     cell(_date_of(s.date) if s.date else "", st["small"], widths[3]),
                     cell(s.url, st["tiny"], widths[4])])
    return [_table(rows, widths)] if case.sources else [static("No sources recorded.", st["body"])]


def _exhibits(layout: Layout, st, width: float) -> list:
    if not layout.exhibits:
        return [static("No exhibits.", st["body"])]
    widths = [w * width for w in (0.07, 0.37, 0.25, 0.11, 0.2)]
    rows = [[static(h, st["th"]) for h in ("No.", "Description", "File", "Size", "SHA-256")]]
    for x in layout.exhibits:
        digest = x.sha256.lower()
        rows.append([static(str(x.number), st["small"]), cell(x.description, st["small"], widths[1]),
                     cell(x.filename, st["small"], widths[2]), static(_size(x.size), st["small"]),
                     Paragraph("<br/>".join(escape(digest[i:i + 16]) for i in range(0, len(digest), 16)),
                               st["tiny"])])
    return [_table(rows, widths)]


def _size(n: int) -> str:
    from models.evidence import format_size  # the one formatter of sizes (imported here: this edit stays local)

    return format_size(n)


def _index(sections: list[tuple[str, str]], previous: _Pass | None, st, width: float) -> list:
    rows = [[static(h, st["th"]) for h in ("Section", "Contents", "Pages")]]
    starts = [(previous.sections.get(k) if previous else None) for k, _ in sections]
    for i, (key, title) in enumerate(sections):
        first = starts[i]
        if first is None:
            pages = "000\u2013000"       # first pass: same width as the real figures
        else:
            nxt = next((s for s in starts[i + 1:] if s), None)
            last = (nxt - 1) if nxt else previous.pages
            pages = str(first) if last <= first else f"{first}\u2013{last}"
        rows.append([static(chr(65 + i), st["body"]), *[cell(t(title), st["body"], width * 0.7)], static(pages, st["body"])])
    return [_table(rows, [width * 0.12, width * 0.68, width * 0.2])]


def _section(letter: str, title: str, key: str, st) -> list:
    return [PageBreak(), Heading(f"{letter}. {t(title)}", st["h1"], key, level=0)]


# --- the kinds -------------------------------------------------------------------------------

def _applicant_key(case: Case) -> str | None:
    a = case.applicant()
    return a.key if a else None


def _forum(case: Case) -> str:
    pr = next((p for p in case.proceedings if p.kind in ("asylum_appeal", "asylum_application")), None)
    pr = pr or (case.proceedings[0] if case.proceedings else None)
    return pr.forum if pr and pr.forum else ""


def _hearing_bundle(case: Case, layout: Layout, doc: _Doc, previous: _Pass | None) -> list:
    st = _styles()
    w = doc.width
    applicant = _applicant_key(case)
    statements = [a for a in case.accounts if a.narrator == applicant
                  and not any(b.translation_of == a.key for b in case.accounts)]
    originals = {a.translation_of for a in case.accounts if a.translation_of}
    others = [a for a in case.accounts if a not in statements and a.key not in originals]
    sections = [("summary", "Summary of facts"), ("chronology", "Chronology"),
                ("statement", "Statement of the applicant"), ("corroboration", "Corroborating accounts"),
                ("sources", "Sources and country evidence"), ("exhibits", "Exhibit index")]

    story: list = [Spacer(1, 20)]
    forum = _forum(case)
    if forum:
        story += para(t("IN THE {0}").format(forum.upper()), st["caption"], w)
    if layout.profile != "public":       # the office's reference says where the case is handled
        story += para(t("Case reference: {0}").format(case.reference), st["caption"], w)
    story += [static("HEARING BUNDLE", st["title"]), *para(case.title, st["caption"], w), Spacer(1, 14)]
    story[1].outline = ("cover", t("Cover"), 0)   # a bookmark for the cover, without a visible heading
    story += para(t("Applicant: {0}").format(_name(layout, applicant)), st["caption"], w)
    for pr in case.proceedings:
        when = f", {_date_of(pr.date)}" if pr.date else ""
        status = f" ({_label(vocab.PROCEEDING_STATUS, pr.status)})" if pr.status else ""
        story += para(f"{_label(vocab.PROCEEDING_KIND, pr.kind)}{when}{status}", st["caption"], w)
    if layout.anonymity_order:
        story.append(static("ANONYMITY ORDER MADE", st["order"]))
    story += [Spacer(1, 24), static(PROFILE_LINE[layout.profile], st["italic"])]
    story.append(Heading(t("Index"), st["h1"], "index", level=0))
    story += _index(sections, previous, st, w)

    story += _section("A", "Summary of facts", "summary", st)
    story += para(case.summary, st["body"], w)
    story.append(Heading(t("Persons"), st["h2"], "summary-persons", level=1))
    story += _persons(case, layout, st, w)
    if case.proceedings:
        story.append(Heading(t("Proceedings"), st["h2"], "summary-proceedings", level=1))
        for pr in case.proceedings:
            head = f"{_label(vocab.PROCEEDING_KIND, pr.kind)}: {pr.forum or ''}"
            story += para(head, st["body"], w) + para(pr.notes, st["small"], w)

    story += _section("B", "Chronology", "chronology", st)
    story += _chronology(case, layout, st, w)

    story += _section("C", "Statement of the applicant", "statement", st)
    for i, a in enumerate(statements):
        key = f"statement-{i + 1}"
        if len(statements) > 1:
            story.append(Heading(t("Statement {0}").format(i + 1), st["h2"], key, level=1))
        story += _statement(case, a, layout, st, w, key)
    if not statements:
        story.append(static("No statement of the applicant is recorded.", st["body"]))

    story += _section("D", "Corroborating accounts", "corroboration", st)
    for i, a in enumerate(others):
        key = f"account-{i + 1}"
        story += [CondPageBreak(60), Heading(f"D{i + 1}. " + t("Account of {0}").format(_name(layout, a.narrator)),
                                             st["h2"], key, level=1)]
        story += _statement(case, a, layout, st, w, key, with_truth=False)
    if not others:
        story.append(static("No corroborating accounts are recorded.", st["body"]))

    story += _section("E", "Sources and country evidence", "sources", st)
    story += _sources(case, st, w)
    story += _section("F", "Exhibit index", "exhibits", st)
    story += _exhibits(layout, st, w)
    return story


def _witness_statement(case: Case, layout: Layout, doc: _Doc, previous: _Pass | None) -> list:
    st = _styles()
    w = doc.width
    if not case.accounts:
        raise ValueError("the case has no account to make a witness statement from")
    if layout.account_index is not None:
        a = case.accounts[layout.account_index]
    else:
        applicant = _applicant_key(case)
        a = next((x for x in case.accounts if x.narrator == applicant), case.accounts[0])
        if a.key in {x.translation_of for x in case.accounts}:
            a = next(x for x in case.accounts if x.translation_of == a.key)
    name = _name(layout, a.narrator)
    story: list = []
    forum = _forum(case)
    if forum:
        story += para(t("IN THE {0}").format(forum.upper()), st["caption"], w)
    if layout.profile != "public":       # the office's reference says where the case is handled
        story += para(t("Case reference: {0}").format(case.reference), st["caption"], w)
    if layout.anonymity_order:
        story.append(static("ANONYMITY ORDER MADE", st["order"]))
    story.append(Heading(t("Witness statement of {0}").format(name), st["title"], "statement", level=0))
    story += _statement(case, a, layout, st, w, "statement")
    return story


def _public_summary(case: Case, layout: Layout, doc: _Doc, previous: _Pass | None) -> list:
    st = _styles()
    w = doc.width
    story: list = [Heading(t("Case summary"), st["title"], "summary", level=0)]
    story += para(case.title, st["caption"], w)
    story += [Spacer(1, 10), static(PROFILE_LINE[layout.profile], st["italic"])]
    story += para(case.summary, st["body"], w)
    story.append(Heading(t("People"), st["h2"], "people", level=0))
    story += _persons(case, layout, st, w)
    story.append(Heading(t("Chronology"), st["h2"], "chronology", level=0))
    story += _chronology(case, layout, st, w)
    violations = sorted({v for e in case.events for v in e.violations})
    if violations:
        story.append(Heading(t("Violations documented"), st["h2"], "violations", level=0))
        story += [static(", ".join(_label(vocab.VIOLATION, v) for v in violations) + ".", st["body"])]
    story.append(Heading(t("Sources"), st["h2"], "sources", level=0))
    story += _sources(case, st, w)
    return story



def render_log(reference: str, for_profile: str, entries, paper: str = "A4", language: str = "en") -> bytes:
    """An internal table of what a profile replaced where, by which rule (for the lawyer)."""
    with wording.use(wording.wording(language)):
        return _render_log(reference, for_profile, entries, paper, language)


def _render_log(reference: str, for_profile: str, entries, paper: str, language: str) -> bytes:
    layout = Layout(kind="redaction_log", profile="internal", display={}, paper=paper, language=language)
    st = _styles()
    footer = t("{0} \u2013 redaction log ({1}) \u2013 INTERNAL").format(reference, t(for_profile))
    previous: _Pass | None = None
    for _ in range(3):        # once more when the first pass learnt the page count ('Page 1 of 3')
        buf = io.BytesIO()
        doc = _Doc(buf, layout, footer, previous)
        w = doc.width
        widths = [w * x for x in (0.22, 0.2, 0.34, 0.24)]
        rows = [[static(h, st["th"]) for h in ("Where", "Rule", "Original", "Shown as")]]
        for e in entries:
            rows.append([static(_where_text(e.where), st["tiny"]), static(_rule_text(e.rule), st["tiny"]),
                         cell(e.original, st["small"], widths[2]),
                         cell(t(e.replacement) if e.replacement == "(removed)" else e.replacement, st["small"], widths[3])])
        doc.build([Heading(t("Redaction log: {0} profile").format(t(for_profile)), st["h1"], "log", level=0),
                   *para(t("Case reference: {0}").format(reference) + ". " + t(PROFILE_LINE["internal"]), st["italic"], w),
                   _table(rows, widths, long=True)])
        if previous and previous.pages == doc.current.pages:
            break
        previous = doc.current
    return buf.getvalue()


# A redaction log's "where" ('persons[1].identifiers[0]') read as 'person 2 › identifier 1' in the
# brief's language: each field by the name of one of its records.
_FIELD_NAMES = {
    "persons": "person", "identifiers": "identifier", "names": "name", "accounts": "account", "events": "event",
    "proceedings": "proceeding", "hearings": "hearing", "deadlines": "deadline", "sources": "source",
    "consent": "consent", "text": "text", "description": "description", "summary": "summary", "title": "title",
    "notes": "notes", "place": "place", "admin": "region", "facility": "facility", "forum": "forum",
    "birth_date": "date of birth", "whereabouts": "whereabouts", "ethnicity": "ethnicity", "gender": "gender",
    "interviewer": "interviewer", "narrator": "narrator", "value": "value", "tags": "tags", "publisher": "publisher",
    "url": "address", "victims": "victims", "translation_of": "translation of", "reference": "reference",
    "exhibits": "exhibit", "filename": "file name",
}
_FIELD = re.compile(r"(\w+)(?:\[(\d+)\])?")
_IDENTIFIER_RULE = re.compile(r"(identifier|identifier in text): (\w+)( \(part\))?")


def _where_text(where: str) -> str:
    parts = []
    for segment in where.split("."):
        m = _FIELD.fullmatch(segment)
        if not m or m.group(1) not in _FIELD_NAMES:
            parts.append(segment)
            continue
        name = t(_FIELD_NAMES[m.group(1)])
        parts.append(f"{name} {int(m.group(2)) + 1}" if m.group(2) is not None else name)
    return " \u203a ".join(parts)


def _rule_text(rule: str) -> str:
    """'identifier: national_id' -> 'идентификатор: удостоверение личности'; fixed rules through the catalogue."""
    if m := _IDENTIFIER_RULE.fullmatch(rule):
        kind = _label("identifier_kind", m.group(2))
        return t(m.group(1)) + ": " + kind[:1].lower() + kind[1:] + (t(" (part)") if m.group(3) else "")
    if rule.startswith("person: "):
        return t("person") + ": " + t(rule.removeprefix("person: "))
    return t(rule)


def _label(vocabulary: str, code: str) -> str:
    """A vocabulary term in the brief's language (the code stays what is stored)."""
    return vocab.label(vocabulary, code, wording.current().language)


def _language(code: str) -> str:
    """'kk' -> 'Kazakh' / 'казахский' / 'қазақ'."""
    return t(LANGUAGES.get(code, code))
