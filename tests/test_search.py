"""Full-text search across scripts, with filters, inside the encrypted store."""
import pytest

from models import interchange
from storage import cases
from storage.cases import CaseQuery
from storage.interchange_io import import_document
from tests import factory


@pytest.fixture
def demo_store(store):
    import_document(store, interchange.parse_document(factory.demo_document()))
    with store.write() as s:
        cases.save_case(s, store, factory.case("T-1"))
    return store


def _refs(store, query, **filters):
    with store.read() as s:
        if filters:
            return [c.reference for c in cases.list_cases(s, CaseQuery(text=query, **filters))]
        return [c.reference for c in cases.search_cases(s, query)]


@pytest.mark.parametrize("query, expected", [
    ("Xinyuan", "DEMO-2021-002"),
    ("Ақгүл", "DEMO-2021-002"),            # Cyrillic name
    ("ئاقگۈل", "DEMO-2021-002"),            # Arabic-script name
    ("泽依奈普", "T-1"),                    # Chinese name
    ("依奈", "T-1"),                        # part of a Chinese name
    ("新源", "DEMO-2021-002"),              # part of a Chinese place name
    ("omarova", "T-1"),                     # any letter case
    ("ТОҚТАРОВА", "DEMO-2021-002"),
    ("Aqgul's", "DEMO-2021-002"),           # possessive
    ("Ақгүлдің", "DEMO-2021-002"),          # inflected form in a narrative
    ("steamed buns", "DEMO-2018-003"),      # narrative
    ("political training center", "DEMO-2018-003"),  # facility
    ("ChinaAid", "DEMO-2018-003"),          # source publisher
    ("zhaqsylyq", "DEMO-2018-003"),
])
def test_search_finds_every_field_in_every_script(demo_store, query, expected):
    assert expected in _refs(demo_store, query)


def test_a_cyrillic_query_finds_a_name_recorded_only_in_latin(store):
    c = factory.case_dict("LAT-1")
    c["persons"][0]["names"] = [{"value": "Serikzhan Bilash", "script": "Latn"}]
    import_document(store, interchange.parse_document(factory.document(c)))
    assert _refs(store, "Серикжан") == ["LAT-1"]
    assert _refs(store, "Билаш") == ["LAT-1"]


def test_a_latin_query_finds_a_name_recorded_only_in_cyrillic(store):
    c = factory.case_dict("CYR-1")
    c["persons"][0]["names"] = [{"value": "Қайрат Жақсылық", "script": "Cyrl"}]
    import_document(store, interchange.parse_document(factory.document(c)))
    assert _refs(store, "Qairat") == ["CYR-1"]


def test_diacritics_do_not_matter(store):
    c = factory.case_dict("DIA-1", summary="Interviewed in Zhanaözen and Türkistan.")
    import_document(store, interchange.parse_document(factory.document(c)))
    assert _refs(store, "zhanaozen") == ["DIA-1"]
    assert _refs(store, "TURKISTAN") == ["DIA-1"]


def test_best_matches_come_first(store):
    strong = factory.case_dict("A-STRONG", title="Detention of Erlan Kozhakhmet in Ghulja")
    weak = factory.case_dict("B-WEAK", summary="A neighbour mentioned Erlan once.")
    import_document(store, interchange.parse_document(factory.document(weak, strong)))
    assert _refs(store, "Erlan") == ["A-STRONG", "B-WEAK"]


def test_words_that_match_nothing_find_nothing(demo_store):
    assert _refs(demo_store, "zzzqqq") == []
    assert _refs(demo_store, '"') == []


def test_query_syntax_typed_by_a_person_is_searched_as_words(demo_store):
    # "NOT" is a word here, not an operator that would exclude the case
    assert _refs(demo_store, "Xinyuan NOT") == ["DEMO-2021-002"]
    assert _refs(demo_store, 'steamed" OR "buns*') == ["DEMO-2018-003"]


def test_filters(demo_store):
    assert _refs(demo_store, "", violation="starvation") == ["DEMO-2018-003"]
    assert _refs(demo_store, "", facility="party school") == ["DEMO-2021-002"]
    assert _refs(demo_store, "", tag="EXTRADITION") == ["DEMO-2019-001"]
    assert set(_refs(demo_store, "", at_risk_only=True)) == {"DEMO-2019-001", "DEMO-2021-002", "DEMO-2018-003", "T-1"}
    assert _refs(demo_store, "camp", status="closed") == []


@pytest.mark.parametrize("kind", ["violation", "tag", "facility"])
def test_a_filter_counts_each_case_once_as_the_list_shows_it(demo_store, kind):
    """A filter alone is counted from its index; the count must still be that of the cases listed,
    whichever value, and however many of a case's events carry it."""
    with demo_store.read() as s:
        for value in cases.facet_values(s, kind):
            q = CaseQuery(**{kind: value})
            assert cases.count_cases(s, q) == len(cases.list_cases(s, q, 0, 1000)) > 0


