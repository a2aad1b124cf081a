"""Facility names matched across scripts (models.facilities), and the index that finds which
facility a place names giving the same answers as trying every facility in turn."""
from models import facilities as m

REGISTRY = [("a", ["Xinyuan re-education camp", "新源县职业技能教育培训中心", "Xinyuan"]),
            ("b", ["Tekes detention centre", "特克斯县看守所", "Текес"]),
            ("c", ["Gongliu camp No. 3", "Гунлю лагерь"])]
PLACES = [["Xinyuan camp"], ["лагерь в Синьюане"], ["新源"], ["Tekes County"], ["СИЗО в Текесе"],
          ["特克斯县"], ["a camp near Ghulja"], ["Гунлю лагерь"], ["camp"], ["Gongliu", "Gongliu camp No. 3"], [""]]


def _one_by_one(texts):
    for fid, names in REGISTRY:
        found = m.place_names(names, texts)
        if found:
            return fid, found
    return None


def test_the_index_names_the_same_facility_as_trying_each_in_turn():
    index = m.NameIndex(REGISTRY)
    got = [index.naming(t) for t in PLACES]
    assert got == [_one_by_one(t) for t in PLACES]
    assert [g[0] if g else None for g in got] == ["a", "a", "a", "b", "b", "b", None, "c", None, "c", None]


def test_a_search_matches_any_name_in_any_script_and_a_half_typed_word():
    names = REGISTRY[0][1]
    assert all(m.matches_query(names, q) for q in ("Синьюань", "新源", "xinyu", "re-education", "培训"))
    assert not m.matches_query(names, "Tekes")
