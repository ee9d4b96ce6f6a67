"""Answerability: whether the evidence answers *this* question, or the question must be refused or corrected.

General tests only: the question's constraints (a year, a number, a country, a document, a rare name) must be
held by the evidence — a passage about another country or another year does not answer; a "how many X" needs
a sentence that counts X; a question that asserts something ("why did X withdraw …") needs evidence for the
assertion's own terms, else its premise is corrected.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import rx
from ..answer import _MONTHS, MONTH_RE, AnswerContext, find_dates
from ..chunking import chunk_sentences
from ..citations import AUTHOR_YEAR
from ..keyword import tokenize, word_family
from ..lang import detect_language
from ..query import (
    family_renderings,
    indonesian_word,
    inflections,
    passive_verb,
    rendered_tokens,
    stative_verb,
    translate_terms,
)
from ..verify import content_figures, figure_key
from .analysis import (
    _DOCUMENT,
    CITED_AS,
    DETERMINERS,
    DOCUMENT_KINDS,
    INTERROGATIVES,
    LABEL_WORDS,
    NUMBER_WORDS,
    OR_DAYS,
    SECTION_WORDS,
    YEAR_SPAN,
    Question,
    actor_act,
    all_stopwords,
    asked_bound,
    asked_judgement,
    asked_name_of,
    asked_office,
    asks_findings,
    asks_range_ends,
    cited_sources,
    cities,
    confirms,
    content_words,
    continent_words,
    counted_act,
    counted_nouns,
    countries,
    countries_in,
    country_forms_pattern,
    country_tokens,
    dated_act,
    document_keys,
    editions,
    either_language,
    generic_units,
    global_scope,
    group_sides,
    kind_asked_in,
    locatives,
    names_edition,
    names_text_part,
    office_group,
    office_pattern,
    ordinal_alternation,
    ordinal_forms,
    phrase_pattern,
    place_kind_names,
    placed_act,
    rank_words,
    ranks_by,
    reporting_verbs,
    sentences_of,
    stopwords,
    synonym_groups,
    synonyms_of,
    verb_terms,
    without_asides,
    words,
)
from .selection import (
    _LAW_REF,
    _PERCENT,
    CITATION,
    ITEM_NUMBER,
    LAW_YEAR_AFTER,
    Evidence,
    actor_names,
    bare_name_tokens,
    bracketed_after,
    defines_term,
    document_years,
    enumerated_items,
    glossary_aliases,
    has_constraint,
    initials,
    is_content,
    located_places,
    neighbours,
    outside_parentheses,
    undot,
)

TOPIC_IDF = 1.5  # a word held by more than about a fifth of the store's chunks is its topic, not a heading's name
RARE_IDF = 3.5  # a term in about three chunks of ~200 or fewer is a name the evidence must hold itself
MIN_MEANING = 0.80  # e5 cosine below which the best sentence is off topic …
MIN_TERMS = 0.25  # … unless it also holds at least this share of the question's terms


@dataclass
class Verdict:
    """``answer``, ``refuse`` (with the terms no passage holds) or ``premise`` (correct the assertion)."""

    decision: str
    missing: list[str] = field(default_factory=list)
    claim: str = ""
    evidence: Evidence | None = None  # for a contradicted premise: the sentence that says otherwise
    office: str = ""  # for a refusal: the office whose holder the question asks for and no passage names
    total: str = ""  # for a refusal: the total the sources give without the part the question counts
    # for a refusal, a kind of question the sources cannot answer, with its own reply: a view ("opinion"), advice on
    # a case ("advice"), a court's decision the sources never report ("outcome"); for a corrected premise, a figure
    # the question says the paper gives that only another source gives ("paper_figure")
    reply: str = ""
    apart: list[str] = field(default_factory=list)  # parties the question joins in one event, never named together
    # for a refusal: the terms missing are missing from the passages on the question's subject, not from every
    # passage (another passage may name the year; it is not the answer's)
    topical: bool = False
    # for a contradicted premise: the words of the sentence that says otherwise its quote keeps ("led by the Vice
    # Head of Bareskrim")
    keep: str = ""


def with_nationality(text: str, term: str) -> str:
    """A missing noun with the country word the question qualifies it by ("Malaysian nationals", "warga Malaysia"):
    the refusal then says whose the thing asked is, and stays true (a phrase holding a missing word is missing)."""
    if not rx.fullmatch(r"[A-Za-z-]+", term):
        return term
    before = rx.search(rf"\b([A-Z][a-z]+)\s+{re.escape(term)}\b", text)
    if before and countries_in(before.group(1)):
        return f"{before.group(1)} {term}"
    after = rx.search(rf"\b{re.escape(term)}\s+((?:negara\s+)?([A-Z][a-z]+))\b", text)
    if after and countries_in(after.group(2)):
        return f"{term} {after.group(1)}"
    return term


def missing_from_store(q: Question, vocab: dict[str, float], store_figures: frozenset[str],
                       bigrams: frozenset[tuple[str, str]] = frozenset(),
                       aliases: dict[str, list[str]] | None = None) -> list[str]:
    """Constraints that no passage of the whole store holds: a year or number never written, a name never used
    (as a whole: a title whose words the store uses apart is still unknown). A name the glossary spells out
    (``aliases``: "GDI", the initials of the Gender Development Index) is known by its entry, and a public
    figure's short name (``name_aliases``: "Jokowi") by the full name."""
    out = []
    c = q.constraints
    for y in c.years:
        if y not in store_figures:
            out.append(y)
    for n in c.numbers:
        if figure_key(n) not in store_figures:
            out.append(n)
    stops = all_stopwords()
    for name in c.names:
        if _glossed(name, q.text, vocab, q.language) or any(
                initials(form) == name.lower() for form in (aliases or {}).get(name, [])):
            continue
        full = words()["name_aliases"].get(name.lower())  # ("Jokowi": the sources write "Joko Widodo")
        if full and all(t in vocab for t in tokenize(full)):
            continue
        toks = word_tokens(name, q.language)  # (an Indonesian name may be ordinary words written in English)
        if toks and all(t not in vocab for t in toks):
            out.append(name)
            continue
        if bigrams and q.language == "en" and _unknown_title(name, bigrams):
            out.append(name)
            continue
        # a capitalised word of a longer name that no passage uses ("… Prime Minister Hun Manet"): a person or
        # body the sources never mention (an Indonesian word counts as known when its rendering is)
        for word in rx.findall(r"\b[A-Z][a-z]{2,}\b", name):
            renders = word_tokens(word, q.language) + [t for form in loanword_forms(word) for t in tokenize(form)]
            if word.lower() not in stops and renders and all(t not in vocab for t in renders) \
                    and not _shortens_a_word(renders[0], vocab) and word not in out \
                    and not common_indonesian(word, q.language):
                out.append(word)
    for place in unknown_places(q, vocab):
        if place not in out:
            out.append(place)
    for unit in currencies_unused(q.text, vocab):  # ("… in US dollars": the sources give sums in rupiah only)
        if unit not in out:
            out.append(unit)
    if q.language == "id":
        said = {str(m).lower() for m in out}
        out += [w for w in foreign_words(without_asides(q.text, q.language), vocab) if w not in said]
    return out


def currencies_unused(text: str, vocab: dict[str, float]) -> list[str]:
    """The currencies a question names (the money units of word list ``quantity_kinds``, as words: "US dollars",
    "riel") that no passage writes, alone or before a figure ("Rp120"): a sum asked in them is one the sources
    never give (a conversion needs a rate they do not state)."""
    out = []
    for unit in (u for u in words()["quantity_kinds"]["money"]["units"] if u.isalpha()):
        if rx.search(rf"\b{unit}\b", text, re.I):
            toks = tokenize(unit)
            if toks and not any(v.startswith(toks[0]) for v in vocab):
                out.append(unit)
    return out


def common_indonesian(word: str, lang: str) -> bool:
    """An ordinary Indonesian word in a capitalised name of an Indonesian question ("Konvensi ASEAN Menentang
    Perdagangan Orang"): the sources write such a title in English, in words its renderings ("antagonize") need
    not be, so the word is no sign of a body or person the sources never mention (as ``foreign_words`` treats an
    Indonesian word). A name that no passage uses at all is still caught as a whole."""
    return lang == "id" and indonesian_word(word)


def _glossed(name: str, text: str, vocab: dict[str, float], lang: str) -> bool:
    """A name the question glosses in parentheses with one the store uses ("Nota Kesepahaman (MoU)", "the
    Trafficking Victims Protection Act (TVPA)"): the gloss says what it is, so the name is not unknown."""
    m = rx.search(re.escape(name) + r"\s*\(\s*([^()]{2,60}?)\s*\)", text)
    toks = word_tokens(m.group(1), lang) if m else []
    return bool(toks) and all(t in vocab for t in toks)


def foreign_words(text: str, vocab: dict[str, float]) -> list[str]:
    """Words of an Indonesian question that are no Indonesian word and that no passage uses, in any case or
    spelling ("tiktok", "hotline"): an app, a brand or a term the sources never mention. (An Indonesian word
    the word lists cannot render is no such sign: its rendering, not the sources, is what is unknown.)"""
    stops = all_stopwords()
    askers = "|".join(re.escape(v) for v in words()["asker_verbs"])
    # (an English word that asks for the form of the answer, "… itu breakdown korbannya berapa persen", is the
    # reader's own request word, not a thing the sources must name)
    requests = set(words()["breakdowns"]["requests"]["en"])
    out = []
    # (a word after an apostrophe is part of a name: "Sa'diyah" is not "diyah")
    for m in rx.finditer(r"(?<![\w'\u2019-])[a-z]{4,}(?![\w'\u2019-])", text.lower()):
        w = m.group(0)
        toks = tokenize(w)
        # (nor one the sources use under an enclitic particle: "kapolrinya", the Kapolri of it)
        if not toks or w in stops or w in requests or any(t in vocab for t in toks) or indonesian_word(w) or any(
                t in vocab for form in [*loanword_forms(w), *inflections(w)[1:]] for t in tokenize(form)) or w in out:
            continue
        if rx.match(rf"\s+(?:{askers})\b", text[m.end():], re.I):
            continue  # "dospem nanya …": who asked, not what is asked about
        out.append(w)
    return out


_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*")


def _unknown_title(name: str, bigrams: frozenset[tuple[str, str]]) -> bool:
    """A title of two or more capitalised words ("Global Slavery Index", "Bali Process", "Calmette Hospital")
    that the store never writes as one phrase, though it may use each word elsewhere: an index, a body, a
    place or a document the sources do not mention. (Acronyms, possessives and country names are left out: they
    combine freely, "ASEAN SOMTC", "Cambodia's law".) English names only: an Indonesian title is often
    written in the sources in English."""
    coordinated = rx.split(r"\s+(?:and|dan|&)\s+", name)
    if len(coordinated) > 1:  # "Pratiwi and Sukandar": each name of a coordination is a name of its own
        return any(_unknown_title(part, bigrams) for part in coordinated)
    parts = name.split()
    if len(parts) >= 3 and office_pattern().fullmatch(parts[0]):
        # an office before a person's name ("Deputy Woro Srihastuti"): the two combine freely, so the name is
        # judged alone ("Deputy … (Woro Srihastuti Sulistyaningrum)" in the store)
        return _unknown_title(" ".join(parts[1:]), bigrams)
    stops = all_stopwords()
    titled = [p for p in parts if _TITLE_WORD.fullmatch(p)]
    if len(titled) < 2 or countries_in(name) or not all(
            _TITLE_WORD.fullmatch(p) or (p.islower() and p in stops) for p in parts):
        return False
    toks = tokenize(name)
    return len(toks) >= 2 and any(pair not in bigrams for pair in zip(toks, toks[1:], strict=False))


# (two to four capitalised words; or a name and its initials, "Mahfud MD")
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:(?:[ \t]+[A-Z][a-z]+){1,3}|[ \t]+[A-Z]{2}(?![\w-]))\b")
NAME_AFTER_OFFICE = 60  # characters from an office to the name of its holder ("Head of the …, Major General X")
NAME_BEFORE_OFFICE = 30  # characters from a name to the office written after it ("Khieu Sopheak, the spokesperson")


def holder_named(q: Question, office: str, chunks, context: AnswerContext, aliases=None) -> bool:
    """Whether a passage names a person who holds the office the question asks about. When the question names
    the body the office belongs to with it ("Kepala Satgas TPPO Polda Metro Jaya"), that body must be spoken of
    in the sentence naming the holder: a passage may name other offices' holders."""
    forms = phrase_pattern(office_group(office))
    # (the names that qualify the office: "Chief of the Harbour Police", "Kepala Satgas TPPO Polda Metro Jaya"; not
    # "secretary around 2022")
    phrase = forms.sub(" ", _office_phrase(q.text, office))
    body = " ".join(rx.findall(r"\b[A-Z][\w-]*", phrase)) or store_name(_office_qualifier(q.text, office), context)
    if not body and q.language == "en":  # (or a name before it, as English qualifies a noun: "which Polri official")
        before = rx.search(rf"((?:\b[A-Z][\w-]*\s+){{1,3}}){re.escape(office)}\b", q.text)
        body = " ".join(w for w in before.group(1).split() if w.lower() not in countries()
                        and w.lower() not in all_stopwords()) if before else ""
    bodies = [body, " ".join(translate_terms(body))] if q.language == "id" else [body]
    # (a country typed in lower case qualifies it too: "pejabat kamboja" is an official of Cambodia)
    named_bodies = [b for b in bodies if tokenize(b)]
    bodies = named_bodies or countries_in(phrase)
    # (a country qualifies the office itself, "Cambodia's Foreign Minister", "Menteri Luar Negeri Kamboja", not
    # only its sentence: "Foreign Minister Retno Marsudi met Cambodian police chiefs" names no Cambodian minister)
    of_country = [country_forms_pattern(c) for c in bodies] if bodies and not named_bodies else []
    # (the short form the question gives in brackets is a name of the same office or body: "Kepala Biro Penerangan
    # Masyarakat (Karo Penmas)", "Komite Nasional … Kamboja (NCCT)")
    bodies += [short] if bodies and (short := bracketed_after(q.text, office, 80)) else []
    held = office_group(office, of_body=bool(bodies))

    held_forms = phrase_pattern(held)

    def holder_in(text: str) -> bool:
        if not names_holder(text, held, context.lower_words, context.store_places):
            return False
        if of_country:
            return any(p.search(rx.split(r"[,;:.()]", text[max(0, o.start() - OFFICE_QUALIFIER):o.start()])[-1])
                       or rx.match(rf"\s+of\s+(?:the\s+)?{p.pattern}", text[o.end():], re.I)
                       for o in held_forms.finditer(text) for p in of_country)
        return not bodies or any(has_constraint(text, b, aliases) for b in bodies)

    if office.lower() in words()["person_roles"]["cited"]:
        if q.about_document and not bodies:  # "siapa penulis paper ini?": the front matter names the authors
            return True
        # an author is named by the reference record of the work the question names
        return any(c.kind == "reference" and any(has_constraint(c.text, b, aliases) for b in bodies) for c in chunks)
    return any(holder_in(c.text) and (not bodies or any(holder_in(x) for x in chunk_sentences(c)))
               for c in chunks if c.kind != "reference")


# the words that end the words qualifying an office (``_office_phrase``, ``_office_qualifier``): a relative word, a
# preposition that starts a clause, a copula, an interrogative
_OFFICE_PHRASE_ENDS = (r"who|that|which|yang|yg|at|in|di|pada|when|saat|waktu|ketika|during|while|itu|adalah|ialah|"
                       r"merupakan|siapa|is|was|are|were|with|to|by|from|on")


def _office_qualifier(text: str, office: str) -> list[str]:
    """The words that name the body an office belongs to, as typed, where a question in lower case names it: in
    English an "of" phrase right after the office ("director of preah ket mealea hospital where …", up to a relative
    word or the clause's end), in Indonesian the words right after it up to a function word ("direktur rumah sakit
    preah ket mealea"); none after a verb ("minister serves as Chair II …")."""
    english = detect_language(text) == "en"
    lead = r"[ \t]+of(?:[ \t]+the)?" if english else ""
    ends = rf"{_OFFICE_PHRASE_ENDS}|where|and|dan"
    m = rx.search(rf"\b{re.escape(office)}{lead}((?:[ \t]+(?!(?:{ends})\b)[\w'-]+){{1,6}})", text, re.I)
    return m.group(1).split() if m else []


def store_name(words_: list[str], context: AnswerContext) -> str:
    """The longest run of ``words_`` that the store writes as a name (``AnswerContext.store_names``), as the store
    writes it ("indonesian migrant workers union" → "Indonesian Migrant Workers Union", "labuan bajo hospital" →
    "Labuan Bajo"); "" when there is none."""
    low = [w.lower().strip("'") for w in words_]
    names = context.store_names
    for n in range(len(low), 0, -1):
        for i in range(len(low) - n + 1):
            found = names.get(" ".join(low[i:i + n]))
            if found:
                return found
    return ""


OFFICE_QUALIFIER = 30  # characters before an office within which a country qualifies it ("Cambodian police chief")


def instance_named(thing: str, lang: str, chunks, context: AnswerContext) -> bool:
    """Whether some passage names one of the things asked about: a name of capitalised words beside the thing's
    word or its English rendering ("the company PT Sejahtera", "Erin Merryn, a survivor")."""
    base = rx.sub(r"(?:nya|-\w+)$", "", thing.lower()) if lang == "id" else thing.lower()
    forms = [thing.lower(), base, *(translate_terms(base) if lang == "id" else [])]
    forms += [f + "s" for f in forms if not f.endswith("s")] + [f[:-1] + "ies" for f in forms if f.endswith("y")]
    forms = [f for f in dict.fromkeys(forms) if f]
    # (or a name built on the word, after the name or before it: "Preah Ket Mealea Hospital", "Indonesian Migrant
    # Workers Union", "the Hotel Meruorah")
    kinds = "|".join(re.escape(f.title()) for f in forms)
    built = rx.compile(rf"\b(?:[A-Z][\w'’-]+\s+){{1,4}}(?:{kinds})\b|(?<=[a-z] )(?:{kinds})\s+[A-Z][\w'’-]+")
    return any(built.search(c.text) or names_holder(c.text, forms, context.lower_words, context.store_places)
               for c in chunks if c.kind != "reference")


def names_holder(text: str, office: str | list[str], lower_words: frozenset[str], places: frozenset[str]) -> bool:
    """Whether ``text`` names a person beside a form of ``office`` (a form, or all its forms): see
    ``holder_spans``."""
    return bool(holder_spans(text, office, lower_words, places))


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|across|throughout|di|ke)\s+(?:the\s+)?$", re.I)


def office_holder(q: Question, pool: list[Evidence], context) -> Evidence | None:
    """The most relevant sentence that names a person beside the office the question names ("kapolri" → "the Chief
    of Police (Kapolri), Gen. Listyo Sigit Prabowo"); None when it names none or no sentence names its holder."""
    office = office_pattern().search(q.text)
    if office is None:
        return None
    # (not the office's own glossary entry, whose capitalised words are its name: "In Indonesian: Kepala Kepolisian …";
    # the office as the question writes it, not its group: "Cambodian police chief" holds another country's office)
    return next((e for e in sorted(pool, key=lambda e: -e.score) if e.chunk.kind != "glossary"
                 and holder_spans(e.text, [office.group(0)], context.lower_words, context.store_places)), None)


