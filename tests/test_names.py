"""The name model (models/names.py): scripts, spellings, word keys, endings, words, Chinese spans."""
from __future__ import annotations

import pytest

from models.names import (detect_script, han_spans, key_token, match_keys, name_script, same_name, spellings, strip_endings,
                          word_key, word_skeleton, words)


@pytest.mark.parametrize("text, script", [
    ("Бауыржан", "Cyrl"), ("Qaisha", "Latn"), ("Qayşa", "Latn"), ("قايشا", "Arab"), ("加玛丽", "Hani"),
    ("Qaishа", "Latn"), ("1982", "Zyyy"), ("", "Zyyy"),
])
def test_detect_script_from_the_letters(text, script):
    assert detect_script(text) == script


@pytest.mark.parametrize("text, code", [
    ("Бауыржан", "Cyrl"), ("Qaisha", "Latn"), ("مەخمەت", "Arab"), ("张立伟", "Hans"), ("張立偉", "Hant"),
    ("王建国", "Hans"), ("加玛丽", "Hans"), ("1982", None), ("Ἀλέξανδρος", None),
])
def test_name_script_gives_a_code_of_the_vocabulary(text, code):
    assert name_script(text) == code


@pytest.mark.parametrize("recorded, spelling", [
    ("Бауыржан", "Bauyrzhan"), ("Бауыржан", "Bauyrjan"), ("Бауыржан", "Бауржан"),
    ("Қайша", "Qaisha"), ("Қайша", "Кайша"), ("Қайша", "Qaişa"),
    ("Сейітқали", "Сейткали"), ("Сейітқали", "Seyitqali"),
    ("قايشا", "Qaysha"), ("تۇرسۇن", "Tursun"), ("مەخمەت", "Mekhmet"), ("مەخمەت", "Mexmet"),
    ("Qaisha", "Қайша"), ("Aibek", "Айбек"), ("Berik", "Берик"), ("Ерлан Ержанұлы", "Yerlan Yerzhanuly"),
])
def test_spellings_include_transliterations(recorded, spelling):
    assert spelling in spellings(recorded)


def test_spellings_keep_the_recorded_name_and_chinese_in_both_forms():
    assert spellings("  王建国 ") == {"王建国", "王建國"}
    assert spellings("張立偉") == {"张立伟", "張立偉"}
    assert "Ақан Серікұлы" in spellings("Ақан Серікұлы")
    assert spellings("") == set()


@pytest.mark.parametrize("name, word", [
    ("Бауыржан", "Бауржан"), ("Бауыржан", "Baurzhan"), ("Бауыржан", "Bauirzhan"), ("Бауыржан", "BAUYRZHAN"),
    ("Qaisha", "Kaisha"), ("Qaisha", "Qayşa"), ("Qaisha", "Кайша"), ("Qaisha", "qaisha"),
    ("Zhamal", "Jamal"), ("Сейітқали", "Сейткали"), ("Qaisha", "QAİSHA"), ("Qaisha", "Ｑａｉｓｈａ"),
    ("Qaisha", "Qαisha"), ("Bauyrzhan", "Bauyr\u00adzhan"), ("Дәулет", "Dawlet"), ("Дәулет", "Davlet"),
    ("Бауыржан", "باۋىرجان"), ("Бауыржан", "Bauy'rjan"), ("Aqsu", "Aqsudağy"), ("Ақсу", "Ақсудағы"),
    ("تۇرسۇن", "تۇرسۇنمۇ"), ("Aqan", "Aqanqyzy"), ("Aqan", "Aqanulynyng"), ("Ақан", "Аканов"), ("Serik", "Serikova"),
    ("Ақан", "Ақанқызы"), ("تۇرسۇن", "تۇرسۇن قىزى".replace(" ", "")), ("Ерлан", "Yerlan"), ("Yerzhan", "Ержан"), ("Мәһмәт", "Mehmet"), ("Әсел", "Assel"),
    ("Gulnar", "Гульнара"), ("Жәнібек", "Джанибек"), ("Мұхтар", "Mukhtar"), ("Җамал", "Zhamal"), ("Mehmet", "Memet"), ("Mehmet", "Mexmet"),
    ("Тұрсынай", "Tursunay"), ("Tursunay", "Тұрсынай"), ("مەخمەت", "Mehmet"), ("تۇرسۇن", "Tursun"),
    ("Жамал", "Zhamal"), ("Qaisha", "Qaishа"),            # the last 'а' is Cyrillic
    ("Aqsu", "Aqsuda"), ("Aqsu", "Aqsudan"), ("Ақан", "Ақанның"), ("Aqan", "Aqan's"), ("Aqan", "Aqan’s"),
    ("تۇرسۇن", "تۇرسۇننىڭ"), ("Aqan", "Aqannyng"), ("Berik", "Берикке"), ("Асан", "Асаном"),
])
def test_same_name_across_scripts_spellings_and_endings(name, word):
    assert same_name(name, word)


