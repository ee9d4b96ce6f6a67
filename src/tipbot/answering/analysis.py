"""Question analysis: what is asked, in which language, under which constraints — before any passage is seen.

Works for any wording: conversational framing and filler are removed with maintained word lists (stopwords-iso
for both languages, the colloquial Indonesian spellings and particles and the English politeness phrases of
``data/question_words.json``); the expected answer type comes from the interrogative; the constraints are the
things an answer must be about (years, numbers, names, countries, the law or report named).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .. import rx
from ..answer import MONTH_PREFIXES, MONTH_RE
from ..keyword import tokenize, word_family
from ..lang import detect_language, is_function_word, language_scores
from ..query import (
    active_form,
    affixed_verb,
    indonesian_roots,
    indonesian_word,
    lexical_language,
    lexicons,
    passive_verb,
    translate_terms,
)

_WORD = re.compile(r"[\w’'-]+", re.U)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# (a magnitude may be run on as users abbreviate it: "49.6m", "11jt", "2.7k", "300rb")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?:m|bn|k|jt|rb)?\s*(%|percent|persen)?"
                     r"(?![\w])")
# A law, regulation or report named by its number and year ("Law No. 21 of 2007", "UU 21/2007", "Perpres 19/2023").
DOCUMENT_KINDS = r"law|act|regulation|decree|perpres|uu|undang-undang|peraturan(?:\s+presiden)?|keppres|permen"
_DOCUMENT = re.compile(
    rf"\b(?:{DOCUMENT_KINDS})\b"
    r"[^.?!]{0,30}?\b(?:no\.?|number|nomor)?\s*(\d+)(?:\s*(?:/|of|tahun|year)\s*(\d{4}))?",
    re.I,
)
_CAPITALISED = re.compile(r"\b([A-Z][\w’'-]*[A-Za-z0-9](?:\s+(?:of|for|and|on|the|dan|untuk)?\s*[A-Z][\w’'-]*)*)")
_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]{1,}(?:[\s-][A-Z][A-Z0-9]+)*)\b")


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists (``data/question_words.json``); each list's comment names the class it serves."""
    return json.loads(resources.files("tipbot").joinpath("data/question_words.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _judgement_patterns() -> tuple[re.Pattern, dict[str, str]]:
    """The superlative of a judgement in either language (group 1 the adjective) and each adjective's English
    word (list ``judgements``)."""
    english = {**{en: en for en in words()["judgements"]}, "best": "good", "worst": "bad"}
    for en, ids in words()["judgements"].items():
        english.update({w: en for w in ids})
    en_words = "|".join(sorted(words()["judgements"], key=len, reverse=True))
    id_words = "|".join(sorted((w for ids in words()["judgements"].values() for w in ids), key=len, reverse=True))
    # ("best practice" is a compound noun, no ranking)
    return rx.compile(rf"\b(?:(?:most|least)\s+({en_words})|(best|worst)(?!\s+practice)|(?:paling|ter)\s*"
                      rf"({id_words}))\b", re.I), english


def _judged(m: re.Match) -> str:
    """The English adjective of a superlative ``_judgement_patterns`` matched."""
    return _judgement_patterns()[1][next(g for g in m.groups() if g).lower()]


def asked_judgement(text: str) -> tuple[str, str] | None:
    """The judgement a question asks for at its highest or lowest ("which strategy was the most effective", "mana
    yg paling efektif", "the best"): its English adjective and the words that ask it. A ranking, which only a
    passage that makes it can answer."""
    m = _judgement_patterns()[0].search(text)
    return (_judged(m), m.group(0)) if m else None


def ranks_by(text: str, judgement: str) -> bool:
    """Whether ``text`` makes a ranking by ``judgement`` (its superlative, in either language)."""
    return any(_judged(m) == judgement for m in _judgement_patterns()[0].finditer(text))


def asks_findings(q: Question) -> bool:
    """Whether the question asks what the study found or concluded, and nothing more ("what did the paper find?",
    "what are the main findings of the study?", "apa temuan utama paper ini?"): a word of ``findings`` and, besides
    it, only words that name the paper or rank a finding (list ``salience``)."""
    if q.premise or not either_language(words()["findings"]).search(q.text):
        return False
    rest = either_language(words()["findings"]).sub(" ", q.text)
    rest = either_language(words()["paper_words"]).sub(" ", rest)
    rest = either_language(words()["salience"]).sub(" ", rest)
    return not content_words(rest, q.language)


def _dates_asked(text: str, lang: str) -> list[str]:
    """The pieces of a message that each ask a date ("ditandatangani kapan & berlaku kapan?"), split at question
    marks, commas, ampersands and the conjunctions that join two questions ("diterima tgl brp, direvisi tgl brp")."""
    pieces = rx.split(r"[?&;,]|\b(?:and|dan|terus|trus)\b", text)
    # (not the piece that asks the span itself: "how long between them?")
    return [x.strip(" ,") for x in pieces if x.strip() and answer_type(x, lang) == "date"
            and not _matches_any(x, words()["interval_words"], lang)]


def group_sides() -> list[list[str]]:
    """Each side of the pairs of groups of people (list ``groups``): the words for men, for women, for children …"""
    return [side for pair in words()["groups"] for side in pair]


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """Every word of every group of people (list ``groups``), lower case."""
    return frozenset(w.lower() for side in group_sides() for w in side)


@lru_cache(maxsize=1)
def generic_units() -> frozenset[str]:
    """The tokens of the generic things any count can be of (word list ``generic_counted``: people, victims …)."""
    return frozenset(t for w in words()["generic_counted"] for t in tokenize(w))


@lru_cache(maxsize=1)
def counted_nouns() -> frozenset[str]:
    """The generic nouns of a thing counted (list ``generic_counted``: "victims", "korban", "cases"), lower case."""
    return frozenset(w.lower() for w in words()["generic_counted"])


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """The verbs with which a source reports any count (list ``reporting_verbs``), both languages."""
    return frozenset(w for lg in ("en", "id") for w in words()["reporting_verbs"][lg])


@lru_cache(maxsize=1)
def _places() -> dict:
    """The gazetteer (``data/places.json``), read once."""
    return json.loads(resources.files("tipbot").joinpath("data/places.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every name or demonym of a country (lower case) → the country's name."""
    return {form: name for name, forms in _places()["countries"].items() for form in forms}


def cities() -> dict[str, list[str]]:
    """Each country's cities as the sources write them (``places.json``'s ``cities``)."""
    return _places()["cities"]


@lru_cache(maxsize=1)
def place_kind_names() -> dict[str, list[str]]:
    """Each noun for a kind of place ("city", "kota", "country") → the gazetteer's places of that kind."""
    named = {"cities": [c for cs in cities().values() for c in cs], "countries": list(_places()["countries"])}
    return {noun: named[kind] for kind, nouns in _places()["place_kinds"].items() for noun in nouns}


@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern:
    """One regex for every country form (longest first), on word boundaries; group 1 is the form."""
    return rx.compile(r"(?<![\w-])(" + _COUNTRY_FORMS() + r")(?![\w-])", re.I)


@lru_cache(maxsize=64)
def country_forms_pattern(country: str) -> re.Pattern:
    """The forms of one country as one regex (for "does this text speak of Cambodia")."""
    forms = sorted((f for f, n in countries().items() if n == country), key=len, reverse=True)
    return rx.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)


@lru_cache(maxsize=64)
def country_tokens(country: str) -> frozenset[str]:
    """The tokens of every form of one country's name ("cambodia", "cambodian", "kamboja")."""
    return frozenset(t for f, n in countries().items() if n == country for t in tokenize(f))


@lru_cache(maxsize=1)
def global_scope() -> re.Pattern:
    """Words that put a figure in the whole world (word list ``global_scope``: "worldwide", "di seluruh dunia")."""
    return phrase_pattern(words()["global_scope"])


def countries_in(text: str) -> list[str]:
    """The countries a text names, in order of first mention (not a continent named after one of them with its word
    for continent: "benua Amerika" is the Americas, not the United States)."""
    # (nor a name a country shares with a continent where the text lists it with another continent: "di Afrika sama
    # di Amerika" is the Americas)
    continents = set(_places()["continents"])
    listed = {w.lower() for w in rx.findall(r"[A-Za-z]+", text)} & continents
    return list(dict.fromkeys(countries()[m.group(1).lower()] for m in country_pattern().finditer(text)
                              if not _continent_before().search(text[:m.start()])
                              and not (m.group(1).lower() in continents and listed - {m.group(1).lower()})))


def continents_asked(text: str) -> set[str]:
    """The continents a question names, each with its English renderings ("eropa" → "eropa", "europe")."""
    named = {w.lower() for w in rx.findall(r"[A-Za-z]+", text)} & set(_places()["continents"])
    return named | {r for w in named for r in translate_terms(w)}


def continent_words() -> list[str]:
    """The words for a continent (``places.json``'s ``continent_words``), lower case."""
    return _places()["continent_words"]


@lru_cache(maxsize=1)
def _continent_before() -> re.Pattern:
    """A word for continent ending the text before a place name."""
    return rx.compile(rf"\b(?:{'|'.join(map(re.escape, continent_words()))})\s+$", re.I)


@lru_cache(maxsize=2)
def stopwords(lang: str) -> frozenset[str]:
    """stopwords-iso's list for the language, plus its colloquial particles (Indonesian) — filler, never a term
    the knowledge base must contain."""
    import stopwordsiso

    base = set(stopwordsiso.stopwords(lang))
    if lang == "id":
        base |= {w for w in words()["framing"]["id"] if " " not in w}
        base |= set(words()["colloquial_id"])
    else:
        base |= {w for w in words()["framing"]["en"] if " " not in w}
    return frozenset(base)


@lru_cache(maxsize=1)
def all_stopwords() -> frozenset[str]:
    """The filler of both languages (users mix them)."""
    return stopwords("en") | stopwords("id")


# a gap stands for the modifiers of an interrogative's noun ("which presidential regulation"), not for a clause:
# it does not cross an auxiliary verb ("which groups did Law 31 add" does not ask for a law)
_GAP = r"\b(?:(?!\b(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b).){0,40}?\b"


@lru_cache(maxsize=1)
def rank_words() -> str:
    """The words of rank labels (list ``rank_labels``: "tier", "peringkat", …) as one regex alternation."""
    return "|".join(re.escape(w) for w in words()["rank_labels"])


def phrase_pattern(phrases) -> re.Pattern:
    """A word list's phrases as one compiled alternation on word boundaries (see ``_table_pattern``)."""
    return _table_pattern(tuple(phrases))


@lru_cache(maxsize=16384)
def holds_phrase(key: str, text: str) -> bool:
    """Whether ``text`` holds a phrase of the word list ``key`` ("causal", "hedges", "announcing"); cached by text:
    the reader asks it of the same retrieved sentences question after question, and the alternations are long."""
    return bool(phrase_pattern(words()[key]).search(text))


def either_language(table: dict[str, list[str]], particles: bool = False) -> re.Pattern:
    """A word list's phrases of both languages as one pattern (users mix them); with ``particles``, an Indonesian
    phrase's words may carry the enclitic "-nya" ("kesimpulannya") and its last word a particle."""
    if not particles:
        return phrase_pattern([w for lg in ("en", "id") for w in table[lg]])
    return _both_pattern(tuple(table["en"]), tuple(table["id"]))


@lru_cache(maxsize=64)
def _both_pattern(english: tuple[str, ...], indonesian: tuple[str, ...]) -> re.Pattern:
    return rx.compile(f"{_table_pattern(english).pattern}|{_table_pattern(indonesian, True).pattern}", re.I)


@lru_cache(maxsize=1)
def locatives() -> str:
    """The locative prepositions of both languages as one regex alternation ("in|at|di")."""
    return "|".join(re.escape(w) for lg in ("en", "id") for w in words()["locative"][lg])


@lru_cache(maxsize=1)
def synonym_groups() -> list[set[str]]:
    """The synonym groups of the word lists, as token sets."""
    return [{t for w in group for t in tokenize(w)} for group in words()["synonyms"]]


def synonyms_of(tokens: set[str]) -> set[str]:
    """The other words of the synonym groups (``data/question_words.json``) that ``tokens`` touch."""
    out: set[str] = set()
    for group in synonym_groups():
        if tokens & group:
            out |= group
    return out - tokens


ID_PARTICLES = r"(?:lah|kah)?"  # Indonesian enclitic particles of emphasis and question ("ringkaslah", "apakah")
ID_DEFINITE = r"(?:nya)?"  # the Indonesian enclitic "-nya" (its / the) on any word ("data" → "datanya", "angkanya")


def _words_re(phrase: str, enclitics: bool = False) -> str:
    """A word-list phrase as a regex without boundaries (``.*`` inside a phrase stands for a short gap); with
    ``enclitics`` (Indonesian), any word may carry the enclitic "-nya"."""
    parts = [p.strip() for p in phrase.split(".*")]
    if enclitics:
        # (and any word its reduplicated plural: "alasan-alasannya", "faktor-faktor")
        parts = [" ".join(rf"(?:{re.escape(w)}-)?{re.escape(w)}{ID_DEFINITE}" for w in p.split()) for p in parts]
    else:
        parts = [re.escape(p) for p in parts]
    return _GAP.join(parts)


def _phrase_re(phrase: str, particles: bool = False) -> str:
    """A word-list phrase as a regex on word boundaries; with ``particles`` (an Indonesian list), any word may carry
    the enclitic "-nya" and the last word a particle."""
    return r"(?<![\w-])" + _words_re(phrase, particles) + (ID_PARTICLES if particles else "") + r"(?![\w-])"


def causal_interrogatives(lang: str) -> list[str]:
    """An interrogative of a thing, an optional auxiliary and a verb of causing ("what made …", "what had led …",
    "apa yang mendorong …"): a request for a reason whatever the causing verb (``causal_interrogatives``)."""
    table = words()["causal_interrogatives"].get(lang, {})
    return [" ".join(x for x in (head, aux, verb) if x) for head in table.get("heads", [])
            for aux in ["", *table.get("auxiliaries", [])] for verb in table.get("verbs", [])]


def interval_interrogatives(lang: str) -> list[str]:
    """An interval word before a relation of time ("how long after …", "berapa lama sebelum …"): a request for the
    time between two events (``interval_words`` × ``interval_relations``)."""
    w = words()
    return [f"{a} {r}" for a in w["interval_words"].get(lang, []) for r in w["interval_relations"].get(lang, [])]


def typed_interrogatives(kind: str, lang: str) -> str | None:
    """An interrogative determiner with a head noun of the answer type ``kind`` ("what year", "which government
    agency", "what was the total", "in which city"; Indonesian after the noun: "tahun berapa", "lembaga apa", "di
    kota mana"): a request for that type whatever the topic (``typed_interrogatives``: heads × nouns, as one regex
    rather than every pair spelled out)."""
    table = words()["typed_interrogatives"]
    entry = table["nouns"].get(kind, {})
    nouns = entry.get(lang, [])
    if not nouns:
        return None
    heads = [*table["heads"].get(lang, []), *(entry.get("id_heads", []) if lang == "id" else []),
             *(["which .*"] if entry.get("modified") and lang == "en" else [])]
    indonesian = lang == "id"

    def alternation(phrases: list[str]) -> str:
        return "(?:" + "|".join(_words_re(p, indonesian) for p in sorted(phrases, key=len, reverse=True)) + ")"

    preps = "|".join(re.escape(p) for p in table["prepositions"].get(lang, []))
    prep = rf"(?:(?:{preps}) )?" if entry.get("prepositional") else ""
    # (an Indonesian noun of a body or person may take one word, its body's name, before its determiner: "pejabat
    # Polri mana", "negara ASEAN mana", as "which Polri official" does in English)
    between = r"(?: [\w-]+)?" if indonesian and kind == "actor" else ""
    pair = f"{alternation(nouns)}{between} {alternation(heads)}" if indonesian else \
        f"{alternation(heads)} {alternation(nouns)}"
    if not indonesian:
        # (an English noun before a noun of dates modifies it: "which report years" asks for years, not a source;
        # so a noun of dates may take one word before it)
        dates = table["nouns"]["date"]["en"]
        pair = rf"{alternation(heads)} (?:[\w-]+ )?{alternation(nouns)}" if kind == "date" else \
            rf"{pair}(?! {alternation(dates)}(?![\w-]))"
    return r"(?<![\w-])" + prep + pair + (ID_PARTICLES if indonesian else "") + r"(?![\w-])"


def brief_requests(lang: str) -> list[str]:
    """A general request verb with a word of brevity beside it ("explain briefly", "jelasin singkat"): a request
    for a summary, which yields to no interrogative (``brevity``; the verb alone is a weak request)."""
    verbs = [w for w in words()["weak_requests"] if " " not in w]
    brief = words()["brevity"].get(lang, [])
    return [f"{a} {b}" for v in verbs for w in brief for a, b in ((v, w), (w, v))]


def content_requests(lang: str) -> list[str]:
    """A question of what a named part of a text holds or says ("what does section 3.3 say", "apa isi bagian 3.3"):
    a request for a summary of that part (``text_content``: each ask with each unit)."""
    table = words()["text_content"]
    return [ask.format(unit=u) for ask in table["asks"].get(lang, []) for u in table["units"].get(lang, [])]


def list_interrogatives(lang: str) -> list[str]:
    """An interrogative of a thing, a plural copula and a determiner of a plural ("what are the", "which were all",
    "what are some"): a request for a list (``list_interrogatives``: each head with each copula and determiner)."""
    table = words()["list_interrogatives"].get(lang, {})
    return [f"{h} {c} {d}" for h in table.get("heads", []) for c in table.get("copulas", [])
            for d in table.get("determiners", [])]


def summary_requests(lang: str) -> list[str]:
    """The generated phrases of a summary: brief requests and questions of a text part's content."""
    return [*brief_requests(lang), *content_requests(lang)]


_GENERATED_TYPES = {"reason": causal_interrogatives, "summary": summary_requests, "date": interval_interrogatives,
                    "list": list_interrogatives}


@lru_cache(maxsize=1)
def _brief_set() -> frozenset[str]:
    return frozenset(p.lower() for lg in ("en", "id") for p in brief_requests(lg))


@lru_cache(maxsize=64)
def _compiled(key: str, lang: str) -> re.Pattern | None:
    """The word list ``key`` of language ``lang`` as one regex (see ``_table_pattern``)."""
    w = words()
    if key.startswith("type:"):
        phrases = w["answer_types"].get(key[5:], {}).get(lang, [])  # ("fact" has no words of its own)
        generated = _GENERATED_TYPES.get(key[5:])  # (the interrogatives a word class builds)
        phrases = [*phrases, *generated(lang)] if generated else phrases
        typed = typed_interrogatives(key[5:], lang)
        if typed:  # (first: at one place, the longer reading)
            listed = _table_pattern(tuple(phrases), lang == "id").pattern if phrases else None
            return rx.compile("|".join(x for x in (typed, listed) if x), re.I)
    elif key.startswith("conv:"):
        phrases = w["conversation"][key[5:]].get(lang, [])
    elif key == "framing":
        phrases = w["framing"].get(lang, [])
    elif key == "premise":
        phrases = w["premise_markers"].get(lang, [])
    elif key == "followup_open":
        phrases = w["followup"]["openings"].get(lang, [])
    elif key == "followup_pron":
        phrases = w["followup"]["pronouns"].get(lang, [])
    else:
        raise KeyError(key)
    # (an Indonesian request verb or interrogative may carry a particle: "ringkaslah", "sebutkanlah", "kapankah")
    return _table_pattern(tuple(phrases), key.startswith("type:") and lang == "id") if phrases else None


@dataclass
class Constraints:
    """What the evidence must be about: the question's own years, numbers, names, countries and documents."""

    years: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # country names (canonical)
    qualified: list[tuple[str, str]] = field(default_factory=list)  # (country, noun): "Cambodian law", "hukum Kamboja"
    documents: list[str] = field(default_factory=list)  # "21/2007"-style keys of laws, regulations, reports

    def empty(self) -> bool:
        return not (self.years or self.numbers or self.names or self.places or self.documents)


@dataclass
class Question:
    """A question as understood before retrieval."""

    original: str
    text: str  # framing and filler removed; what is searched
    language: str
    kind: str = "question"  # question | greeting | thanks | capabilities | about
    answer_type: str = "fact"  # quantity date actor place list reason summary comparison definition method source fact
    head: str = ""  # the noun the interrogative asks about ("people" in "how many people")
    count: int | None = None  # "the five strategies" → 5
    constraints: Constraints = field(default_factory=Constraints)
    premise: bool = False  # asserts something that must be checked ("why did …", "the paper says that …")
    defined: str = ""  # the term a definition question asks about
    reading: str = ""  # how a follow-up was read ("" when it stands alone)
    parts: list[str] = field(default_factory=list)  # the parts of a multi-part question or the sides of a comparison
    about_document: bool = False  # asks about the paper itself (authors, affiliation, journal)
    chronology: bool = False  # asks for events in the order of their dates ("kronologi …", "a timeline of …")
    wants_paper: bool = False  # names the paper as the source it wants ("according to the paper …")
    remainder: bool = False  # asks the rest of a total the text gives ("the ones outside Asia-Pacific")
    wants_source: bool = False  # asks past the paper, for what a cited source says ("the paper just says …")
    names_paper: bool = False  # names the paper at all (a comparison of the paper with a digest names both)
    # names the paper and its sources together as what to draw on ("what the paper and its sources say about …")
    with_sources: bool = False
    whole_paper: bool = False  # asks for a summary of the paper as a whole ("intinya paper ini apa?"): its abstract
    omission: bool = False  # asks what the paper leaves out ("what does the paper not mention about …")
    bound: str = ""  # a quantity asked as its lower ("min") or upper ("max") bound ("the minimum prison term")
    percent: bool = False  # asks for a share (a percentage), not a count
    interval: bool = False  # asks for the time between two events ("how long after …")
    start: bool = False  # asks when a state began ("since when", "sejak tahun berapa"): the date "since/from" opens
    end: bool = False  # asks when a state ends ("until when", "sampai tahun berapa berlaku"): a date "until" opens
    # "sum", "difference", "ratio", "share", "percent" or "rate": asks for a value computed from the figures
    # ("combined", "selisih", "per report", "what % is that", "rata-rata sebulan")
    arithmetic: str = ""
    per_time: str = ""  # the unit of time an average is asked per ("month" of "rata-rata sebulan"): arithmetic "rate"
    cited_for: bool = False  # asks what the paper cites a work it names by author and year for
    coverage: str = ""  # the topic a yes/no question asks whether the paper speaks of ("does the paper mention X?")
    work_subject: bool = False  # asks what a work it names by author and year is about ("what does X (2017) study?")
    work_critique: bool = False  # asks what is wrong with a work it names by author and year as the paper's support
    change: bool = False  # asks how much a quantity changed ("by how many did it rise"): a difference of its two ends
    # asks by what share of its earlier value a quantity changed ("what % rise is that", "naik brp persen"): the
    # difference of its two ends, over the earlier one
    percent_change: bool = False
    period: bool = False  # asks for the span of time something covers ("what period", "periode kapan")
    part_of: str = ""  # the total whose part a quantity question counts ("the 1,138 …, how many of them were women")
    # the group a quantity question counts of a whole it names without a figure ("how many of the victims in the
    # kidney case were women?"): the sources must count that group of it
    subset: str = ""
    breakdown: str = ""  # the dimension it asks a total broken down by ("… distributed by province": "place")
    personal: str = ""  # "opinion" (the assistant's own view) or "advice" (on the user's own case): no source holds it
    unrelated: bool = False  # the message says it is off the topic ("unrelated but …", "oot"; list unrelated_markers)
    present: bool = False  # asks how things stand now or after the paper ("right now", "saat ini")
    below_country: bool = False  # a place question asks for a city, province or region, not a country
    provision: str = ""  # it asks for the number of a law's provision ("pasal berapa", "which article"): "pasal"
    rank: int = 0  # the rank it asserts of an act among others doing it ("the first state to ratify", "ke-6 yg …")
    item: int = 0  # the place in a list of the item asked ("strategi keempat dari lima strategi", "poin nomor 3")
    unique: bool = False  # it asserts that one thing alone does something ("the only body with …", "satu-satunya")
    checks_source: bool = False  # asks whether the paper's account of a cited source matches that source
    excluded: str = ""  # what the question says it does not want ("… brp orang? bukan tersangkanya" → "tersangka")
    # the names of the sources it names by their outlet ("menurut VOA" names Wardah, 2023): set by the reader, which
    # knows the reference records
    source_names: tuple[str, ...] = ()

    @property
    def conversational(self) -> bool:
        return self.kind != "question"


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10,
}


# an Indonesian word and, in brackets, the lower-case word of another language meant by it: "diterima (accepted)"
_GLOSSED = re.compile(r"(?<![\w-])([a-z]{3,})\s+\(([a-z]{3,})\)")
_LAUGHTER = re.compile(r"(?<![\w-])((?:h|w)[aeiouk]|xi)\1+[hw]?(?![\w-])", re.I)


def normalise(text: str, lang: str) -> str:
    """Colloquial Indonesian spellings to standard ones, English chat abbreviations to their words; quotes and
    spaces tidied (both languages)."""
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    text = rx.sub(r"\s+", " ", text).strip()
    # chat laughter of any length ("hehehe", "wkwkwk", "hahaha") as the word lists write it ("hehe", "wkwk")
    text = _LAUGHTER.sub(lambda m: m.group(1).lower() * 2, text)
    # (a public figure's short name typed in lower case is a name: "jokowi" is Jokowi, ``name_aliases``)
    text = rx.sub(r"(?<![\w'’-])[a-z]+(?![\w'’-])",
                  lambda m: m.group(0).capitalize() if m.group(0) in words()["name_aliases"] else m.group(0), text)
    short = words()["short_forms"]  # ("what does the KB say": the knowledge base; "menurut KB": basis pengetahuan)
    text = rx.sub(r"(?<![\w-])[A-Z]{2,}(?![\w-])",
                  lambda m: short[m.group(0)][lang] if m.group(0) in short else m.group(0), text)
    if not (lang == "id" or detect_language(text) == "id"):  # ("bc" is "baca" in Indonesian chat)
        # ("how many ppl": English chat abbreviations; capitalised in a name, the word capitalised: "State Dept")
        english = words()["colloquial_en"]

        def expanded(m: re.Match) -> str:
            word = english.get(m.group(0).lower())
            return m.group(0) if word is None else word.capitalize() if m.group(0)[0].isupper() else word

        text = rx.sub(r"(?<![\w'-])[A-Za-z][a-z']+(?![\w'-])", expanded, text)
    table = words()["colloquial_id"]
    standard = _colloquial_pattern().sub(lambda m: table[m.group(0).lower()], text)
    # informal reduplication: a word written with a 2 stands for the word twice ("korban2" = "korban-korban"),
    # an enclitic after the 2 included ("faktor2nya" = "faktor-faktornya")
    standard = rx.sub(r"\b([A-Za-z]{3,})2(nya|lah|kah)?\b", r"\1-\1\2", standard)
    # a decade typed without its hyphen ("tahun 1880an") as written ("1880-an")
    standard = rx.sub(r"\b((?:1[89]|20)\d0)an\b", r"\1-an", standard)
    # informal Indonesian ("brp laporan yg disebut?") only reads as Indonesian once its spellings are standard
    if not (lang == "id" or detect_language(standard) == "id"):
        return text
    # the rest of the colloquial lexicon (Kamus Alay): lower-case words only, so an acronym stays as written
    slang = colloquial_lexicon()
    standard = rx.sub(r"(?<![\w-])[a-z][a-z0-9]+(?![\w-])", lambda m: slang.get(m.group(0), m.group(0)), standard)
    # an Indonesian word glossed by the English word meant, in brackets: that word ("diterima (accepted)" is
    # accepted, not the lexicon's "received")
    return _GLOSSED.sub(lambda m: m.group(2) if indonesian_word(m.group(1)) and not indonesian_word(m.group(2))
                        else m.group(0), standard)


@lru_cache(maxsize=1)
def colloquial_lexicon() -> dict[str, str]:
    """Colloquial Indonesian spellings and their standard forms (Salsabila et al.'s Colloquial Indonesian Lexicon,
    as indoNLP ships it), without the words the word lists or Sastrawi's dictionary know as they are and without
    English words (an English term in an Indonesian message is meant as written)."""
    from indoNLP.preprocessing.slang_data import SLANG_DATA

    from ..query import common_words, lexicons

    known = common_words() | set(lexicons()[0]) | set(words()["not_colloquial"])
    return {k: v for k, v in SLANG_DATA.items() if k != v and k.isalnum() and len(k) > 1 and k not in known}


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """The words that are no name: either side of the word lists (the English renderings, but for a name they keep
    as it is: "phnom penh" → "phnom penh"), Sastrawi's dictionary, the stop words, the countries' names and
    demonyms. A word outside them that no passage uses is a name the store does not hold ("rohingya")."""
    domain, general = lexicons()
    english = {t for table in (domain, general) for key, renderings in table.items() for r in renderings
               if r.lower() != key for t in r.lower().split()}
    return frozenset(set(domain) | set(general) | english | indonesian_roots() | all_stopwords() | set(countries()))


ACRONYM_LETTERS = 5  # an acronym this long, written only in capitals, is a name whatever a dictionary holds


# what follows a cited author before the year: co-authors abbreviated and the separator ("Septia dkk 2022",
# "Anderson (2021)", "Arbar, 2022"); shared by ``CITED_AS`` and the recaser's citations typed in lower case
_CITED_BEFORE_YEAR = r"(?:\s+(?:et al\.?|dkk\.?))?\s*(?:,\s*|\(\s*|\s)"


MISTYPED_NAME_LETTERS = 6  # a name this long typed one letter off is still that name


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter apart: one inserted, dropped, replaced, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[i:] == long_[i + 1:]


def recaser(names: dict[str, str], lower_words: frozenset[str],
            authors: dict[str, str] | None = None) -> Callable[[str], str]:
    """What writes a question's names typed in lower case as the store writes them ("sejak april 2021 kbri phnom
    penh terima brp laporan?" → "… KBRI Phnom Penh …"), so that they are names to the reader as they are when
    typed capitalised: of ``names`` (``AnswerContext.store_names``), those with a word that is no ordinary word —
    not one the store writes in lower case (``lower_words``), a word of either side of the word lists or of
    Sastrawi's dictionary, a stop word or a country's name or demonym ("phnom", "tppo", "mealea", "kbri"; not
    "indonesian migrant workers union", nor an acronym that is a word, "us", nor a title's words, "tindak pidana
    perdagangan orang"). Text typed with any capital is kept as typed. Of ``authors`` (the names by which the paper
    cites its sources), one before a year is a citation, ordinary word or not ("sumber wahyu 2023" → "Wahyu (2023)");
    a surname before a bare year is written as the paper cites it, typed with a capital or not ("Snyder 2019" →
    "Snyder (2019)"), and one before a possessive and a noun for a document names the work ("alifia's thesis"). A
    label of no store word before the question goes first (``without_unknown_label``)."""
    # (a name as the store writes it may carry a footnote's mark, "Rudi Sukandar²", which no question types)
    names = {k2: rx.sub(_FOOTNOTE_MARKS, "", v) for k, v in names.items() if (k2 := rx.sub(_FOOTNOTE_MARKS, "", k))}
    ordinary = lower_words | ordinary_words()
    alternation = "|".join(re.escape(k) for k in sorted(authors or (), key=len, reverse=True))
    cited = rx.compile(rf"(?<![\w'’-])({alternation})({_CITED_BEFORE_YEAR})((?:19|20)\d\d)\b", re.I) \
        if authors else None
    # (a cited author's possessive before a noun for a document names that work too: "alifia's thesis",
    # "anderson's article")
    documents = either_language(words()["source_nouns"]).pattern
    owned = rx.compile(rf"(?<![\w'’-])({alternation})(?=['’]s\s+(?:{documents}))") if authors else None

    def citation(m: re.Match) -> str:
        author, between, year = authors[m.group(1).lower()], m.group(2), m.group(3)
        # (a person's surname and a bare year are written as the paper cites them, "snyder 2019" or "Snyder 2019"
        # → "Snyder (2019)": a citation, whose year dates the work, not what the question asks; an institution's
        # acronym before a year, "data KBRI 2022", may date its data and stays a year)
        if rx.match(r"[A-Z][a-z]", author) and not rx.search(r"[,(]", between):
            return f"{author}{between.rstrip()} ({year})"
        return f"{author}{between}{year}" if m.group(1).islower() else m.group(0)

    def name_word(word: str) -> bool:  # (a possessive is its word's: "ministry's")
        bare = rx.sub(r"['’]s$", "", word)
        # (or an acronym of five letters or more the store writes only in capitals, though a dictionary holds the
        # word: "simfoni" is SIMFONI there, not a symphony)
        return (bare not in ordinary or bare not in lower_words and len(bare) >= ACRONYM_LETTERS
                and names.get(bare, "").isupper()) and not bare.isdigit()

    proper = {k: v for k, v in names.items() if any(name_word(w) for w in k.split())}
    # (and the last word of a name of several words, typed alone, when it is no ordinary word nor an Indonesian one:
    # a surname, "prabowo" of "Listyo Sigit Prabowo", is that word capitalised; "pemimpin" of "Para Pemimpin" is
    # a word, leader; judged when a question types it, as the dictionary's stemmer is slow for every name at once)
    surnames = {k.split()[-1]: v.split()[-1] for k, v in names.items()
                if " " in k and rx.fullmatch(r"[a-z]+", k.split()[-1]) and k.split()[-1] not in proper}

    def surname(m: re.Match) -> str:
        word = m.group(0)
        known = surnames.get(word)
        return known if known and name_word(word) and not indonesian_word(word) else word

    # (two surnames typed together, as works are cited — "pratiwi sukandar", "pratiwi & sukandar", "pratiwi dan
    # yunda" — are names, though a dictionary holds one of them: each the paper cites as an author, or the last
    # word, no ordinary word, of a name of several words; an organisation's last word is an ordinary one, "police")
    people = {w: rx.sub(r"[^A-Za-z]", "", v.split()[-1]) for k, v in names.items()
              if " " in k and "&" not in k and (w := rx.sub(r"[^a-z]", "", k.split()[-1])) not in ordinary}
    people.update({k: v for k, v in (authors or {}).items() if rx.fullmatch(r"[a-z]+", k)})
    people = {k: v for k, v in people.items() if len(k) >= 3 and v[:1].isupper()}
    either = "|".join(re.escape(k) for k in sorted(people, key=len, reverse=True))
    paired = rx.compile(rf"(?<![\w'’-])({either})(\s+(?:(?:&|and|dan)\s+)?)({either})(?![\w-])", re.I) \
        if people else None

    pattern = rx.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(k) for k in sorted(proper, key=len, reverse=True))
                         + r")(?![\w'’-])") if proper else None

    # (a one-word name typed one letter off, "kemenppa" for KemenPPPA, "bareskrm": the store's name, when the word
    # as typed is no word of the store's, of the word lists or of the dictionary)
    single = {k: v for k, v in proper.items() if " " not in k and len(k) >= MISTYPED_NAME_LETTERS
              and rx.fullmatch(r"[a-z]+", k)}

    def respelled(m: re.Match) -> str:
        word = m.group(0).lower()
        if len(word) < MISTYPED_NAME_LETTERS or word in names or word in ordinary:
            return m.group(0)
        near = [v for k, v in single.items() if k[0] == word[0] and one_edit_apart(word, k)]
        return near[0] if len(near) == 1 else m.group(0)

    def recased(text: str) -> str:
        text = without_unknown_label(text, lambda w: w in lower_words or w in names or w in countries())
        text = pattern.sub(lambda m: proper[m.group(0)], text) if pattern is not None else text
        text = rx.sub(r"(?<![\w'’-])[a-z]+(?![\w'’-])", surname, text) if surnames else text
        text = rx.sub(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])", respelled, text) if single else text
        text = paired.sub(lambda m: people[m.group(1).lower()] + m.group(2) + people[m.group(3).lower()], text) \
            if paired else text
        if cited is None:
            return text
        return owned.sub(lambda m: authors[m.group(1)], cited.sub(citation, text))

    return recased