def holder_spans(text: str, office: str | list[str], lower_words: frozenset[str],
                 places: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``text`` names a person beside a form of ``office``: two to four capitalised words, none of them a
    word the store writes in lower case, a place or a country, just after the office in the same sentence or just
    before it in apposition."""
    forms = phrase_pattern(office if isinstance(office, list) else office_group(office))
    people: list[tuple[int, int]] = []
    for m in _PERSON.finditer(text):
        # (a rank or title written before the name is no part of it: "Major General Chuon Narin" → "Chuon Narin";
        # nor is the office itself, capitalised in the same run: "Empowerment Minister Meutia Hatta" → "Meutia
        # Hatta", the holder right after it)
        inner = [o for o in forms.finditer(m.group(0)) if o.end() < len(m.group(0))]
        names = (m.group(0)[inner[-1].end():] if inner else m.group(0)).split()
        while names and names[0].lower() in lower_words:
            names = names[1:]
        name = " ".join(names)
        # (nor one a locative puts something in: "victims in the Asia Pacific region")
        if len(names) >= 2 and not any(w.lower() in lower_words for w in names) and name not in places \
                and not countries_in(name) and not _LOCATIVE_BEFORE.search(text[: m.end() - len(name)]):
            people.append((m.end() - len(name), m.end()))
    offices = list(forms.finditer(text))
    return [(start, end) for start, end in people if any(
        (0 <= start - o.end() <= NAME_AFTER_OFFICE and not _crosses_sentence(text[o.start():start]))
        or (0 <= o.start() - end <= NAME_BEFORE_OFFICE and _APPOSITION.fullmatch(text[end:o.start()]))
        for o in offices)]


def _crosses_sentence(gap: str) -> bool:
    """The text from an office to a name ends a sentence: a name in the next sentence holds no office of this
    one. (The period of a short title or rank, "Brig. Gen.", "Dr.", ends none.)"""
    return any(not rx.fullmatch(r"[A-Z][a-z]{0,4}", m.group(1)) for m in rx.finditer(r"(\S+)[.!?]\s", gap))


# what may stand between a name and the office written after it: an apposition ("Khieu Sopheak, the
# spokesperson", "Arlen Voss, the Coast Guard's Deputy", "X as chair", "Y selaku ketua"): words that introduce it and
# the capitalised name of the body; not a clause ("Polda Metro Jaya succeeded in arresting 12 suspects": the body
# that arrested them is no suspect)
_APPOSITION = re.compile(r"[\s,(–-]*(?:(?:(?i:the|a|an|as|its|their|then|former|selaku|sebagai|sang|yang|mantan)"
                         r"|[A-Z][\w.-]*(?:['’]s)?)\s+)*")


@lru_cache(maxsize=1)
def _time_unit_words() -> frozenset[str]:
    """The words of the units of time, both languages (word list ``time_units``)."""
    return frozenset(w for unit in words()["time_units"].values() for lg in ("en", "id") for w in unit[lg])


def unknown_places(q: Question, vocab: dict[str, float]) -> list[str]:
    """Words after a locative preposition ("in bangkok", "di surabaya") that no passage of the store uses, in
    any case or English rendering: a place the sources never mention. (Not where the user says they are: "I'm a
    student in Bandung." says who asks.)"""
    stops = all_stopwords()
    out = []
    asked = without_asides(q.text, q.language)
    askers = "|".join(re.escape(v) for v in words()["asker_verbs"])
    # (nor the noun of a preposition of several words: "in connection with", "in accordance with")
    prepositions = [m.start() for m in phrase_pattern(
        [p for lg in ("en", "id") for p in words()["complex_prepositions"][lg]]).finditer(asked)]
    for m in rx.finditer(rf"\b(?:{locatives()})\s+(?:the\s+)?([A-Za-z][\w-]{{3,}})", asked, re.I):
        word = m.group(1)
        if m.start() in prepositions:
            continue
        # (nor a word for continent, whose place is the name after it: "di benua Amerika")
        if word.lower() in stops or word.lower() in countries() or word.lower() in continent_words():
            continue
        if word.lower() in _time_unit_words():  # (the unit an answer is asked in: "…, in days?", "dalam bulan")
            continue
        if rx.match(r"(?:\s+(?:and|or)\s+[\w-]+)?\s+terms\b", asked[m.end():], re.I):
            continue  # (the manner a figure is asked in: "in absolute and percentage terms", "in real terms")
        if rx.match(rf"(?:\s+[\w'-]+){{0,2}}?\s+(?:{askers})\b", asked[m.end():], re.I):
            continue  # where the one who told or asked the user is: "someone in class said …", "temen di kantor bilang"
        toks = word_tokens(word, q.language)
        # (a word the store uses in another form of its family is no unknown place: "weak at proactively …")
        if toks and not any(t in vocab or any(f in vocab for f in word_family(t)) for t in toks) \
                and not _shortens_a_word(toks[0], vocab):
            out.append(word)
    return out


def loanword_forms(word: str) -> list[str]:
    """The English spellings an Indonesian loanword may stand for ("Pasifik" → "Pacific", "organisasi" →
    "organisation"): its ending swapped by the word list's pairs, after a 'k' is read as 'c'."""
    low = word.lower()
    out = []
    # ("k" and "s" are the Indonesian spellings of an English hard and soft "c": Pasifik, proses)
    for stem in dict.fromkeys([low, low.replace("k", "c"), low.replace("k", "c").replace("s", "c")]):
        out.append(stem)
        for id_end, en_end in words()["loanword_endings"]:
            if stem.endswith(id_end) and len(stem) > len(id_end) + 2:
                out.append(stem[: -len(id_end)] + en_end)
    return [f for f in dict.fromkeys(out) if f != low]


def word_tokens(word: str, lang: str) -> list[str]:
    """The word's own tokens and, for an Indonesian word, those of its English renderings: the ways a passage may
    write it."""
    return tokenize(word) + (list(rendered_tokens(word)) if lang == "id" else [])


_ASKED_KIND = re.compile(r"^(?:what|which)\s+((?:[a-z][\w-]*\s+){1,3}?)(?:did|does|do|was|were|is|are|has|have|had|"
                         r"can|could|will|would)\b", re.I)


def asked_kind_words(q: Question) -> list[str]:
    """The words of the kind of thing an English question asks for ("what extradition provisions did …" →
    extradition, provisions; "what is the capital of Laos?" → capital), other than function words."""
    m = _ASKED_KIND.match(q.text) if q.language == "en" else None
    if m is None and q.language == "en" and q.answer_type in ("definition", "fact"):
        # (what a summary or list question asks for is no attribute; the question may follow a statement)
        found = _ASKED_ATTRIBUTE.search(q.text)
        # (nor is an aspect every topic has: "the significance of the MoU", "the gist of the paper")
        if found and not set(found.group(1).lower().split()) & _generic_attributes():
            m = found
        # (the thing before what qualifies it, "the hotline number for KBRI Phnom Penh", else the one that ends it)
        thing = (_ASKED_THING_FOR.search(q.text) or _ASKED_THING.search(q.text)) if m is None else None
        if thing:  # (its words but those any answer may ask for: "number" in "the hotline number")
            return [w for w in thing.group(1).split()
                    if w.lower() not in all_stopwords() and w.lower() not in _generic_attributes()]
    if m is None and q.language == "en" and q.answer_type == "actor":
        # ("who won the 2024 presidential election?": the thing the act is done to, by the noun that ends it)
        m = _WHO_DID_WHAT.match(q.text)
    if m is None and q.language == "id" and q.answer_type in ("definition", "fact", "place"):
        # (an Indonesian noun before "mana"/"apa" ending the question: "lewat bandara mana?", "di pelabuhan apa?";
        # not what a summary or an actor question asks: "intinya apa?", "diterbitin sama kampus apa?")
        m = _ASKED_KIND_ID.search(q.text)
    return [w for w in m.group(1).split() if w.lower() not in all_stopwords()] if m else []


# an Indonesian noun asked by "mana"/"apa" right after it, at the end of the question ("lewat bandara mana?")
_ASKED_KIND_ID = re.compile(r"\b([a-z]{4,})\s+(?:mana|apa)\s*\??\s*$", re.I)


# "who won the … election?", "who chaired the … meeting?": a verb (not a copula) and its object, ended by a common
# noun (a capitalised name that ends it is a constraint of its own)
_WHO_DID_WHAT = re.compile(r"^who\s+(?!(?:is|was|are|were|has|have|had|be)\b)[a-z]+\s+(?:[\w'’-]+\s+){0,5}?"
                           r"((?-i:[a-z][a-z-]+))\s*\?\s*$", re.I)


@lru_cache(maxsize=1)
def _generic_attributes() -> frozenset[str]:
    """The word list ``generic_attributes`` and the single words of the English answer-type cues."""
    cues = {w for phrases in words()["answer_types"].values() for w in " ".join(phrases.get("en", [])).split()}
    return frozenset(words()["generic_attributes"]) | frozenset(cues)


# "what is the capital of …", "what's the population of …": the attribute of a named thing the question asks for
_ASKED_ATTRIBUTE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:what|which)(?:\s+(?:is|was|are|were)|['’]s)\s+the\s+"
                              r"((?:[a-z][\w-]*\s+){1,2}?)of\b", re.I)


# "what's the KBRI hotline number?", "can you give me the embassy's emergency hotline number?": the thing asked for
# is the lower-case noun compound that ends the question (after the names that qualify it)
_ASKED_THING = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:what|which)(?:\s+(?:is|was|are|were)|['’]s)|(?:can|could)\s+"
                          r"(?:you|u)\s+(?:give|tell|send)\s+me)\s+the\s+(?:[\w'’-]+\s+){0,4}?"
                          r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s*\?", re.I)


# "what's the hotline number for KBRI Phnom Penh?", "whats the email address of the embassy": the lower-case noun
# compound after "the", before the preposition that names whose it is
_ASKED_THING_FOR = re.compile(r"(?:^|(?<=[.!?])\s+)(?i:(?:what|which)(?:\s+(?:is|was|are|were)|['’]?s)|(?:can|could)\s+"
                              r"(?:you|u)\s+(?:give|tell|send)\s+me)\s+the\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
                              r"(?:for|of|at|in|from)\b")


EDITION_NAME_IDF = 2.0  # a word beside an edition's number this rare names the event ("AMMTC", "Summit"), not "ASEAN"


def unknown_editions(q: Question, context: AnswerContext) -> list[str]:
    """The numbered editions a question names that the store never names with that number ("the 18th AMMTC"
    where the sources speak of the 17th AMMTC and of the 18th Summit): judged by the rare words beside the number
    ("ministerial", "ammtc"); an edition named by common words only is not judged."""
    out = []
    for n, name in editions(q.text, q.language):
        rare = {t for t in tokenize(name) if context.idf.get(t, 0.0) >= EDITION_NAME_IDF}
        # (a name the sources spell out counts in its glossary expansion too: "KTT ke-43" is the 43rd Summit)
        # (by its rare words too: "AMMTC" spelled out holds "ASEAN", which the 18th ASEAN Summit holds as well)
        spelled = {t for forms in glossary_aliases([name], context.chunks).values() for f in forms
                   for t in tokenize(f) if context.idf.get(t, 0.0) >= EDITION_NAME_IDF}
        if rare and not (rare | spelled) & context.store_editions.get(n, frozenset()):
            out.append(f"{n} {name.strip()}" if q.language == "id" else f"{n}. {name.strip()}")
    return out


_LETTER_COMPOUND = re.compile(r"[A-Za-z]-[A-Za-z]{2,}")  # a compound a single letter opens ("h-index", "e-KTP")


def known_word(word: str, lang: str, vocab: dict[str, float]) -> bool:
    """Whether a passage uses the word (an Indonesian word: or any of its English renderings, or their Indonesian
    loanwords; an English word: or its Indonesian loanword, as a name writes it: "university" in "Universitas
    Muhammadiyah Malang")."""
    if _LETTER_COMPOUND.fullmatch(word):
        # (a compound a single letter opens, "h-index", "e-visa", is a term of its own: a passage that uses its
        # second word, "index", does not speak of it; the store writes none, and the tokens drop the letter)
        return word.lower().replace("-", "") in vocab
    renders = word_tokens(word, lang)
    return any(t in vocab for t in renders) or any(t in vocab for t in synonyms_of(set(renders))) or any(
        f in vocab for t in renders for f in word_family(t)) or (
        lang == "en" and any(t in vocab for f in english_loan_forms(word) for t in tokenize(f))) or (
        # (an Indonesian word by the loanword of its English rendering: "kampus" → university → "universitas")
        lang == "id" and any(t in vocab for r in renders for f in english_loan_forms(r) for t in tokenize(f))) or any(
        # (a kind of place, "which city", "kota mana": the sources speak of one when they name a place of it)
        all(t in vocab for t in tokenize(place)) for place in place_kind_names().get(word.lower(), []))


@lru_cache(maxsize=1)
def _instruction_words() -> frozenset[str]:
    """The words of requests and instructions on the answer, both languages: the answer types' cues, brevity, the
    user's purposes, the pieces of an answer's length, a chronology asked, the aspects any topic has (word lists
    ``answer_types``, ``brevity``, ``purpose_nouns``, ``answer_pieces``, ``chronology``, ``generic_attributes``,
    ``audiences``)."""
    table = words()
    phrases = [w for by_lang in table["answer_types"].values() for ws in by_lang.values() for w in ws]
    phrases += [w for lg in ("en", "id") for w in table["brevity"][lg]] + list(table["purpose_nouns"])
    phrases += list(table["answer_pieces"]) + [w for lg in ("en", "id") for w in table["chronology"][lg]]
    phrases += list(table["generic_attributes"]) + [w for lg in ("en", "id") for w in table["audiences"][lg]]
    return frozenset(t.lower() for p in phrases for t in rx.findall(r"[\w'’-]+", p))


def unknown_content(q: Question, vocab: dict[str, float]) -> list[str]:
    """The question's content words that no passage uses (``known_word``), when they are more than half of its
    content words (at least two; figures aside): a question from outside the sources' subject ("what is a good
    recipe for rendang?"); [] otherwise (one unknown word among known ones is a detail the other checks read)."""
    # (nor the words of how to answer, which no passage needs: "rangkum … singkat aja", "intinya apa")
    # (an interrogative with its "'s" run on, "whats", is still the interrogative)
    # (nor the words that name an end of a range of values, "the highest and lowest fine": they ask which value)
    content = [w for w in content_words(q.text, q.language) if not rx.fullmatch(r"[\d.,/%-]+", w)
               and w.lower() not in _instruction_words() and w.lower().removesuffix("s") not in INTERROGATIVES
               and w.lower() not in _range_end_words()]
    unknown = [w for w in content if not known_word(w, q.language, vocab)]
    return unknown if len(content) >= 2 and 2 * len(unknown) > len(content) else []


@lru_cache(maxsize=1)
def _range_end_words() -> frozenset[str]:
    """The words of the list ``range_ends`` (both ends, both languages), lower case."""
    spec = words()["range_ends"]
    return frozenset(w for end in ("low", "high") for table in spec[end].values() for p in table for w in p.split())


def english_loan_forms(word: str) -> list[str]:
    """The Indonesian spellings of an English word ("university" → "universitas", "commission" → "komisi"): the
    word list's ending pairs read backwards, with a hard 'c' written 'k' and a doubled consonant written once."""
    low = word.lower()
    out = []
    for id_end, en_end in words()["loanword_endings"]:
        if low.endswith(en_end) and len(low) > len(en_end) + 2 and en_end != id_end:
            stem = low[: -len(en_end)] + id_end
            hard = rx.sub(r"c(?![eiy])", "k", stem)
            out += [stem, hard, rx.sub(r"([b-df-hj-np-tv-z])\1", r"\1", hard)]
    return [f for f in dict.fromkeys(out) if f != low]


def attributes_unsaid(q: Question, chunks, aliases=None) -> list[str]:
    """The words of the attribute a question asks of a place (``asked_kind_words``), a country or a city of the
    place list ("the population of Cambodia", "the capital of …", "the population of Sihanoukville"), when some
    passages name that place and none of them uses those words: the sources speak of the place, but not of that
    attribute of it.
    (Not of a person or body, whose attribute a passage may give by its value alone: "Major General" is the rank
    asked of Chuon Narin.)"""
    asked = asked_kind_words(q) if q.answer_type in ("definition", "fact") else []
    if not asked or not chunks:
        return []
    towns = {c.lower() for names in cities().values() for c in names}
    named_towns = [n for n in q.constraints.names if n.lower() in towns]
    subject = q.constraints.places + named_towns
    if not subject or len(named_towns) < len(q.constraints.names):
        return []
    about = [c.text for c in chunks if all(has_constraint(c.text, s, aliases) for s in subject)]
    vocab = dict.fromkeys((t for text in about for t in tokenize(text)), 1.0)
    return [w for w in asked if not known_word(w, q.language, vocab)] if about else []


def _shortens_a_word(token: str, vocab: dict[str, float]) -> bool:
    """A clipped form of a word the store uses ("intro" of "introduction"): not the name of a place."""
    return any(v.startswith(token) for v in vocab)


def unmade_verdict(q: Question, pool: list[Evidence]) -> str | None:
    """The negative verdict a premise asserts (word list ``negative_verdicts``: "failed", "tidak ada gunanya")
    when no sentence retrieved for the question gives a verdict of that kind: the sources make no such judgement.
    None when the question asserts none, or a sentence on it does judge so ("the ineffective management of …")."""
    if not q.premise:
        return None
    verdicts = either_language(words()["negative_verdicts"])
    asserted = verdicts.search(q.text)
    if asserted is None or any(verdicts.search(e.text) for e in pool):
        return None
    return asserted.group(0)


def lead_holds(ev: Evidence, items: list[str], pool: list[Evidence], aliases=None) -> bool:
    """The sentence that carries a figure, date or name holds the question's places and years itself or in the
    sentence before or after it: a figure about another country or another year does not answer. A digest of a
    document its title gives one country's name ("Trafficking in Persons Report 2017 — Indonesia", a country
    chapter) speaks of that country throughout; the paper's title names its subject, not each sentence's."""
    near = near_text(ev, pool)
    if ev.chunk.kind == "digest":
        near += f" {ev.chunk.title}"
        state = _STATE_AUTHOR.match(ev.identity)
        if state:  # (a law or regulation a state issues speaks of that state: "Republic of Indonesia" of Law 21/2007)
            near += f" {state.group(1)}"
    return all(has_constraint(near, i, aliases) for i in items)


# the author a source's record gives when a state issues the document (its identity opens with its authors)
_STATE_AUTHOR = re.compile(r"(?:President of )?(?:the )?(?:Republic|Government|Kingdom) of ([A-Z][\w-]+)")


def near_text(ev: Evidence, pool: list[Evidence]) -> str:
    """The sentence with the sentences either side of it in its passage, as one text."""
    before, after = neighbours(ev, pool)
    return " ".join(x.text for x in (before, ev, after) if x is not None)


# a name with two capitals or more, mixed case allowed ("IOM", "BP2MI", "KemenPPPA"), unlike analysis's acronyms
_CAPITALISED_TWICE = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*")


def uncredited(q: Question, ev: Evidence, pool: list[Evidence], chunks=(), aliases=None) -> list[str]:
    """The bodies a quantity question credits with its figure (an acronym: "how many did IOM help bring home",
    "data BP2MI", "the NCCT's count") that neither the figure's sentence, the sentences either side, nor its
    passage's heading or title name: a figure another body gives is not that body's (a body named further off in a
    paper's paragraph, where it gives another figure, does not credit this one). A digest speaks of its source
    throughout: a body its digest or the source's record names credits the digest's figures. An acronym the
    glossary spells out as a common noun ("TPPO": crime of trafficking in persons) is a topic, not a body."""
    context = f"{ev.chunk.section} {ev.chunk.title}"
    if ev.chunk.kind == "digest":
        context += " " + " ".join(c.text for c in chunks if c.source_id == ev.chunk.source_id
                                  and c.kind in ("digest", "reference"))
    near = near_text(ev, pool)
    # (by the acronym or its whole spelled-out name: most words of "Indonesian Migrant Workers Protection Agency"
    # are in a sentence on migrant workers that another body protects)
    return [n for n in q.constraints.names if _CAPITALISED_TWICE.fullmatch(n) and n not in q.constraints.places
            and proper_acronym(n, aliases) and not any(_names_whole(text, n, aliases) for text in (near, context))]


def _names_whole(text: str, name: str, aliases=None) -> bool:
    """Whether ``text`` names ``name`` itself or by one of its spelled-out forms, whole."""
    forms = [name, *(aliases or {}).get(name, [])]
    return any(rx.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.I)
               for form in [*forms, *(f for form in forms for f in country_adjective_forms(form))])


_OF_COUNTRY = re.compile(r"^(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+)?([\w ]+)$", re.I)


def country_adjective_forms(form: str) -> list[str]:
    """A body spelled out with its country ("Embassy of the Republic of Indonesia") as its country's adjective
    writes it ("Indonesian Embassy"): the gazetteer's forms of that country before the body's noun."""
    m = _OF_COUNTRY.match(form)
    country = countries().get(m.group(2).strip().lower()) if m else None
    if country is None:
        return []
    return [f"{adj} {m.group(1)}" for adj, name in countries().items() if name == country and len(adj) > 3
            and not adj.endswith("s") and adj != country.lower()]


def proper_acronym(name: str, aliases=None) -> bool:
    """Whether an acronym stands for a proper name (a body, a place, a data system): one the glossary does not
    spell out, or spells out in capitalised words ("International Organization for Migration", "East Nusa
    Tenggara"), not as a common noun ("Crime of trafficking in persons", "Indonesian citizen(s)")."""
    spelled = (aliases or {}).get(name, [])
    return not spelled or any(len(rx.findall(r"\b[A-Z][a-z]", form)) >= 2 for form in spelled)


def hard_items(q: Question, idf: dict[str, float], glossary_terms: list[str]) -> list[str]:
    """The constraints a sentence must hold to answer: years, numbers, documents, countries, and rare names
    (not glossary acronyms, which passages often spell out instead)."""
    c = q.constraints
    gloss = {g.lower() for g in glossary_terms}
    # (a compass word, "East Java", "Jawa Timur", is common in any text: the name is as rare as its other words)
    compass = _compass_tokens()
    names = [n for n in c.names
             if n.lower() not in gloss and not any(n.lower() in g or g in n.lower() for g in gloss)
             and all(idf.get(t, 99.0) >= RARE_IDF for t in [t for t in tokenize(n) if t not in compass]
                     or tokenize(n))]
    return [*c.years, *c.numbers, *c.documents, *c.places, *names]


@lru_cache(maxsize=1)
def _compass_tokens() -> frozenset[str]:
    """The tokens of the word list ``compass_words`` of both languages."""
    return frozenset(t for lg in ("en", "id") for w in words()["compass_words"][lg] for t in tokenize(w))


def without_paper_identity(q: Question, items: list[str], context: AnswerContext, aliases=None) -> list[str]:
    """``items`` without the names only the paper's title block holds (its authors, their affiliation): "what
    did Pratiwi and Sukandar find" names the paper, whose every passage is theirs (unless the question asks about
    the document itself, or who or what they are: "who are Pratiwi and Sukandar?")."""
    if q.about_document or q.answer_type in ("actor", "definition") or not items or not context.chunks:
        return items
    head, body = context.paper_texts
    authors = paper_authors_named(q, context)  # (together: "Pratiwi & Sukandar", though "Pratiwi" is cited too)
    return [i for i in items if i not in authors and not (has_constraint(head, i, aliases)
                                                          and not any(has_constraint(b, i, aliases) for b in body))]


def paper_authors_named(q: Question, context: AnswerContext) -> list[str]:
    """The names of a question that together are the paper's authors ("what are the five strategies according to
    Pratiwi & Sukandar?"): two or more, each in the paper's title block and no place, one at least in no passage of
    its body; or two capitalised words joined as works are cited ("di paper Pratiwi Sukandar itu …") that are so.
    They point at the paper itself, not at a work one of them wrote before and the paper cites (its retrieval would
    otherwise favour that work's passages, which carry the shared surname)."""
    if not q.constraints.names or not context.chunks:
        return []
    head, body = context.paper_texts

    def authors(names: list[str]) -> bool:
        # (no place is an author: the title block's address names "Jakarta")
        return all(has_constraint(head, n) and n not in context.store_places and not countries_in(n)
                   for n in names) and any(not any(has_constraint(b, n) for b in body) for n in names)

    # (people's names, each apart from the others: not a heading or an acronym in capitals, "ABSTRACT", nor one name
    # twice, "the ABSTRACT")
    named = [n for n in q.constraints.names if has_constraint(head, n) and not n.isupper()]
    named = [n for n in named if not any(n != o and n.lower() in o.lower() for o in named)]
    if len(named) >= 2 and authors(named):
        return named
    # (or two capitalised words joined as a work's authors are cited, "Pratiwi & Sukandar", "Pratiwi Sukandar",
    # which one name may hold, or the start of a sentence hide from the names: "Pratiwi & Sukandar indonesia …")
    for m in rx.finditer(r"\b([A-Z][a-z]+)(?:\s*(?:&|,|\band\b|\bdan\b)\s*|\s+)([A-Z][a-z]+)\b", q.text):
        if authors([m.group(1), m.group(2)]):
            return [m.group(1), m.group(2)]
    return []


def passage_of(ev: Evidence) -> str:
    """The sentence's whole passage with its heading and title (a paragraph often names a year or country once);
    a digest's passage with its source's id too (its author and year: "the Wahyu 2023 source" is every passage
    of that digest), and what its source, or the source the sentence cites, is (``Evidence.identity``)."""
    source = ev.chunk.source_id.replace("-", " ") if ev.chunk.kind == "digest" else ""
    return f"{ev.chunk.section} {ev.chunk.title} {source} {ev.chunk.text} {ev.identity}"


def satisfied(ev: Evidence, items: list[str], aliases=None) -> bool:
    """``ev``'s passage (which holds the sentence itself) holds every item."""
    context = passage_of(ev)
    return all(has_constraint(context, i, aliases) for i in items)


def counts_other_kind(q: Question, typed: list[Evidence]) -> tuple[str, str] | None:
    """The noun the question counts and the one the answer's figures count, when the question counts records
    (``counted_kinds``: cases, reports) and every figure of the sentences that carry the answer that counts a kind
    at all counts people ("how many cases" where they give "12 suspects"); None otherwise."""
    counted, asked = asked_kind(q)
    if asked is None:
        return None
    seen: dict[str, str] = {}
    for e in typed:
        for kind, noun in figure_kinds(e.text).items():
            seen.setdefault(kind, noun)
    # (one way only: a count of records is what users often call victims, "how many victims did SIMFONI PPA record"
    # for its "2,605 cases", but a count of people is never one of cases)
    return (counted, next(iter(seen.values()))) if asked == "records" and seen and asked not in seen else None


def asked_kind(q: Question) -> tuple[str, str | None]:
    """The noun a quantity question counts and its kind (``counted_kinds``: people, records), or ("", None)."""
    kind_of = _counted_kind()
    # (the noun counted stands within the four words after the interrogative: "how many other trafficking cases")
    m = rx.search(r"\b(?:how\s+many|berapa(?:\s+banyak)?|brp)((?:\s+[\w-]+){1,4})", q.text, re.I)
    counted = next((w for w in (m.group(1).lower().split() if m else [q.head.lower()]) if w in kind_of), "")
    return counted, kind_of.get(counted)


# words before a noun that mark it as counted or compared (EN/ID): interrogatives of quantity, comparatives, "per"
_PER_WORDS = frozenset({"per", "tiap", "setiap", "each", "every"})  # words before a unit counted once ("per report")
_COUNT_MARKERS = frozenset("many more fewer less than per every each and berapa brp selisih jumlah tiap setiap banyak "
                           "sedikit daripada ketimbang dibanding versus vs dan sama dengan".split())


def compared_nouns(q: Question) -> list[frozenset[str]]:
    """The counted nouns of two kinds (``counted_kinds``: people and records) a question names, in its order, each
    as tokens with its English renderings ("how many more victims than cases" → victims, cases; "selisih korban sama
    kasus" → korban/victims, kasus/cases): what the two figures of a difference or ratio it asks must count. Nouns of
    one kind ("WNI korban", "victims … number of people") compare no two kinds: none; nor do shares ("by how many
    percentage points did women's share of victims drop")."""
    if rx.search(r"%|\bpercent|\bpersen", q.text, re.I):
        return []
    kind_of = _counted_kind()

    def renders(word: str) -> frozenset[str]:
        return frozenset(tokenize(word)) | frozenset(tokenize(" ".join(translate_terms(word))))

    # (a counted noun per another, "korban per tersangka", "victims per suspect", compares the two whatever their
    # kind: the first counts what the second divides)
    bare = [rx.sub(r"[^A-Za-z-]", "", t).lower() for t in q.text.split()]
    for i in range(2, len(bare)):
        if bare[i - 1] in _PER_WORDS and _counted(bare[i - 2], kind_of) and _counted(bare[i], kind_of) \
                and bare[i - 2] != bare[i]:
            return [renders(bare[i - 2]), renders(bare[i])]
    first: dict[str, frozenset[str]] = {}  # (each kind → its first noun's tokens)
    # (a noun counted stands after a figure, an interrogative of quantity or a word that compares counts: "how many
    # more victims than cases", "861 laporan", "brp org per laporan"; not "kasus jual ginjal …", which names the
    # event, nor "the 2017 TIP report", which names a source)
    tokens = q.text.split()
    for i, raw in enumerate(tokens):
        w, before = rx.sub(r"[^A-Za-z-]", "", raw).lower(), tokens[i - 1].lower().strip(",.:;?!") if i else ""
        # (one word of a compound may stand between: "per police report", "brp laporan polisi" has it after)
        modified = i >= 2 and tokens[i - 2].lower() in _PER_WORDS
        if w in kind_of and kind_of[w] not in first and (rx.fullmatch(r"\d[\d.,]*", before)
                                                          or before in _COUNT_MARKERS or modified):
            first[kind_of[w]] = renders(w)
    return list(first.values()) if len(first) == 2 else []


def _counted(word: str, kind_of: dict[str, str]) -> bool:
    """A counted noun of the list, singular or plural ("suspect", "suspects")."""
    return word in kind_of or f"{word}s" in kind_of


_DIVISOR_MARKERS = _PER_WORDS | frozenset("a an one 1 satu".split())  # (and a word of one unit)


def divisor_noun(q: Question, nouns: list[frozenset[str]]) -> int | None:
    """Which of the two nouns ``compared_nouns`` found (``nouns``) a ratio divides by: the one after a word of one
    unit ("per", "each", "tiap", "one", "1": "suspects per police report", "1 laporan polisi itu brp tersangka"), one
    word of a compound between; none when neither or both stand so."""
    if len(nouns) != 2:
        return None
    tokens = [rx.sub(r"[^\w-]", "", t).lower() for t in q.text.split()]
    marked: set[int] = set()
    for i, w in enumerate(tokens):
        # (one word of a compound may stand between: "per police report")
        if any(j >= 0 and tokens[j] in _DIVISOR_MARKERS for j in (i - 1, i - 2)):
            marked |= {k for k, noun in enumerate(nouns) if set(tokenize(w)) & noun}
    return next(iter(marked)) if len(marked) == 1 else None


# a figure (not a year) and the next three words after it, where the noun it counts stands ("554 trafficking reports")
_FIGURE_WORDS = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)(\d[\d.,]*)((?:\s+[A-Za-z-]+){1,3})")


def figure_kinds(text: str) -> dict[str, str]:
    """The kinds of thing (``counted_kinds``) the figures of a sentence count, each with the first noun that
    counts it; the noun a figure counts stands within its next three words ("554 trafficking reports"; a year
    counts nothing: "the 2020 Global Report")."""
    kind_of = _counted_kind()
    seen: dict[str, str] = {}
    for m in _FIGURE_WORDS.finditer(CITATION.sub(" ", text)):
        noun = next((w for w in m.group(2).lower().split() if w in kind_of), "")
        if noun:
            seen.setdefault(kind_of[noun], noun)
    return seen


def kind_after(text: str, end: int) -> str | None:
    """The kind of thing (``counted_kinds``) the noun within the three words from ``end`` counts (from a figure's
    start or end: "861 police reports" → records), None when none of them is a counted noun."""
    kind_of = _counted_kind()
    return next((kind_of[w] for w in rx.findall(r"[a-z]+", text[end:end + 40].lower())[:3] if w in kind_of), None)


@lru_cache(maxsize=1)
def _counted_kind() -> dict[str, str]:
    """Each noun of ``counted_kinds`` → the kind of thing it counts (people, records)."""
    return {noun: kind for kind, nouns in words()["counted_kinds"].items() for noun in nouns}


@lru_cache(maxsize=1)
def _arithmetic_words() -> frozenset[str]:
    """The words of the arithmetic word lists, in both languages ("selisih", "total", "rata-rata")."""
    return frozenset(w for table in words()["arithmetic"].values() for lg in table.values() for phrase in lg
                     for w in phrase.lower().split())


@lru_cache(maxsize=1)
def _rank_asked() -> re.Pattern:
    """A rank asked by its label (word list ``rank_labels``): "what tier", "which level", "tier berapa"."""
    ranks = rank_words()
    return rx.compile(rf"\b(?:what|which)\s+({ranks})\b|\b({ranks})\s+(?:berapa|brp|apa)\b", re.I)


def unranked_places(q: Question, pool: list[Evidence]) -> list[str]:
    """The places a question asks the rank of ("what tier did Thailand get", "Kamboja tier berapa"; word list
    ``rank_labels``) that no sentence giving that rank word (with the sentences beside it) names."""
    if not q.constraints.places:
        return []
    asked = _rank_asked().search(q.text)
    if asked is None:
        return []
    label = rx.compile(rf"\b{re.escape((asked.group(1) or asked.group(2)).lower())}\b", re.I)
    ranking = [x for e in pool if is_content(e) for x in (e, *neighbours(e, pool)) if x is not None]
    ranking = [x for x in ranking if label.search(x.text)]
    return [p for p in q.constraints.places if not any(has_constraint(x.text, p) for x in ranking)]


def counted_thing_seen(q: Question, pool: list[Evidence], aliases=None) -> bool:
    """For "how many X": some sentence holds X (or its English rendering, or its glossary expansion) and a
    figure."""
    head = q.head
    if not head or head in words()["generic_counted"] or rx.sub(r"s$", "", head) in countries():
        return True  # a count of people, cases, years … or of a country's citizens ("how many Indonesians")
    if q.arithmetic and head.lower() in _arithmetic_words():
        return True  # ("brp selisih …": the value computed is no thing the sources count)
    rendered = translate_terms(head) if q.language == "id" else []
    if q.language == "id" and [r.lower() for r in rendered] == [head.lower()]:
        return True  # a word the word lists cannot translate ("estimasi") says nothing about the sources
    renderings = [head, *rendered, *(aliases or {}).get(head, [])]
    toks = {t for r in renderings for t in tokenize(r)}
    generic = generic_units()
    if not toks or toks & generic:
        return True
    family = toks | {f for t in toks for f in word_family(t)}  # ("pengaduan" → "complain": "complaints")
    # (a count may be written in words: "Nine sectoral bodies … endorsed it")
    spelled = _number_word_tokens() - {"one", "satu"}
    return any(family & e.tokens and (content_figures(e.text) or e.tokens & spelled) for e in pool)


def states_rank(text: str, rank: int) -> bool:
    """Whether a sentence writes the rank (in words of either language, "6th" or "ke-6")."""
    return bool(rx.search(rf"(?<![\w-])(?:{ordinal_alternation(rank)})(?![\w-])", text, re.I))


def ranked_otherwise(q: Question, near: list[Evidence]) -> Evidence | None:
    """A sentence that names the question's places and gives them another rank than the one it asserts, where no
    sentence naming them gives that rank ("Viet Nam … the fourth and fifth states to do so" for "why was Viet Nam
    the sixth state to deposit …"; "the sixth member state deposits …" names no state); None otherwise."""
    places = q.constraints.places
    if not q.rank or not places:
        return None
    naming = [x for x in near if all(has_constraint(x.text, c) for c in places)]
    if any(states_rank(x.text, q.rank) for x in naming):
        return None
    return next((x for x in naming if any(states_rank(x.text, r) for r in range(1, 11) if r != q.rank)), None)


BESIDE_BEFORE, BESIDE_AFTER = 3, 2  # the words before and after a figure that name the part it counts
PART_WINDOW = 40  # characters around a figure in which the part it counts is named ("612 of them women")


_COUNT_ASKED = re.compile(r"\b(?:how many|how much|berapa(?:\s+banyak)?|brp)\b(.*)", re.I)


def asked_predicate(q: Question) -> str:
    """What a count with no noun of its own asks of its total ("of the 2,778 …, how many had been trafficked to
    Cambodia?" → "had been trafficked to Cambodia"): the words after the interrogative, "" when they are none."""
    m = _COUNT_ASKED.search(q.text)
    rest = m.group(1).strip(" ?.,") if m else ""
    return rest if tokenize(rest) else ""


def counted_whole(q: Question, chosen: list[Evidence]) -> str:
    """The figure of the whole a question asks a group of people of (``Question.subset``, one of list ``groups``):
    the first figure of the best sentence that counts the question's noun ("122 victims" for "how many of the
    victims … were women"); "" when it asks no such group or none counts that noun."""
    if not q.subset or not q.head or not chosen or asked_group(q) is None:
        return ""
    head = set(tokenize(q.head)) | (set(tokenize(" ".join(translate_terms(q.head)))) if q.language == "id" else set())
    text = chosen[0].text
    figures = set(content_figures(text))
    # (the noun a figure counts stands in its clause, right after it: "12 suspects, 122 victims")
    return next((figure for m in _FIGURE_WORDS.finditer(text) if (figure := m.group(1).rstrip(".,")) in figures
                 and head & set(tokenize(m.group(2)))), "")


def part_counted(q: Question, pool: list[Evidence], aliases=None) -> bool:
    """For "how many of the <total> were <head>": a sentence that holds the total (or one beside it in its
    passage) gives another figure with the head (or its rendering) beside it. For a total asked broken down along
    a dimension (``q.breakdown``), a figure with a word of one of its parts right beside it ("46.14% women",
    "52 men"), and not inside the parentheses that break down another figure ("62 WNI (52 men, 10 women)")."""
    # (a head that is the total's own noun names no part: "dari 2.605 kasus itu, brp kasus yg korbannya laki-laki")
    headless = not q.head or rx.search(rf"{re.escape(q.part_of)}\s+{re.escape(q.head)}\b", q.text, re.I)
    if q.breakdown:
        renders = list(words()["breakdowns"]["dimensions"][q.breakdown]["parts"])
    elif headless:  # "of the 2,778 rescued, how many had been trafficked to Cambodia": the words that say which
        # (in English for an Indonesian question; not a generic counted noun, which any figure may count: "yg
        # korbannya dikirim ke Kamboja" is said by "Cambodia", "sent", not by "victims")
        predicate = asked_predicate(q)
        renders = [predicate, *(translate_terms(predicate) if q.language == "id" else [])]
    else:
        renders = [q.head, *(translate_terms(q.head) if q.language == "id" else []), *(aliases or {}).get(q.head, [])]
    head = {t for r in renders for t in tokenize(r)}
    if headless and not q.breakdown:
        # (but a noun of a group of people by gender or age names a part: "… cases involved men")
        parts = {t for dim in ("gender", "age") for w in words()["breakdowns"]["dimensions"][dim]["parts"]
                 for t in tokenize(w)}
        head -= {t for n in counted_nouns() for t in [*tokenize(n), *tokenize(" ".join(translate_terms(n)))]} - parts
    # (a part asked in a place, "how many of the 2,778 … were rescued in Cambodia": the place stands beside the
    # part's figure too; "2,778 people rescued, 861 police reports" puts no part of the total there)
    where = [p for p in q.constraints.places if has_constraint(asked_predicate(q) or q.head or "", p, aliases)]
    total = figure_key(q.part_of)
    for e in pool:
        if not has_constraint(e.text, q.part_of, aliases):
            continue
        # (a place the sentence of the total names is the total's: "the 2,605 cases recorded in Indonesia …,
        # how many involved men" — "2,605 cases … were documented in Indonesia")
        need = [p for p in where if not has_constraint(e.text, p, aliases)]
        for x in (e, *neighbours(e, pool)):
            if x is None:
                continue
            figures = content_figures(x.text)
            for m in rx.finditer(r"\d[\d.,]*", x.text):
                if figure_key(m.group(0)) in (total, "") or m.group(0).rstrip(".,") not in figures:
                    continue
                before, after = x.text[: m.start()], x.text[m.end():]
                if rx.match(rf"\s*(?:{MONTH_RE})\b", after, re.I) or rx.search(rf"\b(?:{MONTH_RE})\.?\s*$", before,
                                                                                re.I):
                    continue  # (the day of a date counts no part: "on 10 October 2023")
                if q.breakdown:
                    opened = rx.search(r"(\d[\d.,]*)[^\d()]{0,30}\([^()]*$", before)
                    if opened and figure_key(opened.group(1)) != total:
                        continue  # (a part of the figure its parentheses follow)
                    clause = (rx.split(r"[;,.()]\s", before)[-1], rx.split(r"[;,.()]", after)[0])  # (its own clause)
                    window = " ".join(clause[0].split()[-BESIDE_BEFORE:] + clause[1].split()[:BESIDE_AFTER])
                else:
                    window = x.text[max(0, m.start() - PART_WINDOW): m.end() + PART_WINDOW]
                if head & set(tokenize(window)) and all(has_constraint(window, p, aliases) for p in need):
                    return True
    return False


def only_targets(q: Question, chosen: list[Evidence]) -> bool:
    """A question about a target that asks what was achieved ("did it hit its target? what was the real value?",
    "target 2024-nya tercapai gak? realisasinya brp?"; word lists ``outcome_words`` and ``target_words``), where
    the first chosen sentence that gives a figure gives it as a target: the sources state the goal, not the
    outcome."""
    table = words()
    targets = either_language(table["target_words"])
    # (in the message as typed: the framing that cleaning drops may say it, "… actually reach? the paper only has
    # targets")
    outcomes = either_language(table["outcome_words"])
    if not (outcomes.search(q.original) and targets.search(q.original)):
        return False
    if any(targets.search(p) and not outcomes.search(p) and set(rx.findall(r"[a-z]+", p.lower())) & INTERROGATIVES
           for p in q.parts):
        # (a part that asks the target itself answers with it: "what IPG target does the paper give for 2024, and is
        # it actually a percentage?" — the outcome word is another part's)
        return False
    lead = next((e for e in chosen if content_figures(e.text)), None)  # (the first sentence that gives a figure)
    return lead is not None and bool(targets.search(lead.text))


def unused_terms(terms: set[str], idf: dict[str, float]) -> list[str]:
    """The terms of a claim that no passage of the store uses (a short token says too little to count; a filler
    word of the broad stop lists, "rather", "alone", "somehow", says nothing of what the sources report)."""
    filler = _filler_tokens()
    # (a word the sources use in another form of its family is used: "migrating" where they say "migration"; so is
    # a word of a direction of change whose direction they state in any of its words: "upgraded" where they say
    # "moved up", "turun" where they say "demoted" — the opposite direction is checked by ``contradiction``)
    # (nor is a number, "22nd": figures and editions are checked against the store's own)
    # (nor a form of an irregular verb whose other forms they use: "wrote" where they say "written")
    aliases = words()["name_aliases"]  # (a public figure's short name is used as the full name: "jokowi")
    # (nor a clipped form of a word they use: "tech" of "technology", "intro" of "introduction"; tested last, as it
    # reads the whole vocabulary)
    return sorted(t for t in terms if t not in idf and len(t) > 3 and t not in filler and not rx.search(r"\d", t)
                  and not (t in aliases and all(x in idf for x in tokenize(aliases[t])))
                  and not any(f in idf for f in word_family(t)) and not any(d in idf for d in _direction_of(t))
                  and not any(f in idf for f in _irregular_forms().get(t, ()))
                  and not _shortens_a_word(t, idf))


def _direction_of(token: str) -> set[str]:
    """The tokens of the direction of change (list ``directions``) a token names; empty for any other token."""
    for group in _direction_groups():
        if token in group:
            return group
    return set()


def _direction_groups() -> list[set[str]]:
    return [tokens for _, tokens in _opposite_pairs()["directions"]]  # (the pair of directions, as tokens)


@lru_cache(maxsize=1)
def _filler_tokens() -> frozenset[str]:
    """The tokens of the broad stop lists of both languages (stopwords-iso's, with the colloquial particles)."""
    return frozenset(t for w in all_stopwords() for t in tokenize(w))


@lru_cache(maxsize=1)
def _paper_act() -> re.Pattern:
    """A word that names the paper ("the authors", "penulis") and the word after it (``premise_terms``)."""
    return rx.compile(rf"(?:{either_language(words()['paper_words']).pattern})(?:\s+([\w-]+))?", re.I)


@lru_cache(maxsize=1)
def _knowledge_base_name() -> re.Pattern:
    """The knowledge base's name in either language, as the word list ``short_forms`` writes "KB" out."""
    forms = [*words()["short_forms"]["KB"].values(), "KB"]
    return rx.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.I)


