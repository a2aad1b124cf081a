"""Realistic synthetic cases: names in Latin and Cyrillic, narratives of one to three pages, 3-10 events."""
from __future__ import annotations

import random
import uuid

from models import vocab

GIVEN = [("Aqan", "Ақан"), ("Gulnar", "Гүлнар"), ("Erlan", "Ерлан"), ("Saule", "Сәуле"), ("Nurlan", "Нұрлан"),
         ("Aigerim", "Әйгерім"), ("Qairat", "Қайрат"), ("Dina", "Дина"), ("Bakhyt", "Бақыт"), ("Zhanar", "Жанар"),
         ("Serik", "Серік"), ("Aliya", "Әлия"), ("Murat", "Мұрат"), ("Asel", "Әсел"), ("Timur", "Тимур")]
FAMILY = [("Zhumabai", "Жұмабай"), ("Toqtarov", "Тоқтаров"), ("Seitkali", "Сейітқали"), ("Omarova", "Омарова"),
          ("Qasymov", "Қасымов"), ("Abenova", "Әбенова"), ("Nurgali", "Нұрғали"), ("Ospanov", "Оспанов")]
PLACES = ["Xinyuan County", "Gongliu County", "Tekes County", "Nilka County", "Ghulja", "Qapqal County",
          "Chapchal", "Urumqi", "Khorgas", "Zhaosu County", "Toli County", "Emin County", "Shawan County"]
FACILITIES = ["re-education camp", "political training center", "vocational training centre", "party school",
              "detention centre", "prison", "garment factory"]
WORDS = ("we were taken to the camp at night and made to sing the anthem every morning they gave us three steamed "
         "buns a day the guards watched the cells through cameras my mother was called to the police station "
         "and questioned about my phone calls from Kazakhstan we had two hours of sleep and could not see the sun "
         "many people in the cell did not know why they were arrested a woman was taken away and came back in the "
         "morning without a word I signed a paper that I would never speak about the centre").split()
PAGE = 3000  # characters of a page of narrative


def _name(rng):
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    return [{"value": f"{g[0]} {f[0]}", "script": "Latn"}, {"value": f"{g[1]} {f[1]}", "script": "Cyrl"}]


def _text(rng, chars):
    out, n = [], 0
    while n < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
        out.append(sentence)
        n += len(sentence) + 1
    return " ".join(out)


def case_dict(i: int, rng: random.Random) -> dict:
    persons = [{"key": "applicant", "role": "applicant", "names": _name(rng), "birth_year": rng.randint(1950, 2000),
                "identifiers": [{"kind": "passport", "value": f"E{rng.randint(10**7, 10**8 - 1)}"}]}]
    for k in range(rng.randint(1, 3)):
        persons.append({"key": f"relative-{k}", "role": "relative", "names": _name(rng), "at_risk": rng.random() < 0.7,
                        "relation": {"to": "applicant", "kind": rng.choice(["mother", "father", "brother", "sister"])}})
    violations = sorted(vocab.codes(vocab.VIOLATION))
    events = []
    for k in range(rng.randint(3, 10)):
        year = rng.randint(2016, 2021)
        events.append({"key": f"e{k}", "kind": rng.choice(["detention", "arrest", "interrogation", "forced_labor", "threat"]),
                       "victims": ["applicant"], "start": f"{year}-{rng.randint(1, 12):02d}",
                       "place": {"name": rng.choice(PLACES), "country": "CN", "facility": rng.choice(FACILITIES)},
                       "violations": rng.sample(violations, rng.randint(1, 3)), "description": _text(rng, 200),
                       "accounts": ["a1"]})
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "reference": f"GEN-{i:06d}",
        "title": f"Detention in {rng.choice(PLACES)}",
        "status": rng.choice(["open", "open", "closed", "archived"]),
        "opened_on": f"{rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}",
        "tags": rng.sample(["asylum", "testimony", "forced-labour", "extradition", "relatives"], 2),
        "summary": _text(rng, 400),
        "persons": persons,
        "accounts": [{"key": "a1", "narrator": "applicant", "language": "kk", "text": _text(rng, PAGE * rng.randint(1, 3))}],
        "events": events,
        "proceedings": [],
        "sources": [],
        "consent": {"given_on": "2020", "scopes": ["legal_proceedings"]},
    }


def documents(n: int, batch: int = 2000, seed: int = 1):
    """Interchange documents of up to ``batch`` cases each, n cases in all, always the same for a seed."""
    rng = random.Random(seed)
    for start in range(0, n, batch):
        yield {"format": "casefile-interchange", "version": 1,
               "cases": [case_dict(i, rng) for i in range(start, min(n, start + batch))]}
