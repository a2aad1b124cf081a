"""How often ordinary words fold onto names: every word of a word list (default: the Debian
package wamerican's /usr/share/dict/words) against the match keys of 40 common Kazakh and Uyghur
names in all their spellings, endings stripped as the redactor does.

    python -m tests.benchmarks.bench_name_folds [--words FILE]

Prints the count and the words that fold; figures also go to build/bench/name_folds.json.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from models.names import inflected_keys, match_keys, spellings, words

NAMES = ["Bauyrzhan", "Qaisha", "Zhamal", "Сейітқали", "Mehmet", "Тұрсынай", "Aqan", "Serikuly", "Tursun", "Ahmet",
         "Berik", "Nurlan", "Marat", "Gulnar", "Aliya", "Asan", "Erlan", "Kairat", "Dina", "Altay", "Mustafa",
         "Abdurahman", "Gulbahar", "Sayragul", "Kalzhan", "Omir", "Zharqyn", "Dilnur", "Abdulla", "Rahima",
         "Nursultan", "Erbol", "Ainur", "Maral", "Bekzat", "Murat", "Ruslan", "Timur", "Askar", "Dauren"]


def run(word_list: Path) -> dict:
    protected: dict[str, str] = {}
    for name in NAMES:
        for spelling in spellings(name):
            for _, _, w in words(spelling):
                for key in match_keys(w):
                    protected.setdefault(key, name)
    checked, folded = 0, {}
    for line in word_list.read_text(encoding="utf-8", errors="replace").splitlines():
        word = line.strip()
        if not word.isalpha():
            continue
        checked += 1
        hit = next((protected[k] for k in inflected_keys(word) if k in protected), None)
        if hit:
            folded[word] = hit
    return {"names": len(NAMES), "words": checked, "folded": len(folded), "which": folded}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    args = ap.parse_args(argv)
    if not args.words.exists():
        print(f"no word list at {args.words} (apt-get install wamerican); skipped")
        return 0
    r = run(args.words)
    out = Path(__file__).resolve().parents[2] / "build" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "name_folds.json").write_text(json.dumps(r, ensure_ascii=False, indent=2))
    print(f"{r['folded']} of {r['words']} words fold onto one of {r['names']} names: "
          + ", ".join(f"{w} ({n})" for w, n in sorted(r["which"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
