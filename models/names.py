"""One name model for search and redaction: scripts, transliterations, word keys, endings, words.

The rule a user can state: *two spellings are the same name when their word keys agree* —
search finds a person by it and redaction removes every word a protected name agrees with.

Two words agree (``same_name``) when, after ``strip_endings``, either
- their **loose keys** are equal (``word_key``): transliterated to Latin (anyascii; Uyghur Arabic
  script by the ULY table below), lower case, ``zh/dzh -> j``, ``kh -> h``, ``gh -> g``,
  ``sh/ş/x -> s`` (and ``x -> kh``, Uyghur Latin, as a second key), ``ch/ts -> c``, ``q -> k``,
  ``w -> v`` (but ``u`` for ``w`` after a vowel and ``v`` between a vowel and a consonant),
  ``y -> i``, an initial ``ye -> e``, ``h`` dropped after the first letter, doubled letters single
  (``ә``/``ä`` and ``x`` are read both ways, as two keys). So ``Qaisha = Kaisha =
  Qayşa = Кайша``, ``Zhamal = Jamal``, ``Mehmet = Memet = Mexmet``, ``Сейітқали = Сейткали``; or
- their **skeletons** are equal (``word_skeleton``): the loose key with every run of vowels written
  as ``*`` (a leading vowel kept), only for keys with four consonants or more. So vowels may be
  dropped, doubled or differ (``Бауыржан = Бауржан = Baurzhan = Bauirzhan``, ``Тұрсынай =
  Tursunay``) while the consonants, their order and the number of syllables stay. Short words
  never match by skeleton, so ``merit`` does not fold onto ``Marat`` nor ``akin`` onto ``Aqan``.

Pure: no Qt, no store.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from models.text_cache import text_cache

# --- scripts ---------------------------------------------------------------------------------

_SCRIPT_OF = (  # (first, last, ISO 15924)
    (0x0041, 0x024F, "Latn"), (0x1E00, 0x1EFF, "Latn"), (0x0400, 0x052F, "Cyrl"),
    (0x0600, 0x06FF, "Arab"), (0x0750, 0x077F, "Arab"), (0x08A0, 0x08FF, "Arab"),
    (0xFB50, 0xFDFF, "Arab"), (0xFE70, 0xFEFF, "Arab"), (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"), (0xF900, 0xFAFF, "Hani"), (0x20000, 0x2FFFF, "Hani"),
    (0x0370, 0x03FF, "Grek"),
)


def char_script(ch: str) -> str | None:
    """The ISO 15924 script of one letter, None for anything else (digits, marks, punctuation)."""
    if not ch.isalpha():
        return None
    o = ord(ch)
    if o < 0x80:
        return "Latn"
    for lo, hi, script in _SCRIPT_OF:
        if lo <= o <= hi:
            return script
    return "Zyyy"


def detect_script(text: str) -> str:
    """The script most letters of ``text`` are written in (ISO 15924: Latn, Cyrl, Arab, Hani, Grek);
    'Zyyy' when there are no letters or they are of another script."""
    if text.isascii():
        return "Latn" if any(c.isalpha() for c in text) else "Zyyy"
    counts: dict[str, int] = {}
    for ch in text:
        s = char_script(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    return max(counts, key=counts.get) if counts else "Zyyy"


def is_han(ch: str) -> bool:
    return char_script(ch) == "Hani"


@lru_cache(maxsize=2)
def _opencc(config: str):
    import opencc     # loaded on first use: most names have no Chinese
    return opencc.OpenCC(config)


def name_script(text: str) -> str | None:
    """The script code of the case vocabulary for a name, read from its letters: Latn, Cyrl, Arab,
    Hans or Hant (Chinese with a character that simplified Chinese writes otherwise, by OpenCC);
    None when the name has no letters or they are of another script."""
    script = detect_script(text)
    if script == "Hani":
        chars = "".join(c for c in text if is_han(c))
        return "Hant" if _opencc("t2s").convert(chars) != chars else "Hans"
    return script if script in ("Latn", "Cyrl", "Arab") else None


# --- transliteration tables (small, documented) ----------------------------------------------

# Uyghur (and Xinjiang Kazakh) Arabic script -> Uyghur Latin (ULY, 2006; خ as passport 'kh' where
# ULY writes 'x'). anyascii reads these letters as Arabic and drops the vowels Uyghur writes out
# (قايشا -> 'qysh').
_ULY = {
    "ا": "a", "ە": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch", "خ": "kh", "د": "d",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "گ": "g", "ڭ": "ng", "ل": "l", "م": "m", "ن": "n", "ھ": "h", "ه": "h", "و": "o", "ۇ": "u", "ۆ": "ö",
    "ۈ": "ü", "ۋ": "w", "ې": "ë", "ى": "i", "ي": "y", "ئ": "", "ء": "", "ـ": "", "ٴ": "",
    "ی": "y", "ک": "k", "ة": "e",     # Persian and Arabic letters typed for Uyghur ones
}

# Kazakh Cyrillic letters that Latin spellings write in more than one way. Passport (English-style)
# spelling is anyascii's; the informal Kazakh Latin used online writes ж as j, қ as q, ғ as g.
_KZ_INFORMAL = {"ж": "j", "ғ": "g", "ң": "ng", "ә": "a", "ө": "o", "ұ": "u", "ү": "u", "і": "i",
                "ы": "y", "қ": "q", "һ": "h", "й": "i", "х": "h", "ш": "sh", "щ": "sh", "ч": "ch", "ц": "ts"}
# The official Kazakh Latin alphabet of 2021.
_KZ_2021 = {"ж": "j", "ғ": "ğ", "ң": "ñ", "ә": "ä", "ө": "ö", "ұ": "ū", "ү": "ü", "і": "i", "ы": "y",
            "қ": "q", "һ": "h", "й": "i", "х": "h", "ш": "ş", "ч": "ç", "у": "u", "ц": "ts", "щ": "ş"}
# Russian spelling of Kazakh names: the Kazakh-only letters written as the nearest Russian ones, and the
# vowels Russian leaves out (Бауыржан -> Бауржан, Сейітқали -> Сейткали).
_RU_DROPS = (("уы", "у"), ("йі", "й"), ("УЫ", "У"))
_KZ_TO_RU = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}

# Latin -> Kazakh Cyrillic, for names recorded only in Latin (longest spelling first).
_LAT_TO_KZ = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"),
              ("gh", "ғ"), ("ng", "ң"), ("yu", "ю"), ("ya", "я"), ("ş", "ш"), ("ç", "ч"), ("ğ", "ғ"),
              ("ñ", "ң"), ("ä", "ә"), ("ö", "ө"), ("ū", "ұ"), ("ü", "ү"), ("ı", "ы"), ("a", "а"),
              ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
              ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
              ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"),
              ("w", "у"), ("x", "х"), ("y", "ы"), ("z", "з")]

# Letters that look alike in Latin and Cyrillic: a word mixing the two is read in its main script.
_CYR_LOOKS_LATIN = dict(zip("аеорсухкіјѕһԛԝ" "АВЕКМНОРСТУХІЈЅҺԚԜ",
                            "aeopcyxkijshqw" "ABEKMHOPCTYXIJSHQW"))
_LATIN_LOOKS_CYR = {v: k for k, v in _CYR_LOOKS_LATIN.items() if v.isalpha() and k not in "һҺ"}


def _apply(text: str, table: dict[str, str]) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low)
        if rep is None:
            out.append(ch)
        else:
            out.append(rep.capitalize() if ch != low else rep)
    return "".join(out)


def _kz_latin(text: str, table: dict[str, str]) -> str:
    """Kazakh Cyrillic in a Latin spelling: the table for the letters it names, anyascii for the rest."""
    out = []
    for ch in _apply(text, table):
        out.append(anyascii(ch) if char_script(ch) == "Cyrl" else ch)
    return "".join(out)


def _russian(text: str) -> str:
    for a, b in _RU_DROPS:
        text = text.replace(a, b)
    return _apply(text, _KZ_TO_RU)


def _unmix(word: str) -> str:
    """A word of Latin and Cyrillic letters (homoglyphs) written in its main script."""
    if word.isascii():
        return word
    scripts = [char_script(c) for c in word]
    latin, cyr = scripts.count("Latn"), scripts.count("Cyrl")
    if not latin or not cyr:
        return word
    table = _CYR_LOOKS_LATIN if latin >= cyr else _LATIN_LOOKS_CYR
    return "".join(table.get(c, c) for c in word)


def to_latin(text: str) -> str:
    """Text in Latin letters: Uyghur Arabic script by ULY, everything else by anyascii
    (passport-style for Cyrillic: ``Бауыржан -> Bauyrzhan``). Homoglyph words are unmixed first."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    parts = []
    for chunk in re.split(r"(\s+)", text):
        chunk = _unmix(chunk)
        if any(char_script(c) == "Arab" for c in chunk):
            chunk = "".join(_ULY.get(c, c) for c in unicodedata.normalize("NFKC", chunk))
        parts.append(anyascii(chunk.replace("ñ", "ng").replace("Ñ", "Ng")))
    return "".join(parts)


