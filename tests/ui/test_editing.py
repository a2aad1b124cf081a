"""The pure helpers behind the case editor: redaction spans that follow edits, UTF-16 positions,
references dropped with a record, and where a validation problem points."""
from models.editing import (add_redaction, cp_to_utf16, drop_references, edit_between, new_key,
                            problem_location, shift_redactions, shift_span, utf16_to_cp)

TEXT = "My mother Gulnar lives in Xinyuan."
SPAN = [{"start": 10, "end": 16, "reason": "relative"}]  # "Gulnar"


def _marked(text, spans):
    return [text[s["start"]:s["end"]] for s in spans]


def test_span_follows_text_typed_before_it():
    new = "Yesterday my mother Gulnar lives in Xinyuan."
    assert _marked(new, shift_redactions(SPAN, TEXT, "Yesterday m" + TEXT[1:])) == ["Gulnar"]


def test_text_typed_inside_a_span_stays_hidden():
    new = TEXT.replace("Gulnar", "Gulnara")  # a spelling corrected inside the name
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["Gulnara"]
    new = TEXT.replace("Gulnar", "Gul-nar")
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["Gul-nar"]


def test_text_typed_after_a_span_is_not_hidden():
    new = TEXT.replace("Gulnar ", "Gulnar still ")
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["Gulnar"]


def test_span_whose_text_is_deleted_is_gone_and_a_replaced_one_covers_the_replacement():
    assert shift_redactions(SPAN, TEXT, TEXT.replace("Gulnar ", "")) == []
    new = TEXT.replace("mother Gulnar", "aunt Aigul")
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["aunt Aigul"]  # over-hiding, never under


def test_shift_span_edges():
    assert shift_span(10, 16, 16, 0, 3) == (10, 16)   # typed at the end
    assert shift_span(10, 16, 10, 0, 3) == (13, 19)   # typed at the start
    assert shift_span(10, 16, 12, 2, 0) == (10, 14)   # deleted inside
    assert shift_span(10, 16, 8, 4, 0) == (8, 12)     # deletion across the start


def test_edit_between_finds_the_single_change():
    assert edit_between("abcdef", "abXYef") == (2, 2, 2)
    assert edit_between("aaa", "aaaa") == (3, 0, 1)


def test_overlapping_marks_merge_and_keep_both_reasons():
    spans = add_redaction(SPAN, 14, 22, "place")
    assert spans == [{"start": 10, "end": 22, "reason": "relative; place"}]
    assert add_redaction(SPAN, 0, 2, "") == [{"start": 0, "end": 2, "reason": ""}, SPAN[0]]


def test_utf16_positions_of_characters_outside_the_basic_plane():
    text = "𠮷𠮷 Aigul"  # two Han characters of Extension B: two UTF-16 units each
    assert utf16_to_cp(text, 5) == 3
    assert cp_to_utf16(text, 3) == 5
    assert text[utf16_to_cp(text, 5):utf16_to_cp(text, 10)] == "Aigul"


def test_removing_a_person_removes_pointers_to_them():
    case = {"persons": [{"key": "a"}, {"key": "m", "relation": {"to": "a", "kind": "mother"}}],
            "accounts": [{"key": "s", "narrator": "a"}],
            "events": [{"key": "e", "victims": ["a", "m"], "accounts": ["s"], "sources": []}]}
    drop_references(case, "persons", "a")
    assert case["persons"][1]["relation"] is None
    assert case["accounts"][0]["narrator"] is None
    assert case["events"][0]["victims"] == ["m"]
    drop_references(case, "accounts", "s")
    assert case["events"][0]["accounts"] == []


def test_new_keys_are_unused():
    assert new_key([{"key": "person-1"}, {"key": "person-3"}], "person") == "person-2"


def test_problem_location():
    assert problem_location("persons[1].birth_year: not a year") == ("persons", 1, "birth_year")
    assert problem_location("reference: must not be empty") == ("reference", None, None)
    assert problem_location("consent.given_on: no such day") == ("consent", None, "given_on")
    assert problem_location("events[0]: end is before start") == ("events", 0, None)


def test_letters_typed_against_the_start_of_a_name_join_it():
    new = TEXT.replace("Gulnar", "AGulnar")
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["AGulnar"]
    new = TEXT.replace("mother Gulnar", "mother, Gulnar")
    assert _marked(new, shift_redactions(SPAN, TEXT, new)) == ["Gulnar"]