def premise_terms(q: Question, q_tokens: set[str], idf: dict[str, float], claim: str | None = None) -> set[str]:
    """The assertion's own terms: the question's content words that are not its constraints' names.

    For an Indonesian question, each content word stands for its English renderings: one token of them when any
    rendering (of the word, or of a two-word phrase it is part of, "gugus tugas" → "task force") is a word the
    store uses, else all of them. A word the word lists could not translate is not evidence of a false premise:
    an unknown rendering then says more about the lexicon than about the sources."""
    # (nor is a noun of a measure, "the proportion of female victims", "jumlah korban": it asserts nothing, and
    # what it measures is the claim's)
    named = {t for n in q.constraints.names for t in tokenize(n)} | _measure_tokens()
    claim = claim or claim_of(q)  # (not the tag that asks for confirmation: "…, correct?")
    # the words that name the paper itself and the verb of its own act ("the paper treats", "the authors choose",
    # "penulis milih") assert nothing about the world: every passage of the paper is the authors' presenting (a
    # claim of what the study did is checked by ``unnamed_method``); with a verb of the paper's position ("the
    # authors recommend", "penulis nyimpulin") the claim is about the paper, and both stay
    position = either_language(words()["position_verbs"])
    claim = _paper_act().sub(lambda m: m.group(0) if m.group(1) and position.fullmatch(m.group(1)) else " ", claim)
    claim = either_language(words()["source_nouns"]).sub(" ", claim)  # ("Alifia's thesis judges …": where from)
    # (nor the knowledge base's own name, short form or long: "kata KB …", "menurut basis pengetahuan …" says where
    # the claim is read, as the paper's name does)
    claim = _knowledge_base_name().sub(" ", claim)
    if q.language == "en":
        own = {t for w in content_words(claim, q.language) for t in tokenize(w)}
        return (own & q_tokens) - named
    ws = content_words(claim, "id")
    out: set[str] = set()
    for i, w in enumerate(ws):
        renders = set(tokenize(" ".join(translate_terms(w)))) - named
        if not renders or renders == set(tokenize(w)) or any(t in idf for t in tokenize(w)) or all(
                w.lower().startswith(t) for t in renders):
            continue  # untranslated (or only its enclitic gone: "maknanya" → "makna"), or a name (the sources' own
            # word: "labuan bajo" typed in lower case)
        phrases = [" ".join(ws[j:j + 2]) for j in (i - 1, i) if 0 <= j < len(ws) - 1]
        # a phrase's rendering counts when the store uses all of it ("task force" for "gugus tugas"; not "death
        # penalty" for "hukuman mati" when the sources never speak of death)
        whole = [set(tokenize(" ".join(translate_terms(p)))) for p in phrases]
        # (the word's own rendering first: of "ginjal kamboja", "ginjal" stands for "kidney", not "cambodia")
        known = sorted(t for t in renders if t in idf) or sorted(
            {t for w in whole if w and all(x in idf for x in w) for t in w})
        if not known and any(t in idf for t in tokenize(" ".join(family_renderings(w)))):
            continue  # (a rendering the lists give badly: "tertipu" is "dupe", its family's "ditipu" is "scammed")
        out |= {known[0]} if known else renders
    return out


_UNDER_LAW = re.compile(r"\b(?:under|according to|menurut|berdasarkan|dalam)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:law|laws|act|uu|undang-undang|hukum)\b", re.I)


def _penalty_of_law(text: str) -> bool:
    """Whether every word of a case's outcome in ``text`` is a penalty asked of a law the question names ("what
    prison sentence does Law 21/2007 set", "jail term under the law"): what the law provides (``law_penalties``)."""
    if not (_LAW_REF.search(text) or _UNDER_LAW.search(text)):
        return False
    outcomes = either_language(words()["case_outcomes"])
    penalties = {p.lower() for p in words()["law_penalties"]}
    return all(m.group(0).lower() in penalties for m in outcomes.finditer(text))


def judge(q: Question, pool: list[Evidence], chosen: list[Evidence], q_tokens: set[str], context: AnswerContext,
          glossary_terms: list[str], aliases=None) -> Verdict:
    """Answer, refuse or correct, from the question's constraints and the evidence. The store's own facts come
    from ``context``: its vocabulary, figures, places, phrases and names, and its chunks (searched for the holder
    of an office the question asks about)."""
    if q.personal:  # "menurut kamu …?", "what should we do?": the sources hold no view of tipbot's, no advice
        return Verdict("refuse", reply=q.personal)
    if not chosen:
        return Verdict("refuse")
    unplaced = unranked_places(q, pool)
    if unplaced:
        # "what tier did Thailand get in the 2023 TIP report?": no sentence that ranks anything (its rank word)
        # names that place, though others name it and others rank other countries
        return Verdict("refuse", missing=unplaced, topical=True)
    instrument = other_instrument(q, pool)
    if instrument is not None:
        # "ratified ACTIP through UU 21/2007, right?": a sentence on that act credits it to another law
        docs = list(dict.fromkeys(q.constraints.documents))
        credited = _instrument_document(q, docs) if len(docs) == 2 else None
        return Verdict("premise", missing=[credited] if credited else docs[:1], claim=claim_of(q), evidence=instrument)
    credited = figure_of_other_document(q, pool)
    if credited is not None:
        # "Law 13/2006 is the law that sets the 15-year maximum sentence, right?": the sentence giving that figure
        # credits it to another law
        return Verdict("premise", missing=q.constraints.documents[:1], claim=claim_of(q), evidence=credited)
    relabelled = label_of_year(q, pool)
    if relabelled is not None:
        # "why did Indonesia remain on the Tier 2 Watch List in 2023?": its labels by year give 2023 another
        return Verdict("premise", missing=[relabelled[0]], claim=claim_of(q), evidence=relabelled[1])
    cited = figure_of_other_source(q, pool)
    if cited is not None:
        # "the 62 WNI figure is from SBMI, right?": the sentence giving it cites another author for it
        return Verdict("premise", missing=[cited[0]], claim=claim_of(q), evidence=cited[1])
    majority = majority_otherwise(q, pool)
    if majority is not None:
        # "knp mayoritas korban TPPO itu laki-laki?": a sentence gives the other group the larger share
        return Verdict("premise", missing=[majority[0]], claim=claim_of(q), evidence=majority[1])
    if q.present:
        # "how many are stuck in scam compounds right now?": dated sources cannot say how things stand now
        return Verdict("refuse", reply="present")
    outcomes = either_language(words()["case_outcomes"])
    if outcomes.search(q.text) and not asked_bound(q.text, q.language) and not _penalty_of_law(q.text) and not any(
            outcomes.search(e.text) for e in chosen):
        # "how long were the suspects sentenced?": the evidence speaks of the case, or of what the law provides
        # ("up to 15 years"), but of no court's decision (a sentence with a bound, "the maximum prison sentence",
        # is what a law provides)
        return Verdict("refuse", reply="outcome")
    idf, places, chunks = context.idf, context.store_places, context.chunks
    judgement = asked_judgement(q.text)
    if judgement and chunks and not any(ranks_by(c.text, judgement[0]) for c in chunks):
        # "which of the five strategies was the most effective?": no passage ranks anything by that judgement,
        # so the sources make no such ranking (whatever the evidence says of each one)
        return Verdict("premise" if q.premise else "refuse", missing=[judgement[1]], claim=claim_of(q))
    verdict = unmade_verdict(q, pool)
    if verdict:
        # "why did the paper conclude that the strategy failed?", "kok paper nyimpulin kerja sama itu gak ada
        # gunanya?": no passage on it judges anything that way
        return Verdict("premise", missing=[verdict], claim=claim_of(q))
    dated = unknown_dated_titles(q, chunks)
    if dated:
        # "UNODC's Global Report … 2022": the sources name that report, but never with that year
        return Verdict("premise" if q.premise else "refuse", missing=dated, claim=claim_of(q))
    undated = unknown_dated_events(q, chunks)
    if undated:
        # "what did ASEAN leaders decide at their 2024 summit?": the sources speak of summits, and of 2024, but of
        # no summit in 2024
        return Verdict("premise" if q.premise else "refuse", missing=undated, claim=claim_of(q))
    office = asked_office(q)
    if office and chunks and not holder_named(q, office, chunks, context, aliases):
        # "who was the Indonesian ambassador …": no passage names anyone who holds that office
        return Verdict("refuse", office=_office_phrase(q.text, office))
    thing = asked_name_of(q)
    if thing and not known_word(thing, q.language, idf):
        # "the name of the surgeon who …": the sources never speak of a surgeon, so they name none
        return Verdict("refuse", missing=[thing])
    # (one the evidence names: a victim named in a passage on another case is not the one asked about)
    if thing and chunks and not instance_named(thing, q.language, list({e.chunk.id: e.chunk for e in pool}.values()),
                                               context):
        # "nama-nama perusahaan online scam …": the sources speak of such companies but name none
        return Verdict("refuse", office=thing)
    unheard = [w for w in asked_kind_words(q) if (toks := word_tokens(w, q.language))
               and not known_word(w, q.language, idf)
               and (_LETTER_COMPOUND.fullmatch(w) or not _shortens_a_word(toks[0], idf))] or [
        w for w in content_words(q.text, q.language) if _LETTER_COMPOUND.fullmatch(w)
        and not known_word(w, q.language, idf)]  # (a letter's compound anywhere names what is asked: "X's h-index")
    if unheard:
        # "what extradition provisions did the MoU contain?": the sources never speak of that kind of thing
        return Verdict("premise" if q.premise else "refuse", missing=unheard, claim=claim_of(q))
    foreign = unknown_content(q, idf)
    if foreign:
        # "kak resep rendang padang dong", "siapa juara piala dunia 2022?": most of what the question speaks of is
        # words no passage uses; whatever the best sentence is, it is on something else
        return Verdict("premise" if q.premise else "refuse", missing=foreign, claim=claim_of(q))
    unnumbered = unknown_editions(q, context)
    if unnumbered:
        # "the 18th ASEAN Ministerial Meeting … in 2024": the sources number that event only up to another edition
        # (asserted, "… diminta di SOMTC ke-20 ya?": the sentence on the same event that gives the label another
        # number, "the 22nd SOMTC", is what the sources say instead)
        found = _relabelled(q, [e for e in pool if is_content(e)], q_tokens, idf,
                            labelled_numbers(q.text, q.language)) if q.premise else None
        if found is not None:
            return Verdict("premise", missing=[found[0]], claim=claim_of(q), evidence=found[1])
        return Verdict("premise" if q.premise else "refuse", missing=unnumbered, claim=claim_of(q))
    if q.unrelated and q.language == "en":
        # "unrelated but any good recipe for Cambodian fish amok?": a message its writer calls off the topic, whose
        # content words no passage of the store uses, asks about what the sources do not cover (the place it names
        # is no topic of theirs)
        said = phrase_pattern([m for lg in ("en", "id") for m in words()["unrelated_markers"][lg]]).sub(" ", q.original)
        unknown = [w for w in content_words(said, "en") if (toks := tokenize(w)) and unused_terms(set(toks), idf)]
        if unknown:
            return Verdict("refuse", missing=unknown[:2])
    missing = missing_from_store(q, idf, context.store_figures, context.store_bigrams, aliases)
    if missing:
        never_named = set(unknown_places(q, idf))
        unknown = [m for m in missing if m in never_named]
        content = [e for e in pool if is_content(e)]
        if unknown and content:
            # a place the sources never name ("… di Bali ya?"): where they place the same event, if they do
            placed = _placed_otherwise(q, pool, unknown, q_tokens, idf, places)
            if placed is not None:
                return placed
        # (a year or figure the question states in a clause of its own, before what it asks, is asserted: "Snyder's
        # article was published in 2009 - what is its main argument?", "the report recorded 354 flows - why so few?")
        stated = all((rx.fullmatch(r"(?:19|20)\d\d", m) or m in q.constraints.numbers) and states_clause(q.text, m)
                     for m in missing)
        actor = asserted_actor(q, context.proper_names) if q.premise else None
        if actor in missing and content:
            # a body the sources never name credited with an act ("why did Mike Pompeo release the 2023 TIP
            # Report"): the sentence on the event that tells the act, when it names who did it ("released by
            # Secretary of State Antony Blinken"), is what the sources say instead
            told = telling_act(q, actor, content, q_tokens - set(tokenize(actor)), idf)
            if told is not None and actor_names(told[0], q):
                return Verdict("premise", missing=missing, claim=claim_of(q), evidence=told[1])
        return _recounted(q, pool, missing, q_tokens, idf) or Verdict(
            "premise" if q.premise or stated else "refuse", missing=[with_nationality(q.text, m) for m in missing],
            claim=claim_of(q), evidence=office_holder(q, content, context) if q.premise else None)
    unpapered = paper_lacks_figure(q, pool, context)
    if unpapered is not None:
        return unpapered
    items = without_paper_identity(q, hard_items(q, idf, glossary_terms), context, aliases)
    best = max(chosen, key=lambda e: e.score)  # (a sentence shown for context may come first)
    if items and not defines_term(q, chosen) and not any(satisfied(e, items, aliases) for e in chosen):
        failed = [i for i in items if not any(has_constraint(passage_of(e), i, aliases) for e in chosen)]
        # (a summary of several named things may draw each from its own passage: "summarise X and Y")
        covered = q.answer_type == "summary" and not failed
        if not failed and len(q.parts) < 2 and not covered:
            # each item is in some passage but none holds them all ("2,605 cases in 2023": the 2,605 passage gives
            # other years): what fails is what the passage holding the most of them lacks
            held = max(chosen, key=lambda e: sum(has_constraint(passage_of(e), i, aliases) for i in items))
            failed = [i for i in items if not has_constraint(passage_of(held), i, aliases)]
        # (a question in several parts may take each part's year or figure from its own passage: "the paper dates
        # the Protocol to 2000 — how many years later was Law 21/2007 passed?")
        if failed or (len(q.parts) < 2 and not covered):
            return _refused_or_redated(q, pool, failed, q_tokens, idf, places)
    if q.answer_type == "quantity" and not counted_thing_seen(q, pool, aliases):
        return Verdict("refuse", missing=[with_nationality(q.text, q.head)])
    if q.rank:
        near = [x for e in chosen for x in (e, *neighbours(e, pool)) if x is not None]
        rank_word = ordinal_forms(q.rank)[0 if q.language == "en" else 1]
        if not any(states_rank(x.text, q.rank) for x in near):
            # "why was Indonesia the first state to ratify ACTIP?": no sentence on that act gives that rank
            return Verdict("premise" if q.premise else "refuse", missing=[rank_word], claim=claim_of(q))
        otherwise = ranked_otherwise(q, near)
        if otherwise is not None:
            return Verdict("premise" if q.premise else "refuse", missing=[rank_word], claim=claim_of(q),
                           evidence=otherwise)
    states_unique = phrase_pattern(words()["uniqueness"]["states"])
    if q.unique and q.premise and not _YES_NO.match(q.text) and not any(
            states_unique.search(x.text) for e in chosen for x in (e, *neighbours(e, pool)) if x):
        # "the paper says the ARF was the only body with an effective strategy": no sentence on it says "only"
        return Verdict("premise", missing=["only"], claim=claim_of(q))
    ranked = unranked(q, chosen, pool)
    if ranked:
        # "which province sent the most victims?": no sentence of the evidence ranks anything
        return Verdict("refuse", missing=[ranked])
    if q.part_of and (q.head or asked_predicate(q)) and not part_counted(q, pool, aliases):
        # "the 1,138 …, how many of them were women": the sources give the total, not that part of it
        return Verdict("refuse", missing=[q.head or asked_predicate(q)], total=q.part_of)
    whole = counted_whole(q, chosen)
    if whole and not part_counted(replace(q, part_of=whole, head=q.subset), pool, aliases):
        # "how many of the victims in the kidney case were women?": the figure of the whole the sources give
        # ("122 victims") is the total; they must count that group of it too
        return Verdict("refuse", missing=[q.subset], total=whole)
    # (not a question of where something comes from: who is cited for "the lure of money", where the money for a
    # plan comes from)
    # (nor of a comparison, whose sides are each chosen for the figure asked: "tier brp masing2")
    # (nor of a question that asks no quantity: "dana RAN dari mana aja?" asks where the funds come from)
    kind = quantity_kind(q) if q.answer_type not in ("source", "place", "comparison", "list", "summary", "reason",
                                                     "definition", "method") else None
    if kind and not (kind == "duration" and q.interval) and not any(
            figure_of_kind(x.text, kind) for e in chosen[:2] for x in (e, *neighbours(e, pool)) if x is not None):
        # "how much did it cost" needs a sum of money, "how old" an age, "how long" a duration: a sentence with a
        # figure of another kind ("1,138 citizens") does not answer (the refusal names the words that asked it; an
        # assertion beside it is checked as before)
        return Verdict("refuse") if q.premise else Verdict("refuse", missing=[kind_asked(q)[1]], reply="kind")
    later = later_than(q)
    if later:
        # "was the MoU renewed after 2024?": no sentence that describes the question's subject (the sentences
        # holding most of its terms, idf-weighted) speaks of a later year
        content = [e for e in pool if is_content(e)]
        about = [*chosen, *_described(q, content, q_tokens - set(tokenize(later[0])), idf, [], PLACE_SHARE)]
        if not any(int(y) > int(later[1]) for e in about for y in rx.findall(r"\b(?:19|20)\d\d\b", e.text)):
            return Verdict("refuse", missing=[later[0]])
    period = asked_period(q)
    if period and (q.answer_type == "quantity" or _counts(q)):
        found = _other_period(q, period, chosen, pool)
        if found is not None:
            # "how many … in its first year": the sources give the figure for another span (or none)
            if _counts(q) or q.premise:
                return Verdict("premise", missing=[period], claim=claim_of(q), evidence=found)
            return Verdict("refuse", missing=[period])
    ranged = _year_of_period(q, pool)
    if ranged is not None:
        # "SBMI nyatet 267 kasus itu cuma selama tahun 2023 doang ya?": the figure is given for a period of several
        # years that the year asked only ends or begins ("in the 2020-2023 period there are 267 …")
        return Verdict("premise", missing=[q.constraints.years[0]], claim=claim_of(q), evidence=ranged)
    forms = PROVISION_FORMS.get(q.provision, "")
    top = max((e.score for e in pool), default=0.0)
    if forms and not any(numbers_provision(e.text, forms, q.constraints.documents, passage_of(e)) and (
            e in chosen or e.score >= PROVISION_NEAR * top) for e in pool):
        # "ancaman 15 tahun itu diatur di pasal berapa?": no sentence on the question's subject numbers a
        # provision (one of the answer, or one nearly as relevant as the best)
        return Verdict("refuse", reply="provision")
    shares = [e for e in chosen if e.parts.get("type", 0.0) > 0 and "%" in e.text]
    # (the year of a document's number, "Perpres 19/2023", dates no figure the question asks for)
    years = [y for y in q.constraints.years if not any(d.endswith(f"/{y}") for d in q.constraints.documents)]
    if q.percent and years and shares and all(dated_otherwise(e.text, years, q_tokens) for e in shares):
        # "prevalensi … tahun 2024 brp?": each share the evidence gives is dated to another year ("from 9.4% (SHPN,
        # 2016) to 8.7% (SHPN, 2021)"), though the sentence names the year asked about
        return Verdict("refuse", reply="year_figure")
    if q.end and not any(e.parts.get("ended") for e in chosen):
        # "MoU itu berlaku sampai tahun berapa?": no sentence gives a date on which it ends (its signing is none)
        return Verdict("refuse", reply="end_date")
    if q.answer_type in ("quantity", "law") and not any(e.parts.get("type", 1.0) > 0 for e in chosen):
        # no sentence holds the kind of thing asked for (a percentage, a law's number): not in the sources
        return Verdict("refuse")
    if only_targets(q, chosen):
        # "did it hit its 2024 target? what was the real 2024 value?": the sources give the figure as a target
        return Verdict("refuse", reply="target_only")
    if q.below_country and not any(e.parts.get("type", 1.0) > 0 for e in chosen):
        # "which city …": no sentence places it below the country the question or the sources name
        return Verdict("refuse")
    # the sentence carrying the answer must be about the question's places and years; numbers and ordinals
    # ("the 42nd and 43rd summits") may be spread over several passages
    strict = [*q.constraints.places, *q.constraints.years]
    lead = next((e for e in chosen if e.parts.get("type", 0.0) > 0), best)  # the sentence carrying the answer
    typed = [e for e in chosen if e.parts.get("type", 0.0) > 0] or [lead]
    if kind and q.answer_type == "quantity":
        # (of a kind of quantity asked, a sentence with a figure of that kind carries it: a term in years)
        typed = [e for e in typed if figure_of_kind(e.text, kind)] or typed
    for country, noun in q.constraints.qualified:
        # "Cambodian law": the sentence that answers speaks of that thing and of that country together (for a
        # count, the sentence whose figure answers: "how many victims did the Cambodian government rescue" is not
        # answered by another country's police figure quoted beside a sentence on Cambodia's government)
        carriers = [lead] if q.answer_type == "quantity" else chosen
        if not any(speaks_of_qualified(e, pool, country, noun, aliases, context.chunks) for e in carriers):
            # (asserted of a thing the question names, "Erin's Law is an Indonesian law, right?": the sentence on
            # that thing that places it in another country is what the sources say instead)
            other = placed_elsewhere(q, pool, country, aliases) if q.premise else None
            return Verdict("refuse", missing=[f"{noun} ({country})"], claim=claim_of(q), evidence=other)
    if q.answer_type == "quantity" and counts_other_nationals(q, typed):
        return Verdict("refuse", reply="nationals")
    kinds = counts_other_kind(q, typed) if q.answer_type == "quantity" and not q.arithmetic else None
    if kinds:
        # "how many cases did Polda Metro Jaya handle?": the figures given count people ("12 suspects"), not cases
        return Verdict("refuse", missing=list(kinds), reply="other_kind")
    doing = actor_act(q)
    terms = act_terms(doing, q.language) if doing else set()
    if terms and not any(terms & e.tokens for e in pool):
        # "who funded this research?": no passage retrieved for it tells that act of anyone
        return Verdict("refuse", missing=[doing], topical=True)
    # (the paper named by its authors is the study too: "which organisation funded Pratiwi and Sukandar's research?")
    studied = actor_act(q, colloquial=True) if q.names_paper or paper_authors_named(q, context) else ""
    told = act_terms(studied, q.language) if studied else set()
    if told and not any(tells_act(e, pool, told) and e.tokens & (q_tokens - told) for e in typed):
        # of an act done to the study itself ("who funded this research?", "penelitian ini dibiayai siapa?"): none
        # of the sentences that name an actor tells it of the study ("This research is a political and Government
        # study …" names no funder; a sentence on funding labour inspections is not on the study)
        return Verdict("refuse", missing=[studied], topical=True)
    # (an act a named subject did, "when did Jokowi explain …", may be told by a synonym the word lists lack: only
    # a passive act, "when was it dissolved", must be told by some passage)
    dating = dated_act(q, active=False)
    terms = act_terms(dating, q.language) if dating else set()
    if terms and not any(terms & e.tokens for e in pool if is_content(e)):
        # "kapan Satgas TPPO dibubarkan?": no passage retrieved for it tells that act (the date they give is of
        # its forming)
        return Verdict("refuse", missing=[dating], topical=True)
    dating = dated_act(q)  # (the act of a date asked, in either voice: the rules below read it)
    terms = act_terms(dating, q.language) if dating else set()
    others = dated_for_others(q, typed, terms)
    if others:
        # "on what date did Indonesia deposit its ACTIP instrument?": the sentence dates that act for other
        # countries only ("Viet Nam deposited on 5 January 2017 and Myanmar on 16 January 2017")
        return Verdict("refuse", missing=others, topical=True)
    documents = dated_for_other_documents(q, typed)
    if documents:
        # "when was Perpres 22/2021 signed?": the one date beside it is in brackets after another document ("…,
        # amended by Perpres 22/2021 and Perpres 49/2023 (signed 10 Aug 2023)")
        return Verdict("refuse", missing=documents, reply="document_date")
    placing = placed_act(q) if _asks_place_first(q) else ""
    if placing and not any(tells_act(e, pool, act_terms(placing, q.language)) for e in typed):
        # "SBMI itu didirikan di kota mana?": no sentence giving a place tells that act (the place it gives is of
        # another event: "the Indonesian Embassy in Phnom Penh … repatriated …")
        return Verdict("refuse", missing=[placing], topical=True)
    if terms and not any(tells_act(e, pool, terms) for e in typed) and any(
            terms & e.tokens and find_dates(e.text) for e in pool if is_content(e) and e not in typed):
        # "on what exact date did Indonesia deposit its ACTIP instrument?": the sentences that give a date tell
        # another act ("ratified ACTIP by Law No. 12 of 2017"), while another sentence dates this one, of others
        return Verdict("refuse", missing=[dating], topical=True)
    act = counted_act(q)
    telling = [e for e in typed if act and any(act_terms(act, q.language) & x.tokens for x in (e, *neighbours(e, pool))
                                               if x is not None)]
    if act and not telling:
        # "how many Indonesians were deported in 2023?": no sentence giving a figure, nor one beside it, tells that
        # act (the figure it gives counts victims, not deportees; a sentence further off in its passage speaks of
        # something else)
        return Verdict("refuse", missing=[act], topical=True)
    # (the sentence that answers tells the act counted: "how many had the Satgas rescued by the end of 2024" is not
    # answered by "2,778 people rescued" for its figure and by a 2024 target's sentence for its year)
    typed = telling or typed
    # ("what are the trafficking figures for the Philippines?": a list of figures is a quantity asked for)
    figures_listed = q.answer_type == "list" and bool(set(tokenize(q.text)) & figure_noun_tokens())
    # (a count credited to a body or document named by its acronym is checked without places or years too: "what
    # minimum prison sentence does ACTIP require?" is not answered by Law 21/2007's penalty)
    if (q.answer_type in ("quantity", "date", "actor", "law") or figures_listed) and (
            strict or q.answer_type == "quantity"):
        # places: in the sentence or its neighbours; years: anywhere in its passage (a paragraph or a digest may
        # name the year once)
        timed = timed_years(q)

        def fails(e: Evidence) -> list[str]:
            out = [i for i in q.constraints.places if not lead_holds(e, [i], pool, aliases)]
            return out + [y for y in q.constraints.years if not has_constraint(passage_of(e), y, aliases)
                          or y in timed and sentence_dated_otherwise(e.text, y)]

        # (any chosen sentence that carries the kind of answer asked for may be the one that holds them: ``typed``
        # above; for a list of figures, one that gives a figure — an ordinal, "the 43rd Summit", gives none)
        if figures_listed:
            typed = [e for e in chosen if content_figures(e.text)] or [lead]
        # (of those whose passage holds the question's names, when any does: "On what date did Cambodia ratify
        # ACTIP?" is not satisfied by a sentence on another document that names Cambodia, "The paper dates the
        # Indonesia–Cambodia MoU to 22 August 2023", beside the ACTIP entry that gives the date)
        named = [e for e in typed if all(has_constraint(passage_of(e), n, aliases) for n in q.constraints.names)]
        failed = min((fails(e) for e in (named or typed)), key=len)
        if not failed and q.answer_type == "quantity":
            failed = min((uncredited(q, e, pool, context.chunks, aliases) for e in typed), key=len)
        if len(q.parts) >= 2:  # (each part's sentence may hold that part's place or year)
            failed = [i for i in failed if all(i in fails(e) for e in typed)]
        if failed:
            return _refused_or_redated(q, pool, failed, q_tokens, idf, places)
    meaning = best.similarity if best.similarity is not None else 1.0
    on_topic = q.about_document or q.answer_type == "summary" or q.chronology or asks_findings(q) or (
        items and satisfied(best, items, aliases))
    if meaning < MIN_MEANING and best.parts.get("terms", 0.0) < MIN_TERMS and not on_topic:
        return Verdict("refuse")
    # any question may carry an assertion ("Indonesia chaired ASEAN in 2022 — which …?", "… di Bali ya?"), not
    # only one marked as such ("why did …"): a value the evidence for the same event contradicts is corrected
    # (an assertion about the paper itself is checked against its front matter, the evidence chosen: another work's
    # digest that places its own author elsewhere says nothing of this paper's authors)
    about_paper = q.about_document and any(e.chunk.kind == "paper" for e in chosen[:1])
    spanned = _other_span(q, [e for e in pool if is_content(e)], q_tokens, idf) if q.premise else None
    if spanned is not None:
        # ("data SIMFONI … periode 2016-2021 kan?": a passage may hold both years apart, "rounds in 2016, 2021 and
        # 2024"; the sentence on the thing gives another span)
        return Verdict("premise", missing=[spanned[0]], claim=claim_of(q), evidence=spanned[1])
    led = led_otherwise(q, [e for e in pool if is_content(e)], aliases) if q.premise else None
    if led is not None:
        # ("why was the Satgas TPPO placed under the leadership of the Minister of Women's Empowerment?": the
        # sentence on it that says whom it is under, "led by the Vice Head of Bareskrim", names someone else)
        # (before a value another sentence on it contradicts: that sentence need not say who did the act)
        return Verdict("premise", missing=[led[0]], claim=claim_of(q), evidence=led[1], keep=led[2])
    renumbered = identity_renumbered(q, pool)
    if renumbered is not None:
        return renumbered
    contradicted = contradiction(q, chosen if about_paper else pool, q_tokens, idf, places, aliases,
                                 context.proper_names)
    works = asserted_work_ids(q, context.chunks) if not about_paper else set()
    if contradicted is not None and works and contradicted[1].chunk.kind in ("digest", "reference") \
            and contradicted[1].chunk.source_id not in works:
        # (another work's digest says nothing against what is asserted of the work a claim is about: "Wahyu 2023
        # itu artikel Kemlu kan?" is not contradicted by Wardah's VOA article; that work's own texts are checked)
        contradicted = contradiction(q, [e for e in pool if e.chunk.source_id in works], q_tokens, idf, places,
                                     aliases, context.proper_names)
    if contradicted is not None:
        value, evidence = contradicted
        return Verdict("premise", missing=[value], claim=claim_of(q), evidence=evidence)
    holder = _other_holder(q, chosen if about_paper else [e for e in pool if is_content(e)], context.lower_words,
                           places) if q.premise else None
    if holder is not None:
        # ("the corresponding author of this paper is Rudi Sukandar, right?": the sentence that names the holder of
        # that office, "Corresponding Author: Hanny …", names someone else)
        return Verdict("premise", missing=[holder[0]], claim=claim_of(q), evidence=holder[1])
    unheld = [n for n in q.constraints.names if not any(has_constraint(e.text, n, aliases) for e in chosen)] \
        if about_paper and q.premise else []
    # (so is a body typed in lower case after the word that gives where the authors are from: "… from universitas
    # indonesia, right?" — no name to the reader, its words are not all in the front matter)
    unheld = unheld or (_affiliation_unheld(q, chosen) if about_paper and q.premise else [])
    if unheld:
        # (a name the question asserts of the paper that its front matter does not hold: "… from Universitas
        # Indonesia, right?" is corrected with the affiliation line)
        return Verdict("premise", missing=unheld, claim=claim_of(q))
    apart = parties_apart(q, context, aliases)
    if apart:
        # "the joint statement of SBMI and NCB Interpol", "the agreement the Embassy reached with the hospital":
        # the sources name each, but never the two together, so they report no such event (a party the evidence
        # names in another's place was corrected just above)
        return Verdict("premise" if q.premise else "refuse", apart=apart, claim=claim_of(q))
    apart = placed_apart(q, context, aliases)
    if apart:
        # "kenapa Indonesia meneken MoU kepolisian di KTT ASEAN ke-42?": the sources tell the MoUs of another
        # meeting, never of that one
        return Verdict("premise", apart=apart, claim=claim_of(q))
    apart = countries_apart(q, context)
    if apart:
        # "what does the paper say about the philippines-indonesia mou?": no sentence tells an MoU of the Philippines
        return Verdict("premise" if q.premise else "refuse", apart=apart, claim=claim_of(q))
    apart = claimed_apart(q, context, aliases)
    if apart:
        # "SIMFONI PPA itu sistem datanya Polri kan?": the sources name each, never the two together; what they
        # say of the first (the claim's subject) is shown
        said = [e for e in pool if is_content(e) and has_constraint(e.text, apart[0], aliases)]
        return Verdict("premise", apart=apart, claim=claim_of(q),
                       evidence=max(said, key=lambda e: e.score) if said else None)
    unreported = event_apart(q, q_tokens, idf, context)
    if unreported:
        # "why did ASEAN expel Cambodia from SOMTC?", "after Indonesia recalled its ambassador …": the claim's two
        # rarest terms are each in the sources, but never within three adjacent sentences of each other
        return Verdict("premise", missing=unreported, claim=claim_of(q))
    event = presupposed(q, q_tokens, idf)
    # (a named doer of the event taken as given, whom the sentence telling that act on the event does not credit:
    # "after Retno Marsudi signed the police MoU with Cambodia in Labuan Bajo, what happened?" — the MoUs were signed
    # by the Kapolri; as a premise asserting it is corrected)
    given = replace(q, text=event, original=event, premise=True) if event else None
    actor = asserted_actor(given, context.proper_names) if given is not None else None
    anchor = (q_tokens & set(tokenize(event))) - set(tokenize(actor)) if actor else set()
    told = telling_act(given, actor, [e for e in pool if is_content(e)], anchor, idf) if actor else None
    if told is not None and credits_another(told[0], actor, anchor, given, aliases):
        return Verdict("premise", missing=[actor], claim=event, evidence=told[1])
    if event:
        # "after Indonesia banned its citizens from travelling to Cambodia, …", "Since ASEAN suspended Cambodia's
        # membership, …": an event taken as given whose own words no passage uses, or whose two rarest terms no
        # passage puts together, is not one the sources report
        missing = unused_terms(premise_terms(q, q_tokens, idf, event), idf) or event_apart(
            q, q_tokens, idf, context, event) or speaker_apart(q, q_tokens, idf, context,
                                                               without_asides(q.text, q.language))
        if missing:
            return Verdict("premise", missing=missing, claim=event)
    if q.premise and q.wants_paper and q.constraints.documents:
        # "why does the paper say … Law 31/2014": the paper's own passages must name that law (a digest or the
        # glossary naming it is not the paper saying it)
        paper = [e for e in pool if e.chunk.kind == "paper"]
        absent = [d for d in q.constraints.documents if not any(has_constraint(passage_of(e), d) for e in paper)]
        if paper and absent:
            return Verdict("premise", missing=absent, claim=claim_of(q))
    unsaid = attributes_unsaid(q, context.chunks, aliases)
    if unsaid:
        # "what's the population of Cambodia?": the sources speak of populations, but no passage on Cambodia does
        return Verdict("premise" if q.premise else "refuse", missing=unsaid, claim=claim_of(q), topical=True)
    if q.premise:
        # an assertion whose own words no passage of the whole store uses ("withdrew", "disbanded", "failed")
        # is not something the sources say
        own = premise_terms(q, q_tokens, idf)
        unknown = unused_terms(own, idf)
        # … unless the evidence gives reasons about the same subject anyway: a user's own word for a state the
        # sources describe differently ("vulnerable") is not a false premise
        explained = q.answer_type == "reason" and any(
            e.parts.get("type", 0.0) >= 1.0 and e.chunk.id == best.chunk.id for e in chosen[1:])
        if unknown and (len(unknown) >= len(own) / 2 or not explained):
            # (a name asserted for an office, "the kapolri who signed the MoUs was tito karnavian": the sentence
            # that names that office's holder says what the sources say)
            return Verdict("premise", claim=claim_of(q), missing=unknown,
                           evidence=office_holder(q, [e for e in pool if is_content(e)], context))

    if (q.premise or q.answer_type == "reason") and reversed_premise(q, pool):
        return Verdict("premise", claim=claim_of(q))  # a "why" asserts what it asks about
    return Verdict("answer")