def _latin_to_cyrillic(text: str) -> str:
    out, low, i = [], text.lower(), 0
    while i < len(text):
        if low[i] in "iy" and i and low[i - 1] in "aeo":       # Qaisha -> Қайша, Aibek -> Айбек
            out.append("Й" if text[i].isupper() else "й")
            i += 1
            continue
        for a, b in _LAT_TO_KZ:
            if low.startswith(a, i):
                out.append(b.upper() if text[i].isupper() else b)
                i += len(a)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def spellings(name: str) -> set[str]:
    """The recorded name and the spellings transliteration gives it (never empty for a name).

    Cyrillic (Kazakh or Russian): passport Latin (``Bauyrzhan``), informal Kazakh Latin
    (``Bauyrjan``, ``Qaisha``), Kazakh Latin 2021 (``Qaişa``), the Russian spelling of Kazakh letters
    (``Кайша``). Uyghur Arabic script: ULY Latin and its passport form. Latin: the Kazakh Cyrillic
    reading (``Qaisha -> Қайша``). Chinese: as written, in simplified and in traditional characters
    (OpenCC: ``张立伟``, ``張立偉``). The script is read from the letters, whatever script the name was
    recorded under.
    """
    name = unicodedata.normalize("NFC", name).strip()
    if not name:
        return set()
    out = {name, unicodedata.normalize("NFKC", name)}
    script = detect_script(name)
    if script == "Cyrl":
        out |= {anyascii(name), _kz_latin(name, _KZ_INFORMAL), _kz_latin(name, _KZ_2021),
                _apply(name, _KZ_TO_RU), _russian(name)}
        if re.search(r"(?:^|\s)[Ее]", name):      # passport spelling of an initial Е: Ерлан -> Yerlan
            out.add(anyascii(re.sub(r"(^|\s)Е", r"\1Йе", re.sub(r"(^|\s)е", r"\1йе", name))))
    elif script == "Arab":
        latin = " ".join(w.capitalize() for w in to_latin(name).split())
        out |= {latin, latin.replace("kh", "x").replace("Kh", "X"), _latin_to_cyrillic(latin)}
    elif script == "Hani":
        out |= {_opencc("s2t").convert(name), _opencc("t2s").convert(name)}
    elif script == "Latn":
        out.add(anyascii(name))
        cyr = _latin_to_cyrillic(anyascii(name))
        out |= {cyr, _russian(cyr)}
    return {s.strip() for s in out if s.strip()}


