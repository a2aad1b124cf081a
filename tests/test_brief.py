"""Briefs end to end: every kind in every profile, read back by a third extractor (poppler)."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata

import pypdf
import pytest

import exports.brief as brief_mod
from exports.brief import Exhibit, build_brief, redaction_log_of
from exports.redaction import ConsentRefused
from exports.verify import LeakFound, verify_pdf
from models.briefs import KINDS
from tests import case_factory as cf

PROFILES = ("internal", "court", "public")
EXHIBITS = (Exhibit(1, "Letter from Aqan Serikuly, scanned", "aqan-serikuly-letter.pdf", 183_202, "ab" * 32),
            Exhibit(2, "Photo of the camp gate", "gate.jpg", 2_400_000, "0123456789abcdef" * 4))


@pytest.fixture(scope="module")
def case():
    return cf.make_case()


@pytest.fixture(scope="module")
def briefs(case):
    return {(k, p): build_brief(case, k, p, exhibits=EXHIBITS, anonymity_order=p != "internal")
            for k in KINDS for p in PROFILES}


def fold(text: str) -> str:
    """Compare form for the poppler text: NFKC, case folded, Arabic presentation forms and the
    Uyghur letters a font maps to their Arabic look-alikes folded, white space collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans({"\u06d5": "\u0647", "\u06be": "\u0647", "\u06c1": "\u0647",
                                         "\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643"}))
    return re.sub(r"\s+", " ", re.sub(r"[\ue000-\uf8ff\u064b-\u065f\u0670\u0640]", "", text)).strip()


def poppler_text(data: bytes) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "fd://0", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("profile", ["court", "public"])
def test_no_protected_name_or_identifier_in_any_form(briefs, case, kind, profile):
    text = poppler_text(briefs[kind, profile].pdf)
    if profile == "court":   # the applicant's patronymic holds her father's name; her own name stands in court
        text = re.sub(r"Dina\s+Aqanqyzy|Дина\s+Ақанқызы", "", text)
    text = fold(text)
    flat = re.sub(r"\W", "", text)
    protected = ["Aqan Serikuly", "Serikuly", "Ақан", "Mehmet", "Tursun", "张立伟", "Liwei", "Tasqoram",
                 "800101400123", "654021198001011234", "E62931457", "dina.aqan@example.org", "Abai Avenue"]
    if profile == "public":
        protected += ["Dina", "Aqanqyzy", "Дина"]
    for s in protected:
        assert fold(s) not in text, s
        if len(s) > 7:
            assert re.sub(r"\W", "", fold(s)) not in flat, s
    # the Uyghur name, in either order the extractor may give
    for word in map(fold, ("مەخمەت", "تۇرسۇن")):
        assert word not in text and word[::-1] not in text
    # and the verifier agrees with a fresh forbidden list
    assert verify_pdf(briefs[kind, profile].pdf, case, profile, anonymity_order=True, exhibits=EXHIBITS).leaks == []


def test_place_names_and_public_figures_stay(briefs):
    text = poppler_text(briefs["hearing_bundle", "public"].pdf)
    for kept in ("Xinyuan County", "Ili Kazakh Autonomous Prefecture", "Khorgas", "Nilek county",
                 cf.SPOKESMAN, cf.SCHOLAR, "D-A-", "Relative 1", "Witness A"):
        assert kept in text, kept


def test_internal_brief_shows_all_scripts_and_the_check_would_catch_them(briefs, case):
    data = briefs["hearing_bundle", "internal"].pdf
    text = poppler_text(data)
    assert "Ақанның" in text and "张立伟" in text and "\ufffd" not in text
    assert fold("مەخمەت") in fold(text) or fold("مەخمەت")[::-1] in fold(text)
    leaks = verify_pdf(data, case, "court", pseudonyms=briefs["hearing_bundle", "internal"].pseudonyms).leaks
    labels = {leak.label for leak in leaks}
    assert {"name of Relative 1", "name of Witness A", "name of Relative 2"} <= labels
    assert any(leak.label == "name of Witness A" and leak.page == 5 for leak in leaks)   # the Uyghur account


def test_hearing_bundle_pages_index_bookmarks_and_dates(briefs):
    data = briefs["hearing_bundle", "court"].pdf
    reader = pypdf.PdfReader(io.BytesIO(data))
    n = len(reader.pages)
    pages = [p.extract_text() for p in reader.pages]
    for i, t in enumerate(pages):
        assert f"Page {i + 1} of {n}" in t
    titles = {o.title: reader.get_destination_page_number(o) + 1 for o in _flat(reader.outline)}
    for heading in ("A. Summary of facts", "B. Chronology", "C. Statement of the applicant",
                    "D. Corroborating accounts", "E. Sources and country evidence", "F. Exhibit index"):
        assert heading in titles
    index = pages[0]
    starts = sorted(titles[h] for h in titles if re.match(r"[A-F]\. ", h))
    for letter, first, nxt in zip("ABCDEF", starts, starts[1:] + [n + 1]):
        expect = str(first) if nxt - 1 <= first else f"{first}\u2013{nxt - 1}"   # an en dash, as in print
        assert re.search(rf"{letter}\s.*\s{expect}\b", index), (letter, expect)
    chronology = pages[titles["B. Chronology"] - 1]
    assert "October 2017" in chronology and "2017-10" not in chronology and "14 February 2019" in chronology
    assert "ANONYMITY ORDER MADE" in pages[0]
    assert "Translator's certificate" in "".join(pages) and "Statement of truth" in "".join(pages)