LED_REACH = 12  # the words after a relation of leadership that name who leads ("led by the Vice Head of Bareskrim")


# a passive verb with its agent: "was opened by …", "got signed by …", "dibuka oleh …", "ditandatangani oleh …"
_PASSIVE_AGENT = re.compile(r"\b([a-z]+(?:ed|en|wn|ne))\s+by\b|\b(di[a-z]{3,})\s+oleh\b", re.I)


def passive_agent(q: Question) -> tuple[re.Match | None, re.Pattern | None]:
    """Where a question asserts who did an act to a thing in the passive ("the first WG on GTCM meeting was opened
    by the kapolri", "rapatnya dibuka oleh menteri"), and the pattern of that verb with its agent in a sentence
    (in English, the sources' language, for an Indonesian verb: "opened by"); (None, None) when it asserts none."""
    m = _PASSIVE_AGENT.search(q.text)
    if m is None:
        return None, None
    verb = m.group(1) or m.group(2)
    forms = [re.escape(verb)] + ([rf"{re.escape(w)}\w*" for w in translate_terms(verb) if len(w) >= 3]
                                 if m.group(2) else [])
    return m, rx.compile(rf"\b(?:{'|'.join(forms)})\s+(?:by|oleh)\b", re.I)


def led_otherwise(q: Question, evidence: list[Evidence], aliases=None) -> tuple[str, Evidence, str] | None:
    """For a question asserting whom a named thing is under or led by ("why was the Satgas TPPO placed under the
    leadership of …?", "… di bawah KemenPPPA kan?"; word list ``leadership``), or who did an act to it in the
    passive ("… was opened by the kapolri, right?", ``passive_agent``): the asserted leader or agent and
    the most relevant sentence on that thing that puts it under someone else, with its words that do; None when a
    sentence on it puts it under the one asserted, or none says whom it is under."""
    relation = either_language(words()["leadership"])
    m = relation.search(q.text)
    if m is None:
        m, relation = passive_agent(q)
    if m is None:
        return None
    subject = [n for n in q.constraints.names if rx.search(re.escape(n), q.text[:m.start()], re.I)]
    subject = [n for n in subject if not any(n != o and n.lower() in o.lower() for o in subject)]  # ("Satgas TPPO")
    subject = [rx.sub(r"['’]s$", "", n) for n in subject]  # (a possessive names its owner: "the WG on GTCM's …")
    leader = rx.split(r"[?,.;!]", q.text[m.end():], maxsplit=1)[0]
    leader = either_language(words()["confirmation"]["tags"]).sub(" ", leader).strip()
    asserted = set(tokenize(leader)) | (set(tokenize(" ".join(translate_terms(leader)))) if q.language == "id"
                                        else set())
    if not subject or not asserted:
        return None
    found = []
    for e in evidence:
        for r in relation.finditer(e.text):
            # (the thing is what the relation is said of: named before it in the sentence, or the glossary entry's
            # own term; not an entry on another body that mentions it later, "… distinct from the Satgas TPPO")
            if not all(rx.search(rf"\b{re.escape(n)}\b", f"{e.chunk.title} {e.text[:r.start()]}", re.I)
                       for n in subject):
                continue
            after = " ".join(e.text[r.end():].split()[:LED_REACH])
            if set(tokenize(after)) & asserted or has_constraint(after, leader, aliases):
                return None  # (a sentence on it puts it under the one asserted)
            found.append((e, f"{r.group(0)} {after}"))
    best = max(found, key=lambda f: f[0].score, default=None)
    return (leader, *best) if best else None


def _other_holder(q: Question, evidence: list[Evidence], lower_words: frozenset[str],
                  places: frozenset[str]) -> tuple[str, Evidence] | None:
    """A person the question asserts holds an office it qualifies ("the corresponding author … is Rudi Sukandar,
    right?"; a person: a name of two words or more), where a sentence that names the office with the same qualifier
    names another holder beside it and not that person: the person and that sentence. (An office without a
    qualifier, "an author of the paper", may have several holders: it is not checked.)"""
    persons = [n for n in q.constraints.names if len(n.split()) >= 2]
    if not persons:
        return None
    for m in office_pattern().finditer(q.text):
        # (an office inside a name the question gives is part of that name, not one held: "Deklarasi Para Pemimpin
        # ASEAN" is the leaders' declaration)
        if any(n.lower() != m.group(0).lower() and m.group(0).lower() in n.lower() for n in q.constraints.names):
            continue
        # (the qualifier is the word before the office, not a determiner: "the corresponding author")
        before = rx.findall(r"[\w'’-]+", q.text[:m.start()])[-1:]
        if not before or before[0].lower() in DETERMINERS or rx.search(r"['’]s$", before[0]):
            continue
        forms = "|".join(re.escape(f) for f in office_group(m.group(0).lower()))
        qualified = rx.compile(rf"\b{re.escape(before[0])}\s+(?:{forms})\b", re.I)
        for e in evidence:
            if not qualified.search(e.text):
                continue
            held = [e.text[a:b] for a, b in holder_spans(e.text, m.group(0).lower(), lower_words, places)]
            if held and not any(set(tokenize(p)) & set(tokenize(h)) for p in persons for h in held):
                return persons[0], e
    return None


_PARTY_JOIN = re.compile(r"\s+(?:and|dan|&|sama|dengan|with)\s+")  # what joins two parties in one name


def joint_parties(q: Question, interaction: bool = True) -> list[str]:
    """The bodies or people a question about an interaction names as taking part ("the joint statement issued by
    SBMI and NCB Interpol", "apa isi MoU antara SBMI dan Kementerian Luar Negeri"): its names, split at a
    conjunction, without a place it names after a locative ("in Labuan Bajo", "di Phnom Penh"), a country (the
    sources set countries side by side throughout) or the name of the interaction itself ("MoU")."""
    event = either_language(words()["interactions"])
    if q.interval or interaction and not event.search(without_asides(q.text, q.language)):
        # (an aside: "Saya … menyiapkan bahan rapat"; the time between two events, "jarak antara pertemuan SOMTC
        # dan pembentukan Satgas TPPO", puts each party in its own event)
        return []
    out: list[str] = []
    # (nor the author of a source the question cites as recording the event, "menurut …", "yg dikutip sbg Wahyu
    # 2023" — not a work that is the claim's subject, "artikel Anderson 2021 itu bahas TPPO kan?" — nor the role it
    # asks for, "which Assistant Deputy accompanied …": the answer, not a party named)
    openers = either_language(words()["attribution_openers"]).pattern
    cited = {a.lower() for a, _ in cited_sources(q.text)
             if rx.search(rf"(?:{openers})\b[^,?.]{{0,30}}\b{re.escape(a)}\b", q.text, re.I)
             or not rx.match(rf"\W*(?:[\w-]+\s+){{0,2}}{re.escape(a)}\b", q.text, re.I)}
    for name in q.constraints.names:
        for part in _PARTY_JOIN.split(name):
            part = part.strip()
            if not part or event.fullmatch(part) or part.lower() in countries() or \
                    rx.fullmatch(DOCUMENT_KINDS, part, re.I):
                continue  # (nor a kind of document named bare: "pake UU apa" asks which law, it names no party)
            if part.lower() in cited or rx.search(rf"\b(?:which|what|siapa|mana)\s+{re.escape(part)}\b|"
                                                  rf"\b{re.escape(part)}\s+(?:yang|yg)?\s*(?:mana|siapa)\b",
                                                  q.text, re.I):
                continue
            if rx.search(rf"\b(?:{locatives()})\s+(?:the\s+)?{re.escape(part)}", q.text, re.I):
                continue
            if any(_within(part, o) for o in out):
                continue
            out = [o for o in out if not _within(o, part)] + [part]  # (the longer form of a name)
    return out


def _within(name: str, other: str) -> bool:
    """``name`` is ``other`` or a part of it in whole words ("NCB" in "NCB Interpol"; not "BRI" in "KBRI")."""
    return bool(rx.search(rf"(?<!\w){re.escape(name)}(?!\w)", other, re.I))


def parties_apart(q: Question, context: AnswerContext, aliases: dict[str, list[str]] | None = None) -> list[str]:
    """The parties of an interaction the question asks about (``joint_parties``) when the sources name at least two
    of them, each somewhere, but no run of three adjacent sentences names them all: the sources report no event of
    theirs together. A party the sources never name is left to the other checks. A summary of a part of a text
    names what it should cover ("ringkas subbab 3.5: Satgas TPPO, laporan KBRI, …"), not the parties of one event:
    none ("what did the joint statement of A and B say about …" still asks of one). Nor does a comparison, which
    sets two things side by side ("bedanya KTT ke-42 dan AMMTC ke-17 yang sama-sama di Labuan Bajo")."""
    if q.answer_type == "summary" and names_text_part(q.text) or q.answer_type == "comparison":
        return []
    return _named_apart(joint_parties(q), context, aliases)


# the body or place a claim about the authors gives after "from"/"at" ("the authors are from universitas indonesia")
_AFFILIATION = re.compile(r"\b(?:from|at|dari|di)\s+((?:the\s+)?[a-z][\w&'’.-]*(?:\s+[a-z][\w&'’.-]*){0,4})")


def _affiliation_unheld(q: Question, chosen: list[Evidence]) -> list[str]:
    """For a claim about the paper typed in lower case, the body it gives after "from"/"at"/"dari" when some of
    its content words (or their Indonesian loan forms) are in no chosen passage of the paper's front matter."""
    m = _AFFILIATION.search(claim_of(q))
    if m is None:
        return []
    front = {t for e in chosen if e.chunk.kind == "paper" for t in tokenize(e.text)}
    words_ = [w for w in content_words(m.group(1), q.language) if w.lower() not in _instruction_words()]
    absent = [w for w in words_ if not set(tokenize(w)) & front
              and not any(set(tokenize(f)) & front for f in english_loan_forms(w))]
    return [m.group(1).strip()] if absent else []


def placed_apart(q: Question, context: AnswerContext, aliases: dict[str, list[str]] | None = None) -> list[str]:
    """For an assertion that places an interaction at a numbered meeting ("Mengapa Indonesia meneken enam MoU …
    pada KTT ASEAN ke-43?", "why did … sign MoUs at the 43rd Summit?"): the interaction's own name and the
    meeting's when the sources name both but never within three adjacent sentences — they tell that interaction
    of another meeting. Only these two are weighed: the other parties named may be told apart from the meeting."""
    if not q.premise or q.answer_type in ("summary", "comparison") or not editions(q.text, q.language):
        return []
    event = either_language(words()["interactions"])
    names = [part.strip() for name in q.constraints.names for part in _PARTY_JOIN.split(name) if part.strip()]
    acts = [p for p in names if event.fullmatch(p) or event.fullmatch(rx.sub(r"s$", "", p))]  # ("MoUs")
    meetings = [p for p in names if _numbered(p, q.text)]
    return _named_apart([acts[0], meetings[0]], context, aliases) if acts and meetings else []


COUNTRIES_REACH = 40  # characters either side of an interaction's word in which its countries are named


def countries_apart(q: Question, context: AnswerContext) -> list[str]:
    """For a question about an interaction between countries ("the philippines-indonesia mou", "MoU Indonesia dan
    Filipina"): the countries named beside the interaction's word when no run of three adjacent sentences names them
    with that word (those countries and the word as typed). A country of the store's topic (every passage may imply
    it: ``TOPIC_IDF``) need not be named; the others must, or the sources report no such interaction of theirs."""
    m = either_language(words()["interactions"]).search(q.text)
    if m is None:
        return []
    around = q.text[max(0, m.start() - COUNTRIES_REACH): m.end() + COUNTRIES_REACH].replace("-", " ")
    named = countries_in(around)
    if len(named) < 2:
        return []
    forms = {c: country_tokens(c) for c in named}
    rare = [c for c in named if all(context.idf.get(t, TOPIC_IDF) >= TOPIC_IDF for t in forms[c])]
    act = set(tokenize(m.group(0)))
    act |= {x for g in synonym_groups() if act & g for x in g}
    if not rare or any(act & w and all(forms[c] & w for c in rare) for w in context.sentence_windows):
        return []
    return [*rare, m.group(0)]


def _numbered(name: str, text: str) -> bool:
    """Whether ``text`` numbers ``name`` as an edition ("KTT ASEAN ke-42", "the 43rd ASEAN Summit")."""
    return bool(rx.search(rf"(?<!\w){re.escape(name)}\s+ke-?\s?\d|\d(?:st|nd|rd|th)\s+{re.escape(name)}(?!\w)",
                          text, re.I))


def claimed_apart(q: Question, context: AnswerContext, aliases: dict[str, list[str]] | None = None) -> list[str]:
    """For a statement asked to be confirmed ("SIMFONI PPA itu sistem datanya Polri kan?", "X is run by Y,
    right?"), its names (as ``joint_parties`` splits them, with no interaction word needed) when the sources name at
    least two of them but never within three adjacent sentences: the sources say nothing that ties them."""
    if not q.premise or q.answer_type != "fact" or not confirms(q.original, q.language):
        return []
    return _named_apart(joint_parties(q, interaction=False), context, aliases)


def _named_apart(parties: list[str], context: AnswerContext, aliases: dict[str, list[str]] | None) -> list[str]:
    """Of ``parties``, those the sources name, when they are at least two and no run of three adjacent sentences
    names them all; else []."""
    if len(parties) < 2:
        return []
    windows = context.sentence_windows
    forms = {p: [w for n in [p, *(aliases or {}).get(p, [])] if (w := set(tokenize(undot(n))))] for p in parties}
    for p in parties:  # ("Kapolri Kamboja Neth Savoeun", "Menlu Retno": a person is named by the name alone)
        if bare_name_tokens(p):
            forms[p].append(set(bare_name_tokens(p)))

    def holds(window: frozenset[str], party: str) -> bool:  # (every word of the name or of an alias)
        return any(want <= window for want in forms[party])

    named = [p for p in parties if any(holds(w, p) for w in windows)]
    if len(named) < 2 or any(all(holds(w, p) for p in named) for w in windows):
        return []
    return named


def event_apart(q: Question, q_tokens: set[str], idf: dict[str, float], context: AnswerContext,
                claim: str | None = None) -> list[str]:
    """For a question that asserts an event ("why did …", "kenapa …") or takes one as given (``claim``, see
    ``presupposed``), the claim's two rarest terms (each with the other words of its synonym group) when the sources
    use each but no run of three adjacent sentences holds both: the sources report no such event."""
    if claim is None and (not q.premise or q.answer_type not in ("reason", "method", "fact")):
        return []
    idioms = {t for lg in ("en", "id") for p in words()["idioms"][lg] for t in tokenize(p)}
    # ("rather", "alone": no term of an event; an Indonesian question's terms are renderings, which the English
    # list would cut to the bone: "jenis" → "kind")
    filler = _filler_tokens() if q.language == "en" else frozenset()
    own = sorted((t for t in premise_terms(q, q_tokens, idf, claim)
                  if t in idf and len(t) > 3 and t not in idioms and t not in filler),
                 key=lambda t: (-idf[t], t))  # (ties by the word: the same terms on every run)
    if len(own) < 2:
        return []
    return [] if told_together(own[:2], idf, context, q_tokens) else own[:2]


def told_together(terms: list[str], idf: dict[str, float], context: AnswerContext,
                  asked: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a run of three adjacent sentences holds each of ``terms``, each with the words of its synonym group,
    of its direction of change, of its family in the store and of its verb's irregular forms ("agreed to cooperate"
    is told as "agreement" and "cooperation", "upgraded" as "moved up", "holding" as "held"). Of a source the
    question names (its tokens ``asked`` hold the source's name, "UNODC"), the digest of that source tells all its
    text together with its title."""
    groups = [{t} | {x for g in synonym_groups() if t in g for x in g} | _direction_of(t)
              | {x for x in idf if x.startswith(t[:FAMILY])} | _irregular_forms().get(t, frozenset()) for t in terms]
    # (or the digest of a source the question names, whose title holds one of them and whose text the others)
    return any(all(g & w for g in groups) for w in context.sentence_windows) or bool(asked) and any(
        name in asked and any(g & title for g in groups) and all(g & (title | text) for g in groups)
        for name, title, text in context.digest_texts)


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, frozenset[str]]:
    """Each token of an English irregular verb's forms with the tokens of its other forms ("hold" with "held";
    word list ``irregular_verbs``): a verb's past is the same act as its base, which no prefix of it finds."""
    out: dict[str, frozenset[str]] = {}
    for row in words()["irregular_verbs"]:
        forms = frozenset(t for w in row.split() for t in tokenize(w))
        for t in forms:
            out[t] = out.get(t, frozenset()) | forms
    return out


_ASKS = "|".join(sorted(map(re.escape, INTERROGATIVES), key=len, reverse=True))  # the interrogatives, longest first
_ASKS_WORD = re.compile(rf"\b(?:{_ASKS})\b", re.I)
FAMILY = 5  # the letters a word shares with the other words of its family ("cooperat": "cooperation", "cooperative")
PRESUPPOSED_TERMS = 2  # a clause that takes an event as given names it with this many terms of its own


@lru_cache(maxsize=1)
def _speech_patterns() -> list[tuple[re.Pattern, str]]:
    """``reported_speech``'s patterns, from the word list ``speech``, each with the words that say the statement
    as a claim in its language."""
    w = words()["speech"]
    verbs, nouns, about = (either_language(w[k]).pattern for k in ("verbs", "nouns", "about"))
    said = [  # (what X said about Y, in English; "apa komentar X soal Y", "X bilang apa soal Y" in Indonesian)
        (rf"\b(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.{{2,60}}?)\s+(?:{verbs})\s+(?:{about})\s+(.+)",
         "commented on"),
        (rf"\bapa\s+(?:{nouns})\s+(.{{2,60}}?)\s+(?:{about})\s+(.+)", "berkomentar tentang"),
        (rf"\bwhat\s+(?:was|were|is|are)\s+(?:the\s+)?(?:{nouns})\s+of\s+(.{{2,60}}?)\s+(?:{about})\s+(.+)",
         "commented on"),
        (rf"(.{{2,60}}?)\s+(?:{verbs})\s+apa\s+(?:{about})\s+(.+)", "berkomentar tentang"),
    ]
    return [(rx.compile(pattern, re.I), verb) for pattern, verb in said]


def reported_speech(text: str) -> str:
    """The statement a question asks about ("What did the minister say about the kidney case?", "apa komentar
    X mengenai Y", "X bilang apa soal Y"): its speaker and its topic, as a claim; "" when it asks no such thing."""
    parts = speech_parts(text)
    return f"{parts[0]} {parts[2]} {parts[1]}" if parts else ""


@lru_cache(maxsize=1)
def own_text_words() -> re.Pattern:
    """The words for tipbot's own texts (the paper, the glossary, the knowledge base: ``paper_words``,
    ``glossary_words``, ``corpus_words``), either language: what they say is no body's statement or report."""
    return phrase_pattern([w for key in ("glossary_words", "paper_words", "corpus_words") for lg in ("en", "id")
                           for w in words()[key][lg]])


def speech_parts(text: str) -> tuple[str, str, str] | None:
    """``reported_speech``'s speaker and topic, with the words that say the statement as a claim in the
    question's language ("commented on", "berkomentar tentang"); None when it asks no such thing."""
    # (what the paper, the glossary or the knowledge base says is its text, not a statement someone made: "apa
    # kata glosarium soal Polri")
    own = own_text_words()
    for pattern, verb in _speech_patterns():
        m = pattern.search(text)
        # (nor is what a part of the text says, or a pronoun that stands for one: "tl;dr of section 3.5 - what
        # does it say about …")
        if m and not own.search(m.group(1)) and not _TEXT_PART.search(m.group(1)):
            return m.group(1).strip(), m.group(2).strip(" ?.!"), verb
    return None


_TEXT_PART = re.compile(rf"^\s*(?:it|this|they|ini|itu)\s*$|\b(?:{SECTION_WORDS})\b", re.I)


def speaker_apart(q: Question, q_tokens: set[str], idf: dict[str, float], context: AnswerContext,
                  text: str) -> list[str]:
    """For "what did X say about Y": the rarest term of the speaker and the rarest of the topic when the sources
    use each but no run of three adjacent sentences holds both. The two rarest terms of the whole claim may both be
    the speaker's ("Judha Nugraha"), which the sources name together in any passage about that person."""
    parts = speech_parts(text)
    if parts is None:
        return []
    rarest = []
    # (a noun for a figure, "the number of cases", names no topic: the speaker's figure is what it asks for)
    figure_nouns = figure_noun_tokens()
    for piece in parts[:2]:
        terms = set(tokenize(piece)) | (set(tokenize(" ".join(translate_terms(piece)))) if q.language == "id"
                                        else set())
        # (nor a function word, "among", rare as the store may use it)
        own = sorted((t for t in terms if t in idf and len(t) > 2 and not t.isdigit() and t not in figure_nouns
                      and t not in all_stopwords()), key=lambda t: (-idf[t], t))
        if not own:
            return []
        rarest.append(own[0])
    if rarest[0] == rarest[1]:
        return []
    return [] if told_together(rarest, idf, context, q_tokens) else rarest


def presupposed(q: Question, q_tokens: set[str], idf: dict[str, float]) -> str:
    """The event a question takes as given in a clause of time or cause ("after Indonesia banned travel to
    Cambodia, did …?", "Setelah Indonesia memutus hubungan …, bagaimana …?", "how did Cambodia respond when
    Indonesia asked …?"; word list ``presupposing``): what followed from it is asked only if the sources report it.
    The clause runs from its conjunction to a comma or the end of its sentence; one that holds an interrogative
    (it is the question: "When did …"), or names no event with terms of its own ("after 2020"), is none."""
    if q.interval:
        return ""  # ("how long after X did Y": the time between two events the interval's own checks date)
    said = reported_speech(without_asides(q.text, q.language))
    if said and len(premise_terms(q, q_tokens, idf, said)) >= PRESUPPOSED_TERMS:
        return said  # ("what did X say about Y": a statement of X about Y)
    idioms = either_language(words()["idioms"])
    text = idioms.sub(" ", without_asides(q.text, q.language))  # ("after all" opens no clause)
    marker = either_language(words()["presupposing"])
    for sentence in sentences_of(text):
        for m in marker.finditer(sentence):
            if m.group(0).lower() == "when" and not sentence[: m.start()].strip():
                continue  # ("When did …": the interrogative)
            # (to a comma, or to the inverted auxiliary of the question it opens: "after X did Y …")
            clause = rx.split(r"[,;?!]|\s[-–—]\s|\s(?=(?:did|does|do)\s)",
                              sentence[m.end():])[0].strip(" .")
            if _ASKS_WORD.search(clause) or rx.match(r"(?:did|does|do|is|was|were|has|have)\b", clause, re.I):
                continue
            if len(premise_terms(q, q_tokens, idf, clause)) >= PRESUPPOSED_TERMS:
                return clause
    return ""


# (or set apart by a word of comparison between them: "what separates a Tier 2 country from a Tier 3 one", "Tier 2
# dibanding Tier 3")
_SIDE_BY_SIDE = re.compile(r"\b(?:and|dan|sama|vs|versus|serta|from|than|daripada|ketimbang|dibanding\w*)\b|&", re.I)
_SPAN_ENDS = re.compile(rf"{_SIDE_BY_SIDE.pattern}|\b(?:to|until|till|sampai|sampe|hingga|ke)\b", re.I)


_EDITION_NUMBER = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\bke-?\s?(\d{1,3})\b", re.I)  # an edition's number


def _between(text: str, a: str, b: str) -> str:
    """The words between the first mentions of two numbers in ``text``."""
    spots = sorted(m.start() for n in (a, b) if (m := rx.search(rf"(?<!\d){re.escape(n)}(?!\d)", text)))
    return text[spots[0]:spots[-1]] if len(spots) == 2 else ""


def _office_phrase(text: str, office: str) -> str:
    """The office as the question writes it, with what qualifies it ("Menteri Dalam Negeri Kamboja"), up to a
    relative word, a preposition that starts a clause, a copula, an interrogative ("kepala NCB … itu siapa"), a
    verb in the past ("official signed the MoU"), or the end of the clause."""
    m = rx.search(rf"\b{re.escape(office)}\b((?:[ \t]+(?!(?:{_OFFICE_PHRASE_ENDS}|tahun|thn|year|(?-i:[a-z]+ed))\b)"
                  rf"[\w-]+){{0,5}})", text, re.I)
    if m is None:
        return office
    rest = m.group(1).split()
    if detect_language(text) == "en":
        # (an English office is qualified after it by a name or an "of" phrase, "Chief of the Harbour Police"; a
        # word in lower case after it opens the clause: "official put his signature …")
        kept = list(itertools.takewhile(lambda w: w[0].isupper() or w.lower() in ("of", "for", "the", "and"), rest))
        rest = kept if not kept or kept[-1][0].isupper() else []
    return " ".join([office, *rest])


def unranked(q: Question, chosen: list[Evidence], pool: list[Evidence]) -> str:
    """The superlative a question asks of a body, place or fact ("which province sent the most victims",
    "negara mana yang korbannya terbanyak", data ``superlatives``) when no sentence of the evidence (or one beside
    it) ranks anything; "" otherwise. (Not a figure the question ranks among those given, "which of these figures
    is the largest": that is read off the figures themselves.)"""
    ranking = words()["superlatives"]
    asked = phrase_pattern(ranking["asks"]).search(q.text)
    if asked is None or q.answer_type not in ("actor", "place", "fact"):
        return ""
    # (a noun for figures right after the superlative is the measure of what is ranked, not figures ranked among
    # themselves: "which provinces sent the largest numbers of victims")
    measure = phrase_pattern(words()["figure_nouns"]).match(q.text[asked.end():].lstrip())
    if phrase_pattern(words()["figure_nouns"]).search(q.text) and measure is None:
        return ""
    states = phrase_pattern(ranking["states"])

    def ranks(text: str) -> bool:
        # (shares of one whole, "50% … for sexual exploitation, 38% for forced labour, 6% …", rank what they share)
        return bool(states.search(text)) or len(_PERCENT.findall(text)) >= 3

    return "" if any(ranks(x.text) for e in chosen for x in (e, *neighbours(e, pool)) if x) else asked.group(0)