# --- keys ------------------------------------------------------------------------------------

_FOLDS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
          ("x", "s"), ("q", "k"), ("w", "v"), ("y", "i"))
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiou]+")
SKELETON_MIN_CONSONANTS = 4
MAX_WORD = 64     # no name word is longer; longer runs of letters (pasted hashes, base64) have no keys


def word_key(word: str) -> str:
    """The loose Latin key of one word (see the module doc); '' for a word without letters."""
    return _fold("".join(c for c in to_latin(word).lower() if c.isalnum()))


_AE = str.maketrans("әӘäÄ", "еЕeE")


def _keys(word: str) -> set[str]:
    # Letters read two ways get two keys: 'x' is 'sh' in pinyin (Xinjiang) but 'kh' in Uyghur Latin
    # (Mexmet = Mehmet); Kazakh ә is 'a' (Әсел = Asel) but Uyghur ә is 'e' (Мәһмәт = Mehmet).
    forms = {word, word.translate(_AE)}
    out = set()
    for form in forms:
        s = "".join(c for c in to_latin(form).lower() if c.isalnum())
        if s:
            out |= {_fold(s), _fold(s.replace("x", "kh"))}
    return out


_W_AS_U = re.compile(r"(?<=[aeiouy])(?:w|v(?![aeiouy]))")


def _fold(s: str) -> str:
    # w after a vowel, or v between a vowel and a consonant, is the у of Cyrillic spellings:
    # Dawlet = Davlet = Дәулет, باۋىرجان (bawirjan) = Бауыржан
    s = _W_AS_U.sub("u", s)
    if s.startswith("ye"):
        s = s[1:]        # Russian passports write an initial Е as Ye: Yerlan = Ерлан = Erlan
    for a, b in _FOLDS:
        s = s.replace(a, b)
    if len(s) > 1:
        s = s[0] + s[1:].replace("h", "")
    return _DOUBLE.sub(r"\1", s)