def test_list_is_paged_sorted_and_shows_the_next_hearing(demo_store):
    with demo_store.read() as s:
        q = CaseQuery(sort="reference", descending=False, today="2026-11-22")
        assert cases.count_cases(s, q) == 4
        first = cases.list_cases(s, q, 0, 2)
        rest = cases.list_cases(s, q, 2, 2)
        assert [c.reference for c in first + rest] == ["DEMO-2018-003", "DEMO-2019-001", "DEMO-2021-002", "T-1"]
        by_ref = {c.reference: c for c in first + rest}
        assert by_ref["DEMO-2019-001"].next_hearing == "2027-02-15"
        assert by_ref["DEMO-2019-001"].applicant == "Aisha"
        later = CaseQuery(sort="reference", descending=False, today="2027-03-01")
        assert {c.reference: c for c in cases.list_cases(s, later)}["DEMO-2019-001"].next_hearing is None


@pytest.mark.parametrize("recorded, typed", [
    ("Serikzhan", "Serikjan"), ("Dilxat Raxit", "Dilshat"), ("Tursunay Ziawudun", "Ziyawudun"),
    ("Aisha", "Айша"), ("Zhumabai", "Жұмабай"),
])
def test_different_romanisations_of_a_name_find_each_other(store, recorded, typed):
    c = factory.case_dict("ROM-1")
    c["persons"][0]["names"] = [{"value": recorded, "script": "Latn"}]
    import_document(store, interchange.parse_document(factory.document(c)))
    assert _refs(store, typed) == ["ROM-1"]


def test_ranked_pages_and_counts_agree_with_or_without_filters(store):
    """A search is ranked inside the index and read a page at a time; paging through it, or
    filtering it, gives every match once, in the same order, and the count the list shows."""
    docs = []
    for i in range(7):
        c = factory.case_dict(f"P-{i}", summary="Detained in Ghulja. " + "Ghulja " * i)
        c["status"] = "closed" if i % 2 else "open"
        docs.append(c)
    docs.append(factory.case_dict("P-NONE", summary="Nothing about that city."))
    import_document(store, interchange.parse_document(factory.document(*docs)))
    with store.read() as s:
        q = CaseQuery(text="Ghulja", sort="relevance")
        assert cases.count_cases(s, q) == 7
        whole = [c.reference for c in cases.list_cases(s, q, 0, 50)]
        assert whole[0] == "P-6" and "P-NONE" not in whole and len(whole) == 7
        paged = [c.reference for off in (0, 3, 6) for c in cases.list_cases(s, q, off, 3)]
        assert paged == whole
        closed = CaseQuery(text="Ghulja", sort="relevance", status="closed")
        assert cases.count_cases(s, closed) == 3
        assert [c.reference for c in cases.list_cases(s, closed, 0, 50)] == [r for r in whole if int(r[2]) % 2]
    with store.write() as s:
        cases.delete_case(s, store, "P-6")
    with store.read() as s:
        assert cases.count_cases(s, q) == 6
        assert "P-6" not in [c.reference for c in cases.list_cases(s, q, 0, 50)]


