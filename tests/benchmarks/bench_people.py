"""People across cases at scale: suggested links for one person, the whole suggestion pass, and the
People list's first page against the case list's.

    python -m tests.benchmarks.bench_people [--cases 100000] [--samples 200] [--keep DIR]

The store is built in bulk: case rows and documents inserted in batches of 1,000, and every derived
row (full-text index, facets, person_index with its facts, person_name_key) written by the path a
save or a re-index takes, storage.cases.write_derived. Cases are generated here, not by
generate.py, whose 15 given names and 8 surnames would make 2,500 persons of every full name:
given names and fathers' names are drawn from 119 and 60 real Kazakh and Uyghur names with a
skewed (Zipf) frequency, surnames are made from a father's name (-ov/-ova, -uly/-qyzy, or as it
is), most persons also carry the Cyrillic spelling, and about one case in seven names again a
person of an earlier case, spelled another way (zh/j, q/k, kh/h, Cyrillic only, words in another
order), with the same birth year, one year off or none. Those planted pairs
give the share of true links found (in the top three of ``suggestions_for``, and in the pass).
Baselines in the same run: the case list's first page (storage.cases.list_cases) against the
People list's (storage.people.list_people). Targets (issue 17): suggestions for one person
under 200 ms, the whole pass under 5 minutes, the People list as fast as the case list.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, text

from models import names
from models.interchange import validate_case
from models.tables import CaseDocument, CaseRow
from storage import cases, people, people_suggest
from storage.store import DBFILE, Store

PASSPHRASE = "benchmark passphrase, not a secret"
MALE = ("Nurlan Serik Erlan Qairat Murat Bauyrzhan Aqan Dauren Marat Asqar Berik Daniyar Yerzhan Talgat Zhandos "
        "Arman Bolat Ermek Kanat Mukhtar Nurbol Olzhas Rustem Sanzhar Temirlan Ualikhan Abdurehim Abdukerim Memet "
        "Tursun Ablimit Ehmet Qurban Yasin Ilham Erkin Omer Perhat Dilshat Ghalip Batur Mirzat Nurmemet Kamil Adil "
        "Askhat Galym Zhanibek Baqytzhan Quanysh Sayat Serikbol Erbol Amanzhol Beibit Orynbai Qydyrbai Zhaqsylyq "
        "Saken Duisen").split()
FEMALE = ("Zhamal Gulnar Aigerim Saule Dina Zhanar Aliya Asel Gulzira Sayragul Tursunay Mihrigul Qaisha Zeynep "
          "Patigul Gulbakhar Aynur Dilnaz Madina Raikhan Gulmira Bakhytgul Kulyash Roza Zamira Nazgul Ainur Gulnur "
          "Aisulu Zhuldyz Meruyert Ayzhan Dana Botagoz Gaukhar Akmaral Rahile Gulshan Nurgul Mahire Ayshem Buzeynep "
          "Rabiya Gulbahar Hasiyet Mehrigul Arailym Balzhan Dariga Elmira Gulsim Kamshat Lazzat Moldir Nargiz "
          "Sholpan Togzhan Ulzhan Zhibek").split()
KINDS = ("mother", "father", "brother", "sister")


_WEIGHTS = {}


def _zipf(rng, pool):
    # a few names are very common, most are not (as in a real list of names): weight 1/rank^0.6
    cum = _WEIGHTS.get(id(pool))
    if cum is None:
        total, cum = 0.0, []
        for rank in range(1, len(pool) + 1):
            total += rank ** -0.6
            cum.append(total)
        _WEIGHTS[id(pool)] = cum
    return rng.choices(pool, cum_weights=cum)[0]


def _cyrillic(latin: str) -> str:
    return sorted(s for s in names.spellings(latin) if names.detect_script(s) == "Cyrl")[0]


def _full(rng, female: bool) -> str:
    given, father = _zipf(rng, FEMALE if female else MALE), _zipf(rng, MALE)
    form = rng.random()
    if form < 0.4:
        family = father + ("ova" if female else "ov")
    elif form < 0.8:
        family = father + ("qyzy" if female else "uly")
    else:
        family = father
    return f"{given} {family}"


def _variant(rng, name: str) -> list[dict]:
    """The same name as another caseworker wrote it."""
    how = rng.randrange(4)
    if how == 0:
        return [{"value": _cyrillic(name), "script": "Cyrl"}]
    if how == 1:
        return [{"value": " ".join(reversed(name.split())), "script": "Latn"}]
    swaps = (("Zh", "J"), ("zh", "j"), ("q", "k"), ("Q", "K"), ("kh", "h"), ("y", "i"))
    out = name
    for a, b in rng.sample(swaps, 3):
        out = out.replace(a, b)
    return [{"value": out, "script": "Latn"}]


def _person(rng, key, role, female, year, relation=None, name=None) -> dict:
    name = name or _full(rng, female)
    values = [{"value": name, "script": "Latn"}]
    if rng.random() < 0.6:
        values.append({"value": _cyrillic(name), "script": "Cyrl"})
    p = {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "key": key, "role": role, "names": values,
         "birth_year": year, "at_risk": role == "relative" and rng.random() < 0.5}
    if relation:
        p["relation"] = {"to": "applicant", "kind": relation}
    return p


def case_dict(i: int, rng: random.Random, earlier: list[dict], planted: list[tuple[str, str]]) -> dict:
    female = rng.random() < 0.5
    persons = [_person(rng, "applicant", "applicant", female, rng.randint(1950, 2002))]
    for k in range(rng.randint(1, 3)):
        kind = rng.choice(KINDS)
        persons.append(_person(rng, f"relative-{k}", "relative", kind in ("mother", "sister"),
                               rng.randint(1925, 1980) if rng.random() < 0.5 else None, kind))
    if earlier and rng.random() < 0.15:     # a person of an earlier case, told of again
        old = rng.choice(earlier)
        k = rng.randrange(len(persons))
        year = old["birth_year"]
        year = rng.choice([year, year, year, year + 1 if year else None, None])
        again = dict(persons[k], names=_variant(rng, old["names"][0]["value"]), birth_year=year)
        persons[k] = again
        planted.append((old["id"], again["id"]))
    if len(earlier) < 20_000:
        earlier.append(rng.choice(persons))
    elif rng.random() < 0.05:
        earlier[rng.randrange(len(earlier))] = rng.choice(persons)
    place = rng.choice(["Tekes County", "Nilka County", "Xinyuan County", "Ghulja", "Qapqal County", "Toli County"])
    return {"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "reference": f"PPL-{i:06d}",
            "title": f"Detention in {place}", "status": rng.choice(["open", "open", "closed"]),
            "opened_on": f"{rng.randint(2017, 2024)}-{rng.randint(1, 12):02d}", "tags": [], "summary": "",
            "persons": persons, "accounts": [],
            "events": [{"key": "e1", "kind": "detention", "victims": ["applicant"], "start": "2018",
                        "place": {"name": place, "country": "CN", "facility": "re-education camp"}}],
            "proceedings": [], "sources": [], "consent": None}


def build(n_cases: int, store_path: Path, seed: int = 17) -> tuple[float, list[tuple[str, str]]]:
    """A store of n generated cases; (seconds, planted pairs of person ids)."""
    store, _ = Store.create(store_path, PASSPHRASE, check_strength=False)
    rng, earlier, planted = random.Random(seed), [], []
    t0 = time.perf_counter()
    now = "2026-01-01T00:00:00+00:00"
    for start in range(0, n_cases, 1000):
        batch = [validate_case(case_dict(i, rng, earlier, planted)) for i in range(start, min(n_cases, start + 1000))]
        rows = [{"pk": start + j + 1, "id": c.id, "reference": c.reference, "title": c.title, "status": c.status,
                 "applicant": c.applicant().display_name(), "has_at_risk": any(p.at_risk for p in c.persons),
                 "opened_on": c.opened_on, "created_at": now, "updated_at": now, "pseudonyms": "{}"}
                for j, c in enumerate(batch)]
        docs = [{"case_pk": start + j + 1, "document": json.dumps(c.model_dump(mode="json"), ensure_ascii=False)}
                for j, c in enumerate(batch)]
        with store.write() as s:
            s.execute(insert(CaseRow), rows)
            s.execute(insert(CaseDocument), docs)
            cases.write_derived(s, [(start + j + 1, c) for j, c in enumerate(batch)])
    seconds = time.perf_counter() - t0
    store.close()
    return seconds, planted


def _pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def _ms(x: float) -> float:
    return round(x * 1000, 1)


def _first_pages(s, rounds: int = 7) -> dict:
    """The first page of each list, interleaved so that machine noise falls on both alike."""
    out = {}
    for label, case_q, people_text in (("all", cases.CaseQuery(), ""),
                                       ("search 'Nurlan'", cases.CaseQuery(text="Nurlan"), "Nurlan")):
        case_t, people_t = [], []
        cases.list_cases(s, case_q, 0, 100), people.list_people(s, people_text, 0, 100)    # warm-up
        for _ in range(rounds):
            t = time.perf_counter()
            cases.list_cases(s, case_q, 0, 100)
            case_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            people.list_people(s, people_text, 0, 100)
            people_t.append(time.perf_counter() - t)
        out[label] = {"case_list_ms": _ms(statistics.median(case_t)), "people_list_ms": _ms(statistics.median(people_t)),
                      "ratio": round(statistics.median(people_t) / statistics.median(case_t), 2)}
    return out


def run(n_cases: int, workdir: Path, samples: int = 200, store_path: Path | None = None) -> dict:
    load_before = os.getloadavg()
    build_s, planted = None, None
    store_path = store_path or workdir / "store"
    if not (store_path / DBFILE).exists():
        build_s, planted = build(n_cases, store_path)
        (store_path.parent / f"{store_path.name}.planted.json").write_text(json.dumps(planted))
    else:
        planted = json.loads((store_path.parent / f"{store_path.name}.planted.json").read_text())
    keyfile, key = Store.unlock(store_path, passphrase=PASSPHRASE)
    store = Store.open_unlocked(store_path, keyfile, key)
    rng = random.Random(2)
    with store.read() as s:
        persons = s.execute(text("SELECT count(*) FROM person_index")).scalar_one()
        key_rows = s.execute(text("SELECT count(*) FROM person_name_key")).scalar_one()
        all_ids = [r[0] for r in s.execute(text("SELECT person_id FROM person_index"))]
        sample = rng.sample(all_ids, min(samples, len(all_ids)))
        people_suggest.suggestions_for(s, sample[0])        # warm-up (caches, pages)
        one = []
        for pid in sample:
            t = time.perf_counter()
            people_suggest.suggestions_for(s, pid)
            one.append(time.perf_counter() - t)
        planted_sample = rng.sample(planted, min(samples, len(planted)))
        top3 = sum(any(x.b.person_id == b for x in people_suggest.suggestions_for(s, a, limit=3))
                   for a, b in planted_sample)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        found = people_suggest.all_suggestions(s)
        pass_s = time.perf_counter() - t
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        pairs = {frozenset((x.a.person_id, x.b.person_id)) for x in found}
        pass_recall = sum(frozenset(p) in pairs for p in planted)
        pages = _first_pages(s)
    store.close()
    result = {
        "cases": n_cases, "persons": persons, "person_name_key_rows": key_rows,
        "build_seconds": round(build_s, 1) if build_s else None,
        "suggestions_for_ms": {"median": _ms(statistics.median(one)), "p95": _ms(_pct(one, 95)),
                               "max": _ms(max(one)), "persons_sampled": len(one)},
        "planted_pairs": len(planted),
        "planted_in_top3_of_suggestions_for": f"{top3}/{len(planted_sample)}",
        "all_suggestions": {"seconds": round(pass_s, 1), "suggestions": len(found),
                            "planted_found": f"{pass_recall}/{len(planted)}",
                            "peak_rss_mb_before": round(rss_before / 1024), "peak_rss_mb_after": round(rss_after / 1024)},
        "first_page": pages,
        "load_average": {"before": [round(x, 2) for x in load_before], "after": [round(x, 2) for x in os.getloadavg()]},
        "cpus": os.cpu_count(),
    }
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--out", type=Path, default=Path("build/bench/people.json"))
    ap.add_argument("--keep", type=Path, metavar="DIR",
                    help="keep the generated store in DIR, or measure the one already there (no build time)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as d:
        result = run(args.cases, Path(d), args.samples, args.keep)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
