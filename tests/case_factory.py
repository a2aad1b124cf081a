"""Realistic test cases modelled on the seed articles (RFA 2021, ChinaAid 2018, Aisha's account).

The protected people are invented; the public figures (a World Uyghur Congress spokesman, a
Kazakh scholar) are the kind who speak in their own name. Names come in Latin, Cyrillic,
Arabic-script Uyghur and Chinese, as caseworkers record them.
"""
from __future__ import annotations

import copy
import random
import uuid

from models.interchange import Case, validate_case

APPLICANT = {"Latn": "Dina Aqanqyzy", "Cyrl": "Дина Ақанқызы"}
FATHER = {"Latn": "Aqan Serikuly", "Cyrl": "Ақан Серікұлы", "Hans": "阿汗·谢热克"}
WITNESS = {"Latn": "Mehmet Tursun", "Arab": "مەخمەت تۇرسۇن", "Hans": "买买提·吐尔逊"}
COUSIN = {"Latn": "Zhang Liwei", "Hans": "张立伟"}
SPOKESMAN = "Dilxat Raxit"
SCHOLAR = "Reis Khan"

PASSPORT = "E62931457"
CN_ID = "654021198001011234"
IIN = "800101400123"
PHONE = "+7 701 555 0143"
EMAIL = "dina.aqan@example.org"
STREET = "14 Abai Avenue, Almaty, Kazakhstan"

NARRATIVE = [
    "I was born in Xinyuan County in the Ili Kazakh Autonomous Prefecture. My father Aqan Serikuly "
    "still lives there with my mother in Tasqoram village.",
    "In October 2017 I was taken to a re-education camp. Aqan's neighbours told him not to ask where I was.",
    "Менің әкем Ақан Серікұлы ауылда қалды. Ақанның телефоны тыңдалады. Әкемнің аты ешкімге айтылмасын.",
    "A woman called Mehmet Tursun's sister was taken from our cell about 9.00 p.m. one night. "
    "Tursun later told me the guards beat her. The Uyghur witness signs his name مەخمەت تۇرسۇن. "
    "مەخمەت تۇرسۇننىڭ ئايالى لاگېردا.",
    "My cousin 张立伟 worked at the camp gate; Zhang's badge number was 4471.",
    "Before I fled my ID card number was 654021 19800101 1234 and my IIN in Kazakhstan is 800101400123. "
    "My passport E62931457 was kept by the police.",
    "You can reach me on +7 701 555 0143 or dina.aqan@example.org; my father's number is 138-0013-8000.",
    "Dilxat Raxit of the World Uyghur Congress spoke about the camps, and the scholar Reis Khan said "
    "Muslims were forced to eat pork in Nilek county.",
    "I crossed the border at Khorgas in September 2018 and reached Almaty, Kazakhstan.",
]