_FOOTNOTE_MARKS = r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+"  # the marks that tie an author's name to a footnote


def without_unknown_label(text: str, known: Callable[[str], bool]) -> str:
    """A message without the label that opens it before a colon ("quick math: how many days …", "essay help: what
    …", "soal hitungan: berapa …") when the label is at most three words, none of its content words is ``known``
    (a word of the store, or a name or country it writes) and the rest opens with an interrogative: such a label
    says what the user is doing, not what the question is about. A label of the store's own words is a topic
    ("ACTIP: when was it signed?") and stays."""
    m = _LABEL.match(text)
    if m is None or rx.search(r"\d", m.group(1)):
        return text
    label, rest = m.group(1), m.group(2)
    if not rx.match(r"(?:" + "|".join(sorted(INTERROGATIVES | YES_NO_OPENERS)) + r")\b", rest.lower()):
        return text
    lang = "id" if rest.lower().split()[0] in _ID_WH else "en"
    # (a label that asks for a kind of answer is the request, not framing: "quick rundown:", "ringkasan:")
    if any(p is not None and p.search(label) for t in words()["type_order"] for lg in ("en", "id")
           if (p := _compiled(f"type:{t}", lg)) is not None):
        return text
    content = content_words(label, lang)
    return rest if content and not any(known(w.lower()) for w in content) else text


# a label of one to three words before a colon opening a message ("quick math: …")
_LABEL = re.compile(r"\s*((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s*:\s*(\S.*)", re.S)


def _name_language() -> re.Pattern:
    return _table_pattern(tuple(p for table in words()["name_language"].values() for p in table))


def _colloquial_pattern() -> re.Pattern:
    return _table_pattern(tuple(words()["colloquial_id"]))


def strip_framing(text: str, lang: str) -> str:
    """The question without conversational framing ("for my essay:", "tolong … dong", "can you tell me")."""
    # a sentence of the message that is conversation alone, thanks or a greeting, goes ("siang kak, makasih yg
    # kemarin ya. mau nanya: …"; "Thanks! And when was ACTIP signed?")
    sentences = sentences_of(text.strip())
    if len(sentences) >= 2:
        kept = [x for x in sentences if (_conversation_kind(x, lang) or ("",))[0] not in ("thanks", "greeting")]
        text = " ".join(kept) if kept else text
    # "for my essay: <question>" — a lead-in before a colon that holds no content word goes whole
    if ":" in text:
        head, tail = text.split(":", 1)
        if tail.strip() and not content_words(head, lang):
            text = tail
    text = _without_greeting(text)
    text = _without_self_description(text)
    text = _PURPOSE.sub(" ", text)
    text = _audience_en().sub(" ", text)
    text = _answer_length().sub(" ", text)
    for lg in dict.fromkeys([lang, "en", "id"]):
        pat = _compiled("framing", lg)
        if pat is not None:
            text = pat.sub(lambda m: m.group(0) if _between_names(m) else " ", text)
    text = _purpose_id().sub(" ", text)  # (after the particles went: "buat tugas kuliah aku dong")
    text = _TAG_QUESTION.sub("?", text)  # ("…, is that right?": the tag asks for a check, its words are no terms)
    text = _REPORTED.sub(" ", text)  # ("I found that …": the user reports what they read; it names nothing)
    # (and the possessive of framing that went: "according to the paper's dates")
    text = rx.sub(r"(?:^|(?<=\s))['’]s\b", " ", text)
    text = rx.sub(r"\s+([?,.!])", r"\1", rx.sub(r"\s+", " ", text)).strip(" ,.;:-!")
    return text


def _between_names(m: re.Match) -> bool:
    """Whether a framing word stands between two capitalised words ("Menlu Retno bilang Indonesia …"): it keeps
    them two names (going, it would join "Menlu Retno Indonesia"); it is a stop word either way."""
    return bool(rx.search(r"[A-Z][\w'’-]*\s*$", m.string[:m.start()]) and rx.match(r"\s*[A-Z]", m.string[m.end():]))


# the user reporting what they came across, opening a sentence ("I found that …", "I heard that …"; a regex, not the
# framing list, whose words become stop words: "what this paper found" keeps its term)
_REPORTED = re.compile(r"(?:^|(?<=[.!?]\s))(?:i|we)\s+(?:found|heard|saw|learned|learnt|noticed)\s+that\b", re.I)


# an English tag question that closes a statement ("…, is that right?", "…, am I right?", "…, true?"): it marks the
# statement as an assertion to check (``premise``, read before framing goes) and names nothing
# (a bare "right?" only after a comma: "is the strategy right?" asks for a verdict)
_TAG_QUESTION = re.compile(r"(?:,?\s*\b(?:(?:is|isn['’]?t|was|wasn['’]?t)\s+(?:that|it|this)\s+(?:right|correct|true|"
                           r"accurate|so)|am\s+i\s+(?:right|correct|wrong))|,\s*(?:right|correct|true))\s*\?+\s*$",
                           re.I)


# the user's own purpose, in English: "for my (comparative law) essay", anywhere; "for a presentation:" as a lead-in
# (up to its colon, comma or dash: "for a victim" inside a question is content)
_PURPOSE = re.compile(r"\bfor\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s*(?:[:,;—–.?!]|\s-\s|$))"
                      r"|\bfor\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?=(?:i|we)\b)"  # "for my thesis lit review I want …"
                      r"|\bfor\s+(?:my|our)\s+[\w'-]+"
                      r"|^\s*for\s+an?\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*[:—–]", re.I)


@lru_cache(maxsize=1)
def _purpose_id() -> re.Pattern:
    """The user's own purpose, in Indonesian: "buat"/"untuk" and what the user is preparing (list
    ``purpose_nouns``), with up to two words after it when they end the clause ("buat slide presentasi besok")."""
    nouns = "|".join(re.escape(n) for n in sorted(words()["purpose_nouns"], key=len, reverse=True))
    lead = rf"\b(?:buat|untuk|bwt|utk)\s+(?:bahan\s+)?(?:{nouns})\b"
    # (or who the answer is for, list ``audiences``: "jelasin paper ini buat orang awam")
    audiences = "|".join(re.escape(n) for n in sorted(words()["audiences"]["id"], key=len, reverse=True))
    # (or where the user will put what they read, after an active verb of citing or using: "mau kutip di makalah",
    # "mau masukin ke skripsi"; not "dikutip di penelitian ini", what the paper itself cites)
    placed = (rf"\b(?:{'|'.join(words()['citing_verbs'])})\s+(?:(?:ini|itu|nya|datanya)\s+)?(?:di|ke|dalam)\s+"
              rf"(?:{nouns})\b(?!\s+(?:ini|itu|tsb|tersebut)\b)")
    return rx.compile(rf"{lead}(?:\s+[\w-]+){{1,2}}(?=\s*(?:[:,;.?!]|$))|{lead}|{placed}"
                      rf"|\b(?:buat|untuk|bwt|utk|bagi)\s+(?:{audiences})\b", re.I)


@lru_cache(maxsize=1)
def _audience_en() -> re.Pattern:
    """Who an English answer is for ("explain it for a layperson", "like I'm a beginner"; list ``audiences``)."""
    audiences = "|".join(re.escape(n) for n in sorted(words()["audiences"]["en"], key=len, reverse=True))
    return rx.compile(rf"\b(?:for|to|like\s+(?:i'm|i\s+am|to))\s+(?:{audiences})\b", re.I)


@lru_cache(maxsize=1)
def _greeting_opening() -> re.Pattern:
    """A greeting that opens a message, with the words addressing the assistant after it, up to its comma or
    exclamation mark ("assalamualaikum kak, …", "good morning tipbot! …"; ``conversation`` "greeting" of both
    languages): it asks nothing, and what follows is the question."""
    conv = words()["conversation"]
    greetings = "|".join(re.escape(g) for g in sorted({g for lg in ("en", "id") for g in conv["greeting"][lg]},
                                                         key=len, reverse=True))
    return rx.compile(rf"^\s*(?:{greetings})(?P<after>(?:\s+[\w']+){{0,2}}?)\s*[,!]+\s*", re.I)


@lru_cache(maxsize=1)
def _self_description() -> re.Pattern:
    """A clause in which the user says who they are: a first-person pronoun, a hedge or a negation, and a noun of
    ``user_roles`` after at most two words, up to the clause's end ("aku bukan anak HI", "saya mahasiswa hukum",
    "I'm a law student", "I'm not from IR"). It opens the message or follows a clause's end or another mark."""
    roles = words()["user_roles"]
    en = "|".join(re.escape(r) for r in sorted(roles["en"], key=len, reverse=True))
    # (an Indonesian message may name the role in English, "aku volunteer advokasi"; the English "from" is no role)
    idn = "|".join(re.escape(r) for r in sorted({*roles["id"], *roles["en"]} - {"from"}, key=len, reverse=True))
    # (after a clause's end or any other mark, as an emoji: "hai tipbot 👋 aku …")
    return rx.compile(rf"(?:^|(?<=[^\w\s])|(?<=[^\w\s]\s))\s*(?:"
                      rf"(?:i['’]?m|i\s+am)\s+(?:not\s+|just\s+|only\s+|also\s+)?(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{en})\b|"
                      rf"(?:aku|saya|gue|gw|ak)\s+(?:bukan\s+|cuma\s+|hanya\s+|juga\s+|masih\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{idn})\b)[^,.;!?]*[,.;!]?", re.I)


SELF_REST_WORDS = 3  # words after a self-description's comma that still belong to it when no question follows


def _without_self_description(text: str) -> str:
    """``text`` without the clauses in which the user says who they are, and a short rest of the same sentence
    that asks nothing ("aku staf disnaker di Kupang, NTT. mau nanya …": ", NTT" is where the user works)."""
    for m in reversed(list(_self_description().finditer(text))):
        end = m.end()
        if not rx.search(r"[.;!?]\s*$", m.group(0)):
            rest = rx.match(r"[^.;!?]*[.;!?]?", text[end:]).group(0)
            if len(rest.split()) <= SELF_REST_WORDS and not set(rx.findall(r"[a-z]+", rest.lower())) & _WH:
                end += len(rest)
        text = text[: m.start()] + " " + text[end:]
    return text



def _without_greeting(text: str) -> str:
    """``text`` without the greeting that opens it, when the words after the greeting only address the assistant
    ("assalamualaikum kak," goes; "Malam itu, …" is no greeting: "itu" addresses no one)."""
    m = _greeting_opening().match(text)
    if m is None or not m.end() < len(text):
        return text
    if all(w.lower() in _addressees() for w in m.group("after").split()):
        return text[m.end():]
    return text


@lru_cache(maxsize=1)
def _addressees() -> frozenset[str]:
    """The words with which a message may address the assistant after a greeting: those for the assistant and the
    framing words ("kak", "min", "tipbot"), built once."""
    return _addressing_words()[0] | {w.lower() for lg in ("en", "id") for w in words()["framing"][lg]}


@lru_cache(maxsize=1)
def _answer_length() -> re.Pattern:
    """The length the user asks of the answer, in pieces of text ("in like 3 sentences", "dalam 2 paragraf",
    "max 5 poin", "a 3-sentence summary"): an instruction on the answer, not a figure of the question."""
    number = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + ")"
    pieces = (r"(?:sentences?|words?|lines?|paragraphs?|points?|bullets?(?:\s+points?)?|kalimat|kata|baris|"
              r"paragraf|poin|butir)")
    before = r"(?:in|within|into|under|dalam|jadi|pake|pakai|max|maks|maksimal|maximum|no more than|paling banyak)"
    hedge = r"(?:(?:like|about|around|just|only|sekitar|kira2|kira-kira|cuma|hanya)\s+)?"
    # (or a bound after the pieces, with the preposition or without: "in 2 sentences max", "3 kalimat aja")
    bound = r"(?:max|maks|maximum|tops|at most|aja|saja|doang)"
    return rx.compile(rf"\b{before}\s+{hedge}{number}\s+(?:short\s+|singkat\s+)?{pieces}\b(?:\s+{bound}\b)?"
                      rf"|\b{number}\s+(?:short\s+|singkat\s+)?{pieces}\s+{bound}\b"
                      rf"|\b{number}-(?:sentence|word|line|paragraph|point|bullet)\b", re.I)


def content_words(text: str, lang: str) -> list[str]:
    """Words that carry content: not function words, interrogatives or framing of either language.

    stopwords-iso's lists are broad (they hold "research", "cases", "first", "million"), which is right for
    telling filler from names but wrong for the terms a sentence must match; the terms use the keyword index's
    short function-word list, the Indonesian function words and the framing words instead."""
    drop = _term_stops()
    out = []
    for w in _WORD.findall(text):
        low = w.lower().strip("'’-")
        if not low or low in drop or low in NUMBER_WORDS or not tokenize(low):
            continue
        out.append(w)
    return out


@lru_cache(maxsize=1)
def _term_stops() -> frozenset[str]:
    framing = {w for lg in ("en", "id") for p in words()["framing"][lg] for w in p.split()}
    return frozenset(framing | set(stopwords("id")) | {"many", "much", "kind", "way", "thing", "things", "one"})


_QUOTATION = re.compile(r"(?:(?<=\s)|^)['\"“‘][^'\"”’\n]{12,}['\"”’]")


@lru_cache(maxsize=1)
def _RELATIVE_AFTER() -> dict[str, re.Pattern]:  # noqa: N802 - a constant, built once
    """For "who" and "where": the nouns right after which they open a relative clause (people; parts of a text and
    places)."""
    people = [w for w in words()["generic_counted"] if rx.fullmatch(r"[a-z]+", w)] + words()["place_nouns"]["people"]
    places = [*words()["text_content"]["units"]["en"], *words()["place_nouns"]["places"]]
    return {wh: rx.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))})s?\s+$")
            for wh, nouns in (("who", people), ("where", places))}


# what a thing means for the paper: the paper is what it bears on, not the source asked for
_RELEVANCE_TO_PAPER = re.compile(r"\b(?:matters?|mattered|relevant|relevance|important|means?|meant|relevan|penting|"
                                 r"berarti|artinya)\s+(?:for|to|untuk|bagi|buat|ke)\s+(?:the\s+|this\s+)?paper\b",
                                 re.I)
# an interrogative determiner before a plural noun, or a noun of kinds ("which areas", "what kinds of"); not a word in
# -s that is singular ("what status", "which process", "what basis")
_PLURAL_WH = re.compile(r"(?:^|[.?!;]\s*|^\s*(?:according\s+to|based\s+on|per|in|from)\b[^,?.;]{1,60},\s*)"
                        # (or after an opening phrase that credits a source: "according to the KB, which areas …")
                        r"(?:which|what)\s+(?:(?:kinds|types|sorts)\s+of\b|"
                        # (after one modifier: "which operational fields", "what legal instruments")
                        r"(?:(?!(?:is|are|was|were|do|does|did|the|this|that|these|those|its|their|can|could|will|"
                        r"would|should|has|have|had)\b)[a-z]{3,}\s+)?(?!(?:\w*(?:ss|us|is|ous)|"
                        r"news|means|series|this|its|was|has|does|is)\b)[a-z]{3,}s\b"
                        # (a noun, not a verb: an auxiliary, a preposition or the end follows, "what happens next")
                        r"(?=\s*(?:\?|$)|\s+(?:do|does|did|are|were|have|has|had|can|could|will|would|should|of|in|"
                        r"on|for|from|to|under|the|a|an)\b))")


# what opens another clause before a joining interrogative: a question mark or semicolon anywhere between it and
# the interrogative before it, or a comma or coordinating conjunction right before it
_CLAUSE_OPENED = re.compile(r"[?;]|(?:,|\b(?:and|or|but|dan|atau|tapi|serta))\W*$")


@lru_cache(maxsize=1024)
def answer_type(text: str, lang: str, confirming: bool = False) -> str:
    """The expected answer type from the interrogatives and request verbs (both languages are checked: users
    mix them). ``confirming``: the message is a statement asked to be confirmed ("…, right?"), whose tag cleaning
    may have dropped from ``text``."""
    # a quotation is what the question asks about, not its grammar: "who is cited for '…long sentence…'"
    low = _QUOTATION.sub(" «quote» ", text).lower()
    # (a compound noun that holds a word of a type names a thing: "daftar pustaka" asks for no list)
    compounds = [c for lg in ("en", "id") for c in words()["type_compounds"][lg]]
    if compounds:
        low = _table_pattern(tuple(compounds)).sub(" «noun» ", low)
    order = words()["type_order"]
    weak = {w.lower() for w in words()["weak_requests"]}
    found = [(m, rank, t) for rank, t in enumerate(order) for lg in dict.fromkeys([lang, "en", "id"])
             for pat in [_compiled(f"type:{t}", lg)] if pat is not None for m in pat.finditer(low)
             if not _ATTRIBUTED.search(low[: m.start()])]
    # a brief request whose object is an interrogative clause is as weak as its verb: "briefly explain when …"
    # asks for a date ("explain briefly the method, which approaches" stays a summary)
    weak |= {m.group(0).lower() for m, _, t in found if t == "summary" and next(iter(low[m.end():].split()), "")
             in _WH and m.group(0).lower() in _brief_set()}
    # "who was the ambassador when the embassy met …": a "when" or "where" after another interrogative of the
    # same clause joins a clause to it; it asks nothing (a request verb is no interrogative: "explain when …")
    # (so after an interrogative that opens the message without a type of its own: "what rank did he hold when the
    # embassy met him?")
    joins = set(words()["joining_interrogatives"])
    # (a comma or a conjunction opens another clause only right before the joining word, "who chaired it, and when
    # …"; one inside a list or an apposition between the two does not: "which minister called for government, NGO
    # and community cooperation when the law was passed?", "why did he say it, at the AMMTC where he signed …")
    opening = rx.match(r"\W*(?:what|which|whose|apa|mana)\b", low)
    found = [(m, rank, t) for m, rank, t in found if not (m.group(0) in joins and (any(
        m2.start() < m.start() and t2 != t and m2.group(0).lower() not in weak
        and not _CLAUSE_OPENED.search(low[m2.end():m.start()])
        for m2, _, t2 in found) or opening is not None and opening.end() <= m.start()
        and not _CLAUSE_OPENED.search(low[opening.end():m.start()])
        and not rx.search(r"\b(?:and|or|dan|atau)\s+\W*(?:" + "|".join(_WH) + r")\b",
                          low[opening.end():m.start()])))]
    # ("siapa yang ditemui … tanggal 4 september 2023": a date noun before a day or month gives the date; it asks
    # for none, unless it gives alternatives to choose from, "diadopsi tgl 10 atau 11 Mei?"; so does a law's number
    # word before its number: "what does Law Number 13 of 2006 regulate?")
    found = [(m, rank, t) for m, rank, t in found
             if not (t == "date" and rx.match(rf"\s+(?:\d|(?:{MONTH_RE})\b)", low[m.end():])
                     and not rx.match(r"[^?.;]{0,25}?\b(?:atau|or)\b", low[m.end():]))
             and not (t == "law" and rx.match(r"\s+\d", low[m.end():]))]
    # ("… penalties for people who traffic workers", "the sections where it comes up": "who" right after a noun of
    # people, "where" right after a noun of a part of a text or a place, opens a relative clause; it asks nothing;
    # lists ``generic_counted``, ``text_content`` units and ``place_nouns``)
    found = [(m, rank, t) for m, rank, t in found
             if not (m.group(0) in _RELATIVE_AFTER() and _RELATIVE_AFTER()[m.group(0)].search(low[: m.start()]))]
    # ("Erin's Law is named after Erin Merryn, who was a lawyer, right?": in a statement asked to be confirmed, an
    # interrogative after a comma and before a copula opens a relative clause on what precedes it; it asks nothing)
    if confirming or confirms(text, lang):
        found = [(m, rank, t) for m, rank, t in found if not (
            rx.search(r",\s*$", low[: m.start()]) and rx.match(r"\s+(?:was|is|were|are|had|has)\b", low[m.end():]))]
    # ("… bring in the public when carrying out the plan": "when" before a gerund opens a clause of time; it asks
    # nothing)
    found = [(m, rank, t) for m, rank, t in found
             if not (m.group(0) == "when" and rx.match(r"\s+\w{3,}ing\b", low[m.end():]))]
    # "tier berapa", "peringkat berapa": a quantity interrogative right after a noun of rank asks which rank; so does
    # one after the ordinal prefix "ke" ("edisi ke berapa", "hari ke brp"), which asks for an ordinal
    ranks = rank_words()
    found = [(m, rank, t) for m, rank, t in found
             if not (t == "quantity" and rx.search(rf"(?:\b(?:{ranks})\s+|\bke-?\s*)$", low[: m.start()]))]
    # a plural marker that extends an interrogative of an actor or a place makes it a list: "negara mana saja" is
    # "which countries" ("mana saja" over "negara mana", which it overlaps; not "diambil dari mana saja", still a
    # source)
    lists = [m for m, _, t in found if t == "list"]
    found = [(m, rank, t) for m, rank, t in found
             if t not in ("actor", "place")
             or not any(x.start() > m.start() and m.end() > x.start() and x.end() > m.end() for x in lists)]
    best, best_len = "fact", 0
    best_strong, strong_len = "fact", 0
    for m, rank, t in found:
        # the longest interrogative wins ("tanggal berapa" is a date, not "berapa", a quantity); among equally
        # long ones, the type listed first in type_order
        length = len(m.group(0)) * 100 - rank
        if length > best_len:
            best, best_len = t, length
        if m.group(0).lower() not in weak and length > strong_len:
            best_strong, strong_len = t, length
    # "Summarise section 3.5: how did …, and what …?": a request for a summary that opens the question sets its
    # type; the interrogatives after it say what the summary should cover (a general verb such as "explain" or
    # "jelaskan" does not: it yields to them)
    for t in ("summary", "list"):  # (a request that opens with an imperative: "summarise …", "sebutkan …")
        for lg in dict.fromkeys([lang, "en", "id"]):
            pat = _compiled(f"type:{t}", lg)
            m = next((x for x in pat.finditer(low) if not _ATTRIBUTED.search(low[: x.start()])), None) \
                if pat is not None else None
            if m is not None and m.group(0).lower() not in weak and len(low[: m.start()].split()) <= OPENING_WORDS \
                    and m.group(0).split()[0] not in _WH:
                return t
    # "bagian 3.5 isinya apa aja? ringkas ya kak": a request for a summary that closes the message, a clause of
    # its own with at most a few particles after it, sets the type too
    for lg in dict.fromkeys([lang, "en", "id"]):
        pat = _compiled("type:summary", lg)
        for x in pat.finditer(low) if pat is not None else ():
            if x.group(0).lower() not in weak and rx.search(r"[?.!;]\s*$", low[: x.start()]) \
                    and len(rx.findall(r"\w+", low[x.end():])) <= CLOSING_WORDS:
                return "summary"
    # "explain when …" asks for a date: a general request verb yields to a specific interrogative
    found_type = best_strong if best_strong != "fact" else best
    if found_type == "fact" and _PLURAL_WH.search(low):
        # "which areas does the plan cover?", "what kinds of exploitation …": an interrogative determiner before a
        # plural noun asks for several things
        return "list"
    return found_type


# the number of a law's provision asked for: "diatur di pasal brp", "ayat berapa", "which article of Law 21/2007"
_PROVISION_ASKED = re.compile(r"\b(pasal|ayat)\s+(?:berapa|brp|apa|mana|yang mana|ke\s*berapa)\b"
                              r"|\b(?:which|what)\s+(article|paragraph)s?\b|\b(article)\s+number\b", re.I)


def _only_weak_request(text: str) -> bool:
    """Whether the only words of a summary in ``text`` are general request verbs ("explain", "jelaskan")."""
    weak = {w.lower() for w in words()["weak_requests"]}
    low = text.lower()
    found = [m.group(0) for lg in ("en", "id") for pat in [_compiled("type:summary", lg)] if pat is not None
             for m in pat.finditer(low)]
    return bool(found) and all(f in weak for f in found)


