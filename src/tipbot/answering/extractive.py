"""The default answerer: a general extractive reader built from analysis → selection → answerability →
composition. Every statement is a verbatim span or sentence of a cited passage; the verifier stays the last gate.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .. import rx
from ..answer import (
    _MONTHS,
    MONTH_PREFIXES,
    MONTH_RE,
    AnswerContext,
    Answerer,
    Draft,
    Statement,
    find_dates,
    find_months,
    paper_front,
    phrases,
)
from ..chunking import chunk_sentences
from ..citations import CitationIndex
from ..documents import notes_on_paper
from ..keyword import tokenize, word_family
from ..query import QueryPlan, inflections, passive_verb, rendered_tokens, translate_terms
from ..schema import Chunk, Passage, cite
from ..verify import NUMBER_WORDS, content_figures, figure_key, figures
from .analysis import (
    CHOICE_OF_TWO,
    CITED_AS,
    DAY_MONTH,
    DOCUMENT_KINDS,
    INTERROGATIVES,
    OR_DAYS,
    SECTION_WORDS,
    YEAR_SPAN,
    YES_NO_OPENERS,
    Question,
    _id_interrogatives,
    actor_act,
    all_stopwords,
    analyse,
    answer_type,
    asked_act,
    asked_office,
    asks_country,
    asks_findings,
    asks_range_ends,
    asks_whether_to,
    cities,
    content_words,
    count_of,
    counted_act,
    counted_nouns,
    countries,
    countries_in,
    dated_act,
    document_keys,
    edition_pattern,
    editions,
    editions_asked,
    either_language,
    group_share_asked,
    holds_phrase,
    is_abstract,
    last_sentence,
    negated_list,
    normalise,
    numbered_editions,
    offered_alternatives,
    office_group,
    office_pattern,
    ordinal_forms,
    ordinary_words,
    part_tokens,
    phrase_pattern,
    placed_act,
    rank_words,
    record_fields_asked,
    sentences_of,
    strip_framing,
    synonym_groups,
    synonyms_of,
    verb_terms,
    without_cited_sources,
    words,
)
from .answerability import (
    MONTH_OF_YEAR,
    RARE_IDF,
    TOPIC_IDF,
    YEAR_PERIOD,
    Verdict,
    act_terms,
    asked_group,
    asked_group_word,
    asked_kind,
    asserted_work_ids,
    bracket_owner,
    claim_of,
    compared_nouns,
    figure_kinds,
    figure_windows,
    group_figures,
    hard_items,
    holder_spans,
    judge,
    kind_spans,
    known_word,
    labelled_numbers,
    passage_of,
    period_years,
    proper_acronym,
    quantity_kind,
    satisfied,
    sentence_dated_otherwise,
    speaks_of_qualified,
    states_omission,
    tells_act,
    timed_years,
    without_paper_identity,
)
from .compose import (
    SUCCESSION_TYPES,
    computed_value,
    countries_named,
    direct_answer,
    figure_described,
    figures_described,
    heading_of,
    laws_fit,
    list_lines,
    operands,
    ph,
    quote,
    range_end,
    succeeded_name,
    trim,
    without_heading,
)
from .selection import (
    _PERCENT,
    ANAPHORIC_SUBJECT,
    IDENTIFIES,
    KIND_PRIOR,
    MMR_LAMBDA,
    ORDINAL,
    POINTS_BACK,
    W_TYPE,
    Evidence,
    ListAnswer,
    ReaderConfig,
    announces,
    asked_places,
    asks_prior_work,
    bare_name_tokens,
    bracketed_aliases,
    candidates,
    counts_head,
    cover,
    credited_names,
    defines_term,
    document_years,
    fractions,
    gives_consequence,
    glossary_aliases,
    has_constraint,
    idf_coverage,
    is_content,
    is_record_note,
    labelled_by,
    law_with_year,
    located_places,
    mmr,
    neighbours,
    other_instrument,
    part_of_total,
    question_known,
    similarity,
    states_provenance,
    structured_list,
    with_continuation,
)

MAX_PASSAGES = 20  # the retriever's best 8, up to 3 extra digests and records, and 3 for each part of a question
TYPED = ("quantity", "date", "actor", "place", "law")  # answer types with a direct answer (a span of the sentence)
W_LOCAL = 0.3  # in choosing the sentence that carries the figure or date: how well the words around it fit
PAPER_FIRST = 0.8  # the paper's typed sentence leads when its value is at least this share of the best one's
TYPED_LEAD = 0.7  # a typed sentence leads if its score is at least this share of the best sentence's
TERMS_LEAD = 0.3  # the direct answer's sentence holds at least this share of the best question-term coverage
SUMMARY_RELEVANCE = 0.6  # a summary's sentences are at least this share of the best sentence's score
SUMMARY_PASSAGES = 8  # the passages a summary of a topic draws on at most (the best one and seven runners-up)
MAX_PARTS = 3  # the parts of a multi-part question each get a sentence, up to this many
CHRONOLOGY_EVENTS = 8  # dated sentences in a chronology
INVENTORY_SENTENCES = 8  # sentences naming the countries asked about
CAUSE_LEAD = 0.9  # a sentence announcing the causes leads a "why" answer at this share of the most topical one's
RAREST_LEAD = 0.7  # a typed sentence naming the question's rarest term leads at this share of the best one's value
WHOLE_CORRECTION_WORDS = 60  # a sentence that corrects a body or a place is quoted whole up to this length
DIGEST_OPENING = 2  # sentences of a digest's opening ("What the source is") that start a summary of its source
WORK_IDENTITY = 3  # sentences that say what a work is (its digest's opening), against what a question asserts of it
OUTLINE_MAX = 9  # sentences in the outline of one source's digest (its opening, its items' leads)
# sentences per type (a summary of 12: the points a summary is asked to cover are more often all there than with 9,
# training +11, held out unchanged; 14 added one more)
# the tokens of the words of a law's reference, with their other forms (``laws_fit``'s title terms leave them out)
_LAW_REFERENCE_TOKENS = frozenset(f for t in tokenize("law statute regulation number") for f in {t, *word_family(t)})
LAW_SUBJECT_TERMS = 2  # the question's terms beside its names that a law's title must hold to be what it asks of
LIMITS = {"summary": 12, "comparison": 4, "list": 4, "reason": 3, "method": 3, "source": 2}


def question_tokens(q: Question, plan: QueryPlan) -> set[str]:
    """The terms a sentence should hold: the cleaned question's content words (for Indonesian, their English
    rendering, since the passages are English), each with the other words of its synonym group."""
    if q.language == "id":
        source = plan.translation or plan.english or q.text
        tokens = set(tokenize(source)) - _id_interrogatives() - function_renderings(q.text)
    else:
        tokens = {t for w in content_words(q.text, "en") for t in tokenize(w)}
    # (an acronym is a name, not a word with synonyms: "RAN PP-TPPO" is no "ran", "fled")
    acronyms = {t for w in rx.findall(r"\b[A-Z]{2,}\b", q.text) for t in tokenize(w)}
    return tokens | synonyms_of(tokens - acronyms)


def function_renderings(text: str) -> set[str]:
    """The tokens the lexicon gives the Indonesian function words and request imperatives of ``text`` ("dalam" →
    "deep", "sebutkan" → "name") and no other word of it: a rendering, not a term of the question."""
    function = _id_function_words()
    found = rx.findall(r"[^\W\d_]+", text.lower())
    rendered = {t for w in found if w in function for t in rendered_tokens(w)}
    if not rendered:
        return set()
    kept = {t for w in found if w not in function for t in rendered_tokens(w)}
    return rendered - kept


@lru_cache(maxsize=1)
def _id_function_words() -> frozenset[str]:
    return frozenset(words()["id_function_words"])


class ExtractiveAnswerer(Answerer):
    """Grounded by construction: the direct answer is a span of a cited sentence and every quote is verbatim."""

    name = "extractive"

    def __init__(self, config: ReaderConfig | None = None) -> None:
        self.config = config or ReaderConfig()

    def answer(self, question: str, plan: QueryPlan, passages: list[Passage], context: AnswerContext) -> Draft:
        q = plan.analysis if getattr(plan, "analysis", None) is not None else analyse(question)
        outlets = outlet_sources(q, context)
        if outlets:
            q = replace(q, source_names=outlets)
        lang = q.language if q.language in ("en", "id") else "en"
        p = ph(lang)
        draft = Draft(statements=[], citations=[])
        if not passages:
            draft.statements.append(Statement(p["not_found"], framing=True))
            draft.refused = True
            return draft
        q_tokens = question_tokens(q, plan)
        aliases = glossary_aliases([*q.constraints.names, *([q.head] if q.head else [])], context.chunks)
        if q.language == "id":  # an Indonesian name's English rendering ("Kedubes AS" → "embassy united states")
            for name in q.constraints.names:
                aliases.setdefault(name, []).append(" ".join(translate_terms(name)))
                if name.strip().isupper() and " " not in name.strip():  # (an acronym's renderings: "LSM" → "NGO")
                    aliases[name].extend(translate_terms(name))
        for name, forms in bracketed_aliases(q.original, q.constraints.names).items():
            aliases.setdefault(name, []).extend(forms)
        for name in q.constraints.names:  # (a public figure's short name: "Jokowi" is Joko Widodo)
            full = words()["name_aliases"].get(name.lower())
            if full:
                aliases.setdefault(name, []).append(full)
        passages = passages[:MAX_PASSAGES]
        pool = candidates(q, q_tokens, plan.vectors, passages, context.idf, context.sentence_vectors,
                          self.config, context.citation_index, aliases)
        siblings = act_siblings(q, pool, passages, context) + heading_siblings(q, passages, context)
        if siblings:
            pool = candidates(q, q_tokens, plan.vectors, [*passages, *siblings], context.idf,
                              context.sentence_vectors, self.config, context.citation_index, aliases)
        for e in pool:
            e.identity = identity_of(e, context)
        works = ", ".join(f"{a} ({y})" for a, y in CITED_AS.findall(q.text))
        citing = citing_sentences(q, pool) if q.cited_for else []
        if citing:
            # the sentences that cite the work say what the paper cites it for, quoted whole
            return quoted_whole(draft, lang, citing, p["cited_for"].format(work=works))
        asked_fields = record_fields_asked(q)
        fields = record_lines(q, cited_records(q, context.chunks, own=True), asked_fields) if asked_fields else []
        if fields:
            # "Bakker dkk. (2020) terbit di jurnal apa, halaman berapa?": the lines of the work's reference record that
            # hold the fields asked, its reference entry first
            return quoted_whole(draft, lang, fields)
        records = records_without_digest(q, context.chunks) if q.work_subject or q.work_critique else []
        if records and q.work_critique:
            # "why is Miles et al. (2014) a weak source?": the notes of the work's record on its problems, those
            # sharing most of the question's terms first, then its entry and what the paper cites it for
            lines = record_lines(q, records, RECORD_CRITIQUE_LINES)
            notes = sorted((e for e in lines if e.text.startswith("Anomaly:")),
                           key=lambda e: -idf_coverage(e.tokens, q_tokens, context.idf))
            return quoted_whole(draft, lang, [*notes, *(e for e in lines if e not in notes)],
                                p["record_notes"].format(work=works))
        if records:
            # "which province does Daniel et al. (2017) study?": a work the knowledge base has no digest of is known
            # only by its reference record: its entry (the title), what the paper cites it for, its anomalies
            return quoted_whole(draft, lang, record_lines(q, records, RECORD_SUBJECT_LINES),
                                p["only_record"].format(work=works))
        asked_of = records_asked_of(q, context.chunks, context.idf) \
            if q.answer_type in RECORD_ASKED_TYPES and not q.cited_for and not records else []
        if asked_of:
            # "which research programme is the Cordisco Tsai et al. study part of?": a work the knowledge base
            # holds no digest of, named by its authors, is known only by its record: the record's lines that share
            # most of the question's terms, then its entry
            cited_as = rx.search(r"In-text citation: \((.+?)\)", asked_of[0].chunk.text)
            work = cited_as.group(1) if cited_as else asked_of[0].chunk.title.split(" (")[0]
            return quoted_whole(draft, lang, record_answer(asked_of, q_tokens, context.idf, q.answer_type == "date"),
                                p["record_lines"].format(work=work))
        covered = coverage_evidence(q, context) if q.coverage else None
        if covered is not None:
            # "does the paper mention X?": yes, with the paper's sentence on it; or no, with a digest's note that
            # the paper omits it (and what the paper does say on it)
            verdict, found = covered
            return quoted_whole(draft, lang, found, p[f"coverage_{verdict}"],
                                p["coverage_said"] if verdict == "no" else None)
        unsaid = paper_silent_on(q, pool, context, aliases)
        if unsaid is not None:
            # "what does the paper say about Laos?": the paper never names it; the passage of the knowledge base
            # that does is shown as what is not the paper's
            terms, found = unsaid
            return quoted_whole(draft, lang, found, p["paper_absent"].format(terms=terms))
        checked = with_announced(self.checked_against_source(q, pool, q_tokens, context), pool, ANNOUNCED_ITEMS)
        if checked:
            # the paper's account beside what the source's digest notes on it: the question asks for the check,
            # so what it asserts (the paper's account) is not a premise to correct, nor its words terms to find
            self._compose(draft, q, checked, None, pool, q_tokens, lang, context)
            return draft
        chosen, listed = self.select(q, pool, q_tokens, context)
        field = labelled_field(q, chosen, context, q_tokens)
        if field is not None:
            # "what's the funding source for the plan in Perpres 19/2023?": the item the work's digest labels with
            # what is asked ("**Funding:** the state budget …") comes first
            chosen = [field, *(e for e in chosen if e.text != field.text)]
        chosen = with_digest_comment(chosen, pool)
        if self.config.parts and listed is None:
            chosen = each_part(q, chosen, pool, context.idf)
        # the things the question names (a law, a rare name, a country) are hard constraints: when some passages
        # hold them all and the chosen sentences do not, the answer is chosen among those passages. (Years and
        # figures are not: a wrong year or figure is what a false premise asserts; ``judge`` checks them.)
        items = [i for i in without_paper_identity(q, hard_items(q, context.idf, plan.glossary_terms), context,
                                                   aliases)
                 if i not in (*q.constraints.years, *q.constraints.numbers)]
        # (an inventory, "which laws does the paper name", is every name of its kind, wherever it stands)
        # (nor for an assertion about the paper itself, whose front matter is the evidence: "the authors of this
        # paper are from Universitas Indonesia, right?" is checked against the affiliation line)
        about_paper = q.about_document and q.premise and any(e.chunk.kind == "paper" for e in chosen[:1])
        if items and chosen and not asked_entity_kind(q) and not defines_term(q, chosen) and not about_paper \
                and not any(satisfied(e, items, aliases) for e in chosen):
            persons = [i for i in items if bare_name_tokens(i)]
            holding = [e for e in pool if satisfied(e, items, aliases)
                       and (e.chunk.kind != "reference" or q.answer_type == "source")] or [
                # (else, for a person the question names with an office, a note on a reference's record that names
                # that person itself and may report what they said: "a public statement by Minister … gives 2,356
                # reported victims"; not the record's entry, which names only authors, nor a note on a country or a
                # title that its record names elsewhere)
                e for e in pool if is_record_note(e) and persons
                and all(has_constraint(e.text, i, aliases) for i in persons) and satisfied(e, items, aliases)]
            if holding:
                chosen, listed = self.select(q, holding, q_tokens, context)
            elif q.answer_type == "summary":
                chosen = with_each_item(chosen, pool, items, aliases)
        noted = noted_only(q, chosen, pool, items, aliases)
        if noted:
            chosen, listed = self.select(q, noted, q_tokens, context)
        if q.answer_type == "source" and items and any(satisfied(e, items, aliases) for e in chosen):
            # ("the Cordisco Tsai et al 2021 article: what volume and pages?": the record of the work named; another
            # source's digest or record, whose volume and pages are another work's, is no part of the answer)
            chosen = [e for e in chosen if e.chunk.kind not in ("digest", "reference") or satisfied(e, items, aliases)]
        if q.answer_type == "comparison" and chosen:
            chosen = with_announced(chosen, pool, ANNOUNCED_ITEMS)
        if q.answer_type == "summary" and chosen:
            chosen = with_each_qualified(q, chosen, pool, aliases, context.chunks)
            chosen = with_each_facet(q, chosen, pool, context.idf)
            chosen = with_list_leads(chosen, pool)
        verdict = judge(q, pool, chosen, q_tokens, context, plan.glossary_terms, aliases)
        # (also where the verdict found an asserted claim unsupported without a sentence against it: the method
        # section is that sentence)
        claimed = unnamed_method(q, context.chunks) if verdict.decision == "answer" or (
            verdict.decision == "premise" and verdict.evidence is None and q.premise) else None
        if claimed is not None:
            # "why did this study survey victims?": the study's own method section names no such technique
            verdict = Verdict("premise", missing=[claimed[0]], claim=claim_of(q), evidence=claimed[1])
        unheld = uncounted_term(q, chosen, pool, context) if verdict.decision == "answer" else None
        if unheld:
            # "how many were victims of forced marriage?": the figures retrieved count something else
            verdict = Verdict("refuse", missing=[unheld], topical=True)
        if q.reading:
            draft.statements.append(Statement(p["reading"].format(reading=q.reading), framing=True))
        # (a request for tipbot's own view is refused as one even when it is phrased as a claim: "udah efektif blm?")
        if verdict.decision == "refuse" and (not q.premise or verdict.reply):
            # (a figure the sources lack: the sentence giving another figure of the same noun is the closest)
            swap = substitute(q, [m for m in verdict.missing if m and rx.search(r"\d", m)],
                              [e for e in pool if is_content(e)], context.idf)
            return self._refuse(draft, verdict.missing, pool, lang, chosen, verdict.office, q.text, verdict.total,
                                verdict.reply, verdict.apart, verdict.topical, q_tokens, swap)
        if verdict.decision in ("premise", "refuse"):
            # a question that asserts something the sources do not hold is corrected, not just refused
            shown = [verdict.evidence] if verdict.evidence is not None else chosen
            described = appositive_entry(q, pool, context.chunks) if q.premise else None
            if described is not None and all(described.text != e.text for e in shown):
                # ("why does SBMI, as a government agency, …": what the sources say the thing is comes first)
                shown = [described, *shown]
            return self._correct(draft, verdict.claim or claim_of(q), pool, q, q_tokens, lang, context, shown,
                                 verdict.missing, contradicted=verdict.evidence is not None, keep_first=verdict.keep,
                                 not_in_paper=verdict.reply == "paper_figure")
        self._compose(draft, q, chosen, listed, pool, q_tokens, lang, context)
        return draft

    # -- selection by answer type -------------------------------------------------------------------------------
    def select(self, q: Question, pool: list[Evidence], q_tokens: set[str], context: AnswerContext):
        """The sentences that answer, and a list the source sets out (for list questions)."""
        cfg = self.config
        front_ids = {p.chunk.id for p in front_matter(context.chunks)
                     if not is_abstract(p.chunk.section)} if not q.about_document else set()
        # records answer questions about sources; the front matter (title block, licence, addresses) only questions
        # about the document itself
        content = [e for e in pool if is_content(e) and e.chunk.id not in front_ids
                   and not note_dated_apart(e, q.constraints.years)] or pool
        if either_language(words()["kb_notes"]).search(q.original):
            # "menurut catatan KB, …", "what do the knowledge base's notes say …": the notes the knowledge base keeps
            # on the sources' records (their anomalies and context) answer, not the paper
            notes = [e for e in pool if is_record_note(e)]
            content = [e for e in content if e in notes] or [e for e in notes if e.score > 0] or content
        if q.wants_source:
            # "according to the digest of the Polri release …": the answer comes from that source's digest (and the
            # paper's sentences, when it is compared with the paper)
            named = set(named_sources(q, context.chunks, context.idf))
            paper = q.names_paper and q.answer_type == "comparison"
            content = [e for e in content if (e.chunk.source_id in named and e.chunk.kind == "digest")
                       or (paper and e.chunk.kind == "paper")] or content
        elif q.answer_type in (*TYPED, "reason", "list") and not q.names_paper \
                and credits_source(q) and not either_language(words()["paper_words"]).search(
                    without_cited_sources(q.original, clause=False)):
            # "menurut laporan TIP 2017, berapa pengaduan …", "according to the 2017 TIP report, why …": what a
            # question credits to one cited source is that source's, given by its digest when the digest gives
            # the kind of thing asked (a figure, a date, a name); not when it names the paper ("… as the paper
            # cites it", "yg dikutip di paper", also where the framing strips it: "cited in the paper"), which then
            # speaks for the source
            named_ids = named_sources(q, context.chunks, context.idf)
            if len(named_ids) > 1:
                named_ids = credited_among(q, named_ids)
            if len(named_ids) == 1:
                own = [e for e in content if e.chunk.source_id == named_ids[0] and e.chunk.kind == "digest"]
                # (else the paper's sentences that cite it for the kind of thing asked; else the digest's own
                # sentences, which then give no such thing: a figure the source's digest and the paper's citing
                # sentences lack is not taken from a sentence citing another source)
                citing = [e for e in content if e.chunk.kind == "paper" and context.citation_index is not None
                          and any(m.key == named_ids[0] for m in context.citation_index.find(e.text))]
                def typed(evidence: list[Evidence]) -> list[Evidence]:
                    return [e for e in evidence if e.parts.get("type", 0.0) > 0]

                # (a why or a list: the digest's sentences with the paper's that cite the source)
                content = (typed(own) or typed(citing) or own if q.answer_type in TYPED else [*own, *citing]) \
                    or content
        named = [e for e in pool if e.passage.score == 0.0]  # passages the question names (structural_passages)
        captions = [e for e in named if e.chunk.kind == "paper" and caption_label(e.chunk.text)
                    and names_caption(q.text, caption_label(e.chunk.text))]  # (a named section may hold one)
        if captions:  # "what does Chart 1 show": its caption (with its source line), then what the text says of it
            rest = cover([e for e in content if e not in captions], q_tokens, context.idf, 1)
            return captions[:1] + rest, None
        if q.answer_type in ("list", "source", "fact") and not q.wants_paper:
            # "RAN PP-TPPO … sumber dananya dari mana aja?": the digest item whose label the question's terms name
            # whole ("**Funding:** the state budget (APBN), …") is the answer, with the rest of the item (not when
            # the question asks what the paper says: "keyword paper ini apa aja?")
            top = max((e.score for e in content), default=0.0)
            # (or at any score when the question names its section too: "komitmen buat korbannya apa aja?" names
            # the item "**Victims:** …" of the section "Main commitments")
            labelled = sorted((e for e in content if labels_item(e, q_tokens) and (
                e.score >= LABEL_SHARE * top or set(tokenize(e.chunk.section or "")) & q_tokens)),
                key=lambda e: -e.score)
            if labelled:
                ordered = sorted(content, key=lambda e: (e.chunk.order, e.position))
                return _item_sentences(labelled[0], ordered)[:LIMITS["list"]], None
        if q.omission and q.answer_type != "summary":
            # "what does the paper leave out about Law 13/2006": the digests' sentences that say what it leaves out
            # (a summary asked with what the paper leaves out keeps its outline, which ends with how the paper uses
            # the source)
            stated = sorted((e for e in content if e.chunk.kind == "digest" and states_omission(e.text)),
                            key=lambda e: -e.score)
            if stated:
                # (asked with whether the source bears the paper out, "does the digest bear that out, and what does
                # the paper leave out?": the digest's sentence most on the paper's account comes first)
                checked = max((e for e in content if e.chunk.kind == "digest" and e not in stated
                               and e.chunk.source_id == stated[0].chunk.source_id), key=lambda e: e.score,
                              default=None) if q.checks_source else None
                lead = [checked] if checked is not None and checked.score > stated[0].score else []
                return [*lead, *with_continuation(stated[:2], pool, 3)], None
        if q.answer_type == "source":
            # the sentences that carry a citation are favoured by their type fit; the passages the question names
            # are kept; the reference entries follow (``_reference_entries``)
            content = content + [e for e in named if e not in content]
        t = q.answer_type
        if t == "method" and of_the_study(q):
            # the study's own way of working is what it did, not what it recommends to others ("Future
            # researchers can collect data through interviews …")
            irrealis = either_language(words()["irrealis"])
            content = [e for e in content if not irrealis.search(e.text)] or content
            if phrase_pattern(words()["research_process"]).search(q.text):
                # (and of its research process, "where did the authors get their data?", its method section
                # tells, when it is among the evidence)
                content = [e for e in content if section_chunks([e.chunk], "method")] or content
        if q.about_document and t not in ("summary", "comparison"):  # (a summary or comparison of "the abstract")
            front = [e for e in content if e.passage.score == 0.0 and e.chunk.kind == "paper"]
            # (not the paper's front matter when the question names another work, which it does not hold and another
            # passage writes word for word: "who wrote the assessment of ACTIP in the Asian Journal of International
            # Law?")
            names = [n for n in q.constraints.names if n not in q.constraints.years]
            verbatim = lambda e: all(rx.search(re.escape(n), passage_of(e), re.I) for n in names)  # noqa: E731
            elsewhere = names and not any(satisfied(e, names) for e in front) and any(
                verbatim(e) for e in content if e not in front)
            if front and not elsewhere:
                # the title block (title, authors, affiliations) and the front-matter line that fits best
                first = min(e.chunk.order for e in front)
                block = [e for e in front if e.chunk.order == first]
                rest = [e for e in front if e not in block[:3]]
                # (for "when was it received/published", a line that holds a date: "Received Feb 22, 2024 …")
                best = max(rest, key=lambda e: (t not in TYPED or e.parts.get("type", 0.0) > 0,
                                                idf_coverage(e.tokens, q_tokens, context.idf), e.score), default=None)
                if best is not None and t == "date" and best.parts.get("type", 0.0) > 0:
                    return [best], None  # the line that holds the date or figure asked about is the answer
                # (a line that holds more of the question's terms than any line of the title block leads it: the
                # corresponding author's line with the email for "what's the corresponding author's email?")
                covers = lambda e: idf_coverage(e.tokens, q_tokens, context.idf)  # noqa: E731
                # (a line of the front matter: not of the abstract, nor of a numbered section of the body)
                if best is not None and not rx.match(r"\d", best.chunk.section) \
                        and not is_abstract(best.chunk.section) and all(covers(best) > covers(b) for b in block[:3]):
                    return [best, *block[:3]], None
                return block[:3] + ([best] if best is not None else []), None
        if asks_findings(q):
            # "what did the paper find?", "apa temuan utama paper ini?": the paper's sentences that state a finding
            # or a conclusion (word list ``findings``), the abstract's and the conclusion's first, each with the
            # items it announces
            # (a word of finding that opens a clause of what was found: "found that", "it was concluded that")
            states = rx.compile(rf"(?:{either_language(words()['findings']).pattern})\W+(?:\w+\W+){{0,2}}?"
                                r"(?:that|bahwa)\b", re.I)
            ends = {c.id for c in conclusion_chunks(context.chunks)} | {
                p.chunk.id for p in front_matter(context.chunks)}
            stating = sorted((e for e in content if e.chunk.kind == "paper" and states.search(e.text)),
                             key=lambda e: (e.chunk.id not in ends, -e.score))[:FINDINGS]
            if stating:
                return stating, None
        if q.chronology:
            events = chronology(q, content)
            if events:
                return events, None
        if asks_countries(q):
            named = countries_mentioned(q, content)
            if len(named) >= 2:
                return named, None
        kind = asked_entity_kind(q)
        if kind:  # "which ministries does the paper name?": every one the text names
            named = entities_mentioned(q, content, kind)
            if len(named) >= 2:
                return named, None
        if t == "list":
            # "the four data points the intro gives": the list is the one in the section the question names
            named_here = set(sections_named(q.text, context.chunks)) if not q.wants_source else set()
            content = [e for e in content if e.chunk.kind == "paper" and e.chunk.section in named_here] or content
            listed = structured_list(q, content, context.chunks, cfg)
            if listed is not None:
                return (mmr(content, 2, cfg) if listed.source is None else [listed.source]), listed
            # the sentence most on topic, judged without the bonus for looking like a list
            topical = max(content, key=lambda e: e.score - W_TYPE * e.parts.get("type", 0.0))
            ranked = with_continuation([topical], pool, LIMITS["list"], follow=3)
            if len(ranked) > 1:
                return ranked, None
            return mmr(content, LIMITS["list"], cfg, spread=True), None
        if t == "summary":
            # (the glossary's entries when the question names the glossary: "apa kata glosarium soal Polri")
            glossary = either_language(words()["glossary_words"]).search(q.original)
            body = [e for e in content if e.chunk.kind in ("paper", "digest", "user", *(("glossary",) if glossary
                                                                                         else ()))] or content
            # "summarise the Alifia thesis": a summary of a source the question names is that source's digest
            # (unless it asks what the paper says of it)
            named = set() if q.wants_paper else set(named_sources(q, context.chunks, context.idf))
            of_named = [e for e in body if e.chunk.source_id in named and e.chunk.kind == "digest"]
            # (not when the question asks what the glossary says of things that digest does not name: "what the
            # glossary says about SBMI and BP2MI" is no summary of the SBMI digest)
            if glossary and names_beyond(q, of_named):
                named, of_named = set(), []
            record = record_only(pool, context.chunks) if not of_named else []
            if record:  # "referensi Septia dkk 2022 itu ngebahas apa? ada masalah gak?": its reference record
                return record[:LIMITS["summary"]], None
            body = of_named or body
            if q.whole_paper:  # "intinya paper ini apa?", "a short summary of the whole thing": its abstract
                # (its first paragraph: a licence line may follow it in the same passage)
                abstract = [e for e in content if e.chunk.kind == "paper" and is_abstract(e.chunk.section)
                            and e.text in e.chunk.text.split("\n\n", 1)[0]]
                if abstract:
                    return section_summary(abstract, LIMITS["summary"]), None
            # (a section named whole is all of its passages in the evidence, those retrieved as well as those named)
            sections = {e.chunk.section for e in content if e.chunk.kind == "paper" and e.passage.score == 0.0}
            whole = [e for e in content if e.chunk.kind == "paper" and e.chunk.section in sections]
            outline = section_outline(whole)
            if outline:  # "summarise section 3": its own text, then each sub-section's heading
                return outline, None
            if whole and len({e.chunk.section for e in whole}) == 1:
                # "summarise section 3.5", "ringkas pendahuluan": the section the question names, whole
                return section_summary(whole, LIMITS["summary"]), None
            # (a part named by its heading's word beside a named source is that source's: "sumber Khairi 2021 itu
            # isinya apa? kesimpulannya gimana?" asks for Khairi's conclusion, not the paper's)
            section = named_section(body, q_tokens, context.idf) if not of_named else []
            if section:  # "summarise the conclusion": that section's sentences, as for a section named by number
                return section_summary(section, LIMITS["summary"]), None
            entries = sorted((e for e in content if e.chunk.kind == "glossary" and any(
                has_constraint(e.text, n) for n in q.constraints.names)), key=lambda e: -e.score) if glossary else []
            if entries:  # "apa kata glosarium soal Polri": the entries that name what it asks about, best first
                return entries[:LIMITS["summary"]], None
            whole_digest = [e for e in content if e.passage.score == 0.0 and e.chunk.kind == "digest"]
            if len(named) == 1 and whole_digest and {e.chunk.source_id for e in whole_digest} == named:
                # "summarise the ACTIP digest": the whole digest is in the evidence; its outline summarises it
                return source_outline(whole_digest, OUTLINE_MAX, q_tokens, q.text), None
            opening = source_opening(body) if named and all(e.chunk.source_id in named for e in body) else []
            kinds = [[e for e in body if e not in opening and e.chunk.kind == kind] for kind in ("paper", "digest")]
            if q.with_sources and all(kinds):
                # "what the paper and its sources say about …": each kind's own summary, half the length each
                half = (LIMITS["summary"] - len(opening) // 2 + 1) // 2
                rest = [e for group in kinds for e in summary_sentences(group, half)]
            else:
                rest = summary_sentences([e for e in body if e not in opening], LIMITS["summary"] - len(opening) // 2)
            chosen = [*opening, *rest]
            chosen.sort(key=lambda e: (e.chunk.path, e.chunk.order, e.position))
            return [*own_entries(q, content), *chosen], None
        if t == "definition":
            # (the glossary entry of the term, or a sentence that says what the term means: "Tier 3 means …")
            defining = [e for e in content if e.parts.get("type", 0) >= 1.0]
            if defining:
                best = max(defining, key=lambda e: e.score)
                rest = [e for e in cover(content, q_tokens, context.idf, 2) if e is not best]
                return [best, *rest[:1]], None
        parts = [part_tokens(part, q.language) for part in q.parts]
        if q.interval and parts:
            # "how long after A did B": a dated sentence for each event
            # (an event the sources date only to its month is dated by that month: "the 43rd Summit, Sept 2023")
            # (a reference record's note dates other reporting, not the events asked about)
            content = [e for e in content if e.chunk.kind != "reference"] or content
            dated = [e for e in content if find_dates(e.text) or find_months(e.text)] or [
                e for e in content if e.parts.get("type", 0) >= 0.5]
            dated = dated or content
            if q.wants_paper:  # "going by the paper's dates": each event is dated by the paper's own sentences
                dated = [e for e in dated if e.chunk.kind == "paper"] or dated
            # (an event no dated sentence names may be dated by its year alone: "the 18th Summit (Indonesia, 2011)")
            yearly = [e for e in content if e not in dated and find_years(e.text)]
            return event_dates(dated, pool, q.parts, q.language, context.idf, yearly=yearly), None
        if t == "reason":
            return self._reasons(content, pool, q_tokens, context, parts), None
        if t == "comparison":
            sides = q.names_paper and either_language(words()["source_text"]).search(q.text)
            sources = set(named_sources(q, context.chunks, context.idf)) if sides else set()
            paper = sorted((e for e in content if e.chunk.kind == "paper"), key=lambda e: -e.score)
            digest = sorted((e for e in content if e.chunk.source_id in sources and e.chunk.kind == "digest"),
                            key=lambda e: -e.score)
            if paper and digest:
                # "how does the paper's version differ from what the UNODC digest reports": each side from its own
                # text, the paper's first
                half = LIMITS["comparison"] // 2
                return [*mmr(paper, half, cfg), *mmr(digest, half, cfg)], None
            counts = [count_of(part) for part in q.parts]
            chosen = cover(content, q_tokens, context.idf, LIMITS["comparison"], min_ratio=0.5, parts=parts,
                           part_counts=counts)
            # "SOMTC sama AMMTC bedanya apa?": two terms the glossary defines are compared by their definitions
            defined = [e for e in content if e.chunk.kind == "glossary" and e.position == 0
                       and any(names_term(n, e.chunk.section) for n in q.constraints.names)]
            if len({e.chunk.section for e in defined}) >= 2:
                # (the definitions first, side by side, then what else the sources say of them)
                chosen = [*defined, *(c for c in chosen if all(c.text != e.text for e in defined))]
            return chosen, None
        # a question in several parts gets a sentence for each part (up to MAX_PARTS)
        limit = max(LIMITS.get(t, 2), min(len(parts) + 1, MAX_PARTS)) if parts else LIMITS.get(t, 2)
        chosen = cover(content, q_tokens, context.idf, limit, parts=parts)
        for part in q.parts or [q.text]:
            # a definition asked for ("What is SIMFONI PPA, and …") is answered by that term's glossary entry
            if answer_type(part, q.language) == "definition":
                for e in content:
                    if (e.chunk.kind == "glossary"
                            and any(n.lower() == e.chunk.section.lower() for n in q.constraints.names)
                            and all(e.text != c.text for c in chosen)):
                        chosen.append(e)
                        break
        if t in ("method", "fact"):
            # (the sentences chosen for a question's other parts stay beside the continued one)
            chosen = with_continuation(chosen, pool, limit + 1 + len(parts), follow=3)
        if t == "quantity":
            chosen = figure_after(chosen, pool, limit + 1)
        if t in TYPED and chosen:
            # the sentence that holds the kind of thing asked for (a figure, a date, a name) leads when it is
            # nearly as relevant as the best one
            typed = [e for e in content if e.parts.get("type", 0.0) >= 0.5]
            # (a sentence that says the figure cannot be confirmed states none)
            typed = [e for e in typed if not holds_phrase("hedges", e.text)] or typed
            if q.wants_paper:  # "going by the paper": the paper's own sentence leads when it has the answer
                typed = [e for e in typed if e.chunk.kind == "paper"] or typed

            def lead_value(e: Evidence) -> float:
                return e.score + W_LOCAL * e.parts.get("local", 0.0)

            def rivals(holds) -> list[Evidence]:
                """The typed sentences that hold what the lead lacks, nearly as good as the lead."""
                return [e for e in typed if holds(e) and lead_value(e) >= RAREST_LEAD * lead_value(lead)]

            def promoted(better: list[Evidence], key=lead_value) -> tuple[Evidence, list[Evidence]]:
                """The best of ``better`` as the lead, first among the chosen sentences."""
                best = max(better, key=key)
                return best, [best, *[e for e in chosen if e is not best]][:limit]

            lead = max(typed, key=lead_value) if typed else None
            own = q_tokens & set(tokenize(q.text)) if q.language == "en" else q_tokens  # (not synonyms added)

            missing = [t for t in own if context.idf.get(t, 0.0) >= RARE_IDF and lead is not None
                       and t not in named_in(lead, pool)]
            # the figure's sentence lacks a rare term of the question ("the kidney case"): one nearly as good that
            # holds it leads (a figure about something else is a wrong answer); the rarest term, else the rarest of
            # the question's own words when none holds that one (a synonym added: "survivor" of "korban", rarer than
            # "kidney")
            words_own = set(tokenize(q.text) if q.language == "en" else rendered_tokens(q.text))
            tried = [max(sorted(ts), key=lambda t: context.idf[t])
                     for ts in (missing, [t for t in missing if t in words_own]) if ts]
            for rarest in dict.fromkeys(tried):
                holding = rivals(lambda e, term=rarest: term in named_in(e, pool))
                if holding:
                    lead, chosen = promoted(holding)
                    break
            if t == "quantity" and lead is not None and q.head and q.head not in words()["generic_counted"] \
                    and not counts_head(lead.text, q):
                # "how many participants": a figure of that noun ("about 275 participants"), nearly as good, leads
                # over a figure of something else ("six bilateral police MoUs")
                counting = rivals(lambda e: counts_head(e.text, q))
                if counting:
                    lead, chosen = promoted(counting)
            if t == "quantity" and lead is not None and asked_kind(q)[1] == "people" and \
                    set(figure_kinds(lead.text)) == {"records"}:
                # "how many Indonesians were victims": a figure of people, nearly as good, leads over one whose
                # figures count only records ("75 reports indicating there were victims"); not one about another
                # source than a name the lead's passage holds ("SIMFONI PPA's 2,605 cases", not another work's "62
                # citizens")
                held = [n for n in q.constraints.names if has_constraint(passage_of(lead), n)]
                counting = rivals(lambda e: "people" in figure_kinds(e.text)
                                  and all(has_constraint(passage_of(e), n) for n in held))
                if counting:
                    lead, chosen = promoted(counting)
            act = act_tokens(q)
            if lead is not None and act and not act & named_in(lead, pool):
                # "who opened the meeting": the name of a sentence that says who did that act, nearly as good,
                # leads over a name that did something else; of several, the one whose passage holds most of
                # the question's places and years (the meeting in Bekasi, not the one in Jakarta)
                acting = rivals(lambda e: act & named_in(e, pool))
                where = [*q.constraints.places, *asked_places(q.text, context.store_places), *q.constraints.years]
                if acting:
                    lead, chosen = promoted(acting, key=lambda e: (
                        sum(has_constraint(passage_of(e), c) for c in where), lead_value(e)))
            if lead is not None and q.start and not lead.parts.get("started"):
                # "Listyo Sigit jadi Kapolri dari thn brp?": a sentence whose date a word of starting opens beside
                # what the question names ("from 2021") leads over one dating another event
                started = [e for e in typed if e.parts.get("started", 0.0) > 0]
                if started:
                    lead, chosen = promoted(started)
            months = asked_months(q)
            if lead is not None and months and not names_month(lead.text, months):
                # "how many suspects as of October 2023": a figure dated in that month, nearly as good, leads over
                # one of another time (the 12 suspects of the July kidney case)
                dated = rivals(lambda e: names_month(e.text, months))
                if dated:
                    lead, chosen = promoted(dated)
            years = edition_years(q)
            if lead is not None and years and not any(has_constraint(lead.text, y) for y in years) \
                    and _YEAR_ALONE.search(lead.text):
                # "when was the 2023 TIP Report released": a sentence of the year asked, nearly as good, leads over
                # one that gives another year alone in its place ("the report released … in 2017")
                of_year = rivals(lambda e: all(has_constraint(e.text, y) for y in years))
                if of_year:
                    lead, chosen = promoted(of_year)
            if lead is not None and reports_prior_work(lead.text) and not asks_prior_work(q):
                # "strategi indonesia di paper itu ada brp?": the text's own account ("there are five strategies
                # …"), nearly as good, leads over its report of earlier work ("Previous research shows … four
                # strategies"), unless the question asks about earlier work
                own_account = rivals(lambda e: not reports_prior_work(e.text))
                if own_account:
                    lead, chosen = promoted(own_account)
            # (the paper's own answer, preferred below, must hold that term and that act too when the lead does, and
            # the question's two-word names the lead holds: "the 2023 TIP report", not "the May 2023 report" of a
            # sentence that speaks of "victims of TIP" elsewhere)
            phrases_ = word_pairs(q.text) & word_pairs(lead.text) if lead is not None else set()
            # (every rare term of the question the lead holds: "kasus ginjal", the kidney case, is not answered by
            # the paper's figures of other cases)
            rare = {t for t in own if context.idf.get(t, 0.0) >= RARE_IDF}
            held_rare = rare & named_in(lead, pool) if lead is not None else set()
            # (and a figure of the kind asked, in digits, when one is: "denda maksimal" is the glossary's "Rp120–600
            # million", not the paper's "up to 15 years … a fine of hundreds of millions of rupiah")
            measure = quantity_kind(q) if t == "quantity" else None
            paper = [e for e in typed if e.chunk.kind == "paper" and held_rare <= named_in(e, pool)
                     and (measure is None or any(rx.search(r"\d", e.text[a:b])
                                                 for a, b in kind_spans(e.text, measure)))
                     and (not act or lead is None or not act & named_in(lead, pool) or act & named_in(e, pool))
                     and phrases_ <= word_pairs(e.text)]
            if lead is not None and lead.chunk.kind != "paper" and paper and not q.wants_source:
                # the paper is the subject: its own answer leads when nearly as good as a digest's or the
                # glossary's (the two may disagree, e.g. on a date; both are then shown)
                best_paper = max(paper, key=lead_value)
                # (the paper's answer must hold them too; and a person the question names with an office: "kapan
                # Menlu Retno ketemu Kapolri Kamboja Neth Savoeun", not the embassy's meeting with another chief)
                people = [n for n in q.constraints.names if bare_name_tokens(n)]
                strict = [*q.constraints.years, *q.constraints.places, *people]
                # (a person in the sentence itself, when the lead's sentence names them: "Menlu Retno bilang
                # Indonesia udah nanganin brp kasus" credits the figure to what that person said, not to a sentence
                # of a passage that names them elsewhere)
                spoken = all(has_constraint(best_paper.text, n) for n in people) or not all(
                    has_constraint(lead.text, n) for n in people)
                # (and the month asked: "as of October 2023", "sampe oktober 2023")
                if lead_value(best_paper) >= PAPER_FIRST * lead_value(lead) and spoken and (
                        satisfied(best_paper, strict) or not satisfied(lead, strict)) and (
                        not months or names_month(best_paper.text, months) or not names_month(lead.text, months)):
                    chosen = [best_paper, lead, *[e for e in chosen if e not in (best_paper, lead)]][:limit]
                    lead = best_paper
            dated_to_month = t == "date" and lead is not None and lead.chunk.kind != "paper" \
                and not find_dates(lead.text)
            months_only = {(d.month, d.year) for d, _ in find_months(lead.text)} if dated_to_month else set()
            if months_only:
                # "when exactly was the 2023 TIP Report released": a sentence that gives the day of the lead's month
                # ("on 15 June 2023" for "released in June 2023"), nearly as good, leads: the same date, told whole
                # (not over the paper's own answer)
                exact = rivals(lambda e: any((d.month, d.year) in months_only for d, _ in find_dates(e.text)))
                if exact:
                    lead, chosen = promoted(exact)
            # (not over a sentence holding the question's names and years, for one that holds fewer of them)
            # (unless the lead's passage holds every name the question gives, lacking only a number, and only the lead
            # counts the noun asked: "the 17th AMMTC's Labuan Bajo Declaration, brp poin?" is answered by "the
            # eight-point declaration", not by the glossary's entry on the meeting; a sentence on another source,
            # "62 citizens are victims (Arbar)", does not answer "brp korban" of SIMFONI PPA's "2,605 cases")
            other_source = t == "quantity" and lead is not None and chosen[0].parts.get("constraints", 0.0) >= 1.0 \
                and lead.parts.get("constraints", 0.0) < 1.0 and not (
                    q.constraints.names and satisfied(lead, q.constraints.names)
                    and counts_head(lead.text, q) and not counts_head(chosen[0].text, q))
            if lead is not None and lead.score >= TYPED_LEAD * chosen[0].score and lead is not chosen[0] \
                    and not other_source:
                chosen = [lead, *[e for e in chosen if e is not lead]][:limit]
            if t == "date" and lead is not None and lead is chosen[0] and not q.wants_paper and not q.wants_source:
                # the paper and a digest or the glossary may date the same event differently: the other's date,
                # when nearly as good an answer, is shown too
                others = [e for e in typed
                          if dated_otherwise(e, lead) and lead_value(e) >= PAPER_FIRST * lead_value(lead)]
                if others:
                    other = max(others, key=lead_value)
                    shown = [*self._with_antecedent([lead], pool), other]
                    return [*shown, *[e for e in chosen if e not in shown]][:limit + 1], None
        return self._with_antecedent(chosen, pool), None

    @staticmethod
    def checked_against_source(q: Question, pool: list[Evidence], q_tokens: set[str],
                               context: AnswerContext) -> list[Evidence]:
        """For "does the paper's figure match what the UNODC report says?": the paper's sentence, then what the
        source's digest notes on how the paper uses it; nothing when the question names no one source with such
        notes. (One source: "the difference between Law 13/2006 and Law 21/2007 as the paper explains it"
        compares two sources, not the paper with one. A question for a date or figure, "tanggalnya beda ya?", is
        answered by its type, with the date or figure a digest gives otherwise; a summary of a digest "and how
        the paper uses it" keeps the digest's outline.)"""
        if not q.checks_source or q.answer_type in (*TYPED, "summary"):
            return []
        sources = named_sources(q, context.chunks, context.idf)
        if len(sources) != 1:
            return []
        own = [e for e in pool if e.chunk.kind == "digest" and e.chunk.source_id == sources[0]]
        notes = [e for e in own if notes_on_paper(e.chunk.section)]
        if not notes:
            return []
        paper = max((e for e in pool if e.chunk.kind == "paper"), key=lambda e: e.score, default=None)
        said = cover(notes, q_tokens, context.idf, LIMITS["comparison"] // 2 + 1)
        # (the digest's own account of what the question asks about, when it fits better than its notes: "the
        # digest gives 2,648 victims, the paper 2,605 cases — the same data?")
        best = max(own, key=lambda e: e.score)
        if best.score > said[0].score:
            said.insert(0, best)
        return with_digest_comment([*([paper] if paper is not None else []), *said], pool)

    @staticmethod
    def _reasons(content: list[Evidence], pool: list[Evidence], q_tokens: set[str], context: AnswerContext,
                 parts: list[set[str]]) -> list[Evidence]:
        """The sentence most on topic, and the best sentences that state a cause (a causal connective) near it
        in score; one that announces several causes brings the sentences that carry it on."""
        if not content:
            return []
        # the sentence most on topic, judged without the causal-connective bonus; then the causes. A sentence that
        # announces the causes ("caused by several factors, including …") and is nearly as much on topic leads
        # instead: it answers the "why" itself (not one that opens with a result: "Therefore, …")
        plain = lambda e: e.score - W_TYPE * e.parts.get("type", 0.0)  # noqa: E731
        topical = max(content, key=plain)
        stating = [e for e in content if e.parts.get("type", 0.0) >= 1.0 and announces(e.text)
                   and not gives_consequence(e.text) and plain(e) >= CAUSE_LEAD * plain(topical)]
        chosen = [max(stating, key=plain) if stating else topical]
        top = topical.score
        # "So, the data obtained can be more accurate": the sentence after it that opens with a connective of
        # result or purpose says why it is done
        prev, nxt = neighbours(chosen[0], pool)
        # (… or that points back to it and states a purpose: "These patterns will be used by the Government to …")
        if nxt is not None and (gives_consequence(nxt.text) or (
                POINTS_BACK.match(nxt.text) and holds_phrase("causal", nxt.text))):
            chosen.append(nxt)
        if prev is not None and gives_consequence(chosen[0].text):
            # ("That is why, Snyder argues, the review matters more than ever": what it follows from, the
            # sentence before it, is the reason; and the one before that when it points back, "This makes it …")
            chosen.insert(0, prev)
            before, _ = neighbours(prev, pool)
            if before is not None and POINTS_BACK.match(prev.text):
                chosen.insert(0, before)
        # causes stated in the topical sentence's own passage come first: they are about the same case
        causal = sorted((e for e in content if e.parts.get("type", 0.0) >= 1.0 and e.score >= TYPED_LEAD * top),
                        key=lambda e: (e.chunk.id != chosen[0].chunk.id, -e.score))
        for e in causal[:2]:
            if all(e.text != c.text for c in chosen):
                chosen.append(e)
        out: list[Evidence] = []
        for e in chosen:  # an announcing sentence brings, in place, the sentences that carry it on
            before = neighbours(e, pool)[0] if e is not chosen[0] and gives_consequence(e.text) else None
            # (and the lead, when its subject is a pronoun for the sentence before, brings that sentence: "It calls for
            # a joined-up ASEAN response" follows what the declaration notes of COVID-19 and the abuse of technology)
            if before is None and e is chosen[0] and ANAPHORIC_SUBJECT.match(e.text):
                before = neighbours(e, pool)[0]
            # (a cause that states a result, "Their quality is therefore open to doubt", brings the sentence it
            # follows from, before it)
            for x in [*([before] if before is not None else []),
                      *(with_continuation([e], pool, 4, follow=3) if announces(e.text) else [e])]:
                if all(x.text != o.text for o in out):
                    out.append(x)
        return out[: LIMITS["reason"] + 2]

    @staticmethod
    def _other_date(draft: Draft, lead: Evidence, chosen: list[Evidence], lang: str,
                    names: list[str] | tuple[str, ...] = ()) -> bool:
        """When the other kind of source (the paper against a digest or the glossary) dates the event otherwise,
        the answer says so after its direct answer, citing it. Whether it did. A sentence that lacks a name of the
        question's ``names`` the lead holds tells another event ("the Indonesian Embassy … met with the Head of the
        Phnom Penh Regional Police" is no meeting of the Kemenko PMK)."""
        held = [n for n in names if has_constraint(lead.text, n)]
        for e in chosen[1:]:
            if any(not has_constraint(e.text, n) for n in held):
                continue
            other = dated_otherwise(e, lead)
            # (the same event: the words around its date are the question's too, about as much as the lead's —
            # "On 4 September 2023 … urged implementation" dates another event of the same declaration)
            local = e.parts.get("local", 0.0)
            # (and it holds what the question names about as well as the lead, at least half: "The Authority dates
            # the start of the joint boarding teams to 1 June" dates another thing than the referral desk asked for)
            same_event = local > 0 and local >= 0.5 * lead.parts.get("local", 0.0) and e.parts.get(
                "constraints", 0.0) >= 0.5 * lead.parts.get("constraints", 0.0)
            if other and same_event and e.parts.get("type", 0.0) >= 0.5:
                say_other_date(draft, e.chunk, e.text, other, lang)
                return True
        return False

    @staticmethod
    def _with_antecedent(chosen: list[Evidence], pool: list[Evidence]) -> list[Evidence]:
        """A best sentence that points back ("This team …") brings the sentence it points to; one that the next
        sentence names ("… formed a special team. This team is the … Task Force") brings that sentence."""
        if not chosen:
            return chosen
        before, after = neighbours(chosen[0], pool)
        if POINTS_BACK.match(chosen[0].text):
            return [before, *chosen] if before is not None and before not in chosen else chosen
        if after is not None and IDENTIFIES.match(after.text):
            return [chosen[0], after, *[e for e in chosen[1:] if e is not after]]
        return chosen

    # -- the three outcomes ---------------------------------------------------------------------------------------
    @staticmethod
    def _refuse(draft: Draft, missing: list[str], pool: list[Evidence], lang: str,
                chosen: list[Evidence] | None = None, office: str = "", question: str = "", total: str = "",
                reply: str = "", apart: list[str] | None = None, topical: bool = False,
                q_tokens: set[str] | None = None, swap: tuple[Evidence, str] | None = None) -> Draft:
        """The refusal, saying what no passage holds (``topical``: no passage on the question's subject, where
        another passage may name it: "no passage mentions May 2023" would be false when one does). The closest
        passage is trimmed to its clauses most about the question (``q_tokens``, and the years it names: "the May
        2023 report" is the fourth item of a long sentence, not its first). ``swap``: the sentence that gives another
        filler in the place of what the question asks (``substitute``), the closest passage with its filler."""
        p = ph(lang)
        # a year or number the question asked about is named in words: the refusal states no figure of its own
        named = [m for m in missing if m and not rx.search(r"\d", m)]
        if len(named) < len([m for m in missing if m]):
            named.append(p["a_figure"])
        text = p["not_found_with" if topical else "not_found_terms"].format(
            terms=", ".join(f"“{m}”" if m != p["a_figure"] else m for m in named)) if named else p["not_found"]
        if office:
            text = p["no_person_name"].format(office=office)
        if total and named:
            text = p["only_total"].format(total=total, part=named[0])
        if reply:
            # ("other_kind": the noun asked and the one the figures count, as ``missing`` holds them)
            text = p[f"no_{reply}"].format(asked=missing[0], kind=missing[-1]) if reply in ("other_kind", "kind",
                                                                                         "document_date") \
                else p[f"no_{reply}"]
        if apart:
            text = p["not_together"].format(parties=p["and"].join(f"“{a}”" for a in apart))
        draft.statements.append(Statement(text, framing=True))
        content = [e for e in pool if is_content(e)] or pool
        if content:
            # the closest passage: the reader's best evidence, else the best by meaning and words (for a part of
            # a total, the clause that gives the total)
            closeness = lambda e: e.parts.get("meaning", 0.0) + e.parts.get("terms", 0.0)  # noqa: E731
            best = (chosen or [None])[0] or max(content, key=closeness)
            share = rx.search(r"%|\b(?:percent|persen)\b", question, re.I)

            def gives_figure(e: Evidence) -> bool:  # (of the question's kind: a share for a share)
                return bool(content_figures(e.text)) and (not share or bool(rx.search(r"%|percent", e.text)))

            # (a year the sources do not give is no figure: its closest passage stays)
            if any(rx.search(r"\d", m) and not rx.fullmatch(r"(?:19|20)\d\d", m) for m in missing if m) \
                    and not gives_figure(best):
                # (a figure the sources do not give: the closest passage that gives one of its kind, "around 43% to
                # 50%" for a question's "34-40%", shows what they give instead)
                counted = [e for e in sorted([*(chosen or []), *content], key=closeness, reverse=True)
                           if gives_figure(e)]
                best = counted[0] if counted else best
            if swap is not None:
                best = swap[0]
            if reply == "opinion":  # the authors' own judgement, when their conclusion speaks of the topic
                # (a sentence that states what the study concluded first: "it was concluded that …")
                states = either_language(words()["findings"])
                judged = best_in_conclusion(content, lambda e: (bool(states.search(e.text)), closeness(e)))
                if judged is not None and (states.search(judged.text) and judged.parts.get("terms", 0.0) > 0
                                           or judged.parts.get("terms", 0.0) >= best.parts.get("terms", 0.0)):
                    best = judged
            written = [(m.group(0), e) for e in [best, *content] for m in rx.finditer(r"\d[\d.,]*\d", e.text)
                       if total and figure_key(m.group(0)) == figure_key(total)]
            if written:
                best = written[0][1]
            draft.statements.append(Statement(p["closest"], framing=True))
            years = [y for y in dict.fromkeys(rx.findall(r"\b(?:19|20)\d\d\b", question)) if y in best.text]
            # (a month with its year the passage writes as the question does: "in the May 2023 report")
            months = [m.group(0) for m in MONTH_OF_YEAR.finditer(question) if m.group(0).lower() in best.text.lower()]
            kept = [best.text[best.text.lower().index(m.lower()):][:len(m)] for m in months]
            # (and the clause that holds a figure the question gives, in any separator style: "out of the 1,138
            # …" keeps the item of a numbered sentence that gives 1,138)
            asked = {figure_key(n) for n in rx.findall(r"\d[\d.,]*\d", question)
                     if not rx.fullmatch(r"(?:19|20)\d\d", n)}
            kept += [m.group(0) for m in rx.finditer(r"\d[\d.,]*\d", best.text) if figure_key(m.group(0)) in asked]
            if swap is not None and best is swap[0]:
                kept = [*kept, swap[1]]
            quote(draft, best, lang, keep=[written[0][0]] if written else kept or None,
                  q_tokens=(q_tokens or set()) | set(years))
            note_captions(draft, [e for e in pool if e.passage.score == 0.0], lang, question)
        draft.refused = True
        return draft

    def _correct(self, draft: Draft, claim: str, pool: list[Evidence], q: Question, q_tokens: set[str], lang: str,
                 context: AnswerContext, chosen: list[Evidence] | None = None,
                 missing: list[str] | None = None, contradicted: bool = False, keep_first: str = "",
                 not_in_paper: bool = False) -> Draft:
        """``contradicted``: ``chosen`` leads with the sentence that says otherwise, which stays first (its quote
        keeping ``keep_first``). ``not_in_paper``: the figures missing are missing from the paper, not from every
        source."""
        p = ph(lang)
        # the user's own figure is not repeated: the answer states no figure its cited passages lack. A figure the
        # sources lack is the false part; any other figure is left out of the restated claim
        # (a digit inside a name, "BP2MI", is no figure)
        # (nor is an edition's ordinal, "22nd", "ke-42": the claim is then restated)
        # (nor is a rank label, "Tier 2 Watch List": the claim is restated)
        figure_missing = any(rx.search(r"(?<![A-Za-z])\d", m) and not _EDITION_ORDINAL.match(m)
                             and not _RANK_LABEL().fullmatch(m) for m in (missing or []))
        # (a year, or a period of years: "2015–2020")
        years_missing = [m for m in (missing or []) if rx.fullmatch(r"(?:19|20)\d\d(?:–(?:19|20)\d\d)?", m or "")]
        # (a figure of the claim that the contradicting sentence, quoted first, itself gives stays in the claim:
        # "the sources do not say that SBMI reported 1,138 victims", not "… that SBMI reported victims")
        given = {figure_key(f) for f in rx.findall(r"\d[\d.,]*\d|\d", chosen[0].text)} \
            if contradicted and chosen else set()
        plain, kept = without_figures(claim, given)
        plain = plain.lstrip(" —–-:;,")  # (the dash of an aside before it: "for my IR class — why did …")
        # (a claim that is itself a question, "how many victims did the authors interview", is quoted as asked)
        # (and so is one that opens as a yes/no question: "is the IOM statistic trustworthy")
        asks = rx.match(rf"(?:{'|'.join(sorted(INTERROGATIVES | YES_NO_OPENERS, key=len, reverse=True))})\b", plain,
                        re.I)
        # (a date or month the sources give the event otherwise is named as a date: "in July 2023")
        dated_missing = [m for m in missing or [] if rx.search(rf"\b(?:{MONTH_RE})\b", str(m), re.I)]
        if missing and all(rx.fullmatch(r"\d+/(?:19|20)\d\d", m or "") for m in missing):
            text = p["premise_document"]  # ("… lewat UU 21/2007 kan?": another law is credited with the act)
        elif (figure_missing or not plain) and dated_missing:
            text = p["premise_date"].format(date=dated_missing[0])
        elif figure_missing and not_in_paper:
            text = p["premise_paper_figure"]
        elif figure_missing or not plain:  # (a year the sources give the subject otherwise is named as a year)
            text = p["premise_year" if years_missing and len(years_missing) == len(missing or []) else "premise_figure"]
        else:
            text = p["premise_question" if asks else "premise"].format(claim=plain.rstrip("?"))
        draft.statements.append(Statement(text, framing=True))
        content = [e for e in pool if is_content(e)] or pool
        if content:
            # what the sources do say on the question's subject: the sentences most about the things it names
            # (its constraints) and closest in meaning, the paper's first
            # (of the front matter of a paper the question names, the title block whole and its best line: the claim
            # may be of any of them, its authors or their affiliation)
            title_block = q.about_document and q.names_paper
            shown = [e for e in (chosen or []) if e.chunk.kind != "reference"][:4 if title_block else 2]
            # the question's own names and figures, other than the years that fail ("2,605", "SIMFONI PPA")
            others = [i for i in (*q.constraints.names, *q.constraints.numbers) if i not in years_missing]
            if not contradicted and years_missing:
                # a wrong year is corrected by the sentence that dates the same subject: the one holding most of
                # the question's other names and figures
                dated = [e for e in content if (find_dates(e.text) or rx.search(r"\b(?:19|20)\d\d\b", e.text))
                         and e.parts.get("constraints", 0.0) > 0]
                if q.about_document:  # ("paper ini terbit tahun 2022 kan?": the paper's own history line dates it)
                    front = {f.chunk.id for f in front_matter(context.chunks)}
                    dated = [e for e in content if e.chunk.id in front and find_dates(e.text)] or dated
                if dated:
                    best_dated = max(dated, key=lambda e: (sum(has_constraint(e.text, i) for i in others),
                                                          correction_rank(e)))
                    shown = [best_dated, *[e for e in shown if e.text != best_dated.text]][:2]
            if q.premise and claims_finding(q):
                # a claim about what the study found is set against the authors' own conclusion on it
                # (a sentence that itself states a finding first: "it was concluded that …")
                states = either_language(words()["findings"])
                judged = best_in_conclusion(content, lambda e: (bool(states.search(e.text)), correction_rank(e)))
                if judged is not None and all(judged.text != x.text for x in shown):
                    shown = [*shown[:1], judged, *shown[1:]][:3]
            works = asserted_work_ids(q, context.chunks)
            own = [e for e in content if e.chunk.source_id in works]
            # (a sentence of another source that says otherwise stays the answer)
            if own and not (contradicted and shown and shown[0].chunk.source_id not in works):
                # ("Wahyu 2023 itu artikel Kemlu kan?", "Anderson 2021 itu bahas TPPO di Indonesia kan?": what the
                # sources say of a work the question names by author and year is what its digest opens by saying
                # it is — after a sentence of its own that says otherwise — not another work's sentence)
                content = own
                first = min(e.chunk.order for e in own)
                opening = sorted((e for e in own if e.chunk.order == first), key=lambda e: e.position)
                lead = shown[:1] if contradicted and shown and shown[0].chunk.source_id in works else []
                shown = [*lead, *(e for e in opening if all(e.text != x.text for x in lead))][:WORK_IDENTITY]
            for e in sorted(content, key=correction_rank, reverse=True):
                if len(shown) >= 3:
                    break
                if all(e.text != x.text for x in shown):
                    shown.append(e)
            # a technique claimed of the study, against its own method section, is set beside all that section says
            # of the approach and technique it used ("a qualitative approach", "The research technique used is
            # literature review"); so is a claim that the study did what it only recommends ("how many victims did
            # the authors interview?"), unless a sentence of that section is already shown
            if contradicted and shown and (section_chunks([shown[0].chunk], "method") or (
                    either_language(words()["irrealis"]).search(shown[0].text)
                    and not any(section_chunks([x.chunk], "method") for x in shown[1:]))):
                done = [e for e in method_sentences(context.chunks) if all(e.text != x.text for x in shown)]
                shown = [*shown[:1], *done[:2], *shown[1:]][:3]
            # (the sentence that states the claim with another filler in the place of its wrong part corrects it:
            # shown first, unless a sentence that itself says otherwise is, or it is shown already)
            # (a note on a record may be that sentence: "Counterparty: … Cambodia's Ministry of Interior")
            swap = None if contradicted else substitute(
                q, missing or [], [*content, *(e for e in pool if is_record_note(e))], context.idf)
            if swap is not None and all(swap[0].text != e.text for e in shown):
                shown = [swap[0], *shown][:3]
            draft.statements.append(Statement(p["premise_instead"], framing=True))
            placed_missing = bool(set(missing or []) & set(located_places(q.text)))
            for ev in shown:
                # (a year corrected: the quote keeps the sentence's own years beside the question's figures)
                keep = [*rx.findall(r"\b(?:19|20)\d\d\b", ev.text), *(
                    m.group(0) for i in others for m in rx.finditer(r"\d[\d.,]*\d|\d", ev.text)
                    if has_constraint(m.group(0), i))] if years_missing else None
                if figure_missing and not years_missing and not rx.search(
                        r"\d[\d.,]*\d|\d", rx.sub(r"\b(?:19|20)\d\d\b", "", trim(ev.text, [], q_tokens))):
                    # (a figure corrected: the quote that would show none keeps the figures the sentence gives in
                    # its place, those in a clause on the question's terms, with the question's own years)
                    keep = [m.group(0) for m in rx.finditer(r"\d[\d.,]*\d|\d", ev.text)
                            if m.group(0) in q.constraints.years or not rx.fullmatch(r"(?:19|20)\d\d", m.group(0))
                            and set(tokenize(figure_windows(ev.text, [rx.sub(r"\D", "", m.group(0))],
                                                            clause=True)[0])) & q_tokens] or None
                if kept and ev is shown[0]:  # (the figure the restated claim keeps stays in its quote)
                    keep = [*(keep or []), *(m.group(0) for m in rx.finditer(r"\d[\d.,]*\d|\d", ev.text)
                                             if figure_key(m.group(0)) in {figure_key(k) for k in kept})]
                # (a body corrected: the sentence that credits another body is shown with that body, whole when
                # it is not much longer than a quote; "Data recorded at the Ministry … shows … 2,605 cases")
                whole = contradicted and ev is shown[0] and bool(missing) and not figure_missing \
                    and len(ev.text.split()) <= WHOLE_CORRECTION_WORDS
                if keep_first and contradicted and ev is shown[0]:
                    keep = [*(keep or []), keep_first]
                if swap is not None and ev is swap[0]:  # (the filler that corrects the claim stays in its quote)
                    keep = [*(keep or []), swap[1]]
                if placed_missing:  # (a place corrected: the places the sentence gives stay in its quote)
                    keep = [*(keep or []), *(pl for pl in context.store_places if pl not in q.text
                                             and rx.search(rf"\b{re.escape(pl)}\b", ev.text))]
                quote(draft, ev, lang, keep=keep, q_tokens=q_tokens, whole=whole)
        draft.refused = draft.corrected = True
        return draft

    def _compose(self, draft: Draft, q: Question, chosen: list[Evidence], listed, pool: list[Evidence],
                 q_tokens: set[str], lang: str, context: AnswerContext) -> None:
        p = ph(lang)
        keep: list[str] = []
        direct_statement: Statement | None = None
        # a value of a chart the question names ("grafik 1: tahun berapa paling banyak?") is in no sentence: what
        # answers is that the text does not give it, not a figure of another sentence
        charted = q.answer_type in ("quantity", "date") and bool(named_charts(chosen, q.text))
        if listed is not None:
            list_lines(draft, listed, lang, negated_list(q), q.item)
            draft.bullets = True
        elif chosen and not q.interval and (not q.about_document or q.answer_type == "date") and not charted:
            # the direct answer comes from the sentence that holds the kind of thing asked for (a sentence shown
            # before it for context does not)
            # (when the first sentence holds the question's names, "SIMFONI PPA", so must the one that answers: a
            # figure of a sentence about another source, "970 girls" of IOM, is another answer)
            bound = q.answer_type == "quantity" and chosen[0].parts.get("constraints", 0.0) >= 1.0
            # (nor a sentence that holds hardly any of the question's terms: a figure about something else)
            most = max(e.parts.get("terms", 0.0) for e in chosen)
            related = [e for e in chosen if e.parts.get("terms", 0.0) >= TERMS_LEAD * most] or chosen
            # (a digest's report of the paper's account, "The paper dates the MoU to 22 August 2023.", restates the
            # paper: the paper's own sentence, or the digest's own finding, answers)
            related = [e for e in related if not (e.chunk.kind == "digest" and _REPORTS_PAPER.match(e.text))] \
                or related
            lead = next((e for e in related if e.parts.get("type", 0.0) >= 0.5
                         and (not bound or e.parts.get("constraints", 0.0) >= 1.0)), related[0])

            def nearly(keep) -> Evidence:
                """The first sentence chosen, else retrieved nearly as relevant as the lead, that ``keep`` accepts;
                the lead when none does."""
                return next((e for e in [*chosen, *nearly_as_relevant(pool, chosen, lead)] if keep(e)), lead)

            act = act_terms(placed_act(q), q.language) if q.answer_type == "place" else set()
            if act and not act & lead.tokens:
                # ("where was the coordination meeting held?": a sentence that places the act asked, "held … at
                # the Hotel Horison in Bekasi", answers over a definition that names the actor's country)
                lead = nearly(lambda e: e.parts.get("type", 0.0) >= 0.5 and act & e.tokens)
            if q.answer_type == "quantity" and q.constraints.names:
                # ("target IPG 2024 brp?": "1) … the social functioning index … 0.41 %" leads the passage, and "2) The
                # target for the Gender Development Index (IPG) …" is the sentence of it that names what is asked)
                def held(e: Evidence) -> int:
                    return sum(has_constraint(e.text, n) for n in q.constraints.names)

                lead = max((e for e in chosen if e.chunk.id == lead.chunk.id and e.parts.get("type", 0.0) >= 0.5),
                           key=lambda e: (held(e), e is lead), default=lead)
            if q.answer_type == "law":
                # (the sentence naming the law that fits the question best: "Indonesia ratified it by Law No.
                # 12/2017" for "ratifikasi ACTIP pakai UU nomor berapa?", not "the legal basis … includes Law
                # Number 21 of 2007")
                def law_fit(e: Evidence) -> int:
                    return max((fit for fit, _ in laws_fit(e.text, q, q_tokens)), default=-1)

                # (one that no term of the question ties to its law changes nothing; the glossary entry of a thing the
                # question names gives that thing's own law: "KUHAP itu UU nomor brp?" is "KUHAP: … Law No. 8/1981",
                # not the paper's "Law Number 21 of 2007 …, the Criminal Procedure Code")
                # (of a thing named, not of a kind of document: "Perpres", "UU")
                kinds = {e.chunk.section.lower() for e in pool if rx.fullmatch(DOCUMENT_KINDS, e.chunk.section, re.I)}
                entries = [e for e in own_entries(q, pool) if all(e is not r for r in related)]
                own = {id(e) for e in own_entries(q, [*related, *entries]) if e.chunk.section.lower() not in kinds}
                candidates = [e for e in [*related, *entries] if e.parts.get("type", 0.0) >= 0.5
                              and (e is lead or law_fit(e) > 0 or id(e) in own)]
                # (unless the question asks the law of more than the thing it names, and another law's title or
                # clause holds more of that than the entry: "perlindungan saksi dan korban TPPO diatur di UU apa?"
                # is Law 13/2006 "concerning the Protection of Witnesses and Victims", not the TPPO entry's law)
                # (the names' own words, and those of their entries' heads, "KUHAP: Criminal Procedure Code", are the
                # thing: the rest is what the question asks the law of)
                named = {t for n in q.constraints.names for t in tokenize(n)} | {
                    t for e in candidates if id(e) in own for t in tokenize(e.text.split(".", 1)[0])}
                # (with their other forms, and the words of a law's reference, which name what is asked: "UU nomor
                # berapa" renders as "law", "statute", "number")
                named |= {f for t in named for f in word_family(t)} | _LAW_REFERENCE_TOKENS

                # (the question's other terms in the title after each candidate's best law)
                beyond = {id(e): max((fit for fit, _ in laws_fit(e.text, q, q_tokens - named, title_only=True)),
                                     default=-1) for e in candidates}
                entry_fit = max((beyond[id(e)] for e in candidates if id(e) in own), default=-1)
                titled = {id(e) for e in candidates if id(e) not in own and beyond[id(e)] >= LAW_SUBJECT_TERMS
                          and beyond[id(e)] > entry_fit} if own else set()
                own = titled or own
                lead = max(candidates, key=lambda e: (id(e) in own, law_fit(e), e is lead), default=lead)
            if q.answer_type == "quantity" and q.head and q.head.lower() not in counted_nouns() \
                    and not counts_head(lead.text, q):
                # (a sentence whose figure counts the noun asked, "nine chapters and 67 articles", answers over one
                # whose figures count other things, "up to 15 years in prison", when it or its source's title holds
                # the question's names: a digest of the law asked about need not name it again; not for a generic
                # noun, "people", which sentences count under other names, "21 million individuals")
                # (not a name that is a kind of document, "Law", "UU": the law's number names it)
                named = [*q.constraints.documents, *q.constraints.years, *(
                    n for n in q.constraints.names if not rx.fullmatch(DOCUMENT_KINDS, n, re.I))]
                # (of a question in parts, those of the part that counts the noun: "when did the DPR pass Law
                # 21/2007 and how many articles did it have?" asks no DPR of the articles)
                counting = [p for p in q.parts if q.head.lower() in p.lower()] if len(q.parts) >= 2 else []
                if len(counting) == 1:
                    named = [c for c in named if c.lower() in counting[0].lower()]

                def titled(e: Evidence) -> bool:
                    return all(has_constraint(e.text, c) or has_constraint(e.chunk.title or "", c) for c in named)

                lead = next((e for e in chosen if e.parts.get("type", 0.0) >= 0.5 and counts_head(e.text, q)
                             and titled(e)), lead)
            group = asked_group(q)
            word = asked_group_word(q)
            if group is not None and word is not None and not group_figures(lead.text, word):
                # ("brp persen korban laki2": "2.89% were men" answers, not "women (as many as 83%)"; of those chosen,
                # or of the lead's own source retrieved nearly as relevant: "(girls 19%, boys 15%)", not "about half
                # … are children") the question's own word first ("boys 15%", not "2.89% were men"), also of the
                # source the question names ("UNODC": its digest), nearly as relevant
                near = nearly_as_relevant(pool, chosen, lead)
                own = [*chosen, *(e for e in near if e.chunk.source_id == lead.chunk.source_id)]
                named = [e for e in near if q.constraints.names and e not in own and all(has_constraint(
                    f"{e.chunk.source_id.replace('-', ' ')} {e.chunk.title} {e.identity}", n)
                    for n in q.constraints.names)]

                def fits(e: Evidence, pattern: re.Pattern) -> bool:
                    return e.parts.get("type", 0.0) > 0 and bool(group_figures(e.text, pattern))

                lead = next((e for e in [*own, *named] if fits(e, word)), None) or (
                    lead if group_figures(lead.text, group) else next((e for e in own if fits(e, group)), lead))
            names = q.constraints.names
            if q.answer_type == "quantity" and names and lead.chunk.kind == "paper" \
                    and not all(has_constraint(lead.text, n) for n in names):
                # (in the paper, whose sentences name their sources in the text, a digest's being its title, a
                # figure whose sentence follows one that names the question's source is that source's: "Data
                # recorded at … (SIMFONI PPA) shows … . Around 50.97% were children, 46.14% were women" answers
                # "brp persen korban perempuan menurut SIMFONI PPA?", not another's "women (as many as 83%)")
                def credited(e: Evidence) -> bool:  # (the name as the question writes it, in either sentence)
                    before = neighbours(e, pool)[0]
                    said = f"{before.text if before is not None else ''} {e.text}".lower()
                    return all(n.lower() in said for n in names)

                if not credited(lead):
                    lead = next((e for e in chosen if e.parts.get("type", 0.0) > 0 and credited(e)
                                 and (group is None or group_figures(e.text, group))), lead)
            unnamed = False
            # (a name, not an acronym the glossary spells out as a common noun: "TPPO", the crime itself)
            spelled = glossary_aliases(names, context.chunks) if q.answer_type == "date" and names else {}
            proper = [n for n in names if proper_acronym(n, spelled)]
            # (not when the paper's account is asked: its own sentence answers, "menurut paper, satgas tppo dibentuk
            # kapan?" is "July 5 2023" in a sentence that calls it "a special team")
            if q.answer_type == "date" and proper and not q.wants_paper \
                    and not all(has_constraint(passage_of(lead), n, spelled) for n in proper):
                # ("hasil SPHPN 2021 dirilis tgl brp?": a date whose passage names another thing, "Since April 21
                # 2021, the Indonesian Embassy …", is no answer; one of the sentences chosen whose passage names
                # the question's thing gives the date, else none does)
                lead = next((e for e in chosen if e.parts.get("type", 0.0) > 0
                             and all(has_constraint(passage_of(e), n, spelled) for n in proper)), None) or lead
                # (held in the glossary's spelling too: "KBRI" as "the Indonesian Embassy")
                unnamed = not all(has_constraint(passage_of(lead), n, spelled) for n in proper)
            # (the edition or label the question names qualifies what a quantity question counts, unless only the
            # lead counts the noun asked: "the declaration of the 17th AMMTC, brp poin?" is answered by "the
            # eight-point declaration", not by the meeting's entry)
            counted = q.answer_type == "quantity" and counts_head(lead.text, q)
            counts = lambda e: not counted or counts_head(e.text, q)  # noqa: E731
            asked = editions_asked(q)
            if asked:  # ("kapan KTT ASEAN ke-43?": the sentence that names that edition answers, not the 42nd's)
                lead = next((e for e in chosen if edition_pattern(asked).search(e.text) and counts(e)), lead)
            labels = labelled_numbers(q.text, q.language)
            # (an edition the question names, "the 17th AMMTC", that the lead's passage names: the lead is told as
            # part of that edition's account, "The Cambodian signatory was the Ministry of Interior", and is kept)
            told_of_edition = bool(asked) and bool(edition_pattern(asked).search(passage_of(lead)))
            if labels and not names_label(lead, labels) and not told_of_edition:
                # ("sejak kapan Kamboja masuk Tier 3?": the sentence that names Tier 3 answers, of those chosen or
                # retrieved nearly as relevant, not a sentence on the country without it)
                lead = nearly(lambda e: e.parts.get("type", 0.0) > 0 and names_label(e, labels) and counts(e))
            office = asked_office(q) if q.answer_type == "actor" else None
            # "who was the vice-chair of …": the sentence that names a holder of that office answers (an office
            # by its name; not any official of a body, "pejabat Kemenko PMK", whose holders any title may name)
            if office and office.lower() not in words()["person_roles"]["generic"]:
                # (of the sentences chosen, else of those retrieved nearly as relevant as the lead: "siapa Kapolri
                # yg tanda tangan MoU" is answered by the sentence naming the Kapolri, not by one on the MoU)
                lead = nearly(lambda e: holder_spans(without_heading(e.text, e.chunk.section), office,
                                                     context.lower_words, context.store_places))
            doing = actor_act(q)
            terms = act_terms(doing, q.language) if doing else set()

            def tells(e: Evidence) -> bool:  # (the act, in the sentence or beside it)
                return any(terms & x.tokens for x in (e, *neighbours(e, pool)) if x is not None)

            if terms and not tells(lead):
                # "who opened the 17th AMMTC?": the sentence that tells the act names who did it ("President Joko
                # Widodo opened the meeting"), of those chosen or retrieved nearly as relevant
                # (of the event the question names: "First meeting … opened by the Kabareskrim" is another's)
                # (nor one that numbers another edition of what the question numbers, ``asked`` above: "the 22nd
                # SOMTC was hosted by Cambodia" for "who hosted the 17th AMMTC?")
                lead = nearly(lambda e: e.parts.get("type", 0.0) > 0 and terms & e.tokens
                              and all(has_constraint(passage_of(e), n) for n in q.constraints.names)
                              and not (asked and editions(e.text, "en") and not edition_pattern(asked).search(e.text)))
            elif terms and not terms & lead.tokens:
                # ("who accompanied Woro …?": "The meeting was opened by Woro …" leads, and the sentence beside it
                # tells the act and names its doer, "She was accompanied by Assistant Deputy Veronica …")
                lead = next((x for x in neighbours(lead, pool) if x is not None and terms & x.tokens
                             and x.parts.get("type", 0.0) > 0), lead)
            if asks_country(q) and not countries_named(lead.text, q):
                # ("AMMTC tahun 2024 ketuanya negara mana?": the sentence that names a country, of the question's
                # years, "Laos took over the chair for 2024", of those chosen or retrieved nearly as relevant)
                lead = nearly(lambda e: countries_named(e.text, q) and all(y in e.text for y in q.constraints.years))
            if q.answer_type in SUCCESSION_TYPES and not succeeded_name(q, lead):
                # ("What agency did BP2MI replace?": the sentence on BP2MI that names what it succeeded, "successor
                # of BNP2TKI", not the task force's "replacing the Minister of …", of those chosen or nearly as
                # relevant)
                lead = nearly(lambda e: bool(succeeded_name(q, e)))
            if figures_described(q) and not figure_described(q, lead.text):
                # ("yg 2,89% di data simfoni itu kelompok siapa?": the sentence that gives the figure asked about,
                # chosen, retrieved nearly as relevant, or beside one of those, says what it counts)
                lead = next((x for e in [*chosen, *nearly_as_relevant(pool, chosen, lead)]
                             for x in (e, *neighbours(e, pool)) if x is not None and figure_described(q, x.text)),
                            lead)
            direct = direct_answer(q, lead, q_tokens, context.store_places, context.lower_words)
            if direct is None and q.answer_type == "law" and either_language(words()["legal_acts"]).search(q.text):
                # ("Law 13/2006 was amended by which law?": the sentence whose law's clause tells the amending,
                # "later amended by Law No. 31 of 2014", of those chosen or retrieved nearly as relevant)
                # (a glossary entry's sentences tell of its own term: "Indonesia ratified it by Law No. 5/2009" in
                # the UNTOC entry is no law ratifying the Palermo Protocol the question names)
                named = [n for n in q.constraints.names if not rx.fullmatch(DOCUMENT_KINDS, n, re.I)]
                for e in [*chosen, *nearly_as_relevant(pool, chosen, lead)]:
                    if e.chunk.kind == "glossary" and not all(has_constraint(e.chunk.section, n) for n in named):
                        continue
                    found = direct_answer(q, e, q_tokens, context.store_places, context.lower_words)
                    if found:
                        lead, direct = e, found
                        break
            if direct and any(sentence_dated_otherwise(lead.text, y) for y in timed_years(q)):
                # ("… korban … pada tahun 2022?": not the figure of a sentence dated 2017, though another sentence
                # of the evidence holds 2022)
                direct = None
            if direct and not holds_topic(lead, q_tokens, context.idf):
                direct = None  # ("how many victims did the kidney syndicate have?": not "21 million" of ILO's data)
            if direct and unnamed:
                direct = None
            if direct and terms and not tells(lead):
                direct = None  # ("who funded this research?": not a body named in a sentence that funds nothing)
            if direct and asks_whether_to(q.original):
                direct = None  # ("can I add up 62 + 267 + 1,138 …?": no figure answers whether to)
            offered = offered_alternatives(q.text)
            if direct and offered and not any(set(tokenize(a)) <= set(tokenize(direct)) for a in offered):
                direct = None  # ("which ranks higher, Law 21/2007 or Perpres 19/2023?": not "Perpres 69/2008")
            if direct:
                n = cite(draft.citations, lead.chunk, lead.text)
                keep = [d.strip() for d in direct.split(";")]
                text = p["direct"].format(answer=direct)
                if lead.chunk.kind in ("digest", "glossary", "reference", "user"):
                    text = f"{text} {p['from_' + lead.chunk.kind]}"  # where a non-paper answer comes from
                direct_statement = Statement(text, [n])
                draft.statements.append(direct_statement)
                chosen = [lead, *[e for e in chosen if e is not lead]]
                if q.answer_type == "date" and not self._other_date(draft, lead, chosen, lang, q.constraints.names):
                    noted_date(draft, lead, q_tokens, context, lang)
                if q.answer_type == "date":
                    alternative_date(draft, q, lead, pool, lang)
        if q.answer_type == "summary" or q.chronology:
            draft.bullets = True
        if keep and q.answer_type in TYPED and not q.about_document and len(q.parts) < 2:
            # with a direct answer, the other sentence shown holds an answer of the same kind or is the paper's
            # (a question in several parts keeps the sentence chosen for each part)
            # (and the other kind of source's answer, which may disagree: the paper's date beside the glossary's)
            rest = [e for e in chosen[1:] if e.parts.get("type", 0.0) >= 0.5 or e.chunk.kind == "paper"]
            other_kind = [e for e in rest[1:]
                          if other_kind_of_source(e, chosen[0]) and e.parts.get("type", 0.0) >= 0.5]
            chosen = with_digest_comment(chosen[:1] + rest[:1] + other_kind[:1], pool)
        asked = [i for i in (*q.constraints.numbers, *q.constraints.years) if i]
        if listed is not None and listed.source is not None:
            # the enumerating sentence whose items were just listed, each quoted and cited, is not repeated whole;
            # the sentence after it that takes up several of its items again says what each is ("Data reduction
            # is used from …, the data presentation stage is used to …")
            chosen = [e for e in chosen if e is not listed.source]
            after = neighbours(listed.source, pool)[1]
            if after is not None and all(after.text != e.text for e in chosen) and elaborates(after, listed):
                chosen = [after, *chosen]
        for ev in chosen:
            # a fact's sentence is trimmed to the clauses that carry its own answer (or, for a source question, the
            # figure asked about); lists, reasons and summaries are quoted whole (cutting them loses items)
            own = keep if ev is chosen[0] else [
                x.strip() for x in (direct_answer(q, ev, q_tokens, context.store_places, context.lower_words)
                                    or "").split(";")]
            if q.answer_type == "source":  # (a sentence that names its own source is quoted with it)
                own = [] if states_provenance(ev.text) else [i for i in asked if i in ev.text]
            own = [x for x in own if x]
            # (a sentence that dates several events is quoted whole for a span between events: trimmed to the run
            # of its dates, "… on 5 June 2023 … as of 10 Oct 2023 …", it loses the clause that names each event,
            # "set up by the Kapolri", by which the span's ends are chosen)
            several = q.interval and len(find_dates(ev.text)) >= 2
            quote(draft, ev, lang, keep=own, q_tokens=q_tokens, whole=not own or several)
            if ev is chosen[0] and direct_statement is None and q.answer_type == "fact" and not q.interval \
                    and {d for d, _ in find_dates(q.text)} & {d for d, _ in find_dates(ev.text)}:
                # ("was the MoU signed on 22 August 2023?": a date the question checks, which the paper's sentence
                # gives, is set beside the other date a digest notes for the event, as a "when" question's answer is)
                noted_date(draft, ev, q_tokens, context, lang)
        if q.answer_type == "source":
            self._reference_entries(chosen, draft, lang, context, (set(tokenize(q.text)), asked))
        if q.interval:
            known = question_known(q, glossary_aliases(list(q.constraints.names), context.chunks))
            self._date_difference(draft, lang, q, known, context.idf)
        elif (self._computed(draft, q, chosen, q_tokens, lang, pool, context.chunks) if q.arithmetic else
              # ("how many child victims did SIMFONI record?": that share of the source's total, where its data
              # gives the group only as a share)
              self._computed(draft, replace(q, arithmetic="share"), chosen, q_tokens, lang, pool, context.chunks)
              if group_share_asked(q) else
              q.percent and self._proportion(draft, q, chosen, lang, context.idf)) and direct_statement is not None:
            # the computed value is the direct answer: it takes the place of a span of one sentence ("In short: 970")
            draft.statements.remove(direct_statement)
        elif q.arithmetic in ("ratio", "difference") and direct_statement is not None and (any(
                set(tokenize(direct_statement.text)) & noun for noun in compared_nouns(q))
                or len(set(q.constraints.numbers) - set(q.constraints.years)) >= 2):
            # (a ratio or difference of two counts that could not be computed is not answered by a count of one
            # of them: "berapa tersangka per laporan?" is no "In short: 267 reported cases"; nor, of two counts the
            # question gives, by a third: "1.138 … brp kali lipat dr 62?" is no "In short: 52")
            draft.statements.remove(direct_statement)
        note_captions(draft, chosen, lang, q.text, first=charted)

    @staticmethod
    def _computed(draft: Draft, q: Question, chosen: list[Evidence], q_tokens: set[str], lang: str,
                  pool: list[Evidence], chunks: list[Chunk]) -> bool:
        """"What is their combined share?", "by how much?": the sum or difference of the figures quoted, labelled
        as computed with its inputs, first (after any framing), and before it a passage's warning against adding the
        figures, when one gives it. Whether there was one to compute."""
        found = operands(q, chosen, q_tokens)
        given = [raw for raw, _ in found]
        text = computed_value(q, given, lang) if found else None
        if text is None:
            return False
        marks = sorted({cite(draft.citations, ev.chunk, ev.text) for _, ev in found})
        # (figures read only from digests are said to be theirs, as a computed span of dates is)
        kinds = {c.source_kind for c in draft.citations if c.n in marks}
        table = phrases()[lang if lang in phrases() else "en"]
        note = table["figures_from_digests"] if kinds == {"digest"} else ""
        if q.arithmetic == "difference" and len(found) == 2 and not asks_range_ends(q.text, q.language):
            # a change from or to a range ("ranges from 91.24 to 91.54%, an increase from 90.06%") is a range too:
            # the difference at its other end follows
            # (not where the two operands are the range's own two ends: "grew from 19 to 24")
            ends = [(i, end) for i, (raw, ev) in enumerate(found) if (end := range_end(raw, ev.text))
                    and figure_key(end) not in {figure_key(g) for g in given}]
            if len(ends) == 1:
                i, end = ends[0]
                other = computed_value(q, [end if j == i else raw for j, (raw, _) in enumerate(found)], lang)
                if other is not None:
                    lead_with(draft, Statement(with_note(other, note), marks))
        lead_with(draft, Statement(with_note(text, note), marks))
        quoted = {c.text for c in chosen}
        for _, ev in found:  # (an input read from the sentence beside a quoted one is quoted too)
            if ev.text not in quoted:
                quoted.add(ev.text)
                quote(draft, ev, lang)
        for ev in {id(ev): ev for _, ev in found}.values():
            # (a quoted sentence trimmed to another of its clauses, "… 2) there were 62 Indonesian citizens …",
            # does not show the inputs it gave, "52 … 172", under its citation: the clauses that hold them are
            # quoted too)
            n = cite(draft.citations, ev.chunk, ev.text)
            shown = {figure_key(f) for st in draft.statements if n in st.cites
                     for part in rx.findall(r"“([^”]*)”", st.text) for f in figures(part)}
            inputs = [raw.split(" ")[0].rstrip("%") for raw, e in found if e is ev]
            if any(figure_key(i) not in shown for i in inputs):
                quote(draft, ev, lang, keep=inputs)
        warning = not_additive(pool, chunks, given) if q.arithmetic == "sum" else None
        if warning is not None:
            # ("52 + 172 + 62 + 267 + 1,138, total brp korban?": a passage on the figures says they count different
            # things and cannot be added up; that comes first, before the sum asked for)
            quote(draft, warning, lang, whole=True)
            lead_with(draft, draft.statements.pop())
        return True

    @staticmethod
    def _proportion(draft: Draft, q: Question, chosen: list[Evidence], lang: str, idf: dict[str, float]) -> bool:
        """"What percentage of the world's forced labourers are in Asia Pacific?": where the sentence that carries
        the answer states no percentage but gives the part and its total as counts (``part_of_total``), the share
        computed from them, labelled as computed with its inputs, first. Whether there was one to compute."""
        lead = next((e for e in chosen if e.parts.get("type", 0.0) > 0), None)
        given = part_of_total(lead.text, q, idf) if lead is not None and not _PERCENT.search(lead.text.lower()) \
            else None
        if given is None:
            return False
        part, total, _ = given
        ratio = float(figure_key(part.split(" ")[0])) / float(figure_key(total.split(" ")[0]))
        table = phrases()[lang if lang in phrases() else "en"]
        text = table["computed_proportion"].format(part=part, total=total, result=f"{100 * ratio:.1f}%")
        note = table["figures_from_digests"] if lead.chunk.kind == "digest" else ""
        lead_with(draft, Statement(with_note(text, note), [cite(draft.citations, lead.chunk, lead.text)]))
        return True

    # -- source questions ----------------------------------------------------------------------------------------
    def _reference_entries(self, chosen: list[Evidence], draft: Draft, lang: str, context: AnswerContext,
                           asked: tuple[set[str], list[str]]) -> None:
        """For "which source / can I trust" questions: the citations behind the chosen sentences, then each
        source's reference entry and the first problem recorded for it."""
        if context.citation_index is None:
            return
        words = phrases()[lang if lang in phrases() else "en"]
        keys: list[str] = []
        labels: list[str] = []
        figures = [n for n in asked[1] if not rx.fullmatch(r"(?:19|20)\d\d", n)]
        for ev in chosen:
            chunk = ev.chunk
            if chunk.kind in ("digest", "reference"):
                if chunk.source_id not in keys:
                    keys.append(chunk.source_id)
                continue
            if chunk.kind != "paper":
                continue
            own = clause_citations(ev, context.citation_index, asked)
            # (a figure asked about whose sentence cites nothing, where a source's record lists it among what the
            # paper uses that source for, is that source's: "the 83%/82% figures … (no source)" on the record the
            # knowledge base traced them to; the citation at the end of the paragraph covers another statement)
            claimed = [c.source_id for c in context.chunks if c.kind == "reference" and not own and any(
                f in ev.text and f in line for f in figures for line in chunk_sentences(c)
                if line.startswith(("The paper uses it for:", "Anomaly:")))]
            if claimed:
                keys += [k for k in dict.fromkeys(claimed) if k not in keys]
                continue
            # (a sentence that names where its content was taken from is not covered by the next citation)
            marks = own or (
                [] if states_provenance(ev.text, passive=True) else following_citations(ev, context.citation_index))
            for m in marks:
                if m.label not in labels:
                    labels.append(m.label)
                if m.key and m.key not in keys:
                    keys.append(m.key)
        if labels:
            first_paper = next((c for c in draft.citations if c.source_kind == "paper"), None)
            if first_paper is not None:
                draft.statements.append(Statement(words["cites_for"].format(labels="; ".join(labels)),
                                                  [first_paper.n]))
        by_key = {c.source_id: c for c in context.chunks if c.kind == "reference"}
        for key in keys[:3]:
            ref = by_key.get(key)
            if ref is None:
                continue
            lines = chunk_sentences(ref)
            n = cite(draft.citations, ref)
            already = {s.text for s in draft.statements}
            entry = Statement(words["reference"].format(quote=lines[0]), [n])
            if entry.text not in already:
                draft.statements.append(entry)
            # (where it was published says what kind of source it is: a news site, a journal, a thesis)
            venue = next((x for x in lines if x.startswith("Venue:")), None)
            if venue and entry.text not in already:
                draft.statements.append(Statement(words["reference"].format(quote=venue), [n]))
            notes = [x for x in lines if x.startswith("Anomaly:")]
            # (the first note, and the note on the figure asked about when that is another one)
            on_figure = next((x for x in notes if any(f in x for f in figures)), None)
            for anomaly in dict.fromkeys([*notes[:1], *([on_figure] if on_figure else [])]):
                note = Statement(words["ref_note"].format(quote=anomaly[len("Anomaly: "):]), [n])
                if note.text not in already:
                    draft.statements.append(note)

    @staticmethod
    def _date_difference(draft: Draft, lang: str, q: Question, known: set[str] = frozenset(),
                         idf: dict[str, float] | None = None) -> None:
        """"How long between …": the difference of the two dates quoted, labelled as computed with its inputs. Each
        event is dated by the first date of its own sentence (a sentence may go on to a later date: "set up on 5
        June 2023 … as of 10 Oct 2023"); one sentence that dates both events gives both. An event that is the
        start of a period ("how long after the plan period began") is dated by the period's first year, as a
        quoted sentence gives it ("RAN PP-TPPO 2020–2024"): the span is then counted in years."""
        table = phrases()[lang if lang in phrases() else "en"]
        period = phrase_pattern(words()["period_words"])
        if any(period.search(part) for part in q.parts):
            dated = [(d, raw, s.cites[0]) for s in draft.statements if s.cites for d, raw in find_dates(s.text)[:1]]
            spans = [(m, s.cites[0]) for s in draft.statements if s.cites for m in YEAR_PERIOD.finditer(s.text)]
            if dated and spans:
                (d, raw, n), (m, k) = dated[0], spans[0]
                start = period_years(m)[0]
                if d.year >= int(start):
                    lead_with(draft, Statement(table["computed_period"].format(
                        d=raw, years=d.year - int(start), period=m.group(0), year=d.year, start=start),
                        sorted({n, k})))
                return
        # the dates the question gives itself, where a quoted sentence gives the same date, are ends of the span
        # ("Myanmar deposited on 16 Jan 2017; how many days from then until ACTIP entered into force?"): two such
        # are the span; one is the end nearest it of the two found
        # (a day and month given without a year is that day of the quoted date: "dibentuk 5 juni, diumumin 10
        # oktober, itu brp bulan?")
        full = {d for d, _ in find_dates(q.original)}
        days = {(_MONTHS[m.group(2).lower()], int(m.group(1))) for m in DAY_MONTH.finditer(q.original)
                if not rx.match(r"\.?,?\s+\d{4}", q.original[m.end():])}
        given = [(d, raw, s.cites[0]) for s in draft.statements if s.cites
                 for d, raw in find_dates(s.text) if d in full or (d.month, d.day) in days]
        given = list({d: (d, raw, n) for d, raw, n in reversed(given)}.values())[::-1]
        if len(given) >= 2:
            ExtractiveAnswerer._span(draft, lang, q, given[:2], table)
            return
        if full and not given:
            # ("if the plan ran from 1 January 2020, how long had it run when the Perpres was signed?": an end the
            # question gives that no quoted sentence gives is no end a span between two quoted dates measures)
            return
        events = [event_terms(part, q.language) for part in q.parts]
        subject = set(tokenize(" ".join([*q.constraints.names, *q.constraints.places])))
        heads = [event_head(part, q.language) for part in q.parts]
        verbs = [event_verb(part, q.language) for part in q.parts]
        # (an event a part numbers, "the 18th Summit", is named by a clause that names that edition, not by one on
        # another edition of the same event: "signed … (27th ASEAN Summit)")
        numbered = [edition_pattern(ns) if (ns := numbered_editions(part, q.language)) else None for part in q.parts]
        # (an event of a document a part names, "Perpres 19/2023 was signed", is dated only by a sentence on that
        # document, in its own words or its source's title: "the MoU … signed on August 22 2023" dates another act)
        documents = [[d for d in q.constraints.documents if has_constraint(part, d)] for part in q.parts]
        titles = {c.n: f"{c.title} {c.section}" for c in draft.citations}
        found: list[tuple[date, str, int]] = []
        pair: list[tuple[date, str, int]] = []
        fallback: list[tuple[date, str, int]] = []  # (the first dates found, when no pair names both events)
        named_once: set[int] = set()
        after = bool(_AFTER.search(q.original))
        # (days first; a sentence that dates its event only to the month gives that month, and the span is then
        # counted in months: "May 2023 … Sept 2023")
        # (then years: a sentence that dates its event only by the year gives the year, and the span is counted
        # in calendar years: "the 18th Summit (Indonesia, 2011)" … "21 Nov 2015")
        for first_only, finder in ((True, find_dates), (False, find_dates), (True, dates_or_months),
                                   (False, dates_or_months), (True, dates_or_years), (False, dates_or_years)):
            found = []
            naming: list[set[int]] = []  # which events each date's clause names
            for s in draft.statements:
                every = list({d: (d, raw) for d, raw in reversed(finder(s.text))}.values())[::-1]  # (one of each)
                clauses = dict(zip((raw for _, raw in every), date_clauses(s.text, every), strict=True)) \
                    if len(every) >= 2 else {}
                for d, raw in event_date(s.text, every, events, subject) if first_only else \
                        naming_dates(s.text, every, events):
                    # (a date in brackets after a document the question does not name is that document's: "…
                    # amended by Perpres 22/2021 and Perpres 49/2023 (signed 10 Aug 2023)" dates no end of a span
                    # from Perpres 69/2008 to Perpres 22/2021)
                    at = s.text.find(raw)
                    owner = bracket_owner(s.text, at) if q.constraints.documents else None
                    if owner is not None and owner[0] not in q.constraints.documents:
                        continue
                    # (nor is a date in the clause of an instrument the question does not name: "after the ASEAN
                    # Convention on Counter Terrorism signed in Cebu on 13 January 2007" for ACTIP's signing)
                    if known and other_instrument(s.text, at, known, idf or {}):
                        continue
                    # (a month is the same time as a day of it: "May 2023" adds nothing to "10 May 2023"; a year
                    # adds nothing to a day or a month of it)
                    if s.cites and all(d != f[0] and (finder is find_dates or (d.year, d.month) != (
                            f[0].year, f[0].month)) and (finder is not dates_or_years or not (
                            _year_only(raw) or _year_only(f[1])) or d.year != f[0].year) for f in found):
                        found.append((d, raw, s.cites[0]))
                        # (a date's own clause names its event with one of its words: "Revised Mar 18, 2024"; a
                        # whole sentence with its head, its verb or two of its words: "the Police on July 5 2023
                        # formed a special team" names the forming of the task force by its verb)
                        clause = clauses.get(raw, s.text)
                        toks = set(tokenize(clause))
                        least = 1 if raw in clauses else 2
                        naming.append({i: (2 if toks & h else 0) + (2 if toks & v else 0) + len(toks & e)
                                       for i, (h, v, e, ed, docs) in enumerate(zip(heads, verbs, events, numbered,
                                                                                   documents, strict=True))
                                       if (toks & h or toks & v or len(toks & e) >= least)
                                       and (ed is None or ed.search(clause))
                                       and (not docs or any(dates_document(s.text, at, d, titles.get(s.cites[0], ""))
                                                            for d in docs))})
            named_once |= {i for n in naming for i in n}
            # (each event dated by a date whose clause names it, as a pair of different dates)
            pairs = [(na[0] + nb[1], [a, b]) for a, na in zip(found, naming, strict=True)
                     for b, nb in zip(found, naming, strict=True)
                     if 0 in na and 1 in nb and a[0] != b[0]] if len(heads) == 2 else []
            # (the pair whose clauses name the events best; "how many days after A did B": B is the later one)
            # (a pair from one source first: where the sources date an event differently, a span from one
            # source's date to another's is neither's)
            origin = {c.n: (c.source_kind, c.source_id) for c in draft.citations}
            # (and, for "going by the paper's dates", a pair the paper gives first: "menurut tanggal di paper" is
            # the paper's 5 July, not the glossary's 5 June)
            ordered = [(q.wants_paper and any(origin.get(end[2], ("",))[0] != "paper" for end in x)
                        or q.wants_source and any(origin.get(end[2], ("",))[0] == "paper" for end in x),
                        origin.get(x[0][2]) != origin.get(x[1][2]), -strength, i, x)
                       for i, (strength, x) in enumerate(pairs) if not after or x[1][0] > x[0][0]]
            pair = min(ordered)[-1] if ordered else []
            if pair:
                break
            fallback = fallback or (found if len(found) >= 2 else [])
        if pair:
            found = pair
        elif len(heads) == 2 and all(heads) and len(named_once) == 1 and (fallback or found) \
                and not documents[1 - next(iter(named_once))]:
            # one event is dated and the other is named by no dated clause: its date is not in the sources, and a
            # span to some other event's date would be a wrong figure (an event of a numbered document is dated by
            # its number's year below)
            missing = 1 - next(iter(named_once))
            lead_with(draft, Statement(table["undated_event"].format(event=head_word(q.parts[missing], q.language)),
                                       [(fallback or found)[0][2]]))
            return
        found = found if pair else fallback
        # (the laws the question names by number and year, "Law 31/2014", that a quoted sentence names too, each
        # dated by the year its number gives, with that sentence's citation)
        numbered = [(date(int(year), 1, 1), year, s.cites[0]) for doc in q.constraints.documents
                    for s in draft.statements if s.cites and (year := doc.split("/")[1]) in document_years(
                        s.text, doc.split("/")[0])]
        if len(found) < 2 and len(set(q.constraints.documents)) >= 2:
            # (a span between two documents the question names, "Perpres 69/2008 … Perpres 22/2021", that no quoted
            # sentence dates otherwise: the years their numbers give)
            named = {x[0].year: x for x in numbered}
            found = sorted(named.values()) if len(named) >= 2 else found
        if len(found) < 2:
            return
        found = found[:2]
        # (such a law is dated by that year when no date found is of that year: its number gives it, where no
        # sentence dates its signing)
        given = given or [x for x in numbered if all(f[0].year != x[0].year for f in found)][:1]
        if given and given[0][0] not in (f[0] for f in found):
            nearest = min(range(2), key=lambda i: abs((found[i][0] - given[0][0]).days))
            found[nearest] = given[0]
        ExtractiveAnswerer._span(draft, lang, q, found, table)

    @staticmethod
    def _span(draft: Draft, lang: str, q: Question, found: list[tuple[date, str, int]], table: dict) -> None:
        """The computed span between two dated ends (date, as quoted, citation), labelled with its inputs."""
        (d1, r1, n1), (d2, r2, n2) = sorted(found[:2])
        # (dates read only from digests are said to be theirs: a digest is a summary, not the source)
        kinds = {c.source_kind for c in draft.citations if c.n in (n1, n2)}
        note = table["from_digests"] if kinds == {"digest"} else ""
        if any(_year_only(raw) for raw in (r1, r2)):
            lead_with(draft, Statement(with_note(table["computed_calendar_years"].format(
                d1=r1, d2=r2, y1=d1.year, y2=d2.year, span=d2.year - d1.year), note), sorted({n1, n2})))
            return
        if any(not find_dates(raw) for raw in (r1, r2)):
            months = (d2.year - d1.year) * 12 + d2.month - d1.month
            lead_with(draft, Statement(with_note(table["computed_months"].format(d1=r1, d2=r2, months=months), note),
                                       sorted({n1, n2})))
            return
        days = (d2 - d1).days
        # (a span under two months is said in days alone: "about 0.4 months" says nothing more; one of a year or
        # more in years, and in calendar years, as a question of "how many years" counts them)
        years = f"{days / 365.25:.1f}".replace(".", "," if lang == "id" else ".")
        key = "computed_years" if days >= 365 else "computed" if days >= 60 else \
            "computed_day" if days == 1 else "computed_days"
        if days >= 60 and _months_asked().search(q.text):
            key = "computed"  # ("jaraknya kira2 brp bulan?": the span in the unit asked, 15 months, not 1.3 years)
        text = table[key].format(d1=r1, d2=r2, days=days, months=round(days / 30.44), years=years, y1=d1.year,
                                 y2=d2.year, span=d2.year - d1.year)
        computed = Statement(with_note(text, note), sorted({n1, n2}))
        # the computed answer comes first, after any framing (how a follow-up was read), before its inputs
        lead_with(draft, computed)
        # ("formed on 5 June 2023, not 5 July": when the two ends come from two kinds of source and one corrects the
        # other's date for its end, the span from the corrected date is given too, first: it is the other source's
        # span, and the mixed one is neither's)
        k1, k2 = (next((c.source_kind for c in draft.citations if c.n == x), "") for x in (n1, n2))
        ends = (((d1, r1, n1, k1), (d2, r2)), ((d2, r2, n2, k2), (d1, r1))) if k1 != k2 else ()
        for (d, raw, n, kind), (other, other_raw) in ends:
            corrected = corrected_date(draft, raw, n, d)
            if corrected is not None and (corrected[0] < other) == (d < other) and corrected[0] != other \
                    and f"kind_{kind}" in table:
                said = table["computed_corrected"].format(kind=table[f"kind_{kind}"], raw=raw, corrected=corrected[1],
                                                          other=other_raw, days=abs((other - corrected[0]).days))
                draft.statements.insert(draft.statements.index(computed), Statement(said, sorted({n1, n2})))
                break


_AFTER = re.compile(r"\b(?:after|later|setelah|sesudah|kemudian)\b", re.I)
# a date a sentence corrects right after the one it gives ("formed on 5 June 2023, not 5 July"; "bukan 5 Juli")
_CORRECTED = re.compile(rf"[^.;]{{0,12}}?\b(?:not|bukan|rather than|instead of)\s+(?:on\s+|pada\s+)?"
                        rf"(?:(\d{{1,2}})\s+({MONTH_RE})|({MONTH_RE})\s+(\d{{1,2}}))\b(?:,?\s+(\d{{4}}))?", re.I)


def corrected_date(draft: Draft, raw: str, n: int, d: date) -> tuple[date, str] | None:
    """The date the quoted sentence citing ``n`` says its date ``raw`` replaces ("5 June 2023, not 5 July" →
    5 July 2023, in the same year unless it gives one)."""
    for st in draft.statements:
        at = st.text.find(raw) if n in st.cites else -1
        m = _CORRECTED.match(st.text, at + len(raw)) if at >= 0 else None
        if m is None:
            continue
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        try:
            year = int(m.group(5) or d.year)
            return date(year, _MONTHS[month.lower()], int(day)), f"{int(day)} {month} {year}"
        except ValueError:
            return None
    return None


def note_dated_apart(ev: Evidence, years: list[str]) -> bool:
    """A reference record's note that gives a year the question asks about only in a date of a day or a month,
    as when a statement was made or a count ended ("a statement (12 Feb 2025) counted 214 … from complaints
    received 2020–early Jan 2025"): what it counts is not of that year ("how many … in 2025?")."""
    if ev.chunk.kind != "reference" or not years:
        return False
    bare = ev.text
    for _, raw in dates_or_months(ev.text):
        bare = bare.replace(raw, " ")
    return any(y in ev.text and y not in bare for y in years)


def with_note(sentence: str, note: str) -> str:
    """``sentence`` with ``note`` added before its full stop (one sentence: its citation marks cover both)."""
    return sentence[:-1] + note if note and sentence.endswith(".") else sentence


def dates_or_years(text: str) -> list[tuple[date, str]]:
    """The days and months ``text`` names, and the years it names alone, in the order written."""
    return sorted([*dates_or_months(text), *find_years(text)], key=lambda dr: text.find(dr[1]))


def _year_only(raw: str) -> bool:
    return raw.isdigit()


def dates_or_months(text: str) -> list[tuple[date, str]]:
    """The days ``text`` names, and the months it names without a day, in the order written."""
    return sorted([*find_dates(text), *find_months(text)], key=lambda dr: text.find(dr[1]))


_YEAR_ALONE = re.compile(r"(?<![/\d–—-])\b((?:19|20)\d\d)\b(?!\s*[–—/-]\s*\d)")
# (a cited work's year: "(Anderson, 2021)", "Wangke (2016)", "et al., 2020", "; 2019)")
_CITED_YEAR = re.compile(r"(?:[A-Z][\w.’'&-]*\.?,?\s*\(?|et al\.?,?\s*\(?|[,;]\s*)$")


def find_years(text: str) -> list[tuple[date, str]]:
    """The years named alone ("the 18th ASEAN Summit (Indonesia, 2011)", "Law No. 12 of 2017"), as 1 January of
    the year: an event the sources date only by its year. Not a year of a day or a month already dated, of a
    span ("2020–2024"), of a number ("No. 12/2017") or of a cited work ("(Anderson, 2021)")."""
    taken = [(text.find(raw), text.find(raw) + len(raw)) for _, raw in dates_or_months(text)]
    out = []
    for m in _YEAR_ALONE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        inside = before.rfind("(") > before.rfind(")")
        cited = _CITED_YEAR.search(before)
        # (a place before the year is where, not who: "(Indonesia, 2011)")
        place = cited and before[cited.start():].strip(" ,;(").lower() in countries()
        if cited and not place and (inside or before.rstrip().endswith("(")) and not rx.search(
                r"\b(?:in|on|since|of|tahun|pada|sejak)\s*$", before, re.I):
            continue
        out.append((date(int(m.group(1)), 1, 1), m.group(1)))
    # (and the year of a law by which an act was done: "Indonesia ratified it by Law No. 5/2009" dates the
    # ratification to 2009, though a law's number with its year dates nothing elsewhere)
    # (in a quote's own words: the framing before it names the source by a title that may note a later law, "A
    # digest of Undang-Undang Nomor 13 Tahun 2006 … (as amended by Undang-Undang Nomor 31 Tahun 2014) says: “…")
    # (nor inside brackets, a note beside a name: "Created by Law No. 13/2006 (amended by Law No. 31/2014)")
    out += [(date(int(m.group(1)), 1, 1), m.group(1)) for m in _law_by_year().finditer(text, text.find("“") + 1)
            if m.group(1) not in {raw for _, raw in out}
            and text.rfind("(", 0, m.start()) <= text.rfind(")", 0, m.start())]
    return sorted(out, key=lambda dr: text.find(dr[1]))


@lru_cache(maxsize=1)
def _law_by_year() -> re.Pattern:
    """A law named as the instrument of an act done to a treaty or a law (word list ``legal_acts``: ratified,
    amended, revoked …), with its year: "ratified it by Law No. 5/2009", "diratifikasi melalui UU Nomor 5 Tahun
    2009" (not "created by Law No. 13/2006": a body's creation is no act done to a law)."""
    acts = either_language(words()["legal_acts"]).pattern
    return rx.compile(rf"(?:{acts})(?:\s+[\w'-]+){{0,3}}?\s+(?:by|through|via|melalui|dengan|lewat)\s+"
                      + law_with_year(20), re.I)


_CLAUSE_END = re.compile(r";|\.\s|\n")


def date_clauses(text: str, found: list[tuple[date, str]]) -> list[str]:
    """The words that tell what each date of ``found`` dates, in order: the clause before it back to the previous
    date or a clause break ("…; entered into force on 8 March 2017"), or, when that holds no content word ("On
    4 September 2023, Mahfud urged …"), the clause after it up to the next date or break."""
    spans = [(text.find(raw), text.find(raw) + len(raw)) for _, raw in found]
    out = []
    for start, end in spans:
        left = max([0, *(e for _, e in spans if e <= start), *(m.end() for m in _CLAUSE_END.finditer(text, 0, start))])
        before = text[left:start]
        if content_words(before, "en"):
            out.append(before)
            continue
        right = min([len(text), *(s for s, _ in spans if s >= end),
                     *(m.start() for m in [_CLAUSE_END.search(text, end)] if m)])
        out.append(text[end:right])
    return out


def dates_document(text: str, at: int, document: str, title: str) -> bool:
    """Whether the date at position ``at`` of ``text`` is one of ``document`` ("19/2023"): the document owns the
    brackets it stands in ("Perpres 19/2023 (…, signed 22 Feb 2023)"), it is the last document the text names before
    the date ("Law No. 21 of 2007 (…). Passed by the DPR on 20 March 2007"), or the text names none before it and the
    passage's source is that document (``title``)."""
    owner = bracket_owner(text, at)
    if owner is not None:
        return owner[0] == document
    named = document_keys(text[:at])
    return named[-1] == document if named else has_constraint(title, document)


def event_date(text: str, found: list[tuple[date, str]], events: list[set[str]],
               subject: set[str] = frozenset()) -> list[tuple[date, str]]:
    """Of a sentence's dates, the one whose clause names one of ``events`` (each a set of terms, its head's
    family among them), else the first: a sentence may date several events ("signed on 21 Nov 2015 …; entered
    into force on 8 March 2017"), and the event asked for is the one its clause names. A clause naming the
    question's own subject (``subject``: the tokens of its names and places) counts it twice: "Viet Nam deposited
    on 5 January 2017 and Myanmar on 16 January 2017" dates Myanmar's deposit by the second."""
    if len(found) < 2 or not events:
        return found[:1]
    # (the quote's own clauses: the framing before it names the source, "A digest of … (ACTIP) says: “…")
    quoted = text[text.find("“") + 1:] if "“" in text else text
    clauses = [set(tokenize(c)) for c in date_clauses(quoted, found)]
    scores = [max(len(c & e) for e in events) + len(c & subject) for c in clauses]
    best = max(range(len(found)), key=lambda i: (scores[i], -i))
    return [found[best]]


def naming_dates(text: str, found: list[tuple[date, str]], events: list[set[str]]) -> list[tuple[date, str]]:
    """A sentence's dates whose clause names one of ``events``, when any does, else all: a date whose clause names
    another event ("… signed on 21 Nov 2015; entered into force on 8 March 2017" for "from the signing to the
    ratification") dates none of those asked about."""
    if len(found) < 2 or not events:
        return found
    texts = date_clauses(text, found)
    clauses = [set(tokenize(c)) for c in texts]
    # (a clause that points back, "the next one in Sept 2023", "the second on …", names the same kind of event)
    pointing = {w.lower() for w in words()["sequence_markers"]} | {f for r in range(1, 11) for f in ordinal_forms(r)}
    naming = [f for f, c, t in zip(found, clauses, texts, strict=True)
              if any(c & e for e in events) or not [w for w in content_words(t, "en") if w.lower() not in pointing]]
    return naming or found


def quoted_whole(draft: Draft, lang: str, evidence: list[Evidence], lead: str | None = None,
                 between: str | None = None) -> Draft:
    """An answer of sentences found by rule, each quoted whole: ``lead`` framing them first, and ``between``
    before each after the first (what the first says is another thing than what the rest say)."""
    if lead:
        draft.statements.append(Statement(lead, framing=True))
    for i, ev in enumerate(evidence):
        if i and between:
            draft.statements.append(Statement(between, framing=True))
        quote(draft, ev, lang, whole=True)
    return draft


def unscored_evidence(chunk: Chunk, position: int, text: str) -> Evidence:
    """A sentence of a passage found by rule, not by retrieval: quoted as it is, with no score."""
    return Evidence(text=text, passage=Passage(chunk, 0.0), position=position, tokens=set(tokenize(text)))


COVERAGE_SAID = 0.6  # the weighted share of a topic's words a paper sentence holds when it speaks of the topic
COVERAGE_OMITTED = 0.5  # … and a digest's note that the paper omits something holds when the note is on the topic
COVERAGE_ABSENT = 0.34  # … below which no sentence of the paper speaks of it
# a digest's note that the paper leaves something out ("The paper does not mention Indonesia's tier …")
_OMITS = re.compile(r"\bpaper\s+(?:does\s+not|doesn't|did\s+not|didn't|never|omits|leaves\s+out)\b", re.I)


@lru_cache(maxsize=8192)
def _sentence_tokens(sentence: str) -> frozenset[str]:
    """A sentence's tokens, cached: a coverage question reads every sentence of the paper and the digests."""
    return frozenset(tokenize(sentence))


def _best_sentence(chunks, kinds: tuple[str, ...], share, extra=None, only=None) -> tuple[float, Evidence] | None:
    """The sentence of the passages of ``kinds`` whose tokens (with ``extra(chunk)``'s) score best by ``share``,
    the first in the text's order of those as good, among those ``only`` keeps; with its score."""
    found = max(((share(_sentence_tokens(t) | (extra(c) if extra else frozenset())), -c.order, -i, c, i, t)
                 for c in chunks if c.kind in kinds for i, t in enumerate(chunk_sentences(c)) if not only or only(t)),
                default=None, key=lambda x: x[:3])
    return (found[0], unscored_evidence(found[3], found[4], found[5])) if found else None


def _topic_groups(q: Question, idf: dict[str, float]) -> list[tuple[set[str], float]]:
    """The words of the topic a coverage question names, each as the tokens that write it (its English renderings
    for an Indonesian word, its derivational family) with its weight (its rarest token's idf; a word the store
    never uses weighs most)."""
    top = max(idf.values(), default=1.0)
    paper = {t for lg in ("en", "id") for w in words()["paper_words"][lg] for t in tokenize(w)}
    groups = []
    # (a figure whole: "9,000", "9.000"; a compound joined by a hyphen, "Secretary-General", by each of its words:
    # a sentence on "General Transnational Crime Matters" does not name the Secretary-General, and a word written
    # twice, "korban-korban", is one word)
    found = rx.findall(r"\d[\d.,]*\d|[\w'’-]+", q.coverage)
    for word in (w for f in found for w in (dict.fromkeys(f.split("-")) if "-" in f.strip("-") and not rx.match(
            r"\d", f) else [f]) if w):
        toks = set(tokenize(word)) | (set(rendered_tokens(word)) if q.language == "id" else set())
        toks -= paper
        if toks:
            groups.append((toks | {f for t in toks for f in word_family(t)}, max(idf.get(t, top) for t in toks)))
    return groups


def coverage_evidence(q: Question, context: AnswerContext) -> tuple[str, list[Evidence]] | None:
    """For "does the paper mention X?": ("yes", [the paper's sentence that holds most of X]) when one holds most
    of its words; ("no", [a digest's note that the paper omits X, then the paper's sentence on it if any]) when
    such a note holds more of X than any sentence of the paper does (a digest's note speaks of its source: the
    digest's title counts for it); ("absent", [the digest's or glossary's sentence on X]) when no sentence of the
    paper holds even a third of X and another passage holds most of it; None otherwise, and the question is
    answered as any other."""
    groups = _topic_groups(q, context.idf)
    total = sum(w for _, w in groups)
    if not total:
        return None

    def share(tokens: set[str]) -> float:
        return sum(w for toks, w in groups if toks & tokens) / total

    said = _best_sentence(context.chunks, ("paper",), share)
    omitted = _best_sentence(context.chunks, ("digest",), share, extra=lambda c: _sentence_tokens(c.title),
                             only=_OMITS.search)
    # (a figure the topic gives is the fact asked: a sentence of the paper without it does not say it, "does the
    # paper mention that IOM assisted more than 9,000 victims?" is not answered by IOM's "970 girls and 5,907 …")
    figures = {figure_key(f) for f in content_figures(q.coverage)}
    if said and figures and not figures & {figure_key(f) for f in content_figures(said[1].text)}:
        said = (0.0, said[1])
    paper = [said[1]] if said and said[0] >= COVERAGE_SAID else []
    if omitted and omitted[0] >= COVERAGE_OMITTED and omitted[0] > (said[0] if said else 0.0):
        return "no", [omitted[1], *paper]
    if paper:
        return "yes", paper
    if said is None or said[0] < COVERAGE_ABSENT:
        # (no sentence of the paper holds the topic's main words, and a digest or the glossary does: the paper's
        # text does not mention it, and where the knowledge base does is shown)
        other = _best_sentence(context.chunks, ("digest", "glossary"), share)
        if other and other[0] >= COVERAGE_SAID:
            return "absent", [other[1]]
    return None


def paper_silent_on(q: Question, pool: list[Evidence], context: AnswerContext,
                    aliases=None) -> tuple[str, list[Evidence]] | None:
    """For a question that asks the paper's own account ("what does the paper say about Laos?", "menurut paper, …"):
    the places it names that no passage of the paper holds, with the retrieved sentence of another passage that
    names them all; None when the paper names them, or no other passage does."""
    if not q.wants_paper or q.premise or q.coverage or q.about_document or not q.constraints.places:
        return None
    paper = [c for c in context.chunks if c.kind == "paper"]
    absent = [pl for pl in q.constraints.places if not any(has_constraint(c.text, pl, aliases) for c in paper)]
    if not absent:
        return None
    other = [e for e in pool if is_content(e) and e.chunk.kind != "paper"
             and all(has_constraint(e.text, pl, aliases) for pl in absent)]
    return (", ".join(f"“{pl}”" for pl in absent), [max(other, key=lambda e: e.score)]) if other else None


def not_additive(pool: list[Evidence], chunks: list[Chunk], given: list[str]) -> Evidence | None:
    """A sentence of a source the evidence comes from that warns the figures to be added cannot be (word list
    ``not_additive``), in a passage that holds at least two of them: the sum would join counts of different things."""
    warns = either_language(words()["not_additive"])
    asked = {figure_key(f) for f in given}
    sources = {e.chunk.source_id for e in pool}
    for c in chunks:
        if c.source_id not in sources or not warns.search(c.text) or len(
                asked & {figure_key(f) for f in figures(c.text)}) < 2:
            continue
        for i, text in enumerate(chunk_sentences(c)):
            if warns.search(text):
                return unscored_evidence(c, i, text)
    return None


def lead_with(draft: Draft, statement: Statement) -> None:
    """Put ``statement`` first among the answer's claims, after any framing (how a follow-up was read)."""
    at = next((i for i, s in enumerate(draft.statements) if not s.framing), len(draft.statements))
    draft.statements.insert(at, statement)


def identity_of(ev: Evidence, context: AnswerContext) -> str:
    """What the sentence's source is: a digest's own source, or the sources a sentence of the paper cites in it."""
    identities = context.source_identities
    if ev.chunk.kind == "digest":
        return " ".join(identities.get(ev.chunk.source_id, ("", "")))
    if ev.chunk.kind != "paper" or context.citation_index is None:
        return ""
    return " ".join(identities.get(m.key, ("", ""))[0] for m in context.citation_index.find(ev.text) if m.key)


PRIOR_WORK_OPENING = 6  # words at the start of a sentence in which a word of earlier work makes it report one


def reports_prior_work(text: str) -> bool:
    """A sentence that reports earlier research as its subject ("Previous research shows that …", "Other research
    concludes …", "Penelitian sebelumnya …"; word list ``prior_work`` among its first words)."""
    opening = " ".join(text.split()[:PRIOR_WORK_OPENING])
    return bool(either_language(words()["prior_work"]).search(opening))


def nearly_as_relevant(pool: list[Evidence], chosen: list[Evidence], lead: Evidence) -> list[Evidence]:
    """The content sentences retrieved but not chosen whose value is nearly the lead's (``RAREST_LEAD``), best
    first: where a sentence that names what the question asks for may stand when none of the chosen does."""
    return sorted((e for e in pool if is_content(e) and e not in chosen and e.score >= RAREST_LEAD * lead.score),
                  key=lambda e: -e.score)


def names_label(ev: Evidence, labels: list[tuple[set[str], str]]) -> bool:
    """Whether the sentence names one of the question's numbered labels ("Tier 3"): the label's word with its
    number."""
    return any(toks & t2 and n == n2 for t2, n2 in labelled_numbers(ev.text, "en") for toks, n in labels)


@lru_cache(maxsize=1)
def _generic_tokens() -> frozenset[str]:
    """The tokens of the generic counted things (list ``generic_counted``) and of their synonyms ("survivor" with
    "victim"), built once."""
    generic = {t for w in words()["generic_counted"] for t in tokenize(w)}
    return frozenset(generic | synonyms_of(generic))


def holds_topic(ev: Evidence, q_tokens: set[str], idf: dict[str, float]) -> bool:
    """Whether the sentence's passage holds any term of the question the store knows (or a word of its synonym
    group) beyond the generic counted things ("victims", "orang") and numbers: a figure, date or name of a passage
    that shares none of them ("21 million individuals" of ILO's data, for "how many victims did the kidney
    syndicate have?") is about something else, however well its kind fits."""
    generic = _generic_tokens()
    known = {t for t in q_tokens if t in idf and t not in generic and not t.isdigit()}
    if not known:
        return True
    known |= synonyms_of(known)
    return bool(known & (ev.tokens | set(tokenize(ev.chunk.text))))


def clause_citations(ev: Evidence, index: CitationIndex, asked: tuple[set[str], list[str]]):
    """In a sentence that cites several sources clause by clause, the citations of the clause the question is
    about: the one holding the figure asked about, else the one sharing most of the question's words."""
    marks = index.find(ev.text)
    if len(marks) <= 1:
        return marks
    tokens, figures_asked = asked
    best, best_value = [], 0.0
    start = 0
    for m in marks:
        clause = ev.text[start:m.start]
        value = 10.0 * sum(f in clause for f in figures_asked) + len(set(tokenize(clause)) & tokens)
        if value > best_value:
            best, best_value = [m], value
        start = m.end
    return best or marks


def following_citations(ev: Evidence, index: CitationIndex):
    """The first citation after the sentence in its paragraph (citations often close a run of sentences)."""
    text = ev.chunk.text
    at = text.find(ev.text)
    if at < 0:
        return []
    rest = text[at + len(ev.text):]
    para_end = rest.find("\n\n")
    return index.find(rest if para_end < 0 else rest[:para_end])[:1]


def store_figures(chunks) -> frozenset[str]:
    """Every figure written in the store (as ``figure_key``s), for the "no passage gives that number" test."""
    out: set[str] = set()
    for c in chunks:
        for f in figures(c.text):
            out.add(figure_key(f))
        out.update(rx.findall(r"\b(?:19|20)\d\d\b", c.title or ""))
    return frozenset(out)


def store_places(chunks) -> frozenset[str]:
    """The places the store names: a capitalised name of one to three words after a locative preposition ("in
    Labuan Bajo", "di Jakarta") whose words the store never writes in lower case (which leaves out "in Persons",
    "in May") — a gazetteer of the cities and regions these sources speak of, for the contradicted-place test."""
    lower: set[str] = set()
    found: set[str] = set()
    for c in chunks:
        if c.kind == "reference":
            continue
        lower.update(rx.findall(r"\b[a-z][a-z]+\b", c.text))
        found.update(located_places(c.text))  # (with the larger places)
    return frozenset(p for p in found
                     if not any(w.lower() in lower or w.lower()[:3] in MONTH_PREFIXES for w in p.split()))


PART_COVERED = 0.5  # a part of a question is answered when the chosen sentences hold this share of its terms
ELABORATED_ITEMS = 2  # items of a list a following sentence names again to say what each is
PART_EXTRA = 2  # sentences added for the parts the chosen sentences leave unanswered


def elaborates(sentence: Evidence, listed: ListAnswer) -> bool:
    """Whether ``sentence`` names several items of a list again (each item's words), to say what each is."""
    named = sum(bool(set(tokenize(item))) and set(tokenize(item)) <= sentence.tokens for item, _ in listed.items)
    return named >= ELABORATED_ITEMS


def noted_only(q: Question, chosen: list[Evidence], pool: list[Evidence], items: list[str],
               aliases: dict[str, list[str]]) -> list[Evidence]:
    """The notes on a reference's record that give what a figure or date question asks when no sentence of the
    sources does: a figure for the period the question gives ("from 2019 to October 2022", where the paper's
    figures are for 2017–2022), or the date or count of an act that no sentence giving one tells of the things
    the question names ("dirilis": the glossary dates the survey's rounds by year only). The knowledge base's
    notes report public figures on the sources' subjects; the answer frames them as its notes. [] otherwise."""
    if q.answer_type not in ("quantity", "date") or q.interval or not chosen:
        return []

    def valued(e: Evidence) -> bool:  # (a value of the kind asked: a figure, or a date)
        return bool(content_figures(e.text)) if q.answer_type == "quantity" else bool(find_dates(e.text))

    notes = [e for e in pool if is_record_note(e) and valued(e) and satisfied(e, items, aliases)]
    if not notes:
        return []
    content = [e for e in pool if is_content(e) and valued(e)]
    span = YEAR_SPAN.search(q.text) if q.answer_type == "quantity" else None
    if span is not None:
        years = rx.findall(r"(?:19|20)\d\d", span.group(0))
        spanned = [e for e in notes if all(y in e.text for y in years)]
        return [] if any(all(y in e.text for y in years) for e in content) else spanned
    act = dated_act(q) or counted_act(q)
    terms = act_terms(act, q.language) if act else set()
    if not terms or any(tells_act(e, pool, terms) and satisfied(e, items, aliases) for e in content):
        return []
    return [e for e in notes if terms & e.tokens]


def labelled_field(q: Question, chosen: list[Evidence], context: AnswerContext,
                   q_tokens: set[str]) -> Evidence | None:
    """The item a digest of the work the question names labels with what the question asks of that work: every
    word of the label is one of the question's terms ("what was the legal basis for issuing Perpres 19/2023?" and
    "**Legal basis:** Article 15(2) of Perpres 22/2021 …"; "what method does Anderson 2021 use?" and
    "**Method:** …"), scored as the best chosen sentence, which it goes before. Not for lists, summaries and
    comparisons, which gather several items; None when the chosen sentences already begin with it or no such item
    exists."""
    if q.answer_type in ("list", "summary", "comparison") or not chosen:
        return None
    named = set(named_sources(q, context.chunks, context.idf))
    # (of one work and one country: "how does Indonesia's tier compare to Cambodia's", "TIP 2017 vs 2023" weigh
    # several works' items)
    if len(named) != 1 or len(q.constraints.places) > 1:
        return None
    fields = [unscored_evidence(c, i, text) for c in context.chunks if c.kind == "digest" and c.source_id in named
              for i, text in enumerate(chunk_sentences(c)) if labelled_by(text, q_tokens)]
    # (one item only: two labels the question's terms both cover ask nothing one of them answers)
    if len(fields) != 1 or chosen[0].text == fields[0].text:
        return None
    # (it leads as the best chosen sentence does: the direct answer is read from it)
    lead = max(chosen, key=lambda e: e.score)
    return replace(fields[0], score=lead.score, parts={**lead.parts, "type": max(lead.parts.get("type", 0.0), 1.0)})


def uncounted_term(q: Question, chosen: list[Evidence], pool: list[Evidence], context: AnswerContext) -> str | None:
    """The question's word for the kind of thing a count is asked of, after a noun of people or cases ("victims
    of forced marriage", "korban kawin paksa"; list ``count_qualifiers``): a rare word of the store that no
    retrieved sentence giving a figure holds, though another sentence uses it — the figures retrieved count
    another kind ("21 million individuals experiencing forced labour"). As the question writes it; None when
    there is none."""
    if q.answer_type != "quantity" or q.arithmetic or not chosen:
        return None
    spec = words()["count_qualifiers"]
    nouns, links = set(spec["nouns"]), set(spec["links"])
    words_ = rx.findall(r"[^\W\d_][\w'-]*", q.text)
    breakdown = {w for lg in ("en", "id") for w in words()["breakdowns"]["requests"][lg]}

    def after(i: int) -> list[int]:  # (up to a word asking a breakdown: "korban menurut kelompok umur")
        ahead = range(i + 1, min(i + 5, len(words_)))
        run = list(itertools.takewhile(lambda x: words_[x].lower() not in breakdown, ahead))
        return [x for x in run if words_[x].lower() not in links and words_[x].lower() not in all_stopwords()][:3]

    # (the word right before such a noun, no ordinary word, that no passage uses names a group the sources never
    # count: "rohingya victims"; a country's name or demonym is a place the other checks read)
    for i, n in enumerate(words_):
        before = words_[i - 1] if i else ""
        if n.lower() in nouns and before and before.lower() not in ordinary_words() \
                and not known_word(before, q.language, context.idf):
            return before
    # (the words after a noun of people or cases, past its links, up to three: "victims of forced marriage")
    qualifying = [x for i, n in enumerate(words_) if n.lower() in nouns for x in after(i)]
    if not qualifying:
        return None

    def renderings(k: int) -> list[set[str]]:
        """The word's tokens; for an Indonesian word, also those of each phrase of up to four words around it (the
        word lists may render the phrase, "Perdagangan Orang" as trafficking, where the word alone is trade)."""
        if q.language == "en":
            return [set(tokenize(words_[k]))]
        spans = [words_[a: a + size] for size in (1, 2, 3, 4)
                 for a in range(max(0, k - size + 1), min(k, len(words_) - size) + 1)]
        return [{t for r in translate_terms(" ".join(span)) for t in tokenize(r)} for span in spans]

    content = [e for e in pool if is_content(e)]
    # (a share the text gives as a fraction word is a figure too: "about half of detected victims are children")
    figured = [named_in(e, pool) for e in content
               if content_figures(e.text) or (q.percent and fractions().search(e.text.lower()))]

    def unheld(tokens: set[str]) -> set[str]:  # (its rare tokens, when no sentence giving a figure holds one)
        rare = {t for t in tokens if context.idf.get(t, 0.0) >= RARE_IDF}
        return rare if rare and not any(rare & held for held in figured) else set()

    for k in qualifying:
        # (unheld in every rendering: a phrase rendered as common words, "human trafficking", is held)
        found = [unheld(tokens) for tokens in renderings(k)]
        if all(found) and any(set().union(*found) & e.tokens for e in content):
            return words_[k]
    return None


def each_part(q: Question, chosen: list[Evidence], pool: list[Evidence], idf: dict[str, float]) -> list[Evidence]:
    """A question in several parts ("what factors …, and how did the offers reach the victims?") gets evidence
    for each: whatever the selection by type chose, a part whose terms the chosen sentences leave out gets the
    best sentence that holds them (the type's selection answers the first part; this answers the others)."""
    if len(q.parts) < 2 or not chosen:
        return chosen
    content = [e for e in pool if e.chunk.kind != "reference"]
    top = max(e.score for e in content) if content else 0.0
    sources = {(e.chunk.kind, e.chunk.source_id) for e in chosen}
    if q.answer_type == "summary" and len(sources) == 1 and next(iter(sources))[0] == "digest":
        # (a summary of one source's digest, "what's the thesis about? what did it conclude?": its parts are asked
        # of that source, so they are answered from its digest or not at all)
        content = [e for e in content if (e.chunk.kind, e.chunk.source_id) in sources]
    # (for a figure, a date or a name, a part is answered only when a sentence that gives one holds some of its
    # terms: "what % are women …, and what % is men in forced labour?" is not answered by a sentence on men in
    # forced labour without a share)
    typed = q.answer_type in TYPED
    if typed:
        content = [e for e in content if e.parts.get("type", 0.0) > 0] or content
    added = 0
    for part in q.parts:
        terms = part_tokens(part, q.language)
        held = set().union(*(e.tokens for e in chosen))
        answered = set().union(*(e.tokens for e in chosen if not typed or e.parts.get("type", 0.0) > 0))
        if not terms or added >= PART_EXTRA or (idf_coverage(held, terms, idf) >= PART_COVERED and terms & answered):
            continue
        fit = max((e for e in content if e.score >= 0.4 * top and all(e.text != c.text for c in chosen)),
                  key=lambda e: e.score + idf_coverage(e.tokens, terms, idf), default=None)
        # (a sentence that gives the figure a part lacks answers it, whatever terms the others already hold)
        if fit is not None and (idf_coverage(fit.tokens - held, terms, idf) > 0 or typed and fit.tokens & terms):
            chosen = [*chosen, fit]
            added += 1
    return chosen


# a digest's sentence that reports what the paper says ("**Date.** The paper dates the MoU to 22 August 2023.")
_REPORTS_PAPER = re.compile(r"^(?:\*\*[^*]{1,40}\*\*\s*)?(?:the paper|paper ini|the article|the authors)\b", re.I)


def with_digest_comment(chosen: list[Evidence], pool: list[Evidence]) -> list[Evidence]:
    """A digest's report of what the paper says is shown with the digest's next sentence when that one goes on
    about it ("It was signed on 21 August; 22 August is the release date"): the digest's comment on the paper's
    claim, often a correction, is part of what it says. So is the rest of its list item ("- The paper says … .
    The report's own framing makes transit a minor role …")."""
    out = list(chosen)
    for e in chosen:
        if e.chunk.kind != "digest" or not _REPORTS_PAPER.match(e.text):
            continue
        after = neighbours(e, pool)[1]
        if after is not None and (POINTS_BACK.match(after.text) or same_item(e.chunk.text, e.text, after.text)) \
                and all(after.text != x.text for x in out):
            out.insert(out.index(e) + 1, after)
    return out


def same_item(text: str, first: str, second: str) -> bool:
    """Whether ``second`` follows ``first`` in the same line of ``text`` (one list item or paragraph line)."""
    i = text.find(first)
    j = text.find(second, i + len(first)) if i >= 0 else -1
    return j >= 0 and "\n" not in text[i:j]


CITING_LIMIT = 3  # sentences quoted for what the paper cites a work for


def _citations_of(q: Question) -> list[re.Pattern]:
    """The citations, as the paper writes them, of the works a question names by author and year ("Bakker et al.,
    2020", "Snyder (2019)", "Pratiwi & Yunda, 2020")."""
    return [rx.compile(rf"\b{re.escape(author)}\b(?:\s+(?:et al\.?|dkk\.?|&\s+[A-Z][\w'’-]+))?,?\s*\(?{year}")
            for author, year in CITED_AS.findall(q.text)]


# the lines of a reference record that tell what a work is about, for a work with no digest
RECORD_SUBJECT_LINES = ["Reference entry", "The paper uses it for", "Anomaly"]
# … and those that tell what is wrong with it as the paper's support
RECORD_CRITIQUE_LINES = ["Anomaly", "Reference entry", "The paper uses it for"]


def records_without_digest(q: Question, chunks: list[Chunk]) -> list[Chunk]:
    """The reference records of the works the question names by author and year, when none of them has a digest
    in the knowledge base (its record is then all there is of it)."""
    records = cited_records(q, chunks, own=True)
    digested = {c.source_id for c in chunks if c.kind == "digest"}
    return records if records and not any(c.source_id in digested for c in records) else []


def record_lines(q: Question, records: list[Chunk], fields: list[str]) -> list[Evidence]:
    """The lines of ``records`` (the reference records of the works the question names) that hold the fields asked
    ("Venue: …", "DOI: …"), in the order of ``fields``; none when no record holds a field other than its
    reference entry (the question may ask what a digest, not the record, gives)."""
    out: list[Evidence] = []
    for c in records:
        lines = list(enumerate(chunk_sentences(c)))
        for field in fields:
            # (not a field whose value the question itself names: "jurnal Anterior … diterbitin kampus mana?" asks
            # something else of the journal it names)
            out += [unscored_evidence(c, i, t) for i, t in lines if t.startswith(f"{field}:") and (
                field == fields[0] or not rx.search(rf"\b{re.escape(t[len(field) + 1:].split()[0].strip(',.'))}\b",
                                                    q.text, re.I))]
    return out if any(not e.text.startswith(f"{fields[0]}:") for e in out) else []


def cited_records(q: Question, chunks, own: bool = False) -> list:
    """The reference records of the works the question names by author and year ("Anderson (2021)"; the year may
    follow the co-authors' initials: "Septia, N., Putri, M. S., … (2022)"); ``own``: only the work's own record (by
    its title), not another's that is cited beside it ("(Bakker et al., 2020; Fikhri et al., 2021b)")."""
    out = []
    for author, year in CITED_AS.findall(q.text):
        cited = rx.compile(rf"\b{re.escape(author)}\b[^\n]{{0,100}}?\(?{year}")
        out += [c for c in chunks if c.kind == "reference" and cited.search(c.title if own else c.text)
                and c not in out]
    return out


def citing_sentences(q: Question, pool: list[Evidence]) -> list[Evidence]:
    """For "what does the paper cite Snyder (2019) for?": the paper's sentences that cite the work, in the text's
    order (what they say is what the paper cites it for)."""
    works = _citations_of(q)
    found = [e for e in pool if e.chunk.kind == "paper" and any(w.search(e.text) for w in works)]
    return sorted({(e.chunk.id, e.position): e for e in found}.values(),
                  key=lambda e: (e.chunk.id, e.position))[:CITING_LIMIT]


def structural_passages(q: Question, chunks, idf: dict[str, float] | None = None) -> list[Passage]:
    """Passages a question names by the text's own structure, found by rule rather than by similarity: the
    paper's front matter for questions about the document itself, the reference record of a cited author and
    year ("Anderson (2021)"), and a numbered caption ("Chart 1", "Table 2")."""
    out: list[Passage] = front_matter(chunks) if q.about_document else []
    if q.cited_for:  # "Salamah 2018 dikutip buat bilang apa?": the paper's passages that cite the work
        works = _citations_of(q)
        out += [Passage(c, 0.0) for c in chunks if c.kind == "paper" and any(w.search(c.text) for w in works)]
    out += [Passage(c, 0.0) for c in cited_records(q, chunks)]
    works = asserted_work_ids(q, chunks)  # ("Wahyu 2023 itu artikel Kemlu kan?": checked against its digest too)
    out += [Passage(c, 0.0) for c in chunks if c.kind == "digest" and c.source_id in works]
    if asks_countries(q):
        # "which countries does the paper mention?": every passage of the paper that names one
        out += [Passage(c, 0.0) for c in chunks if c.kind == "paper" and countries_in(c.text.lower())]
    kind = asked_entity_kind(q)
    if kind:  # "which agencies does the paper name?": every passage of the paper that names one
        out += [Passage(c, 0.0) for c in chunks if c.kind == "paper" and names_of_kind(c.text, kind)]
    if q.chronology:
        # "kronologi peristiwa 2023 …": every passage of the paper (and the digests, unless the paper is asked
        # for) that dates something, to put in order
        out += [Passage(c, 0.0) for c in chunks if (c.kind == "paper" or (c.kind == "digest" and not q.wants_paper))
                and find_dates(c.text) and (not q.constraints.years or any(y in c.text for y in q.constraints.years))]
    if q.whole_paper:  # "a short summary of the whole paper": its abstract
        out += [Passage(c, 0.0) for c in chunks if c.kind == "paper" and is_abstract(c.section)]
    if q.answer_type in ("summary", "list"):
        # "summarise section 3.5", "ringkas pendahuluan": the whole section (a list asked of a section is in it)
        out += [Passage(c, 0.0) for c in named_paper_sections(q, chunks, idf or {})]
        named = [] if q.wants_paper else named_sources(q, chunks, idf or {})
        if len(named) == 1:  # "summarise the Alifia thesis": the whole digest of the one source it names
            out += [Passage(c, 0.0) for c in chunks if c.kind == "digest" and c.source_id == named[0]]
    if q.answer_type == "date" and not q.wants_paper:
        # "when did Snyder's article come out?": the opening of the one source it names says what the source is,
        # with its date of publication
        named = named_sources(q, chunks, idf or {})
        if len(named) == 1:
            digest = [c for c in chunks if c.kind == "digest" and c.source_id == named[0]]
            out += [Passage(c, 0.0) for c in digest[:1]]
    if q.checks_source:
        # "does the UNODC report really say that?": what the named source's digest notes on the paper's use of it
        named = named_sources(q, chunks, idf or {})
        out += [Passage(c, 0.0) for c in chunks if c.kind == "digest" and len(named) == 1
                and c.source_id == named[0] and notes_on_paper(c.section)]
    if q.personal == "opinion" or (q.premise and claims_finding(q)):
        # "menurut kamu, efektif gak?", "the paper found it failed …": the authors' own judgement is the closest
        # passage, or the one that corrects the claim
        out += [Passage(c, 0.0) for c in conclusion_chunks(chunks)]
    for section in numbered_sections(q.text, chunks):
        # "section 3.2": that section's passages (its first two, unless a summary of it is asked: all of them)
        out += [Passage(c, 0.0) for c in (section if q.answer_type == "summary" else section[:2])]
    captions = [c for c in chunks if c.kind == "paper" and caption_label(c.text)]
    out += [Passage(c, 0.0) for c in captions if names_caption(q.text, caption_label(c.text), len(captions))]
    seen: set[str] = set()
    return [p for p in out if not (p.chunk.id in seen or seen.add(p.chunk.id))]


TITLE_WORDS = 4  # a source's title of at least this many content words names it when a question holds ...
TITLE_SHARE = 0.6  # ... this share of them
NAMED_SOURCE_IDF = 2.0  # a source's author or organisation name this rare in the store names that source


_TITLE_TAIL = re.compile(r"\s+[—–]\s+|\s+\(|:\s")  # what follows a title's name: a subtitle, a note
# where a title's head ends: its first preposition, or what follows its name
_TITLE_HEAD_END = re.compile(r"\s+(?:on|of|against|for|in|as|to|dalam|di|tentang|dengan|untuk)\s+|,\s|"
                             + _TITLE_TAIL.pattern, re.I)
TITLE_HEAD_WORDS = 3  # a title's head of at least this many words (its year aside) names the source with its year


def credits_source(q: Question) -> bool:
    """Whether a question credits what it asks to a source it names: a phrase of provenance before the source's
    name or kind ("according to the 2017 TIP report", "menurut laporan …"; word lists ``provenance``,
    ``source_nouns``), a kind of source beside a name ("dicatat dalam laporan Trafficking in Persons …"), or a
    name given as the source of figures (``selection.credited_names``). "Menurut glosarium, …" credits the
    glossary, no source."""
    if credited_names(q) or names_beside_source_noun(q):
        return True
    noun = either_language(words()["source_nouns"]).pattern
    names = "|".join(re.escape(n) for n in q.constraints.names)
    return credited_as(q.text, rf"(?:{noun}|{names})" if names else rf"(?:{noun})")


def credited_as(text: str, named: str) -> bool:
    """Whether ``named`` (a pattern) stands within three words after a phrase of provenance ("according to the
    2017 TIP report", "menurut skripsi alifia"; word list ``provenance``), or heads the question before a colon,
    as a label of what follows ("UNODC 2020: what percent …", "TIP 2017: taun 2016 …")."""
    provenance = phrase_pattern(words()["provenance"]).pattern
    return bool(rx.search(rf"(?:{provenance})\s+(?:[\w'-]+\s+){{0,3}}?{named}", text, re.I)
                or rx.match(rf"\s*(?:[\w'-]+\s+){{0,2}}?{named}(?:\s+[\w/.-]+){{0,2}}\s*:\s", text, re.I))


def credited_among(q: Question, source_ids: list[str]) -> list[str]:
    """Of several sources a question names, the one its phrase of provenance credits ("menurut skripsi alifia,
    NCB interpol ngebantu apa aja?": Alifia's thesis, not the Interpol source the question asks about); all of
    them when the phrase credits none or several."""
    credited = [sid for sid in source_ids if credited_as(q.text, rf"{re.escape(sid.split('-')[0])}\b")]
    return credited if len(credited) == 1 else source_ids


def names_beside_source_noun(q: Question) -> list[str]:
    """The question's names written beside a kind of source ("laporan TIP 2023", "the UNODC report"; word list
    ``source_nouns``): a source named as a document."""
    noun = either_language(words()["source_nouns"]).pattern
    return [n for n in q.constraints.names
            if rx.search(rf"(?:{noun})\s+{re.escape(n)}\b|\b{re.escape(n)}\s+(?:{noun})", q.text, re.I)]


def named_sources(q: Question, chunks, idf: dict[str, float]) -> list[str]:
    """The cited sources a question names by their author or organisation ("the Alifia thesis", "UNODC's report",
    "menurut digest POLRI"): a source id's leading name ("alifia" of "alifia-2023") when the question holds it
    and it is rare in the store (a name every passage uses, such as "asean", names no one source). A kind of
    document ("perpres-19-2023") is not a name: the question's document constraint finds those."""
    asked = set(tokenize(q.original)) | set(q.source_names)
    if q.language == "id":  # ("laporan TIP AS 2023 soal kamboja" names the Cambodia chapter)
        asked |= set(tokenize(" ".join(translate_terms(q.original))))
    # (an acronym beside a kind of source names a title by its expansion: "the 2023 TIP report", "laporan TIP
    # 2023" is the "2023 Trafficking in Persons Report"; "kasus TPPO 2017" names no report)
    beside = names_beside_source_noun(q)
    asked |= {t for names in glossary_aliases(beside, chunks).values() for n in names for t in tokenize(n)}
    out: list[str] = []
    by_title: dict[str, int] = {}
    documents = set(q.constraints.documents)
    titles = {c.source_id: c.title for c in chunks if c.kind == "digest"}

    def years_held(tokens) -> bool:  # (a name with a year names one edition: the question must hold the year)
        return all(t in asked for t in tokens if rx.fullmatch(r"(?:19|20)\d\d", t))

    for sid in dict.fromkeys(c.source_id for c in chunks if c.kind == "digest"):
        # a source named by its title ("the ASEAN Leaders' Declaration on Combating Trafficking in Persons …", in
        # either language): most of the title's words, its year included (a dated title names one edition); the
        # title's name before a dash, colon or bracket is enough ("Trafficking in Persons Report 2017 — Indonesia
        # (cited in the paper as …)")
        full = titles[sid]
        named_as = [set(tokenize(t)) for t in dict.fromkeys([full, _TITLE_TAIL.split(full, 1)[0]])]
        if any(len(title) >= TITLE_WORDS and len(title & asked) >= TITLE_SHARE * len(title) and years_held(title)
               for title in named_as):
            out.append(sid)
            by_title[sid] = len(set(tokenize(full.split(" (", 1)[0])) & asked)
            continue
        # (or by the head of its title, the words before its first preposition, with its year: "the 2023 ASEAN
        # declaration" names the "ASEAN Leaders' Declaration on Combating …" of 2023)
        head = set(tokenize(_TITLE_HEAD_END.split(full, 1)[0])) - {y for y in rx.findall(r"\d+", full)}
        year = rx.search(r"(?:19|20)\d\d$", sid)
        if len(head) >= TITLE_HEAD_WORDS and len(head & asked) >= TITLE_SHARE * len(head) and year \
                and year.group(0) in asked:
            out.append(sid)
            continue
        name = sid.split("-")[0]
        lead = tokenize(name)
        if rx.fullmatch(DOCUMENT_KINDS, name, re.I):
            # a law or regulation is named by its number and year ("uu-21-2007" ↔ "Law No. 21 of 2007")
            if any(rx.fullmatch(rf"[a-z]+-{d.replace('/', '-')}", sid) for d in documents):
                out.append(sid)
            continue
        # a source whose id has several words is also named by all of them but one, its year included ("the 2023
        # TIP report on Cambodia" names usdos-tip-2023-cambodia)
        words_of_id = tokenize(sid.replace("-", " "))
        held = [t for t in words_of_id if t in asked]
        if len(words_of_id) >= 3 and len(held) >= len(words_of_id) - 1 and years_held(words_of_id):
            out.append(sid)
            continue
        if not lead or len(lead[0]) < 4:
            continue
        if lead[0] in asked and idf.get(lead[0], 0.0) >= NAMED_SOURCE_IDF:
            out.append(sid)
    if len(by_title) > 1:  # (two editions' chapters: the one whose subtitle the question names, "… Indonesia")
        most = max(by_title.values())
        out = [sid for sid in out if by_title.get(sid, most) == most]
    return out


def outlet_sources(q: Question, context: AnswerContext) -> tuple[str, ...]:
    """The author names of the sources a question names by the outlet or publisher that carried them ("menurut
    VOA", "kata CNBC Indonesia"): the short name of a reference record's venue (an acronym, "VOA", or a short name
    in brackets, "(Setkab)"; not its ordinary words, "Department", "Jakarta") that is rare in the store and that
    the question holds. The in-text citations ("Wardah, 2023") name the author, not the outlet."""
    asked = set(tokenize(q.original))
    out: list[str] = []
    for short, names in context.venue_names:
        if any(context.idf.get(t, 0.0) >= NAMED_SOURCE_IDF for t in short & asked):
            out += [t for t in names if t not in out]
    return tuple(out)


CAPTION_LABEL = r"\b((?:Chart|Table|Figure|Fig\.|Graph|Diagram|Grafik|Tabel|Gambar|Bagan)\s+\d+)\b"


def caption_label(text: str) -> str | None:
    """The label ("Chart 1") a passage starts with when it is a caption of a chart, table or figure."""
    m = rx.match(CAPTION_LABEL, text, re.I)
    return m.group(1) if m else None


_GRAPHIC = r"\b(chart|table|figure|fig\.|graph|diagram|grafik|tabel|gambar|bagan)(?:\s+(\d+))?\b"


_GRAPHIC_KINDS = ({"chart", "graph", "grafik", "diagram", "bagan"}, {"table", "tabel"}, {"figure", "fig.", "gambar"})


def names_caption(question: str, label: str, captions: int = 1) -> bool:
    """Whether a question names the chart or table ``label`` ("Chart 1"): by any word for a graphic with its
    number ("grafik 1", "chart 1"), or without one by a word for its kind when the text has only one caption
    ("the paper's chart"; not "a table for my notes", nor "figure", which also means a number)."""
    number, kind = label.split()[-1], next((k for k in _GRAPHIC_KINDS if label.split()[0].lower() in k), set())
    for m in rx.finditer(_GRAPHIC, question, re.I):
        word = m.group(1).lower()
        if m.group(2) == number or (m.group(2) is None and captions == 1 and word in kind
                                    and word not in ("figure", "fig.")):
            return True
    return False


def front_matter(chunks) -> list[Passage]:
    """The paper's passages before its first numbered section (title block, article info, abstract, the
    corresponding author): what questions about the document itself are answered from."""
    return [Passage(c, 0.0) for c in paper_front(chunks)[0]]


def asks_countries(q: Question) -> bool:
    """"Which countries does the paper mention?", "negara apa aja yang disebut?" (``data`` "inventory")."""
    spec = words()["inventory"]
    return q.answer_type in ("list", "fact", "place") and _any_of(q, spec["things"]) and _any_of(q, spec["mentions"])


def _any_of(q: Question, table: dict[str, list[str]]) -> bool:
    # (the question as typed: "does the paper mention" is framing the cleaned text drops)
    return bool(either_language(table).search(q.original))


def countries_mentioned(q: Question, content: list[Evidence]) -> list[Evidence]:
    """Every country the passages name (the paper's alone unless the question asks past it), each with its best
    sentence, in the order of their first mention — but not those the question excludes ("selain Indonesia &
    Kamboja", "besides Cambodia")."""
    spec = words()["inventory"]["except"]
    cut = either_language(spec).search(q.original)
    excluded = set(countries_in(q.original[cut.end():].lower().replace("&", " and "))) if cut else set()
    body = [e for e in content if e.chunk.kind == "paper"] if not q.wants_source else content
    best: dict[str, Evidence] = {}
    for e in sorted(body, key=lambda e: (e.chunk.order, e.position)):
        for country in countries_in(e.text.lower()):
            if country not in excluded and (country not in best or e.score > best[country].score):
                best[country] = e
    out: list[Evidence] = []
    for e in best.values():
        if e not in out:
            out.append(e)
    return out[:INVENTORY_SENTENCES]


def asked_entity_kind(q: Question) -> str | None:
    """The kind of named thing whose inventory the question asks ("which ministries and agencies does the paper
    name?", "Sebutkan instansi … yang disebut dalam paper"): a noun of the kind beside an interrogative in its
    sentence, and a word of mentioning (``data`` "entity_kinds", "entity_asking", "inventory")."""
    if q.answer_type not in ("list", "fact", "actor") or not _any_of(q, words()["inventory"]["mentions"]):
        return None
    asking = words()["entity_asking"]
    before = either_language(asking["before"])
    after = either_language(asking["after"])
    for kind, spec in words()["entity_kinds"].items():
        for m in either_language(spec["asked"]).finditer(q.original):
            # (the words around the noun, in its own sentence: "which Indonesian ministries", "lembaga apa saja")
            left = rx.split(r"[.?!;:]", q.original[: m.start()])[-1].split()[-4:]
            right = rx.split(r"[.?!;:]", q.original[m.end():])[0].split()[:4]
            if before.search(" ".join([*left, m.group(0)])) or after.search(" ".join(right)):
                return kind
    return None


_NAME_WORD = r"(?:\d+(?:st|nd|rd|th)|No\.|[A-Z][\w'’&-]*)"  # a word of a proper name: capitalised or an ordinal
_NAME_LINK = r"(?:of|for|on|and|against|to|in)"  # the small words inside a name ("Ministry of Foreign Affairs")


@lru_cache(maxsize=8)
def _entity_pattern(kind: str) -> re.Pattern:
    """A name of the kind: capitalised words (with the small words between them) built on one of its head nouns,
    a number and year after it ("Law Number 21 of 2007") and an acronym in brackets; not a month after it."""
    heads = "|".join(re.escape(h) for h in sorted(words()["entity_kinds"][kind]["heads"], key=len, reverse=True))
    word = rf"(?!(?i:{MONTH_RE})\b){_NAME_WORD}"
    return rx.compile(rf"(?:{_NAME_WORD}\s+(?:{_NAME_LINK}\s+)?)*(?:{heads})\b"
                      rf"(?:\s+(?:{_NAME_LINK}\s+)?{word}|\s+(?:of\s+)?\d+(?!\w))*(?:\s*\([A-Z][\w ]*\))?")


def names_of_kind(text: str, kind: str) -> list[str]:
    """The names of the kind a text gives, without the sentence words before them ("The", "At") and not the bare
    head noun ("the Summit")."""
    stops = all_stopwords()
    out = []
    for m in _entity_pattern(kind).finditer(text):
        name = m.group(0).split()
        while name and name[0].lower() in stops:
            name = name[1:]
        if len(name) >= 2:
            out.append(rx.sub(r"['’]s$", "", " ".join(name)))
    return out


def entities_mentioned(q: Question, content: list[Evidence], kind: str) -> list[Evidence]:
    """Every distinct name of the kind the passages give (the paper's alone unless the question asks past it),
    each with the first sentence giving it, in the text's order; a name inside one already found ("US Embassy" in
    "US Embassy and Consulate in Indonesia") is the same one."""
    body = [e for e in content if e.chunk.kind == "paper"] if not q.wants_source else content
    found: list[str] = []
    out: list[Evidence] = []
    for e in sorted(body, key=lambda e: (e.chunk.order, e.position)):
        for name in names_of_kind(e.text, kind):
            if any(name.lower() in f.lower() for f in found):
                continue
            found.append(name)
            if e not in out:
                out.append(e)
    return out[:INVENTORY_SENTENCES]


def chronology(q: Question, content: list[Evidence]) -> list[Evidence]:
    """The dated sentences in the order of their dates (the paper's first when the question asks about the paper;
    only the question's years when it names some): one sentence per date, up to CHRONOLOGY_EVENTS."""
    dated = []
    for e in content:
        if q.wants_paper and e.chunk.kind != "paper":
            continue
        for d, _ in find_dates(e.text):
            if not q.constraints.years or str(d.year) in q.constraints.years:
                dated.append((d, e.chunk.kind != "paper", -e.score, e))
    out: list[Evidence] = []
    seen: set = set()
    for d, _, _, e in sorted(dated, key=lambda x: x[:3]):
        if d not in seen and e not in out:
            seen.add(d)
            out.append(e)
    return out[:CHRONOLOGY_EVENTS]


def figure_after(chosen: list[Evidence], pool: list[Evidence], limit: int) -> list[Evidence]:
    """For a quantity question whose best sentence names the subject but holds no figure of the kind asked for:
    the sentence right after it, when it does, leads ("Data recorded in SIMFONI PPA shows … Around 50.97% were
    children …"); the subject's sentence follows it."""
    if not chosen or chosen[0].parts.get("type", 0.0) > 0.0:
        return chosen
    _, after = neighbours(chosen[0], pool)
    if after is None or after.parts.get("type", 0.0) <= 0.0 or after in chosen:
        return chosen
    return [after, *chosen][:limit]


def named_paper_sections(q: Question, chunks, idf: dict[str, float]) -> list:
    """The paper's chunks of the sections a question names by number ("section 3.5", "bagian 3.5") or by the
    usual name of a paper's part ("the introduction", "pendahuluan", "abstrak"; ``data`` "section_names"), in the
    text's order; none when it names no section, or names a cited source (whose digest is summarised instead)."""
    if q.wants_source or named_sources(q, chunks, idf):
        return []
    named = set(sections_named(q.text, chunks, nested=True))
    return [c for c in chunks if c.kind == "paper" and c.section in named]


def numbered_sections(text: str, chunks, nested: bool = False) -> list[list]:
    """For each section number ``text`` names ("section 3.2", "bagian 3.5"), the paper's chunks of that section
    (not of its sub-sections: "3" is not "3.1", unless ``nested``: a summary of section 3 covers 3.1 to 3.5); not
    a part of the user's own writing ("bab 2 skripsi")."""
    own = "|".join(re.escape(w) for w in words()["own_writing"])
    deeper = r"(?:\.\d+)*" if nested else r"(?![\d.]*\d)"
    return [[c for c in chunks if c.kind == "paper" and rx.match(rf"{re.escape(n)}{deeper}\b", c.section or "")]
            for n in rx.findall(rf"\b(?:{SECTION_WORDS})\s*(\d+(?:\.\d+)*)\b(?!\s+(?:of\s+)?(?:{own})\b)", text,
                                re.I)]


PARENT_SENTENCES = 2  # sentences of a section's own text in the outline of it and its sub-sections


def section_outline(whole: list[Evidence]) -> list[Evidence]:
    """A summary of a section with sub-sections ("summarise section 3", whose 3.1 to 3.5 each set out one of the
    strategies): the section's own sentences most on topic, then each sub-section's heading, quoted as the text
    gives it where it opens the sub-section's first sentence (the heading names its point; else that sentence),
    in the text's order — the text's own structure, not a ranking across the sub-sections. Empty when ``whole``
    is not one section and two or more of its sub-sections."""
    number = {e.chunk.section: m.group(0) for e in whole if (m := rx.match(r"\d+(?:\.\d+)*", e.chunk.section))}
    parents = {s for s, n in number.items() if all(o == n or o.startswith(n + ".") for o in number.values())}
    if len(parents) != 1 or len(number) < 3 or len(number) != len({e.chunk.section for e in whole}):
        return []
    parent = next(iter(parents))
    out = section_summary([e for e in whole if e.chunk.section == parent], PARENT_SENTENCES)
    ordered = sorted(whole, key=lambda e: (e.chunk.order, e.position))
    for section in dict.fromkeys(e.chunk.section for e in ordered if e.chunk.section != parent):
        first = next(e for e in ordered if e.chunk.section == section)
        heading = heading_of(first)
        out.append(Evidence(text=heading, passage=first.passage, position=first.position,
                            tokens=set(tokenize(heading)), score=first.score) if heading else first)
    return sorted(out, key=lambda e: (e.chunk.order, e.position))


FINDINGS = 2  # sentences that state the study's findings, for "what did the paper find?"


def claims_finding(q: Question) -> bool:
    """Whether the question presents its claim as the study's finding or conclusion ("the paper found …",
    "penulis nyimpulin …")."""
    return bool(either_language(words()["findings"]).search(q.text))


def conclusion_chunks(chunks) -> list:
    """The paper's conclusion: the section whose heading uses a usual name of that part ("Conclusion")."""
    return section_chunks(chunks, "conclusion")


def section_chunks(chunks, part: str) -> list:
    """The paper's passages of one part ("conclusion", "method"): those whose heading uses a usual name of it."""
    names = phrase_pattern(words()["section_names"][part])
    return [c for c in chunks if c.kind == "paper" and names.search(c.section or "")]


def method_sentences(chunks) -> list[Evidence]:
    """The sentences of the paper's method section that name its approach or technique ("The research technique
    used is literature review …"; the synonym group of "method"), in the order of the text."""
    group = next((g for g in synonym_groups() if "method" in g), set())
    out = []
    for c in section_chunks(chunks, "method"):
        for i, text in enumerate(chunk_sentences(c)):
            tokens = set(tokenize(without_heading(text, c.section) if i == 0 else text))  # (not the heading's word)
            if tokens & group:
                out.append(Evidence(text=text, passage=Passage(c, 0.0), position=i, tokens=tokens, score=0.0))
    return out


def of_the_study(q: Question) -> bool:
    """Whether the question asks what the study itself did: it names the paper (even as the subject of a citing
    verb: "penelitian ini memakai …"), and not what it recommends to future researchers ("the paper suggests
    interviews")."""
    return bool(either_language(words()["paper_words"]).search(q.original)) and not either_language(
        words()["irrealis"]).search(q.original)


_SOURCE_BEFORE = re.compile(r"\b(?:from|dari|according\s+to|menurut)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def unnamed_method(q: Question, chunks) -> tuple[str, Evidence] | None:
    """A technique of research that a question attributes to the study itself ("why did this study survey victims",
    "penelitian ini kan pakai kuesioner", "did the authors interview victims?"; ``data`` "research_techniques")
    and that the paper's method section never names, with the section's first sentence on the technique it did
    use; None when the question attributes nothing to the paper, or its method section names that technique."""
    if not of_the_study(q):
        return None
    method = " ".join(c.text for c in section_chunks(chunks, "method")).lower()
    used = method_sentences(chunks)
    if not method or not used:
        return None
    # (the technique is attributed to the study in a sentence that names the study: in "In which years has the
    # national survey (SPHPN) been run? The paper only cites two rounds of it" the survey is another's)
    paper = either_language(words()["paper_words"])
    attributed = " ".join(s for s in sentences_of(q.original) if paper.search(s))
    # (nor is a technique that qualifies figures: "its 2016 and 2021 survey figures" are another's survey, cited;
    # nor one named as where something comes from: "angka yang dikutip paper dari survei 2016", "figures from a
    # survey")
    figures = phrase_pattern(words()["figure_nouns"])
    # (a technique offered as one of a choice, "kualitatif apa kuantitatif?", is asked about, not attributed)
    choice = CHOICE_OF_TWO.search(q.text.lower())
    offered = " ".join([*offered_alternatives(q.text), choice.group(0) if choice else ""])
    for group in words()["research_techniques"]:
        asked = phrase_pattern(group).search(q.text)
        if asked and phrase_pattern(group).search(offered):
            continue
        if asked and phrase_pattern(group).search(attributed) and not phrase_pattern(group).search(method) \
                and not figures.match(q.text[asked.end():].lstrip()) \
                and not _SOURCE_BEFORE.search(q.text[:asked.start()]):
            return asked.group(0), used[0]
    return None


def best_in_conclusion(content: list[Evidence], key) -> Evidence | None:
    """The sentence of the paper's conclusion that ranks highest by ``key`` (None when no conclusion sentence is
    among the evidence)."""
    ids = {c.id for c in conclusion_chunks([e.chunk for e in content])}
    return max((e for e in content if e.chunk.id in ids), key=key, default=None)


def sections_named(text: str, chunks, nested: bool = False) -> list[str]:
    """The headings of the paper's sections that ``text`` names, by number (with their sub-sections when
    ``nested``) or by a paper part's usual name."""
    paper = [c for c in chunks if c.kind == "paper"]
    out = [c.section for section in numbered_sections(text, paper, nested) for c in section]
    if out:  # a section named by its number is the one meant ("the discussion after section 3.5")
        return list(dict.fromkeys(out))
    # (an Indonesian name may carry a clitic: "kesimpulannya")
    words_ = " ".join(inflections(w)[1] if len(inflections(w)) > 1 else w for w in text.split())
    for heading_word, forms in words()["section_names"].items():
        if phrase_pattern(forms).search(words_):
            hits = {c.section for c in paper if heading_word in (c.section or "").lower()}
            if len(hits) == 1:
                out += hits
    return list(dict.fromkeys(out))


def without_figures(claim: str, given: set[str]) -> tuple[str, list[str]]:
    """A restated claim without its figures, in digits or in words ("just five years"), with their units and
    magnitudes ("15jt", "11 million", "5 years"): the answer states no figure its cited passages lack. A figure in
    ``given`` (the ``figure_key``s of the sentence quoted against the claim) stays, unless it is a year; the
    figures kept are returned too."""
    kept: list[str] = []

    def strip(m: re.Match) -> str:
        digits = rx.search(r"\d[\d.,]*\d|\d", m.group(0))
        figure = digits.group(0) if digits else NUMBER_WORDS[m.group("word").lower()]
        if figure_key(figure) in given and not rx.fullmatch(r"(?:19|20)\d\d", figure):
            kept.append(figure)
            return m.group(0)
        return ""

    number_words = "|".join(NUMBER_WORDS)
    plain = rx.sub(r"\s*\b(?:in|on|of|at|since|from|by|pada|tahun|sejak|dari|ke-?)?\s*"
                   r"(?:just\s+|only\s+|hanya\s+|cuma\s+)?(?:Rp\.?\s*|US\$\s*)?"  # (a currency sign with it: "Rp1")
                   rf"(?:\d[\d.,/%–-]*(?:st|nd|rd|th|[a-z]{{1,3}})?|\b(?P<word>{number_words})\b)"
                   r"(?:\s+(?:million|billion|thousand|juta|ribu|miliar))?"
                   r"(?:\s+(?:years?|months?|weeks?|days?|tahun|bulan|minggu|hari|percent|persen))?(?!\w)", strip,
                   claim, flags=re.I).strip()
    plain = rx.sub(r"\s*\(\s*[,;]?\s*\)", "", plain)  # (a bracket emptied of its figure goes too: "Khairi (2021)")
    return plain, kept


def correction_rank(e: Evidence) -> float:
    """How much a sentence says on the subject of a claim being corrected: the things the question names (its
    constraints) and closeness in meaning, the paper's sentences first."""
    return e.parts.get("constraints", 0.0) + e.parts.get("meaning", 0.0) + KIND_PRIOR.get(e.chunk.kind, 0)


FILLER_REACH = 2  # words before a filler in which a country qualifies it ("Malaysian Prime Minister …")
_SHARE = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s*(?:%|\bpercent\b|\bpersen\b)", re.I)
_SHARE_CLAUSE_END = re.compile(r"[,;:.?!()]|\s[-–]\s")
# (the name right after an office: "President Joko Widodo")
_PERSON_AFTER = re.compile(r"\s+((?:[A-Z][\w'’.-]*\s?){1,4})")


def _weight(tokens: set[str], idf: dict[str, float]) -> float:
    return sum(idf.get(t, 1.0) for t in tokens)


def _content_tokens(text: str, lang: str) -> set[str]:
    """A phrase's terms, with an Indonesian word's English renderings (not filler)."""
    words_ = [w for w in rx.findall(r"[^\W\d_]+", text) if w.lower() not in all_stopwords()]
    toks = set(tokenize(" ".join(words_)))
    return toks | set(rendered_tokens(" ".join(words_))) if lang == "id" else toks


def _fillers(q: Question, item: str, idf: dict[str, float]):
    """How a sentence fills the place of ``item``, a part of the question's claim the sources lack (its figure, body,
    office holder or country), with something else of the same kind: a function of a sentence's text giving that
    filler (or None), or None when ``item`` is of no such kind. A figure is filled by another figure counting the
    same noun ("12 chapters" → "nine chapters"), a share by another share of the same thing (the terms after it,
    most of their weight: "60% … for forced labour" → "38% for forced labour"); a person after an office by another
    person after an office of the same head ("Vice President …" → "President Joko Widodo"); a body by another of
    the same head noun ("Ministry of Justice" → "Ministry of Interior"); a country by another country."""
    found = rx.search(rf"(?<![\w-]){re.escape(item)}[\w-]*%?", q.text, re.I)
    if found is None:
        return None
    after = q.text[found.end():]
    digits = rx.fullmatch(r"(\d[\d.,]*)%?", found.group(0))
    if digits and not rx.fullmatch(r"(?:19|20)\d\d", digits.group(1)):
        own = figure_key(digits.group(1))
        if found.group(0).endswith("%") or rx.match(r"\s*(?:%|percent\b|persen\b)", after, re.I):
            rest = rx.sub(r"^\s*(?:%|percent|persen)", "", after, flags=re.I)
            said = _content_tokens(_SHARE_CLAUSE_END.split(rest)[0], q.language)
            if not said:
                return None

            def share(text: str) -> str | None:
                for m in _SHARE.finditer(text):
                    clause = _SHARE_CLAUSE_END.split(text[m.end():])[0]
                    if figure_key(m.group(1)) != own and \
                            _weight(said & set(tokenize(clause)), idf) >= 0.5 * _weight(said, idf):
                        return m.group(0)
                return None
            return share
        noun = next(iter(rx.findall(r"[^\W\d_]+", after)[:1]), "")
        if not noun or noun.lower() in all_stopwords():
            return None
        counted = set(tokenize(noun)) | set(rendered_tokens(noun))
        # (a noun of people counted is also the word before the figure: "korbannya 212 org" counts victims)
        before_word = rx.sub(r"nya$", "", (q.text[:found.start()].split() or [""])[-1].lower())
        if counted & set(tokenize("people persons individuals")) and before_word not in all_stopwords():
            counted |= set(tokenize(before_word)) | set(rendered_tokens(before_word))
        number_words = "|".join(NUMBER_WORDS)

        def count(text: str) -> str | None:
            for m in rx.finditer(rf"(?<![\w.,])(\d[\d.,]*\d|\d|\b(?:{number_words})\b)((?:\s+[^\W\d_]+){{1,2}})",
                                 text, re.I):
                figure = NUMBER_WORDS.get(m.group(1).lower(), m.group(1))
                if figure_key(figure) == own or rx.fullmatch(r"(?:19|20)\d\d", figure):
                    continue
                following = m.group(2).split()
                upto = next((i for i, w in enumerate(following) if counted & set(tokenize(w))), None)
                if upto is not None:  # ("nine chapters", "534 distinct trafficking flows")
                    return " ".join([m.group(1), *following[:upto + 1]])
            return None
        return count
    name = found.group(0)
    before = q.text[max(0, found.start() - 40):found.start()]
    office = next((m for m in office_pattern().finditer(f"{before}{name}")
                   if rx.fullmatch(r"\s*(?:[A-Z][\w'’.-]*\s*){0,3}", f"{before}{name}"[m.end():len(before)] or " ")
                   or m.end() > len(before)), None)
    if office is not None:
        group = office_group(office.group(0))
        head = group[0].split()[-1]
        # (an office the question names without its holder is filled by another office of the same head, "Wapres"
        # by "President Joko Widodo"; a holder it names, by another holder)
        bare = office.end() > len(before)

        def holder(text: str) -> str | None:
            if item.lower() in text.lower():
                return None
            for m in office_pattern().finditer(text):
                person = _PERSON_AFTER.match(text[m.end():])
                other = office_group(m.group(0))
                if person and other[0].split()[-1] == head and not (bare and other == group):
                    return f"{m.group(0)}{person.group(0)}".strip()
            return None
        return holder
    bodies = [n for n in names_of_kind(q.text, "organisation") if item.lower() in n.lower()]
    if bodies:
        heads = words()["entity_kinds"]["organisation"]["heads"]
        kind = next((h for h in heads if rx.search(rf"\b{re.escape(h)}\b", bodies[0])), None)

        def body(text: str) -> str | None:
            return next((n for n in names_of_kind(text, "organisation") if kind and rx.search(rf"\b{kind}\b", n)
                         and item.lower() not in n.lower()), None)
        return body
    country = countries().get(name.lower().rstrip("%"))
    if country is not None:
        def other_country(text: str) -> str | None:
            named = countries_in(text)
            return None if country in named else next(iter(named), None)
        return other_country
    return None


def substitute(q: Question, missing: list[str], content: list[Evidence],
               idf: dict[str, float]) -> tuple[Evidence, str] | None:
    """The sentence that states what the question claims with another filler in the place of the part the sources
    lack (``_fillers``: a figure of the same noun, a share of the same thing, another holder of the same office,
    another body of the same kind, another country): what corrects the claim. Of several, the one whose filler is
    of a country the question names (in it or in the ``FILLER_REACH`` words before it: "Cambodia's Ministry of
    Interior"), then one holding any of the question's constraints, then the most about the question (its
    constraints and meaning); None when no sentence has such a filler."""
    places = set(countries_in(q.text))
    best: tuple[tuple, Evidence, str] | None = None
    for item in missing:
        fill = _fillers(q, item, idf)
        if fill is None:
            continue
        for e in content:
            filler = fill(e.text)
            if filler is None:
                continue
            at = e.text.find(filler)
            near = " ".join([*e.text[:max(at, 0)].split()[-FILLER_REACH:], filler])
            key = (bool(places & set(countries_in(near))), e.parts.get("constraints", 0.0) > 0, correction_rank(e))
            if best is None or key > best[0]:
                best = (key, e, filler)
    return (best[1], best[2]) if best else None


def act_tokens(q: Question) -> set[str]:
    """The terms of the act an actor question asks the doer of (``asked_act``)."""
    return verb_terms(asked_act(q), q.language)


def act_siblings(q: Question, pool: list[Evidence], passages: list[Passage], context: AnswerContext) -> list[Passage]:
    """The other passages of a digest in the evidence that name the act an actor question asks the doer of, when
    no sentence of the evidence names it: "who opened the coordination meeting in Bekasi?" finds the digest by its
    opening (the meeting, Bekasi), and the sentence "The meeting was opened by …" stands in another passage of that
    digest, which the question's other names kept out of the retriever's best. (A digest reports one event, so
    its passages are read together: ``identity_of`` gives each of its sentences the digest's opening.)"""
    act = act_tokens(q)
    if not act or any(act & set(e.tokens) for e in pool):
        return []
    have = {p.chunk.id for p in passages}
    sources = {p.chunk.source_id for p in passages if p.chunk.kind == "digest"}
    low = min((p.score for p in passages), default=0.0)
    return [Passage(c, low, rank=len(passages)) for c in context.chunks
            if c.kind == "digest" and c.source_id in sources and c.id not in have and act & set(tokenize(c.text))]


HEADING_SOURCES = 2  # the digests of the best passages whose other sections a question's words may name


def heading_siblings(q: Question, passages: list[Passage], context: AnswerContext) -> list[Passage]:
    """The other sections of a digest among the best passages whose heading names what the question asks about
    ("what commitments does it make for victims?" finds the declaration's digest by its title, and its section
    "Main commitments" lies beyond the retriever's best): a digest's headings are its own index of what it holds."""
    if q.answer_type not in ("fact", "list"):
        return []  # (a summary, a comparison or a figure draws on what the retriever found; a heading names no value)
    have = {p.chunk.id for p in passages}
    sources = list(dict.fromkeys(p.chunk.source_id for p in passages if p.chunk.kind == "digest"))[:HEADING_SOURCES]
    if not sources:
        return []
    asked = {t for w in content_words(q.text, q.language) for t in tokenize(w)}
    if q.language == "id":
        asked |= {t for w in content_words(q.text, q.language) for t in tokenize(" ".join(translate_terms(w)))}
    # (what the question asks about, not what names the source: its names, places and years, "the 2023 US TIP Report")
    named = q.constraints
    asked -= {t for n in [*named.names, *named.places, *named.years, *named.documents] for t in tokenize(n)}
    low = min((p.score for p in passages), default=0.0)
    # (a section that names the question's countries: the Indonesia chapter's "Tier" section does not answer for
    # Cambodia)
    return [Passage(c, low, rank=len(passages)) for c in context.chunks
            if c.kind == "digest" and c.source_id in sources and c.id not in have
            and asked & (set(tokenize(c.section)) - set(tokenize(c.title)))  # (a heading's words that name the
            # source, "Indonesia in the 2023 report" of the 2023 TIP Report's Indonesia chapter, name no section)
            and all(has_constraint(f"{c.title} {c.text}", p) for p in q.constraints.places)]


@lru_cache(maxsize=4096)
def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of adjacent words of a text (its tokens, function words left out): the two-word names it uses
    ("TIP report")."""
    toks = tokenize(text)
    return frozenset(zip(toks, toks[1:], strict=False))


def named_in(e: Evidence, pool: list[Evidence]) -> set[str]:
    """A sentence's terms, with those of the next one when it names what this one speaks of ("… formed a special
    team. This team is the Human Trafficking Crime Task Force …")."""
    after = neighbours(e, pool)[1]
    return set(e.tokens) | (set(after.tokens) if after is not None and IDENTIFIES.match(after.text) else set())


_EDITION_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|ke-?\d+)$", re.I)  # "22nd", "ke-42": an edition, no count
_ORDINAL_TOKEN = re.compile(r"^(?:\d+(?:st|nd|rd|th)|ke-?\d+|\d+)$", re.I)


@lru_cache(maxsize=1)
def _head_boundaries() -> dict[str, frozenset[str]]:
    table, prepositions = words()["postmodifier_openers"], words()["compound"]["prepositions"]
    return {lang: frozenset(table[lang]) | frozenset(prepositions[lang]) for lang in ("en", "id")}


@lru_cache(maxsize=1)
def _not_heads() -> frozenset[str]:
    """Ranks ("first", "kedua") and nouns of time ("date", "tanggal"): no event's head."""
    ranks = {w.lower() for forms in words()["ordinal_claims"].values() for w in forms}
    return frozenset(ranks | {w for lang in ("en", "id") for w in words()["time_nouns"][lang]})


@lru_cache(maxsize=1)
def _time_nouns_en() -> frozenset[str]:
    """The English nouns of time ("date", "day"; word list ``time_nouns``)."""
    return frozenset(w.lower() for w in words()["time_nouns"]["en"])


def head_word(part: str, lang: str) -> str:
    """The head word of an event's noun phrase, not a rank or a modifier: in Indonesian the first content word
    ("pembentukan Satgas", "KTT ke-42"); in English the last content word before the phrase's first preposition or
    relative word ("the ASEAN summit at which …" → summit, "the first meeting of the WG" → meeting), or the
    phrase's gerund when it has one ("Mahfud MD urging ASEAN bodies to …" → urging)."""
    boundaries = _head_boundaries().get(lang, frozenset())
    seen: list[str] = []
    # (a clause that names the text to answer from, "menurut digest ACTIP, dari KTT …", names no event)
    part = _attribution_clause().sub("", part, count=1)
    found = rx.findall(r"[\w’'-]+", part)
    for i, w in enumerate(found):
        low = w.lower()
        if seen and lang == "en" and low in boundaries:
            # (a preposition inside a capitalised title is part of its name: "the 2023 Trafficking in Persons
            # Report was released" runs on past "in", and its head is not "Trafficking")
            # (not a place after it: "the six MoUs in Labuan Bajo" ends at "MoUs")
            if low in _TITLE_PREPOSITIONS and seen[-1][:1].isupper() and i + 1 < len(found) \
                    and found[i + 1][:1].isupper() and not _place_start().match(" ".join(found[i + 1:i + 3]).lower()):
                continue
            break
        if seen and lang == "en" and low in _time_nouns_en():
            break  # (a noun of time after the phrase ends it, a relative clause follows: "the formation date the
            # paper gives" → formation)
        if _ORDINAL_TOKEN.match(low) or low in _not_heads() or not content_words(w, lang):
            continue
        seen.append(w)
        if lang != "en":
            # (a noun with "-nya" right after names the first word's event: "Indonesia ratifikasinya" is
            # Indonesia's ratification)
            after = found[i + 1] if i + 1 < len(found) else ""
            if after.lower().endswith("nya") and len(after) > 6 and content_words(after[:-3], lang):
                seen[-1] = after
            break
    gerunds = [w for w in seen if w.lower().endswith("ing") and len(w) > 5 and not w[:1].isupper()]
    return (gerunds[0] if gerunds else seen[-1]) if seen else ""


_TITLE_PREPOSITIONS = frozenset({"in", "of", "on", "for", "against", "to"})  # (not a relative word: "… SOMTC where …")


@lru_cache(maxsize=1)
def _place_start() -> re.Pattern:
    """The gazetteer's countries and cities (lower case) as one pattern, matched at the start of a text: built
    once, not for every preposition an event's words hold."""
    names = {*countries(), *(c.lower() for cs in cities().values() for c in cs)}
    return rx.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _attribution_clause() -> re.Pattern:
    """A leading clause, up to its comma, that names the text a question is to be answered from."""
    openers = either_language(words()["attribution_openers"]).pattern
    return rx.compile(rf"^\s*(?:{openers})\s[^,?.]{{1,60}},\s*", re.I)


def event_head(part: str, lang: str) -> set[str]:
    """The terms of an event's head word (``head_word``: "the formation of …" → formation, "pembentukan …"), with
    its synonym group and word family."""
    head = head_word(part, lang)
    # (a gerund's verb in its other forms: "urging" → urge, urged, urges, as the sentences write it)
    stem = head[:-3] if lang == "en" and head.lower().endswith("ing") and len(head) > 5 else ""
    head = " ".join([head, *(stem + end for end in ("", "e", "ed", "es") if stem)])
    heads = part_tokens(head, lang) if head else set()
    return heads | synonyms_of(heads) | {f for t in heads for f in word_family(t)}


_VERB_PRONOUN = re.compile(r"\b([A-Za-z]+)\s+(?:it|them)\b")  # a verb and the pronoun it takes: "signed it"


def event_verb(part: str, lang: str) -> set[str]:
    """The terms of the passive verb by which an Indonesian clause names what happened to its head ("ACTIP
    ditandatangani": the signing, not the entry into force), with its synonym group; empty when it has none."""
    if lang != "id":
        return set()
    verb = next((w for w in rx.findall(r"[\w-]+", part) if passive_verb(w) or (
        w.lower().startswith("di") and len(w) > 6 and translate_terms(w) != [w.lower()])), "")
    terms = part_tokens(verb, lang) if verb else set()
    return terms | synonyms_of(terms)


def event_terms(part: str, lang: str) -> set[str]:
    """The terms by which a sentence's clause names an event: its head's (``event_head``) and its other words."""
    return event_head(part, lang) | part_tokens(part, lang)


ONE_SOURCE_FIT = 0.7  # share of its event's best fit a sentence needs to count toward dating the span by one source


@lru_cache(maxsize=1)
def _RANK_LABEL() -> re.Pattern:  # noqa: N802 - a constant, built once
    """A rank label with its number and the words that qualify it ("Tier 2 Watch List"; list ``rank_labels``)."""
    return rx.compile(rf"(?:{rank_words()})\s+\d+(?:\s+[A-Za-z]+){{0,2}}", re.I)


def event_dates(dated: list[Evidence], pool: list[Evidence], parts: list[str], lang: str,
                idf: dict[str, float], width: int = 6, yearly: list[Evidence] = ()) -> list[Evidence]:
    """One dated sentence for each event of "how long after A did B": the sentences that fit the events best
    together (each sentence and each first date used once), not each event's best in turn, which lets the first
    event take the sentence that names both and leaves the second a wrong one. An event named by a noun phrase
    ("the formation of the task force", "pembentukan Satgas") is its head word, the phrase's first content word in
    both languages: a sentence that names the head (or a word of its synonym group or family) is preferred to one
    that only names the participants, which the events may share. An event that no sentence with a day or a month
    names is dated by a sentence of ``yearly`` that names it with a year alone."""
    # (each sentence's terms and first date once: the pairs below are many, and ``named_in`` reads the pool)
    every = [*dated, *yearly]
    named = {id(e): named_in(e, pool) for e in every}
    first = {id(e): [d for d, _ in (find_dates(e.text) or find_months(e.text) or find_years(e.text))[:1]]
             for e in every}
    # (the words of each date's clause, for a sentence that dates several events; None for one date or none)
    clauses = {id(e): [set(tokenize(c)) for c in date_clauses(e.text, found)]
               if len(found := dates_or_months(e.text) or find_years(e.text)) >= 2 else None for e in every}

    def on_documents(e: Evidence, part: str) -> bool:
        """The sentence names each law or regulation the part numbers ("Perpres 49/2023 signed"), in the clause of
        one of its dates when it gives several ("… signed six police MoUs there on 21 Aug 2023. Daily chair of the
        Gugus Tugas under Perpres 49/2023" dates no act of the Perpres)."""
        # (or the source whose digest it is: the digest of Perpres 19/2023 says "signed by President Joko Widodo on
        # 22 February 2023")
        documents = [d for d in document_keys(part) if not has_constraint(f"{e.chunk.title} {e.chunk.section}", d)]
        if not documents:
            return True
        found = dates_or_months(e.text) or find_years(e.text)
        texts = date_clauses(e.text, found) if len(found) >= 2 else [e.text]
        return any(all(has_constraint(t, d) for d in documents) for t in texts)

    def names_event(e: Evidence, heads: set[str]) -> bool:
        """The sentence names the event's head, in the clause of one of its dates when it dates several (a glossary
        entry's term is the subject of each of its clauses: "Satgas TPPO: … set up by the Kapolri on 5 June 2023")."""
        term = set(tokenize(e.chunk.section)) if e.chunk.kind == "glossary" else set()
        return bool(heads & named[id(e)]) and (clauses[id(e)] is None or any(heads & (c | term)
                                                                              for c in clauses[id(e)]))

    if len(parts) == 2:
        # one sentence that dates each event in a clause of its own ("signed … on 22 February 2023 and reported in
        # the press on 27 February 2023") gives both: each event by its head or its verb in a different clause
        acts = [event_head(p, lang) | event_verb(p, lang) for p in parts]
        # (and names the laws or regulations the parts number: ``on_documents`` below)
        both = [e for e in dated if clauses[id(e)] is not None and any(
            acts[0] & a and acts[1] & b and not acts[1] & a for i, a in enumerate(clauses[id(e)])
            for j, b in enumerate(clauses[id(e)]) if i != j) and all(on_documents(e, p) for p in parts)]
        if both:
            return [max(both, key=lambda e: e.score)]

    shortlists = []
    all_named = True
    for part in parts[:MAX_PARTS]:
        terms = part_tokens(part, lang)
        heads = event_head(part, lang)
        # (an event the part numbers, "dari KTT ASEAN ke-18", is that edition: a sentence on another edition of
        # the same event, "signed at the 27th ASEAN Summit", dates another event)
        numbers = numbered_editions(part, lang)
        numbered = [e for e in every if edition_pattern(numbers).search(e.text)] if numbers else []
        # (and one that names what happened to it, "ACTIP ditandatangani", is on that event: its signing, not its
        # entry into force)
        verb = event_verb(part, lang)
        acted = ([e for e in dated if verb & named[id(e)] and names_event(e, heads)] or [
            # (else one of a digest on it whose verb takes a pronoun, which stands for the digest's subject: "The
            # ten ASEAN leaders signed it …")
            e for e in dated if e.chunk.kind == "digest" and heads & set(tokenize(e.chunk.title))
            and any(verb & set(tokenize(m.group(1))) for m in _VERB_PRONOUN.finditer(e.text))]) if verb else []
        # (an event the part dates itself, "KTT ke-42 (10 mei 2023)", is dated by a sentence giving that date:
        # one that names the event in another language, "the 42nd ASEAN Summit on 10 May 2023", not one that
        # names it in the part's words without the day, "KTT ke-42 ASEAN … (Labuan Bajo, May 2023)")
        own = {d for d, _ in find_dates(part)}
        holding = [e for e in every if own & {d for d, _ in find_dates(e.text)}] if own else []
        # (a sentence that dates several events names this one in the clause of one of its dates)
        naming = holding or [e for e in numbered if names_event(e, heads)] or acted or [
            e for e in dated if names_event(e, heads)] or [e for e in yearly if names_event(e, heads)]
        # (an event of a law or regulation the part numbers, "Perpres 49/2023 signed", is dated by a sentence on
        # that document: another document's signing, "signed six bilateral police MoUs there on 21 Aug 2023", is
        # another act)
        naming = [e for e in naming if on_documents(e, part)] or naming
        all_named = all_named and bool(naming)
        naming = naming or dated
        fits = [(e, e.score + idf_coverage(named[id(e)], terms, idf)) for e in naming]
        shortlists.append(sorted(fits, key=lambda ef: -ef[1])[:width])
    best: tuple[tuple[bool, float], tuple[tuple[Evidence, float], ...]] = ((False, float("-inf")), ())
    for combo in itertools.product(*shortlists):
        firsts = [d for e, _ in combo for d in first[id(e)]]
        if len({e.text for e, _ in combo}) < len(combo) or len(set(firsts)) < len(firsts):
            continue
        # (the ends of one span come from one source when one source dates every event by name: a span from one
        # source's date to another's is neither's, where the sources date an event differently)
        # (and only from sentences that fit their events about as well as the best do: the meeting of another body
        # that one source dates is no date of the meeting asked about, which only another source dates)
        one_source = all_named and len({(e.chunk.kind, e.chunk.source_id) for e, _ in combo}) == 1 and all(
            fit >= ONE_SOURCE_FIT * s[0][1] for (_, fit), s in zip(combo, shortlists, strict=True))
        total = (one_source, math.fsum(fit for _, fit in combo))
        if total > best[0]:
            best = (total, combo)
    return [e for e, _ in best[1]] or [s[0][0] for s in shortlists[:1] if s]


@lru_cache(maxsize=1)
def _months_asked() -> re.Pattern:
    """A span asked in months ("berapa bulan", "how many months"): the month phrases of ``interval_spans``."""
    return phrase_pattern([w for lg in ("en", "id") for w in words()["interval_spans"][lg]
                           if rx.search(r"month|bulan", w)])


def edition_years(q: Question) -> list[str]:
    """The years a question asks with, alone, in its own question ("when was the 2023 TIP Report released?"):
    not those of a statement before it ("The 2023 declaration works through ACTIP. When was ACTIP signed?"), nor
    the ends of a period ("the 2020-2024 plan")."""
    asked = " ".join(x for x in rx.split(r"(?<=[.?!])\s+", q.text) if "?" in x) or q.text
    return [y for y in q.constraints.years if y in {m.group(1) for m in _YEAR_ALONE.finditer(asked)}]


def asked_months(q: Question) -> set[int]:
    """The months a question names with a year ("as of October 2023", "sampe oktober 2023"), by number."""
    return {_MONTHS[m.group(1).lower()] for m in MONTH_OF_YEAR.finditer(q.text)}


def names_month(text: str, months: set[int]) -> bool:
    """Whether ``text`` names one of ``months`` (in either language, or abbreviated)."""
    return any(_MONTHS[m.group(0).lower()] in months for m in rx.finditer(rf"\b(?:{MONTH_RE})\b", text, re.I))


SECTION_SHARE = 0.6  # of a long section's sentences that its summary keeps (0.5: summaries +6 on training, 0.6: +9)


def section_summary(section: list[Evidence], k: int) -> list[Evidence]:
    """A summary of one whole section: its sentences most relevant to the question, each unlike those already
    chosen (MMR), in the text's order: ``k``, or ``SECTION_SHARE`` of a long section's sentences, at most.
    (Weighing each sentence's closeness to the section's centroid as well changed no eval answer: left out; so did
    seeding it with each passage's best sentence, which lost a training and a held-out summary.)"""
    if not section:
        return []
    # (a long section keeps a share of its sentences: nine of twenty left out what whole paragraphs said)
    k = max(k, round(SECTION_SHARE * sum(len(e.tokens) >= 4 for e in section)))
    value = fact_weighted(section)
    chosen: list[Evidence] = []
    while len(chosen) < k:
        rest = [e for e in section if e not in chosen and len(e.tokens) >= 4]
        if not rest:
            break
        chosen.append(max(rest, key=lambda e: MMR_LAMBDA * value[id(e)] - (1 - MMR_LAMBDA) * max(
            (similarity(e, c) for c in chosen), default=0.0)))
    chosen.sort(key=lambda e: (e.chunk.order, e.position))
    return chosen


OWN_ENTRIES = 2  # glossary entries of the terms a summary is about, at most


def own_entries(q: Question, content: list[Evidence]) -> list[Evidence]:
    """The glossary entries of the terms a summary is about ("summarise what the sources say about IOM"): the
    entry whose term is a name the question gives (the glossary says what the thing is, the rest what the texts
    say of it)."""
    names = {n.lower() for n in q.constraints.names}
    out = [e for e in content if e.chunk.kind == "glossary" and e.chunk.section.lower() in names]
    return out[:OWN_ENTRIES]


RECORD_LEADS = ("Reference entry", "The paper uses it for", "Anomaly")  # a record's lines that say most of a work


RECORD_ASKED_TYPES = ("fact", "definition", "list", "method", "date")  # what a work's record may answer, quoted whole
RECORD_ANSWER_LINES = 2  # the record's lines that answer, before its entry
# the lines of a record that repeat another or say nothing of the work ("As printed in the reference list: …")
_RECORD_NOISE = ("As printed", "Status:", "In-text citation:", "Cited in:")


# a reference list's date of a work to the day, after its year as APA prints it: "(2018, March 12)"
_PRINTED_DATE = re.compile(rf"\((?:19|20)\d\d,\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}\)", re.I)


_RECORD_AUTHORS: list = [None, []]  # (the chunk list read, its records without a digest as ``_record_authors`` gives)


def _record_authors(chunks) -> list[tuple[Chunk, str, str | None, str | None, bool]]:
    """The reference records the knowledge base holds no digest of, each with its first author's name, its year,
    its second author's name and whether the paper's own authors share the first name ("Pratiwi"); read once per
    chunk list (kept, so that the list's identity stays its own)."""
    if _RECORD_AUTHORS[0] is chunks:
        return _RECORD_AUTHORS[1]
    digested = {c.source_id for c in chunks if c.kind == "digest"}
    own = " ".join(p.chunk.text for p in front_matter(chunks))
    out = []
    for c in chunks:
        if c.kind != "reference" or c.source_id in digested or ", " not in c.title:
            continue
        author = c.title.split(", ", 1)[0]
        year = rx.search(r"\((\d{4})\)", c.title)
        other = rx.search(r"&\s+([A-Z][\w'’-]+)", c.title)
        out.append((c, author, year.group(1) if year else None, other.group(1) if other else None,
                    bool(rx.search(rf"\b{re.escape(author)}\b", own))))
    _RECORD_AUTHORS[:] = [chunks, out]
    return out


def records_asked_of(q: Question, chunks, idf: dict[str, float]) -> list[Evidence]:
    """The lines of the one reference record whose first author the question names ("Cordisco Tsai dkk", "Miles
    et al.", with or without the year), when the knowledge base holds no digest of that work and the author's
    name is rare in the store; empty otherwise (none or several such works)."""
    # (a work cited in a sentence before the one that asks about another thing it names is context, "Paper
    # menyebut … (Wangke, 2016). Bagaimana peran MAPO …?"; not before one that points back to it, "… emang
    # bukunya ngebahas itu?"; nor is the paper's own author another work's: "Pratiwi")
    last = last_sentence(q.original)
    asking = last if [n for n in q.constraints.names if n in last] else q.original
    low = asking.lower()
    years = set(rx.findall(r"\b(?:19|20)\d\d\b", asking))
    found = []
    for c, author, year, other, shared in _record_authors(chunks):
        if author.lower() not in low or not rx.search(rf"\b{re.escape(author)}\b", asking, re.I):
            continue
        tokens = tokenize(author)
        if not tokens or any(idf.get(t, 0.0) < NAMED_SOURCE_IDF for t in tokens):
            continue
        # (a name the paper's own authors share names this work only with its year or its co-author: "Pratiwi &
        # Yunda (2020)", not "Pratiwi & Sukandar")
        if shared and not ((year and year in years) or (other and rx.search(rf"\b{other}\b", asking, re.I))):
            continue
        if not years or not year or year in years:
            found.append(c)
    if len({c.source_id for c in found}) != 1:
        return []
    # (the entry as the reference list prints it repeats the record's entry, except where it dates the work to the
    # day, "Salamah, L. (2018, March 12)": for a date asked, that is the answer)
    return [unscored_evidence(found[0], i, t) for i, t in enumerate(chunk_sentences(found[0]))
            if not t.startswith(_RECORD_NOISE) or (q.answer_type == "date" and t.startswith("As printed")
                                                    and _PRINTED_DATE.search(t))]


def record_answer(lines: list[Evidence], q_tokens: set[str], idf: dict[str, float],
                  dated: bool = False) -> list[Evidence]:
    """Of a record's lines, those sharing most of the question's terms (the author's name aside, which every
    line's record holds), then the record's entry; for a date asked (``dated``), a line that gives a year other
    than its entry first ("Year: volume 37(1) corresponds to the 2022 print issue …")."""
    def yearly(e: Evidence) -> bool:
        return dated and not e.text.startswith("Reference entry") and bool(rx.search(r"\b(?:19|20)\d\d\b", e.text))

    fit = sorted((e for e in lines if idf_coverage(e.tokens, q_tokens, idf) > 0 or yearly(e)),
                 key=lambda e: (-yearly(e), -idf_coverage(e.tokens, q_tokens, idf)))[:RECORD_ANSWER_LINES]
    entry = [e for e in lines if e.text.startswith("Reference entry") and e not in fit]
    return [*fit, *entry]


def record_only(pool: list[Evidence], chunks) -> list[Evidence]:
    """The lines of the one reference record the question names by author and year (``structural_passages``),
    when the knowledge base holds no digest of that work: all it knows of the work is the record. What it is, what
    the paper uses it for and its problems come first (``RECORD_LEADS``), then its other lines, in their order."""
    records = [e for e in pool if e.chunk.kind == "reference" and e.passage.score == 0.0]
    ids = {e.chunk.source_id for e in records}
    if len(ids) != 1 or any(c.kind == "digest" and c.source_id in ids for c in chunks):
        return []
    return sorted(records, key=lambda e: (not e.text.startswith(RECORD_LEADS), e.position))


# a name with an appositive that says what it is, set off by commas: "SBMI, as a government agency under …, …",
# "SBMI, sebagai badan pemerintah …, …"
_APPOSITIVE = re.compile(r"\b([A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]+){0,2}),\s+(?:as|being|sebagai|selaku)\s+[^,?]{3,80},")


def appositive_entry(q: Question, pool: list[Evidence], chunks) -> Evidence | None:
    """For a question that says in an appositive what a thing it names is ("SBMI, as a government agency, …"): the
    glossary entry of that thing, which says what the sources take it to be; None when there is none."""
    m = _APPOSITIVE.search(q.original)
    # (the name's last words: a capitalised word before it opens the sentence, "Mengapa SBMI, …")
    names = [" ".join(m.group(1).split()[i:]) for i in range(len(m.group(1).split()))] if m else []
    entry = next((c for c in chunks if c.kind == "glossary" and any(names_term(n, c.section) for n in names)), None)
    if entry is None:
        return None
    return next((e for e in pool if e.chunk.id == entry.id), None) or unscored_evidence(entry, 0, entry.text)


def names_term(name: str, term: str) -> bool:
    """Whether a name the question gives is a glossary term, or the term with the body it belongs to after it
    ("Divhubinter Polri" for the entry "Divhubinter"), or the term in Indonesian order, its head noun first and
    rendered ("Protokol Palermo" for the entry "Palermo Protocol")."""
    low, term = name.lower(), term.lower()
    if low == term or (len(term) >= 3 and low.startswith(term + " ") and len(low.split()) == len(term.split()) + 1):
        return True
    head, _, rest = low.partition(" ")
    return bool(rest) and any(f"{rest} {r.lower()}" == term for r in translate_terms(head))


def names_beyond(q: Question, evidence: list[Evidence]) -> bool:
    """Whether the question names something (a name among its constraints) that none of the evidence's passages
    holds: "the Palermo Protocol, … and ACTIP" beyond the ACTIP digest."""
    text = " ".join(dict.fromkeys(e.chunk.text for e in evidence))
    return any(not has_constraint(text, n) for n in q.constraints.names)


def with_each_item(chosen: list[Evidence], pool: list[Evidence], items: list[str], aliases=None) -> list[Evidence]:
    """A summary of several named things ("summarise X and Y"), where no passage names them all: each that no
    chosen sentence's passage holds brings the best sentence of a passage that holds it."""
    out = list(chosen)
    for item in items:
        if not any(satisfied(e, [item], aliases) for e in out):
            out += sorted((e for e in pool if is_content(e) and satisfied(e, [item], aliases)),
                          key=lambda e: -e.score)[:1]
    return out


def with_each_qualified(q: Question, chosen: list[Evidence], pool: list[Evidence], aliases=None,
                        chunks=()) -> list[Evidence]:
    """A summary that names a thing with a country ("… meetings with Cambodian police"), which no chosen sentence
    speaks of: the best sentence that does joins it (the thing is one of what the summary is asked to cover)."""
    out = list(chosen)
    for country, noun in q.constraints.qualified:
        if not any(speaks_of_qualified(e, pool, country, noun, aliases, chunks) for e in out):
            speaking = [e for e in pool
                        if is_content(e) and speaks_of_qualified(e, pool, country, noun, aliases, chunks)]
            out += sorted(speaking, key=lambda e: -e.score)[:1]
    return out


ANNOUNCED_ITEMS = 8  # sentences at most that a sentence announcing a list brings after it (its passage ends it first)


def with_announced(chosen: list[Evidence], pool: list[Evidence], follow: int) -> list[Evidence]:
    """A chosen sentence that announces a list ("Several differences from public reporting stand out:") brings the
    sentences after it that carry the list, up to ``follow``, in place: the announcement alone says nothing."""
    out: list[Evidence] = []
    for e in chosen:
        run = with_continuation([e], pool, follow + 1, follow) if e.text.rstrip().endswith(":") else [e]
        out += [x for x in run if x not in out]
    return out


def with_list_leads(chosen: list[Evidence], pool: list[Evidence]) -> list[Evidence]:
    """Items of a list, chosen without the sentence that announces them ("as "Fikhri et al. 2021a" …;", "and
    once, correctly, as …"), bring that sentence before them ("The paper lists this one article three times in
    its references:"): an item that opens in lower case goes on the sentence before it, back to the one that ends
    with a colon. The announcing sentence says what the items are items of."""
    out = list(chosen)
    for e in chosen:
        item, lead = e, None
        while item is not None and item.text[:1].islower():
            before = neighbours(item, pool)[0]
            if before is not None and before.text.rstrip().endswith(":"):
                lead = before
                break
            item = before if before is not None and before.text.rstrip()[-1:] in (";", ",") else None
        if lead is not None and lead not in out:
            out.insert(out.index(e), lead)
    return out


_FACET_BREAK = re.compile(r"[,;:?]|\s[-–—]\s|\s(?:and|&|\+|plus|also|then|trus|terus|lalu|dan|serta|sama)\s", re.I)
FACET_SHARE = 0.5  # of a facet's terms (idf-weighted) a sentence holds to cover it


def facets(q: Question) -> list[set[str]]:
    """The things a summary is asked to cover, each listed in a clause of its own ("approach, technique, steps,
    how they checked validity"; "diteken kapan, dasar hukumnya apa, pasal2 pentingnya"): each clause's terms (for
    an Indonesian question, their English renderings). Empty for a message of fewer than three such clauses (the
    request and two things to cover)."""
    out = []
    # (the whole message: a list of what to cover may follow the request, "tl;dr of section 2? approach, steps, …")
    for clause in _FACET_BREAK.split(normalise(q.original, q.language)):
        clause = strip_framing(clause, q.language)
        # (without its interrogative, which names nothing to cover: "tier brp" is the tier, not a number)
        clause = " ".join(w for w in clause.split() if w.lower().strip("?!.,:;") not in INTERROGATIVES)
        toks = set(tokenize(" ".join(translate_terms(clause)) if q.language == "id" else clause))
        if toks and toks not in out:
            out.append(toks)
    return out if len(out) >= 3 else []


def with_each_facet(q: Question, chosen: list[Evidence], pool: list[Evidence], idf: dict[str, float]) -> list[Evidence]:
    """A summary asked to cover several listed things: each that no chosen sentence holds brings the sentence of
    the same sources or section (the one summarised) that holds most of it, when one holds at least
    ``FACET_SHARE`` of it."""
    wanted = facets(q)
    if not wanted:
        return chosen
    within = {_summarised(e) for e in chosen}
    same = [e for e in pool if is_content(e) and _summarised(e) in within]
    out = list(chosen)
    for facet in wanted:
        if any(idf_coverage(e.tokens, facet, idf) >= FACET_SHARE for e in out):
            continue
        # (the first of equally covering sentences, in the pool's order)
        cover, first = max(((idf_coverage(e.tokens, facet, idf), -i) for i, e in enumerate(same)), default=(0.0, 0))
        if cover >= FACET_SHARE and same[-first] not in out:
            out.append(same[-first])
    return out


def _summarised(e: Evidence) -> tuple[str, str, str]:
    """What a summary's sentence is drawn from: its source, and for the paper its section."""
    return e.chunk.kind, e.chunk.source_id, e.chunk.section if e.chunk.kind == "paper" else ""


def named_section(pool: list[Evidence], q_tokens: set[str], idf: dict[str, float]) -> list[Evidence]:
    """The sentences of the paper section whose heading the question names ("summarise the conclusion"): the one
    section whose heading shares a word with the question, by a word of a short heading ("Conclusion"), by two of
    a long one or by its number ("Perpres 19/2023" for "Presidential Regulation Number 19 of 2023"). One shared
    word of a long heading does not name it: "Satgas TPPO Polri" holds the "Police" of a heading that is a whole
    sentence. Nor do the store's topic words (``TOPIC_IDF``: "human", "trafficking", "ASEAN", "Indonesia"), which
    most questions hold and many headings too (they still make two headings the question shares them with
    ambiguous)."""
    headings = {s: set(tokenize(rx.sub(r"^[\d.]+\s*", "", s)))
                for s in {e.chunk.section for e in pool if e.chunk.kind == "paper"}}
    named = [s for s, heading in headings.items() if heading & q_tokens]
    if len(named) != 1:
        return []
    heading = headings[named[0]]
    words_ = {t for t in heading & q_tokens if idf.get(t, TOPIC_IDF) >= TOPIC_IDF}
    # (a year is no document's number: "GLOTIP 2024" does not name the plan "for 2020-2024")
    years = {w for w in words_ if rx.fullmatch(r"(?:19|20)\d\d", w)}
    if not (len(heading) <= 2 or len(words_ - years) >= 2 or any(w.isdigit() for w in words_ - years)):
        return []
    return [e for e in pool if e.chunk.kind == "paper" and e.chunk.section == named[0]]


def say_other_date(draft: Draft, chunk, sentence: str, other: str, lang: str) -> None:
    """The statement that another kind of source dates the event otherwise, citing its sentence."""
    p = ph(lang)
    n = cite(draft.citations, chunk, sentence)
    draft.statements.append(Statement(p["other_date"].format(
        source=p["list_source"].get(chunk.kind, p["list_source"]["digest"]), date=other), [n]))


def alternative_date(draft: Draft, q: Question, lead: Evidence, pool: list[Evidence], lang: str) -> None:
    """Of two days a question gives as alternatives ("adopted on 10 or 11 May?"), the one the answer's sentence
    does not give, when another sentence of the evidence does ("one report dates the approval 11 May"): the
    answer says so, citing it, so that the user learns where the other date comes from."""
    m = OR_DAYS.search(q.text)
    if m is None:
        return
    month = _MONTHS[m.group(3).lower()]
    names = "|".join(name for name, number in _MONTHS.items() if number == month)
    ranked = sorted((e for e in pool if is_content(e)), key=lambda e: -e.score)
    for day in (m.group(1), m.group(2)):
        given = rx.compile(rf"\b(?:{day}\s+(?:{names})|(?:{names})\.?\s+{day})\b", re.I)
        if given.search(lead.text):
            continue
        found = next(((e, hit) for e in ranked if (hit := given.search(e.text))), None)
        if found is not None:
            say_other_date(draft, found[0].chunk, found[0].text, found[1].group(0), lang)


def noted_date(draft: Draft, lead: Evidence, q_tokens: set[str], context: AnswerContext, lang: str) -> None:
    """When a digest notes that the event answered was on another date than the lead's ("announced on 20 July
    2023, not 23 July"), the answer gives that date too, citing the digest: the sources disagree, and a user
    quoting one date should know. The note must name the lead's day and month and a word of the question, and the
    lead must be the paper's (the notes set the paper's date against another: of a digest's or the glossary's own
    date, "formed on 5 June 2023, not 5 July", the other date is the one they reject)."""
    if lead.chunk.kind != "paper":
        return
    for when, _ in find_dates(lead.text)[:1]:
        for sentence, chunk in context.date_differences:
            if chunk is lead.chunk or not set(tokenize(sentence)) & q_tokens:
                continue
            # (a day may be written without its year: "… signed on 21 August; 22 August is the release date")
            days = [((_MONTHS.get((m.group(2) or m.group(3)).lower()), int(m.group(1) or m.group(4))),
                     m.group(0)) for m in _DAY_MONTH.finditer(sentence)]
            own = any(d == (when.month, when.day) for d, _ in days)
            other = [raw for d, raw in find_dates(sentence) if d != when] or [
                raw for d, raw in days if d != (when.month, when.day)]
            if own and other:
                say_other_date(draft, chunk, sentence, other[0], lang)
                return


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\b|\b({MONTH_RE})\s+(\d{{1,2}})\b(?![.,]?\d)", re.I)


def other_kind_of_source(a: Evidence, b: Evidence) -> bool:
    """One is the paper's sentence and the other a digest's, the glossary's or a record's: two accounts that may
    disagree."""
    return (a.chunk.kind == "paper") != (b.chunk.kind == "paper")


def dated_otherwise(e: Evidence, lead: Evidence) -> str | None:
    """The first date ``e`` gives, when ``e`` is the other kind of source than ``lead`` and none of its dates is
    one of ``lead``'s (both must give a date): the paper's 5 July against the glossary's 5 June."""
    dates, found = {d for d, _ in find_dates(lead.text)}, find_dates(e.text)
    if dates and found and other_kind_of_source(e, lead) and not dates & {d for d, _ in found}:
        return found[0][1]
    return None


def source_opening(body: list[Evidence]) -> list[Evidence]:
    """A digest opens by saying what its source is ("What the source is"): the first sentences of its first passage
    in the evidence start a summary of that source."""
    if not body:
        return []
    first = min(e.chunk.order for e in body)
    return sorted((e for e in body if e.chunk.order == first), key=lambda e: e.position)[:DIGEST_OPENING]


def opens_item(ev: Evidence) -> bool:
    """The sentence opens a top-level item of a bulleted or numbered list in its passage."""
    return rx.search(rf"^(?:[-*•]|\d{{1,2}}[.)])\s+{re.escape(ev.text[:30])}", ev.chunk.text, re.M) is not None


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    """The tokens of the nouns of a source or a document (word lists ``source_nouns``, ``whole_document`` and the
    typed interrogatives' nouns of a source), either language."""
    table = words()
    kinds = table["typed_interrogatives"]["nouns"]["source"]
    forms = [w for lg in ("en", "id") for w in (*kinds[lg], *table["source_nouns"][lg], *table["whole_document"][lg])]
    return frozenset(t for f in forms for t in tokenize(f))


def source_outline(digest: list[Evidence], limit: int, q_tokens: set[str], question: str = "") -> list[Evidence]:
    """The outline of one source's digest, from its own structure: the opening sentences of its first section
    (what the source is), then, section by section, the lead sentence of each list item (a lead that announces
    more, ending in a colon, brings the next sentence), or the first sentence of a section without items. When
    the outline is longer than ``limit``, the leads of a section the question names by its heading ("its
    conclusion") and then the most relevant ones stay, in the text's order. (Putting the leads of the sections on
    the source itself before the notes on the paper's use of it, unless the question names the paper or a verb of
    citing, lost a held-out summary and gained nothing: left out.)"""
    ordered = sorted(digest, key=lambda e: (e.chunk.order, e.position))
    first = ordered[0].chunk.order
    whole_opening = [e for e in ordered if e.chunk.order == first]
    opening = whole_opening[:DIGEST_OPENING]
    # (and the opening's sentence that dates what the source reports: "The meeting was held on Monday 6 November
    # 2023 at the Hotel Horison, Bekasi")
    opening += [e for e in whole_opening[DIGEST_OPENING:] if find_dates(e.text) or find_months(e.text)][:1]
    leads: list[Evidence] = []
    sections = list(dict.fromkeys(e.chunk.section for e in ordered if e.chunk.order != first))
    for section in sections:
        body = [e for e in ordered if e.chunk.section == section and e.chunk.order != first]
        items = [e for e in body if opens_item(e)] or body[:1]
        for e in items:
            leads.append(e)
            if e.text.rstrip().endswith(":"):
                nxt = next((x for x in body if x.chunk.id == e.chunk.id and x.position == e.position + 1), None)
                if nxt is not None and all(nxt is not i for i in items):  # (a nested item is a lead of its own)
                    leads.append(nxt)
    room = max(0, limit - len(opening))
    # (a noun of a source or a document names no section: "the Anderson 2021 source" does not name "How the paper
    # uses this source")
    named = {e.chunk.section for e in leads if set(tokenize(e.chunk.section)) & (q_tokens - _document_nouns())}
    # what the question asks beside the summary comes first: the items whose label it names, whole ("what
    # framework does it use and what does it conclude": the "Framework:" and "Findings:" items), then the sentences
    # that hold most of its terms ("… siapa yg buka?": "The meeting was opened by …")
    asked = [x for e in leads if names_item(e, q_tokens, question) for x in _item_sentences(e, ordered)]
    # (an item whose lead gives no figure or date gives its first sentence that does: "Entry into force: … The
    # convention entered into force on 8 March 2017")
    # (an ordinal, "on the 30th day after the sixth ratification", is neither)
    leads = [_item_fact(e, ordered) if not _holds_fact(ORDINAL.sub(" ", e.text)) and not e.text.rstrip().endswith(
        ":") else e for e in leads]
    shown = {id(e) for e in opening + asked}
    asked += sorted((e for e in ordered if id(e) not in shown and e.parts.get("terms", 0.0) >= ASKED_TERMS),
                    key=lambda e: -e.parts.get("terms", 0.0))[:ASKED_SENTENCES]
    asked = asked[:room]
    room -= len(asked)
    value = fact_weighted(leads)
    asked_ids = set(map(id, asked))
    kept = set(map(id, sorted((e for e in leads if id(e) not in asked_ids),
                              key=lambda e: (e.chunk.section not in named, -value[id(e)]))[:room])) | asked_ids
    # (neither the leads nor the asked sentences are of the opening: the leads come after its passage, and the
    # asked ones were chosen apart from it)
    return opening + [e for e in ordered if id(e) in kept]


ASKED_TERMS = 0.3  # a digest sentence holding this share of the question's terms (idf-weighted) is asked for ...
ASKED_SENTENCES = 2  # ... and up to this many such sentences join a digest's outline


LABEL_SHARE = 0.5  # of the best sentence's score at which a digest item the question names by its label answers it


def labels_item(ev: Evidence, q_tokens: set[str]) -> bool:
    """Whether a sentence opens a digest item ("**Funding:** …", "*Procedural rights:* …", "**Some steps were
    acknowledged.** …") whose label's words the question uses, every one (not a noun of a source or document,
    which names no item: "**Source:** …"). A label that is a sentence of its own says something of two words at
    least: "**Date.**" names a field any dated item has."""
    m = rx.match(r"\*{1,2}([^*:.]{2,40}?)(?::\*{1,2}|\*{1,2}:|(\.)\*{1,2})", ev.text)
    if not m or ev.chunk.kind != "digest":
        return False
    label = set(tokenize(m.group(1))) - _document_nouns()
    return len(label) >= (2 if m.group(2) else 1) and label <= q_tokens and opens_item(ev)


def names_item(lead: Evidence, q_tokens: set[str], question: str) -> bool:
    """Whether the question names a digest item by its label ("**Framework:** …" for "what framework does it
    use"), or asks for findings of an item labelled as such (``findings``: "what does it conclude" names
    "**Findings:** …")."""
    m = rx.match(r"[*_]*([^*_:.]{2,40}?)[*_]*:", lead.text)
    if not m:
        return False
    label = set(tokenize(m.group(1)))
    if label & q_tokens:
        return True
    found = either_language(words()["findings"], particles=True)  # ("kesimpulannya gimana")
    return bool(found.fullmatch(m.group(1).strip()) and found.search(question))


def _item_sentences(lead: Evidence, ordered: list[Evidence]) -> list[Evidence]:
    """A digest item whole: its lead and the sentences after it until the next item or section opens."""
    out = [lead]
    for x in ordered:
        if x.chunk.id != lead.chunk.id or x.position <= lead.position:
            continue
        if opens_item(x) or x.chunk.section != lead.chunk.section:
            break
        out.append(x)
    return out


def _item_fact(lead: Evidence, ordered: list[Evidence]) -> Evidence:
    """The sentence of a digest item, after its lead and before the next item opens, that holds a fact: the first
    that shares a word with the item's label ("**Entry into force:** … ACTIP entered into force on 8 March 2017"),
    else the first; the lead when none holds one."""
    label = set(tokenize(lead.text.split(":", 1)[0])) if ":" in lead.text[:60] else set()
    facts = [x for x in _item_sentences(lead, ordered)[1:] if _holds_fact(x.text)]
    return next((x for x in facts if label & x.tokens), facts[0] if facts else lead)


def _holds_fact(text: str) -> bool:
    """Whether a sentence holds a number (a figure, a date, a year), other than a section's own number."""
    return bool(rx.search(r"\d", rx.sub(r"^[\d.]+\s", "", text)))


def fact_weighted(evidence: list[Evidence]) -> dict[int, float]:
    """Each sentence's relevance scaled to 0–1 among ``evidence`` (as the similarity), averaged with whether it
    holds a fact (``_holds_fact``): a summary carries its text's facts, so a sentence that holds a number, a date,
    a year or a cited source's year is worth as much again as its relevance."""
    lo, hi = min((e.score for e in evidence), default=0.0), max((e.score for e in evidence), default=0.0)
    return {id(e): (((e.score - lo) / (hi - lo) if hi > lo else 1.0) + _holds_fact(e.text)) / 2 for e in evidence}


def summary_sentences(body: list[Evidence], k: int) -> list[Evidence]:
    """A summary from the passages most on topic as a whole (the mean of their three best sentences): the best
    one's strongest sentences, two thirds of the summary at most, then each runner-up's best (up to
    ``SUMMARY_PASSAGES`` passages): a summary draws on more than one passage. (Up to eight of nine sentences from
    the best passage and two runners-up, before, left fewer points of a summary covered: all.sh training +2,
    held out +1 on summaries.)"""
    per_chunk: dict[str, list[Evidence]] = {}
    for e in sorted(body, key=lambda e: -e.score):
        per_chunk.setdefault(e.chunk.id, []).append(e)
    if not per_chunk:
        return []
    ranked = sorted(per_chunk.values(), key=lambda es: -sum(x.score for x in es[:3]) / 3)
    first = ranked[0]
    top = first[0].score
    out = [e for e in first if e.score >= SUMMARY_RELEVANCE * top][: max(2, k * 2 // 3)]
    # a sentence that points back to one kept ("This agreement was realized by …") carries it on: it stays too
    kept = {e.position for e in out}
    out += [e for e in first if e not in out and POINTS_BACK.match(e.text) and e.position - 1 in kept][:1]
    for runner in ranked[1:SUMMARY_PASSAGES]:
        if len(out) >= k:
            break
        if runner[0].score >= SUMMARY_RELEVANCE * top:
            out.append(runner[0])
    return out


def named_charts(evidence: list[Evidence], question: str) -> list[str]:
    """The labels of the charts or tables among ``evidence`` that the question names (a chart that is only part of
    a section the question names is not one)."""
    labels = {caption_label(e.chunk.text) for e in evidence if e.chunk.kind == "paper" and e.passage.score == 0.0}
    return sorted(x for x in labels if x and names_caption(question, x))


def note_captions(draft: Draft, evidence: list[Evidence], lang: str, question: str, first: bool = False) -> None:
    """A chart's or table's values are an image in the original: say so when the question named one; ``first``
    when a value of the chart is what the question asks for (the note is then the answer)."""
    for label in named_charts(evidence, question):
        note = Statement(ph(lang)["caption_only"].format(label=label), framing=True)
        if first:
            lead_with(draft, note)
        else:
            draft.statements.append(note)