def test_a_word_in_too_many_cases_to_rank_lists_them_by_last_change(store, monkeypatch):
    """Past RANK_AT_MOST matches, ranking (which reads every match) gives way to the last change;
    a narrower search is ranked again."""
    docs = [factory.case_dict(f"W-{i}", summary="Held in the camp. " + "Ghulja " * i) for i in range(6)]
    import_document(store, interchange.parse_document(factory.document(*docs)))
    monkeypatch.setattr(cases, "_now", lambda: "2099-01-01T00:00:00+00:00")
    with store.write() as s:  # W-0 changed last
        c = cases.get_case(s, "W-0")
        cases.save_case(s, store, c.model_copy(update={"title": c.title + " (updated)"}))
    monkeypatch.setattr(cases, "RANK_AT_MOST", 4)
    with store.read() as s:
        wide = CaseQuery(text="camp", sort="relevance")
        assert not cases.ranks(s, wide)
        listed = cases.list_cases(s, wide, 0, 50)
        assert listed[0].reference == "W-0" and len(listed) == 6 == cases.count_cases(s, wide)
        assert [c.updated_at for c in listed] == sorted((c.updated_at for c in listed), reverse=True)
        narrow = CaseQuery(text="Ghulja", sort="relevance")  # five cases: still too many
        assert not cases.ranks(s, narrow)
        monkeypatch.setattr(cases, "RANK_AT_MOST", 5)
        assert cases.ranks(s, narrow)
        assert cases.list_cases(s, narrow, 0, 50)[0].reference == "W-5"  # most mentions first


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("filters", [{}, {"status": "open"}, {"text": "Tekes"}])
def test_pages_by_next_hearing_match_the_order_worked_out_by_hand(store, descending, filters):
    """Cases with a coming hearing by its date (the earliest coming one, past ones ignored), then
    the cases without one, in insertion order; paged across the boundary, with filters."""
    hearings = [["2099-03-01"], [], ["2000-01-01"], ["2099-01-05", "2098-07-07"], ["2098-07-07"], [],
                ["2000-01-01", "2099-12-31"], []]
    docs = []
    for i, dates in enumerate(hearings):
        c = factory.case_dict(f"H-{i}", proceedings=[{"kind": "asylum_appeal", "hearings": [{"date": d} for d in dates]}]
                              if dates else [])
        c["status"] = "closed" if i in (4, 5) else "open"
        docs.append(c)
    import_document(store, interchange.parse_document(factory.document(*docs)))
    today = "2026-12-01"
    coming = {f"H-{i}": min((d for d in dates if d >= today), default=None) for i, dates in enumerate(hearings)}
    refs = [f"H-{i}" for i in range(len(hearings)) if filters.get("status") != "open" or i not in (4, 5)]
    sign = -1 if descending else 1
    with_hearing = sorted((r for r in refs if coming[r]), key=lambda r: (coming[r], int(r[2:])), reverse=descending)
    without = sorted((r for r in refs if not coming[r]), key=lambda r: sign * int(r[2:]))
    q = CaseQuery(sort="next_hearing", descending=descending, today=today, **filters)
    with store.read() as s:
        paged = [c for off in range(0, 10, 3) for c in cases.list_cases(s, q, off, 3)]
    assert [c.reference for c in paged] == with_hearing + without
    assert all(c.next_hearing == coming[c.reference] for c in paged)


# One case per recorded name; each spelling below is written by hand as a caseworker or a
# relative would type it, and must find that case and no other.
_RECORDED = {
    "N-TURSUNAY": [("Tursunay", "Latn")],
    "N-BAUYRZHAN": [("Бауыржан", "Cyrl")],
    "N-QAISHA": [("Qaisha", "Latn")],
    "N-ZHAMAL": [("Zhamal", "Latn")],
    "N-MEHMET": [("Mehmet", "Latn")],
    "N-SEITQALI": [("Сейітқали", "Cyrl")],
}


@pytest.fixture
def named_store(store):
    docs = []
    for ref, names in _RECORDED.items():
        c = factory.case_dict(ref, title="Relatives questioned", summary="", tags=[])
        c["persons"][1]["names"] = [{"value": v, "script": s} for v, s in names]
        docs.append(c)
    import_document(store, interchange.parse_document(factory.document(*docs)))
    return store


@pytest.mark.parametrize("typed, expected", [
    ("Тұрсынай", "N-TURSUNAY"),      # Kazakh Cyrillic for a name recorded in Latin
    ("Турсунай", "N-TURSUNAY"),      # Russian Cyrillic
    ("Baurzhan", "N-BAUYRZHAN"),     # Russian form, romanised
    ("Bauirzhan", "N-BAUYRZHAN"),
    ("Бауржан", "N-BAUYRZHAN"),      # Russian Cyrillic drops the ы
    ("Bauyrzhan", "N-BAUYRZHAN"),
    ("Bauyrjan", "N-BAUYRZHAN"),     # Kazakh Latin
    ("Kaisha", "N-QAISHA"),
    ("Qayşa", "N-QAISHA"),           # Turkish-style letters
    ("Кайша", "N-QAISHA"),
    ("Jamal", "N-ZHAMAL"),
    ("Жамал", "N-ZHAMAL"),
    ("Memet", "N-MEHMET"),
    ("Мехмет", "N-MEHMET"),
    ("Сейткали", "N-SEITQALI"),      # Russian letters for Kazakh ones, і dropped
    ("Seitkali", "N-SEITQALI"),
    ("Тұрсынайдың", "N-TURSUNAY"),   # with a Kazakh case ending
    ("Qaisha's", "N-QAISHA"),
    ("Bauyr", "N-BAUYRZHAN"),        # half typed
])
def test_every_spelling_of_a_name_finds_its_case(named_store, typed, expected):
    assert _refs(named_store, typed) == [expected]


@pytest.mark.parametrize("typed", [
    "Samal", "Kaiser", "Mehri", "Seitov", "Bayram", "Turgun", "Tasbolat", "Jamil", "Memory", "Tourism",
    "merit", "camera",
])
def test_other_names_and_ordinary_words_find_none_of_them(named_store, typed):
    assert _refs(named_store, typed) == []