def _strong_summary_request(text: str) -> bool:
    """Whether ``text`` asks for a summary with a verb of summing up ("rangkum", "summarise"), not only with a general
    request verb, briefly or not ("jelasin singkat", "explain")."""
    weak = {w.lower() for w in words()["weak_requests"]} | _brief_set()
    low = text.lower()
    return any(m.group(0) not in weak for lg in ("en", "id") for pat in [_compiled("type:summary", lg)]
               if pat is not None for m in pat.finditer(low))


# a noun of a type after a preposition of attribution names where to look, not what to give: "menurut ringkasan
# UU 21/2007, berapa …", "according to the summary of …, who …" (not a locative or "from": "dari mana" asks)
_ATTRIBUTED = re.compile(r"\b(?:menurut|according to|berdasarkan|based on)\s+(?:the\s+|its\s+|their\s+)?$")


# a total a quantity question counts a part of: "of the 1,138 …", "the 1,138 victims" (a total already known), "dari
# 1.138 WNI itu …" (a demonstrative after it)
_PARTITIVE_TOTAL = re.compile(
    r"\bof the \d[\d.,]*\d\b|\bthe \d[\d.,]*\d\b(?!\s*(?:st|nd|rd|th|%))"
    r"|\bdari\s+\d[\d.,]*\d\s+(?:[\w-]+\s+){0,5}?(?:itu|tersebut|tsb)\b"
    r"|^\s*dari\s+\d[\d.,]*\d\s+[^,?]{1,80},\s*(?:ada\s+)?berapa\b"  # ("Dari 172 pekerja …, berapa …")
    # (a total that opens the message, pointed back to, with the part asked by a relative clause: "1.138 WNI
    # korban itu brp yg laki-laki?")
    r"|^\s*\d[\d.,]*\d\s+(?:[\w-]+\s+){1,6}?(?:itu|tersebut|tsb)\b[^?]*\b(?:berapa|brp)\s+(?:yang|yg)\b", re.I)
# a count asked of a whole named without its figure: "how many of the victims …", "berapa dari penumpang …"
_PARTITIVE_BARE = re.compile(r"\bhow many of (?:the|those|these)\b"
                             r"|\b(?:berapa|brp)\s+(?:orang\s+)?(?:dari|di antara)\s+(?!\d)", re.I)
# the place a partitive question counts people from ("…, berapa orang yang berasal dari Nusa Tenggara Timur?",
# "how many of them came from Java?"): a breakdown by origin
_PARTITIVE_ORIGIN = re.compile(r"\b(?:berasal|datang|asal|yang|yg)\s+dari\s+"
                               r"([\w-]+(?:\s+(?!di\b|pada\b|tahun\b)[\w-]+){0,3}?)"
                               r"(?:\s+(?:di|pada|tahun)\b[^?]*)?\s*[?.!]*\s*$"
                               r"|\b(?:came|come|were|are)\s+from\s+([\w-]+(?:\s+(?!in\b|on\b|by\b)[\w-]+){0,3}?)"
                               r"(?:\s+(?:in|on|by)\b[^?]*)?\s*[?.!]*\s*$", re.I)
# the group a partitive question counts, named after its copula at the end ("… how many of the 1,138 were women?")
# or, in Indonesian, in a "yang" clause beside "berapa" ("… itu, yang (korbannya) perempuan ada berapa?", "…, berapa
# yang perempuan?")
_PARTITIVE_GROUP = re.compile(r"\b(?:were|are|was|is)\s+([a-z][\w-]*)\s*[?.!]*\s*$"
                              r"|\byang\s+(?:[a-z][\w-]*nya\s+)?([a-z][\w-]*)\s+(?:ada\s+)?berapa\b"
                              r"|\bberapa\s+(?:orang\s+)?yang\s+([a-z][\w-]*)\s*[?.!]*\s*$", re.I)
# "who is <a name>?": the question already names the person (two or more capitalised words, or one acronym)
# (or, as Indonesian puts the topic first, the name before its interrogative: "Le Luong Minh itu siapa?")
_NAMED = r"(?:(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)+|[A-Z]{2,})"
_WHO_IS_NAME = re.compile(rf"^(?:(?i:who\s+is|who\s+was|who's|siapa\s+itu|siapakah|siapa)\s+{_NAMED}"
                          rf"|{_NAMED}\s+(?i:(?:itu|tuh|tu)\s+)?(?i:siapa|siapakah))\s*\??\s*$")
# a work cited by author and year: "Anderson (2021)", "Khairi 2021", "Fikhri et al., 2021", "Septia dkk 2022"
CITED_AS = re.compile(rf"\b([A-Z][\w'’-]+){_CITED_BEFORE_YEAR}((?:19|20)\d\d)[a-z]?\b")


@lru_cache(maxsize=1)
def _coverage_patterns() -> list[re.Pattern]:
    """The forms of "does the paper speak of X?" (word list ``coverage``), each with the topic as group "t"."""
    table = words()["coverage"]

    def alt(items) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    tags = rf"(?:\s*,?\s*(?:{alt(table['tags'])}))*"
    # (the paper named with a modifier is the paper: "the paper's own text", "the paper text", "the paper itself")
    paper = r"(?:the\s+|this\s+)?(?:paper|article|authors?)(?:['’]s\s+(?:own\s+)?(?:text|body|pages)|\s+(?:text|body)" \
            r"|\s+itself)?"
    return [
        rx.compile(rf"^\s*(?:and\s+|so\s+)?(?:does|did|do)\s+{paper}\s+(?:\w+ly\s+)?(?:{alt(table['active']['en'])})"
                   rf"\s+(?P<t>.+?)\s*(?:at all|anywhere)?\s*[?.!]*\s*$", re.I),
        rx.compile(rf"^\s*(?:is|are|was|were)\s+(?P<t>.+?)\s+(?:ever\s+|even\s+)?(?:{alt(table['passive']['en'])})"
                   rf"\s+(?:anywhere\s+)?(?:in|by)\s+{paper}\s*[?.!]*\s*$", re.I),
        rx.compile(rf"^\s*(?:apakah\s+|emang\s+|memang\s+)?(?:di\s+|dalam\s+)?(?:teks\s+|isi\s+)?(?:paper|artikel)"
                   rf"(?:nya)?\s+(?:ini\s+|itu\s+)?(?:sendiri\s+)?(?:ada\s+|juga\s+|pernah\s+)?"
                   rf"(?:{alt(table['active']['id'])})\s+"
                   rf"(?P<t>.+?){tags}\s*[?.!]*\s*$", re.I),
        rx.compile(rf"^\s*(?:apakah\s+|emang\s+|memang\s+)?(?P<t>.+?)\s+(?:ada\s+|pernah\s+)?"
                   # (a tag may stand before the paper too: "LPSK disebut gak sih di paper?")
                   rf"(?:{alt(table['passive']['id'])}){tags}\s+(?:di|dalam|oleh|sama)\s+(?:teks\s+|isi\s+)?"
                   rf"(?:paper|artikel)(?:nya)?(?:\s+ini)?(?:\s+sendiri)?"
                   rf"{tags}\s*[?.!]*\s*$", re.I),
    ]


_RELATIVES = frozenset({"yang", "yg", "that", "which", "who"})
# a sentence's end in a message: not the full stop of "et al." or of an initial ("U.S. Embassy")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])(?<!\bal\.)(?<!\b[A-Z]\.)\s+")


def last_sentence(text: str) -> str:
    """The message's last sentence: what it asks, after any statements before it."""
    return _SENTENCE_BREAK.split(text.strip())[-1]


# a noun of a citation opening what a yes/no question asks the paper to give ("any source for …", "sumber …")
_CITATION_NOUN = re.compile(r"(?:(?:any|a|an|the|its|some|apa|ada)\s+)?(?:sources?|citations?|references?|sumber\w*|"
                            r"referensi\w*|rujukan\w*|sitasi\w*)\b", re.I)


def coverage_topic(sentence: str) -> str:
    """The topic a yes/no question asks whether the paper speaks of at all ("does the paper mention the kidney
    trade?", "paper bahas kasus ginjal gak?", "is Erin's Law discussed in the paper?"); "" for any other
    question. The answer is read from the paper's own passages and from the digests' notes on what it omits."""
    for pattern in _coverage_patterns():
        m = pattern.match(sentence)
        # (a clause the verb takes is its topic: "does the paper mention that IOM assisted …", "… bahwa …")
        topic = rx.sub(r"^(?:that|bahwa|kalau|kalo)\s+", "", m.group("t").strip(), flags=re.I) if m else ""
        # (not a question of its own, "berapa ancaman hukuman yang dibahas di paper?", whose passive verb stands in
        # a relative clause, nor one asking "does the paper mention how many …")
        # (nor "does the paper give any source for X?", which asks for the citation of X: a source question)
        if topic and not set(rx.findall(r"[\w']+", topic.lower())) & (INTERROGATIVES | _RELATIVES) \
                and not _CITATION_NOUN.match(topic):
            return topic
    return ""


@lru_cache(maxsize=1)
def _penalty_asks() -> tuple[str, ...]:
    """The phrases of ``quantity_kinds``' durations that name a sentence (a prison term), not a span of time between
    events: those no interval word list holds."""
    w = words()
    spans = {p for table in (w["interval_words"], w["interval_spans"]) for lg in table.values() for p in lg}
    return tuple(p for p in w["quantity_kinds"]["duration"]["asks"] if p not in spans and " " in p)


@lru_cache(maxsize=1024)
def kind_asked_in(text: str) -> tuple[str, str] | None:
    """The kind of quantity a question asks for (word list ``quantity_kinds``) and the words that ask it ("money",
    "budget"), if any. (Cached: evidence selection asks it of one question for every candidate sentence.)"""
    for kind, spec in words()["quantity_kinds"].items():
        m = phrase_pattern(spec["asks"]).search(text)
        if m:
            return kind, m.group(0)
    # (where a report or ranking places what it grades: "where was Indonesia placed in the 2022 TIP report?")
    placed = phrase_pattern(words()["quantity_kinds"]["rank"]["placed"]).search(text)
    if placed and _WHERE_ASKED.search(text) and phrase_pattern(
            [*(w for lg in ("en", "id") for w in words()["source_nouns"][lg]), *words()["rank_labels"]]).search(text):
        return "rank", placed.group(0)
    return None


_WHERE_ASKED = re.compile(r"\b(?:where|di\s*mana|dmn)\b", re.I)


def record_fields_asked(q: Question) -> list[str]:
    """The fields of a cited work's reference record that the question asks for (word list ``record_fields``), its
    reference entry first, when it names the work by author and year ("Bakker dkk. (2020) terbit di jurnal apa?");
    none otherwise."""
    # (a venue asserted is checked: "published in X, right?"; a question that also asks who, where from, or for a
    # summary asks more than the record's lines: "penulisnya dr kampus mana, terbit di jurnal apa?")
    # (so does a part of a message whose other parts ask that: the message as a whole is of the same types)
    allowed = ("source", "fact", "quantity")
    if q.premise or q.answer_type not in allowed or not CITED_AS.search(q.text) \
            or answer_type(q.original or q.text, q.language) not in allowed:
        return []
    asked = [field for field, table in words()["record_fields"].items() if either_language(table).search(q.text)]
    return list(dict.fromkeys(["Reference entry", *asked])) if asked else []


def cites_other_work(q: Question, paper_id: str, cited: frozenset[str]) -> bool:
    """Whether a word for a document in the question ("article", "artikel", "paper") stands beside a work it names
    by author and year, a work the paper cites (``cited``: the reference keys, "khairi-2021") and not the paper
    itself ("siapa penulis artikel Khairi 2021?", "the Khairi (2021) article"): the document is that work."""
    own = set(paper_id.lower().split("-"))
    document = either_language(words()["paper_words"])
    for m in CITED_AS.finditer(q.text):
        author, year = m.group(1).lower(), m.group(2)
        if author in own or not any(k == f"{author}-{year}" or k.startswith(f"{author}-{year}") for k in cited):
            continue
        if document.search(q.text[max(0, m.start() - CITED_REACH): m.end() + CITED_REACH]):
            return True
        before = q.text[max(0, m.start() - CITED_REACH): m.start()]
        if _AUTHORSHIP.search(before) and not _CITING.search(before):
            return True  # ("who actually wrote Alifia 2023?": the work is what was written, not what is cited)
    # (a cited author's possessive before a word for a document names that author's work: "Snyder's literature-review
    # article")
    for m in _POSSESSIVE_AUTHOR.finditer(q.text):
        author = m.group(1).lower()
        if author not in own and any(k.startswith(f"{author}-") for k in cited) \
                and either_language(words()["whole_document"]).search(q.text[m.end(): m.end() + CITED_REACH + 10]):
            return True
    # (nor is a cited author's surname right after a word for a document, without a year: "artikel Arbar di CNBC")
    for m in document.finditer(q.text):
        after = rx.match(r"\s+([A-Z][\w'’-]+)", q.text[m.end():])
        author = after.group(1).lower() if after else ""
        if author and author not in own and any(k.startswith(f"{author}-") for k in cited):
            return True
    return False


_POSSESSIVE_AUTHOR = re.compile(r"\b([A-Z][a-z]{2,})['’]s\b")


# a word of writing a work ("who wrote", "the author of", "siapa penulis", "ditulis"): before a cited work, it asks
# about that work
_CITING = re.compile(r"\b(?:cite[sd]?|citing|quotes?|quoted|mengutip|kutip|dikutip|ngutip)\b", re.I)
_AUTHORSHIP = re.compile(r"\b(?:wrote|write|written|authored|authors?|penulis\w*|menulis|ditulis|nulis)\b", re.I)


CITED_REACH = 20  # characters either side of "Khairi (2021)" within which a word for a document names that work
OPENING_WORDS = 2  # a request verb this close to the start opens the question ("kak tolong ringkas …")
CLOSING_WORDS = 4  # words after a request that closes the message, its particles and object ("ringkas ya kak")
_ID_WH = frozenset({"apa", "siapa", "mana", "bagaimana", "berapa", "kapan", "mengapa", "kenapa", "apakah", "gimana"})
# interrogatives: not imperatives
_WH = {"what", "which", "who", "whom", "whose", "how", "when", "where", "why", *_ID_WH}
INTERROGATIVES = frozenset(_WH)  # the interrogatives of both languages
# the interrogatives that ask for something (not the particle of a yes/no question: "… dan apakah …" is "and
# whether …")
ASKING_INTERROGATIVES = INTERROGATIVES - {"apakah"}


_FIRST_PERSON = {"i", "we", "my", "our", "saya", "aku", "kami", "kita", "gue", "gw"}  # ("I wonder how long …")
_VERBISH = {"were", "was", "are", "is", "did", "do", "does", "have", "has", "had", "got", "get", "said", "say"}


# "abroad" written with a word of the rest ("di luar negeri", "outside the country"): a place, not the rest of a total
_ABROAD = re.compile(r"\b(?:di\s+)?luar\s+negeri\b|\boutside\s+(?:the\s+|their\s+|its\s+)?(?:country|countries)\b",
                     re.I)


@lru_cache(maxsize=64)
def _audience(name: str) -> re.Pattern:
    """``name`` as whom a summary is for: right before a noun of a summary ("an NGO briefing") or after one and a
    preposition of purpose ("a briefing for NGOs", "briefing buat LSM"; word list ``summary_nouns``)."""
    nouns = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["summary_nouns"][lg])
    n = re.escape(name)
    return rx.compile(rf"\b{n}(?:s)?\s+(?:{nouns})\b|\b(?:{nouns})\s+(?:for|untuk|buat|bagi)\s+"
                      rf"(?:the\s+|an?\s+|para\s+)?{n}(?:s)?\b", re.I)


def _asks_arithmetic(text: str, lang: str) -> bool:
    """Whether ``text`` holds a phrase of any arithmetic word list ("add them up", "dijumlahin", "rata-rata")."""
    return any(_matches_any(text, table, lang) for table in words()["arithmetic"].values())


def _leading_phrase(words_: list[str], names_end: bool = False) -> list[str]:
    """The words of an English noun phrase up to a function word or a verb (and, with ``names_end``, a
    capitalised name after it: "the five strategies Indonesia used"). A past-tense verb after a word of it ends it
    too ("how many participants attended …"); before any word it is the head's adjective ("how many rescued
    fishers")."""
    phrase: list[str] = []
    for w in words_:
        if w.lower() in stopwords("en") or w.lower() in _VERBISH or (names_end and phrase and w[0].isupper()) or (
                phrase and len(w) > 4 and w.lower().endswith("ed") and not w.lower().endswith("eed")):
            break
        phrase.append(w)
    return phrase


_QUANTITY_HEAD = re.compile(r"\b(?:how (?:many|much)|number of|berapa(?: banyak| jumlah)?|jumlah)\s+(?:of\s+)?"
                            r"(?:the\s+)?([A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+){0,3})", re.I)


_ID_COUNT_ASK = re.compile(r"\b(?:berapa|jumlah)\b", re.I)
_TOPIC_MARKS = frozenset({"yang", "yg", "itu", "ini", "tuh", "ada", "udah", "sudah"})  # what closes a topic
TOPIC_WORDS = 2  # the words of a topic's noun phrase before what closes it ("paspor WNI yang …")


@lru_cache(maxsize=1)
def _figure_words() -> frozenset[str]:
    """Words for a figure itself ("jumlah", "angka", "total"): what a count is, not what it counts."""
    table = words()
    return frozenset([*table["figure_nouns"], *(w for ws in table["arithmetic"]["total"].values() for w in ws),
                      *table["percent_words"]])


def _topic_noun(before: str) -> str:
    """The noun an Indonesian count is asked of when it comes before the interrogative (topic and comment:
    "paspor WNI yang disita itu berapa …", "korbannya ada berapa?"): the first word of the noun phrase that a
    relative word, a demonstrative or "ada" first closes (up to ``TOPIC_WORDS`` words back, none of them a
    function word, a figure word, a verb or a country: "di negara berpenghasilan rendah korban anak itu" is about
    the child victims), or a noun of people counted right before the interrogative ("total korbannya berapa");
    "" otherwise ("persisnya minimal sama maksimalnya berapa" names no topic)."""
    clause = [w.lower().strip("\"'()") for w in rx.split(r"[,;:?!.]", before)[-1].split()]

    def noun(w: str) -> bool:
        return w.isalpha() and w not in words()["id_function_words"] and w not in stopwords("id") \
            and w not in _figure_words() and not affixed_verb(w) and not countries_in(w)

    def bare(w: str) -> str:  # (without its enclitic: "korbannya" → "korban")
        return w[:-3] if w.endswith("nya") and len(w) >= 7 else w

    mark = next((i for i, w in enumerate(clause) if w in _TOPIC_MARKS), None)
    if mark is None:
        last = bare(clause[-1]) if clause else ""
        return last if last in words()["generic_counted"] else ""
    run = list(itertools.takewhile(noun, reversed(clause[max(0, mark - TOPIC_WORDS):mark])))
    return bare(run[-1]) if run else ""


def _head_noun(text: str, atype: str) -> str:
    """The noun right after a quantity interrogative ("how many *people*", "berapa *orang*")."""
    if atype != "quantity":
        return ""
    m = _QUANTITY_HEAD.search(text)
    if not m:
        # (an Indonesian count asked after its topic, with no noun after the interrogative: "korban yang dipulangkan
        # ada berapa?" counts the victims)
        ask = _ID_COUNT_ASK.search(text)
        return _topic_noun(text[:ask.start()]) if ask and detect_language(text) == "id" else ""
    # a change asked from one count to another ("dari brp jadi brp kementerian", "from how many to how many
    # ministries"): the noun counted follows the second interrogative, the words between them are function words
    second = _QUANTITY_HEAD.search(text, m.start(1))
    between = text[m.start(1):second.start()].split() if second else []
    if second and len(between) == 1 and between[0].lower() in words()["change_joins"]:
        m = second
    # an English noun phrase ends in its head ("Interpol red notices" → "notices"); it stops at a verb or a
    # function word ("how many victims were …", "how much did …")
    words_ = m.group(1).split()
    if detect_language(text) == "id":
        # an Indonesian head comes first ("berapa orang korban"), or after a relative word or a partitive
        # ("berapa yang perempuan", "berapa di antaranya anak"); another function word is none ("berapa di …")
        rest = " ".join(words_).lower()
        lead = next((p for p in [*words()["partitive"]["id"], "yang", "yg"] if rest.startswith(p + " ")), "")
        if lead:
            words_ = words_[len(lead.split()):]
        # (nor is a word of shares a head: "berapa persentase anak, perempuan …" asks shares of the groups named, as
        # "what percentage of …" does)
        # (nor a word joining a change's two ends: "dari brp jadi brp, …" names no noun after its interrogatives)
        if (lead in ("yang", "yg") and words_ and affixed_verb(words_[0])) or not words_:
            # (a topic-comment count: "paspor WNI yang disita itu berapa yang berhasil dikembalikan?" asks how
            # many of the passports; the word after "yang" is the verb of the part counted, not a noun)
            return _topic_noun(text[:m.start()])
        return "" if words_[0].lower() in words()["id_function_words"] or words_[0].lower() in words()[
            "percent_words"] or words_[0].lower() in words()["change_joins"] else words_[0].lower()
    stops = stopwords("en")
    # "how many (of them) were women": the thing counted, named after the verb
    part = rx.match(r"(?:(?:them|these|those|whom)\s+)?(?:were|are|was|is)\s+([A-Za-z][\w-]+)", m.group(1), re.I)
    if part and part.group(1).lower() not in stops:
        return part.group(1).lower()
    phrase = _leading_phrase(words_)
    counted = [w for w in phrase if w.lower() in words()["generic_counted"]]  # "victims abroad" → "victims"
    return (counted or phrase[-1:] or [""])[-1].lower()