@pytest.mark.parametrize("name, word", [
    ("Marat", "merit"), ("Aqan", "akin"), ("Aqan", "Aqanbek"), ("Berik", "brake"), ("Tursunay", "torsion"),
    ("Zhamal", "small"), ("Qaisha", "Kazakh"), ("Mehmet", "met"), ("Бауыржан", "бурый"), ("Aqsu", "ask"),
    ("Nurlan", "Nursultan"), ("Serik", "series"), ("Aliya", "alley"), ("Tursun", "Tursunay"),
])
def test_ordinary_words_and_other_names_do_not_fold_onto_a_name(name, word):
    assert not same_name(name, word)


def test_word_key_and_skeleton_values():
    assert word_key("Qayşa") == "kaisa"
    assert word_key("Бауыржан") == "bauirjan"
    assert word_skeleton("Бауыржан") == "b*rj*n"
    assert word_skeleton("Marat") is None           # fewer than four consonants: no loose match
    assert match_keys("") == frozenset()
    assert sorted(map(key_token, match_keys("Бауржан"))) == ["kbaurjan", "sb0rj0n"]
    assert match_keys("a" * 65) == frozenset() and match_keys("a" * 64)   # bounded work per word


def test_strip_endings():
    assert "Ақан" in strip_endings("Ақанның")
    assert "Aqsu" in strip_endings("Aqsudan")
    assert "Aqan" in strip_endings("Aqan's")
    assert "Aqan" in strip_endings("Aqanulynyng")      # patronymic, then genitive
    assert "تۇرسۇن" in strip_endings("تۇرسۇننىڭ")
    assert "Асан" in strip_endings("Асаном")
    assert strip_endings("Ali") == {"Ali"}          # stems keep three letters
    assert "Tursun" not in strip_endings("Tursunay")   # two one-letter endings are a different name
    assert "Ақан" in strip_endings("Ақанның")


def _w(text):
    return [w for _, _, w in words(text)]


def test_words_wherever_they_stand():
    assert _w("IMG_Qaisha_school_2018.jpg") == ["IMG", "Qaisha", "school", "jpg"]
    assert _w("mother_zhamal_hukou.jpg") == ["mother", "zhamal", "hukou", "jpg"]
    assert _w("IMG_20170412_Mehmet.jpg") == ["IMG", "Mehmet", "jpg"]
    assert _w("passport_Жамал.pdf") == ["passport", "Жамал", "pdf"]
    assert _w("nurlan.t@mail.kz") == ["nurlan", "t", "mail", "kz"]
    assert _w("camelCase IMGQaisha") == ["camel", "Case", "IMG", "Qaisha"]
    assert _w("https://wa.me/BerikSerikuly?x=1") == ["https", "wa", "me", "Berik", "Serikuly", "x"]
    assert _w("Aqan's father") == ["Aqan's", "father"]
    assert _w("ئەخمەتنىڭ ئۆيى") == ["ئەخمەتنىڭ", "ئۆيى"]
    assert _w("Bauyr\u00adzhan Qai\u200bsha") == ["Bauyr\u00adzhan", "Qai\u200bsha"]   # soft hyphen, zero width


def test_word_offsets_index_the_text():
    text = "see IMG_Qaisha.jpg"
    assert [(s, e) for s, e, w in words(text) if w == "Qaisha"] == [(8, 14)]


def test_han_spans_ignore_spaces_and_middle_dots_and_keep_the_clause():
    assert han_spans("负责人王建国说", "王建国") == [(3, 6)]
    assert han_spans("证人加 玛 丽说", "加玛丽") == [(2, 7)]
    assert han_spans("买 买 提 · 吐 尔 逊来了", "买买提·吐尔逊") == [(0, 13)]
    assert han_spans("买买提\n吐尔逊", "买买提・吐尔逊") == [(0, 7)]
    assert han_spans("王建", "王建国") == []
    assert han_spans("abc", "Bauyrzhan") == []


def test_fold_benchmark_runs_on_a_small_word_list(tmp_path):
    from tests.benchmarks import bench_name_folds
    words_file = tmp_path / "words"
    words_file.write_text("merit\nakin\nJamal\ntorsion\nsmall\nbrake\nO'Neil\n", encoding="utf-8")
    r = bench_name_folds.run(words_file)
    assert (r["words"], r["which"]) == (6, {"Jamal": "Zhamal", "torsion": "Tursun"})
