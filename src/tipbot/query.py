"""Understanding a question before retrieval: its language and, for Indonesian, English search terms.

Indonesian questions over English text are the weak spot of every model here, so each Indonesian word is
looked up (longest phrase first) in the glossary, a domain word list and the FreeDict-derived general word
list, and, failing that, again after Sastrawi's stemmer has taken its affixes off.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import rx
from .keyword import tokenize
from .lang import detect_language

# (an apostrophe between letters belongs to its word, as in names: "Sa'diyah", "O'Brien")
_WORD = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F\-.,/]|['\u2019](?=[A-Za-z\u00C0-\u024F]))*"
    r"[A-Za-z0-9\u00C0-\u024F]|[A-Za-z0-9]")


@dataclass
class QueryPlan:
    original: str
    language: str
    english: str = ""  # the expansion in English, glossary expansions included ("" for English questions)
    translation: str = ""  # the word-by-word English rendering alone
    glossary_terms: list[str] = field(default_factory=list)
    vectors: list = field(default_factory=list)  # query vectors, once retrieval has embedded them
    analysis: object | None = None  # the answering.analysis.Question this plan was made for

    @property
    def keyword_text(self) -> str:
        """Keywords for BM25: for Indonesian, the English rendering (untranslatable words are kept in it), so
        Indonesian words do not pull in the Indonesian titles of references instead of the English passages."""
        return self.english or self.original


def _read_tsv(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    text = resources.files("tipbot").joinpath(f"data/{name}").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        word, en = line.split("\t", 1)
        out[word.strip().lower()] = [e for e in en.split("|") if e]
    return out


@lru_cache(maxsize=1)
def lexicons() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(domain word list, general FreeDict-derived word list)."""
    return _read_tsv("lexicon_id_en_domain.tsv"), _read_tsv("lexicon_id_en.tsv")


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=8)
def load_glossary(path: str) -> list[dict]:
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else []


def _glossary_hits(text: str, glossary: list[dict]) -> list[dict]:
    hits = []
    for entry in sorted(glossary, key=lambda e: -len(e["term"])):
        term = entry["term"]
        if _term_pattern(term).search(text) and not any(term.lower() in h["term"].lower() for h in hits):
            hits.append(entry)
    return hits