def paper_lacks_figure(q: Question, pool: list[Evidence], context: AnswerContext) -> Verdict | None:
    """"Why does the paper quote the ILO's 49.6 million estimate?": a figure a premise says the paper gives must be
    in some passage of the paper (a digest quoting it is not the paper saying it); the sentence of another source
    that gives it is what the sources say instead."""
    if not (q.premise and q.wants_paper and q.constraints.numbers):
        return None
    paper = [c.text for c in context.chunks if c.kind == "paper"]
    absent = [n for n in q.constraints.numbers if not any(has_constraint(t, n) for t in paper)]
    if not paper or not absent:
        return None
    given = [e for e in pool if is_content(e) and all(has_constraint(e.text, n) for n in absent)]
    return Verdict("premise", missing=absent, claim=claim_of(q), evidence=given[0] if given else None,
                   reply="paper_figure" if given else "")


def _refused_or_redated(q: Question, pool: list[Evidence], failed: list[str], q_tokens: set[str],
                        idf: dict[str, float], places: frozenset[str] = frozenset()) -> Verdict:
    """A refusal for constraints no evidence holds — unless what fails is a year the question gives an event
    that the sources date otherwise ("Indonesia chaired ASEAN in 2022") or a place where they place it
    otherwise ("KTT ke-42 kan di Bali?"): that is corrected."""
    if set(failed) & set(q.constraints.years):
        content = [e for e in pool if is_content(e)]
        dated = _other_event_year(q, content, q_tokens, idf) or _other_span(q, content, q_tokens, idf)
        if dated is not None:
            return Verdict("premise", missing=[dated[0]], claim=claim_of(q), evidence=dated[1])
    renumbered = _document_otherwise(q, pool, failed)
    if renumbered is not None:
        return renumbered
    # (a place the question puts the event in, "di Bali", "in Jakarta"; not a country that qualifies a name, "the
    # U.S. Trafficking in Persons Report")
    asked = [f for f in failed if f in located_places(q.text)]
    placed = _placed_otherwise(q, pool, asked, q_tokens, idf, places) if asked else None
    if placed is not None:
        return placed
    if failed and all(f in q.constraints.years and states_clause(q.text, f)
                      and not any(rx.search(rf"\b{f}\b", e.text) for e in pool) for f in failed):
        # ("Snyder's article was published in 2009 - what is its main argument?": a year the question states of
        # its subject, which no passage on it gives, is corrected with the sentence that dates it)
        return Verdict("premise", missing=failed, claim=claim_of(q))
    return _recounted(q, pool, failed, q_tokens, idf) or Verdict("refuse", missing=failed, topical=True)


def _document_otherwise(q: Question, pool: list[Evidence], failed: list[str]) -> Verdict | None:
    """A law or regulation the question numbers with a year the sources never give that number ("Perpres no 19 thn
    2021"), where a sentence gives the same number another year ("Perpres 19/2023"): a premise to correct, with
    the best such sentence."""
    for doc in (f for f in failed if f in q.constraints.documents):
        num, year = doc.split("/")
        for e in sorted((e for e in pool if is_content(e)), key=lambda e: -e.score):
            if any(y != year for y in document_years(e.text, num)):
                return Verdict("premise", missing=[doc], claim=claim_of(q), evidence=e)
    return None


# what may stand between a term and the document a question says it is: a copula ("KUHAP itu UU …", "Is KUHAP
# the same as Law …", "KUHAP adalah …")
_IS_THE_SAME = r"(?:\s+(?:itu|adalah|ialah|merupakan|sama|dengan|kayak|is|was|just|the|same|as|=)){1,4}\s+"


def identity_renumbered(q: Question, pool: list[Evidence]) -> Verdict | None:
    """A term the question says is a numbered law or regulation ("KUHAP itu UU No. 21/2007 kan?"), whose glossary
    entry numbers it otherwise ("KUHAP: Criminal Procedure Code … Law No. 8/1981"): a premise to correct, with that
    entry. (The entry's first numbered document is the term's own; one it names later is another, "together with
    Law 21/2007".)"""
    if not q.premise or len(set(q.constraints.documents)) != 1:
        return None
    doc = q.constraints.documents[0]
    for e in pool:
        term = e.chunk.section if e.chunk.kind == "glossary" else ""
        if not term or not rx.search(rf"(?<![\w-]){re.escape(term)}{_IS_THE_SAME}(?:{DOCUMENT_KINDS})\b", q.text,
                                     re.I):
            continue
        own = document_keys(e.text)
        if own and own[0] != doc:
            return Verdict("premise", claim=claim_of(q), evidence=e)
    return None


def _placed_otherwise(q: Question, pool: list[Evidence], asked: list[str], q_tokens: set[str],
                      idf: dict[str, float], places: frozenset[str]) -> Verdict | None:
    """A place the question gives an event that no evidence holds, where the sentences that best describe the
    event (without that place's words) place it elsewhere: a premise to correct, with that place."""
    content = [e for e in pool if is_content(e)]
    anchor = q_tokens - {t for a in asked for t in tokenize(a)}
    for e in _described(q, content, anchor, idf, [], PLACE_SHARE):
        found = _placed(e, pool, asked, places)
        if found is not None and found[0]:
            return Verdict("premise", missing=[found[0]], claim=claim_of(q), evidence=found[1])
    return None


def states_clause(text: str, item: str) -> bool:
    """Whether ``item`` stands in a clause that asks nothing (no interrogative, no question mark) of a message
    whose other clause asks: a statement the question rests on ("… was published in 2009 - what is …?")."""
    clauses = [c for c in rx.split(r"\s[-–—]\s|(?<=[.;:?!])\s+", text) if c.strip()]
    asking = [bool(_asking().search(c)) for c in clauses]
    return any(item in c and not a for c, a in zip(clauses, asking, strict=True)) and any(asking)


@lru_cache(maxsize=1)
def _asking() -> re.Pattern:
    """An interrogative of either language, or a question mark: a clause that asks."""
    return rx.compile(rf"\b(?:{'|'.join(sorted(INTERROGATIVES, key=len, reverse=True))})\b|\?", re.I)


def _recounted(q: Question, pool: list[Evidence], failed: list[str], q_tokens: set[str],
               idf: dict[str, float]) -> Verdict | None:
    """A count the question gives of a thing, which no evidence holds, and which the sentence on the same event
    gives otherwise ("bener gak polisi nangkep 20 tersangka …" where it says 12 suspects): a premise to correct."""
    if not {rx.sub(r"\D", "", f) for f in failed} & {v for v, _ in counted_figures(q.text, q.language)}:
        return None
    counted = _other_count(q, [e for e in pool if is_content(e)], q_tokens, idf)
    if not counted:
        return None
    # (the count as the question writes it: "2,065" is a figure, where "2065" would read as a year)
    written = next((f for f in failed if rx.sub(r"\D", "", f) == counted[0]), counted[0])
    return Verdict("premise", missing=[written], claim=claim_of(q), evidence=counted[1])


_DATED_TITLE = re.compile(r"\b((?:19|20)\d\d)\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|on|in|for|against|and))*)"
                          r"|((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|on|in|for|against|and))*)\s+((?:19|20)\d\d)\b")
DATED_WINDOW = 80  # characters between a title's words and its year in a passage that dates it


def unknown_dated_titles(q: Question, chunks) -> list[str]:
    """Titles the question dates ("the Global Report on Trafficking in Persons 2022", "the 2024 TIP Report")
    whose words the store uses, but never within a few words of that year: an edition the sources do not hold.
    (English titles only: an Indonesian title's words are often written in the sources in English.)"""
    out = []
    english = q.language == "en"
    # (an Indonesian title is read only by its head: "GLOTIP UNODC edisi 2024")
    found = [(m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
             for m in _DATED_TITLE.finditer(q.text)] if english else []
    # typed in lower case, a title is known by the head noun of a document published by year ("unodc global
    # report 2024", "the 2025 tip report")
    # (an Indonesian question may name a report by its English title: "di TIP Report 2024", "TIP report tahun 2024")
    en_heads = words()["edition_heads"]["en"]
    own_heads = en_heads if english else [*words()["edition_heads"]["id"], *en_heads]
    heads = "|".join(re.escape(h) for h in own_heads)
    # (the body whose report it is, a possessive before the year, names it too: "IOM's 2023 country report")
    for m in rx.finditer(rf"\b((?:[\w'’-]+\s+){{0,4}}(?:{heads}))\s+(?:(?:tahun|edisi)\s+)?((?:19|20)\d\d)\b"
                         rf"|\b(?:([\w-]+['’]s)\s+)?((?:19|20)\d\d)\s+((?:[\w'’-]+\s+){{0,3}}(?:{heads}))\b", q.text,
                         re.I):
        # (a possessive of tipbot's own texts names no body: "the knowledge base's 2017 TIP report digest")
        owner_end = m.end(3) - 2 if m.group(3) else -1  # (the possessive's word, before its "'s")
        body = m.group(3) if m.group(3) and not any(
            o.end() == owner_end for o in own_text_words().finditer(q.text, 0, owner_end)) else None
        year, title = (m.group(2), m.group(1)) if m.group(1) else (
            m.group(4), f"{body} {m.group(5)}" if body else m.group(5))
        title_words = title.split()
        if not english and title_words[-1].lower() in en_heads:
            # (an English title inside an Indonesian sentence is the run of capitalised words before its head: "tier
            # apa di TIP report" → "TIP report", "dapat Tier 1 di TIP Report" → "TIP Report")
            first = len(title_words) - 1
            while first > 0 and (title_words[first - 1][:1].isupper() or title_words[first - 1] in ("in", "of")):
                first -= 1
            title_words = title_words[first:]
        # ("does the unodc …"; an acronym in capitals is a name, never a function word: "TIP", which a stop-word
        # list holds as the English word "tip")
        while len(title_words) > 1 and title_words[0].lower() in all_stopwords() and not title_words[0].isupper():
            title_words = title_words[1:]
        pair = (year, " ".join(title_words))
        # (the same year with a shorter form of this title, "2025 TIP" of "the 2025 TIP report", gives way to it)
        shorter = [(y, t) for y, t in found if y == year and t.lower() in pair[1].lower() and t != pair[1]]
        found = [f for f in found if f not in shorter]
        if all(pair[0] != y for y, _ in found):
            found.append(pair)
    if not english:
        # Indonesian word order, the head first: "Laporan Trafficking in Persons tahun 2024" is the English title
        # "Trafficking in Persons Report" of that year
        id_head = "|".join(re.escape(h) for h in words()["edition_heads"]["id"])
        for m in rx.finditer(rf"\b(?i:{id_head})\s+((?:[A-Z][\w'’-]*\s+(?:(?:in|of|on|and)\s+)?){{1,5}}?)"
                             rf"(?i:tahun\s+|edisi\s+)?((?:19|20)\d\d)\b", q.text):
            if all(m.group(2) != y for y, _ in found):
                found.append((m.group(2), f"{m.group(1).strip()} Report"))
    id_heads = {t for h in words()["edition_heads"]["id"] for t in tokenize(h)}
    for year, title in found:
        # (a title ending in an English head is read as an English one, whatever the question's language)
        english_title = english or title.split()[-1].lower() in en_heads
        words_ = [w for w in tokenize(undot(title))
                  if w not in id_heads and (english_title or w not in all_stopwords())]
        if english_title and not english:  # (not the Indonesian words before the title: "di TIP Report")
            words_ = [w for w in words_ if w not in stopwords("id")]
        want = set(words_)
        if len(want) < 2 or countries_in(title):
            continue
        # a title is named with its head noun ("… Report", "… Plan"): "the 2020–2024 National Action Plan …
        # Trafficking in Persons" does not date a Trafficking in Persons Report (an Indonesian head is no word of
        # the sources: its other words name it)
        head = words_[-1] if english_title else ""
        owner = set(tokenize(title.split()[0])) if rx.match(r"[\w-]+['’]s\s", title) else set()
        near = rx.compile(rf"(?<!\d){year}(?!\d)")
        known = False
        held = False
        for c in chunks:
            text = undot(c.text)
            if len(want & set(tokenize(text))) >= NAME_SHARE_TITLE * len(want):
                known = True
                for y in near.finditer(text):
                    window = set(tokenize(text[max(0, y.start() - DATED_WINDOW): y.end() + DATED_WINDOW]))
                    # (an Indonesian title, named by its names alone, is held by any of them near that year)
                    # (and the body whose report it is, when the question names one: "IOM's 2023 … report")
                    if (len(want & window) >= NAME_SHARE_TITLE * len(want) and head in window
                            and owner <= window) if english_title else want & window:
                        held = True
                        break
            if held:
                break
        if known and not held:
            out.append(f"{title} {year}")
    return out


NAME_SHARE_TITLE = 0.6  # the share of a title's words that names it


def unknown_dated_events(q: Question, chunks) -> list[str]:
    """Events of a series the question dates ("their 2024 summit", "the meeting in 2021", "KTT ASEAN 2024") that
    the store speaks of, but never within a few words of that year: it reports no such event that year. (A
    passage about that year's event names the two together: "the 2023 ASEAN Summit", "the 42nd Summit … on 10
    May 2023".)"""
    nouns = "|".join(re.escape(n) for lg in ("en", "id") for n in words()["series_events"][lg])
    found = []
    for m in rx.finditer(rf"\b((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){{0,2}}?({nouns})\b"
                         rf"|\b({nouns})\s+(?:[\w'’-]+\s+){{0,2}}?(?:(?:in|of|on|tahun|pada|di)\s+)?((?:19|20)\d\d)\b",
                         q.text, re.I):
        year, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if (year, noun.lower()) not in found:
            found.append((year, noun.lower()))
    out = []
    for year, noun in found:
        want = set(tokenize(noun)) | {t for r in translate_terms(noun) for t in tokenize(r)}
        near = rx.compile(rf"(?<!\d){year}(?!\d)")
        known = held = False
        for c in chunks:
            if c.kind == "reference" or not want & set(tokenize(c.text)):
                continue
            known = True
            held = any(want & set(tokenize(c.text[max(0, y.start() - DATED_WINDOW): y.end() + DATED_WINDOW]))
                       for y in near.finditer(c.text))
            if held:
                break
        if known and not held:
            out.append(f"{noun} {year}")
    return out


def later_than(q: Question) -> tuple[str, str] | None:
    """The time after a year that a question asks about ("after 2024", "pasca 2023"; ``data`` "later_than"), as
    the question writes it, and the year."""
    m = rx.search(rf"\b(?:{either_language(words()['later_than']).pattern})\s+((?:19|20)\d\d)\b", q.text, re.I)
    return (m.group(0), m.group(1)) if m else None


def asked_period(q: Question) -> str | None:
    """The span counted from a start that the question gives a figure ("in its first year", "tahun pertama";
    ``data`` "periods"), as the question writes it."""
    m = either_language(words()["periods"]).search(q.text)
    return m.group(0) if m else None


def _counts(q: Question) -> list[str]:
    """The question's own figures (digits only), not the day or year of a date it gives."""
    dated = " ".join(raw for _, raw in find_dates(q.text))
    return [d for d in (rx.sub(r"\D", "", n) for n in q.constraints.numbers)
            if d and not rx.search(rf"(?<!\d){d}(?!\d)", dated)]


_SPAN_UNITS = {"bulan": "month", "month": "month", "tahun": "year", "year": "year", "minggu": "week", "week": "week",
               "hari": "day", "day": "day"}
_COUNTED_SPAN = re.compile(r"\b(\d+|[a-z]+)\s+(bulan|months?|tahun|years?|minggu|weeks?|hari|days?)\s+pertama\b"
                           r"|\bfirst\s+(\d+|[a-z]+)\s+(months?|years?|weeks?|days?)\b", re.I)


def _months_from_january(n: str, unit: str) -> str:
    """The first ``n`` months of a year written as the months that bound them ("between January and June", "Jan–Jun
    2018", "Januari sampai Juni"), as an alternative of a pattern; "" for another unit or count."""
    if unit != "month" or not n.isdigit() or not 1 < int(n) <= 12:
        return ""
    first = "|".join(m for m, i in _MONTHS.items() if i == 1)
    last = "|".join(m for m, i in _MONTHS.items() if i == int(n))
    return rf"|\b(?:{first})\b\.?\s*(?:to|and|until|through|-|–|sampai|hingga|dan|s\.d\.)\s*(?:{last})\b"


def _other_period(q: Question, period: str, chosen: list[Evidence], pool: list[Evidence]) -> Evidence | None:
    """The sentence that gives the question's figure (or, for "how many", the chosen sentence with a figure) when
    it does not give it for the asked span; None when some such sentence or its neighbour names that span."""
    spans = either_language(words()["periods"])
    digits = set(_counts(q))
    counted = _COUNTED_SPAN.search(q.text)
    if counted:
        # "4 bulan pertama" / "the first four months": a sentence giving a figure "in the four months since …"
        # names that span; the span's own count is not a figure the question asserts
        raw = (counted.group(1) or counted.group(3)).lower()
        n = str(NUMBER_WORDS.get(raw, raw))
        unit = _SPAN_UNITS[(counted.group(2) or counted.group(4)).lower().rstrip("s")]
        names = "|".join(re.escape(w) for w in [n, *(w for w, v in NUMBER_WORDS.items() if str(v) == n)])
        spans = rx.compile(rf"{spans.pattern}|\b(?:{names})\s+{unit}s?\b{_months_from_january(n, unit)}", re.I)
        digits.discard(n)
    givers = [e for e in pool if digits and digits & {rx.sub(r"\D", "", f) for f in content_figures(e.text)}]
    givers = givers or [e for e in chosen if e.parts.get("type", 0.0) > 0]
    if not givers:
        return None
    for e in givers:
        if any(x is not None and spans.search(x.text) for x in (e, *neighbours(e, pool))):
            return None
    return givers[0]


@lru_cache(maxsize=1)
def _time_of_year() -> re.Pattern:
    """A year given as the time of what a statement states ("selama tahun {year}", "in {year}"; list
    ``time_of_year``), on the statement with its year written as "{year}"."""
    preps = "|".join(re.escape(w) for w in sorted({w for lg in ("en", "id") for w in words()["time_of_year"][lg]},
                                                  key=len, reverse=True))
    return rx.compile(rf"\b(?:{preps})\s+(?:the\s+year\s+)?\{{year\}}", re.I)


def _year_of_period(q: Question, pool: list[Evidence]) -> Evidence | None:
    """The sentence that gives a figure a statement of the question dates to one year, when the item that gives
    it (of an enumerating sentence: its own item) gives it for a span of several years holding that year, and no
    sentence giving the figure names the year itself (a source's citation year aside): the figure counts the
    span, not the year. None otherwise, or when the question states no figure or not exactly one year."""
    digits = set(_counts(q))
    if not q.premise or not digits or len(q.constraints.years) != 1:
        return None
    year = int(q.constraints.years[0])
    # (the year as the time the statement gives: "selama tahun 2023", "in 2023"; not a source's year, "SBMI (2023)",
    # "laporan UNODC 2020")
    if not _time_of_year().search(q.text.replace(str(year), "{year}")):
        return None
    found = None
    for e in pool:
        for item in enumerated_items(CITATION.sub(" ", e.text)):
            if not digits & {rx.sub(r"\D", "", f) for f in content_figures(item)}:
                continue
            if rx.search(rf"\b{year}\b", YEAR_PERIOD.sub(" ", item)):
                return None  # (a sentence gives the figure for the year itself)
            spans = [(int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))) for m in YEAR_PERIOD.finditer(item)]
            if any(a <= year <= b and a < b for a, b in spans):
                found = found or e
    return found


def quantity_kind(q: Question) -> str | None:
    """The kind of quantity the question asks for (``data/question_words.json`` "quantity_kinds"), if any."""
    if q.answer_type == "law":
        return None  # ("UU … nomor berapa tahun berapa?": a law's number and year identify it; no quantity is asked)
    asked = kind_asked(q)
    # (a rank is the figure asked only of a quantity question: "which tier is worse" in a definition asks none)
    return asked[0] if asked and (asked[0] != "rank" or q.answer_type == "quantity") else None


def kind_asked(q: Question) -> tuple[str, str] | None:
    """The kind of quantity the question asks for and the words that ask it ("money", "budget"), if any."""
    return kind_asked_in(q.text)


@lru_cache(maxsize=8)
def _kind_pattern(kind: str) -> re.Pattern:
    # (a range is one amount: "Rp120–600 million", "3–15 years")
    amount = "|".join([r"\d[\d.,]*(?:\s*[–—-]\s*\d[\d.,]*)?", "hundreds", "thousands", "millions", "billions",
                       "ratusan", "ribuan", "jutaan",
                       *sorted(NUMBER_WORDS, key=len, reverse=True)])
    units = "|".join(re.escape(u) for u in sorted(words()["quantity_kinds"][kind]["units"], key=len, reverse=True))
    return rx.compile(rf"(?<![\w])(?:{amount})\s*(?:[\w-]+\s+){{0,2}}(?:{units})(?![\w])"
                      rf"|(?<![\w])(?:{units})\s*(?:{amount})", re.I)


# a count asked: "how many", "berapa banyak / orang / jumlah" (not a bare "berapa", which may ask any figure)
_NUMBER_OF_ASKED = re.compile(r"\bhow\s+many\b|\b(?:berapa|brp)\s+(?:banyak|orang|jumlah)\b", re.I)


def _measure_unit(noun: str) -> bool:
    """Whether ``noun`` is a unit of a measure (``quantity_kinds``' units: "years", "rupiah", "tier"): "how many
    years" asks a duration, not a count."""
    return any(noun.lower() in spec["units"] for spec in words()["quantity_kinds"].values())


def counts_asked(q: Question) -> bool:
    """Whether a quantity question asks a count of a noun ("how many DPR members", "berapa orang"), not a measure
    (no kind of ``quantity_kinds`` asked, and the noun counted is no unit of one: "how many years" asks a
    duration)."""
    return q.answer_type == "quantity" and not q.percent and not q.arithmetic and kind_asked(q) is None \
        and bool(q.head) and not _measure_unit(q.head) and bool(_NUMBER_OF_ASKED.search(q.text))


def measured(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is a measure with its unit (a sum of money, an age, a rank, a duration):
    "3–15 years' prison", "Rp120–600 million"."""
    return any(s <= span[0] < e for kind in words()["quantity_kinds"] for s, e in kind_spans(text, kind))


def figure_of_kind(text: str, kind: str) -> bool:
    """Whether ``text`` writes a figure of that kind: an amount with a currency, an age, a rank, a duration."""
    return bool(_kind_pattern(kind).search(text))


def kind_spans(text: str, kind: str) -> list[tuple[int, int]]:
    """Where ``text`` writes figures of that kind, each with its unit ("Rp120 million", "Tier 3")."""
    return [(m.start(), m.start() + len(m.group(0).rstrip(".,"))) for m in _kind_pattern(kind).finditer(text)]


_YES_NO = re.compile(r"^(?:is|are|was|were|do|does|did|can|could|has|have|apakah|apa)\b", re.I)  # a question that asks


# the end of a sentence (or of a statement before a semicolon) in a question, not an abbreviation's full stop
_CLAIM_SENTENCE_END = re.compile(r"(?<=[?!;])\s+|(?<=\.)(?<! al\.)(?<!\b[A-Z]\.)\s+(?!\d)")


ASSERTED_WORK_OPENING = 2  # words of a claim before the work it names, when the claim is about that work
# a copula after the work a claim opens with, which says what the work is ("… Wahyu 2023 itu artikel Kemlu",
# "Anderson (2021) is a study of …"), not what it reports ("the UNODC 2020 report expected …")
_WORK_COPULA = re.compile(r"\s*\)?\s*(?:itu|ini|tuh|is|was|are|were|adalah|merupakan|ialah)\b", re.I)


def asserted_work_ids(q: Question, chunks) -> set[str]:
    """The source ids of a work a premise is about: one it names by author and year as the claim's subject ("sumber
    Wahyu 2023 itu artikel Kemlu kan?", "Anderson (2021) is a study of trafficking in Indonesia, right?"), by the
    reference record whose authors open with that name. Not a work the claim names as where its figure is recorded
    ("… 1.138 PMI sebagaimana tercatat dalam data KBRI 2022"). What is asserted of it is checked against its own
    record and digest."""
    if not q.premise:
        return set()
    claim = claim_of(q)
    m = CITED_AS.search(claim)
    if m is None or len(claim[:m.start()].split()) > ASSERTED_WORK_OPENING or not _WORK_COPULA.match(claim[m.end():]):
        return set()
    author, year = m.group(1), m.group(2)
    return {c.source_id for c in chunks if c.kind == "reference"
            and rx.match(rf"{re.escape(author)}\b[^\n]{{0,100}}?\(?{year}", c.title)}


def claim_of(q: Question) -> str:
    """The assertion inside a "why did …" / "is it true that …" question, in its own words."""
    asked = without_asides(q.text, q.language)  # (not "I want to cite the interviews." before the question)
    # (a full stop after an abbreviation ends no sentence: "Fikhri et al. and Khairi")
    sentences = [x for s in _CLAIM_SENTENCE_END.split(asked) if (x := s.strip())]
    if len(sentences) >= 2 and "?" not in sentences[0] and (rx.search(
            r"\b(?:that|this|it|itu|ini|tersebut)\b", sentences[-1], re.I) or _ASKS_WORD.search(sentences[-1])):
        # "My essay argues that X. Which part of the paper says that?": the claim is X; so it is of "ILO says 21
        # million …; how many million outside Asia Pacific?" (a statement, then the question it leads to)
        text = " ".join(x for x in sentences[:-1] if "?" not in x).rstrip(";,. ")
    else:
        text = asked.split("?")[0] if "?" in asked.rstrip("?!. ") else asked  # not a second question
    # who holds the claim is not part of it: "my essay argues that …", "I read that …", "katanya …"
    text = rx.sub(r"^(?:(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:essay|thesis|paper|lecturer|teacher|professor|friend|"
                  r"supervisor|notes?)\s+(?:argues|says|said|claims|states|thinks|mentions)|(?:i|we)\s+(?:read|heard|"
                  r"think|thought|believe|was told|were told)|katanya|kata\s+\w+|(?:aku|saya|gue|gw)\s+(?:baca|dengar|"
                  r"denger|pikir|kira)|(?:dosen|guru|teman|temen|pembimbing|senior)(?:\s+(?:saya|aku|gue|gw|kami))?(?:\s+"
                  r"(?:bilang|ngomong|mengatakan|berkata))?(?=\s+(?:bahwa|kalau|kalo)\b))\s+(?:that\s+|bahwa\s+|kalau\s+|"
                  r"kalo\s+)?", "", text.strip(), flags=re.I)
    # nor is whose account it is, in a lead-in before the question: "According to the earlier studies by Fikhri et
    # al. and Khairi, why did …", "Menurut laporan TIP 2023, mengapa …"
    # (or after it: "Mengapa …, menurut laporan TIP 2023 tentang Indonesia?")
    attribution = r"(?:according to|as per|based on|menurut|berdasarkan|sesuai)\s+[^,?]{1,90}"
    text = rx.sub(rf"^{attribution},\s*(?=(?:why|how|what|kenapa|mengapa|bagaimana|apa|did|does|do|is|was|were)\b)"
                  rf"|,\s*{attribution}[?!.]*\s*$", "", text.strip(), flags=re.I)
    text = rx.sub(r"[,\s]+(?:right|correct|isn'?t it|didn'?t they|kan|bukan|ya kan|ya)\s*$", "", text.rstrip("?!. "),
                  flags=re.I)  # a tag question asks for confirmation; it is not part of the claim
    # (with "that" or without it: "is it true the paper says …", "is it correct that …")
    text = rx.sub(r"^(?:why|how come|is it (?:true|correct|right)(?:\s+that)?|kenapa|mengapa|apakah benar|apa benar|"
                  r"benarkah|betulkah)\s+", "", text, flags=re.I)
    text = rx.sub(r"^(?:did|does|do|was|were|has|have)\s+", "", text, flags=re.I)
    # "Since the paper says X, which of its measures …?": the claim is X, without the clause that asks about it
    # ("given that", "considering that" and "mengingat" open such a clause whatever its subject: "Given that
    # Indonesia stayed on …, what …?"; "since" and "karena" only before the paper: "since when …" asks a date)
    text = rx.sub(r"^(?:(?:since|karena)\s+(?=(?:the|paper|penulis)\b)|(?:given|considering)\s+that\s+|"
                  r"mengingat\s+(?:bahwa\s+)?)", "", text, flags=re.I)
    asks = _ASKS
    text = rx.sub(rf",\s+(?:[\w-]+\s+){{0,2}}(?:{asks})\b.*$", "", text, flags=re.I)  # (", di bagian mana?")
    # (… or a clause that goes on to ask: "…, lalu yang di Asia Pasifik berapa", "…, so how many …")
    goes_on = "|".join(map(re.escape, words()["sequence_markers"]))
    text = rx.sub(rf",\s+(?:{goes_on}|so|and|terus|trus)\b(?=.*\b(?:{asks})\b).*$", "", text, flags=re.I)
    text = rx.sub(r"\s+\b(?:kan|sih|dong|deh|nih)\b(?=\s)", "", text, flags=re.I)  # particles, not content
    # "the paper say(s) that X": the claim is X (the reply already says whose it is not)
    text = rx.sub(r"^(?:(?:the paper|the article|the authors|(?:paper|artikel|makalah)(?: ini)?|penulis)\s+)?"
                  r"(?:says?|said|states?|claims?|"
                  r"conclude[sd]?|finds?|found|menyebut(?:kan)?|mengatakan|menyatakan|menyimpulkan|menemukan)\s+"
                  r"(?:that\s+|bahwa\s+)?", "", text, flags=re.I)
    return text


def placed_elsewhere(q: Question, pool: list[Evidence], country: str, aliases=None) -> Evidence | None:
    """The most relevant sentence of a passage on the things the question names (each of its names, none of them a
    country or an acronym) that names a country, not the one the question gives them: where the sources place
    them."""
    # (a name, not an acronym: "TPPO" or "TIP" names a subject every passage shares, spoken of with any country)
    names = [n for n in q.constraints.names if not countries_in(n) and not n.isupper()]
    if not names:
        return None
    return max((e for e in pool if is_content(e) and all(has_constraint(passage_of(e), n, aliases) for n in names)
                and (found := countries_in(e.text)) and country not in found), key=lambda e: e.score, default=None)


def speaks_of_qualified(ev: Evidence, pool: list[Evidence], country: str, noun: str, aliases=None,
                        chunks=()) -> bool:
    """Whether the sentence or a neighbour speaks of a thing the question names with a country ("Cambodian law",
    "polisi Kamboja") and of that country together (``_speaks_of``)."""
    renders = {noun, *translate_terms(noun)}  # (a short topic's language is not always detected)
    return _speaks_of(ev, pool, country, {t for r in renders for t in tokenize(r)}, aliases, chunks)


def _speaks_of(ev: Evidence, pool: list[Evidence], country: str, want: set[str], aliases=None,
               chunks=()) -> bool:
    """Whether the sentence or a neighbour speaks of ``want`` (a thing's tokens) and of ``country`` together; an
    acronym of the glossary stands for its expansion ("the Kapolri signed …": the chief of the Indonesian police).
    A sentence that gives a figure speaks of figures ("the figures on victims in Cambodia"). A digest of a document
    its title gives one country's name (a country chapter) speaks of that country throughout (``lead_holds``)."""
    figures_wanted = bool(want & figure_noun_tokens())
    before, after = neighbours(ev, pool)
    for x in (before, ev, after):
        if x is None:
            continue
        expanded = " ".join([x.text, *glossary_aliases([x.text], chunks).get(x.text, [])]) if chunks else x.text
        placed = f"{expanded} {x.chunk.title}" if x.chunk.kind == "digest" else expanded
        if (has_constraint(placed, country, aliases) or _names_city_of(expanded, country)) and (
                want & set(tokenize(expanded)) or figures_wanted and content_figures(x.text)):
            return True
    return False


def _names_city_of(text: str, country: str) -> bool:
    """Whether ``text`` names a city of ``country`` (``places.json``'s ``cities``: "Phnom Penh" for Cambodia)."""
    pattern = _city_pattern(country)
    return pattern is not None and bool(pattern.search(text))


@lru_cache(maxsize=64)
def _city_pattern(country: str) -> re.Pattern | None:
    """One pattern for the cities of ``country``, compiled once; None for a country with none listed."""
    names = cities().get(country, [])
    return rx.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])") if names else None