def ordinal_forms(rank: int) -> list[str]:
    """The ways a text writes a rank: its words in both languages, "6th", "ke-6"."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank if rank < 20 else rank % 10, "th")
    return [*words()["ordinal_claims"].get(str(rank), []), f"{rank}{suffix}", f"ke-{rank}", f"ke {rank}"]


@lru_cache(maxsize=16)
def ordinal_alternation(rank: int) -> str:
    """``ordinal_forms`` of a rank as one regex alternation (built once per rank)."""
    return "|".join(re.escape(f) for f in ordinal_forms(rank))


def ranked_act(text: str) -> int:
    """The rank a question gives something among those doing an act: an ordinal before a noun and an act ("the
    first ASEAN member state to ratify", "negara ke-6 yg meratifikasi"; not "the first meeting", "strategi
    pertama", which name a thing by its place in a series)."""
    for rank in range(1, 11):
        forms = ordinal_alternation(rank)
        # English: "<ordinal> (one or three words) to <verb>"; Indonesian: "<noun> <ordinal> yang <verb>"
        # (not an ordinal used as an adverb, before a participle: "leaders first asking their ministers to …")
        if rx.search(rf"\b(?:{forms})\s+(?![a-z]+(?:ing|ed)\b)(?:[\w-]+\s+){{0,3}}?to\s+[a-z]+", text, re.I) or \
                rx.search(rf"\b[\w-]+\s+(?:{forms})\s+(?:yang|yg)\s+\w+", text, re.I):
            return rank
    return 0


# an item's number: "strategi nomor 3", "strategy no. 2", "poin #4" (not a law's or a provision's, a rank label's or an
# edition's number: "UU nomor 5 tahun 2009", "Pasal 2", "Tier 2")
_ITEM_NUMBER = re.compile(r"(?<!\S)(?!(?:uu|undang-undang|perpres|law|regulation|act|decree|peraturan|pasal|article|"
                          r"ayat|tier|ktt|summit|section|bagian|bab|chapter)\b)[a-z][\w-]*\s+"
                          r"(?:nomor|nomer|no\.?|number|#)\s*(\d{1,2})\b(?!\s*(?:/|of\s+\d|tahun|thn))", re.I)
# the size of the list an ordinal picks from, when not stated with its noun: "… in the paper's list of five"
_OF_SIZE = re.compile(r"\b(?:of|dari)\s+(?:the\s+|its\s+)?(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b(?!\s*[/.,]\d)",
                      re.I)


def item_asked(text: str) -> int:
    """The place in a list of the item a question asks for: an item's number ("strategi nomor 3"), or an ordinal
    where the question gives the list's size ("strategi keempat dari lima strategi", "the second of the five
    strategies", "the third strategy in the paper's list of five"); 0 otherwise. Not an act's rank (``ranked_act``:
    "the first state to ratify") nor a thing named by its place in a series of no stated size ("the first meeting",
    "KTT ke-42")."""
    m = _ITEM_NUMBER.search(text)
    if m and 1 <= int(m.group(1)) <= 10:
        return int(m.group(1))
    counted = _counted(text)
    sizes = [counted[0]] if counted else []
    sizes += [int(x) if x.isdigit() else NUMBER_WORDS[x.lower()] for x in _OF_SIZE.findall(text)]
    if not sizes or ranked_act(text):
        return 0
    for rank in range(1, 11):
        if rank <= max(sizes) and rx.search(rf"\b(?:{ordinal_alternation(rank)})\b", text, re.I):
            return rank
    return 0


def _counted(text: str) -> tuple[int, str] | None:
    """A count the question states for a list and the noun it counts ("the five strategies", "3 steps")."""
    # (not a decimal or a section number: "section 3.2 of the paper")
    m = rx.search(r"(?<![\d.,])\b(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+([a-z][\w-]+)", text, re.I)
    if not m or rx.search(rf"\b(?:{SECTION_WORDS}|{DISTRIBUTIVE}|{LABEL_WORDS})\s*$", text[: m.start()], re.I) \
            or m.group(2).lower() in ("of", "dari", "per") or rx.fullmatch(MONTH_RE, m.group(2), re.I) \
            or rx.fullmatch(rf"{locatives()}|dalam|pada|ke|on|to|for|by|and|or|dan|atau|yang|yg", m.group(2), re.I):
        return None  # (nor the day of a date, "on 5 June 2023", nor a label's number, "tier 3 di …")
    if m.group(2).lower() in words()["answer_form_nouns"]:
        return None  # (the answer's own length: "in 5 bullet points", "3 kalimat aja")
    raw = m.group(1).lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    return (n, m.group(2).lower()) if 2 <= n <= 12 else None


def count_of(text: str) -> int | None:
    """A count the question states for a list ("the five strategies", "3 steps")."""
    found = _counted(text)
    return found[0] if found else None


def count_noun(text: str, lang: str) -> str:
    """The noun a count the question states for a list counts ("the four areas" → "areas"); "" when none. An
    English noun phrase ends in its head ("three harbour zones" → "zones", not a name after it: "the five
    strategies Indonesia used"); an Indonesian one opens with it."""
    found = _counted(text)
    if not found or lang == "id":
        return found[1] if found else ""
    m = rx.search(rf"\b{re.escape(found[1])}((?:\s+[A-Za-z][\w-]*){{0,2}})", text, re.I)
    return (_leading_phrase([found[1], *(m.group(1).split() if m else [])], names_end=True) or [found[1]])[-1].lower()


# the noun right after an interrogative determiner: "what roles", "which kinds of measures", "apa saja tujuan"
_LIST_NOUN = re.compile(r"\b(?:(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?|(?:apa|mana)\s+(?:saja|aja)\s+)"
                        r"([a-z][\w-]+)\b", re.I)


_LIST_NOUN_AFTER_COPULA = re.compile(r"\b(?:what|which)\s+(?:are|were)\s+(?:the|its|their)\s+([a-z][\w-]+)"
                                     r"\s+(?:of|in|for)\b", re.I)
_LIST_NOUN_BEFORE = re.compile(r"\b(?:([a-z][\w-]+)\s+)?([a-z][\w-]+?)(?:-?nya)?"
                               r"\s+(?:itu\s+)?(?:apa|mana)\s+(?:saja|aja)\b", re.I)


def list_noun(text: str, lang: str) -> str:
    """The noun a list question asks the items of: the one its count counts ("the four areas"), else the one right
    after its interrogative determiner ("what roles does …", "apa saja tujuan …"); "" when none (a function word
    or verb follows: "what are …", "apa saja yang …")."""
    counted = count_noun(text, lang)
    if counted:
        return counted
    m = _LIST_NOUN.search(text)
    if m is None or m.group(1).lower() in all_stopwords() or m.group(1).lower() in _VERBISH:
        # (or the noun a copula puts first, "what are the areas of …", or, Indonesian putting the topic first, the
        # noun before its interrogative: "… itu area kerjanya apa aja?")
        m = _LIST_NOUN_AFTER_COPULA.search(text) or _LIST_NOUN_BEFORE.search(text)
        held = [w.lower() for w in (m.groups() if m else ()) if w and not is_function_word(w)
                and w.lower() not in _VERBISH and not passive_verb(w)]
        return " ".join(held)
    return m.group(1).lower()


SECTION_WORDS = r"section|sections|chapter|part|sub-?section|bagian|bab|sub-?bab|§"
# what joins the numbers of sections named together: "3.1 to 3.5", "3.2 dan 3.3", "3.1, 3.2"
_SECTION_JOIN = re.compile(r"\s*(?:,|-|–|to|and|or|through|dan|atau|sampai|hingga|s/d)\s*", re.I)
# a number after one of these names a rank, a document or a chart ("Tier 2", "Law 21", "UU No. 21", "grafik 1"), not a
# count of items
LABEL_WORDS = (r"tier|level|peringkat|law|uu|pasal|article|perpres|no\.?|nomor|number"
               r"|chart|grafik|figure|table|tabel|gambar")
# a number after one of these is the base of a rate ("five of every ten victims", "dari tiap 10 korban"), not a count
DISTRIBUTIVE = r"every|each|per|tiap|setiap|tiap-tiap"
_CITED_YEAR = re.compile(r"\b([A-Z][a-z][\w'’-]+)(?:\s+et al\.?)?(?:\s*&\s*[A-Z][\w'’-]+)?\s*(?:,\s*|\(\s*)"
                         r"(19[5-9]\d|20[0-4]\d)\)?")


# … and as users write them: both inside the parentheses ("(Arbar 2022)"), or bare after a word for a source or for
# citing it ("sumber Wahyu 2023", "the article by Snyder 2019", "dikutip dari Arbar 2022", "the article (the paper)
# cites as Wardah 2023"), the year there also in brackets, as APA's narrative citation writes it ("artikel Arbar
# (2022)")
_CITED_YEAR_TYPED = re.compile(
    r"\(\s*([A-Z][a-z][\w'’-]+)(?:\s+et al\.?)?(?:\s*&\s*[A-Z][\w'’-]+)?\s+(19[5-9]\d|20[0-4]\d)\s*\)"
    r"|\b(?i:sumber(?:nya)?|sources?|articles?|artikel|tulisan|skripsi|thesis|dikutip(?:\s+dari)?|kutipan|cited|"
    r"by|oleh|menurut|according to)(?:\s+(?i:(?:the\s+)?paper\s+)?(?i:cited|cites|dikutip))?(?:\s+(?i:as|sebagai))?"
    r"\s+(?:(?i:by|oleh)\s+)?([A-Z][a-z][\w'’-]+)(?:\s+et al\.?)?"
    r"\s+\(?(19[5-9]\d|20[0-4]\d)\b\)?")


def cited_sources(text: str) -> list[tuple[str, str]]:
    """The author-year citations a text holds ("Snyder (2019)", "Puspitasari & Iqbal (2023)", "Arbar, 2022", "sumber
    Wahyu 2023"); a bare "Trafficking 2020" is a title's year, not a citation."""
    found = [(m.group(1), m.group(2)) for m in _CITED_YEAR.finditer(text)]
    found += [(m.group(1) or m.group(3), m.group(2) or m.group(4)) for m in _CITED_YEAR_TYPED.finditer(text)]
    return list(dict.fromkeys((a, y) for a, y in found
                              if a.lower()[:3] not in MONTH_PREFIXES and a.lower() not in countries()))


@lru_cache(maxsize=1)
def _request_words() -> frozenset[str]:
    """The one-word requests and interrogatives of the answer types, in both languages ("compare", "summarize",
    "sebutkan", "jelaskan")."""
    return frozenset(w.lower() for by_lang in words()["answer_types"].values() for ws in by_lang.values()
                     for w in ws if " " not in w)


# two days of one month given as alternatives ("10 atau 11 Mei", "10 or 11 May", "10 May or 11 May"): the days
# and the month
OR_DAYS = re.compile(rf"\b(\d{{1,2}})(?:\s+(?:{MONTH_RE}))?\s+(?:atau|or)\s+(\d{{1,2}})\s+({MONTH_RE})\b", re.I)


def document_keys(text: str) -> list[str]:
    """The laws and regulations ``text`` numbers with their year, in its order, as "21/2007"-style keys ("Law No. 21
    of 2007", "Perpres 19/2023", "UU Nomor 12 Tahun 2017")."""
    return [f"{m.group(1)}/{m.group(2)}" for m in _DOCUMENT.finditer(text) if m.group(2)]


def extract_constraints(text: str, lang: str) -> Constraints:
    c = Constraints()
    # a year in an author-year citation ("Snyder (2019)", "Wahyu, 2023") names a source, not the time of a fact
    cited = {year for _, year in cited_sources(text)}
    c.years = [y for y in dict.fromkeys(_YEAR.findall(text)) if y not in cited]
    c.documents = document_keys(text)
    doc_numbers = {d.split("/")[0] for d in c.documents}
    alternatives = [m.span() for m in OR_DAYS.finditer(text)]
    section_end = -1  # (where the last number naming a section ends)
    for m in _NUMBER.finditer(text):
        raw = m.group(1)
        # ("the Results section (3.1 to 3.5)", "subbab 3.2 dan 3.3": a section's number, and one joined to it)
        section = bool(rx.search(rf"\b(?:{SECTION_WORDS})\s*\(?\s*$", text[: m.start()], re.I)) or (
            section_end >= 0 and bool(_SECTION_JOIN.fullmatch(text[section_end: m.start()])))
        if section:
            section_end = m.end()
        if raw in c.years or raw in cited or raw in doc_numbers or rx.fullmatch(r"\d", raw) or section \
                or rx.search(r"\bke-?$", text[: m.start()], re.I) \
                or any(a <= m.start() < b for a, b in alternatives):
            continue  # ("section 3.2" names a part; an Indonesian ordinal, "SOMTC ke-22", is a rank, as "the 22nd
            # SOMTC"; days given as alternatives, "tgl 10 atau 11 Mei", ask which date: none is a figure)
        c.numbers.append(raw + ("%" if m.group(2) else ""))
    c.places = countries_in(text)
    stops = all_stopwords()
    names: list[str] = []
    pieces = [(m.group(1), m.start()) for m in _ACRONYM.finditer(text)] + [
        piece for m in _CAPITALISED.finditer(text) for piece in _at_acronym_and(m)]
    for raw, start in pieces:
        name = raw.strip()
        first = name.split()[0].lower()
        sentence_initial = start == 0 or bool(rx.search(r"[.?!:;]\s*$", text[:start]))
        if sentence_initial and (first in stops or (" " not in name and not name.isupper())):
            continue  # a sentence's first word is capitalised anyway
        if sentence_initial and first in _request_words():
            # "Compare Law 13 of 2006 …", "Summarize Khairi …": the request that opens the sentence is no name
            if " " not in name:
                continue  # ("LIST …" in capitals is the request alone)
            name = name.split(None, 1)[1]
        elif sentence_initial and _common_before_acronym(name):
            name = name.split(None, 1)[1]  # ("Berita CNBC bilang …": the news of CNBC; the name is "CNBC")
        bare = rx.sub(r"['’]s$", "", name).lower()
        if "-" in bare and all(part in countries() for part in bare.split("-")):
            # ("polisi Indonesia-Kamboja": two countries joined name the relation between them, which the sources
            # tell as "both countries", "the two police forces": no name, and no place a sentence must hold)
            continue
        if name.lower() in stops or bare in countries() or _YEAR.fullmatch(name) or all(
                rx.fullmatch(MONTH_RE, part) for part in rx.split(r"[-–/]", bare)):
            continue  # (a month dates a fact in either language: "Mei" is the sources' "May"; so do months joined as a
            # range: "Jan-Juni")
        name = rx.sub(r"^(?:The|A|An)\s+", "", name)
        name = rx.sub(r"-nya$", "", name, flags=re.I)  # (the Indonesian enclitic on a name is no part of it: "KTT-nya")
        if start == 0 and " " not in name and name.lower() in stops:
            continue
        if any(rx.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", n) for n in names):
            continue  # (a name inside one found already, as a whole word: "BRI" is not inside "KBRI")
        names.append(name)
    c.names = names
    c.qualified = _qualified(text, lang)
    # a country named inside a proper name ("Indonesian National Police") is part of that name, not a place the
    # answer must be about
    if names:
        outside = countries_in(outside_names(text, names))
        c.places = [p for p in c.places if p in outside]
    return c


def _at_acronym_and(m: re.Match) -> list[tuple[str, int]]:
    """A capitalised run as (text, start) pieces, cut where an acronym is followed by a conjunction ("ACTIP dan
    Protokol Palermo" is two names, ACTIP and Protokol Palermo: an acronym is a whole name); the run itself
    otherwise ("Ministry of Women Empowerment and Child Protection")."""
    run = m.group(1)
    cut = rx.search(r"\b[A-Z][A-Z0-9]+(\s+(?:and|dan)\s+)(?=[A-Z])", run)
    if cut is None:
        return [(run, m.start())]
    return [(run[: cut.start(1)], m.start(1)), (run[cut.end(1):], m.start(1) + cut.end(1))]


def _common_before_acronym(name: str) -> bool:
    """A name of two words, a common Indonesian word capitalised only because it opens the message and an acronym
    ("Berita CNBC", "Artikel VOA"): the word is no part of the name. (Not a word of the domain's list, which heads
    names of bodies: "Satgas TPPO", "Kedubes AS", "Polda NTT".)"""
    first, _, rest = name.partition(" ")
    domain, general = lexicons()
    return bool(rest) and " " not in rest and rest.isupper() and first.lower() in general \
        and first.lower() not in domain


def outside_names(text: str, names: list[str]) -> str:
    """``text`` without its names (lower case)."""
    low = text.lower()
    for n in sorted(names, key=len, reverse=True):
        low = low.replace(n.lower(), " ")
    return low


@lru_cache(maxsize=1)
def _abstract_names() -> tuple[str, ...]:
    return tuple(f.lower() for f in words()["section_names"]["abstract"])


def is_abstract(section: str) -> bool:
    """Whether a paper's section heading is its abstract ("Abstract", "Abstrak"; ``section_names``)."""
    return section.lower().startswith(_abstract_names())


@lru_cache(maxsize=1)
def _text_unit() -> re.Pattern:
    """A noun of a part of a text ("section", "bagian", "paragraf"; ``text_content`` units)."""
    return phrase_pattern([u for lg in ("en", "id") for u in words()["text_content"]["units"][lg]])


def names_text_part(text: str) -> bool:
    """Whether a question names a part of a text: by a noun of one ("subbab 3.5", "the digest") or by the usual
    name of a paper's part ("the conclusion")."""
    return bool(_text_unit().search(text) or _section_name().search(text))


@lru_cache(maxsize=1)
def _section_name() -> re.Pattern:
    """The usual name of any part of a paper ("kesimpulan", "the introduction")."""
    return phrase_pattern([f for forms in words()["section_names"].values() for f in forms])


_TOPIC_OF = re.compile(r"\b(?:about|on|regarding|concerning|tentang|soal|mengenai|terkait|ttg)\s+\w", re.I)


WHOLE_PAPER_GAP = 5  # words at most between a request for a summary and the noun of the paper it names


@lru_cache(maxsize=1)
def _whole_paper() -> re.Pattern:
    """A request for a summary (either language), then up to ``WHOLE_PAPER_GAP`` words that only qualify its
    object (filler, words of the whole, a capitalised name, "&"; not the name of a part of a paper), then a noun of
    the paper as a whole (``whole_document``). A word for its gist asks for one too ("the main finding of this
    paper", ``gist_words``)."""
    requests = "|".join([*(f"(?:{_compiled('type:summary', lg).pattern})" for lg in ("en", "id")),
                         *(re.escape(w) for lg in ("en", "id") for w in words()["gist_words"][lg])])
    parts = {w for forms in words()["section_names"].values() for f in forms for w in f.split()}
    parts |= {u for lg in ("en", "id") for u in words()["text_content"]["units"][lg]}
    whole = {w for lg in ("en", "id") for f in words()["conversation"]["whole"][lg] for w in f.split()}
    whole |= {w for lg in ("en", "id") for w in words()["content_nouns"][lg]}  # ("rangkum isi paper ini")
    # (an interrogative opens a clause, "summarise how the study was done", which says what to summarise)
    fill = sorted((all_stopwords() | whole) - parts - INTERROGATIVES, key=len, reverse=True)
    filler = "|".join(re.escape(w) for w in fill)
    nouns = _whole_document_nouns()
    # (names qualify the noun right before it, "the Pratiwi & Sukandar paper"; "Interpol in this paper" is a topic)
    names = r"(?:\s+(?-i:[A-Z][\w'’]*)(?:\s+(?:&|and|dan))?)*"
    # (within one clause: no comma between, "describe, and does the paper say …" asks two things)
    return rx.compile(rf"(?<![\w-])({requests}):?(?:\s+(?:{filler})(?![\w-])){{0,{WHOLE_PAPER_GAP}}}{names}"
                      rf"\s+(?:{nouns})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _paper_then_request() -> re.Pattern:
    """The noun of the paper as a whole first, then (after words that only point at it) a word for its gist
    ("paper ini intinya apa?", "this paper in a nutshell?"; ``gist_words``, not any request for a summary: "the
    paper describes X as …" asks about X): the other order of ``_whole_paper``."""
    requests = "|".join(re.escape(w) for lg in ("en", "id") for w in sorted(words()["gist_words"][lg], key=len,
                                                                               reverse=True))
    pointers = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["paper_pointers"][lg])
    return rx.compile(rf"(?<![\w-])(?:{_whole_document_nouns()})(?:\s+(?:{pointers})(?![\w-]))*\s+({requests})",
                      re.I)


def _whole_document_nouns() -> str:
    """The nouns of the paper as a whole (``whole_document``, either language) as one alternation, longest first."""
    return "|".join(re.escape(n) for lg in ("en", "id") for n in sorted(words()["whole_document"][lg], key=len,
                                                                        reverse=True))


def summarises_paper(text: str) -> bool:
    """Whether a request for a summary names the paper as a whole ("a short summary of the whole thing", "intinya
    paper ini", "an overview of the Pratiwi & Sukandar paper"), with no part or topic after the noun within its
    clause ("… paper's method", "… paper on the kidney case" ask for that part or what the paper says of that
    topic): its abstract, the authors' own summary, answers it."""
    for m in [*_whole_paper().finditer(text), *_paper_then_request().finditer(text)]:
        # (a request that is itself the name of a part, "kesimpulan paper ini", asks for that part)
        if _section_name().search(m.group(1)):
            continue
        rest = rx.split(r"[?.!;]", text[m.end():], maxsplit=1)[0]
        if not (rx.match(r"\s*['’]s\b|-?nya\b", rest) or _TOPIC_OF.search(rest) or _section_name().search(rest)
                or _text_unit().search(rest)):
            return True
    return False


@lru_cache(maxsize=1)
def _GROUPS_JOINED() -> re.Pattern:  # noqa: N802 - a constant, built once
    """Two groups of people joined ("girls and women", "anak perempuan dan perempuan dewasa", "boys + men"): words
    of the gender and age parts of list ``breakdowns``, a word of either beside each."""
    dims = words()["breakdowns"]["dimensions"]
    group = "|".join(re.escape(w) for w in sorted({w for d in ("gender", "age") for w in dims[d]["parts"]}, key=len,
                                                   reverse=True))
    return rx.compile(rf"\b(?:{group})(?:\s+[\w-]+)?\s*(?:\band\b|\bdan\b|&|\+|\bplus\b|\bsama\b|\bserta\b)\s*"
                      rf"(?:[\w-]+\s+)?(?:{group})\b", re.I)


@lru_cache(maxsize=1)
def _OF_GIVEN_TOTAL() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A total the question gives as the whole its count is a part of ("out of 2,605 cases", "of the 2,605",
    "dari 2.605 kasus itu"; word list ``part_of_total``)."""
    table = words()["part_of_total"]
    lead = "|".join(re.escape(w) for w in sorted({*table["total_first"], *table["part_before"], "of the"}, key=len,
                                                  reverse=True))
    return rx.compile(rf"\b(?:{lead})\s+\d[\d.,]*\b", re.I)


@lru_cache(maxsize=1)
def _CHANGE_ASKED() -> re.Pattern:  # noqa: N802 - a constant, built once
    """How much a quantity changed, asked ("by how many did it rise", "how much did the share fall from 2004 to
    2018", "turun brp poin", "naiknya berapa"; word list ``change_verbs``): a quantity interrogative with a verb of
    change right after it (an English auxiliary and its subject may stand between, up to a clause's end) or,
    in Indonesian, right before it."""
    table = words()["change_verbs"]
    en = "|".join(re.escape(w) for w in sorted(table["en"], key=len, reverse=True))
    id_ = "|".join(re.escape(w) for w in sorted(table["id"], key=len, reverse=True))
    return rx.compile(rf"\b(?:by\s+)?how\s+(?:many|much)\b[^.?!;,]{{0,80}}?\b(?:{en})\b"
                      rf"|\b(?:{id_})(?:nya)?\s+(?:sebanyak\s+|sekitar\s+)?(?:berapa|brp)\b"
                      rf"|\b(?:berapa|brp)(?:\s+(?:poin|persen|%|banyak))?\s+(?:{id_})(?:nya)?\b", re.I)


# both ends of a change asked, one interrogative each: "turun dari berapa ke berapa", "went from what to what"
_ENDS_ASKED = re.compile(r"\b(?:dari|from)\s+(?:berapa|brp|what|how\s+(?:much|many))\s+(?:ke|jadi|menjadi|to)\s+"
                         r"(?:berapa|brp|what|how\s+(?:much|many))\b", re.I)


# a difference asked between two years: "how many more … in 2016 than in 2015", "… 2016 dibanding 2015"
_YEARS_COMPARED = re.compile(r"\b(?:19|20)\d\d\s+(?:than|compared\s+(?:to|with)|versus|vs\.?|dibanding(?:kan)?"
                             r"(?:\s+dengan)?|daripada)\s+(?:in\s+|pada\s+|(?:tahun|thn)\s+)?(?:19|20)\d\d\b", re.I)


@lru_cache(maxsize=1)
def times_of_data() -> re.Pattern:
    """A year the question gives as the time of a figure ("the 2024 IPG target", "the 2020 figure", "in 2015"), not
    of a document ("Perpres 19/2023", "UU No. 21 Tahun 2007") or of a source named after it ("the 2017 TIP digest";
    list ``sources_by_year``)."""
    sources = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["sources_by_year"][lg])
    return rx.compile(rf"(?<![/\d])(?<!tahun )(?<!of )\b(?:19|20)\d\d\b(?!\s+(?:{sources}))", re.I)


# a period of years ("2015-2019", "2020 to 2023"): its two years are no two times compared
_GIVEN_RANGE = re.compile(r"(?<![\d.,])(\d{1,3})\s*[–-]\s*(\d{1,3})(?![\d.,%])")  # a range of small numbers: "15-64"
# (the end may be given to its month: "2019–Okt 2022", "2019 to October 2022")
YEAR_SPAN = re.compile(rf"\b(?:19|20)\d\d\s*(?:[–-]|to|until|sampai|hingga|s\.?d\.?)\s*(?:(?:{MONTH_RE})\.?\s+)?"
                       r"(?:19|20)\d\d\b", re.I)


def names_given_total(text: str) -> bool:
    """Whether the question gives a total that what it asks is part of ("out of 2,605 cases", "dari 4.761
    pengaduan")."""
    return bool(_OF_GIVEN_TOTAL().search(text))


def states_change(text: str) -> bool:
    """Whether a sentence states a change of a quantity ("fell from 74% …", "an increase from 90.06%", "up from
    0.34"): a verb or noun of change (``change_verbs``), or "up/down from"."""
    table = words()["change_verbs"]
    return bool(_table_pattern(tuple(table["en"] + table["id"] + ["up from", "down from"])).search(text))


def asks_change(text: str) -> bool:
    """Whether ``text`` asks how much a quantity changed (``_CHANGE_ASKED``), idioms of the same verbs aside."""
    idioms = words()["change_idioms"]
    plain = _table_pattern(tuple(idioms["en"] + idioms["id"])).sub(" ", text)
    return bool(_CHANGE_ASKED().search(plain))


# "can I add these up …?", "is it ok to …", "boleh gak aku …": the user asks whether to do something
_WHETHER_TO = re.compile(r"\b(?:can|could|should|may)\s+(?:i|we)\b|\bis\s+it\s+(?:ok|okay|fine|right|correct|valid)"
                         r"\s+to\b|\b(?:boleh|bisa|bolehkah|bisakah)\s+(?:gak\s+|ga\s+|nggak\s+|tidak\s+)?"
                         r"(?:saya|aku|kita|gue|gw)\b", re.I)


# things offered to choose from after a which-interrogative, at the end of its sentence ("which ranks higher, Law
# 21/2007 or Perpres 19/2023?", "tahun mana yang paling tinggi: 2020, 2021, atau 2022?")
_OFFERED = re.compile(r"\b(?:which|what|mana|apa)\b[^?.]*?[,:]\s*((?:[^,:;?.]+,\s*)*[^,:;?.]+?),?\s+(?:or|atau)\s+"
                      r"([^,:;?]+?)\s*(?:\?|$)", re.I)


def offered_alternatives(text: str) -> list[str]:
    """The things a which-question offers to choose from ("…, A or B?"); [] when it offers none. The answer is one
    of them: a value the evidence gives that is neither answers another question."""
    m = _OFFERED.search(text)
    if not m:
        # (colloquial Indonesian offers two with "apa" or "ato" between them: "…, kualitatif apa kuantitatif?";
        # not after a conjunction, "…, dan apa isinya?")
        m = _OFFERED_COLLOQUIAL.search(text)
        if not m or m.group(1).lower().split()[-1] in _NOT_OFFERED:
            return []
    return [a.strip() for a in [*m.group(1).split(","), m.group(2)] if a.strip()]


_OFFERED_COLLOQUIAL = re.compile(r"\b(?:which|what|mana|apa|siapa|berapa)\b[^?.]*?[,:]\s*((?:\w[\w-]*\s+){0,2}\w[\w-]*)"
                                 r"\s+(?:apa|ato)\s+((?:\w[\w-]*\s+){0,2}\w[\w-]*)\s*\?", re.I)
_NOT_OFFERED = frozenset("dan terus trus lalu tapi atau yang yg itu sama serta kalau kalo".split())


def asks_whether_to(text: str) -> bool:
    """Whether the user asks if they may or should do something ("Can I add up 62 + 267 + 1,138 to get the
    total?"): a yes or no, not a figure, answers that."""
    return bool(_WHETHER_TO.search(text))


@lru_cache(maxsize=1)
def _PERCENT_CHANGE() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A share asked of a change: a percent word within a few words of a verb or noun of change (word list
    ``change_verbs``), either side ("by what percent did it rise", "what % rise is that", "naik brp persen",
    "brp persen kenaikannya"); not percentage points, a difference of two shares."""
    table = words()["change_verbs"]
    verbs = "|".join(re.escape(w) for w in sorted(table["en"] + table["id"], key=len, reverse=True))
    share = r"(?<!poin )(?<!point )(?<!points )(?:%|percent(?:age)?|per\s+cent|persen(?:tase)?)(?!\s*(?:points?|poin))"
    # (an interrogative's percent may stand a clause before its verb: "by what percent did the number of … rise")
    return rx.compile(rf"\b(?:by\s+)?(?:what|how\s+(?:many|much))\s*{share}[^.?!;,]{{0,80}}?\b(?:{verbs})\b"
                      rf"|{share}(?:\s+\w+){{0,3}}?\s+(?:{verbs})(?:nya)?\b"
                      rf"|\b(?:{verbs})(?:nya)?(?:\s+\w+){{0,3}}?\s+{share}", re.I)


def asks_percent_change(text: str) -> bool:
    """Whether a question asks by what share of its earlier value a quantity changed (``_PERCENT_CHANGE``)."""
    return bool(_PERCENT_CHANGE().search(text))


# shares named as what a computation is done with, not what it asks for: "using the SIMFONI percentages, how many
# …", "berdasarkan persentasenya, brp orang …"
_INPUT_SHARES = re.compile(r"\b(?:using|use|with|based on|from|going by|by|pakai|pake|memakai|menggunakan|berdasarkan|"
                           r"dari|dengan)\s+(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:percentages|percentage figures|shares|persentase(?:nya)?)\b", re.I)


def asks_percent(text: str) -> bool:
    """Whether a question asks for a share: a percent sign or word ("what % is that", "berapa persen"), not one it
    names as what to compute with ("using the percentages, how many …")."""
    text = _INPUT_SHARES.sub(" ", text)
    return "%" in text or bool(_table_pattern(tuple(w for w in words()["percent_words"] if w != "%"),
                                              True).search(text.lower()))


def _figures_named(text: str) -> bool:
    """Whether ``text`` names figures as such (word list ``figure_nouns``: "angkanya", "the numbers")."""
    return bool(rx.search(rf"\b(?:{'|'.join(re.escape(w) for w in words()['figure_nouns'])})(?:nya)?\b", text, re.I))


def _closing_list(norm: str, lang: str) -> bool:
    """A short closing request for a list as typed ("… call for? list pls"), which framing may strip whole."""
    tail = rx.split(r"(?<=[?])\s+", norm)[-1]
    return "?" not in tail and len(rx.findall(r"[a-z]+", tail.lower())) <= CLOSING_WORDS + 1 \
        and answer_type(tail, lang) == "list"


_SUMMARISABLE = ("fact", "definition", "method", "list")  # the types a closing request for a summary turns into one
# a share the question gives itself ("kalau 69%-nya perempuan"), which it does not ask for
_GIVEN_SHARE = re.compile(r"\d[\d.,]*\s*(?:%|percent\b|per cent\b|persen\b)(?:-?nya\b)?", re.I)


# "per report", "per laporan": a count per unit of another (not "per cent", a share, nor "per tanggal 10 Oktober",
# "per Oktober", which date a figure)
_PER_NOT = rf"cent|tanggal|tgl|{MONTH_RE}"
_PER_UNIT = re.compile(rf"\bper\s+(?!(?:{_PER_NOT})\b)[a-z]", re.I)
# "per" before a bare noun ("per police report", "per tersangka"): one count over another; not before a noun of time
# ("per year", "per bulan": a rate the text may state) nor a determiner ("per the Alifia digest": according to)
_PER_COUNT = re.compile(r"\bper\s+(?!(?:the|its|their|his|her|this|that|these|those|an?|my|our|year|annum|month|"
                        rf"week|day|hour|tahun|thn|bulan|bln|minggu|pekan|hari|jam|{_PER_NOT})\b)[a-z]", re.I)
# "what does the paper cite Snyder (2019) for?": a verb of citing and the question's last word its "for"
_CITED_FOR_WHAT = re.compile(r"\bcit(?:e|es|ed|ing)\b[^?!,;]*\bfor\s*\?", re.I)
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b", re.I)  # a day of a month: "5 Juni", "10 October"
_AVERAGE = r"\b(?:on average|average|averaged|rata-rata|rata2|rerata)\b"  # a word that asks an average
# a unit one count is taken over: "per report", "tiap laporan", "setiap", "satu laporan", "each report" (not "one of",
# "satu dari": a part of a group)
_UNIT_WORD = r"\b(?:per|tiap|setiap|masing-masing|each|every|satu|one)\s+(?!(?:of|dari|per)\b)\w"
# an average asked per unit, on either side: "on average … per report", "rata-rata tiap laporan …", "satu laporan
# rata2 …"
_AVERAGE_PER = re.compile(rf"{_AVERAGE}.*{_UNIT_WORD}|{_UNIT_WORD}.*{_AVERAGE}", re.I)


def time_unit_words() -> list[str]:
    """Every word of the units of time (word list ``time_units``), of both languages."""
    return [w for table in words()["time_units"].values() for lg in ("en", "id") for w in table[lg]]


@lru_cache(maxsize=1)
def time_unit_patterns() -> dict[str, tuple[re.Pattern, re.Pattern]]:
    """For each unit of time (word list ``time_units``): the pattern of a rate asked per that unit ("a month", "per
    tahun", "each year", "sebulan": the Indonesian prefix "se-" is "one") and of a number of those units ("4 bulan",
    "the four months"), its number the first group."""
    numbers = "|".join(NUMBER_WORDS)
    patterns = {}
    for unit, table in words()["time_units"].items():
        names = "|".join(re.escape(w) for lg in ("en", "id") for w in table[lg])
        # (an Indonesian unit may carry the enclitic "-nya": "per bulannya")
        patterns[unit] = (rx.compile(rf"\b(?:(?:per|a|an|each|every|tiap|setiap)\s+|se-?)(?:{names})(?:nya)?\b", re.I),
                          rx.compile(rf"(?<![\d.,])(\d{{1,3}}|{numbers})\s+(?:{names})\b", re.I))
    return patterns


def rate_unit(text: str, lang: str) -> str:
    """The unit of time a quantity question asks an average per ("on average, how many a month …", "rata-rata
    sebulan brp orang", "300 crews in 3 years - how many is that a year?"), '' when none: a word of average, or a
    number of the same units beside it, makes it a rate; "how many per year" alone may ask a rate the text states."""
    for unit, (per, span) in time_unit_patterns().items():
        if not per.search(text):
            continue
        rest = per.sub(" ", text)
        if (rx.search(_AVERAGE, text, re.I) or span.search(rest)) and answer_type(span.sub(" ", rest), lang) == \
                "quantity":
            return unit
    return ""


@lru_cache(maxsize=1)
def _addressing_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words with which a message addresses the assistant, its intensifiers, and the words for the assistant's
    own workings, in both languages (built once: every message is read for conversation)."""
    conv = words()["conversation"]
    return (frozenset(w for lg in ("en", "id") for w in conv["self"][lg]),
            frozenset(w for lg in ("en", "id") for w in conv["intensifiers"][lg]),
            frozenset(w for lg in ("en", "id") for w in conv["workings"][lg]))


@lru_cache(maxsize=1)
def _conversation_words() -> frozenset[str]:
    """Every word of the conversation lists, with the stop words (particles such as "kak", "ya")."""
    conv = words()["conversation"]
    return frozenset(w for table in conv.values() for phrases in table.values() for p in phrases
                     for w in p.lower().split()) | all_stopwords()


def _unlengthened(word: str) -> str:
    """A word of chat without the letters typed again for expression ("makasihhh", "okee", "kakk", "hiii"), when
    that gives a word of conversation and the word as typed is none."""
    known = _conversation_words()
    short = rx.sub(r"(\w)\1+$", r"\1", word)
    return short if short != word and word not in known and short in known else word


_ABILITY = re.compile(r"\b(?:can|could|will|would|do|does|are|bisa|bisakah|dapatkah|apakah)\b")  # (asks of an ability)


def _conversation_kind(text: str, lang: str) -> tuple[str, str] | None:
    """greeting / thanks / capabilities / about, with the language it is in, when the whole message is
    conversation and nothing else. A message may hold several kinds ("halo, ini bot apa ya?", "thanks, bye"): the
    one that asks most wins (about, then capabilities, thanks, greeting). Words addressing the assistant
    (``conversation`` "self": "bot", "kamu") and intensifiers ("bgt", "so") are part of it; with an interrogative
    and nothing else ("ini bot apa ya?", "what kind of bot are you") they ask what it can do."""
    core = rx.sub(r"[^\w\s']", " ", text.lower()).strip()
    core = " ".join(_unlengthened(w) for w in core.split())
    if not core:
        return None
    conv = words()["conversation"]
    found: list[tuple[str, str]] = []
    rest = either_language(conv["courtesy"]).sub(" ", core)  # ("thanks for the help earlier", "atas bantuannya")
    # (a part of the paper the message numbers, "bagian 3.5 di paper isinya apa aja?", is what it asks about)
    numbered_part = rx.search(rf"(?:{_text_unit().pattern})\s+\d", core)
    for kind in ("about", "capabilities", "thanks", "greeting"):
        for lg in dict.fromkeys([lang, "en", "id"]):
            pat = _compiled(f"conv:{kind}", lg)
            if pat is None or (kind == "about" and numbered_part):
                continue
            if kind == "about" and not pat.search(rest):
                # (the paper named as a whole, with framing around it: "for my essay: what's the whole paper
                # about, in 2 sentences max?")
                bare = rx.sub(r"[^\w\s']", " ", strip_framing(text, lg).lower())
                bare = rx.sub(r"\s+", " ", phrase_pattern(conv["whole"][lg]).sub(" ", bare)).strip()
                rest = bare if pat.search(bare) else rest
            if not pat.search(rest):  # (searched first: most messages are none of these)
                continue
            found.append((kind, lg))
            rest = pat.sub(" ", rest)
            summary = _compiled("type:summary", lg) if kind == "about" else None
            if summary is not None:  # ("intinya paper ini membahas apa", "in short, what is the paper about")
                rest = summary.sub(" ", rest)
    if not found:
        # a summary asked of the paper as a whole and of nothing in it ("summarize the paper", "ringkasin paper ini
        # secara keseluruhan"): what the paper is about
        paper = phrase_pattern([w for lg in ("en", "id") for w in words()["paper_words"][lg]])
        for lg in dict.fromkeys([lang, "en", "id"]):
            summary = _compiled("type:summary", lg)
            if summary is None or not summary.search(core) or not paper.search(core):
                continue
            # (framing may hold the paper's words: "paper ini" goes with it)
            bare = rx.sub(r"[^\w\s']", " ", strip_framing(text, lg).lower())
            # (not a part of it, "ringkas kesimpulan paper ini", nor what it says on a topic, "what does the
            # paper say about the US")
            if _section_name().search(bare) or _TOPIC_OF.search(bare) or numbered_part:
                break
            found.append(("about", lg))
            rest = phrase_pattern(conv["whole"][lg]).sub(" ", paper.sub(" ", summary.sub(" ", bare)))
            break
    greeted = [(k, g) for k, g in found if k == "greeting"]
    permission = phrase_pattern([p for lg in ("en", "id") for p in conv["permission"][lg]]).search(core)
    if greeted and not set(core.split()) & _WH and permission and not _asks_after(text, permission.group(0), lang):
        # a greeting and leave asked to ask, and no question yet ("halo kak, aku mhs HI lagi nyusun makalah, boleh
        # nanya2 soal paper ini ya"): what the user then says about themselves is no question (one asked after
        # the leave, "mau nanya: data paper ini primer atau sekunder sih?", is the question)
        return greeted[0]
    addressing, intensifying, workings = _addressing_words()
    rest_words = [w for w in rest.split() if w not in all_stopwords()]
    if set(rest_words) & workings and all(w in addressing or w in intensifying or w in workings for w in rest_words) \
            and (set(core.split()) & addressing or _ABILITY.search(core) or found):
        # a message addressed to the assistant (by a word for it, an ability asked, a greeting or thanks) about its
        # own workings and nothing else ("are your answers checked by a human?", "kak bisa jawab pake bahasa jawa
        # gak?", also beside "who are you": "… and what sort of questions are you built to handle?"): what it does
        # answers it
        if not any(k in ("about", "capabilities") for k, _ in found):
            found.insert(0, ("capabilities", lang))
        rest_words = []
    if any(w not in addressing and w not in intensifying for w in rest_words):
        return None
    asks = set(rest.split()) & _WH
    if asks and set(rest.split()) & addressing and not any(k in ("about", "capabilities") for k, _ in found):
        found.insert(0, ("capabilities", "id" if asks <= _ID_WH else "en"))
    if not found:
        return None
    # (a phrase of one language only tells the language of a message too short to detect: "selamat pagi!")
    kind, lg = found[0]
    langs = {g for _, g in found}
    return kind, (next(iter(langs)) if len(langs) == 1 else lang)


def _asks_after(text: str, permission: str, lang: str) -> bool:
    """Whether the message asks a question after the leave it asks to ask: a sentence ending in "?" after it that
    holds a content word besides the leave's own ("mau nanya: data paper ini primer atau sekunder sih?"; not "boleh
    nanya?")."""
    at = text.lower().find(permission)
    rest = text[at + len(permission):] if at >= 0 else ""
    asked = [x for x in rx.findall(r"[^.?!]*\?", rest) if content_words(x, lang)]
    return bool(asked)


def is_followup(text: str, lang: str) -> bool:
    """A short message that opens like a follow-up ("and in 2022?", "what about the MoU?") or leans on a
    pronoun ("who led it?", "siapa yang memimpinnya?")."""
    low = text.lower().strip()
    n_words = len(_WORD.findall(low))
    if n_words > 9:
        return False
    for lg in dict.fromkeys([lang, "en", "id"]):
        opens = _compiled("followup_open", lg)
        if opens is not None and opens.match(low):
            return True
    if n_words <= 2 and answer_type(text, lang) not in ("fact", "summary"):
        return True  # an interrogative alone ("kapan?", "why?", "di mana?") asks about the previous question
    pron = _compiled("followup_pron", "en")
    if pron is not None and pron.search(low) and not extract_constraints(text, lang).names and n_words <= 7:
        return True
    return _clitic_points_back(text.strip()) and lang == "id" and n_words <= 6


_CLITIC_NYA = re.compile(r"\w{3,}nya\b")  # an Indonesian word with the clitic "-nya" ("memimpinnya", "sumbernya")


def refers_back(text: str) -> bool:
    """The question leans on one before it: a pronoun or demonstrative of either language ("it", "that report",
    "rapat itu", "tersebut") or a word with the clitic "-nya" ("sumbernya", "korbannya")."""
    low = text.lower()
    # (the clitic counts attached to its word only: "received nya", typed apart, is not taken as one)
    pronouns = (p for p in (_compiled("followup_pron", lg) for lg in ("en", "id")) if p is not None)
    return any(m.group(0) != "nya" for p in pronouns for m in p.finditer(low)) or _clitic_points_back(text)


def _clitic_points_back(text: str) -> bool:
    """A word with the clitic "-nya" whose possessor is not named right before it: "korbannya" leans on what was
    asked before; "Timor Leste statusnya" is Timor-Leste's status."""
    return any(not rx.search(r"[A-Z][\w'’-]*\s+$", text[: m.start()]) for m in _CLITIC_NYA.finditer(text))


@lru_cache(maxsize=256)  # (a message is read twice: for its questions, then by ``analyse``)
def question_language(question: str) -> tuple[str, str]:
    """The language a question is read in, with the question normalised for it: detected once on the words as
    typed, and again once colloquial spellings are normalised ("gmn", "brp" are Indonesian only when written out)."""
    norm = normalise(question, _language_of(question))
    return _language_of(norm), norm


def _language_of(text: str) -> str:
    """``detect_language``, with a tie of function words ("bedanya satgas sama WG on GTCM apa?") broken by the
    words only one language's word lists hold (``lexical_language``)."""
    score_id, score_en = language_scores(text)
    if score_id == score_en:
        return lexical_language(text)
    return "id" if score_id > score_en else "en"


# the paper and its sources joined as one object ("the paper and its sources", "paper & sumbernya", "paper maupun
# digest-nya")
_WITH_SOURCES = re.compile(r"\b(?:paper|article|study|artikel|makalah)\s*(?:and|&|dan|maupun|plus|serta)\s*"
                           r"(?:its\s+|the\s+|para\s+)?(?:cited\s+)?(?:sources?|references|digests?|sumber\w*|"
                           r"referensi\w*|rujukan\w*|digest\w*)\b", re.I)


_CITED_SOURCE = re.compile(rf"(?:{_CITED_YEAR_TYPED.pattern})(?:\s+(?:yang|yg|that|which)\s+[^,?.;!]{{0,80}})?")


def without_cited_sources(text: str, clause: bool = True) -> str:
    """The message without each source it names by a noun and its author and year ("artikel Snyder 2019"), with
    the relative clause that follows one ("… yg jadi pegangan metode paper ini"): a noun of a paper there is the
    source's, and the clause identifies the source by the paper; neither asks about the paper. Without ``clause``,
    the relative clause stays (where a paper it names says who speaks for the source: "… yg dikutip paper")."""
    return (_CITED_SOURCE if clause else _CITED_YEAR_TYPED).sub(" ", text)


def _bare_request_words(text: str, lang: str) -> list[str]:
    """The content words of ``text`` besides those that ask for a summary (either language's cues)."""
    for lg in dict.fromkeys([lang, "en", "id"]):
        pat = _compiled("type:summary", lg)
        text = pat.sub(" ", text) if pat is not None else text
    return content_words(text, lang)


def analyse(question: str, previous: Question | None = None) -> Question:
    """The question as tipbot understands it; ``previous`` is the conversation's last question, against which a
    follow-up is read."""
    lang, norm = question_language(question)
    # (what users say of themselves is no part of it: "halo min, aku relawan di LSM, biasanya bot ini dipake buat
    # nanya apa aja?" asks what the assistant is for)
    conversation = _conversation_kind(_without_self_description(norm), lang)
    if conversation:
        kind, said_in = conversation
        return Question(original=question, text=norm, language=said_in, kind=kind)
    premise = any(p is not None and p.search(norm.lower()) for p in
                  (_compiled("premise", lg) for lg in dict.fromkeys([lang, "en", "id"])))
    wants_source = _matches_any(norm, words()["beyond_paper"], lang)
    # (a source identified by the paper citing it, "skripsi Alifia yg dikutip paper", is the source wanted)
    # (not in what the user says of their own work: "aku lagi bikin makalah ttg …" is the user's paper)
    # (nor in the alternative it rules out: "what did Khairi 2021 conclude? not what the paper says about it")
    # (nor in a source named by its author and year, or in the relative clause that identifies it by the paper:
    # "artikel Snyder 2019 yg jadi pegangan metode paper ini")
    # (nor in what the question asks the source means for the paper: "why it matters for the paper", "relevan buat
    # paper")
    names_paper = _matches_any(_RELEVANCE_TO_PAPER.sub(" ", _EXCLUDED_CLAUSE.sub(" ", citing_clause().sub(
        " ", without_cited_sources(without_asides(norm, lang))))), words()["paper_words"], lang)
    # (a figure identified by the paper quoting it names the paper: "the ILO data the paper quotes" asks for the
    # paper's own figure, where "the ILO report the paper cites" names the report)
    names_paper = names_paper or cites_papers_figure(norm)
    wants_paper = names_paper and not wants_source
    cleaned = focus(strip_framing(norm, lang) or norm, lang)
    # (what the question rules out, "…, bukan tersangkanya", is not searched for)
    cleaned = without_excluded(cleaned).strip() or cleaned
    # (the language a name is asked in, "Satgas TPPO in English?", "bahasa Inggrisnya apa?", is no term: the
    # question asks what the named term is)
    in_language = _name_language().search(cleaned)
    if in_language:
        cleaned = rx.sub(r"\s+([?.!])", r"\1", rx.sub(r"\s{2,}", " ", _name_language().sub(" ", cleaned))).strip()
    reading, own_ask = "", False
    if previous is not None and not previous.conversational and is_followup(cleaned, lang):
        own_ask = asks_of_its_own(cleaned, lang)
        cleaned = reading = resolve_followup(cleaned, lang, previous)
    pieces = rx.split(r"(?<=[?])\s+", cleaned)
    questions = [x for x in pieces if "?" in x]
    last = rx.findall(r"[a-z]+", pieces[-1].lower())
    wh = next((i for i, w in enumerate(last) if w in _WH), None)
    # (not a statement of the user's own before its interrogative: "I wonder how long it took")
    if questions and "?" not in pieces[-1] and wh is not None and not set(last[:wh]) & _FIRST_PERSON:
        questions.append(pieces[-1])  # a last question typed without its mark ("… belum? diubah pakai uu apa")
    elif questions and "?" not in pieces[-1] and len(last) <= CLOSING_WORDS + 1 \
            and answer_type(pieces[-1], lang) == "summary" \
            and ((asked_type := answer_type(" ".join(questions), lang)) in _SUMMARISABLE or (
                # (what the text says of causes, asked with a verb of summing up, "… soal penyebab …? rangkum dr
                # semua bagian ya"; not a why-question with a request to explain, "kenapa …? jelasin singkat")
                asked_type == "reason" and _strong_summary_request(pieces[-1]))):
        # a closing request for a summary ("… dari awal sampai akhir? rangkum ya") of what the questions ask in
        # general terms (how a text treats a topic, what all it says): not of a comparison or a figure asked
        questions.append(pieces[-1])
    elif questions and "?" not in pieces[-1] and len(last) <= CLOSING_WORDS + 1 \
            and answer_type(pieces[-1], lang) == "list" and answer_type(" ".join(questions), lang) == "fact":
        # a closing request to list what a yes-or-no question asks about: "ada langkah yg diakui gak? sebutin dong"
        questions.append(pieces[-1])
    # (the sentences with a question mark carry the type)
    atype = answer_type(" ".join(questions) or cleaned, lang, confirms(norm, lang))
    if (atype == "fact" or atype == "quantity" and not _figures_named(rx.split(r"(?<=[?])\s+", norm)[-1])) \
            and questions and _closing_list(norm, lang):
        # (the closing request as typed, which framing stripped whole: "… call for? list pls"; after a count of
        # things, "strateginya ada brp? sebutin dong": the list, which says how many items it has; not a request
        # for the figures themselves, "… brp? sebutin angkanya")
        atype = "list"
    if atype == "fact" and previous is not None and reading and not own_ask:
        atype = previous.answer_type
    if atype == "fact" and answer_type(norm, lang) == "summary":
        # (the framing stripped may be what asks for a summary: "what does the paper say about the role of Polri?"
        # reads "what about the role of Polri?")
        atype = "summary"
    if atype == "summary" and names_paper and not wants_source and not names_text_part(norm) \
            and not _bare_request_words(cleaned, lang):
        # a summary of the paper asked with framing around it and no topic left ("assalamualaikum, kak boleh
        # jelasin paper ini buat orang awam gak? aku bukan anak HI"): what the paper is about
        return Question(original=question, text=norm, language=lang, kind="about")
    if atype == "fact" and _CITED_YEAR_TYPED.search(cleaned) and answer_type(
            _CITED_YEAR_TYPED.sub(" digest ", " ".join(questions) or cleaned), lang) == "summary":
        # a source named by its noun, author and year is a text whose content may be asked for, as a part of the
        # paper is ("artikel Snyder 2019 isinya apa?" as "digest … isinya apa?"; a bare "sumbernya tentang apa?"
        # asks for a citation as often)
        atype = "summary"
    if atype == "actor" and _WHO_IS_NAME.match(rx.split(r"(?<=[?!])\s+", cleaned.strip(), maxsplit=1)[0]):
        # "Who is Erin Merryn?" asks what the sources say of that person, not for a name (so does a first sentence
        # that asks it: "Le Luong Minh itu siapa? perannya apa?")
        atype = "definition"
    if in_language and atype == "fact":
        atype = "definition"
    if atype in ("fact", "place") and (kind := kind_asked_in(cleaned)) is not None and (
            atype == "fact" or kind[0] == "rank"):
        # ("Kamboja … masuk tier brp?", "what tier was …", "where was X placed in the report": a rank is a figure
        # of its kind)
        atype = "quantity"
    if atype == "fact" and OR_DAYS.search(cleaned):
        atype = "date"  # ("was it adopted on 10 or 11 May?": days given as alternatives ask which date)
    premise = premise or (atype == "fact" and confirms(norm, lang))  # (before its particles are stripped)
    # "X, right? and how did …?": a statement asked to be confirmed before another question asserts X (one with
    # an interrogative of its own asks for something: "… dihadiri berapa peserta ya? terus …")
    asked = [x for x in rx.split(r"(?<=\?)\s+", norm) if x.strip()]
    premise = premise or any(confirms(x, lang) and answer_type(x, lang) == "fact" for x in asked[:-1])
    # ("was it adopted on 10 May or 11 May?": alternatives to choose from assert neither)
    premise = premise and not OR_DAYS.search(cleaned)
    q = Question(
        original=question, text=cleaned, language=lang, answer_type=atype, head=_head_noun(cleaned, atype),
        count=count_of(unquoted(cleaned)), constraints=extract_constraints(without_asides(cleaned, lang), lang),
        premise=premise,
        reading=reading,
    )
    if atype == "definition":
        # (a name asked in another language is the rest of the question: "Gugus Tugas?")
        q.defined = _defined_term(cleaned) or (" ".join(
            w for w in rx.findall(r"[\w/-]+", cleaned) if w.lower() not in INTERROGATIVES) if in_language else "")
    if atype == "summary":
        # ("an NGO briefing on …", "briefing buat LSM soal …": whom a summary is for names no constraint on it)
        q.constraints.names = [n for n in q.constraints.names if not _audience(n).search(cleaned)]
    q.excluded = excluded_of(norm)
    asks_span = _matches_any(cleaned, words()["interval_words"], lang)
    asks_units = _matches_any(cleaned, words()["interval_spans"], lang)  # ("how many months", "berapa bulan")
    related = _matches_any(cleaned, words()["interval_relations"], lang)
    interval = (atype == "date" and asks_span) or (asks_units and related) or (
        asks_span and bool(rx.search(r"\b(?:between|antara)\b.+\b(?:and|dan)\b", cleaned, re.I))) or (
        # ("how long did it take ACTIP to enter into force after it was signed?")
        asks_span and _matches_any(cleaned, words()["interval_takes"], lang) and related) or (
        (asks_span or asks_units) and (_from_to(cleaned) or _from_to(norm)) is not None) or (
        # "ditandatangani kapan & berlaku kapan? jaraknya brp lama?", "… tgl brp, direvisi tgl brp? jaraknya brp
        # hari?": two dates asked, then the span between them
        (asks_span or asks_units) and len(_dates_asked(cleaned, lang)) >= 2) or (
        # "dibentuk 5 juni, diumumin 10 oktober, itu brp bulan?": two dates the message gives, then a span in units
        asks_units and len(DAY_MONTH.findall(cleaned)) >= 2) or (
        # "A sama B diteken selisih brp hari?": a span in units asked as a difference relates two events (not of
        # two prison terms: "hukuman minimal sama maksimal selisih berapa tahun?")
        asks_units and _matches_any(cleaned, words()["arithmetic"]["difference"], lang)
        and not _table_pattern(_penalty_asks()).search(cleaned.lower()))
    if interval:  # "how many days passed between A and B": the difference of two dates
        q.answer_type = atype = "date"
    q.interval = interval
    # ("Listyo Sigit jadi Kapolri dari thn brp?": when a state began, which a date after "since"/"from" tells)
    q.start = not interval and atype == "date" and _matches_any(cleaned, words()["start_asks"], lang)
    # (not when the message asks a date as well: "kapan ditandatangani, dan periode berapa yang dicakupnya?" asks
    # for both, each from its own part)
    periods = _table_pattern(tuple(p for table in words()["period_asks"].values() for p in table))
    q.period = not interval and bool(periods.search(cleaned)) and answer_type(periods.sub(" ", cleaned), lang) != "date"
    if q.period and atype in ("fact", "date", "quantity"):
        q.answer_type = atype = "date"  # ("periode berapa": a span of years, not a count)
    # ("MoU-nya berlaku sampai tahun berapa?": when a state ends, which a date after "until"/"sampai" tells)
    q.end = not interval and not q.period and atype == "date" and _matches_any(cleaned, words()["end_asks"], lang)
    # (a difference is asked more specifically: "bigger or smaller than the total …, by how much?")
    # (a summary or a list computes nothing: "ringkas datanya, plus catatan soal angkanya" joins requests)
    q.arithmetic = next((op for op in ("midpoint", "difference", "sum")
                         if _matches_any(cleaned, words()["arithmetic"][op], lang)), "") \
        if atype not in ("summary", "list") else ""
    if q.arithmetic == "midpoint" and atype != "quantity":
        q.answer_type = atype = "quantity"  # ("the midpoint of the target range": a value computed from its ends)
    # (a difference asked beside both ends of a change, "turun dr brp ke brp? selisihnya brp?", is the change's)
    q.change = q.arithmetic in ("", "difference") and asks_change(cleaned) or (
        q.arithmetic == "difference" and bool(_ENDS_ASKED.search(cleaned) or _YEARS_COMPARED.search(cleaned)
                                              or len(times_of_data().findall(YEAR_SPAN.sub(" ", cleaned))) == 2))
    if q.change:
        q.arithmetic = "difference"  # "by how many did it rise from 2015 to 2016?": its two ends' difference
    # (the day of a date is no operand the question gives: "per 10 Okt 2023 … 2.778 korban & 1.037 tersangka")
    days = {m.group(1) for m in DAY_MONTH.finditer(cleaned)}
    # (nor are the ends of a range that qualifies the subject: "perempuan 15-64 thn", "aged 15–64")
    ranged = {n for m in _GIVEN_RANGE.finditer(cleaned) for n in m.groups()}
    given = [n for n in q.constraints.numbers if n not in q.constraints.years and n not in days and n not in ranged]
    even = _matches_any(cleaned, words()["arithmetic"]["even_split"], lang)
    if not q.arithmetic and not given and atype == "quantity" and _GROUPS_JOINED().search(cleaned) and \
            _matches_any(cleaned, words()["arithmetic"]["total"], lang):
        # "the total of female victims, girls and adult women, that IOM recorded": a total asked of two groups of
        # people the question joins is the sum of the figures the text gives each (compose.operands)
        q.arithmetic = "sum"
    # "Salamah 2018 dikutip buat bilang apa?": what the paper cites a work it names for (its citing sentences)
    # (asked in the message's last sentence, not stated before another question: "The paper cites X for Y. According
    # to the digest, what …?")
    asking = last_sentence(cleaned)
    # (the words may stand in framing the cleaning strips: "paper bilang Khairi (2021) nunjukin apa?")
    q.cited_for = bool(CITED_AS.search(asking)) and bool(
        either_language(words()["cited_for"]).search(asking) or _CITED_FOR_WHAT.search(asking)
        or either_language(words()["cited_for"]).search(last_sentence(norm)))
    q.coverage = coverage_topic(last_sentence(norm))
    # "what conceptual framework does Khairi's 2021 article use?", "artikel Khairi 2021 pakai konsep apa?": a question
    # about a work it names by author, year and a noun for a document asks what that source itself says (its digest),
    # not the paper's sentence that cites it (unless it asks what the paper cites it for, or names the paper)
    if CITED_AS.search(asking) and either_language(words()["source_nouns"]).search(asking) and not q.cited_for \
            and not q.premise and not q.names_paper and not q.coverage \
            and q.answer_type in ("fact", "definition", "list", "summary", "method", "reason"):
        wants_source, wants_paper = True, False
    # "which province does Daniel et al. (2017) study?", "Septia dkk 2022 itu neliti apa?": what a cited work is about
    # (not a summary, which gives the record's other lines too, nor a comparison, whose sides are answered each)
    q.work_subject = q.answer_type in ("fact", "place", "definition", "list") and bool(CITED_AS.search(asking)) \
        and not q.cited_for and not q.premise \
        and bool(either_language(words()["work_subject"], particles=True).search(asking))  # ("nelitinya")
    # "why is Pratiwi & Yunda (2020) a weak source?", "kenapa Sa'diyah dkk 2021 kurang pas?": what the knowledge base
    # notes on the work's problems (word list ``source_critique``); a premise it asserts is the critique asked about
    q.work_critique = bool(CITED_AS.search(asking)) and not q.cited_for \
        and bool(either_language(words()["source_critique"]).search(asking))
    cited = CITED_AS.search(asking) if q.work_critique else None
    if cited and either_language(words()["source_critique"]).search(asking[cited.end():]):
        # ("knp sumber Anderson 2021 dipermasalahkan?": the critique of the work a "why" presupposes is what is
        # asked, from the notes the knowledge base keeps on it; no claim of the sources to check. Not a word before
        # the work, on something else: "… memulangkan 1.138 PMI bermasalah … data KBRI 2022")
        q.premise = False
    q.per_time = "" if q.arithmetic else rate_unit(cleaned, lang)
    if q.per_time:
        # "rata-rata sebulan brp orang yg diselamatkan?", "… in 3 years - how many is that a year?": the total the
        # text gives over the number of those units it says the total covers (compose.rate_duration)
        q.arithmetic = "rate"
        q.answer_type = atype = "quantity"
    if not q.arithmetic and not given and (_AVERAGE_PER.search(cleaned) or even or atype == "quantity"
                                           and _PER_COUNT.search(cleaned)):
        # "on average how many people were rescued per report?", "kalo dibagi rata, 1 tersangka kebagian brp
        # korban?", "roughly how many suspects per police report?": the ratio of the two counts the text gives
        q.arithmetic = "ratio"
    rest_asked = _matches_any(_ABROAD.sub(" ", cleaned), words()["arithmetic"]["remainder"], lang)
    if not q.arithmetic and len(given) <= 1 and not any(n.endswith("%") for n in given) and atype == "quantity" \
            and not asks_percent(cleaned) and rest_asked:
        # "estimasi ILO itu yg di luar Asia-Pasifik brp?": the rest of a total whose whole and part one sentence
        # of the text gives ("20.9 million …, 11.7 million of them in Asia-Pacific") is their difference (so when
        # the question gives the whole itself: "dari 21 jt korban kerja paksa, yg di luar asia pasifik brp?")
        q.arithmetic, q.remainder = "difference", True
    if not q.arithmetic and len(given) == 1 and atype == "quantity" and not given[0].endswith("%") and (
            _AVERAGE_PER.search(cleaned) or even or _matches_any(cleaned, words()["arithmetic"]["ratio"], lang)):
        # "554 laporan … rata2 satu laporan itu brp korban?": an average of one count the question gives, over
        # the other count the text gives beside it
        q.arithmetic = "ratio"
    if not q.arithmetic and len(given) == 2:
        shares = [n for n in given if n.endswith("%")]
        if _matches_any(cleaned, words()["arithmetic"]["remainder"], lang):
            # "21 juta di dunia, 11 juta di Asia Pasifik. berarti yg di luar Asia Pasifik brp?": the rest of a total
            # whose whole and part the question gives is their difference
            q.arithmetic = "difference"
        elif (_matches_any(cleaned, words()["arithmetic"]["ratio"], lang) or even
              or atype == "quantity" and _PER_UNIT.search(cleaned)) and not shares:
            # ("2.778 org dr 861 laporan, rata2 brp org per laporan?", "… how many people is that per report?")
            q.arithmetic = "ratio"
        elif not shares and atype == "quantity" and asks_percent(cleaned):
            # "2,047 of the 2,648 victims were adult women. what % is that?": a share asked of two counts the
            # question gives is the smaller over the larger
            q.arithmetic = "percent"
        elif not shares and atype == "quantity" and _matches_any(cleaned, words()["arithmetic"]["total"], lang) \
                and not _OF_GIVEN_TOTAL().search(cleaned):
            # "970 girls and 5,907 women … what's the total?": the total of two counts the question gives itself,
            # neither a part of the other, is their sum
            q.arithmetic = "sum"
        elif atype == "comparison" and len(shares) != 1 and _matches_any(cleaned, words()["figure_difference"], lang):
            # "52 problematic workers and 172 victims - what's the difference between the two?": the difference of
            # two figures of one kind the question gives is computed (of two things it names, a comparison)
            q.arithmetic = "difference"
            q.answer_type = atype = "quantity"
        elif len(shares) == 1 and atype == "quantity" and not q.percent:
            # "2,605 cases and about 50.97% were children — roughly how many child cases is that?": a count asked of
            # a share of a total the question gives is that share of it
            q.arithmetic = "share"
    if not q.arithmetic and len(given) == 1 and given[0].endswith("%") and atype == "quantity" \
            and not asks_percent(_GIVEN_SHARE.sub(" ", cleaned)):
        # "kalau 69%-nya perempuan, berarti berapa orang perempuan?": a count asked of a share the question gives is
        # that share of the total the text gives beside it (compose.operands)
        q.arithmetic = "share"
    if not q.arithmetic and len(given) == 1 and not given[0].endswith("%") and atype == "quantity" \
            and not asks_percent(cleaned) and _OF_GIVEN_TOTAL().search(cleaned):
        # "out of 2,605 cases, roughly how many were men?": a count asked of a part of a total the question gives is
        # the share the text gives that part, of that total (compose.operands)
        q.arithmetic = "share"
    modal = rx.search(r"\b(?:can|could|should|may|is it ok|boleh|bisa|bolehkah|apakah)\s+(?:i|we|you|saya|aku|kita)?\b"
                      r"(?:[^?.;]|\.(?=\d))*", cleaned, re.I)
    if q.arithmetic and modal and _asks_arithmetic(modal.group(0), lang):
        # "can I just add them up?" asks whether to, not for the sum (a modal question of its own asks nothing of
        # the computation: "what's the total, and can I trust the source?")
        q.arithmetic = ""
    # "the difference between the minimum and maximum prison term", "selisih batas atas sama batas bawah": the
    # width of a range the sources give, the difference of its two ends (no comparison of two things, no span of
    # dates, no bound)
    width = asks_range_ends(cleaned, lang) and (q.arithmetic == "difference" or atype == "comparison" or interval)
    if width:
        q.arithmetic, q.answer_type, atype = "difference", "quantity", "quantity"
        q.interval = interval = False
    if q.arithmetic and atype in ("fact", "comparison"):  # "what combined share …": a figure, computed
        q.answer_type = atype = "quantity"
    if atype in ("fact", "definition") and (kind_asked_in(cleaned) or ("", ""))[0] == "identifier":
        # "what is the PubMed ID of …", "Anderson's article: PubMed ID?": a number that labels a publication (word
        # list quantity_kinds), not a definition of the label
        q.answer_type = atype = "quantity"
    kind = "comparison" if atype == "comparison" else "interval" if interval else "question"
    q.parts = [] if width else split_parts(cleaned, kind)
    if atype == "comparison":
        # (a side ends where a clause after a spaced dash begins: "satgas TPPO - are they the same thing")
        q.parts = with_elided_nouns([rx.split(r"\s[-–—]\s", p_)[0].strip() for p_ in q.parts])
    if interval and not q.parts:
        # (the clauses that each give one of two dates: "dibentuk 5 juni, diumumin 10 oktober, itu brp bulan?")
        dated = [c.strip() for c in rx.split(r"[,;]", cleaned) if DAY_MONTH.search(c)]
        q.parts = dated if len(dated) == 2 else q.parts
    if interval:  # "how many days passed | between A | and B": the piece that asks for the span names no event
        # (one that names an event before it keeps the event: "B got busted in July 2023 - how far apart is that")
        events = [e for i, p in enumerate(q.parts) if (e := _without_span_ask(p, lang, first=i == 0))]
        # (nor the clause that says whose date it is: "the police MoU date the paper gives")
        events = [x for e in events if (x := _STATED_BY().sub(" ", e).strip(" ,"))]
        # (nor a question of its own in a later sentence of the message: "how many days after A did B? and what's
        # his name": the name asked is no end of the span)
        events = [e for e in events if answer_type(e, lang) == "fact" or not any(e in x for x in pieces[1:])]
        # (a piece that asks a question of its own names no event: "…, dan pada tanggal berapa masing-masing
        # disahkan?")
        events = [e for e in events if answer_type(e, lang) == "fact"] if sum(
            answer_type(e, lang) == "fact" for e in events) >= 2 else events
        # (framing that names the paper is an event's words here: "from the paper being received to …")
        if len(events) < 2 and (ends := _from_to(cleaned) or _from_to(norm)):
            events = list(ends)  # ("how long from A to B", "berapa lama dari A ke B")
        if not events and (m := rx.search(r"\b(?:after|setelah|sesudah)\s+(.+)", cleaned, re.I)):
            events = [m.group(1).strip(" ?.!")]  # ("berapa hari setelah A B": both events after the relation)
        if len(events) == 1:
            # ("how many days after A did B …": the inverted auxiliary opens the clause of the second event; "berapa
            # hari setelah Satgas dibentuk sindikat … dibongkar": a passive verb closes the first)
            m = (_INVERTED_AUX if lang == "en" else _PASSIVE_END).search(events[0])
            pieces = [x.strip(" ,") for x in (events[0][:m.end(1)], events[0][m.end():])] if m else []
            events = pieces if len(pieces) == 2 and all(content_words(x, lang) for x in pieces) else events
        if len(events) < 2 and len(dated := _dates_asked(cleaned, lang)) >= 2:
            events = dated  # ("ditandatangani kapan & berlaku kapan? jaraknya brp lama?": the two dates asked)
        q.parts = events if len(events) >= 2 else q.parts
    asked = [x.strip() for x in questions if content_words(x, lang)]
    if not q.parts and len(asked) >= 2:  # "siapa yg membuka pertemuan itu? tgl brp?": two questions, two parts
        q.parts = asked
    trailing = _TRAILING_ASK.search(cleaned)
    if not q.parts and trailing:
        # "when was it adopted, and where?": the clause asked again with the trailing interrogative, two parts
        first = cleaned[:trailing.start()].strip(" ,")
        head = Question(original=first, text=first, language=lang)
        head.answer_type = answer_type(first, lang)
        span = _interrogative_span(head)
        if span and _bare(trailing.group(1), answer_type(trailing.group(1), lang), lang):
            second = f"{first[:span[0]]}{trailing.group(1)}{first[span[1]:]}"
            q.parts = [first, second]
            q.answer_type = atype = head.answer_type
    # (on the message before its framing is stripped: "keyword paper ini" loses "paper ini" as framing)
    # (not of a law the question names by its number, without naming the paper: "which State Gazette was Law 13/2006
    # published in?"; a source named by author and year keeps it: its reference record answers "who wrote it, in
    # which journal")
    # (or the time between two dates of the paper's history at its journal, "dari received sampai accepted paper
    # ini brp hari?": its front matter's history line gives both, word list ``document_history``)
    history = either_language(words()["document_history"])
    q.about_document = (_matches_any(cleaned, words()["document"], lang) or _matches_any(
        norm, words()["document"], lang) or names_paper and interval and len(
            {m.group(0).lower() for m in history.finditer(cleaned)}) >= 2) and not (
        q.constraints.documents and not names_paper)
    q.chronology = _matches_any(cleaned, words()["chronology"], lang)
    if q.chronology and q.answer_type == "date":
        q.answer_type = "list"  # "kronologi 2023, lengkap dengan tanggalnya": every dated event, not one date
    q.wants_paper = wants_paper
    q.wants_source = wants_source
    q.names_paper = names_paper
    q.with_sources = names_paper and bool(_WITH_SOURCES.search(norm))
    # (not a noun of a source named by its author and year: "ringkasin artikel Khairi 2021" is Khairi's)
    # ("what's the main finding of this paper?" is read as a definition of its gist)
    if q.answer_type in ("summary", "fact", "definition") and summarises_paper(without_cited_sources(question)):
        # ("can you sum up the whole paper in like 4 sentences? what it did and what it found")
        q.answer_type, q.whole_paper = "summary", True
    # (naming the paper and a source's own text, "apa kata digest sumber POLRI tentang …", sets the two side by side)
    # (a paper named by citing the source counts: "Paper mengutip 'US Embassy, 2022' untuk …, sebenarnya …?")
    # (so does a wording the question quotes, "is Indonesia really a 'main transit route' according to the 2017
    # TIP report?": the paper's words, which the user asks to have checked against the source it credits)
    checking = _matches_any(norm, words()["source_check"], lang)
    q.checks_source = (names_paper or bool(citing_clause().search(norm))) and (
        checking or bool(either_language(words()["source_text"]).search(norm))) or (
        checking and bool(_QUOTED_WORDS.search(norm)))
    if q.checks_source:
        q.premise = False  # what it asserts is the paper's account, which it asks to have checked
    q.omission = _matches_any(norm, words()["omission"]["asks"], lang)
    if q.answer_type == "quantity" and not width:
        q.bound = asked_bound(cleaned, lang)
    q.percent = atype == "quantity" and asks_percent(cleaned)
    if q.percent and asks_percent_change(cleaned):
        # ("by what percent did it rise", "what % rise is that?", "naik brp persen"): a change of two counts the
        # text gives, as a share of the earlier one; no percentage the text states answers it
        q.percent, q.percent_change, q.change, q.arithmetic = False, True, True, "difference"
    if q.count and (atype in ("fact", "definition", "method") or atype == "summary" and _only_weak_request(cleaned)) \
            and not asserts_count(norm, lang):
        q.answer_type = "list"  # ("explain the three stages …", "jelaskan tiga tahap …": the items counted)
    q.rank = ranked_act(cleaned)
    q.item = item_asked(cleaned)
    if q.item and q.answer_type in ("fact", "definition"):
        q.answer_type = "list"  # ("strategi keempat dari lima strategi itu apa?": an item of the list, set out whole)
    m = _PROVISION_ASKED.search(cleaned)
    q.provision = first_group(m)
    q.unique = bool(phrase_pattern(words()["uniqueness"]["asks"]).search(cleaned))
    q.below_country = q.answer_type == "place" and bool(phrase_pattern(words()["place_levels"]).search(cleaned))
    # (the message before its framing is stripped, as for "personal": "… ada kabar terbaru?" may be an aside)
    q.present = bool(either_language(words()["present"]).search(f"{cleaned} {norm}"))
    if not q.present and (asked_office(q) or either_language(words()["employment_asks"]).search(norm)) \
            and either_language(words()["present_bare"]).search(norm):
        q.present = True  # ("who is the foreign minister now?", "skrg kerja di mana?": today's holder, employer)
    q.unrelated = _matches_any(norm, words()["unrelated_markers"], lang)
    q.personal = next((k for k, table in words()["personal"].items() if _matches_any(norm, table, lang)), "")
    q.personal = q.personal or owned_view(norm)
    if not q.personal and q.answer_type != "reason" and asks_advice(norm):
        q.personal = "advice"  # ("why should we care …?" asks for a reason the sources may give)
    if q.personal == "advice" and reported_prescription(norm):
        q.personal = ""  # ("jubir Kemlu bilang penanganan harus gimana?": what the spokesperson said should be done)
    # "menurut Anda, apa kata paper …": a polite question about what the sources say (the paper named in a
    # statement about the user, "Saya sudah baca paper ini tapi bingung", is not what is asked about)
    # (not the paper named in an order not to use it: "Don't summarise the paper, just tell me what you think")
    named = _NEGATED_ORDER.sub(" ", citing_clause().sub(" ", without_asides(norm, lang)))
    if q.personal and (wants_source or _matches_any(named, words()["paper_words"], lang)):
        q.personal = ""
    # an order to the assistant stays one whatever it is based on ("Based on the paper, predict …")
    q.personal = q.personal or requested_personal(norm)
    # "of the 2,605 cases, which province had the most?" asks for a breakdown by place, as "how many of them
    # were women" does by group
    level = phrase_pattern(words()["place_levels"]).search(cleaned) if q.answer_type == "place" else None
    # (a share the question computes from its own two counts asks no part of a total the sources must break down;
    # nor does a count it computes from a share and a total it gives: "if 50.97% of the 2,605 cases were children")
    own_share = q.arithmetic == "share" and any(n.endswith("%") for n in q.constraints.numbers)
    # (nor a ratio of two counts it gives: "1,138 is how many times larger than the 62?")
    own_share = own_share or q.arithmetic == "ratio" and len(set(q.constraints.numbers) - set(q.constraints.years)) >= 2
    if (q.answer_type == "quantity" or level) and q.arithmetic != "percent" and not own_share and (
            _matches_any(cleaned, words()["partitive"], lang) or _PARTITIVE_TOTAL.search(cleaned)):
        totals = [n for n in q.constraints.numbers if n not in q.constraints.years]
        q.part_of = totals[0] if totals else ""
        group = _PARTITIVE_GROUP.search(cleaned)
        origin = _PARTITIVE_ORIGIN.search(cleaned)
        generic = counted_nouns()
        if q.part_of and origin and (not q.head or q.head in generic):  # (the place is the part: "berapa orang")
            q.head = next(g for g in origin.groups() if g)
        elif q.part_of and not q.head and (level or group):
            q.head = level.group(0) if level else next(g for g in group.groups() if g)
        elif q.part_of and rx.sub(rf"{ID_DEFINITE}$", "", q.head.lower()) in generic:
            # a group beside a generic counted noun is the part ("berapa jumlah korban laki-laki", "female
            # victims"), or after its copula ("how many victims were women"); with none, the clause after it says
            # which part ("brp yg korbannya dikirim ke Kamboja": ``asked_predicate``)
            beside = _group_beside(cleaned, q.head) or (next(g for g in group.groups() if g) if group else "")
            q.head = beside or ("" if q.head.lower() not in generic else q.head)
    if q.answer_type == "quantity" and not q.part_of and not q.arithmetic and _PARTITIVE_BARE.search(cleaned):
        # (or the relative clause that ends the question names it: "berapa dari penumpang itu yang perempuan?")
        group = _PARTITIVE_GROUP.search(cleaned) or rx.search(r"\b(?:yang|yg)\s+([a-z][\w-]*)\s*[?.!]*\s*$", cleaned,
                                                               re.I)
        q.subset = next((g for g in group.groups() if g), "") if group else ""
    if not q.head and not q.per_time:  # ("rata-rata per tahun": an average, not a total broken down by year)
        broken = breakdown_asked(cleaned, q.answer_type, set(q.constraints.years))
        if broken:
            q.part_of, q.head, q.breakdown = broken
    return q


# a number that counts nothing: a label's or a section's ("Tier 2", "pasal 3", "section 3.4"), a rate's base ("per
# 10"), a document's key ("21/2007"), a day of a date ("5 June"), a bound of a range or a value with its unit
# ("usia 15-64 tahun", "aged 18 years")
_NOT_A_TOTAL_BEFORE = re.compile(rf"(?:\b(?:{SECTION_WORDS}|{DISTRIBUTIVE}|{LABEL_WORDS}|{DOCUMENT_KINDS})|[/-])\s*$",
                                 re.I)
_NOT_A_TOTAL_AFTER = re.compile(
    rf"^\s*(?:[-–/]|(?:tahun|years?|yrs?|bulan|months?|persen|percent)\b|%|(?:{MONTH_RE})\b)", re.I)


def breakdown_asked(text: str, answer_type: str, years: set[str]) -> tuple[str, str, str] | None:
    """A total the question asks to have broken down (word list ``breakdowns``): (the total, the dimension's word
    as asked, the dimension). Asked by a request word ("split", "sebaran", "by", "per") in the clause of a
    dimension's word, or by a place question on a place level ("dari 2.605 kasus, provinsi mana …"); the total is
    a number of the question that counts something (not a label's, a date's or a bound's)."""
    totals = [m.group(0) for m in rx.finditer(r"(?<![\w.,])\d[\d.,]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])", text)
              if m.group(0) not in years and not _NOT_A_TOTAL_BEFORE.search(text[: m.start()])
              and not _NOT_A_TOTAL_AFTER.match(text[m.end():])]
    if not totals:
        return None
    spec = words()["breakdowns"]
    requests = either_language(spec["requests"])
    for dimension, table in spec["dimensions"].items():
        for m in phrase_pattern(table["asked"]).finditer(text):
            clause = rx.split(r"[,;?!]", text[: m.start()])[-1] + text[m.start():].split("?")[0]
            if requests.search(clause) or (dimension == "place" and answer_type in ("place", "list")):
                return totals[0], m.group(0), dimension
    return None


def _group_beside(text: str, head: str) -> str:
    """A group of people (word list "groups") written right beside ``head``: "korban laki-laki", "korban yang
    perempuan", "female victims"."""
    names = "|".join(sorted((re.escape(w) for side in group_sides() for w in side), key=len, reverse=True))
    h = re.escape(head)
    m = rx.search(rf"\b{h}\s+(?:yang\s+|yg\s+)?({names})(?![\w-])|(?<![\w-])({names})\s+{h}\b", text, re.I)
    return next((g for g in m.groups() if g), "") if m else ""


@lru_cache(maxsize=1)
def _advice_patterns() -> list[tuple[re.Pattern, frozenset[str]]]:
    """Per language: a first-person subject and a prescriptive modal in either order, capturing the verb after
    them, or a first-person subject and a verb closed by a yes-or-no tag; each with that language's verbs of
    studying or writing about a text. Also a modal of ability with a verb of legal action, and the way to act on
    a case ("how do I report", "caranya lapor": ``procedures``)."""
    rule = words()["advice"]
    out = []
    for lang in ("en", "id"):
        modals = "|".join(re.escape(m) for m in rule["modals"][lang])
        subjects = "|".join(rule["subjects"][lang])
        pattern = rx.compile(rf"\b(?:(?:{modals})\s+(?:{subjects})|(?:{subjects})\s+(?:{modals}))\s+"
                             rf"(?:just\s+|really\s+|still\s+|juga\s+|langsung\s+)?([a-z]+)", re.I)
        out.append((pattern, frozenset(rule["study_verbs"][lang])))
        tags = "|".join(re.escape(t) for t in rule["tags"][lang])
        # (a yes-or-no tag after the user's own action: "saya ambil saja tidak?")
        out.append((rx.compile(rf"\b(?:{subjects})\s+([a-z]+)(?:\s+[a-z]+){{0,2}}?\s+(?:{tags})\b", re.I),
                    frozenset(rule["study_verbs"][lang])))
        # (a modal of ability before a verb of legal action: "can we sue", "saya bisa menggugat")
        ability = "|".join(re.escape(m) for m in rule["ability"][lang])
        legal = "|".join(re.escape(v) for v in rule["legal_actions"][lang])
        out.append((rx.compile(rf"\b(?:(?:{ability})\s+(?:{subjects})|(?:{subjects})\s+(?:{ability}))\s+"
                               rf"(?:[a-z]+\s+)?({legal})\b", re.I), frozenset()))
        # (the way to act on a case oneself: "how do I report …", "gimana caranya lapor …")
        acts = "|".join(re.escape(v) for v in rule["procedures"][lang])
        how = rf"\bhow\s+(?:do|can|should|could|would)\s+(?:{subjects})\s+" if lang == "en" else r"\bcara(?:nya)?\s+"
        out.append((rx.compile(rf"{how}(?:[a-z]+\s+)?({acts})\b", re.I), frozenset()))
        # (whom or where to turn to with it: "where can I report …", "who should we contact", and in Indonesian,
        # which drops the subject, a procedure verb opening its clause or after the user with "ke mana" — "lapor ke
        # mana?", "kami hubungi ke siapa", "…, hubungi siapa ya?" — or after a modal, with or without it: "harus
        # lapor (ke mana)")
        if lang == "en":
            out.append((rx.compile(rf"\b(?:where|who|whom)\s+(?:do|can|should|could|would|shall|must)\s+"
                                   rf"(?:{subjects})\s+(?:[a-z]+\s+)?({acts})\b", re.I), frozenset()))
        else:
            out.append((rx.compile(rf"(?:^|[,.?!;]\s*|\b(?:{subjects})\s+)({acts})\s+"
                                   rf"(?:ke\s*mana|ke\s+siapa|siapa)\b", re.I), frozenset()))
            out.append((rx.compile(rf"\b(?:{modals})\s+({acts})\b", re.I), frozenset()))
    return out


@lru_cache(maxsize=1)
def _personal_request_patterns() -> dict[str, list]:
    """The grammar of ``personal_requests`` (see its comment in the word lists), compiled once."""
    spec = words()["personal_requests"]

    def alt(table: dict[str, list[str]]) -> str:
        return "|".join(re.escape(w) for w in sorted({w for lg in ("en", "id") for w in table[lg]}, key=len,
                                                     reverse=True))

    second = "|".join(re.escape(w) for w in spec["second_person"]["id"])
    owned = {}
    for kind, nouns in spec["owned"].items():
        en = "|".join(re.escape(w) for w in nouns["en"])
        id_ = "|".join(re.escape(w) for w in nouns["id"])
        owned[kind] = [rx.compile(rf"\byour\s+(?:own\s+|[a-z]+\s+)?(?:{en})\b", re.I),
                       rx.compile(rf"\b(?:{id_})\s+(?:[a-z]+\s+)?(?:{second})\b|\b(?:{id_})mu\b", re.I)]
    opening = rf"(?:^|[.,;:!?]\s*)(?:(?:{alt(spec['politeness'])})\s+)*"
    advice = rx.compile(rf"{opening}(?:{alt(spec['advice_verbs'])})\s+(?:(?:{alt(spec['advice_objects'])})\s+)*"
                        rf"(?:{alt(spec['advice_nouns'])})\s*(?:$|[.,;!?]|\b(?:{alt(spec['clause_ends'])})\b)",
                        re.I)
    verbs = alt(spec["forecast_verbs"])
    # (a forecast verb asks for one before what is to be forecast, "predict how many …", "prediksi jumlah …"; as a
    # noun with its owner, "prediksi ILO …", "forecast figures", it names someone else's)
    wanted = alt(spec["forecast_objects"])
    forecast = rx.compile(rf"{opening}(?:{verbs})\s+(?:{wanted})\b|\b(?:you|kamu|anda)\s+(?:{verbs})\b", re.I)
    # a verb of choosing or judging asked of "you" ("which one would you pick", "do you agree", "kamu sarankan ke
    # lembaga mana", "menurut Anda …")
    modals, chooses = spec["opinion_modals"], spec["opinion_verbs"]
    asked_of_you = [
        rx.compile(rf"\b(?:{'|'.join(modals['en'])})\s+you\s+(?:personally\s+)?(?:{'|'.join(chooses['en'])})\b", re.I),
        rx.compile(rf"\b(?:(?:{second})\s+(?:{'|'.join(chooses['id'])})|(?:{'|'.join(modals['id'])})\s+(?:{second}))\b",
                   re.I)]
    owned["opinion"] = [*owned["opinion"], *asked_of_you]
    # an order to produce a text or program of another kind: "write me a python script …", "buatkan puisi …"
    # (the Indonesian user may be its subject: "bantuin aku bikin ucapan …", read as "saya membuat ucapan …")
    task = rx.compile(rf"{opening}(?:(?:aku|saya|gue|gw)\s+)?(?:{alt(spec['task_verbs'])})\s+"
                      rf"(?:(?:me|us|aku|saya|kami)\s+)?(?:(?:a|an|some|sebuah|satu)\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{alt(spec['task_objects'])})\b", re.I)
    return {"owned": [(kind, p) for kind, ps in owned.items() for p in ps], "advice": [advice],
            "forecast": [forecast], "task": [task]}


def owned_view(text: str) -> str:
    """"opinion" or "forecast" when the message asks for a view whose owner is the assistant ("your own
    opinion", "pendapat pribadi Anda", "prediksimu") or asks "you" to choose or judge ("would you pick", "menurut
    Anda"), else ""."""
    return next((kind for kind, p in _personal_request_patterns()["owned"] if p.search(text)), "")


def requested_personal(text: str) -> str:
    """"advice", "forecast" or "task" when a clause orders the assistant to give advice ("kasih saran dong", "any
    advice?"), to forecast ("predict how many …", "coba prediksi …") or to write a text or program of another kind
    ("write me a python script …"), else ""."""
    pats = _personal_request_patterns()
    for kind in ("advice", "forecast", "task"):
        for p in pats[kind]:
            m = p.search(text)
            # ("menurut laporan ILO, prediksi jumlah korban …": the report's forecast, not one asked of tipbot)
            if m is not None and not _ACCORDING_TO.search(text[: m.start()]):
                return kind
    return ""


# an order not to use a document: a negation, up to three words, the document ("don't summarise the paper", "jangan
# pakai artikelnya", "no need to cite the sources")
_NEGATED_ORDER = re.compile(r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|jangan|gausah|gak\s+usah|nggak\s+usah|"
                            r"tidak\s+usah|tak\s+usah)\s+(?:[\w'-]+\s+){0,3}?"
                            r"(?:paper|article|artikel|sources?|sumber|digests?)\w*\b", re.I)
_ACCORDING_TO = re.compile(r"\b(?:menurut|according to|as per)\b", re.I)


@lru_cache(maxsize=1)
def _reason_before() -> re.Pattern:
    """A word asking a reason (``answer_types`` reason, either language) right before what follows it: "why" of
    "why I should …" opens an indirect question of reason, whose subject and modal ask no advice."""
    reasons = [w for lg in ("en", "id") for w in words()["answer_types"]["reason"][lg]]
    return rx.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(reasons, key=len, reverse=True))})\s*$", re.I)


# a country asked for by its interrogative: "which country's chairmanship", "what country hosted", "negara mana"
_COUNTRY_ASKED = re.compile(r"\b(?:which|what)\s+(?:country|countries|nation|member state)\b|\bnegara\s+(?:mana|apa)\b",
                            re.I)


def group_share_asked(q: Question) -> bool:
    """Whether a question asks a count of one group of a source it names, giving no figure ("how many child
    victims did SIMFONI record?"): the source's data may give the group only as a share of its total, whose
    count is then that share of it (``compose.operands``; where a sentence counts the group itself, that count
    answers)."""
    return q.answer_type == "quantity" and not q.arithmetic and not q.percent and not q.constraints.numbers \
        and bool(q.constraints.names) and not asks_percent(q.text) \
        and sum(bool(phrase_pattern(side).search(q.text)) for side in group_sides()) == 1


def asks_chair(text: str) -> bool:
    """Whether a question asks which country holds a chair ("under which country's chairmanship was ACTIP signed?",
    "diteken di bawah keketuaan negara mana?"): a country's interrogative and a word of a chair (``chair_words``).
    What answers is the country a sentence names as the chair, not any country it names."""
    table = words()["chair_words"]
    return bool(_COUNTRY_ASKED.search(text)) and bool(phrase_pattern(
        [w for key in ("roles", "acts", "of") for w in table[key]]).search(text))


def asks_advice(text: str) -> bool:
    """Whether a message asks what the user (or their own people) should do: "should I donate to …", "keluarga
    kami harus lapor ke mana". Not "should I cite …" (a question about the text), in either language; but whom or
    where the user should turn to ("who should I call?", "where should we go?") is advice whatever the verb."""
    for pattern, study in _advice_patterns():
        for m in pattern.finditer(text):
            # ("… and why I should be careful with it": an indirect question of the reason for it; the reason word
            # may open the match, as the owner of a subject "\w+ aku": "kenapa aku harus …")
            if any(_reason_before().search(text[:end]) for end in (m.start(), m.start() + len(m.group(0).split()[0]))):
                continue
            if m.group(1).lower() not in study or _TURN_TO.search(text[: m.start()]):
                return True
    if _own_plan().search(text) and _safety_asked().search(text):
        return True  # ("aku mau kerja di kamboja lewat agen, aman ga ya?": the user's own plan, is it safe)
    return bool(_own_people_advice().search(text)) and bool(_own_person().search(text))


# a clause that opens by naming whose words follow: "kata jubir Kemlu, …", "according to the spokesperson, …"
_SPEAKER_OPENS = re.compile(r"(?:^|[,.;:!?]\s*)(?:kata|menurut|according to)\s+\w", re.I)
_FIRST_SINGULAR = re.compile(r"\b(?:i|me|my|mine|saya|aku|gue|gw|gua)\b", re.I)


def reported_prescription(text: str) -> bool:
    """Whether the prescriptive modal of a message ("harus", "should") stands in reported words: after a verb of
    speech (list ``speech``) or an opener naming the speaker ("kata jubir Kemlu, …"), in a message that names neither
    the user ("I", "aku") nor one of their own people ("my cousin"). It asks what someone said should be done
    ("jubir Kemlu bilang penanganan harus gimana?", "what did the spokesperson say about how we should handle
    it?"), which the sources may report, not for advice on the user's case."""
    if _FIRST_SINGULAR.search(text) or _own_person().search(text):
        return False
    speech = [m.start() for m in either_language(words()["speech"]["verbs"]).finditer(text)]
    speech += [m.start() for m in _SPEAKER_OPENS.finditer(text)]
    modals = [m.start() for m in either_language(words()["advice"]["modals"]).finditer(text)]
    return bool(speech) and bool(modals) and min(speech) < max(modals)


@lru_cache(maxsize=1)
def _own_plan() -> re.Pattern:
    """The user's own plan: a first-person subject with a verb of intending ("I want to", "aku mau")."""
    return either_language(words()["advice"]["intentions"])


@lru_cache(maxsize=1)
def _safety_asked() -> re.Pattern:
    """A question of a plan's safety ("is it safe", "aman ga", "bahaya gak")."""
    return either_language(words()["advice"]["safety"])


@lru_cache(maxsize=1)
def _own_person() -> re.Pattern:
    """One of the user's own people, with a possessive ("my cousin", "sepupu saya", "temen gue")."""
    people = words()["own_people"]
    en = "|".join(map(re.escape, people["en"]))
    idn = "|".join(map(re.escape, people["id"]))
    return rx.compile(rf"\b(?:my|our)\s+(?:{en})s?\b|\b(?:{idn})\s+(?:saya|aku|gue|gw|kami|kita)\b"
                      rf"|\b(?:{idn})(?:ku|mu)\b", re.I)


@lru_cache(maxsize=1)
def _own_people_advice() -> re.Pattern:
    """What a person should do, with a pronoun for its subject ("should she use", "what should he do") or, in
    Indonesian, none ("harus ngapain", "sebaiknya gimana"): advice when the message names one of the user's own
    people (``_own_person``)."""
    modals_en = "|".join(re.escape(m) for m in words()["advice"]["modals"]["en"])
    modals_id = "|".join(re.escape(m) for m in words()["advice"]["modals"]["id"])
    return rx.compile(rf"\b(?:(?:{modals_en})\s+(?:he|she|they)|(?:he|she|they)\s+(?:{modals_en}))\b"
                      rf"|\b(?:{modals_id})\s+(?:ngapain|melakukan apa|berbuat apa|gimana|bagaimana)\b"
                      rf"|\b(?:dia|mereka)\s+(?:{modals_id})\b", re.I)


_TURN_TO = re.compile(r"\b(?:who|whom|where)\s*$", re.I)  # ("who should I call", not "what should I call it")


@lru_cache(maxsize=1)
def office_pattern() -> re.Pattern:
    """Every form of every office in the word lists ("person_roles"), longest first."""
    return phrase_pattern([w for group in words()["person_roles"]["offices"] for w in group])


def office_group(form: str, of_body: bool = False) -> list[str]:
    """The forms of the office that ``form`` names ("jubir" → spokesperson, spokesman, juru bicara, …). An
    official of a named body (``of_body``: "pejabat Kemenko PMK") is the holder of any of that body's offices."""
    low = form.lower()
    roles = words()["person_roles"]
    if of_body and low in roles["generic"]:
        return [w for group in roles["offices"] for w in group]
    return next((g for g in roles["offices"] if low in g), [low])


def asked_office(q: Question) -> str | None:
    """The office whose holder's name the question asks for, as the question writes it: "who was the Indonesian
    ambassador …", "siapa jubir …", "what is the name of the head of …", "siapa nama Menteri Dalam Negeri …".
    None when the question asks for something else ("who signed the MoU", "who led the meeting")."""
    return _asked_office(q.text, q.answer_type)


@lru_cache(maxsize=256)
def _asked_office(text: str, answer_type: str) -> str | None:
    # (cached: the reader asks it of every candidate sentence of an actor question, and the answer step again)
    if answer_type not in ("actor", "definition", "fact"):
        return None
    spec = words()["person_roles"]
    offices = office_pattern().pattern
    asks = "|".join(re.escape(w) for lg in ("en", "id") for w in spec["asks"][lg])
    fillers = r"(?:(?:is|was|were|are|the|an?|of|current|then|sih|yang|yg|si|sang)\s+)*"
    # (a possessive may stand before the office: "the name of Indonesia's ambassador")
    m = rx.search(rf"\b(?:{asks})\s+{fillers}(?:[\w'’-]+\s+){{0,2}}?({offices})", text, re.I)
    if m is None and answer_type == "actor":
        m = rx.search(rf"\b(?:who|siapa|which|what)\s+{fillers}(?:[\w'’-]+\s+)?({offices})", text, re.I)
    if m is None and answer_type == "actor":  # (Indonesian may ask last: "menlu RI sekarang siapa?")
        # (the name may be asked after the interrogative: "sekretaris NCB … itu siapa namanya?")
        m = rx.search(rf"\b({offices})\s+(?:[\w'’-]+\s+){{0,3}}?siapa(?:\s+nama(?:nya)?)?\s*(?:\?|$)", text, re.I)
    if m is None and answer_type == "actor":
        # (or open with the office and ask last, after a clause that says which holder: "Karo Penmas Polri yg
        # komentar soal 6 MoU itu namanya siapa?")
        m = rx.match(rf"\s*(?:(?:si|sang|pak|bu|bapak|ibu)\s+)?({offices})\b[^?]*\b(?:nama(?:nya)?\s+)?siapa"
                     rf"(?:\s+nama(?:nya)?)?\s*\??\s*$", text, re.I)
    return m.group(1) if m else None


# (after "who": an auxiliary or an adverb is no act; nor, after "siapa yang", an Indonesian particle: _PARTICLES)
_AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "did", "does", "do", "will", "would", "can",
                          "could", "should", "has", "have", "had", "may", "might", "must", "else", "exactly",
                          "actually", "really"})
# (the verbs that open a yes/no question: "Is the IOM statistic … trustworthy?")
YES_NO_OPENERS = _AUXILIARIES - {"be", "been", "else", "exactly", "actually", "really"}


def asked_bound(text: str, lang: str) -> str:
    """The bound a question asks of a value ("the maximum sentence", "paling lama", "minimalnya"): "max", "min"
    or "". A bound in the sentence that asks decides over one a statement beside it names ("… minimalnya brp thn?
    paper cuma nyebut maksimal")."""
    def bound_in(part: str) -> str:  # (an Indonesian word with its enclitic "-nya": "minimalnya")
        return next((b for b, spec in words()["bounds"].items()
                     if either_language(spec["asks"], particles=True).search(part)), "")

    asking = [x for x in sentences_of(text) if x.rstrip().endswith("?")]
    return next((b for part in [*asking, text] if (b := bound_in(part))), "")


def asked_act(q: Question) -> str:
    """The act whose doer an actor question asks for, as the question writes it: "who opened the meeting" →
    "opened", "siapa yang membuka rapat" → "membuka", "rapat itu dibuka oleh siapa" → "dibuka"; "" when it asks
    who someone is ("who is …", "siapa ketua …")."""
    if q.answer_type != "actor":
        return ""
    # (a manner adverb may stand before the verb: "who formally opened …", "siapa yang secara resmi membuka …")
    m = (rx.search(r"\bwho\s+(?:had\s+|has\s+|have\s+)?(?:first\s+|[a-z]{3,}ly\s+)?([a-z]+)", q.text, re.I)
         or rx.search(r"\bsiapa\s+(?:sih\s+|aja\s+|saja\s+)?(?:yang|yg)\s+(?:telah\s+|sudah\s+|udah\s+)?"
                      r"(?:secara\s+[a-z]+\s+)?([a-z]+)", q.text, re.I)
         or rx.search(r"\b(di[a-z]{3,})\s+(?:oleh|sama|ama|by)\s+siapa\b", q.text, re.I)
         or rx.search(r"\b([a-z]{3,}ed)\s+by\s+(?:whom|who)\b", q.text, re.I)
         # ("which body adopted …", "what organisation hosted …", "lembaga mana yang mengadopsi …")
         or rx.search(r"\b(?:which|what)\s+(?:[a-z]+\s+){1,2}?([a-z]{3,}ed)\b", q.text, re.I)
         or rx.search(r"\bmana\s+(?:yang|yg)\s+(?:telah\s+|sudah\s+|udah\s+)?([a-z]+)", q.text, re.I)
         # (the doer's clause before the interrogative: "yang buka rapat di Bekasi itu siapa?")
         or rx.search(r"(?:^|[,.]\s*)(?:yang|yg)\s+(?:telah\s+|sudah\s+|udah\s+)?([a-z]+)\b[^?]*\bsiapa\b",
                      q.text, re.I))
    if m is None:
        return ""
    verb = m.group(1).lower()
    return "" if verb in _AUXILIARIES or verb in _PARTICLES else verb


@lru_cache(maxsize=1)
def _id_interrogatives() -> frozenset[str]:
    """The tokens of the English renderings of Indonesian interrogatives and filler: not terms."""
    return frozenset(tokenize(" ".join(words()["id_interrogative_renderings"])))


def part_tokens(part: str, lang: str) -> set[str]:
    """The terms of one part of a question (in English for Indonesian questions)."""
    if lang == "id":
        return set(tokenize(" ".join(translate_terms(part)))) - _id_interrogatives()
    return {t for w in content_words(part, "en") for t in tokenize(w)}


def verb_terms(verb: str, lang: str) -> set[str]:
    """The terms of a verb with its synonyms and derived forms, the words a sentence that tells the act may use:
    "membuka" → "open", "signed" → "sign", "conclude", "signing" …"""
    tokens = part_tokens(verb, lang) if verb else set()
    # (not a synonym that is a function word elsewhere: "first" of "open", "begin")
    return tokens | {t for t in synonyms_of(tokens) if t not in all_stopwords()} | {
        f for t in tokens for f in word_family(t)}


# the participle of the act a quantity question counts: "how many … were deported", "berapa WNI yang dipulangkan"
_COUNTED_ACT = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){1,4}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been|got)\s+"
    r"(?:[a-z]+ly\s+)?([a-z]{3,}(?:ed|en)|sent|brought|held|caught|sold|kept)\b"
    # (an act with its agent, in a perfect tense: "how many people had the Satgas TPPO rescued")
    r"|\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){1,3}?(?:had|has|have)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?"
    r"(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b"
    r"|\bberapa\s+(?:[\w-]+\s+){1,3}?(?:yang|yg)\s+(?:telah\s+|sudah\s+|udah\s+|berhasil\s+)?((?:di|ter)[a-z]{4,})\b",
    re.I)