@lru_cache(maxsize=1024)
def _term_pattern(term: str) -> re.Pattern:
    """A glossary term as a whole-word pattern, compiled once."""
    # (a short acronym typed in lower case, "tppo", "kbri", is the acronym unless it is also a word: "apa", "tip")
    flags = 0 if term.isupper() and len(term) <= 5 and term.lower() in common_words() else re.I
    return rx.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])", flags)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words of either language: Sastrawi's root dictionary, the general Indonesian word list and the English side
    of both word lists."""
    domain, general = lexicons()
    english = {t for table in (domain, general) for vs in table.values() for v in vs for t in v.lower().split()}
    return frozenset(indonesian_roots() | set(general) | english)


_PARTICLES = ("nya", "lah", "kah", "pun")
# the bound forms Indonesian spelling writes onto the word they qualify ("antiperdagangan", "antarlembaga",
# "pascapandemi", "prasidang", "nonpemerintah"), with the English prefix each is
_BOUND_PREFIXES = (("antar", "inter"), ("anti", "anti"), ("pasca", "post"), ("pra", "pre"), ("non", "non"))
# the active form of a passive di- verb: meN- with its nasal ("ditandatangani" → "menandatangani"; "dipukul" →
# "memukul"; "dikirim" → "mengirim"; "disebut" → "menyebut"), the initial t/p/k/s merging into the nasal
# (a root's first letters, the active prefix, how many letters the prefix replaces): "diperoleh" → "memperoleh",
# "dipulangkan" → "memulangkan"
_NASAL = (("per", "mem", 0), ("t", "men", 1), ("p", "mem", 1), ("k", "meng", 1), ("s", "meny", 1), ("b", "mem", 0),
          ("f", "mem", 0), ("c", "men", 0), ("d", "men", 0), ("j", "men", 0), ("g", "meng", 0), ("h", "meng", 0),
          ("", "meng", 0))


def _without_particle(word: str) -> str:
    return next((word[: -len(p)] for p in _PARTICLES if word.endswith(p) and len(word) - len(p) >= 4), word)


def inflections(word: str) -> list[str]:
    """The word, then the forms a dictionary lists it under: without a clitic particle ("kesimpulannya" →
    "kesimpulan"), and a passive di- verb in its active meN- form ("ditandatangani" → "menandatangani")."""
    forms = list(dict.fromkeys([word, _without_particle(word)]))
    for form in list(forms):
        active = active_form(form[2:]) if form.startswith("di") and len(form) >= 6 else None
        if active is not None:
            forms.append(active)
    return forms


def active_form(root: str) -> str | None:
    """The meN- form of a root (see ``_NASAL``): "tandatangani" → "menandatangani", "pulangkan" → "memulangkan";
    None for an initial the table does not list."""
    return next((prefix + root[drop:] for initial, prefix, drop in _NASAL
                 if root.startswith(initial) and (initial or root[:1] in "aeiou")), None)


def _affix_forms(word: str) -> list[str]:
    """The word, then its standard forms under the colloquial suffix "-in" for "-kan" or "-i" ("ditandatanganin"
    → "ditandatangani"), the prefix "nge-" ("ngebentuk" → "bentuk") and a nasal prefix without its "me-"
    ("ngusulin" → "mengusulkan", "mimpin" → "memimpin", "nanganin" → "menangani")."""
    forms = list(dict.fromkeys([word, _without_particle(word)]))  # (an enclitic after "-in": "ngejalaninnya")
    for w in list(forms):
        if w.startswith("nge") and len(w) > 6:
            # ("ngeluarin" → "mengeluarkan"; the root's own nasal form: "ngejalanin" → "menjalankan")
            forms += [w[3:], "me" + w, *filter(None, [active_form(w[3:])])]
        elif w.startswith(("ng", "ny")) and len(w) > 5:  # the nasal without "me-": "ngusulin" → "mengusul…"
            forms.append("me" + w)
        elif rx.match(r"[mn][aeiou]", w) and len(w) > 4:  # ("mimpin" → "memimpin", "nolak" → "menolak")
            forms.append("me" + w)
        elif w.endswith("in") and len(w) > 5:  # a bare root with "-in" is the active verb ("jalanin" → "menjalankan")
            forms += list(filter(None, [active_form(w)]))
    if word not in _english_words():  # (an English word in an Indonesian message is no colloquial spelling: "paper")
        for _ in range(2):  # (two rounds: "nyatet" → "menyatet" → "mencatet" → "mencatat")
            forms += [v for f in forms for v in _standard_spellings(f) if v not in forms]
    for f in list(forms):
        if f.endswith("in") and len(f) > 5:
            forms += [f[:-2] + "kan", f[:-2] + "i"]
    return forms


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """The single English words the word lists render Indonesian ones with: the English a message may mix in."""
    domain, general = lexicons()
    return frozenset(r.lower() for table in (domain, general) for rs in table.values() for r in rs if " " not in r)


def lexical_language(text: str) -> str:
    """"id" or "en" by the words only one language's word lists hold ("bedanya", "sama" against "lecturer",
    "check"), for a message whose function words tie ("bedanya satgas sama WG on GTCM apa?": "apa" against "on");
    "en" on a tie. Indonesian is a word the lists render (in any colloquial spelling) that is no English word;
    English is an English word that is no Indonesian one."""
    english = _english_words()
    domain, general = lexicons()
    words = [w.lower() for w in _WORD.findall(text) if w.isalpha() and len(w) >= 3]
    indonesian = sum(1 for w in words if w not in english and listed_form(_affix_forms(w)) is not None)
    foreign = sum(1 for w in words if w in english and w not in domain and w not in general)
    return "id" if indonesian > foreign else "en"


def _standard_spellings(word: str) -> list[str]:
    """The standard spellings a colloquial one stands for; the caller keeps those a word list gives. Spoken
    Indonesian writes a root's last closed syllable with "e" for "a" ("catet", "tangkep", "dateng"), a final "-ai"
    as "-e" ("pake", "sampe"), drops an "h" before or between vowels ("itung", "abis", "liat"), writes the
    passive-accidental "ter-" as "ke-" ("kejebak"), the nasal of a root's "c" as "ny-" ("nyatet" for "mencatat"),
    drops a root's "h" after its nasal ("ngitung" for "menghitung") and a root's "k" before "r" or "l" ("ngritik" for
    "mengkritik")."""
    out = []
    suffix = "in" if word.endswith("in") and len(word) > 5 else ""  # (the root before a colloquial "-in")
    stem = word[: len(word) - len(suffix)]
    closed = rx.fullmatch(r"(.*[^aeiou])e([^aeiouy]{1,2})", stem)
    if closed and len(stem) > 3:
        out.append(closed[1] + "a" + closed[2] + suffix)
    if rx.search(r"[^aeiou]e$", word) and len(word) > 3:
        out.append(word[:-1] + "ai")
    if word[:1] in "aeiou" and len(word) > 3:
        out.append("h" + word)
    between = rx.match(r"([^aeiou]+[aeiou])([aiu].*)", word)
    if between and len(word) > 3:
        out.append(between[1] + "h" + between[2])
    if rx.match(r"ke[^aeiou]", word) and len(word) > 5:
        out.append("ter" + word[2:])
    if word.startswith("meny") and len(word) > 6:
        out.append("menc" + word[4:])
    if rx.match(r"meng[aeiou]", word) and len(word) > 6:  # (the "h" of a root after its nasal: "ngitung" for
        out.append("mengh" + word[4:])  # "menghitung", "ngapus" for "menghapus")
    if rx.match(r"meng[rl]", word) and len(word) > 6:  # (a root's "k" before "r"/"l", which the standard nasal
        out.append("mengk" + word[4:])  # keeps: "ngritik" for "mengkritik", "nglarifikasi" for "mengklarifikasi")
    return out


@lru_cache(maxsize=2048)
def family_renderings(word: str) -> tuple[str, ...]:
    """English renderings of the other words of an Indonesian word's family: its root under the common affixes
    (di-, ter-, meN-, peN-…-an, ke-…-an, -an, -kan, -i), as the word lists give them ("tertipu" → root "tipu" →
    "ditipu": deceived, scammed; "penipuan": scam, fraud). A user's word the lists render badly ("tertipu":
    dupe) is then known by what its family means. A word the lists give itself has no need of its family."""
    domain, general = lexicons()
    if not word.isalpha() or listed_form(_affix_forms(word.lower())) is not None:
        return ()
    root = _stemmer().stem(word.lower())
    active = active_form(root) or "meng" + root
    forms = [root, "di" + root, "ter" + root, root + "an", "ke" + root + "an", active, "pe" + active[2:] + "an",
             "di" + root + "kan", "di" + root + "i", active + "kan", active + "i"]
    out: list[str] = []
    for f in forms:
        out += domain.get(f, []) or general.get(f, [])[:2]
    return tuple(dict.fromkeys(out))


def listed_form(forms: list[str]) -> str | None:
    """The first of ``forms`` (each with its ``inflections``) that a word list gives, or None."""
    domain, general = lexicons()
    return next((f for form in forms for f in inflections(form) if f in domain or f in general), None)


def translate_terms(text: str) -> list[str]:
    """English renderings of the Indonesian words and phrases in ``text`` (unknown words are kept)."""
    domain, general = lexicons()
    words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]
    out: list[str] = []
    i = 0
    while i < len(words):
        bound = _bound_prefix(words[i])
        if bound is not None:  # ("antiperdagangan orang": "anti", then "perdagangan orang" as a phrase)
            out.append(bound[0])
            words[i] = bound[1]
        for n in (3, 2, 1):
            chunk = words[i : i + n]
            if len(chunk) < n:
                continue
            # (a phrase's last word may carry a clitic particle: "tawaran kerjanya" is "tawaran kerja")
            bare = [*chunk[:-1], _without_particle(chunk[-1])] if n > 1 else chunk
            found = next((p for p in (" ".join(chunk), " ".join(bare)) if p in domain), None)
            if found is not None:
                out.extend(domain[found])
                i += n
                break
        else:
            w = words[i]
            i += 1
            halves = w.split("-")
            if len(halves) == 2 and halves[0] == halves[1]:  # reduplication: anak-anak -> anak
                w = halves[0]
            elif len(halves) == 2 and all(h.isalpha() and len(h) >= 4 for h in halves) \
                    and listed_form(_affix_forms(w)) is None:
                # a pair of words joined by a hyphen ("Bekasi-Kamboja", "Indonesia-Kamboja"): each on its own (not
                # an acronym's or an abbreviation's parts: "PP-TPPO", "min-max")
                out.extend(translate_terms(" ".join(halves)))
                continue
            forms = _affix_forms(w)
            # (the word's own "-in" read as "-i" comes last: "mimpin" is "memimpin" before it is "mimpi")
            own_in = [f for f in forms if f in (w[:-2] + "kan", w[:-2] + "i")] if w.endswith("in") else []
            found = listed_form([*(f for f in forms if f not in own_in), *own_in])
            if found is not None:
                out.extend(domain[found] if found in domain else general[found][:2])
                continue
            root = _stemmer().stem(w) if w.isalpha() else w
            if root in domain:
                out.extend(domain[root])
            elif root in general and not _closed_class(general[root][:2]):
                out.extend(general[root][:2])
            else:
                # (a stem that the word list renders as a function word is the stemmer's mistake: "peserta" is
                # not "serta", "and"; the word stays as it is)
                # (a word the lists lack, often a loanword, without its enclitic "-nya": "targetnya" is "target")
                out.append(w[:-3] if w.endswith("nya") and len(w) >= 7 else w)
    return out


def _bound_prefix(word: str) -> tuple[str, str] | None:
    """The English prefix and the rest of a word written with a bound form (``_BOUND_PREFIXES``), when the word
    lists lack the whole word and give the rest ("antiperdagangan" → "anti", "perdagangan"); else None."""
    if not word.isalpha() or listed_form(_affix_forms(word)) is not None:
        return None
    for form, english in _BOUND_PREFIXES:
        rest = word[len(form):]
        if word.startswith(form) and len(rest) >= 4 and listed_form(_affix_forms(rest)) is not None:
            return english, rest
    return None


@lru_cache(maxsize=1)
def indonesian_roots() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words (about 30,000)."""
    text = resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


