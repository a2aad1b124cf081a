"""Suggested links, pure: hand-written pairs of one person recorded in two testimonies (Latin,
Cyrillic, Uyghur Arabic script, Chinese transcriptions), and pairs of different people with similar
names. Every true pair must rank its other half in the top three of the whole pool and reach the
suggestion threshold; every false pair must stay below it."""
from __future__ import annotations

import pytest

from models.interchange import validate_case
from models.person_match import Candidate, Reason, blocking_keys, english, facts_of, lookup_keys, score
from tests.factory import case_dict

THRESHOLD = 0.5     # storage.people_suggest.all_suggestions' default


def P(names, year=None, relatives=(), places=()):   # noqa: N802 - reads as a record below
    rels = [{"kind": k, "names": list(v) if isinstance(v, tuple) else [v]} for k, v in relatives]
    return Candidate(tuple([names] if isinstance(names, str) else names), year,
                     {"relatives": rels, "places": list(places)})


# One person, two testimonies each. Chinese only where the transcription can be read back
# (努尔波力 Nu-er-bo-li, 赛力克 Sai-li-ke, 阿卜杜热依木 A-bu-du-re-yi-mu, 吐尔逊 Tu-er-xun).
TRUE_PAIRS = [
    (P("Zhamal Aqanqyzy", 1979, [("mother", "Gulnar")]), P("Жамал Ақанқызы", 1979, [("мать", "Гүлнар")])),
    (P("Nurlan Serikuly Toqtarov", 1980), P("Нұрлан Серікұлы", 1980)),
    (P("Qayşa Tursunova", 1965, places=["Tekes County"]), P("Кайша Турсунова", 1965, places=["Текес"])),
    (P("Jamal Aqanova", 1983, [("father", "Aqan")]), P("ئاقان قىزى جامال", 1983, [("father", "ئاقان")])),
    (P("Abdurehim Tursun", 1970), P("ئابدۇرېھىم تۇرسۇن", 1971)),
    (P("Mexmet Tursun", 1968, [("wife", "Patigul")]), P("Mehmet Tursun", 1968)),
    (P("Bauyrzhan Seitkali", 1988), P("Бауржан Сейткали", 1988)),
    (P("Erlan Qasymov", 1975, places=["Ghulja"]), P("Yerlan Kasymov", 1975, places=["Ghulja city"])),
    (P(["Nurbol Serikuly", "Нұрбол Серікұлы"], 1985), P("努尔波力·赛力克", 1985)),
    (P("Abdukerim Tursunniyaz", 1962), P("阿卜杜克热木·吐尔逊尼亚孜", 1962)),
    (P("Sayragul Sauytbay", 1976, places=["Mongolkure County"]), P("Сайрагүл Сауытбай", 1976)),
    (P("Omirbek Bekali", 1976), P("Өмірбек Бекәлі", None, [("mother", "Бахыт")])),
    (P("Tursunay Ziyawudun", 1978), P("Турсунай Зияудун", 1978)),
    (P("Mihrigul Tursun", 1989), P("Tursun Mihrigül", 1989)),
    (P("Gulzira Auelkhan", 1979, places=["Qapqal County"]), P("Гүлзира Әуелхан", 1979, places=["Qapqal"])),
    (P("Qairat Samarqan", 1980), P("Kairat Samarkan", None, [("wife", "Gulnur")])),
    (P("Aqan Serikuly", 1950, [("child", ("Zhamal Aqanqyzy", "Жамал Ақанқызы"))]),
     P("Akan Serikov", 1950, [("child", "Zhamal Aqanqyzy")])),
    (P("Dina Nurdybai", 1991, places=["Xinyuan re-education camp"]), P("Дина Нұрдыбай", 1991, places=["Xinyuan"])),
    (P("Gulnar", None, [("child", "Zhamal Aqanqyzy")]), P("Гүлнар", None, [("child", "Жамал Ақанқызы")])),
    (P("Yerzhan Tokhtarov", 1984), P("Ержан Тоқтаров", 1984)),
    (P("Zeynep Tursun", 1950), P("زەينەپ تۇرسۇن", 1950)),
]

# Different people with names that look alike.
FALSE_PAIRS = [
    (P("Zhamal Aqanqyzy", 1979), P("Zhamal Serikqyzy", 1979)),                # another father
    (P("Nurlan Ospanov", 1979), P("Nurlan Ospanov", 1951)),                    # born 28 years apart
    (P("Marat Seitkali", 1980), P("Murat Seitkali", 1980)),                    # two names, one letter apart
    (P("Aigerim Qasymova", 1990), P("Aigul Qasymova", 1990)),                  # sisters
    (P("Serik Zhumabai", 1972), P("Berik Zhumabai", 1972)),
    (P("Gulnar Omarova", 1960, [("mother", "Zhanar")]), P("Gulnar Omarova", None, [("mother", "Saule")])),
    (P("Nurlan Aqanuly", 1990), P("Nurlana Aqanqyzy", 1990)),                  # twins, brother and sister
    (P("Ерлан Қасымов", 1975), P("Erlan Qasymov", 1962)),
    (P("Abdurehim Tursun", 1970), P("Abdukerim Tursun", 1970)),
    (P("Aqan uly Serik", 1966), P("Aqan qyzy Serikova", 1966)),
    (P("Zhanar", None, [("child", "Nurlan")]), P("Zhanar", None, [("child", "Aigerim")])),
]


def _pool():
    return [p for pair in TRUE_PAIRS + FALSE_PAIRS for p in pair]