def case_dict(**changes) -> dict:
    """A hearing case as an interchange dict; keyword arguments replace top-level fields."""
    text = "\n".join(NARRATIVE)
    marked = "Tasqoram village"
    start = text.index(marked)
    d = {
        "id": "6f1c7a52-3f0e-4c47-9d53-0a8e2b1d9c11",
        "reference": "ALM-2018-017",
        "title": "Asylum appeal of Dina Aqanqyzy after illegal border crossing",
        "status": "open",
        "opened_on": "2018-11-05",
        "tags": ["asylum", "border-crossing"],
        "summary": ("Dina Aqanqyzy, a Kazakh from Xinyuan County, was held in a re-education camp from October 2017 "
                    "to September 2018. Her father Aqan Serikuly (Ақан Серікұлы) remains in Xinjiang and has been "
                    "threatened. The witness Mehmet Tursun (مەخمەت تۇرسۇن) shared her cell block."),
        "persons": [
            {"id": "0b1e1f0e-0000-4000-8000-000000000001", "key": "applicant", "role": "applicant",
             "names": [{"value": APPLICANT["Latn"], "script": "Latn"}, {"value": APPLICANT["Cyrl"], "script": "Cyrl"}],
             "gender": "female", "birth_year": 1980, "birth_date": "1980-01-01", "ethnicity": "Kazakh",
             "citizenship": ["CN", "KZ"],
             "identifiers": [{"kind": "passport", "value": PASSPORT}, {"kind": "national_id", "value": CN_ID},
                             {"kind": "national_id", "value": IIN}, {"kind": "phone", "value": PHONE},
                             {"kind": "email", "value": EMAIL}, {"kind": "address", "value": STREET}],
             "whereabouts": "Almaty, Kazakhstan", "at_risk": False, "public_figure": False},
            {"id": "0b1e1f0e-0000-4000-8000-000000000002", "key": "father", "role": "relative",
             "names": [{"value": v, "script": s} for s, v in FATHER.items()],
             "birth_year": 1948, "whereabouts": "Xinyuan County, Xinjiang",
             "relation": {"to": "applicant", "kind": "father"}, "at_risk": True},
            {"id": "0b1e1f0e-0000-4000-8000-000000000003", "key": "witness", "role": "witness",
             "names": [{"value": v, "script": s} for s, v in WITNESS.items()],
             "birth_year": 1975, "whereabouts": "Istanbul, Turkey", "at_risk": True},
            {"id": "0b1e1f0e-0000-4000-8000-000000000004", "key": "cousin", "role": "relative",
             "names": [{"value": v, "script": s} for s, v in COUSIN.items()],
             "whereabouts": "Ghulja, Xinjiang", "relation": {"to": "applicant", "kind": "cousin"}, "at_risk": True},
            {"id": "0b1e1f0e-0000-4000-8000-000000000005", "key": "spokesman", "role": "advocate",
             "names": [{"value": SPOKESMAN, "script": "Latn"}], "public_figure": True},
            {"id": "0b1e1f0e-0000-4000-8000-000000000006", "key": "scholar", "role": "other",
             "names": [{"value": SCHOLAR, "script": "Latn"}], "public_figure": True},
        ],
        "accounts": [
            {"id": "0b1e1f0e-0000-4000-8000-0000000000a1", "key": "statement-1", "narrator": "applicant",
             "recorded_on": "2018-11-10", "language": "en", "interviewer": "GK", "text": text,
             "translation_of": "statement-kk",
             "redactions": [{"start": start, "end": start + len(marked), "reason": "identifies a relative"}]},
            {"id": "0b1e1f0e-0000-4000-8000-0000000000a2", "key": "statement-kk", "narrator": "applicant",
             "recorded_on": "2018-11-10", "language": "kk", "interviewer": "GK", "text": NARRATIVE[2]},
            {"id": "0b1e1f0e-0000-4000-8000-0000000000a3", "key": "witness-1", "narrator": "witness",
             "recorded_on": "2019-03", "language": "ug", "interviewer": "AS",
             "text": ("I am Mehmet Tursun. I shared the cell block with Dina in Xinyuan County.\n"
                      "مەن مەخمەت تۇرسۇن. مەن دىنا بىلەن بىر لاگېردا ئىدىم.\n"
                      "They limited us to two hours of sleep each night.")},
        ],
        "events": [
            {"key": "detention-1", "kind": "detention", "victims": ["applicant"], "start": "2017-10", "end": "2018-09",
             "place": {"name": "Xinyuan County", "admin": "Ili Kazakh Autonomous Prefecture", "country": "CN",
                       "facility": "re-education camp"},
             "violations": ["arbitrary_detention", "forced_indoctrination"],
             "description": "Held with a dozen women in one cell; Mehmet Tursun was in the next block.",
             "accounts": ["statement-1", "witness-1"], "sources": ["rfa-2021"]},
            {"key": "threat-1", "kind": "threat", "victims": ["father"], "start": "2019-02-14",
             "place": {"name": "Xinyuan County", "country": "CN"},
             "violations": ["threats_to_relatives"],
             "description": "Police visited Aqan Serikuly and told him his daughter must return. Ақанның үйі тінтілді.",
             "accounts": ["statement-1"]},
            {"key": "border-1", "kind": "border_crossing", "victims": ["applicant"], "start": "2018-09",
             "place": {"name": "Khorgas", "country": "CN"}, "violations": ["travel_restriction"],
             "description": "Crossed to Kazakhstan without an exit permit.", "accounts": ["statement-1"]},
            {"key": "forced-labour", "kind": "forced_labor", "victims": ["cousin"], "start": "2018",
             "place": {"name": "Nilek county", "country": "CN", "facility": "entrepreneurial center"},
             "violations": ["forced_labor"], "description": "张立伟 was sent to make clothes.", "accounts": []},
        ],
        "proceedings": [
            {"kind": "asylum_appeal", "forum": "First-tier Tribunal (Immigration and Asylum Chamber)",
             "country": "GB", "date": "2019-06-03", "status": "pending", "notes": "Appeal against refusal."},
        ],
        "sources": [
            {"key": "rfa-2021", "kind": "media", "title": "Kazakhs Speak Out About Rape in China's Xinjiang Camps",
             "publisher": "Radio Free Asia", "date": "2021-02-10", "url": "https://www.rfa.org/english/news/uyghur/rape-02102021.html"},
            {"key": "chinaaid-2018", "kind": "media", "title": "Kazakh prisoner risks life to expose atrocities",
             "publisher": "ChinaAid", "date": "2018-06-04"},
            {"key": "family-letter", "kind": "letter", "title": "Letter from Aqan Serikuly to his daughter",
             "date": "2019-01"},
        ],
        "consent": {"given_on": "2018-11-10", "scopes": ["legal_proceedings", "publish_anonymized"],
                    "withdrawn_on": None, "notes": "Oral consent, interpreter present."},
    }
    d.update(changes)
    return d


def make_case(**changes) -> Case:
    return validate_case(case_dict(**changes))


def scaled_case(events: int = 200, accounts: int = 20, seed: int = 7) -> Case:
    """A large case for the benchmark: about 40 pages of hearing bundle at full scale."""
    rnd = random.Random(seed)
    d = case_dict()
    base_events = d["events"]
    kinds = ["detention", "interrogation", "threat", "surveillance", "arrest", "forced_labor", "release"]
    d["events"] = []
    for i in range(events):
        e = copy.deepcopy(base_events[i % len(base_events)])
        e["key"] = f"event-{i}"
        e["kind"] = kinds[i % len(kinds)]
        year, month = 2016 + i // 60, 1 + (i // 5) % 12
        e["start"] = f"{year}-{month:02d}" if i % 3 else f"{year}-{month:02d}-{1 + i % 28:02d}"
        e.pop("end", None)
        e["description"] = " ".join(rnd.sample(NARRATIVE, 2))[:330]
        d["events"].append(e)
    d["accounts"] = d["accounts"][:2]
    for i in range(accounts - 2):
        paras = rnd.sample(NARRATIVE, 8)
        d["accounts"].append({"key": f"witness-{i + 1}", "narrator": "witness", "recorded_on": "2019-03",
                              "language": "en", "text": "\n".join(paras)})
    keys = {a["key"] for a in d["accounts"]}
    for e in d["events"]:
        e["accounts"] = [k for k in e["accounts"] if k in keys]
    d["id"] = str(uuid.UUID(int=rnd.getrandbits(128)))
    return validate_case(d)