def passive_verb(word: str) -> bool:
    """A passive di- verb ("dicatat", "dilaporkan"): the stemmer takes a prefix off it and leaves a root of the
    dictionary. A word that only begins with "di" ("digest", "diskusi") stays whole."""
    low = word.lower()
    if not low.startswith("di") or len(low) < 5:
        return False
    stem = _stemmer().stem(low)
    return stem != low and stem in indonesian_roots() and low[2:].startswith(stem[:2])


_VERB_PREFIXES = re.compile(r"(?:ber|ter|di|me)", re.I)  # (not "pe-", "pem-", which make nouns: "pekerja")


def affixed_verb(word: str) -> bool:
    """Whether an Indonesian word is a verb by its prefix: a prefix the stemmer takes off to leave a dictionary
    root ("berhasil", "terindikasi", "dipulangkan", spoken "dikembaliin"); a root that only begins like one
    ("berita", "menteri") is none."""
    roots = indonesian_roots()
    if word.lower() in roots:
        return False
    for form in _affix_forms(word.lower()):
        stem = _stemmer().stem(form)
        if form.isalpha() and stem != form and stem in roots and _VERB_PREFIXES.match(form) and form not in roots:
            return True
    return False


def stative_verb(word: str) -> bool:
    """An Indonesian stative passive in "ter-" ("terbentuk", "tercatat"), or as users type it in "ke-"
    ("kebentuk", "ketangkep"): the prefix leaves a root of the dictionary and the word itself is none ("tertinggi"
    is a superlative of a root too, and is read the same: no doer). A word that only begins so stays whole
    ("kedua", "keluar", "teras"), and so does a spoken "ke-" verb whose subject acts ("ketemu")."""
    low = word.lower()
    roots = indonesian_roots()
    if low in roots or len(low) < 6:
        return False
    if low.startswith("ter"):
        stem = _stemmer().stem(low)
        return stem in roots and stem != low
    # (spoken "ke-" also makes a few verbs whose subject acts, "ketemu" for "bertemu": list ``ke_actives``)
    if any(low.startswith(a) for a in _ke_actives()):
        return False
    return low.startswith("ke") and any(f in roots for f in dict.fromkeys([low[2:], *_affix_forms(low[2:])]))