@pytest.mark.parametrize("i", range(len(TRUE_PAIRS)))
def test_true_pair_is_in_the_top_three_both_ways(i):
    pool = _pool()
    for a, b in (TRUE_PAIRS[i], TRUE_PAIRS[i][::-1]):
        ranked = sorted((p for p in pool if p is not a), key=lambda p: -score(a, p)[0])
        top = ranked[:3]
        assert any(p is b for p in top), f"{a.names} -> {[(p.names, score(a, p)[0]) for p in top]}"
        assert score(a, b)[0] >= THRESHOLD


@pytest.mark.parametrize("i", range(len(FALSE_PAIRS)))
def test_false_pair_stays_below_the_threshold(i):
    a, b = FALSE_PAIRS[i]
    assert score(a, b)[0] < THRESHOLD and score(b, a)[0] < THRESHOLD


def test_enough_pairs_across_scripts():
    assert len(TRUE_PAIRS) >= 15 and len(FALSE_PAIRS) >= 8


def test_the_reasons_read_as_the_issue_writes_them():
    s, reasons = score(*TRUE_PAIRS[0])
    assert english(reasons) == "same name in Cyrillic and Latin; born 1979 in both; both name Gulnar as mother"
    assert [r.code for r in reasons] == ["same_name_scripts", "same_birth_year", "same_relative"]
    assert reasons[2].values == {"kind": "mother", "name": "Gulnar"}


def test_reasons_of_each_kind():
    _, r = score(P("Bauyrzhan Seitkali", 1988), P("Бауржан Сейткали", 1990))
    assert english(r) == "same name in Cyrillic and Latin; born 1988 and 1990"
    _, r = score(P("Yerzhan Tokhtarov"), P("Ержан Тоқтаров"))
    assert r[0].code == "similar_name" and r[0].english() == "similar names Yerzhan Tokhtarov and Ержан Тоқтаров"
    _, r = score(P("Dina Nurdybai", places=["Xinyuan re-education camp"]), P("Дина Нұрдыбай", places=["Xinyuan"]))
    assert english(r) == "same name in Cyrillic and Latin; both name Xinyuan re-education camp"
    _, r = score(P("Zeynep Tursun"), P("زەينەپ تۇرسۇن"))
    assert english(r) == "same name in Arabic script and Latin"
    assert Reason("same_birth_year", {"year": "1979"}).english() == "born 1979 in both"


def test_a_clearly_different_birth_year_lowers_the_score():
    same, _ = score(P("Erlan Qasymov", 1975), P("Ерлан Қасымов", 1975))
    near, _ = score(P("Erlan Qasymov", 1975), P("Ерлан Қасымов", 1976))
    unknown, _ = score(P("Erlan Qasymov", 1975), P("Ерлан Қасымов"))
    far, _ = score(P("Erlan Qasymov", 1975), P("Ерлан Қасымов", 1995))
    assert same > near > unknown > far


def test_relatives_or_places_alone_never_suggest():
    a = P("Aigerim Qasymova", 1990, [("mother", "Gulnar")], ["Tekes County"])
    b = P("Serik Zhumabai", 1990, [("mother", "Gulnar")], ["Tekes County"])
    assert score(a, b) == (0.0, [])


def test_generic_place_words_do_not_make_two_places_one():
    a = P("Dina Nurdybai", places=["Xinyuan re-education camp"])
    b = P("Дина Нұрдыбай", places=["Tekes re-education camp"])
    assert all(r.code != "same_place" for r in score(a, b)[1])


def test_facts_of_a_person_of_a_case():
    data = case_dict("F-1")
    data["persons"].append({"key": "son", "role": "relative", "names": [{"value": "Aqan", "script": "Latn"}],
                            "relation": {"to": "mother", "kind": "Son"}})
    data["events"][0]["victims"] = ["applicant", "mother"]
    data["persons"][1]["whereabouts"] = "Tekes camp"
    case = validate_case(data)
    assert facts_of(case, case.person("applicant")) == {
        "relatives": [{"kind": "mother", "names": ["Zeynep Tursun", "زەينەپ تۇرسۇن", "泽依奈普"]}],
        "places": ["vocational training centre", "Tekes County"]}
    assert facts_of(case, case.person("mother")) == {
        "relatives": [{"kind": "son", "names": ["Aqan"]},
                      {"kind": "child", "names": ["Bakhytgul Omarova", "Бақытгүл Омарова"]}],
        "places": ["vocational training centre", "Tekes County", "Tekes camp"]}


def test_blocking_keys_meet_across_scripts_and_prefer_pairs_of_words():
    latin = blocking_keys(["Zhamal Aqanqyzy"], 1979)
    cyr = blocking_keys(["Жамал Ақанқызы"], 1979)
    assert "p:kakankizi|kjamal" in latin & cyr and "y1979:kakankizi|kjamal" in latin & cyr
    han = blocking_keys(["努尔兰·赛力克"])
    assert lookup_keys(han) & blocking_keys(["Nurlan Serikuly"])
    # letters never find letters by the coarse key meant for Chinese transcriptions
    assert not {k for k in lookup_keys(blocking_keys(["Jamal"])) if k.startswith("c:")}


def test_hostile_names_are_bounded():
    huge = P(["Zhamal " * 5000] * 500, 1979, [("mother", "x" * 10**5)] * 1000, ["Tekes " * 10**4] * 1000)
    s, _ = score(huge, P("Zhamal", 1979))
    assert 0 <= s <= 1
    assert len(blocking_keys(list(huge.names), 1979)) <= 64
    assert score(Candidate.from_row("not json", None, "[1, 2]"), P("Zhamal")) == (0.0, [])