@lru_cache(maxsize=4)
def _reversal_pattern(lang: str) -> re.Pattern:
    phrases = sorted(words()["reversal"].get(lang, []), key=len, reverse=True)
    return rx.compile(r"(?<![\w'])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w'])", re.I)


def reversed_premise(q: Question, pool: list[Evidence]) -> bool:
    """A question that asserts the reverse of what a passage states ("why did Indonesia refuse to ratify the
    Palermo Protocol?" where the paper says it ratified it): the word the reversal applies to appears, without a
    reversal of its own, in a sentence about the question's subject."""
    langs = dict.fromkeys([q.language, "en", "id"])
    for lg in langs:
        m = _reversal_pattern(lg).search(q.text)
        if not m:
            continue
        after = rx.findall(r"[\w-]+", q.text[m.end():])[:3]
        words_after = [w for w in after if tokenize(w)]
        if not words_after:
            continue
        predicate = {t for w in words_after[:1] for t in tokenize(" ".join([w, *translate_terms(w)]))}
        subject = {t for n in q.constraints.names for t in tokenize(n)}
        stems = {t[:5] for t in predicate if len(t) >= 4}  # "ratify" ~ "ratified": inflections share a stem

        # (a sentence about the subject that states the reversal too confirms it: "… might not be trafficking
        # cases at all?" where the digest says they "are not legally confirmed trafficking cases")
        stating = [any(_reversal_pattern(x).search(e.text) for x in ("en", "id"))
                   for e in sorted(pool, key=lambda e: -e.score)[:8]
                   if (bool(predicate & e.tokens) or any(t[:5] in stems for t in e.tokens if len(t) >= 4))
                   and (not subject or subject & e.tokens)]
        return bool(stating) and not any(stating)
    return False


# -- assertions the evidence contradicts -------------------------------------------------------------------------
PLACE_SHARE = 0.3  # a sentence describes the asserted event when it holds this share of the event's terms …
ANCHOR_SHARE = 0.5  # … and is clearly about it when it holds this share
EVENT_SENTENCES = 5  # the best-described sentences looked at for where (or with which number) the event is given
_LABELLED = re.compile(r"\b([A-Za-z]{3,})\s+(?:no\.?\s*|number\s+|nomor\s+|ke-?)?(\d{1,3})(?!\s*[%.,]?\d)\b")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+([A-Za-z]{3,}(?:\s+[A-Za-z]{3,})?)\b"
                      r"|\b([A-Za-z]{3,})\s+ke-?(\d{1,3})\b", re.I)


@lru_cache(maxsize=1)
def _ordinal_numbers() -> dict[str, int]:
    """Each ordinal word (``ordinal_claims``, both languages) → its number."""
    return {w: int(n) for n, forms in words()["ordinal_claims"].items() for w in forms}


@lru_cache(maxsize=1)
def _ordinal_words() -> re.Pattern:
    """An English ordinal word before a label ("fifth edition"), an Indonesian one after it ("edisi kelima"):
    ``ordinal_claims``' words."""
    en = "|".join(w for n, forms in words()["ordinal_claims"].items() for w in forms[:1])
    ind = "|".join(w for n, forms in words()["ordinal_claims"].items() for w in forms[1:])
    # (an Indonesian label is the noun before the ordinal, not a name that qualifies it: "konvensi ASEAN kedua"
    # numbers no "ASEAN")
    return rx.compile(rf"\b((?i:{en}))\s+([A-Za-z]{{3,}})\b|\b([A-Za-z][a-z]{{2,}})\s+((?i:{ind}))\b")


@lru_cache(maxsize=512)
def _locative_pattern(place: str) -> re.Pattern:
    # (through a digest's **bold**)
    return rx.compile(rf"\b(?:{locatives()})\s+(?:the\s+)?\**{re.escape(place)}(?![\w-])", re.I)


def asserted_places(q: Question, places: frozenset[str]) -> list[str]:
    """The places a question puts its event in ("held in Jakarta", "diadakan di Jakarta"): a place of the store's
    gazetteer or a country, after a locative preposition."""
    forms = set(places) | set(countries())
    return [p for p in sorted(forms, key=len, reverse=True) if _locative_pattern(p).search(q.text)]


_ASKED_RANK = re.compile(r"\b(?:what|which)\s+(?:is|was|are|were)\s+the\s*$", re.I)
_WITH_YEAR = re.compile(r"\s*/\s*(?:19|20)\d\d\b|\s+(?:of|tahun|th\.?)\s+(?:19|20)\d\d\b", re.I)


def labelled_numbers(text: str, lang: str) -> list[tuple[set[str], str]]:
    """Numbered labels a text names ("Tier 3", "the 42nd summit", "KTT ke-42"): the label's tokens (with their
    English rendering) and the number. Units and years are not labels."""
    units = generic_units()
    out: list[tuple[str, str]] = []
    for m in _LABELLED.finditer(text):
        if _WITH_YEAR.match(text, m.end(2)):
            continue  # ("Perpres 19/2023", "Law No. 21 of 2007": a number with its year names a document; another
            # document's number does not contradict it)
        out.append((m.group(1), m.group(2)))
    for m in _ORDINAL.finditer(text):  # "the 42nd ASEAN Summit": the label is the two words after the ordinal
        out.append((m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4)))
    # (an ordinal written as a word: "the fifth edition", "edisi pertama"; not one in the thing a question asks
    # to be named, "what was the first ASEAN convention …", which asks which one holds that rank)
    for m in _ordinal_words().finditer(text):
        if _ASKED_RANK.search(text, 0, m.start()):
            continue
        label, word = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        out.append((label, str(_ordinal_numbers()[word.lower()])))
    labelled: list[tuple[set[str], str]] = []
    for label, number in out:
        toks = set(tokenize(label))
        if lang == "id":
            toks |= set(tokenize(" ".join(translate_terms(label))))
        toks -= units
        if toks and not (toks & all_stopwords()) and (toks, number) not in labelled:
            labelled.append((toks, number))
    return labelled


def _is_country(place: str) -> bool:
    return place.lower() in countries()


@lru_cache(maxsize=1)
def _PROVISION_TOKENS() -> frozenset[str]:  # noqa: N802 - a constant, built once
    """The tokens of the words for a law's provision (``PROVISION_FORMS``: "article", "pasal", …)."""
    return frozenset(t for forms in PROVISION_FORMS.values() for t in tokenize(forms.replace("|", " ")))


@lru_cache(maxsize=1)
def _source_nouns() -> str:
    """The nouns of a source or document (``source_nouns``, ``whole_document``; either language), as an
    alternation."""
    table = words()
    return "|".join(re.escape(w) for key in ("source_nouns", "whole_document") for lg in ("en", "id")
                    for w in sorted(table[key][lg], key=len, reverse=True))


def contradiction(q: Question, pool: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                  places: frozenset[str], aliases=None,
                  proper_names: frozenset[str] = frozenset()) -> tuple[str, Evidence] | None:
    """An assertion that the evidence for the same event contradicts. Returns the asserted value and the sentence
    that says otherwise.

    - A place: the question puts the event in one place, and the sentences that best describe the event, the first
      of them that places it anywhere (itself or the sentence either side), name another place of the same kind
      (a city for a city, a country for a country) and not the asserted one.
    - An actor: the question makes a body the subject of its claim ("why did Kemenlu form the task force …",
      "SBMI reported that 1,138 …"), and the sentence that best describes the event credits another body (for a
      figure: the clause from the figure to its citation) and not the asserted one.
    - A date, a direction of change or a count: the sentence that best describes the event gives another date
      ("adopted on 10 June" where it says 10 May), the opposite direction ("why did it rise" where it "continues
      to decline") or another count of the same thing ("only six suspects" where it says 12 suspects).
    - A period: the question gives a law or plan a period ("Perpres 19/2023 … for 2015–2019") and the sentence
      that names that document gives another.
    - A numbered label ("Tier 3", "the 43rd Summit"): the sentence that best speaks of the question's subject (its
      countries, else the event's terms) with the same label gives the label another number. A sentence that gives
      the label several numbers sets out the scale ("Tier 1 / Tier 2 / Tier 3"); it assigns none."""
    content = [e for e in pool if is_content(e)]
    # a place or a body the question names is only asserted when the question is marked as an assertion ("why
    # did …", "… right?"); elsewhere it is the topic ("what causes trafficking in Cambodia")
    # (so is a place in a relative clause that identifies the event, which presupposes it: "MoU … yg diteken pas
    # AMMTC ke-17 di Jakarta itu isinya apa?", "the MoU that was signed in Jakarta")
    asserted = asserted_places(q, places) if q.premise else [
        p for p in asserted_places(q, places) if rx.search(
            rf"\b(?:yang|yg|that|which)\b[^,.?!;]{{0,60}}\b(?:{locatives()})\s+(?:the\s+)?{re.escape(p)}\b", q.text,
            re.I)]
    labels = labelled_numbers(q.text, q.language)
    if q.answer_type == "definition" and q.defined:  # (the term asked about asserts nothing: "what does Tier 2 mean")
        labels = [(toks, n) for toks, n in labels if n not in q.defined]
    if not q.premise:  # (nor does a provision asked about: "what does Article 7 of Perpres 19/2023 say?")
        labels = [(toks, n) for toks, n in labels if not toks & _PROVISION_TOKENS()]
    if asserted and content:
        values = [*asserted, *(w for v in asserted for w in translate_terms(v))] if q.language == "id" else asserted
        anchor = q_tokens - {t for v in values for t in tokenize(v)}
        for e in _described(q, content, anchor, idf, labels, PLACE_SHARE):
            # (with a numbered label, "the 42nd summit", only the clause about that one counts)
            found = _placed(e, pool, asserted, places, anchor if labels else None, labels)
            if found is not None:
                if found[0]:
                    return found
                break
    # (the figures of a sum or difference asked for are its inputs, not counts it asserts: "what's 62 plus 1,138
    # victims"; a figure the store never gives is caught before, by missing_from_store)
    counts = () if q.arithmetic else (_other_count, _swapped_figures)
    for check in (_other_date, _other_direction, *counts, _swapped_roles, _other_chair):
        found = check(q, content, q_tokens, idf)
        if found is not None:
            return found
    # (a figure given with its group is asserted of that group, marked as an assertion or not: "what did the
    # paper say about the 970 boys?")
    found = _other_group(q, content)
    if found is None:
        found = _figure_elsewhere(q, content, q_tokens, idf, places)
    if found is not None:
        return found
    if q.premise:
        found = _negated_in_source(q, content, q_tokens, idf)
        if found is not None:
            return found
    if q.premise or _STATEMENT_FIRST.match(q.text):
        # (a statement before the question asserts it too: "The paper says Cambodia is …. What evidence …?")
        found = _other_country_clause(q, content, q_tokens, idf, proper_names)
        if found is not None:
            return found
    # a question presupposes what it asks about ("how many victims did the authors interview?"), asserted or not
    found = _only_recommended(q, content, q_tokens, idf)
    if found is not None:
        return found
    period = YEAR_PERIOD.search(q.text)
    asked = period_years(period) if period else None
    counts = [c for c in _counts(q) if not asked or c not in asked]
    # (a period in a question that asks how many dates the count asked, not the document: "according to the
    # Perpres 19/2023 digest, how many reports did police receive in 2015-2019?")
    if period and (counts or (q.constraints.documents and q.answer_type != "quantity"
                              and not dates_counted(q.text, period))):
        # a period the question gives a law or plan ("Perpres 19/2023 … for 2015–2019") or a figure ("the 2,605
        # cases cover 2015 to 2020"), where the sentence that names that document, or gives that figure, gives it
        # another period
        for e in content:
            figs = {rx.sub(r"\D", "", f) for f in content_figures(e.text)}
            if (q.constraints.documents and all(has_constraint(e.text, d) for d in q.constraints.documents)) or (
                    counts and all(c in figs for c in counts)):
                given = {period_years(m) for m in YEAR_PERIOD.finditer(e.text)}
                if given and asked not in given:
                    return f"{asked[0]}–{asked[1]}", e
    actor = asserted_actor(q, proper_names) if q.premise else None
    # (a name and a year before a word for a document name that document, not a doer: "why does the UNODC 2020
    # report think …" asks what the report says; "… comes from Snyder (2019)" still credits Snyder)
    if actor and content and not rx.search(rf"\b{re.escape(actor)}\s*\(?(?:19|20)\d\d\)?\s+(?:{_source_nouns()})\b",
                                           q.text, re.I):
        found = _other_actor(q, actor, content, pool, q_tokens, idf, aliases)
        if found is not None:
            return found
    return _relabelled(q, content, q_tokens, idf, labels)


def _relabelled(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                labels: list[tuple[set[str], str]]) -> tuple[str, Evidence] | None:
    """A numbered label the question gives (``labelled_numbers``: "Tier 3", "SOMTC ke-20") that the sentence best
    speaking of the question's subject with the same label gives another number: the number and that sentence."""
    # (an edition whose noun is left out before its pair's: "the 42nd and the 43rd summits", "ke-42 dan ke-43")
    ordinals = [a or b for a, b in _EDITION_NUMBER.findall(q.text)]
    for toks, number in labels:
        side_by_side = _SPAN_ENDS if q.interval else _SIDE_BY_SIDE
        if any(t2 & toks and n2 != number and side_by_side.search(_between(q.text, number, n2))
               for t2, n2 in [*labels, *((toks, n) for n in ordinals)]):
            continue  # ("KTT ke-42 dan ke-43": two editions set side by side; a sentence on one is not on the other;
            # "Tier 2 or Tier 3?" asks which, and "from Tier 1 to Tier 3" asserts a move: the check stays, unless
            # the question asks for the time between them: "how long from the 42nd summit to the 43rd")
        # the subject is the countries of the question's sentence that gives the label ("why did Cambodia get
        # upgraded to Tier 1? my group thinks it was the MoU with Indonesia": Cambodia's tier)
        if q.interval and any(toks & e.tokens and names_edition(e.text, number) for e in content):
            continue  # ("from the 18th Summit to the signing at the 27th, how many years?": the time between two
            # events names each end; the sources name the edition asked, and the sentence on the other end gives
            # the other end's number, no other number for this one)
        holding = [x for x in sentences_of(q.text) if number in rx.findall(r"\d+", x) and toks & set(tokenize(x))]
        subject = [c for c in q.constraints.places if country_forms_pattern(c).search(holding[0])] if holding \
            else []
        subject = subject or q.constraints.places  # ("Cambodia is Tier 2. Why was it upgraded?": no country there)
        about = [e for e in content if toks & e.tokens and all(has_constraint(e.text, c) for c in subject)]
        anchor = q_tokens
        if holding and len(sentences_of(q.text)) > 1:
            # the claim made of the label is the sentence that gives it ("The paper says Indonesia put trafficking
            # on the agenda of the 43rd Summit. According to the digest, which country …?"), not the next question
            anchor = q_tokens & (set(tokenize(holding[0])) | set(rendered_tokens(holding[0]))) or q_tokens
        for e in _described(q, about, anchor - {number}, idf, [], 0.0 if subject else PLACE_SHARE):
            given = {n for t2, n in labelled_numbers(e.text, "en") if t2 & toks}
            # (a sentence that also names the edition asked, by its ordinal, does not give it another number: "42nd
            # ASEAN Summit (…); 43rd Summit in Jakarta" for "KTT ASEAN ke-43")
            if len(given) == 1 and number not in given and not names_edition(e.text, number):
                return number, e
            if len(given) == 1:
                break
    return None


_FIGURE_NOUN = re.compile(r"(?<![\w.,])(\d[\d.,]*\d|\d)\s+([A-Za-z][\w-]*)")  # a figure and the word after it


def _counted_nouns(text: str, lang: str) -> dict[str, set[str]]:
    """Each figure of ``text`` and the tokens of the word right after it ("2,778 people" → {"2778": {"peopl"}});
    an Indonesian word by its English renderings too (not a year, not a generic classifier such as "orang")."""
    out: dict[str, set[str]] = {}
    for m in _FIGURE_NOUN.finditer(text):
        figure, word = figure_key(m.group(1)), m.group(2).lower()
        rendered = set(rendered_tokens(word)) if lang == "id" else set()
        # (a function word after a figure counts nothing: "19 of the …"; an Indonesian word does when it renders
        # as a noun, "orang" → people)
        if rx.fullmatch(r"(?:19|20)\d\d", m.group(1)) or word in stopwords("en") or (
                not rendered and word in all_stopwords()):
            continue
        toks = set(tokenize(word)) | rendered
        out.setdefault(figure, set()).update(toks)
    return out


def _swapped_figures(q: Question, content: list[Evidence], q_tokens: set[str],
                     idf: dict[str, float]) -> tuple[str, Evidence] | None:
    """Two figures the question gives the other's nouns ("rescued 861 people from 2,778 reports" where the sentence
    holding both says "2,778 people from 861 reports"): the question has moved each figure to the other's thing."""
    asked = _counted_nouns(q.text, q.language)
    if len(asked) < 2:
        return None
    for e in content:
        given = _counted_nouns(e.text, "en")
        if not set(asked) <= set(given):
            continue
        for figure, nouns in asked.items():
            if nouns & given[figure]:
                continue
            # the question's noun for this figure is the sentence's noun for another of the question's figures
            if any(nouns & given[other] for other in asked if other != figure):
                return next(m.group(1) for m in _FIGURE_NOUN.finditer(q.text) if figure_key(m.group(1)) == figure), e
    return None


@lru_cache(maxsize=64)
def rendering_groups(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """For an Indonesian question, the English tokens each of its words is rendered as, where there are several
    ("tahap" → "stage", "step"): alternatives for one term of the question, not two terms."""
    if lang != "id":
        return ()
    out = []
    for w in dict.fromkeys(rx.findall(r"[^\W\d_]+", text.lower())):
        toks = frozenset(rendered_tokens(w))
        if len(toks) > 1 and toks not in out:
            out.append(toks)
    return tuple(out)


def _described(q: Question, content: list[Evidence], anchor: set[str], idf: dict[str, float],
               labels: list[tuple[set[str], str]], share: float) -> list[Evidence]:
    """The sentences that hold at least ``share`` of an event's terms (idf-weighted; a numbered label they name,
    such as "the 42nd summit", counts as a term as rare as the rarest), best first."""
    # a term and the other words of its synonym group ("form", "set up", "establish"), or the other renderings of
    # the same Indonesian word ("tahap" → "stage", "step"), count once, by their rarest
    alternatives = [*synonym_groups(), *rendering_groups(q.text, q.language)]
    groups: list[set[str]] = []
    for t in sorted(anchor):
        group = next((g for g in alternatives if t in g), {t}) & anchor
        if group not in groups:
            groups.append(group)
    gweight = [max(idf.get(t, 0.0) for t in g) for g in groups]
    rarest = max(gweight, default=0.0)
    weight = sum(gweight) + rarest * len(labels)
    if len(groups) < 2 or weight <= 0:
        return []

    def held(e: Evidence) -> float:
        named = sum(1 for toks, n in labels if toks & e.tokens and has_constraint(e.text, n))
        return (sum(w for g, w in zip(groups, gweight, strict=True) if g & e.tokens) + rarest * named) / weight

    scored = sorted(((held(e), e.score, i) for i, e in enumerate(content)), reverse=True)
    return [content[i] for h, _, i in scored[:EVENT_SENTENCES] if h >= share]


def _placed(best: Evidence, pool: list[Evidence], asserted: list[str],
            places: frozenset[str], anchor: set[str] | None = None,
            labels: list[tuple[set[str], str]] = ()) -> tuple[str, Evidence] | None:
    """Where the sentence places the event: the sentence itself, else the sentence before or after it, whichever
    first names a place of the asserted place's kind (a city, a country). ``("", best)`` when that sentence holds
    the asserted place, ``(place, sentence)`` when it names another one, None when none of them names a place."""
    before, after = neighbours(best, pool)
    for place in asserted:
        canonical = countries().get(place.lower(), place)
        for x in (best, before, after):
            if x is None:
                continue
            # a place the sentence puts something in ("in Labuan Bajo", "di Jakarta"), not a nationality
            # ("Indonesian citizens") or a name ("the Embassy of Indonesia")
            # (the clause about the event: "42nd Summit (Labuan Bajo); 43rd Summit in Jakarta" places the 43rd)
            text = _best_clause(x.text, anchor, labels) if anchor else x.text
            named = {countries().get(r.lower(), r) for r in places | set(countries())
                     if _is_country(r) == _is_country(place) and _locative_pattern(r).search(text)}
            if not named:
                continue
            if canonical in named or has_constraint(text, canonical):
                break
            return place, x
        else:
            return None
    return "", best


def _passive_with_agent(rest: str, lang: str) -> bool:
    """Whether the clause after a subject is a passive verb followed by its agent ("dibentuk oleh/sama X", "was
    formed by X"; with an adverb between: "dipimpin langsung sama X")."""
    # (the auxiliary may be gone with the question's opening: "was the task force set up by X" → "the task force
    # set up by X")
    m = rx.match(r"\s+(?:(?:itu|ini|tersebut)\s+)?(?:(di[a-z]{3,})\s+(?:[a-z]+\s+)?(?:oleh|sama|ama)\b"
                 r"|(?:(?:was|were|is|are|has been|had been)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:up|out|down))?\s+by\b)",
                 rest, re.I)
    return bool(m) and (m.group(1) is None or (lang == "id" and passive_verb(m.group(1))))


def _passive_without_agent(rest: str, lang: str) -> bool:
    """Whether the clause after a subject is a passive verb with no agent ("Satgas TPPO dibentuk tanggal 5 Juli",
    "the task force was formed in July"), or an Indonesian stative one ("terbentuk", as users type it "kebentuk"):
    the subject is what was done to, and the claim names no doer."""
    m = rx.match(r"\s+(?:(?:itu|ini|tersebut|udah|sudah|baru)\s+)?(?:((?:di|ter|ke)[a-z]{3,})\b"
                 r"|(?:was|were|is|are|has been|had been|have been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b)", rest, re.I)
    return bool(m) and (m.group(1) is None or (lang == "id" and (passive_verb(m.group(1))
                                                                 or stative_verb(m.group(1)))))


# the opening of a cleft, which puts the doer of its relative clause after a copula ("yang ketemu … itu X")
_CLEFT_OPENING = re.compile(r"(?:yang|yg|the\s+(?:one|ones|person|people|body)\s+(?:who|that|which))\s", re.I)


def asserted_actor(q: Question, proper_names: frozenset[str] = frozenset()) -> str | None:
    """The body a premise question makes the subject of its claim: a name that opens the claim ("why did Kemenlu
    form …", "SBMI reported that …"), or, typed in lower case, a name the store writes capitalised ("why did the
    foreign ministry arrest …")."""
    claim = claim_of(q)
    for name in q.constraints.names:
        # (with the capitalised words that follow it: "Polda Bali" is another body than "Polda Metro Jaya")
        m = rx.match(rf"(?i:(?:the\s+)?)((?i:{re.escape(name)})(?:\s+[A-Z][\w-]*)*)(?![\w-])", claim)
        # (not the subject of a passive with its agent: "Satgas TPPO dibentuk oleh Kemenlu", "the task force was
        # formed by Kemenlu" assert the agent, below)
        # (nor the subject of a passive without one, which names no doer: "Satgas TPPO dibentuk tanggal 5 Juli")
        if m and not _passive_with_agent(claim[m.end():], q.language) \
                and not _passive_without_agent(claim[m.end():], q.language):
            return m.group(1)
    # a name the claim credits as agent or source ("recorded by BP2MI", "datanya dari SBMI", "dicatat BP2MI")
    markers = "|".join(re.escape(m) for m in words()["agent_markers"].get(q.language, []))
    for name in q.constraints.names:
        # (the colloquial agent particle after a passive verb too: "dibentuk sama Kemenlu")
        # (with an adverb between: "dipimpin langsung sama Kapolri")
        for m in rx.finditer(rf"\b(?:({markers})|(di[a-z]{{3,}})(?:(?:\s+[a-z]+)?\s+(?:sama|ama))?)\s+(?:the\s+)?"
                             rf"{re.escape(name)}(?![\w-])", claim, re.I):
            if m.group(1) or (q.language == "id" and passive_verb(m.group(2))):
                return name
    # a body the claim says something was moved or handed to ("sekretariatnya dipindah ke Kemlu")
    moved = "|".join(re.escape(m) for m in words()["destination_markers"].get(q.language, []))
    # (not a place: "moved to Jakarta" is the place check's)
    for name in (n for n in q.constraints.names if n not in q.constraints.places and n.lower() not in countries()):
        if rx.search(rf"\b(?:{moved})\s+(?:the\s+)?{re.escape(name)}(?![\w-])", claim, re.I):
            return name
    # a body typed in lower case as a passive's agent, one the store writes capitalised ("was set up by the foreign
    # ministry")
    agent = rx.search(r"\b(?:by|oleh|sama)\s+(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*$", claim)
    if agent:
        said = agent.group(1).split()
        for n in (4, 3, 2):
            if len(said) >= n and " ".join(said[:n]) in proper_names:
                return " ".join(said[:n])
    if _CLEFT_OPENING.match(claim):
        # a cleft names the doer after its copula ("yang ketemu Kapolda … itu Menlu Retno", "the one who met … was
        # Retno")
        for name in q.constraints.names:
            if rx.search(rf"\s(?:itu|adalah|ialah|was|is|were)\s+(?:the\s+)?{re.escape(name)}(?![\w-])", claim, re.I):
                return name
    words_ = rx.sub(r"^(?:the|an?)\s+", "", claim, flags=re.I).split()
    for n in (4, 3, 2):
        lead = " ".join(words_[:n]).lower()
        # (nor here the subject of a passive: "satgas tppo kebentuk tgl 5 juli" names no doer)
        if len(words_) > n and lead in proper_names \
                and not _passive_without_agent(" " + " ".join(words_[n:]), q.language):
            return lead
    # a person typed in lower case after their office ("menlu retno yang …", "the foreign minister retno …"): a
    # word that opens a name the store writes ("Retno Marsudi")
    m = rx.match(rf"(?:the\s+)?({office_pattern().pattern})\s+([a-z][a-z'-]{{2,}})\b", claim, re.I)
    if m and any(n.startswith(m.group(2).lower() + " ") for n in proper_names):
        return f"{m.group(1)} {m.group(2)}"
    return None


def claimed_act(q: Question, actor: str) -> str:
    """The verb a premise question credits its asserted body with, as written: the passive verb before the body
    as its agent ("dipimpin langsung sama Kapolri" → "dipimpin", "is led by the Kapolri" → "led") or the verb
    after it as subject ("Mike Pompeo release the report" → "release", "Kemlu udah bentuk …" → "bentuk"); "" when
    there is none."""
    claim = claim_of(q)
    m = rx.search(rf"(?<![\w-]){re.escape(actor)}(?![\w-])", claim, re.I)
    if m is None:
        return ""
    before = rx.sub(r"\s+(?:by|oleh|sama|ama)\s+(?:the\s+)?$", "", claim[:m.start()], flags=re.I)
    verb = ""
    if before != claim[:m.start()]:
        # (the nearest of the two words before the agent that is a passive verb; an adverb may stand between)
        verb = next((w for w in reversed(before.split()[-2:]) if (passive_verb(w) if q.language == "id" else
                                                                  rx.fullmatch(r"[a-z]{3,}(?<!ly)", w, re.I))), "")
    else:
        # (an aspect word or an adverb may stand between the subject and its verb: "udah bentuk", "quickly signed")
        after = rx.match(r"\s+(?:(?:yang|yg|itu|telah|sudah|udah|sempat|juga|memang|[a-z]+ly)\s+)?([a-z]{3,})\b",
                         claim[m.end():], re.I)
        verb = after.group(1) if after else ""
    low = verb.lower()
    return "" if not verb or low in all_stopwords() or low in _AUX_VERBS else verb


# auxiliaries, which carry no act ("Kemlu was …", "SBMI has …")
_AUX_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "did", "does", "has", "have", "had", "will", "would",
                        "can", "could", "should", "may", "might", "must", "adalah", "ialah", "merupakan"})


PROVISION_NEAR = 0.5  # share of the best evidence's score at which a sentence numbering a provision is on the subject
# the words for a law's provision, by the word the question asks with
PROVISION_FORMS = {"pasal": "pasal|article", "article": "pasal|article", "ayat": "ayat|paragraph",
                   "paragraph": "ayat|paragraph"}


def numbers_provision(text: str, forms: str, documents: list[str], passage: str = "") -> bool:
    """Whether ``text`` numbers a provision ("Article 58", "Pasal 2") of one of the documents the question names
    (any, when it names none). A provision written as another document's ("Article 58 of Law 21/2007") is not one
    of the regulation asked about ("Perpres 49/2023 pasal brp …"); one written alone is that of its ``passage``'s
    document (a digest of Law 21/2007: "Article 58 requires …")."""
    for m in rx.finditer(rf"\b(?:{forms})\s+\d[\w–-]*(?:\s+(?:of|dari|dalam)\s+([^.;()]{{0,40}}))?", text, re.I):
        owner = m.group(1) or passage
        if not documents or any(has_constraint(owner, d) for d in documents):
            return True
    return False


# a share dated by what follows it: "9.4% (SHPN, 2016)", "8.7% (2021)", "46.14% in 2019"
_DATED_SHARE = re.compile(r"(\d[\d.,]*\s*%)\s*(?:\((?:[^()]{0,40}?,\s*)?((?:19|20)\d\d)\)"
                          r"|(?:in|pada|tahun)\s+((?:19|20)\d\d)\b)")


def dated_otherwise(text: str, years: list[str], q_tokens: set[str]) -> bool:
    """Whether every share (a percentage) of the item of ``text`` most about the question (read sentence by
    sentence, and a sentence that enumerates, "2) … 3) …", item by item) is dated, by what follows it or by the
    year that labels its sentence, to a year other than ``years``."""
    sentences = [x for sentence in sentences_of(text) for x in rx.split(r"(?<=[.;])\s+(?=(?:19|20)\d\d\s*:)", sentence)]
    items = [x for sentence in sentences for x in enumerated_items(sentence) if "%" in x] or [text]
    text = max(items, key=lambda x: len(set(tokenize(x)) & q_tokens))
    shares = rx.findall(r"\d[\d.,]*\s*%", text)
    label = rx.match(r"\W*((?:19|20)\d\d)\s*:", text)  # (a sentence under a year's label: "2016: 33.4% …")
    dated = [label.group(1)] * len(shares) if label else [m.group(2) or m.group(3) for m in _DATED_SHARE.finditer(text)]
    return bool(shares) and len(dated) == len(shares) and not set(dated) & set(years)