def counted_act(q: Question) -> str:
    """The act whose undergoers a quantity question counts, as written ("how many Indonesians were deported …" →
    "deported", "berapa WNI yang dideportasi" → "dideportasi"); "" when there is none, or when it is a verb with
    which sources report any count ("recorded", "tercatat"; list ``reporting_verbs``)."""
    if q.answer_type != "quantity":
        return ""
    m = _COUNTED_ACT.search(q.text)
    verb = first_group(m)
    # (a group after the copula is a part counted, not an act: "how many were women", "… were children")
    return "" if verb in reporting_verbs() or verb in group_words() or verb in counted_nouns() else verb


# the act an actor question asks the doer of, a regular past form or an Indonesian affixed verb: "who funded …",
# "who was the MoU signed by", "siapa yang membuka …", "dibuka oleh siapa" (an irregular form, "led", "wrote", is
# left out: its forms do not share a stem)
_ACTOR_ACT = re.compile(r"\bwho\s+(?:first\s+|[a-z]{3,}ly\s+)?([a-z]{3,}ed)\b"
                        r"|\bwho\s+(?:was|were|is|are)\b[^?]*?\b([a-z]{3,}ed)\s+by\b"
                        r"|\bsiapa\s+(?:yang|yg)\s+((?:me|di)[a-z]{4,})\b"
                        r"|\b(di[a-z]{4,})\s+(?:oleh|sama|ama)\s+siapa\b"
                        # (as users type: a root without its prefix, "siapa yg buka rapat", checked in ``actor_act``;
                        # the doer's clause before the interrogative, "yang membuka sidang itu siapa?")
                        r"|\bsiapa\s+(?:yang|yg)\s+([a-z]{4,})\b"
                        r"|(?:^|[,.]\s*)(?:yang|yg)\s+([a-z]{4,})\b[^?]*\bsiapa\b", re.I)