@lru_cache(maxsize=1)
def _ke_actives() -> tuple[str, ...]:
    """Spoken Indonesian verbs in "ke-" whose subject does the act (data ``ke_actives.json``)."""
    return tuple(json.loads(resources.files("tipbot").joinpath("data/ke_actives.json").read_text(encoding="utf-8"))[
        "words"])


def indonesian_word(word: str) -> bool:
    """Whether ``word`` is an Indonesian word: in the word lists, or its root in Sastrawi's dictionary. A word
    that is not (an app, a brand, an English term written into an Indonesian message) is not something a
    missing translation explains."""
    domain, general = lexicons()
    roots = indonesian_roots()
    low = word.lower()
    if sum(c in _VOWELS for c in low) <= 1 and len(low) > 3:
        return True  # a word typed without its vowels ("bnyk", "skrg") is an Indonesian shorthand
    # (an enclitic after a colloquial suffix is stripped first: "ngejalaninnya" → "ngejalanin")
    for form in (f for base in dict.fromkeys([low, _without_particle(low)]) for f in _colloquial_forms(base)):
        if any(f in domain or f in general or f in roots for f in inflections(form)):
            return True
        if form.isalpha() and _stemmer().stem(form) in roots:
            return True
    # (or a form the word lists render it by: "diselametin" → "diselamatkan"; or a word they give with a bound form
    # written onto it: "antiperdagangan")
    return listed_form(_affix_forms(low)) is not None or _bound_prefix(low) is not None