# a period of years: "2017–2022", "from 2017 to 2022", "2017 sampai 2022", "between 2017 and 2022"
YEAR_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—]|\b(?:to|until|till|through|sampai|sampe|hingga|s\.?d\.?)\b)\s*"
                    r"((?:19|20)\d\d)\b|\b(?:between|antara)\s+((?:19|20)\d\d)\s+(?:and|dan)\s+((?:19|20)\d\d)\b", re.I)


def period_years(m: re.Match) -> tuple[str, str]:
    """The first and last year of a period ``YEAR_PERIOD`` found."""
    return (m.group(1) or m.group(3), m.group(2) or m.group(4))


_CLAUSE_OPENER = re.compile(rf"{CITATION.pattern}|{ITEM_NUMBER}")  # "(SBMI, 2023)", "4)"


def _figure_clause(text: str, number: str) -> str | None:
    """The part of a sentence that a figure belongs to: from the citation or item before it to the citation that
    follows it ("… (SBMI, 2023), 4) in the May 2023 report there are 1,138 … (Wardah, 2023)")."""
    digits = rx.sub(r"\D", "", number)
    for m in rx.finditer(r"\d[\d.,]*", text):
        if rx.sub(r"\D", "", m.group(0)) != digits:
            continue
        # (a clause opens after a citation or an item's number, not after any bracket: "… (*SIMFONI PPA*) shows
        # that … 2,605 cases" credits SIMFONI PPA)
        opens = [b.end() for b in _CLAUSE_OPENER.finditer(text, 0, m.start())]
        start = opens[-1] if opens else 0
        after = CITATION.search(text, m.end())
        return text[start: after.end() if after else len(text)]
    return None


@lru_cache(maxsize=1)
def _reporting_tokens() -> frozenset[str]:
    return frozenset(t for v in reporting_verbs() for t in tokenize(v))


def heads_unit(title: str, unit: str) -> bool:
    """Whether ``title`` is the title of the head or deputy head of ``unit``, made by an Indonesian office prefix
    on its acronym (list ``office_prefixes``: "Kapolri" of Polri, "Wakabareskrim" of Bareskrim)."""
    low, base = title.lower(), unit.lower()
    return any(low == p + base for p in words()["office_prefixes"])


def telling_act(q: Question, actor: str, content: list[Evidence], anchor: set[str],
                idf: dict[str, float]) -> tuple[str, Evidence] | None:
    """The sentence most about a premise's event that tells the act the premise credits ``actor`` with
    (``claimed_act``), with the evidence that holds it (a glossary entry is one piece of evidence of several
    sentences); None when the claim has no such act, or no sentence on the event tells it. A verb with which
    sources report any figure ("reported", "recorded") is no such act: a figure's clause says whose it is."""
    verb = claimed_act(q, actor)
    # (in any form: "report" as "reported")
    reporting = verb.lower() in reporting_verbs() or bool(set(tokenize(verb)) & _reporting_tokens())
    act = verb_terms(verb, q.language) if not reporting else set()
    if not act:
        return None
    # (ranked by the event's other terms, the act being what is checked; the glossary's entry of the asserted
    # body says what it did, not who did the event's act)
    told = [(next(x for x in [*sentences_of(e.text), e.text] if act & set(tokenize(x))), e)
            for e in _described(q, content, anchor - act, idf, [], PLACE_SHARE)
            if act & e.tokens and not (e.chunk.kind == "glossary"
                                       and set(tokenize(e.chunk.section)) <= set(tokenize(actor)))]
    # (one that names the doer as the act's agent first: "was released by Secretary of State Antony Blinken")
    return next((t for t in told if _AGENT_NAMED.search(t[0])), told[0] if told else None)


# a name after the word that marks a passive's agent ("by Secretary of State Antony Blinken", "oleh Kapolri")
_AGENT_NAMED = re.compile(r"\b(?:by|oleh)\s+(?:the\s+)?[A-Z]")


def on_named_event(q: Question, e: Evidence) -> bool:
    """Whether the passage of ``e`` holds every name the question gives its event: a sentence on another event
    describes none of the question's — "was Jokowi at the AMMTC in August 2023?" is not dated by the Perpres he
    signed in February, nor is the chair of ACTIP's signing the Indonesian Chairmanship of another declaration."""
    return all(has_constraint(passage_of(e), n) for n in q.constraints.names)


def _other_actor(q: Question, actor: str, content: list[Evidence], pool: list[Evidence], q_tokens: set[str],
                 idf: dict[str, float], aliases=None) -> tuple[str, Evidence] | None:
    anchor = q_tokens - set(tokenize(" ".join([actor, *(aliases or {}).get(actor, [])])))
    numbers = [n for n in q.constraints.numbers if n not in q.constraints.years]
    forms = {f.lower() for f in [actor, *(aliases or {}).get(actor, [])]}

    def credits(e: Evidence, number: str) -> bool:  # (in the figure's own clause, or the glossary entry's term)
        clause = _figure_clause(e.text, number)
        return clause is not None and (has_constraint(clause, actor) or (  # (the name itself, not a loose alias)
            e.chunk.kind == "glossary" and e.chunk.section.lower() in forms))

    # (a figure of two digits or more that is no part of the body's own name; a body, not a document: "Law No. 13
    # of 2006 is the one with penalties of up to 15 years" credits the penalty to a law, which ``contradiction``
    # checks otherwise)
    if not rx.match(rf"(?:{DOCUMENT_KINDS})\b", actor, re.I) and any(
            len(rx.sub(r"\D", "", n)) >= 2 and n not in actor and any(credits(e, n) for e in content)
            for n in numbers):
        # a sentence that gives the question's own figure and credits it to the body named states the claim (the
        # glossary's IOM entry: "since 2005 it has assisted more than 9,000 trafficking victims" for "IOM katanya
        # udah bantu lebih dari 9.000 korban"), whichever sentence describes the event best
        return None
    cited_as_source = bool(either_language(words()["source_nouns"]).search(q.text))  # ("Alifia's thesis")
    described = [e for e in _described(q, content, anchor, idf, [], PLACE_SHARE)
                 # (the glossary's entry of a word the question uses defines it; it reports no event: "KTT")
                 if not (e.chunk.kind == "glossary" and set(tokenize(e.chunk.section)) <= q_tokens)]
    # a sentence on the event that tells the act credited ("The central force is led by the Vice Head of
    # Bareskrim") settles who did it by itself: a body it names confirms or contradicts the claim, whatever the
    # sentences beside it say of the asserted body's other acts ("set up by the Kapolri")
    # (a sentence that tells it of the body, or of its own head, "set up by the Kapolri" for "Polri set up …", is
    # left to the sentences on the event below: the body may be named there beside the one that did it)
    told = telling_act(q, actor, content, anchor, idf)
    if told is not None and credits_another(told[0], actor, anchor, q, aliases):
        return actor, told[1]
    claim = claim_of(q)
    said = rx.search(re.escape(actor), claim, re.I)
    if not numbers and not claimed_act(q, actor) and rx.match(r"\s*at\b", claim[said.end() if said else 0:], re.I):
        return None  # ("was Jokowi at the AMMTC?": a presence asserted; others named there do not deny it)
    for e in described:
        clauses = [c for c in (_figure_clause(e.text, n) for n in numbers) if c]
        if clauses:  # a figure's own clause says whose figure it is
            texts = clauses
        else:
            before, after = neighbours(e, pool)
            texts = [x.text for x in (e, before, after) if x is not None]
        if any(has_constraint(t, actor, aliases) for t in texts):
            return None
        lead = set(tokenize(e.chunk.source_id.split("-")[0]))
        if e.chunk.kind == "digest" and lead and lead <= set(tokenize(actor)) and cited_as_source:
            # ("why does Alifia's thesis judge …": the digest of that thesis speaks for it; a body that is a
            # source's author and an actor of the events, "why did Polri sign …", is still checked)
            return None
        others = [m.group(0) for t in texts[:1] for m in actor_names(t, q)
                  if m.group(0).lower() not in countries() and not set(tokenize(m.group(0))) <= anchor]
        if others:
            return actor, e
    return None


def credits_another(sentence: str, actor: str, anchor: set[str], q: Question, aliases=None) -> bool:
    """Whether a sentence that tells an act credits another doer than ``actor``: it does not name the actor (nor a
    unit the actor heads), and it names someone who is neither a country nor one of the event's own words."""
    named = [m.group(0) for m in actor_names(sentence, q)]
    return not has_constraint(sentence, actor, aliases) and not any(heads_unit(n, actor) for n in named) and any(
        n.lower() not in countries() and not set(tokenize(n)) <= anchor for n in named)