# the act of a doer asked by its kind (``actor_act``, colloquial): "which organisation funded …", "what agency
# sponsored …" (not after an auxiliary: "which was approved"), "lembaga apa yang mendanai …"
_KIND_ACTOR_ACT = re.compile(r"\b(?:which|what)\s+(?:(?!(?:was|were|is|are|has|have|had|did|does|do)\b)[a-z-]+\s+)"
                             r"{1,2}?([a-z]{3,}ed)\b|\b[a-z]+\s+(?:apa|mana)\s+(?:yang|yg)\s+(me[a-z]{4,})\b", re.I)


def _kind_act_on_study(text: str) -> re.Match | None:
    """``_KIND_ACTOR_ACT`` where its clause goes on to the study ("which organisation funded the Pratiwi & Sukandar
    study"; a word of ``paper_words`` after the verb, before the clause ends): an act done to the study itself."""
    m = _KIND_ACTOR_ACT.search(text)
    if m is None:
        return None
    clause = rx.split(r"[,;?]|\s(?:and|dan)\s", text[m.end():], maxsplit=1)[0]
    return m if set(rx.findall(r"[a-z]+", clause.lower())) & _study_nouns() else None


@lru_cache(maxsize=1)
def _study_nouns() -> frozenset[str]:
    """The content words of ``paper_words`` ("paper", "study", "penelitian", …), built once."""
    return frozenset(w for lg in ("en", "id") for p in words()["paper_words"][lg] for w in p.split()) - DETERMINERS