_VOWELS = "aeiou"


def _colloquial_forms(word: str) -> list[str]:
    """The word and its standard forms under colloquial spelling and affixes: the nasal prefix without "me-"
    ("ngatur" → "mengatur", "nyimpulin" → "menyimpulin"), "nge-" ("ngecek" → "cek"), "ke-" for "ter-" ("kepake"
    → "terpake"), the suffix "-in" for "-kan"/"-i" ("nyimpulin" → "menyimpulkan"), a final "-e" for "-ai"
    ("sampe" → "sampai", "pake" → "pakai") and an "e" for the "a" of a last syllable ("nyatet" → "nyatat"); the
    Dutch-loan "-ir" of a verb for "-asi" ("dikoordinir" → "dikoordinasi", "diorganisir" → "diorganisasi"); and a
    vowel left out in typing ("pertmuan" → "pertemuan") or typed for another ("kapolisian" → "kepolisian")."""
    forms = [word]
    if word.startswith("nge") and len(word) > 5:
        forms.append(word[3:])
    if word.startswith(("ng", "ny")) and len(word) > 4:
        forms.append("me" + word)
    # the nasal that stands for a root's first consonant ("nyatet" → "catet", "nanya" → "tanya", "ngirim" →
    # "kirim", "makai" → "pakai")
    for nasal, initials in (("ny", "cs"), ("ng", "k"), ("n", "t"), ("m", "p")):
        if word.startswith(nasal) and len(word) > len(nasal) + 2 and word[len(nasal)] in _VOWELS:
            forms += [i + word[len(nasal):] for i in initials]
            break
    if word.startswith(("ke", "di")) and len(word) > 5:
        forms += ["ter" + word[2:], word[2:]]
    for f in list(forms):
        if f.endswith("in") and len(f) > 5:
            forms += [f[:-2] + "kan", f[:-2] + "i"]
    for f in list(forms):
        if f.endswith("ir") and len(f) > 6:
            forms.append(f[:-2] + "asi")
    for f in list(forms):
        if f.endswith("e"):
            forms.append(f[:-1] + "ai")
        last_e = f.rfind("e", 0, len(f) - 1)
        if last_e > 0 and all(c not in _VOWELS for c in f[last_e + 1:]):
            forms.append(f[:last_e] + "a" + f[last_e + 1:])
    forms += [word[:i] + v + word[i:] for i in range(1, len(word)) for v in _VOWELS
              if word[i - 1] not in _VOWELS and word[i] not in _VOWELS]
    if len(_without_particle(word)) >= TYPO_MIN_LETTERS:  # (not of a short word under an enclitic: "tiktoknya")
        forms += [word[:i] + v + word[i + 1:] for i, c in enumerate(word) if c in _VOWELS for v in _VOWELS if v != c]
    return forms


TYPO_MIN_LETTERS = 7  # a vowel typed for another is read as a typo in words this long or longer ("kapolisian"),
# without an enclitic particle


@lru_cache(maxsize=4096)
def rendered_tokens(text: str) -> tuple[str, ...]:
    """The tokens of the English renderings of ``text``'s Indonesian words (cached: the reader asks for the same
    words' renderings several times a question)."""
    return tuple(tokenize(" ".join(translate_terms(text))))


def _closed_class(renderings: list[str]) -> bool:
    """Whether every rendering is an English function word ("and", "with": the keyword index's short list): a
    content word derived from a stem never means one."""
    return bool(renderings) and all(not tokenize(r) for r in renderings)


def plan_query(question: str, glossary_path: str | None = None, language: str | None = None) -> QueryPlan:
    lang = language or detect_language(question)
    glossary = load_glossary(glossary_path) if glossary_path else []
    hits = _glossary_hits(question, glossary)
    plan = QueryPlan(original=question, language=lang, glossary_terms=[h["term"] for h in hits])
    if lang == "id":
        extra = [h.get("expansion_en") or "" for h in hits]
        words = translate_terms(question)
        plan.english = " ".join(dict.fromkeys([*words, *extra]))
        # For ranking answer sentences, a short acronym stands for its expansion ("WNI" -> "Indonesian
        # citizen(s)"): English passages spell it out, while digests repeat the acronym itself.
        spelled = question
        for h in hits:
            expansion = (h.get("expansion_en") or "").strip()
            if h["term"].isupper() and 0 < len(expansion.split()) <= 3:
                spelled = rx.sub(rf"(?<![\w-]){re.escape(h['term'])}(?![\w-])", expansion, spelled)
        plan.translation = " ".join(dict.fromkeys(translate_terms(spelled)))
    return plan