def _flat(items):
    for it in items:
        yield from (_flat(it) if isinstance(it, list) else [it])


def test_exhibit_index_redacts_names_and_lists_hashes(briefs):
    text = poppler_text(briefs["hearing_bundle", "court"].pdf)
    assert "Letter from Relative 1, scanned" in text and "Relative 1-letter.pdf" in text
    assert "abababababababab" in text and "178.9 KiB" in text and "2.3 MiB" in text  # 183,202 and 2,400,000 bytes


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_neutral_fixed_dates_single_eof_qpdf_check(briefs, kind, tmp_path):
    data = briefs[kind, "court"].pdf
    assert data.count(b"%%EOF") == 1
    reader = pypdf.PdfReader(io.BytesIO(data))
    meta = dict(reader.metadata)
    assert meta["/Author"] == "Casefile" and meta["/Title"] in ("Hearing bundle", "Witness statement", "Case summary")
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20000101000000+00'00'"
    assert "/Metadata" not in reader.trailer["/Root"]
    if shutil.which("qpdf"):
        (tmp_path / "b.pdf").write_bytes(data)
        run = subprocess.run(["qpdf", "--check", str(tmp_path / "b.pdf")], capture_output=True)
        assert run.returncode == 0, run.stdout + run.stderr


def test_same_input_same_bytes(case):
    a = build_brief(case, "witness_statement", "court").pdf
    assert build_brief(case, "witness_statement", "court").pdf == a


def test_letter_paper(case):
    data = build_brief(case, "public_summary", "public", paper="Letter").pdf
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_pseudonyms_returned_and_stable_across_kinds(case, briefs):
    maps = {(k, p): r.pseudonyms for (k, p), r in briefs.items()}
    assert len({tuple(sorted(m.items())) for m in maps.values()}) == 1
    again = build_brief(case, "witness_statement", "court", pseudonyms={"father": "Relative 9"})
    assert again.pseudonyms["0b1e1f0e-0000-4000-8000-000000000002"] == "Relative 9"


def test_consent_refused_makes_no_brief():
    case = cf.make_case(consent={"scopes": ["share_with_partners"]})
    with pytest.raises(ConsentRefused, match="legal_proceedings"):
        build_brief(case, "hearing_bundle", "court")


def test_leaking_brief_is_not_saved_and_says_where(tmp_path, case, monkeypatch):
    real = brief_mod.render

    def careless(redacted, layout):
        redacted.summary += " (father: Aqan Serikuly)"
        return real(redacted, layout)
    monkeypatch.setattr(brief_mod, "render", careless)
    with pytest.raises(LeakFound) as err:
        build_brief(case, "hearing_bundle", "court")
    assert {leak.page for leak in err.value.leaks} == {2} and "page 2" in str(err.value)
    assert "Aqan" not in str(err.value)


@pytest.mark.screenshots
def test_pages_as_png(briefs):
    from pathlib import Path
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    folder = Path(__file__).resolve().parent.parent / "build" / "look" / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    for (kind, profile), result in briefs.items():
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-", str(folder / f"{kind}-{profile}")],
                       input=result.pdf, check=True)
    assert any(folder.glob("hearing_bundle-court-*.png"))


def test_redaction_log_for_the_lawyer_lists_originals(briefs, case):
    data = redaction_log_of(briefs["hearing_bundle", "court"], case.reference)
    text = poppler_text(data)
    assert "Aqan Serikuly" in text and "marked span" in text and "INTERNAL" in text
    assert "exhibit 1 › file name" in text      # where: the first exhibit's file name
    assert "Relative 1" in text                 # the brief's own pseudonyms: the log explains this very brief


@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded_none_of_the_base_fourteen(briefs, kind, tmp_path):
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for profile in PROFILES:
        path = tmp_path / f"{kind}-{profile}.pdf"
        path.write_bytes(briefs[kind, profile].pdf)
        rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
        assert rows
        for row in rows:
            name, emb = row.split()[0], row.split()[-5]
            assert emb == "yes" and "+" in name and "Helvetica" not in name, (profile, row)


def test_countries_are_named_not_coded(briefs):
    text = poppler_text(briefs["hearing_bundle", "court"].pdf)
    assert "Khorgas, China" in text and "Khorgas, CN" not in text


def test_a_heading_never_stands_alone_at_the_foot_of_a_page():
    heading = re.compile(r"^(D\d+\. Account of .*|Persons|Proceedings|People|Chronology|Violations documented|Sources"
                         r"|Statement of truth|Translator's certificate|Original text \(\w+\))$")
    # cases whose summaries put a heading at the very foot of a page before headings were kept with what follows
    for seed in (2, 5, 8):
        c = cf.scaled_case(events=8 + seed * 3, accounts=6 + seed, seed=seed)
        for kind in ("hearing_bundle", "public_summary"):
            reader = pypdf.PdfReader(io.BytesIO(build_brief(c, kind, "internal").pdf))
            for n, page in enumerate(reader.pages):
                lines = [ln.strip() for ln in page.extract_text().splitlines()
                         if ln.strip() and not re.search(r"Page \d+ of \d+|internal$", ln)]
                assert not (lines and heading.match(lines[-1])), (seed, kind, n + 1, lines[-1])


def test_a_redaction_log_of_several_pages_counts_them_all():
    case = cf.make_case()
    data = redaction_log_of(build_brief(case, "hearing_bundle", "court", exhibits=EXHIBITS), case.reference, "Letter")
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert len(pages) >= 2
    for i, page in enumerate(pages):
        assert f"Page {i + 1} of {len(pages)}" in page.extract_text()