def word_skeleton(word: str, key: str | None = None) -> str | None:
    """The consonant skeleton of a word (vowel runs as ``*``, a leading vowel kept), or None when the
    word has fewer than four consonants (too short to match loosely)."""
    key = word_key(word) if key is None else key
    if sum(1 for c in key if c.isalpha() and c not in "aeiou") < SKELETON_MIN_CONSONANTS:
        return None
    return key[0] + _VOWELS.sub("*", key[1:])


@text_cache(maxsize=65536)
def match_keys(word: str) -> frozenset[str]:
    """Keys under which a word is indexed and looked up: two words are the same name when their
    ``match_keys`` share one (``k:`` loose key, ``s:`` skeleton). Endings are not stripped here."""
    if len(word) > MAX_WORD:
        return frozenset()
    out = set()
    for key in _keys(word):
        out.add("k:" + key)
        skel = word_skeleton(word, key)
        if skel:
            out.add("s:" + skel)
    return frozenset(out)


def key_token(key: str) -> str:
    """A match key as one token of letters and digits (``k:bauirjan -> kbauirjan``,
    ``s:b*rj*n -> sb0rj0n``), for a full-text index whose tokenizer splits on punctuation."""
    return key.replace(":", "", 1).replace("*", "0")


@text_cache(maxsize=65536)
def inflected_keys(word: str) -> frozenset[str]:
    """The match keys of a word of running text and of each of its stems (``strip_endings``): the
    word is this name when ``inflected_keys(word) & match_keys(name)``. Empty for Han words and
    single letters (Chinese is matched by ``han_spans``)."""
    if not 2 <= len(word) <= MAX_WORD or detect_script(word) == "Hani":
        return frozenset()
    out: set[str] = set()
    for stem in strip_endings(word):
        out |= match_keys(stem)
    return frozenset(out)


def same_name(name: str, word: str) -> bool:
    """Whether a word of running text (endings allowed) is the single-word name ``name``."""
    return bool(match_keys(name) & inflected_keys(word))


# --- endings ---------------------------------------------------------------------------------

# Inflectional endings, longest first per script: Kazakh and Uyghur case and possessive endings,
# Russian noun case endings, and their Latin spellings; and the patronymic and surname suffixes that
# carry a father's name (Aqanuly, Ақанқызы, Аканов, Aqanova). Stems keep at least three letters.
_DERIVED = {
    "Cyrl": ("ович", "овна", "евич", "евна", "ұлы", "улы", "қызы", "кызы", "оглы", "ова", "ева", "ов", "ев"),
    "Latn": ("ovich", "ovna", "evich", "evna", "yeva", "ogly", "oglu", "ugli", "qyzy", "kyzy", "qızı", "kizi",
             "qizi", "kyzi", "uly", "ulı", "ūly", "uli", "ova", "eva", "yev", "ov", "ev"),
    "Arab": ("ئوغلى", "قىزى", "ئوغلى"),
}
_ENDINGS = {
    "Cyrl": ("дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан",
             "тен", "нан", "нен", "мен", "бен", "пен", "ями", "ами", "ға", "ге", "қа", "ке", "на", "не", "да",
             "де", "та", "те", "ды", "ді", "ты", "ті", "ны", "ні", "ым", "ім", "ом", "ем", "ём", "ой", "ей",
             "ою", "ею", "ых", "их", "ам", "ах", "а", "я", "у", "ю", "ы", "и", "е", "і", "н"),
    "Latn": ("daghy", "dagy", "dağy", "dagi", "degi", "tagy", "tegi", "diki", "tiki", "nyng", "ning", "dyng",
             "ding", "tyng", "ting", "nıñ", "niñ", "dıñ", "diñ", "tıñ", "tiñ", "ghe", "gha", "dan", "den",
             "tan", "ten", "nan", "nen", "din", "tin", "men", "ben", "pen", "ga", "ge", "ğa", "ğe", "qa", "ka",
             "ke", "na", "ne", "da", "de", "ta", "te", "dy", "di", "ty", "ti", "ny", "ni", "nı", "dı", "tı",
             "om", "em", "oy", "ey", "ym", "im", "mu", "a", "u", "e", "y", "i", "ı"),
    "Arab": ("دىكى", "تىكى", "نىڭ", "دىن", "تىن", "غا", "قا", "گە", "كە", "دا", "تا", "دە", "تە", "نى", "مۇ"),
}
_ENDINGS = {k: tuple(sorted(set(v) | set(_DERIVED[k]), key=len, reverse=True)) for k, v in _ENDINGS.items()}
_APOSTROPHES = "'\u2019\u02bc\u2018`"
MIN_STEM = 3