# "X didanai siapa?": a passive verb right before the interrogative of an actor (``actor_act``)
_PASSIVE_BEFORE_WHO = re.compile(r"\b(di[a-z]{4,})\s+siapa\b", re.I)


# a list asked of those that did not do something: a negated verb in the question's relative clause or after its
# interrogative ("which countries did not sign …", "negara mana aja yg gak teken …")
_NEGATED_LIST = re.compile(r"\b(?:which|what|who)\b[^?]*?\b(?:did|do|does|were|was|have|has|had)\s*(?:not|n't)\b"
                           r"|\b(?:didn't|don't|doesn't|weren't|wasn't|haven't|hasn't)\b"
                           r"|\b(?:yang|yg)\s+(?:tidak|tak|gak|nggak|ga|belum|bukan)\s+\w+", re.I)


def negated_list(q: Question) -> bool:
    """Whether a list question asks for those that did not do something ("which ASEAN members did not sign the
    MoU?"): the sources list who did; that list is not the answer, and the answer says so."""
    return q.answer_type == "list" and bool(_NEGATED_LIST.search(q.text))


# a country asked for as the doer or holder ("which country chaired …", "ketuanya negara mana?", "negara apa")
_COUNTRY_ASKED = re.compile(r"\b(?:which|what)\s+(?:[a-z]+\s+)?(?:country|nation|member state|state)\b"
                            r"|\bnegara\s+(?:mana|apa)\b|\b(?:mana|apa)\s+(?:saja\s+|aja\s+)?negara(?:nya)?\b", re.I)


def asks_country(q: Question) -> bool:
    """Whether an actor question asks which country did or holds something: its answer is a country's name."""
    return q.answer_type == "actor" and bool(_COUNTRY_ASKED.search(q.text))


def actor_act(q: Question, colloquial: bool = False) -> str:
    """The act whose doer an actor question asks for, as written ("who funded this research?" → "funded"); ""
    when there is none, or when it is a verb with which sources report anything ("reported", "dilaporkan").
    ``colloquial``: also a passive verb right before "siapa", as users type it without "oleh" ("penelitian ini
    dibiayai siapa?"), and the act of a doer asked by its kind ("which organisation funded …"), which a synonym
    may tell ("which country pushed for …": "called for"): both read only of an act done to the study itself."""
    if q.answer_type != "actor":
        return ""
    m = _ACTOR_ACT.search(q.text) or (_PASSIVE_BEFORE_WHO.search(q.text) or _kind_act_on_study(q.text)
                                      if colloquial else None)
    if m is not None and m.re is _ACTOR_ACT and rx.search(r"\bwho\b", q.text[: m.start()], re.I):
        m = None  # (a relative clause's: "who made the offers to the workers who ended up …" asks of "made")
    if m is not None and m.re is _ACTOR_ACT and rx.search(r"\b(?:which|what)\b", q.text[: m.start()], re.I):
        # (so is one after a doer asked by its kind: "which Assistant Deputy accompanied the Deputy who opened …"
        # asks of "accompanied")
        m = _KIND_ACTOR_ACT.search(q.text[: m.start()])
    verb = first_group(m)
    if m is not None and m.re is _PASSIVE_BEFORE_WHO and not passive_verb(verb):
        return ""  # (not a word that only begins with "di": "diskusi siapa")
    if q.language == "id" and verb and not rx.match(r"(?:me|di)[a-z]{4,}$", verb):
        # (a root as users type it, "buka" for "membuka": a verb when the word lists hold its meN- form and it is
        # no function word; a noun, "ketua", has no such form, and a copula, "jadi", is a function word)
        active = active_form(verb)
        if active is None or not any(active in table for table in lexicons()) or verb in all_stopwords():
            return ""
    return "" if verb in reporting_verbs() else verb


# the act a date question asks the date of: a participle closing an English question ("when was the task force
# dissolved?"), an Indonesian passive verb anywhere in it ("kapan Satgas TPPO dibubarkan?", "tgl brp Perpres itu
# diundangkan?")
_DATED_ACT = re.compile(r"(?i:\b(?:when|what\s+date|which\s+day|what\s+day)\b[^?]*?\b(?:was|were|is|are)\b[^?]*?"
                        r"\b([a-z]{3,}(?:ed|en))\s*\??\s*$)|(?i:\b(di[a-z]{4,})\b)"
                        # (an act a named subject did: "when did Indonesia ratify …", "on what date did Myanmar
                        # deposit …": the verb after the subject's capitalised words)
                        r"|(?i:\b(?:when|date|day)\s+did\s+(?:the\s+)?)(?:[A-Z][\w'’-]*\s+){1,4}([a-z]{4,})\b"
                        # (in Indonesian the active verb with its prefix: "kapan Indonesia meratifikasi …")
                        r"|(?i:\b(?:kapan|tanggal|tgl)\s+)(?:[A-Z][\w'’-]*\s+){1,4}((?:me|ng)[a-z]{4,})\b")


def dated_act(q: Question, active: bool = True) -> str:
    """The act whose date a date question asks, as written ("dissolved", "dibubarkan"); "" when there is none,
    when it asks a span of time, or when the verb is one with which sources report anything ("disebut") or with
    which an event takes place at all ("held", "digelar"; list ``occurrence_verbs``)."""
    if q.answer_type != "date" or q.interval or q.period:
        return ""
    m = _DATED_ACT.search(q.text)
    if m is not None and not active and (m.group(3) or m.group(4)):
        return ""  # (only the passive forms: "when was it formed", "kapan dibentuk")
    verb = first_group(m)
    if m is not None and m.group(2) and not passive_verb(verb):
        return ""  # (a word that only begins with "di": "diskusi")
    occurring = {w for names in words()["occurrence_verbs"].values() for w in names}
    return "" if verb in reporting_verbs() or verb in occurring else verb


# the act a place question asks where of: a participle closing the question ("where was the meeting held?", "…
# di mana diadakan?", "diadakan di mana?")
_PLACED_ACT = re.compile(r"\b(?:was|were|is|are)\b[^?]*?\b([a-z]{3,}(?:ed|en)|held|made|sold|kept)\s*\??\s*$"
                         # (a noun of place may stand before "mana": "didirikan di kota mana")
                         r"|\b((?:di|ter)[a-z]{4,})\s+(?:di\s+)?(?:(?:"
                         + "|".join(words()["typed_interrogatives"]["nouns"]["place"]["id"]) + r")\s+)?mana\b"
                         r"|\bmana\s+(?:(?:yang|yg)\s+)?((?:di|ter)[a-z]{4,})\b"
                         r"|\bmana\b[^?]*?\b((?:di|ter)[a-z]{4,})\s*\??\s*$", re.I)


def placed_act(q: Question) -> str:
    """The act a place question asks where of ("where was the coordination meeting held?" → "held"); "" when
    none: the sentence that answers tells that act, not a definition that merely names the actor somewhere."""
    if q.answer_type != "place":
        return ""
    m = _PLACED_ACT.search(q.text)
    verb = first_group(m)
    # (a verb of where a thing is, "where was the author based", names no act: the place is the thing's own)
    return "" if verb in words()["location_verbs"] else verb


def asked_name_of(q: Question) -> str | None:
    """The thing whose name the question asks for when it is not an office ("what is the name of the surgeon
    who …" → "surgeon", "siapa nama dokter …" → "dokter"): None for an office (``asked_office``) or no such
    request."""
    spec = words()["person_roles"]
    asks = "|".join(re.escape(w) for lg in ("en", "id") for w in spec["asks"][lg])
    # (a count, a plural marker, a possessive or a nationality may stand before the thing: "the names of the 12
    # suspects", "nama para pelaku", "the name of Indonesia's ambassador", "the name of the Cambodian company")
    m = rx.search(rf"\b(?:{asks})\s+(?:(?:the|an?|of|all|sang|si|para|semua|\d+|[\w-]+['’]s|{_COUNTRY_FORMS()})\s+)*"
                  rf"([^\W\d_][\w-]{{2,}})",
                  q.text, re.I)
    if m is None or office_pattern().fullmatch(m.group(1)) or m.group(1).lower() in all_stopwords():
        return None
    return m.group(1)


# a wording a question quotes, of two words or more: between quotation marks that open after a space and close
# before one or a punctuation mark
_QUOTED_WORDS = re.compile(r"(?:^|\s)['\"‘“][^'\"‘’“”\s]+\s+[^'\"‘’“”]{2,58}['\"’”](?=[\s?.,!;:]|$)")


@lru_cache(maxsize=1)
def citing_clause() -> re.Pattern:
    """A clause that identifies a source by the paper citing it: a verb of citing (data ``citing_clauses``) with
    one of the paper's words (``paper_words``), passive ("cited in the paper", "yang dikutip oleh paper ini") or
    active ("that the paper cites", "paper ini mengutip")."""
    spec = words()["citing_clauses"]
    paper = "|".join(re.escape(w) for lg in ("en", "id") for w in words()["paper_words"][lg])
    passive = "|".join(re.escape(w) for lg in ("en", "id") for w in spec["passive"][lg])
    active = "|".join(re.escape(w) for lg in ("en", "id") for w in spec["active"][lg])
    return rx.compile(rf"\b(?:(?:yang|yg|that|which)\s+)?(?:{passive})\s+(?:(?:by|in|oleh|di|dalam)\s+)?(?:{paper})"
                      rf"(?:\s+ini)?\b|\b(?:(?:that|which|yang|yg)\s+)?(?:{paper})(?:\s+ini)?\s+(?:{active})\b", re.I)


def cites_papers_figure(text: str) -> bool:
    """Whether a noun for figures (list ``figure_nouns``) is identified by a clause of the paper citing it ("the ILO
    data the paper quotes", "data ILO yang dikutip paper"): what the paper itself gives is asked for."""
    nouns = set(words()["figure_nouns"])

    def noun_before(before: list[str]) -> bool:  # (an Indonesian noun before its name: "data ILO yang dikutip …")
        return bool(before) and (before[-1].lower() in nouns or len(before) >= 2 and before[-1][0].isupper()
                                 and before[-2].lower() in nouns)

    return any(noun_before(rx.findall(r"[\w-]+", text[: m.start()])[-2:]) for m in citing_clause().finditer(text))


TAGGED_ASKS = 3  # the words before a tag in which an interrogative makes it a question for something


def confirms(text: str, lang: str) -> bool:
    """A question that asks to confirm a statement: a tag after it ("…, right?", "… di Bali ya?") or a yes/no
    opening ("Was the MoU signed in Bali?", "Apakah …"). (With an interrogative of its own it asks for something
    instead: "berapa ya?")"""
    spec = words()["confirmation"]
    low = text.lower().strip()
    langs = dict.fromkeys([lang, "en", "id"])
    tags = [t for lg in langs for t in spec["tags"].get(lg, [])]
    openings = [o for lg in langs for o in spec["openings"].get(lg, [])]
    # (a tag closes a sentence of the message, which may go on with framing alone: "… punyanya Kemlu ya? mau kutip
    # di makalah"; not with more to ask: "… beda ya? kok disebut barengan")
    tagged = rx.search(r"[,\s](?:" + "|".join(re.escape(t) for t in tags) + r")\s*\?+(?=\s|$)", low)
    if tagged and content_words(strip_framing(low[tagged.end():], lang), lang):
        tagged = None
    tagged = tagged or (
        # an Indonesian tag may stand inside the sentence ("… di Bali ya pas AMMTC?", "… dari 2006 kan, pas …?")
        "?" in low and rx.search(r"\s(?:" + "|".join(re.escape(t) for t in spec["tags"]["id"]) + r")(?:\s|,)", low))
    if not tagged and "?" in low:
        # any tag may close the claim before a comma, an aside after it ("… in 2006 right, same year as the law?"),
        # when what follows asks nothing of its own ("… right, so when did it enter into force?" asks)
        inside = rx.search(r"\s(?:" + "|".join(re.escape(t) for t in tags) + r")\s*,\s", low)
        if inside and not set(rx.findall(r"[a-z]+", low[inside.end():])) & ASKING_INTERROGATIVES:
            tagged = inside
    if tagged and set(rx.findall(r"[a-z]+", low[: tagged.start()])[-TAGGED_ASKS:]) & ASKING_INTERROGATIVES:
        tagged = None  # an interrogative right before the tag asks for something: "… pakai cara apa ya?"
    opened = rx.match(r"(?:" + "|".join(re.escape(o) for o in openings) + r")\b", low)
    if opened and not tagged and CHOICE_OF_TWO.search(low):
        opened = None  # ("is the method qualitative or quantitative?": which of the two, not whether)
    return bool(tagged or opened)


# two things offered at the end of a question, the second no negation ("… qualitative or quantitative?"; not "… or
# not?")
CHOICE_OF_TWO = re.compile(r"\w[\w-]*\s+(?:or|atau|ato)\s+(?!(?:not|no|tidak|nggak|ngga|gak|enggak|belum|bukan)\b)"
                            r"[\w\s-]{1,40}\?\s*$")


def asserts_count(text: str, lang: str) -> bool:
    """A count stated in a question that only asks to confirm it, with no interrogative anywhere ("UU itu dulu cuma
    5 bab kan?", "the law had 12 chapters, right?"): the count is the claim checked, not a list asked for ("… kan ada
    3 langkah, apa aja?" asks for the items)."""
    return confirms(text, lang) and not set(rx.findall(r"[a-z]+", text.lower())) & ASKING_INTERROGATIVES


def _defined_term(text: str) -> str:
    m = rx.search(r"(?:what (?:is|are|does)|what's|apa (?:itu|arti|maksud)|meaning of|define|definisi|pengertian|"
                  r"kepanjangan(?: dari)?|singkatan(?: dari)?)\s+(?:the\s+|an?\s+)?(.+?)(?:\s+(?:stand for|mean|"
                  r"means|artinya)\b|[?.!]|$)", text, re.I)
    if m:
        # (an Indonesian term ends at a preposition: "apa arti peringkat Tier 3 dalam laporan TIP", and a generic
        # head noun before it is no part of it: "peringkat Tier 3" is "Tier 3")
        term = rx.split(r"\s+(?:dalam|di|pada|menurut)\s+", m.group(1).strip(" \"'"), maxsplit=1)[0]
        head = rx.match(rf"(?:{phrase_pattern(words()['defining_heads']).pattern})\s+(?=\S)", term, re.I)
        return term[head.end():] if head else term
    # Indonesian puts the term first: "tier 3 di laporan TIP artinya apa?", "WG on GTCM itu apa?" (the term ends at
    # an Indonesian preposition)
    m = rx.match(r"\W*(.+?)\s+(?:(?:di|dalam|pada|menurut)\s+[^?]*?\s+)?(?:itu\s+|tuh\s+)?(?:artinya|maksudnya|itu)"
                 r"\s+apa\b", text, re.I)
    return m.group(1).strip(" \"'") if m else ""


OWN_SUBJECT_WORDS = 2  # content words with which a follow-up names a subject of its own


def _without_opening(text: str, lang: str) -> str:
    """A follow-up without the words that open it as one ("and", "what about", "bagaimana dengan"; word list
    ``followup_open``)."""
    body = text
    for p in (p for p in (_compiled("followup_open", lg) for lg in dict.fromkeys([lang, "en", "id"])) if p):
        m = p.match(body.lower())
        if m:
            body = body[m.end():].strip(" ,")
    return body


def asks_of_its_own(text: str, lang: str) -> bool:
    """Whether a follow-up, without its opening ("what about …"), has an interrogative of its own ("…, and in which
    proceedings did it appear?"): it asks what that interrogative asks, not the previous question's kind again."""
    return bool(set(rx.findall(r"[a-z]+", _without_opening(text, lang).lower())) & _WH)


def resolve_followup(text: str, lang: str, previous: Question) -> str:
    """A follow-up as a whole question: its own interrogative and constraints, and the previous question's topic
    where it has none of its own (a new year replaces the old one; a new name replaces a pronoun)."""
    own = extract_constraints(text, lang)
    prev_text = previous.text
    body = _without_opening(text, lang)
    if own.years:
        # (a year replaces the old one; a date of the old question, "since April 21 2021", is replaced whole by the
        # follow-up's own time phrase, "and in 2022?" → "in 2022": the day and month were of the old year)
        told = rx.search(rf"\b(?:(?:in|since|from|during|by|until|tahun|pada|sejak|di|sampai)\s+)?{own.years[0]}\b",
                         body, re.I)
        for y in previous.constraints.years:
            dated = rx.search(rf"\b(?:(?:since|from|in|on|during|as of|by|until|sejak|pada|dari|sampai)\s+)?"
                              rf"(?:\d{{1,2}}\s+)?(?:{MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?{y}\b", prev_text, re.I)
            if dated and told:
                prev_text = prev_text[:dated.start()] + told.group(0) + prev_text[dated.end():]
            else:
                prev_text = rx.sub(rf"\b{y}\b", own.years[0], prev_text)
    own_type = answer_type(body, lang)
    # (a pronoun subject stands for the previous question's topic, however many words the follow-up has: "What is
    # ACTIP and when did it actually come into force?")
    pronoun = _put_for_pronoun(body.rstrip("?"), _topic(previous), lang) \
        if own_type != "fact" and not own.names and not own.places else ""
    if own_type != "fact" and not own.names and len(content_words(body, lang)) >= OWN_SUBJECT_WORDS and not pronoun:
        # "terus tersangka ginjal berapa?": a new interrogative with a subject of its own stands alone
        merged = body
    elif own_type != "fact" and not own.names and _interrogative_span(previous) and _bare(body, own_type, lang):
        # "kapan MoU … ditandatangani?" then "dimana?": the same question with the new interrogative in place of
        # the old one ("dimana MoU … ditandatangani")
        a, b = _interrogative_span(previous)
        merged = f"{previous.text[:a]}{body.rstrip('?').strip()}{previous.text[b:]}"
    elif own_type != "fact" and not own.names:
        # a new interrogative about the same topic: what the previous question named stands for the follow-up's
        # pronoun ("siapa yang memimpinnya?" → "siapa yang memimpin Satgas TPPO"), else its content words follow
        topic = _topic(previous)
        own_head = _head_noun(body, own_type)
        if own_type == previous.answer_type == "quantity" and own_head and previous.head and own_head != previous.head:
            # "how many people did the task force save?" then "and how many reports?": the follow-up counts a noun
            # of its own, so the previous one leaves the topic it carries
            # (as does the act done to it: "save" applies to people, not to reports)
            for gone in (previous.head, counted_act(previous)):
                topic = rx.sub(rf"\b{re.escape(gone)}\b\s*", "", topic, flags=re.I).strip() if gone else topic
        merged = _put_for_pronoun(body.rstrip("?"), topic, lang) or f"{body.rstrip('?')} {topic}".strip()
    elif (own.names or own.places or own_type == "fact") and asks_of_its_own(text, lang) and (
            put := _put_for_pronoun(body.rstrip("?"), _topic(previous), lang)):
        # "…, and which Cambodian body signed it?", "…, and in which proceedings did it appear?": a question of its
        # own whose pronoun stands for what the previous one is about (a name of its own does not make it a new
        # subject), not the previous question's interrogative again
        merged = put
    elif own.names or own.places:
        # "what about the MoU?": the previous interrogative, about the new subject
        merged = _swap_subject(prev_text, previous.constraints, body) if own_type == "fact" else body
    else:
        merged = prev_text if own.years else f"{prev_text} {body}".strip()
    return rx.sub(r"\s+", " ", merged).strip()


# a bare interrogative that closes a question after "and" ("…, and where?", "… dan kapan?", "and how many?")
_WH_ALTERNATION = "|".join(sorted(_WH, key=len, reverse=True))
_TRAILING_ASK = re.compile(rf",?\s+(?:and|or|dan|atau|sama)\s+((?:di\s+)?(?:{_WH_ALTERNATION})(?:nya)?(?:\s+[a-z]+)?)"
                           r"\s*\??\s*$", re.I)


def _bare(body: str, atype: str, lang: str) -> bool:
    """Whether a follow-up is an interrogative and nothing else ("dimana?", "and when?", "berapa?")."""
    pat = _compiled(f"type:{atype}", lang) or _compiled(f"type:{atype}", "en")
    return pat is not None and not content_words(pat.sub(" ", body.lower()), lang)


def _interrogative_span(q: Question) -> tuple[int, int] | None:
    """Where the question's interrogative of its answer type stands ("kapan" in "kapan MoU … ditandatangani?")."""
    for lg in dict.fromkeys([q.language, "en", "id"]):
        pat = _compiled(f"type:{q.answer_type}", lg) if q.answer_type != "fact" else None
        m = pat.search(q.text) if pat is not None else None
        if m:
            return m.start(), m.end()
    return None