def _other_date(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    asked = find_dates(q.text)
    if OR_DAYS.search(q.text):
        return None  # (days given as alternatives, "10 May or 11 May 2023?", ask which one: no date is asserted)
    if not asked:
        return _other_event_month(q, content, q_tokens, idf) or _other_event_year(q, content, q_tokens, idf)
    days = {d for d, _ in asked}
    if q.interval and any(days & {d for d, _ in find_dates(e.text)} for e in content):
        # ("how many days after the 22 Aug 2023 release was the meeting?": an interval's date that a passage gives
        # is the date of one of its two events, whichever sentence describes the other one)
        return None
    anchor = q_tokens - {t for _, raw in asked for t in tokenize(raw)}
    if q.interval:
        # ("berapa hari antara deklarasi … 10 mei 2023 dan MoU …": the date is the first event's; the sentence on
        # the other event dates that one) the event the date is given is the part of the question that holds it
        part = next((x for x in q.parts if asked[0][1] in x), "")
        own = set(tokenize(part)) | set(tokenize(" ".join(translate_terms(part))))
        anchor &= own
    # (a date the question gives that one sentence on the event states is no false premise, though another source
    # dates the event otherwise — the paper's "July 5 2023" beside a digest's "5 June 2023": the answer says both)
    dated = [(e, given) for e in _described(q, content, anchor, idf, [], PLACE_SHARE) if not _other_year(q, e.text)
             and (given := {d for d, _ in find_dates(e.text)})]
    if not dated or any(given & days for _, given in dated):
        return None
    return asked[0][1], dated[0][0]


# a law's reference with its year: "Law No. 13/2006", "Law Number 21 of 2007", "Peraturan Presiden Nomor 19 Tahun 2023"
_LAW_NUMBER = re.compile(rf"(?:{_LAW_REF.pattern})(?:{LAW_YEAR_AFTER.pattern})?", re.I)
_TEMPORAL = "in|on|during|since|by|until|throughout|from|pada|tahun|sejak|selama|hingga|sampai|di|dari"


# a month with its year that dates an event, after a preposition or none ("signed in October 2023", "diteken
# Oktober 2023": Indonesian often drops "pada")
_IN_MONTH = re.compile(rf"\b(?:(?:in|during|pada|bulan|di)\s+)?(?:bulan\s+)?({MONTH_RE})\.?\s+((?:19|20)\d\d)\b", re.I)
MONTH_OF_YEAR = re.compile(  # a month with its year: "October 2023", "10 Oct 2023"
    rf"\b({MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b", re.I)


def _other_event_month(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """A month the question gives an event ("met … in July 2023") where the sentence that clearly describes that
    event dates it to another month of the same year ("On September 4 2023, … met …") and not this one."""
    m = _IN_MONTH.search(q.text)
    if m is None:
        return None
    month, year = _MONTHS[m.group(1).lower()], m.group(2)
    clause = rx.split(r"[,;:—–]", q.text[:m.end()])[-1] + rx.split(r"[,;:?—–]", q.text[m.end():])[0]
    when = set(tokenize(m.group(0)))
    own = set(tokenize(clause)) & q_tokens - when
    anchor = (own if len(own) >= 2 else q_tokens) - when
    for e in (e for e in _described(q, content, anchor, idf, [], ANCHOR_SHARE) if on_named_event(q, e)):
        given = {(d.month, str(d.year)) for d, _ in find_dates(e.text)} | {
            (_MONTHS[g.group(1).lower()], g.group(2)) for g in MONTH_OF_YEAR.finditer(e.text)}
        if given:  # the best-described sentence that dates the event decides
            same_year = {mo for mo, y in given if y == year}
            return (f"{m.group(1)} {year}", e) if same_year and month not in same_year else None
    return None


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|while|but|dan|sedangkan)\s+", re.I)  # where a clause of its own opens


@lru_cache(maxsize=1)
def _chair_patterns() -> list[re.Pattern]:
    """The ways a text names the country that holds a chair (list ``chair_words``): "Indonesia's chairmanship",
    "the Indonesian Chairmanship", "chaired by Malaysia", "Indonesia chaired ASEAN", "keketuaan Indonesia",
    "Indonesia sebagai ketua" — each with the country in its one group."""
    forms = "|".join(re.escape(f) for f in sorted(countries(), key=len, reverse=True) if len(f) > 2)
    table = words()["chair_words"]
    roles = "|".join(re.escape(w) for w in table["roles"])
    return [rx.compile(rf"\b({forms})(?:['’]s)?\s+(?:ASEAN\s+)?(?:{roles})\b", re.I),
            rx.compile(rf"\b(?:{'|'.join(map(re.escape, table['by']))})\s+({forms})\b", re.I),
            rx.compile(rf"\b({forms})\s+(?:{'|'.join(map(re.escape, table['acts']))})\b", re.I),
            rx.compile(rf"\b(?:{'|'.join(map(re.escape, table['of']))})\s+(?:ASEAN\s+)?({forms})\b", re.I)]


def chair_matches(text: str) -> list[tuple[str, str]]:
    """Each country ``text`` names as holding a chair (``_chair_patterns``): its gazetteer name and the form
    written."""
    return [(countries()[m.group(1).lower()], m.group(1)) for p in _chair_patterns() for m in p.finditer(text)]


def chairs_named(text: str) -> set[str]:
    """The countries ``text`` names as holding a chair, by their gazetteer names."""
    return {country for country, _ in chair_matches(text)}


def _other_chair(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """A country an assertion says held the chair of an event ("why was the declaration adopted under Cambodia's
    ASEAN chairmanship?") where the sentence that best describes the event, among those naming a chair, names
    another country's ("one of the deliverables of the Indonesian Chairmanship …"): that country as the question
    writes it, and that sentence."""
    matches = chair_matches(q.text) if q.premise else []
    if len({country for country, _ in matches}) != 1:
        return None
    country, typed = matches[0]
    roles = {t for w in words()["chair_words"]["roles"] for t in tokenize(w)}
    anchor = q_tokens - country_tokens(country) - roles
    for e in _described(q, [e for e in content if chairs_named(e.text)], anchor, idf, [], ANCHOR_SHARE):
        return (typed, e) if country not in chairs_named(e.text) else None
    return None


def _other_event_year(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """A year the question gives an event ("chaired ASEAN in 2022") where the sentence that clearly describes
    that event gives it another year and not this one. An assertion that dates several acts, each year in its own
    coordinated clause ("ACTIP was signed in 2017 and came into force in 2015, right?"), is checked act by act:
    each year against the clause of the sentence that tells its act."""
    years = q.constraints.years
    if len(years) == 1:
        return _year_of_event(q, years[0], content, q_tokens, idf, coordinated=False)
    # (the years of a span, "from 2010 to 2015", "2017–2022", date no acts of their own: ``_other_span`` checks
    # them; nor do years in one clause, which are not set each beside its own act)
    if not q.premise or len(years) > 3 or YEAR_SPAN.search(q.text) or any(
            sum(y in clause for y in years) > 1 for clause in _COORDINATED.split(q.text)):
        return None
    for year in years:
        found = _year_of_event(q, year, content, q_tokens, idf, coordinated=True)
        if found is not None:
            return found
    return None


# where a coordinated clause of an assertion opens ("… signed in 2017 and came into force in 2015")
_COORDINATED = re.compile(r"\s+(?:and|while|but|whereas|dan|serta|tapi|tetapi|sedangkan|lalu|terus)\s+", re.I)


def _year_of_event(q: Question, year: str, content: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                   coordinated: bool) -> tuple[str, Evidence] | None:
    """``year`` and the sentence that best describes the event the question dates with it, when that sentence gives
    the event another year; None when it gives this one or the year dates no event. ``coordinated``: the
    question dates several acts, so the event is the year's own coordinated clause alone, told by a word of its
    own (not the thing named, which the clauses share)."""
    # the time of an event is given with a preposition ("in 2022", "pada 2022"); a year before a noun labels a
    # thing ("the 2017 report"), and is no event's date
    # (nor is a year in a law's number: "Perpres Nomor 19 Tahun 2023")
    unnumbered = _LAW_NUMBER.sub(lambda m: " " * len(m.group(0)), q.text)
    at = rx.search(rf"\b(?:{_TEMPORAL})\s+(?:the\s+year\s+|tahun\s+)?{year}\b", unnumbered, re.I)
    if at is None:
        return None
    # the event is the clause that holds the year ("Since Indonesia chaired ASEAN in 2022, which summit …")
    clause = rx.split(r"[,;:—–]", q.text[:at.end()])[-1] + rx.split(r"[,;:?—–]", q.text[at.end():])[0]
    named = {t for n in q.constraints.names for t in tokenize(n)}
    if coordinated:
        clause = next(c for c in _COORDINATED.split(clause) if year in c)
        own = (set(tokenize(clause)) | set(rendered_tokens(clause)) if q.language == "id" else
               set(tokenize(clause))) - named - set(q.constraints.years)
        if not own & q_tokens:
            return None
        anchor = (own & q_tokens) | (named & q_tokens)
    else:
        # (an English confirmation tag inside the clause, "… in 2006 right, same year as …", tells nothing of the
        # event; an Indonesian clause's own words are few among the question's English terms, and its tag, "… dari
        # 2006 kan", stays one of them)
        own = set(tokenize(clause)) & q_tokens - (_tag_tokens(q.language) if q.language == "en" else frozenset())
        anchor = (own if len(own) >= 2 else q_tokens) - {year}
    for e in _described(q, content, anchor, idf, [], ANCHOR_SHARE):
        # (a year in a law's number dates no event where the sentence gives one of its own: "Created by Law No.
        # 13/2006 …; operational since 2008")
        given = set(rx.findall(r"\b(?:19|20)\d\d\b", _LAW_NUMBER.sub(" ", e.text))) \
            or set(rx.findall(r"\b(?:19|20)\d\d\b", e.text))
        if len(given) >= 2:
            # (of clauses dating several events, the one that tells the event asked: "Signed … on 21 Nov 2015 (27th
            # ASEAN Summit); entered into force on 8 March 2017" dates the entry into force to 2017)
            # (by the words of the event, not of the thing named, which the sentence's first clause names)
            event = anchor - named
            dated = [c for c in _CLAUSE_BREAK.split(e.text) if rx.search(r"\b(?:19|20)\d\d\b", c)]
            fit = [len(set(tokenize(c)) & event) for c in dated]
            if len(dated) >= 2 and fit.count(max(fit)) == 1 and max(fit) > 0:
                given = set(rx.findall(r"\b(?:19|20)\d\d\b", dated[fit.index(max(fit))]))
            elif coordinated:
                continue  # (a sentence that dates several acts without telling this one apart decides nothing)
        if given:  # the best-described sentence that dates the event decides
            return (year, e) if year not in given else None
    return None


@lru_cache(maxsize=2)
def _tag_tokens(lang: str) -> frozenset[str]:
    """The tokens of a language's confirmation tags ("right", "correct"; "kan", "ya")."""
    return frozenset(t for tag in words()["confirmation"]["tags"].get(lang, []) for t in tokenize(tag))


def _other_span(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """A span of years the question gives a thing ("the SIMFONI PPA figures cover 2015 to 2020") where the
    sentence that best describes it gives another span ("from 2017 to 2022") and not this one: the span's first
    year the sentence does not give (else its last), and that sentence."""
    asked = YEAR_SPAN.search(_LAW_NUMBER.sub(lambda m: " " * len(m.group(0)), q.text))
    if asked is None or len(q.constraints.years) != 2:
        return None
    years = _YEARS.findall(asked.group(0))
    anchor = q_tokens - set(tokenize(asked.group(0)))
    for e in _described(q, content, anchor, idf, [], ANCHOR_SHARE):
        given = [set(_YEARS.findall(m.group(0))) for m in YEAR_SPAN.finditer(CITATION.sub(" ", e.text))]
        if given:  # the best-described sentence that gives a span decides
            wrong = [y for y in years if y not in e.text]
            return ((wrong or years)[0], e) if set(years) not in given else None
    return None


@lru_cache(maxsize=1)
def _opposite_pairs() -> dict[str, list[tuple[re.Pattern, set[str]]]]:
    """The sets of exclusive word groups by word list (``data/question_words.json``: directions of change,
    verdicts, the ends of an event's span of days, how often something recurs)."""
    return {key: [(phrase_pattern(group), {t for w in group for t in tokenize(w)}) for group in words()[key]]
            for key in ("directions", "verdicts", "span_ends", "frequencies")}


def dates_counted(text: str, period: re.Match) -> bool:
    """A period beside a thing counted or a verb of reporting ("data korban TPPO 2015-2019", "reports received in
    2015–2019", "the 2015-2019 victims") dates the data a document cites, not the document itself."""
    counted = counted_nouns() | {"data"} | reporting_verbs()
    beside = rx.findall(r"[\w-]+", text[:period.start()])[-4:] + rx.findall(r"[\w-]+", text[period.end():])[:2]
    return bool(counted & {w.lower() for w in beside})


def _other_direction(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    if asks_range_ends(q.text, q.language):
        return None  # ("the lower and upper end of the target": the ends of a range, no direction of change)
    asserted = either_language(words()["idioms"]).sub(" ", q.text)  # ("fall into trafficking" is no decline)
    for key, groups in _opposite_pairs().items():
        asked = [i for i, (pattern, _) in enumerate(groups) if pattern.search(asserted)]
        if len(asked) != 1:
            continue
        # (the other groups as one: any of them excludes the group asserted)
        mine = groups[asked[0]]
        rest = [w for i, group in enumerate(words()[key]) if i != asked[0] for w in group]
        other = (phrase_pattern(rest), {t for w in rest for t in tokenize(w)})
        anchor = q_tokens - mine[1] - other[1]
        for e in _described(q, content, anchor, idf, [], PLACE_SHARE):
            named = countries_in(e.text.lower())
            if _other_year(q, e.text) or (q.constraints.places and named
                                          and not set(named) & set(q.constraints.places)):
                continue  # (another year's or another country's change: "Cambodia had been downgraded …")
            # ("an increase in X, and Y continues to decline": Y's clause; a digest's **bold** is not a word)
            text = e.text.replace("*", "")
            # (the day of an event's span is said anywhere in the sentence on it: "adopted at the Summit in …, on
            # 10 May 2023, the summit's first day")
            clause = text if key == "span_ends" else _best_clause(text, anchor)
            if not (other[0].search(clause) or mine[0].search(clause)):
                # the change may be given in the clause after it ("… is 0.41%, an increase from 0.34% in 2019")
                end = text.find(clause) + len(clause)
                clause += rx.split(r"(?<=[,;])\s+", text[end:], maxsplit=1)[0]
            if other[0].search(clause) and not mine[0].search(clause):
                return mine[0].search(asserted).group(0), e
            if mine[0].search(clause):
                break
    return None


def roles_of(text: str, countries_named: list[str]) -> dict[str, str]:
    """The flow role (``flow_roles``: origin, destination, transit) given to each country in ``text``: the first
    role word after the country's first mention, before the next country named."""
    spots = sorted((m.start(), m.end(), c) for c in countries_named
                   if (m := country_forms_pattern(c).search(text)) is not None)
    if not spots or any(phrase_pattern(table).search(text, 0, spots[0][0]) for table in words()["flow_roles"].values()):
        return {}  # ("the origin country Cambodia to the destination country Thailand": roles before the names)
    out: dict[str, str] = {}
    for i, (_, end, country) in enumerate(spots):
        stop = spots[i + 1][0] if i + 1 < len(spots) else len(text)
        found = [(m.start(), role) for role, table in words()["flow_roles"].items()
                 if (m := phrase_pattern(table).search(text, end, stop)) is not None]
        if found:
            out[country] = min(found)[1]
    return out


def _swapped_roles(q: Question, content: list[Evidence], q_tokens: set[str],
                   idf: dict[str, float]) -> tuple[str, Evidence] | None:
    """Two countries the question gives two flow roles ("Thailand as the leading country of origin and Cambodia as
    the main destination"), where a sentence naming both gives each another of those roles."""
    asked = roles_of(q.text, q.constraints.places)
    if len(asked) < 2 or len(set(asked.values())) < 2:
        return None
    for e in content:
        given = roles_of(e.text.replace("*", ""), list(asked))
        if len(given) == len(asked) and all(given[c] != r for c, r in asked.items()):
            return next(iter(asked.values())), e
    return None


_NEGATING_PREFIX = re.compile(r"^(?:in|un|ir|im|il|non-?)(?=[a-z]{4,})")
NEGATED_REACH = 3  # words after a reversal ("have not yet produced significant results") that it applies to


def states_omission(text: str) -> bool:
    """The sentence says that a text leaves something out ("The paper does not mention the 2014 amendment", "It
    leaves out the commitments on …"; ``data`` "omission")."""
    return bool(phrase_pattern(words()["omission"]["states"]).search(text))


def _negated_in_source(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """A claim that the sentence best describing it states in the negative: a word of the claim (or its synonym,
    its Indonesian rendering, its English loanword form) that the sentence writes with a negating prefix
    ("had the right strategy" where it says "an inappropriate strategy") or within a few words after a
    reversal ("udah berhasil signifikan" where the digest says "have not yet produced significant results")."""
    claim = claim_of(q)
    if any(_reversal_pattern(lg).search(claim) for lg in ("en", "id")):
        return None  # (a claim in the negative is reversed_premise's)
    forms = {t for w in rx.findall(r"[A-Za-z][\w-]+", claim)
             for t in tokenize(" ".join([w, *translate_terms(w), *loanword_forms(w)]))}
    forms |= {t for x in synonyms_of(forms) for t in tokenize(x)}
    stems = {t[:6] for t in forms if len(t) >= 5 and t not in all_stopwords()}
    if not stems:
        return None
    for e in _described(q, content, q_tokens, idf, [], ANCHOR_SHARE):
        text = e.text.replace("*", "")
        if states_omission(text) and not q.wants_paper:
            continue  # ("The paper … does not say that Indonesia ratified it by Law …": what a text leaves out)
        for w in rx.findall(r"[A-Za-z][\w-]+", text):
            base = _NEGATING_PREFIX.sub("", w.lower())
            if base != w.lower() and base[:6] in stems and w.lower()[:6] not in stems:
                return w, e
        for lg in ("en", "id"):
            for m in _reversal_pattern(lg).finditer(text):
                after = [t for x in rx.findall(r"[\w-]+", text[m.end():])[:NEGATED_REACH] for t in tokenize(x)]
                hit = next((t for t in after if len(t) >= 5 and t[:6] in stems), None)
                if hit:
                    return m.group(0), e
    return None


def _denies(text: str) -> bool:
    """A clause that opens by denying what follows ("gak ada wawancara langsung?", "no interviews at all?"): not a
    negation asked as a tag ("… pake wawancara gak sih?", "… or not?") or after the verb ("disebutin gak …")."""
    for lg in ("en", "id"):
        for m in _reversal_pattern(lg).finditer(text):
            opening = not rx.split(r"[?.!,;:]", text[: m.start()])[-1].strip()
            if opening and rx.match(r"\s+[a-z]", text[m.end():], re.I):
                return True
    return False


def _only_recommended(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    """An assertion ("the authors interviewed officials, right?") that the sentence best describing it states only
    as a recommendation or a possibility ("Future researchers can collect data through direct interviews …"), when
    the question itself asks nothing of the kind and no sentence as close states it as done."""
    irrealis = either_language(words()["irrealis"])
    if irrealis.search(q.text) or _denies(q.text):
        return None  # (nor one that denies the act: "gak ada wawancara langsung?" agrees with the sources)
    # (a word of the research process, "where did the researchers get their data?", asks of its way of working too)
    own_work = q.answer_type == "method" or either_language(words()["findings"]).search(q.text) \
        or phrase_pattern(words()["research_process"]).search(q.text)
    if own_work and either_language(words()["paper_words"]).search(q.original) and not any(
            phrase_pattern(g).search(q.text) for g in words()["research_techniques"]):
        # the study's own way of working or its findings ("how did the paper collect its data?", "what strategies
        # did the paper find?") presuppose only that it has them, which its method and results state; a technique
        # the question attributes to it is checked by ``unnamed_method``
        return None
    described = _described(q, content, q_tokens, idf, [], PLACE_SHARE)
    # (a question not marked as an assertion presupposes the event only when the sentence holds more than one of
    # its terms: "how are victims recruited?" is not about "interviews with victims")
    if described and irrealis.search(described[0].text) and (q.premise or len(described[0].tokens & q_tokens) >= 2):
        return claim_of(q), described[0]
    return None


GROUP_WINDOW = 50  # characters either side of a figure whose words say whom it is about


_FIGURE = re.compile(r"\d[\d.,]*%?")


def figure_windows(text: str, figures: list[str], width: int = GROUP_WINDOW, clause: bool = False) -> list[str]:
    """The words beside each of ``figures`` (digits only) in a sentence: up to ``width`` characters either
    side, cut at the figures before and after it ("… men (as many as 71%) …"); with ``clause``, also at the
    comma or semicolon either side ("50.97% were children, 46.14% were women": "46.14% were women")."""
    out = []
    stops = [x.start() for x in _CLAUSE_STOP.finditer(text)] if clause else []
    for m in _FIGURE.finditer(text):
        if rx.sub(r"\D", "", m.group(0)) not in figures:
            continue
        lo, hi = max(0, m.start() - width), min(len(text), m.end() + width)
        if clause:
            lo = max([lo, *(x + 1 for x in stops if x < m.start())])
            hi = min([hi, *(x for x in stops if x >= m.end())])
        before = [x.end() for x in _FIGURE.finditer(text, lo, m.start())]
        after = [x.start() for x in _FIGURE.finditer(text, m.end(), hi)]
        out.append(text[(before[-1] if before else lo): (after[0] if after else hi)])
    return out


_CLAUSE_STOP = re.compile(r"(?<!\d)[,;]|[,;](?!\d)")  # a comma or semicolon that is no separator inside a figure


def _act_tokens(found: list[str], without: set[str] = frozenset()) -> set[str]:
    """The tokens of the act a statement tells: its words ``found`` with their English renderings, less
    ``without`` (its names, its document), and the words of their synonym groups ("dibentuk" → "formed";
    "created")."""
    acts = {t for w in found for t in tokenize(" ".join([w, *translate_terms(w)]))} - without
    return acts | {t for x in synonyms_of(acts) for t in tokenize(x)}


def figure_of_other_document(q: Question, pool: list[Evidence]) -> Evidence | None:
    """A statement that credits a figure to one numbered document ("Law 13/2006 is the law that sets the 15-year
    maximum sentence, right?") where a sentence that gives that figure with a word of the statement credits it to
    another numbered document ("Law No. 21 of 2007 has formulated criminal sanctions of up to 15 years …") and no
    sentence giving the figure names the statement's document: that sentence. None otherwise."""
    documents = list(dict.fromkeys(q.constraints.documents))
    if not q.premise or len(documents) != 1:
        return None
    doc = documents[0]
    asked = {figure_key(n) for n in q.constraints.numbers if n not in q.constraints.years}
    if not asked:
        return None
    acts = _act_tokens([w for w in content_words(q.text, q.language) if not rx.search(r"\d", w)])
    found = None
    for e in sorted(pool, key=lambda e: -e.score):
        if not is_content(e) or not asked & {figure_key(f) for f in content_figures(e.text)}:
            continue
        given = set(document_keys(e.text))
        if doc in given:
            return None
        if given and acts & set(tokenize(e.text)):
            found = found or e
    return found


_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


def figure_of_other_source(q: Question, pool: list[Evidence]) -> tuple[str, Evidence] | None:
    """A statement that credits a figure to a cited source ("the 62 WNI figure is from SBMI, right?") where the
    sentence giving the figure cites another author for it (the first citation after it: "62 Indonesian citizens
    … (Arbar, 2022)") and cites the statement's source for another figure ("267 reported cases … (SBMI, 2023)"):
    that sentence. None when the citation after the figure is the source named, or the source is cited for none of
    the sentence's figures (a source the sentence does not cite may be the cited author's publisher). Returned with
    the source's name as the question gives it."""
    if not q.premise:
        return None
    asked = {figure_key(n) for n in q.constraints.numbers if n not in q.constraints.years}
    names = {n.lower(): n for n in q.constraints.names}
    if len(asked) != 1 or not names:
        return None
    for e in sorted(pool, key=lambda e: -e.score):
        # (each in-text citation by its author's first word: "(Arbar, 2022)", "(SBMI, 2023)")
        marks = [(m.start(), m.group(1).split()[0].lower()) for m in AUTHOR_YEAR.finditer(e.text)]
        cited = [names[a] for _, a in marks if a in names]
        if not is_content(e) or len(marks) < 2 or not cited:
            continue
        for f in _FIGURE.finditer(e.text):
            if figure_key(f.group(0)) not in asked or not outside_parentheses(e.text, f.start()):
                continue
            after = next((a for at, a in marks if at > f.end()), None)
            if after is not None:
                return None if after in names else (cited[0], e)
    return None


@lru_cache(maxsize=1)
def _label_of_year() -> re.Pattern:
    """A rank label with the year it was given, in a list of them ("Tier 2 (2017), Tier 2 Watch List (2022), Tier 2
    again (2023)"): the label (its word, its number and up to two capitalised words that qualify it) and the year."""
    return rx.compile(rf"\b((?i:{rank_words()})\s+\d+(?:\s+[A-Z][a-z]+){{0,2}}?)(?:\s+again)?\s*\(((?:19|20)\d\d)\)")


def label_of_year(q: Question, pool: list[Evidence]) -> tuple[str, Evidence] | None:
    """A statement that gives its country a rank label for a year ("why did Indonesia remain on the Tier 2 Watch
    List in the 2023 report?") where a sentence listing that country's labels by year gives that year another
    ("Indonesia: Tier 2 (2017), Tier 2 Watch List (2022), Tier 2 again (2023)"): the label asked and that sentence.
    The question's label is the longest one the list uses that it names; the country is the last one named before
    the label in the sentence."""
    years = set(q.constraints.years)
    asked_countries = set(countries_in(q.text))
    if not q.premise or not years or not asked_countries:
        return None
    low = q.text.lower()
    for e in (e for e in pool if is_content(e)):
        pairs = list(_label_of_year().finditer(e.text))
        labels = sorted({m.group(1) for m in pairs}, key=len, reverse=True)
        asked = next((lab for lab in labels if rx.search(rf"\b{re.escape(lab.lower())}\b", low)), "")
        if not asked:
            continue
        for m in pairs:
            before = countries_in(e.text[: m.start()])
            if m.group(2) in years and before and before[-1] in asked_countries:
                return (asked, e) if m.group(1).lower() != asked.lower() else None
    return None


def other_instrument(q: Question, pool: list[Evidence]) -> Evidence | None:
    """A statement that credits an act to one numbered document ("Indonesia ngeratifikasi ACTIP lewat UU 21/2007
    kan?"), where a sentence that tells the act (a word of the statement other than its names and places) of the
    statement's names ("ACTIP") credits it to another document of a numbered kind ("ratified ACTIP by Law No. 12 of
    2017"), and no sentence of those names gives the statement's document: that sentence. None for a question that
    is no statement, or names no document or several."""
    documents = list(dict.fromkeys(q.constraints.documents))
    if not q.premise or not 1 <= len(documents) <= 2:
        return None
    spans = [m.span() for m in _DOCUMENT.finditer(q.text)]
    if len(documents) == 2:
        # ("Perpres 69/2008 itu diubah lewat Perpres 19/2023 kan?"): the document after an instrument's marker is the
        # one credited, the other is what the act was done to, a name like any other
        doc = _instrument_document(q, documents)
        if doc is None:
            return None
        names = [d for d in documents if d != doc]
    else:
        doc = documents[0]
        names = [n for n in q.constraints.names
                 if not any(a <= q.text.find(n) < b for a, b in spans) and n.lower() not in DOCUMENT_KINDS.split("|")]
    if not names:
        return None
    named = {t for n in names for t in tokenize(n)} | {t for p in q.constraints.places for t in tokenize(p)}
    acts = _act_tokens(content_words(q.text, q.language), named | set(tokenize(doc)))
    found = None
    for e in pool:
        text = e.text.replace("*", "")
        # (a glossary entry's sentences are all about its term: "LPSK: … Created by Law No. 13/2006")
        about = e.chunk.text if e.chunk.kind == "glossary" else text
        if not all(has_constraint(about, n) for n in names):
            continue
        # (where the act is done to a document, only the clauses on that document credit it: "Perpres 19/2023 (…);
        # Perpres 69/2008 (…), amended by Perpres 22/2021 and Perpres 49/2023")
        clauses = [c for c in rx.split(r";", text) if all(has_constraint(c, n) for n in names)] \
            if len(documents) == 2 else [text]
        given = {d for c in clauses for d in document_keys(c)} \
            - set(names)
        if doc in given:  # (a sentence on the names credits it: "The 2020–2024 plan was set by Perpres 19/2023")
            return None
        told = {t[:6] for c in clauses for t in tokenize(c)}
        if given and {t[:6] for t in acts} & told:  # ("ratify" / "ratified")
            found = found or e
    return found


def _instrument_document(q: Question, documents: list[str]) -> str | None:
    """Of a statement's two documents, the one an instrument's marker puts before ("through", "lewat", "melalui",
    "by", "oleh", "via", "dengan"): the one credited with the act; None when neither or both stand so."""
    credited = []
    for m in _DOCUMENT.finditer(q.text):
        if m.group(2) and rx.search(r"\b(?:through|by|via|with|under|lewat|melalui|oleh|dengan|pakai)\s+$",
                                    q.text[:m.start()], re.I):
            credited.append(f"{m.group(1)}/{m.group(2)}")
    credited = [d for d in dict.fromkeys(credited) if d in documents]
    return credited[0] if len(credited) == 1 else None


def majority_otherwise(q: Question, pool: list[Evidence]) -> tuple[str, Evidence] | None:
    """A statement that most of a whole are of one group ("mayoritas korban TPPO itu laki-laki", "most victims were
    men"; lists ``majority`` and ``groups``), where a sentence gives both groups of that pair a share in clauses of
    their own and the other group's is larger ("… 46.14% were women, and 2.89% were men"): the group named and
    that sentence. None when the question names no majority, or both groups of every pair it names."""
    if not either_language(words()["majority"]).search(q.text):
        return None
    for pair in words()["groups"]:
        sides = [phrase_pattern(side) for side in pair]
        named = [i for i, side in enumerate(sides) if side.search(q.text)]
        if len(named) != 1:
            continue
        mine, other = sides[named[0]], sides[1 - named[0]]
        for e in pool:
            shares: dict[str, float] = {}
            for clause in rx.split(r"(?<!\d)[,;](?!\d)|\s+(?:and|dan)\s+", e.text):
                found = _PERCENT.findall(clause.lower())
                if len(found) != 1:
                    continue
                for key, side in (("mine", mine), ("other", other)):
                    if side.search(clause) and key not in shares:
                        shares[key] = float(rx.match(r"\d+(?:[.,]\d+)?", found[0]).group(0).replace(",", "."))
            if len(shares) == 2 and shares["other"] > shares["mine"]:
                return mine.search(q.text).group(0), e
    return None


def asked_group(q: Question) -> re.Pattern | None:
    """The words of the one group of people (list ``groups``) a quantity question names ("brp persen korban laki2",
    "how many were women"): None when it names none, or groups of both sides of a pair."""
    if q.answer_type != "quantity" or len(q.parts) >= 2:
        return None
    asking = _asking_sentences(q)
    named = [phrase_pattern(side) for side in group_sides() if phrase_pattern(side).search(asking)]
    return named[0] if len(named) == 1 else None


def _asking_sentences(q: Question) -> str:
    """The sentences of the question that ask (with "?"), else all of it: where a group asked stands, not in a
    sentence that sets the context ("The paper cites UNODC for the share of women and girls. … what shares were
    trafficked for forced labour?")."""
    return " ".join(x for x in sentences_of(q.text) if "?" in x) or q.text


def asked_group_word(q: Question) -> re.Pattern | None:
    """The group's word as the question writes it ("boys", of the side "men, male, boys …"; ``asked_group``): a
    figure that word itself stands beside answers before one that only another word of its side does ("2.89% were
    men" is no share of boys)."""
    group = asked_group(q)
    m = group.search(_asking_sentences(q)) if group is not None else None
    return phrase_pattern([m.group(0).lower()]) if m else None


def group_figures(text: str, group: re.Pattern) -> list[str]:
    """The figures (digits only) of a sentence whose own clause names the group ("2.89% were men")."""
    figures = [rx.sub(r"\D", "", m.group(0)) for m in _FIGURE.finditer(text)]
    return [f for f, w in zip(figures, figure_windows(text, figures, clause=True), strict=False) if group.search(w)]


SCOPE_WINDOW = 120  # the words after a figure up to the next one that may say it is the whole world's figure
_AGES = re.compile(r"\b(?:aged?|ages|usia|umur|berusia|berumur)\s+(\d+)(?:\s*(?:-|–|to|sampai|hingga)\s*(\d+))?"
                   r"|\b(\d{1,2})\s*(?:-|–)\s*(\d{1,2})\s*(?:tahun|thn|years?)\b", re.I)  # ("perempuan 15-64 tahun")


def _figure_elsewhere(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                      places: frozenset[str]) -> tuple[str, Evidence] | None:
    """A figure the question puts in one place ("11 million victims in Africa", "ada di afrika") that the
    sentence describing it puts, in the words beside it (up to the figures either side), in another place the
    store names ("11 million victims in the Asia Pacific region") or in the whole world ("21 million … in the
    Asia Pacific region" where it is "21 million … throughout the world")."""
    figures_asked = _counts(q)
    if q.percent:  # ("what share of the ILO's 21 million … are in Asia Pacific": the total a share is asked of is
        # not put in the place of the part)
        # (the figures are digits only: "496" is the question's "49.6 million")
        figures_asked = [f for f in figures_asked if not rx.search(
            rf"\b(?:of|dari)\s+(?:the\s+)?(?:[\w'’]+\s+){{0,2}}{'[.,]?'.join(f)}(?!\d)", q.text, re.I)]
    if not figures_asked:
        return None
    known = {p.lower(): p for p in places}
    asked: dict[str, str] = {p: p for p in places if _locative_pattern(p).search(q.text)}
    # (as the question writes it, in the question's language: "di afrika" -> "Africa")
    for m in rx.finditer(rf"\b(?:{locatives()})\s+(?:the\s+)?([A-Za-z][\w-]{{2,}})", q.text, re.I):
        hit = next((known[t] for t in word_tokens(m.group(1), q.language) if t in known), None)
        if hit and hit not in asked.values():
            asked[m.group(1)] = hit
    if not asked:
        return None
    anchor = q_tokens - {t for w in asked for t in word_tokens(w, q.language)}
    # (each figure is put in the place of its own clause: "21 million worldwide and 11 million in Asia Pacific" puts
    # only the 11 million in Asia)
    own = {f: {w: p for w, p in asked.items() if any(w.lower() in x.lower() for x in figure_windows(
        q.text, [f], SCOPE_WINDOW, clause=True))} for f in figures_asked}
    for e in _described(q, content, anchor, idf, [], PLACE_SHARE):
        for f in figures_asked:
            clauses = figure_windows(e.text, [f], SCOPE_WINDOW)
            for window, clause in zip(figure_windows(e.text, [f]), clauses, strict=True):
                named = {p for p in places if _locative_pattern(p).search(window)}
                if global_scope().search(clause):
                    named.add("the world")  # ("of a total of 21 million … throughout the world": the world's figure)
                for written, place in (own[f] if len(figures_asked) > 1 else asked).items():
                    if named and place not in named and not has_constraint(window, place):
                        return written, e
    return None


_STATEMENT_FIRST = re.compile(r"^[^?]{12,}?[.!]\s+\S[^?]*\?\s*$")  # a statement, then the question about it
# the joint between two contrasted clauses of one sentence ("…, while Thailand is …", "…; sedangkan …")
# (not the additive "not only … but also", "tidak hanya … tetapi juga": both clauses say the same of their subject)
_CONTRAST = re.compile(r",?\s+(?:while|whereas|but(?!\s+also\b)|meanwhile|sedangkan|sementara|tetapi(?!\s+juga\b)|"
                       r"namun)\s+|;\s*", re.I)


def _other_country_clause(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                          proper_names: frozenset[str] = frozenset()) -> tuple[str, Evidence] | None:
    """A claim the question makes of one country that the sentence describing it makes, in a contrasted clause,
    of another ("Cambodia is the leading destination" where it says "Cambodia ranks high as a country of origin,
    while Thailand is the leading destination"): the clause holding most of the claim's terms names the other
    country and not the asserted one, which the sentence names in its other clause. A country named only inside
    a body's name ("why did interpol indonesia ask …") is no claim of that country."""
    if len(q.constraints.places) != 1:
        return None
    country = q.constraints.places[0]
    if only_in_names(q.text, country, proper_names):
        return None
    anchor = q_tokens - set(tokenize(" ".join([country, *translate_terms(country)])))
    for e in _described(q, content, anchor, idf, [], PLACE_SHARE):
        clauses = [c for c in _CONTRAST.split(e.text) if c.strip()]
        if len(clauses) < 2 or country not in countries_in(e.text.lower()):
            continue
        cover = [sum(idf.get(t, 0.0) for t in anchor & set(tokenize(c))) for c in clauses]
        best = clauses[cover.index(max(cover))]
        named = countries_in(best.lower())
        if max(cover) > 0 and named and country not in named:
            return country, e
        return None
    return None


@lru_cache(maxsize=1)
def _measure_tokens() -> frozenset[str]:
    """The tokens of the nouns for figures and for shares (lists ``figure_nouns``, ``percent_words``)."""
    return figure_noun_tokens() | frozenset(t for w in words()["percent_words"] for t in tokenize(w))


@lru_cache(maxsize=1)
def figure_noun_tokens() -> frozenset[str]:
    """The tokens of the nouns for figures (list ``figure_nouns``)."""
    return frozenset(t for w in words()["figure_nouns"] for t in tokenize(w))


def only_in_names(text: str, country: str, proper_names: frozenset[str]) -> bool:
    """Whether every mention of ``country`` in ``text`` is part of a name the store writes with it ("Interpol
    Indonesia", "Indonesian Embassy"): the text then names a body, not the country."""
    forms = country_forms_pattern(country)
    low = text.lower()
    if not forms.search(low):
        return False
    for name in sorted((n for n in proper_names if n in low and forms.search(n)), key=len, reverse=True):
        low = rx.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", low)
    return not forms.search(low)


@lru_cache(maxsize=1)
def _nationals_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A group of people named by their country (group ``country``, ``plural`` or ``abbr``) and the noun of people
    (group ``noun``); and the same group counted by a number before it (word list ``nationals``)."""
    n = words()["nationals"]
    people = "|".join(re.escape(w) for w in sorted(n["people"], key=len, reverse=True))
    links = "|".join(re.escape(w) for w in sorted(n["links"], key=len, reverse=True))
    forms = "|".join(re.escape(f) for f in sorted(countries(), key=len, reverse=True))
    plural = "|".join(re.escape(f) for f, name in countries().items() if f.endswith("s") and f != name.lower())
    abbr = "|".join(re.escape(f) for f in n["citizens_of"])
    group = (rf"(?:(?P<country>{forms})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{people})(?![\w-])"
             rf"|(?P<noun2>{people})\s+(?:(?:{links})\s+)?(?P<country2>{forms})(?![\w-])"
             rf"|(?P<plural>{plural})(?![\w-])|(?P<abbr>{abbr})(?![\w-]))")
    return (rx.compile(rf"(?<![\w-]){group}", re.I),
            rx.compile(rf"(?<![\w.,])\d[\d.,]*\s+(?:orang\s+)?{group}", re.I))


def _country_of_group(m: re.Match) -> str:
    if m.group("abbr"):
        return words()["nationals"]["citizens_of"][m.group("abbr").lower()]
    form = m.group("country") or m.group("country2") or m.group("plural")
    return countries()[form.lower()]


def nationals_asked(q: Question) -> str | None:
    """The country whose citizens a quantity question counts ("how many Cambodian trafficking victims", "berapa
    korban asal Kamboja", "berapa WNI …"): the group must hold the noun the question counts."""
    named, _ = _nationals_patterns()
    for m in named.finditer(q.text):
        noun = (m.group("noun") or m.group("noun2") or m.group("plural") or m.group("abbr")).lower()
        if noun == q.head or noun.split()[-1] == q.head:
            return _country_of_group(m)
    return None


_FIRST_WH = re.compile(r"\b(who|whom|whose|what|when|where|which|how|why|siapa|apa|kapan|mana|dimana|berapa|"
                       r"kenapa|mengapa|bagaimana)\b(\s+\w+)?", re.I)


def _asks_place_first(q: Question) -> bool:
    """Whether the question's first interrogative asks a place ("where …", "… di kota mana", "in which city …"),
    not another that a relative "where" follows ("who headed the LPSK … the crimes where witnesses are …")."""
    m = _FIRST_WH.search(q.text)
    if m is None:
        return False
    wh, after = m.group(1).lower(), (m.group(2) or "").strip().lower()
    return wh in ("where", "mana", "dimana") or (wh in ("which", "what") and after in _place_nouns())


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The nouns of place of both languages that a typed interrogative asks by ("which city", "kota mana")."""
    return frozenset(w for lg in ("en", "id") for w in words()["typed_interrogatives"]["nouns"]["place"].get(lg, []))


def dated_for_others(q: Question, typed: list[Evidence], terms: set[str]) -> list[str]:
    """The countries a date question asks of ("when did Indonesia deposit …"), when every sentence that carries a
    day's date gives each of its dates in a clause naming another country ("Viet Nam deposited on 5 January
    2017 and Myanmar on 16 January 2017"); empty otherwise (a sentence with a date whose clause names no country,
    or the asked one, may answer). ``terms``: the act the question dates (``act_terms`` of ``dated_act``)."""
    from .extractive import date_clauses  # (here: extractive imports this module)

    asked = {countries().get(p.lower()) for p in q.constraints.places} - {None}
    if q.answer_type != "date" or not asked:
        return []
    # (of the sentences that tell the act asked, when the question names one: the others date other acts)
    dated = [(e.text, found) for e in typed if (found := find_dates(e.text)) and (not terms or terms & e.tokens)]
    for text, found in dated:
        named = [set(countries_in(c)) for c in date_clauses(text, found)]
        if not all(named) or any(asked & n for n in named):
            return []
    return sorted(asked) if dated else []


def dated_for_other_documents(q: Question, typed: list[Evidence]) -> list[str]:
    """For a date question that names a document by its number and year ("when was Perpres 22/2021 signed?"):
    that document as the question writes it and the other one, when every date the sentences carrying one give
    stands in brackets after another document's reference ("Perpres 49/2023 (signed 10 Aug 2023)"): a bracket
    tells of what stands right before it. Empty otherwise (a date outside brackets, or after the asked document,
    may answer)."""
    asked = q.constraints.documents
    if q.answer_type != "date" or not asked or q.interval:  # (a span between documents: their own years)
        return []
    owners = []
    for e in typed:
        for _, raw in find_dates(e.text):
            owner = bracket_owner(e.text, e.text.find(raw))
            if owner is None or owner[0] in asked:
                return []
            owners.append(owner[1])
    written = next((m.group(0) for m in _DOCUMENT.finditer(q.text)
                    if m.group(2) and f"{m.group(1)}/{m.group(2)}" in asked), asked[0])
    return [written, ", ".join(dict.fromkeys(owners))] if owners else []


def bracket_owner(text: str, at: int) -> tuple[str, str] | None:
    """The document ("49/2023", with its reference as written: "Perpres 49/2023") whose reference ends right
    before the brackets the position ``at`` stands in; None when it stands in none, or they follow no such
    reference."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return None
    before = text[max(0, opened - 40):opened]
    m = rx.search(r"(\d+)\s*(?:/|of|tahun)\s*((?:19|20)\d\d)\s*$", before, re.I)
    if m is None:
        return None
    written = [w.group(0) for w in _DOCUMENT.finditer(before) if w.group(2) and w.end() == len(before.rstrip())]
    return f"{m.group(1)}/{m.group(2)}", (written or [m.group(0)])[-1].strip()


def tells_act(ev: Evidence, pool: list[Evidence], terms: set[str]) -> bool:
    """Whether a sentence giving a date tells the act of ``terms`` (``act_terms``), itself or by a sentence beside
    it that gives no date of its own (which then dates nothing else)."""
    if terms & ev.tokens:
        return True
    return any(n is not None and terms & n.tokens and not find_dates(n.text) and not _YEARS.search(n.text)
               for n in neighbours(ev, pool))


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def act_terms(verb: str, lang: str) -> set[str]:
    """The terms of a verb with its synonyms and derived forms ("dipulangkan" → "repatriat", "return", "send",
    "repatriation" …). Empty for an Indonesian verb with no English rendering: it cannot be looked for."""
    tokens = set(tokenize(" ".join(translate_terms(verb)))) if lang == "id" else set(tokenize(verb))
    if lang == "id" and tokens <= set(tokenize(verb)):
        return set()
    return tokens | {t for t in synonyms_of(tokens) if t not in all_stopwords()} | {
        f for t in tokens for f in word_family(t)}


def counts_other_nationals(q: Question, typed: list[Evidence]) -> bool:
    """"How many Cambodian victims …": the first sentence carrying a figure counts another country's citizens
    ("62 Indonesian citizens") and no sentence counts the asked country's (a count naming no nationality may
    still answer)."""
    asked = nationals_asked(q)
    if not asked:
        return False
    counted = [nationals_counted(e.text) for e in typed]
    return bool(counted and counted[0] and not any(asked in c for c in counted))


def nationals_counted(text: str) -> set[str]:
    """The countries whose citizens a sentence counts ("62 Indonesian citizens", "1.138 WNI")."""
    _, counted = _nationals_patterns()
    return {_country_of_group(m) for m in counted.finditer(text)}


def _other_group(q: Question, content: list[Evidence]) -> tuple[str, Evidence] | None:
    """A figure the question asserts of one group of people ("83% of male victims", "46,14% korban adalah
    anak-anak") that the sentence giving that figure says of another group ("women (as many as 83%)", "46.14% were
    women"), in the words beside it (up to the figures either side)."""
    # (an age bounds the group; it is no figure of it: "women aged 15-64")
    ages = {d for m in _AGES.finditer(q.text) for d in m.groups() if d}
    figures_asked = [f for f in _counts(q) if f not in ages]
    if not figures_asked:
        return None
    sides = group_sides()
    for mine_words in sides:
        for other_words in sides:
            if other_words is mine_words:
                continue
            found = _figure_of_other_group(q, content, figures_asked, mine_words, other_words)
            if found is not None:
                return found
    return None


def _figure_of_other_group(q: Question, content: list[Evidence], figures_asked: list[str], mine_words: list[str],
                           other_words: list[str]) -> tuple[str, Evidence] | None:
    """The sentence giving one of the question's figures with words of ``other_words`` beside it and none of
    ``mine_words``, which the question uses (and not the other's)."""
    mine, other = phrase_pattern(mine_words), phrase_pattern(other_words)
    said = mine.search(q.text)
    if said is None or other.search(q.text):
        return None
    # (the figures the question gives that group, beside its words: "girls at 19% and boys at 15%" gives girls 19%,
    # not 15%)
    figures_asked = [f for f in figures_asked if any(mine.search(w) for w in figure_windows(q.text, [f], clause=True))]
    if not figures_asked:
        return None
    for e in content:
        for window in figure_windows(e.text, figures_asked, clause=True):
            if other.search(window) and not mine.search(window):
                return said.group(0), e
    return None


# a year the sentence dates itself by, after a preposition of time ("In 2017, data from IOM …", "pada tahun 2019")
_DATED_BY = re.compile(r"\b(?:in|on|during|since|by|until|throughout|pada|tahun|sejak|selama|hingga)\s+"
                       r"(?:(?:early|mid|late|awal|akhir|pertengahan)\s+)?(?:the\s+year\s+)?((?:19|20)\d\d)\b", re.I)


def timed_years(q: Question) -> set[str]:
    """The years the question gives as a time ("in 2021", "tahun 2022"); not a label ("the 2017 TIP report")."""
    return {y for y in q.constraints.years
            if rx.search(rf"\b(?:{_TEMPORAL})\s+(?:the\s+year\s+|tahun\s+)?{y}\b", q.text, re.I)}


def sentence_dated_otherwise(text: str, year: str) -> bool:
    """The sentence dates what it tells by a year of its own (after a preposition of time: "In 2017, data from IOM
    recorded …") and never names ``year`` outside its citations: the other years of its paragraph, and the
    publication year of the work it cites ("(Anderson, 2021)"), date none of its figures."""
    body = CITATION.sub(" ", text)
    own = set(_DATED_BY.findall(body))
    return bool(own) and year not in own and not rx.search(rf"\b{year}\b", body)


def _other_year(q: Question, text: str) -> bool:
    """The sentence is about another year than the question's ("in the 2022 report" for a 2023 question)."""
    years = set(rx.findall(r"\b(?:19|20)\d\d\b", text))
    return bool(q.constraints.years and years and not years & set(q.constraints.years))


def _best_clause(text: str, anchor: set[str], labels: list[tuple[set[str], str]] = ()) -> str:
    """The clause of a sentence that holds most of the event's terms (clauses end at commas and semicolons
    outside parentheses, and at numbered items); a clause that names one of the question's numbered labels with its
    number comes first ("In November 2017, at the 31st Summit in Manila, ASEAN adopted …": where the 31st Summit
    was, not the clause with most of the event's other words)."""
    bounds = [0] + [m.end() for m in rx.finditer(r"[,;]\s+|\s(?=\d\)\s)", text)
                    if outside_parentheses(text, m.start())] + [len(text)]
    clauses = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    labelled = [c for c in clauses if any(
        rx.search(rf"(?<!\d){number}(?!\d)", c) and toks & set(tokenize(c)) for toks, number in labels)]
    return max(labelled or clauses, key=lambda c: len(set(tokenize(c)) & anchor)) if clauses else text


_AMOUNT = r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})*|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
# (an adjective may come first: "12 new suspects"; English adjectives take no plural -s, so a plural right after
# the number is the counted noun: "five strategies carried out")
_COUNTED = re.compile(_AMOUNT + r"\s+(?:(?![A-Za-z-]*[^s\W]s\b)[A-Za-z-]+\s+(?!(?:and|or|of|in|to|by|for|from)\b))?"
                      r"([A-Za-z][\w-]{2,})", re.I)
_COUNTED_ID = re.compile(_AMOUNT + r"\s+([A-Za-z][\w-]{2,})", re.I)  # (the noun comes first)


# a number after a document's kind or a label names it ("Perpres 19", "Law No. 21", "Tier 2"): it counts nothing
_NUMBERED_DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_KINDS}|{LABEL_WORDS})\s*$", re.I)


def counted_figures(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """Figures with the thing they count ("12 suspects", "six suspects", "2,778 people"): the count (digits) and
    the counted word's token. In Indonesian the noun comes right after the number ("empat tahap analisis": an
    adjective follows it) and is given in its English rendering, as the sources are in English."""
    out = []
    for m in (_COUNTED_ID if lang == "id" else _COUNTED).finditer(text):
        if rx.match(r"\s+(?:19|20)\d\d\b", text[m.end():]) or _NUMBERED_DOCUMENT.search(text[: m.start()]):
            continue  # a document's or a rank's number ("Perpres 19 tahun 2023", "Tier 2 means") counts nothing
        after = rx.match(r"\s*(\w+)", text[m.end(1):])
        if after and set(tokenize(after.group(1))) & figure_noun_tokens():
            continue  # ("where does the 2,605 figure come from?": a noun for figures names the figure, counts none)
        raw = m.group(1).lower()
        value = str(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else rx.sub(r"\D", "", raw)
        renders = translate_terms(m.group(2))[:1] if lang == "id" else []
        toks = tokenize(renders[0] if renders else m.group(2))
        if toks and not rx.fullmatch(r"(?:19|20)\d\d", raw):  # (a year; "2,065" written with its separator is none)
            out.append((value, toks[0]))
    return out


@lru_cache(maxsize=1)
def _number_word_tokens() -> frozenset[str]:
    """The tokens of the number words, and of their English renderings ("empat" → "four")."""
    return frozenset({t for w in NUMBER_WORDS for t in tokenize(w)}
                     | {t for w in NUMBER_WORDS for t in tokenize(" ".join(translate_terms(w)))})


def _other_count(q: Question, content: list[Evidence], q_tokens: set[str], idf: dict[str, float]):
    asked = counted_figures(q.text, q.language)
    if not asked:
        return None
    # the event's terms: not the counts (in digits or words, in either language) nor the counted things
    anchor = q_tokens - {t for v, t in asked} - {v for v, _ in asked} - _number_word_tokens()
    generic = generic_units()
    for value, thing in asked:
        # (a count of a generic unit counts the thing the claim names: "the suspects … were 122 people", "tersangka
        # … ada 122 orang" count suspects)
        things = {thing} | ((q_tokens - generic) if thing in generic else set())
        # another count of the thing is a contradiction only when no sentence as close to the event gives the
        # question's count (a previous study's "four strategies" beside the paper's "five strategies")
        described = _described(q, content, anchor | {thing}, idf, [], ANCHOR_SHARE)
        # (the sentence after one on the event goes on about it: "The DPR passed it on 20 March 2007 … At the time
        # it had nine chapters")
        near = []
        for x in (x for e in described for x in (e, neighbours(e, content)[1]) if x is not None):
            if all(x is not y for y in near):
                near.append(x)
        counts = [(e, {v for v, t in counted_figures(e.text) if t in things})
                  for e in near if not _other_year(q, e.text)]
        # (nor when it gives another count the question itself gives of the same thing: "the four strategies of
        # Pratiwi & Yunda … the five strategies the paper found")
        mine = {v for v, t in asked if t == thing}
        if any(given & mine for _, given in counts):
            continue
        # (nor when any passage gives the question's count of that thing: "the five strategies Indonesia used" is
        # stated, even if a previous study's "four strategies" is closer to the question's words)
        if any(mine & {v for v, t in counted_figures(e.text) if t in things} for e in content):
            continue
        other = next((e for e, given in counts if given), None)
        if other is not None:
            return value, other
    return None