def strip_endings(word: str) -> set[str]:
    """The word and its candidate stems without one or two inflectional endings or patronymic
    suffixes (``Ақанның -> Ақан``, ``Aqsudan -> Aqsu``, ``Aqan's -> Aqan``, ``تۇرسۇننىڭ -> تۇرسۇن``,
    ``Aqanulynyng -> Aqan``). Over-generates by design: a stem only counts when it agrees with a name."""
    word = unicodedata.normalize("NFC", word)
    out, frontier = {word}, [(word, False)]
    cut = min((word.find(a) for a in _APOSTROPHES if a in word), default=-1)
    if cut >= MIN_STEM:
        # Aqan's, Aqan'ning: the apostrophe ends the stem (the whole word stays a candidate for the
        # apostrophes of the Kazakh Latin of 2017: Bauy'rjan)
        out.add(word[:cut])
        frontier.append((word[:cut], False))
    for _ in range(2):
        nxt = []
        for w, short in frontier:
            low = w.lower()
            for ending in _ENDINGS.get(detect_script(w), ()):
                # one one-letter ending at most: 'Tursunay' is not 'Tursun' + 'a' + 'y'
                if low.endswith(ending) and len(w) - len(ending) >= MIN_STEM and not (short and len(ending) == 1):
                    stem = w[:len(w) - len(ending)]
                    if stem not in out:
                        out.add(stem)
                        nxt.append((stem, short or len(ending) == 1))
        frontier = nxt
    return out


# --- words -----------------------------------------------------------------------------------

_MARKS = ("\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
          "\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f")
_INVISIBLE = "\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u061c"
# A run of letters with their combining marks; an apostrophe or invisible characters only between letters.
_RUN = re.compile(r"[^\W\d_](?:[^\W\d_]|[" + _MARKS + r"]"
                  r"|(?:[" + _INVISIBLE + r"]+|['\u2019\u02bc\u2018`])(?=[^\W\d_]))*")
_HAN_OR_ARAB = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
                          r"\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def _case_splits(text: str, start: int, end: int):
    """Split one run of letters at case changes (camelCase, IMGQaisha) and script changes to or
    from Han and Arabic."""
    cuts = [start]
    for i in range(start + 1, end):
        a, b = text[i - 1], text[i]
        sa, sb = char_script(a), char_script(b)
        script_change = sa != sb and ("Hani" in (sa, sb) or "Arab" in (sa, sb))
        camel = a.islower() and b.isupper()
        acronym_end = a.isupper() and b.isupper() and i + 1 < end and text[i + 1].islower() and sa == sb
        if script_change or camel or acronym_end:
            cuts.append(i)
    cuts.append(end)
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1) if cuts[k] < cuts[k + 1]]


def words(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` as (start, end, word), wherever it stands: split on white space,
    ``_``, digits, punctuation (file names, URLs, e-mail local parts), letter-case changes
    (``camelCase``, ``IMGQaisha``) and changes to or from Han or Arabic script. An apostrophe or an
    invisible character (soft hyphen, zero-width space) between letters stays inside the word
    (``Aqan's``, ``Bauyr\u00adzhan``); a Han run is one word.
    Offsets index ``text`` as given."""
    out = []
    for m in _RUN.finditer(text):
        run, start = m.group(), m.start()
        rest = run[1:]
        if (rest == rest.lower() or run == run.upper()) and not _HAN_OR_ARAB.search(run):
            out.append((start, m.end(), run))       # the common case: nothing to split
            continue
        out.extend((a, b, text[a:b]) for a, b in _case_splits(text, start, m.end()))
    return out


# --- Chinese ---------------------------------------------------------------------------------

_HAN_GAP = r"[\s\u00b7\u30fb\u2022\u2027\u22c5\u0387\u200b\u3000.\-]*"


def han_chars(name: str) -> str:
    """The Han characters of a name, in order (separators and other letters dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKC", name) if is_han(c))


def han_pattern(name: str) -> re.Pattern | None:
    """A pattern for a Chinese name by its characters, with spaces, middle dots and line breaks
    between them ignored. None when the name has no Han characters."""
    chars = han_chars(name)
    return re.compile(_HAN_GAP.join(map(re.escape, chars))) if chars else None


def han_spans(text: str, name: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of a Chinese name in ``text``: from its first to its last
    character, never the characters around it (``负责人王建国说`` gives the span of ``王建国``)."""
    rx = han_pattern(name)
    return [m.span() for m in rx.finditer(text)] if rx else []