DETERMINERS = frozenset("the a an this that these those its their itu ini tersebut yang".split())


def _mentions(text: str, c: Constraints) -> list[tuple[int, int]]:
    """Where ``text`` names the constraints' names and countries (any form of a country's name)."""
    spots = [(m.start(), m.end()) for n in c.names for m in rx.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
    if c.places:
        spots += [(m.start(), m.end()) for m in rx.finditer(rf"(?<![\w-])(?:{_COUNTRY_FORMS()})(?![\w-])", text, re.I)]
    return sorted(spots)


def _subject_span(text: str, c: Constraints) -> tuple[int, int] | None:
    """The stretch of a question from the first to the last thing it names, with the determiner and up to two
    words before it ("the first WG on GTCM", "the Indonesia–Cambodia police MoU"): what the question is about."""
    spots = _mentions(text, c)
    if not spots:
        return None
    start, end = spots[0][0], spots[-1][1]
    stops = all_stopwords()
    for m in reversed(list(rx.finditer(r"\b[\w-]+\s+", text[:start]))):
        # the capitalised words of its name before it ("Satgas TPPO"), not a capitalised interrogative ("Kapan")
        if m.end() != start or not m.group(0)[0].isupper() or m.group(0).strip().lower() in stops:
            break
        start = m.start()
    lead = rx.search(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$", text[:start], re.I)
    return (lead.start() if lead else start), end


def _topic(previous: Question) -> str:
    """What the previous question is about: the stretch it names (``_subject_span``), else its content words."""
    span = _subject_span(previous.text, previous.constraints)
    if not span:
        return " ".join(content_words(previous.text, previous.language))
    topic = previous.text[span[0]:span[1]]
    if rx.search(r"['’]s$", topic):
        # (a name's possessive is the thing it owns: "Salamah's conference paper", up to a function word or a
        # participle: "… paper on ACTIP-WC", "… paper published")
        owned = []
        for w in previous.text[span[1]:].split()[:3]:
            if w.lower() in all_stopwords() or not rx.fullmatch(r"[A-Za-z-]+", w) or w.lower().endswith("ed"):
                break
            owned.append(w)
        topic = " ".join([topic, *owned])
    return topic


def _put_for_pronoun(body: str, topic: str, lang: str) -> str:
    """The follow-up with ``topic`` in place of its pronoun ("when was it held" → "when was <topic> held"; an
    Indonesian verb's '-nya': "memimpinnya" → "memimpin <topic>"), or "" when it has none."""
    pronouns = [p for lg in dict.fromkeys([lang, "en", "id"]) for p in words()["followup"]["pronouns"].get(lg, [])]
    standalone = [p for p in pronouns if p != "nya"]
    m = rx.search(rf"\b(?:{'|'.join(re.escape(p) for p in standalone)})\b", body, re.I)
    if m:
        return f"{body[:m.start()]}{topic}{body[m.end():]}"
    m = rx.search(r"\b((?:me|di|ber|pe)[a-z]{3,})nya\b", body, re.I)  # (a verb or noun with '-nya')
    if m and "nya" in pronouns:
        return f"{body[:m.end(1)]} {topic}{body[m.end():]}"
    return ""


def _swap_subject(prev_text: str, prev: Constraints, body: str) -> str:
    """The previous question about the follow-up's subject ("what about the MoU with Malaysia?"): where both name
    a thing after the same word ("menurut SBMI" / "kalau menurut Wardah"), that thing is replaced; else the
    previous question's subject (``_subject_span``) is."""
    new = body.rstrip("?").strip()
    own = extract_constraints(new, detect_language(new))
    for s, e in _mentions(new, own):
        before = rx.search(r"([\w-]+)\s+$", new[:s])
        if before and before.group(1).lower() not in DETERMINERS:
            for ps, pe in _mentions(prev_text, prev):
                if rx.search(rf"\b{re.escape(before.group(1))}\s+$", prev_text[:ps], re.I):
                    return f"{prev_text[:ps]}{new[s:e]}{prev_text[pe:]}"
    span = _subject_span(prev_text, prev)
    if span:
        return f"{prev_text[:span[0]]}{new}{prev_text[span[1]:]}"
    return f"{prev_text.rstrip('?')} — {new}"


_FROM_TO = re.compile(r"\b(?:from|dari)\s+(.+?)\s+(?:to|until|till|up to|sampai|sampe|hingga|ke)\s+(.+?)\s*$", re.I)


# a span asked by a verb of separation and its two ends: "how many days separate A from B", "… separated A and B"
_SEPARATE = re.compile(r"\bseparat(?:e|es|ed|ing)\s+(.+?)\s+(?:from|and)\s+(.+?)\s*$", re.I)


def _from_to(text: str) -> tuple[str, str] | None:
    """The two ends of a span asked as "from A to B" ("dari A sampai B", "dari A ke B"), or by a verb of separation
    ("how many days separate A from B"), each with a content word; the span is the interval's, as "between A and
    B" ("how long from the first meeting to the second")."""
    for sentence in sentences_of(text):  # (the sentence that asks: "… from A to B? the article history bit")
        m = _FROM_TO.search(sentence.rstrip(" ?.!")) or _SEPARATE.search(sentence.rstrip(" ?.!"))
        ends = (m.group(1).strip(" ,"), m.group(2).strip(" ,")) if m else ()
        if ends and all(rx.search(r"[^\W_]{2,}|\d", e) for e in ends):
            return ends
    return None


_INVERTED_AUX = re.compile(r"()\s+(?:did|does|do|was|were|had|has|have|is|are)\s+(?![\w-]+(?:ed|en|ing)\b)(?=\w)", re.I)


# (an Indonesian passive verb, di- + root: "dibentuk", "diadopsinya"; not "dibandingkan", "compared", which joins
# two things rather than closing an event)
_PASSIVE_END = re.compile(r"(?<=\s)(di(?!bandingkan)[a-z]{3,}(?:nya)?)\s+(?=\w)", re.I)


@lru_cache(maxsize=1)
def _STATED_BY() -> re.Pattern:  # noqa: N802 (a compiled pattern, built once from the word lists)
    """A clause that says which text gives a value ("the date the paper gives", "yang disebut paper"): one of the
    paper's words or a source noun, then a verb of stating (``statement_verbs``) or of citing."""
    w = words()
    texts = "|".join(re.escape(x) for lg in ("en", "id") for x in [*w["paper_words"][lg], *w["source_nouns"][lg]])
    verbs = "|".join(re.escape(x) for lg in ("en", "id") for x in [*w["statement_verbs"][lg],
                                                                    *w["citing_clauses"]["active"][lg]])
    passive = "|".join(re.escape(x) for x in w["statement_verbs"]["id_passive"])
    return rx.compile(rf"\b(?:(?:that|which|yang|yg)\s+)?(?:(?:the|this|that|its)\s+)?(?:{texts})(?:\s+(?:ini|itu))?"
                      rf"\s+(?:{verbs})\b|\b(?:yang|yg)\s+(?:{passive})\s+(?:(?:oleh|di|dalam)\s+)?(?:{texts})"
                      rf"(?:\s+(?:ini|itu))?\b", re.I)


def _without_span_ask(part: str, lang: str, first: bool = True) -> str:
    """A part of an interval question without the clause that asks for the span ("… in July 2023 - how far apart
    is that"): the dated event it names before that clause, or "" when it names none (a word before the span is
    no event: "selisih berapa bulan antara …"). A later part names its event before a span asked at its end
    ("antara A sama MoU polisi berapa bulan?"), dated or not."""
    w = words()
    asks = [s for table in (w["interval_words"], w["interval_spans"]) if (s := _match_start(part, table, lang)) >= 0]
    if not asks:
        return part
    before = part[:min(asks)].strip(" ,;:-–—")
    if not first and content_words(before, lang) and not content_words(part[min(asks):], lang):
        return before
    return before if len(content_words(before, lang)) >= 2 and rx.search(r"\b(?:19|20)\d\d\b", before) else ""


def first_group(m: re.Match | None) -> str:
    """The first group a match filled, in lower case ("" for no match): the word that the alternation of
    patterns it was matched with captured ("who funded …" → "funded")."""
    return next((g for g in m.groups() if g), "").lower() if m else ""


def asks_range_ends(text: str, lang: str) -> bool:
    """Whether a question names both ends of a range ("the minimum and maximum prison term", "batas atas sama
    batas bawah"; list ``range_ends``)."""
    spec = words()["range_ends"]
    return all(_matches_any(text, spec[end], lang) for end in ("low", "high"))


def _matches_any(text: str, table: dict[str, list[str]], lang: str) -> bool:
    return _match_start(text, table, lang) >= 0


def _match_start(text: str, table: dict[str, list[str]], lang: str) -> int:
    """Where the first phrase of ``table`` (any language, the question's first) starts in ``text``; -1 if none."""
    low = text.lower()
    starts = [m.start() for lg in dict.fromkeys([lang, "en", "id"])
              if table.get(lg) and (m := _table_pattern(tuple(table[lg])).search(low))]
    return min(starts, default=-1)


@lru_cache(maxsize=128)
def _table_pattern(phrases: tuple[str, ...], particles: bool = False) -> re.Pattern:
    """A list of phrases as one alternation on word boundaries, longest first, compiled once."""
    return rx.compile("|".join(_phrase_re(p, particles) for p in sorted(phrases, key=len, reverse=True)), re.I)


# a claim quoted in a question ("the paper's 'five out of ten victims were women and girls'"): four words or more
# between quotation marks, not an apostrophe inside a word
_QUOTED = re.compile(r"(?<!\w)['‘\"“](?=(?:[^'’\"”\s]+\s+){3})[^'’\"”]{6,240}?['’\"”](?!\w)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the question quotes a claim: one unit, whose numbers and conjunctions are not the question's own."""
    return [m.span() for m in _QUOTED.finditer(text)]


def unquoted(text: str) -> str:
    """The question with its quoted claims blanked out (same length, so positions still hold)."""
    for a, b in quoted_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# a numbered edition of a recurring event or document: "the 18th ASEAN Ministerial Meeting", "17th AMMTC in …"
# (the ordinal before its name) and "KTT ASEAN ke-44", "AMMTC ke 17" (Indonesian: the name before "ke-")
_EDITION_EN = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+((?:[\w'’-]+\s*){1,4})", re.I)
_EDITION_ID = re.compile(r"((?:[\w'’-]+\s+){1,3})ke-?\s?(\d{1,3})\b", re.I)


# coordinating conjunctions (EN/ID, with the colloquial "sama"): "KTT ke-42 sama ke-43" names one event twice
_COORDINATORS = frozenset({"and", "or", "dan", "atau", "sama", "serta", "maupun", "&"})


def editions(text: str, lang: str) -> list[tuple[int, str]]:
    """The numbered editions a text names, each with the words beside its number (in English for Indonesian:
    "KTT ASEAN ke-44" → (44, "summit asean")); a number joined to the one before it ("ke-42 sama ke-43") has that
    one's name."""
    out = [(int(m.group(1)), m.group(2)) for m in _EDITION_EN.finditer(text)] + word_editions(text, lang)
    previous = ""
    for m in _EDITION_ID.finditer(text):
        words_before = m.group(1).split()
        cut = max((i + 1 for i, w in enumerate(words_before) if w.lower() in _COORDINATORS), default=0)
        name = " ".join(words_before[cut:]) or previous
        previous = name
        out.append((int(m.group(2)), " ".join(translate_terms(name)) if lang == "id" and name else name))
    return out


def names_edition(text: str, number: str | int) -> bool:
    """Whether ``text`` names an edition by the ordinal ``number`` in digits ("43rd", "ke-43"); an ordinal word
    ("first", "pertama") says too little alone: it ranks anything."""
    return bool(rx.search(rf"(?<!\d){number}(?:st|nd|rd|th)\b|\bke-?\s?{number}(?!\d)", text, re.I))


def numbered_editions(text: str, lang: str) -> frozenset[int]:
    """The editions ``text`` numbers in digits ("KTT ASEAN ke-18", "the 43rd Summit"), not by an ordinal word."""
    return frozenset(n for n, _ in editions(text, lang) if names_edition(text, n))


def editions_asked(q: Question) -> frozenset[int]:
    """The numbers of the editions a question names ("KTT ASEAN ke-43", "the 42nd summit", "pertemuan kedua")."""
    return frozenset(n for n, _ in editions(q.text, q.language))


@lru_cache(maxsize=64)
def edition_pattern(numbers: frozenset[int]) -> re.Pattern:
    """The ordinals of the editions ``numbers`` in any of their forms ("43rd", "ke-43", "third"), as one pattern."""
    return rx.compile("|".join(rf"(?<![\w-])(?:{ordinal_alternation(n)})(?![\w-])" for n in sorted(numbers)), re.I)


def word_editions(text: str, lang: str) -> list[tuple[int, str]]:
    """Occurrences of a meeting counted by an ordinal word ("the second meeting of the SOMTC working group",
    "pertemuan kedua WG on GTCM"), each with the event noun and the words after it (in English for Indonesian)."""
    en, ind, rank = _word_edition_patterns()
    out = [(rank[m.group(1).lower()], m.group(2)) for m in en.finditer(text)]
    for m in ind.finditer(text):
        name = f"{m.group(1)}{m.group(3)}"
        out.append((rank[m.group(2).lower()], " ".join(translate_terms(name)) if lang == "id" else name))
    return out


@lru_cache(maxsize=1)
def _word_edition_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    """The English and Indonesian patterns of a meeting counted by a word, and the rank of each ordinal word."""
    rank: dict[str, int] = {}
    by_lang: dict[str, list[str]] = {"en": [], "id": []}
    for n, forms in words()["ordinal_claims"].items():
        for form, lg in zip(forms, ("en", "id"), strict=True):  # (each rank: its English and Indonesian word)
            rank[form] = int(n)
            by_lang[lg].append(re.escape(form))
    events = words()["event_nouns"]
    en = rx.compile(rf"\b({'|'.join(by_lang['en'])})\s+((?:{'|'.join(events['en'])})s?\b(?:\s+[\w'’-]+){{0,4}})", re.I)
    ind = rx.compile(rf"\b({'|'.join(events['id'])})\s+({'|'.join(by_lang['id'])})\b((?:\s+[\w'’-]+){{0,3}})", re.I)
    return en, ind, rank


_BARE_POSSESSIVE = re.compile(r"^\s*((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s?\s*[?.!]*\s*$")


def with_elided_nouns(sides: list[str]) -> list[str]:
    """The sides of a comparison with a noun the second leaves out put back: "how did Indonesia's tier compare with
    Cambodia's?" compares Indonesia's tier with Cambodia's tier (the noun after the first side's possessive)."""
    if len(sides) != 2 or not (bare := _BARE_POSSESSIVE.match(sides[1])):
        return sides
    # (the noun runs up to the verb of comparing, if the side goes on to it: "Jakarta's ferry count compare")
    noun = rx.search(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:\s+(?:compare[sd]?|differ(?:s|ed)?|stack"
                     r"(?:s|ed)?|measure[sd]?|match(?:es|ed)?)\b|\s*$)", sides[0])
    return [sides[0], f"{bare.group(1)}'s {noun.group(1)}"] if noun else sides


def split_parts(text: str, kind: str) -> list[str]:
    """The parts of "X, and what is Y?" (or the two sides of "how does X differ from Y"), when there are two or
    more parts with content words of their own. A connector inside a quoted claim joins nothing."""
    connectors = sorted(words()["parts"][kind], key=len, reverse=True)
    pattern = "|".join(re.escape(c) for c in connectors)
    padded = f" {text} "
    joined = [w.span() for w in _WITH_SOURCES.finditer(padded)]  # ("the paper and its sources": one object)
    cuts = [m.span() for m in rx.finditer(pattern, unquoted(padded), flags=re.I)
            if not _ends_term(padded[:m.start()], m.group(0)) and not _in_title(padded, m)
            and not _joins_date_units(padded, m) and not _closes_pair(padded, m) and not _joins_heads(padded, m)
            and not any(a <= m.start() < b for a, b in joined)]
    bounds = [0, *[x for span in cuts for x in span], len(padded)]
    pieces = [padded[bounds[i]:bounds[i + 1]].strip(" ,?") for i in range(0, len(bounds), 2)]
    pieces = [p for p in pieces if len(content_words(p, "en")) >= 1]
    return pieces if len(pieces) >= 2 else []


# the title of a law or a regulation after its "concerning" ("… tentang Perlindungan Saksi dan Korban"): words in
# title case, up to the connector
_TITLE_OPEN = re.compile(r"\b(?:tentang|concerning|mengenai|on\s+the)\s+"
                         r"(?:[A-Z][a-z]+\s+(?:(?:of|and|in|the|dan)\s+)?)+$")


# the units of one date ("what month and year", "tanggal dan tahun berapa"): joined, they ask for one date
_DATE_UNIT = r"(?:day|date|month|year|hari|tanggal|tgl|bulan|bln|tahun|thn)"


def _joins_date_units(text: str, connector: re.Match) -> bool:
    """The connector joins two units of one date ("what month and year did … come out"), not two parts."""
    return bool(rx.search(rf"\b{_DATE_UNIT}\s*$", text[:connector.start()], re.I)
                and rx.match(rf"\s*{_DATE_UNIT}\b", text[connector.end():], re.I))


# the opening word of a correlative pair, in the clause before its connector: "both … and", "baik … maupun"
# ("baik" after a word of degree or manner is the adjective "good": "lebih baik", "dengan baik")
_PAIR_OPENS = {"and": r"\bboth\b", "dan": r"(?<!\w)(?<!lebih )(?<!paling )(?<!sangat )(?<!cukup )(?<!dengan )baik\b"}


def _closes_pair(text: str, connector: re.Match) -> bool:
    """The connector closes a correlative pair ("both a source and a destination", "baik pelaku dan korbannya"):
    it joins the pair's two halves, not two parts of the question."""
    opener = _PAIR_OPENS.get(connector.group(0).strip(" ,").lower())
    return opener is not None and bool(rx.search(rf"{opener}[^,;?]*$", text[:connector.start()], re.I))


def _joins_heads(text: str, connector: re.Match) -> bool:
    """A bare "and" joins two nouns an interrogative asks together ("What rank and position did he hold …",
    "what agency and official …"): before it, only the interrogative (and "many"/"much") and one noun; after it,
    no interrogative. One question with two heads, not two parts."""
    if connector.group(0).strip().lower() not in ("and", "dan"):
        return False
    before = rx.findall(r"[\w'-]+", rx.split(r"[,;:?.!]", text[:connector.start()])[-1].lower())
    after = rx.match(r"\s*([\w'-]+)", text[connector.end():])
    return len(before) == 2 and before[0] in INTERROGATIVES and before[1] not in INTERROGATIVES | _VERBISH \
        and after is not None and after.group(1).lower() not in INTERROGATIVES


def _in_title(text: str, connector: re.Match) -> bool:
    """The connector joins two words of a law's title written in title case ("UU No. 13 Tahun 2006 tentang
    Perlindungan Saksi dan Korban"), not two parts of the question."""
    after = rx.match(r"\s*([A-Z][a-z]+)\b", text[connector.end():])
    return bool(after) and connector.group(0).strip().lower() in ("and", "dan") and bool(
        _TITLE_OPEN.search(text[:connector.start()] + " "))


def _ends_term(before: str, connector: str) -> bool:
    """The connector is the last word of a term the Indonesian lexicons hold whole ("kerja sama", "ikut serta",
    "bekerja sama"), after a content word: it joins nothing there."""
    word = rx.search(r"([^\W\d_]+)\s*$", before)
    if word is None or word.group(1).lower() in all_stopwords() or not connector.strip():
        return False
    term = f"{word.group(1).lower()} {connector.strip(' ,').lower()}"
    return any(term in lexicon for lexicon in lexicons())


def _asks(sentence: str, lang: str) -> bool:
    return "?" in sentence or answer_type(sentence, lang) != "fact"


# "…, bukan tersangkanya ya", "(not the paper's version)", "the women, not the children": a negated alternative
# after a clause break names what the question does not ask for
# the word that opens a negated alternative, after a clause boundary ("…, bukan …", "… but not …")
# (or right after a word for the form of the answer, as users type it: "as a number not a percent", "angkanya
# bukan persen")
_NEGATED = (r"(?:(?:^|[,;(—–]|\?|\s-)\s*(?:(?:tapi|but|and)\s+)?"
            r"|\b(?:numbers?|figures?|count|total|percent|percentage|share|angka|angkanya|jumlah|jumlahnya|persen"
            r"|persennya|persentase)\s+)(?:bukan|not|jangan|instead\s+of|rather\s+than)")
_EXCLUDED = re.compile(_NEGATED + r"\s+(?:the\s+|an?\s+|yang\s+|versi\s+|dari\s+)?"
                                  r"([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)", re.I)
# the whole clause of a negated alternative, to the next punctuation ("…, not what the paper says about it")
_EXCLUDED_CLAUSE = re.compile(_NEGATED + r"\b[^,.;?!)]*", re.I)


def excluded_of(text: str) -> str:
    """The thing a question says it does not ask for, without particles and the clitic "-nya" ("bukan
    tersangkanya ya" → "tersangka"); "" when it names none."""
    m = _EXCLUDED.search(text)
    if m is None:
        return ""
    kept = [w for w in m.group(1).split() if w.lower() not in _PARTICLES]
    return " ".join(rx.sub(r"(?<=\w{3})nya$", "", w) for w in kept)


def without_excluded(text: str) -> str:
    """``text`` without the negated alternative it names ("…, bukan penelitian sebelumnya"): those words say what
    is not asked."""
    return _EXCLUDED.sub(" ", text)


_PARTICLES = frozenset({"ya", "sih", "dong", "deh", "kok", "kan", "lho", "nih", "aja", "saja", "ini", "itu"})


def sentences_of(text: str) -> list[str]:
    """The sentences of a message (a full stop before a number ends an abbreviation, not a sentence: "UU No. 21
    Tahun 2007", "Vol. 3")."""
    return [s for s in rx.split(r"(?<=[?.!])\s+(?!\d)", text) if s.strip()]


@lru_cache(maxsize=256)
def without_asides(text: str, lang: str) -> str:
    """``text`` without the statements about the user before its question ("Saya staf di dinas PPPA …", "I run a
    shelter in Batam."): they say who asks and why, so their names and places are no constraint on the answer."""
    # ("I'm an NGO worker - what does …": a statement about the user set off by a dash is a sentence of its own)
    sentences = [piece for s in sentences_of(text)
                 for piece in (_DASHED.split(s, 1) if _first_person().match(s) else [s]) if piece.strip()]
    # (a statement about the user may hold a word of a question type, "sedang menyiapkan briefing", "nyusun
    # laporan tentang peran …": without a question mark it tells what the user is doing)
    # (one that reports what someone says or believes carries a claim to check: "My essay argues that …", "I read
    # that …", "aku baca katanya …"; not "Saya sudah baca paper ini tapi bingung")
    own = [bool(_first_person().match(s)) and "?" not in s and not _REPORTS.search(s) for s in sentences]
    asks = [_asks(s, lang) and not own[i] for i, s in enumerate(sentences)]
    if len(sentences) < 2 or not any(asks):
        return text
    last = max(j for j, a in enumerate(asks) if a)
    return " ".join(s for i, s in enumerate(sentences) if i > last or not own[i])


_DASHED = re.compile(r"\s+[-–—]+\s+")  # a dash between words, set off by spaces (not a hyphen: "kidney-trade")


_REPORTS = re.compile(r"\b(?:that|bahwa|katanya|argues?|argued|says?|said|claims?|claimed|states?|stated|thinks?|"
                      r"thought|believes?|believed|told|mentions?|mentioned|bilang|pikir|kira)\b", re.I)


@lru_cache(maxsize=1)
def _first_person() -> re.Pattern:
    """A sentence that starts with the user speaking of themselves ("Saya …", "I'm …", "Our shelter …")."""
    return rx.compile(r"^\W*(?:" + _table_pattern(tuple(sum(words()["first_person"].values(), []))).pattern + ")",
                      re.I)


def focus(text: str, lang: str) -> str:
    """The message's question sentences: asides after the question ("I keep mixing them up", "need it for my
    notes", "I found the 83% but not the other one") go, unless they add a year, a document or a place; a
    sentence before a question that leans on it with a pronoun ("… what reason does it give for
    that?") stays with it."""
    sentences = sentences_of(text)
    if len(sentences) < 2:
        return text
    asks = [_asks(s, lang) for s in sentences]
    if not any(asks):
        return text
    pron = [p for p in (_compiled("followup_pron", lg) for lg in dict.fromkeys([lang, "en", "id"])) if p]
    keep = []
    for i, s in enumerate(sentences):
        if asks[i]:
            keep.append(i)
            if i > 0 and not asks[i - 1] and (any(p.search(s.lower()) for p in pron)
                                               or not extract_constraints(s, lang).names):
                keep.append(i - 1)
        elif i < max(j for j, a in enumerate(asks) if a) and not extract_constraints(s, lang).empty():
            keep.append(i)  # context before the question that names what it is about
        elif not _matches_any(s, words()["beyond_paper"], lang):  # ("the paper only says X" describes the paper)
            c = extract_constraints(s, lang)
            if c.years or c.documents or c.places:
                keep.append(i)  # a constraint added after the question ("… brp ya? yg dari 2016 ke 2021")
    return " ".join(sentences[i] for i in sorted(set(keep)))


def _qualified(text: str, lang: str) -> list[tuple[str, str]]:
    """Things the question ties to a country: "Cambodian law", "Thailand's courts" (English: the country before
    the noun), "hukum Kamboja", "UU Thailand" (Indonesian: after it). The answer must speak of that thing in
    that country, not of the thing elsewhere."""
    stops = all_stopwords()
    out: list[tuple[str, str]] = []
    low = text.lower()
    before, after = _qualifier_patterns()
    nouns = {w for lg in ("en", "id") for w in words()["qualifiable"][lg]}
    joint = _joint_countries()
    for m in before.finditer(low):
        # (the first noun of the kind among the words after it: "Cambodia's own domestic anti-trafficking law")
        noun = m.group(2)  # (… up to a function word: "Indonesian and Cambodian police" is shared)
        for w in m.group(2, 3, 4):
            if w is not None and w in nouns:  # (a noun of the kind before a function word: "act" is on a stop list)
                noun = w
                break
            if w is None or w in stops:
                break
        if noun in nouns and not joint.search(low, 0, m.end(1) + 1) \
                and not rx.search(rf"(?:{_COUNTRY_FORMS()})(?:\s+(?:and|dan|sama|&)\s+|\s*[–—/-]\s*)$",
                                  low[: m.start()]):
            out.append((countries()[m.group(1)], noun))
    # after the noun, in the noun's own order of words: the country itself, after modifiers (Indonesian puts them
    # after the noun); or a country the thing is placed in ("UU anti perdagangan orang di Kamboja", "the
    # anti-trafficking law in Cambodia")
    beside: list[tuple[str, str]] = []
    placed_in: list[tuple[str, str]] = []
    for w in rx.finditer(r"[a-z][\w-]+", low):
        noun = w.group(0)
        if noun not in nouns:
            continue
        m = after.match(low, w.end()) if noun not in stops else None
        between = m.group(1).split() if m else []
        if m and not joint.match(low, m.start(2)) and not (between and lang != "id") \
                and not set(between) & (stops | nouns | set(countries())):
            beside.append((countries()[m.group(2)], noun))
        placed = _placed_after().match(low, w.end())
        if placed and not joint.match(low, placed.start(1)):
            placed_in.append((countries()[placed.group(1)], noun))
    out += beside + placed_in
    for m in _named_after_possessive().finditer(text):
        # "Malaysia's Anti-Trafficking in Persons … Act": the last word of the name is the thing qualified
        noun = m.group(2).split()[-1].lower()
        if noun in nouns:
            out.append((countries()[m.group(1).lower()], noun))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _COUNTRY_FORMS() -> str:  # noqa: N802 - a constant, built once
    return "|".join(re.escape(f) for f in sorted(countries(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _joint_countries() -> re.Pattern:
    """Two countries named together ("Indonesia and Cambodia", "indonesia sama kamboja", "the Indonesia–Cambodia
    MoU"): a thing they qualify is shared ("the police of both countries"), not one country's."""
    forms = _COUNTRY_FORMS()
    return rx.compile(rf"(?:{forms})(?:\s+(?:and|dan|sama|&)\s+|\s*[–—/-]\s*)(?:{forms})(?![\w-])")


@lru_cache(maxsize=1)
def _named_after_possessive() -> re.Pattern:
    forms = _COUNTRY_FORMS()
    return rx.compile(rf"(?<![\w-])((?i:{forms}))['’]s\s+((?:[A-Z][\w-]*\s+(?:(?:of|and|in|on|for|the)\s+)*)*"
                      r"[A-Z][\w-]*)")


@lru_cache(maxsize=1)
def _placed_after() -> re.Pattern:
    """After a noun: up to three words, then a locative and a country ("uu| anti perdagangan orang di kamboja")."""
    return rx.compile(rf"(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:{locatives()})\s+({_COUNTRY_FORMS()})(?![\w-])")


@lru_cache(maxsize=1)
def _qualifier_patterns() -> tuple[re.Pattern, re.Pattern]:
    forms = "|".join(re.escape(f) for f in sorted(countries(), key=len, reverse=True))
    # (one modifier may stand between: "Cambodia's own anti-trafficking law", "Cambodian criminal courts"; a
    # name ending in "s" takes the apostrophe alone: "the Philippines' anti-trafficking act")
    before = rx.compile(rf"(?<![\w-])({forms})(?:['’]s|(?<=s)['’])?\s+(?:own\s+)?([a-z][\w-]{{2,}})"
                        rf"(?:\s+([a-z][\w-]{{2,}}))?(?:\s+([a-z][\w-]{{2,}}))?")
    # (Indonesian modifiers may stand between: "undang-undang anti-perdagangan orang Kamboja")
    after = rx.compile(rf"\s+(?:milik\s+|punya\s+)?((?:[a-z][\w-]*\s+){{0,3}}?)({forms})(?![\w-])")
    return before, after




