"""The Gradio chat UI. Thin: every answer, passage, history row and export comes from the ``tipbot`` library.

Started by ``tipbot serve``; ``build_app`` is also what the tests drive.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from tipbot.assistant import Assistant, check_question  # noqa: E402
from tipbot.config import Settings  # noqa: E402
from tipbot.errors import (  # noqa: E402
    BackendError,
    InvalidQuestionError,
    StoreMissingError,
    StoreUnavailableError,
    TipbotError,
)
from tipbot.history import History  # noqa: E402
from tipbot.present import (  # noqa: E402
    answer_markdown,
    conversation_markdown,
    library_markdown,
    source_panel_html,
    t,
)

LANGS = {"English": "en", "Bahasa Indonesia": "id"}
ASSETS = Path(__file__).parent / "assets"
CONCURRENCY = 4
# The language radio's value is kept in the browser (localStorage) under this key; without a saved choice the
# browser's own language decides (an id-* browser gets Bahasa Indonesia).
LANGUAGE_KEY = "tipbot-language"
PICK_LANGUAGE_JS = (
    "(saved) => saved || ((navigator.language || 'en').toLowerCase().startsWith('id') ? 'Bahasa Indonesia'"
    " : 'English')"
)


def _lang(label: str | None) -> str:
    return LANGS.get(label or "English", "en")


def glossary_terms(settings: Settings) -> list[str]:
    """The terms of the knowledge folder's glossary, in its order (for the Glossary tab's label)."""
    from tipbot import glossary as g

    path = settings.knowledge / "glossary.json"
    return [e["term"] for e in g.load(path)] if path.exists() else []


def examples(settings: Settings, lang: str) -> tuple[list[str], str, str]:
    """The knowledge profile's example inputs in ``lang``: the starter questions (those ending in "?"), the
    briefing topic and the source-check claim (the first and the last example that is not a question)."""
    items = settings.profile.examples_for(lang)
    questions = [x for x in items if x.rstrip().endswith("?")]
    others = [x for x in items if not x.rstrip().endswith("?")]
    return questions, (others[0] if others else ""), (others[-1] if others else "")


class UI:
    """Callbacks bound to one assistant and one history database."""

    def __init__(self, assistant: Assistant, history: History, references: dict[str, dict] | None = None) -> None:
        self.bot = assistant
        self.history = history
        self._references = references

    @property
    def references(self) -> dict[str, dict]:
        """references.json of the ingested knowledge folder (for the source panel), once the store is open."""
        if self._references is None:
            try:
                index = self.bot.context.citation_index
            except TipbotError:
                return {}
            self._references = index.references if index else {}
        return self._references

    # -- chat --------------------------------------------------------------------------------------
    def respond(self, message: str, chat: list, conv: str | None, answers: dict, lang_label: str):
        lang = _lang(lang_label)
        chat = list(chat or [])
        answers = dict(answers or {})
        if not (message or "").strip():
            gr.Warning(t("empty_question", lang))
            yield chat, message, conv, answers, gr.update(), gr.update()
            return
        try:
            check_question(message)
        except InvalidQuestionError as exc:
            # the question stays in the box, to be shortened or corrected; the chat says what is wrong
            chat.append({"role": "assistant", "content": t("error", lang).format(error=exc)})
            yield chat, message, conv, answers, gr.update(), gr.update()
            return
        if not self.history.exists(conv):
            conv = self.history.new_conversation()
        # a follow-up ("and in 2022?") is read against the conversation's previous question, as it was read
        previous = next((m["content"] for m in reversed(chat) if m.get("role") == "user"), None)
        last = answers[max(answers, key=int)] if answers else None
        if last and last.get("read_as") and previous == last.get("question"):
            previous = last["read_as"]
        chat += [{"role": "user", "content": message}, {"role": "assistant", "content": t("status_thinking", lang)}]
        yield chat, "", conv, answers, gr.update(), gr.update()
        answer = None
        partial = ""
        try:
            for kind, payload in self.bot.stream(message, previous=previous if isinstance(previous, str) else None):
                if kind == "token":
                    partial += payload
                    chat[-1] = {"role": "assistant", "content": partial}
                    yield chat, "", conv, answers, gr.update(), gr.update()
                else:
                    answer = payload
        except StoreMissingError:
            chat[-1] = {"role": "assistant", "content": t("store_missing", lang)}
        except (BackendError, StoreUnavailableError) as exc:
            chat[-1] = {"role": "assistant", "content": t("backend_down", lang).format(error=exc)}
        except (InvalidQuestionError, TipbotError) as exc:
            chat[-1] = {"role": "assistant", "content": t("error", lang).format(error=exc)}
        if answer is None:
            yield chat, "", conv, answers, gr.update(), gr.update()
            return
        data = answer.to_dict()
        index = len(chat) - 1
        self.history.add(conv, "user", message)
        data["message_id"] = self.history.add(conv, "assistant", data["answer"], data)
        answers[str(index)] = data
        chat[-1] = {"role": "assistant", "content": answer_markdown(data, index)}
        first = data["citations"][0]["n"] if data["citations"] else 1
        yield (chat, "", conv, answers, source_panel_html(data, first, lang, self.references),
               gr.update(choices=self._choices(data, index), value=f"{index}:{first}" if data["citations"] else None))

    @staticmethod
    def _choices(data: dict, index: int) -> list[tuple[str, str]]:
        out = []
        for c in data.get("citations", []):
            title = c.get("title", "")
            label = f"[{c['n']}] {c['source_kind']}: {title[:60]}{'…' if len(title) > 60 else ''}"
            out.append((label, f"{index}:{c['n']}"))
        return out

    def show_source(self, ref: str, answers: dict, lang_label: str) -> str:
        """``ref`` is "<message index>:<citation n>" (from a clicked [n] link or the source list)."""
        lang = _lang(lang_label)
        m = re.fullmatch(r"\s*(\d+):(\d+)\s*", ref or "")
        if not m:
            return source_panel_html(None, 0, lang)
        return source_panel_html((answers or {}).get(m.group(1)), int(m.group(2)), lang, self.references)

    def new_conversation(self, lang_label: str):
        lang = _lang(lang_label)
        return [], self.history.new_conversation(), {}, source_panel_html(None, 0, lang), gr.update(choices=[],
                                                                                                  value=None)

    def restore(self, conv: str | None, lang_label: str):
        """Reload a conversation (from the browser's stored id) with its citations."""
        lang = _lang(lang_label)
        if not self.history.exists(conv):
            return [], None, {}, source_panel_html(None, 0, lang), gr.update(choices=[], value=None)
        chat: list[dict] = []
        answers: dict[str, dict] = {}
        last = None
        for msg in self.history.messages(conv):
            if msg.role == "user":
                chat.append({"role": "user", "content": msg.text})
            else:
                data = dict(msg.answer or {"answer": msg.text, "citations": []})
                data["message_id"] = msg.id
                index = len(chat)
                answers[str(index)] = data
                chat.append({"role": "assistant", "content": answer_markdown(data, index)})
                last = (index, data)
        if last is None:
            return chat, conv, answers, source_panel_html(None, 0, lang), gr.update(choices=[], value=None)
        index, data = last
        return (chat, conv, answers, source_panel_html(None, 0, lang),
                gr.update(choices=self._choices(data, index), value=None))

    def like(self, answers: dict, data: gr.LikeData):
        entry = (answers or {}).get(str(data.index if isinstance(data.index, int) else data.index[0]))
        if not entry or "message_id" not in entry:
            return gr.update()
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() in {"like", "true"}
        self.history.feedback(entry["message_id"], 1 if liked else -1)
        return gr.update()

    def comment(self, text: str, answers: dict, lang_label: str):
        lang = _lang(lang_label)
        if not (text or "").strip() or not answers:
            return text, ""
        last = max(answers, key=int)
        self.history.feedback(answers[last]["message_id"], 0, text.strip())
        return "", t("feedback_thanks", lang)

    def export(self, conv: str | None):
        if not self.history.exists(conv):
            return gr.update(visible=False)
        rows = [(m.role, m.text, m.answer) for m in self.history.messages(conv)]
        fd, path = tempfile.mkstemp(prefix="tipbot-conversation-", suffix=".md")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(conversation_markdown(rows))
        return gr.update(value=path, visible=True)

    def api_ask(self, question: str) -> dict:
        """The JSON answer of `tipbot ask --json`, for programs (and the load test): /gradio_api ask."""
        try:
            return self.bot.ask(question).to_dict()
        except TipbotError as exc:
            return {"question": question, "error": str(exc)}

    # -- teaching tabs ---------------------------------------------------------------------------------
    def briefing(self, topic: str, lang_label: str):
        from tipbot.briefing import build_briefing

        if not (topic or "").strip():
            return t("empty_topic", _lang(lang_label)), gr.update(visible=False), gr.update(visible=False)
        try:
            report = build_briefing(self.bot, topic.strip(), _lang(lang_label))
        except TipbotError as exc:
            return t("error", _lang(lang_label)).format(error=exc), gr.update(visible=False), gr.update(visible=False)
        folder = Path(tempfile.mkdtemp(prefix="tipbot-briefing-"))
        md = report.markdown()
        (folder / "briefing.md").write_text(md, encoding="utf-8")
        report.docx(folder / "briefing.docx")
        return (md, gr.update(value=str(folder / "briefing.md"), visible=True),
                gr.update(value=str(folder / "briefing.docx"), visible=True))

    def new_quiz(self, count: int, lang_label: str, seed: float | None):
        from tipbot import quiz as q

        lang = _lang(lang_label)
        try:
            items = q.build_quiz(self.bot.store.chunks, int(count or 5), int(seed or 0), lang)
        except TipbotError as exc:
            return t("error", lang).format(error=exc), [], ""
        return q.markdown(items, lang, with_key=False), q.to_json(items), ""

    def grade_quiz(self, answers: str, items: list[dict], lang_label: str) -> str:
        """``answers`` like "1:A 2:C 3:970"; returns the score and the key with its cited passages."""
        from tipbot import quiz as q

        lang = _lang(lang_label)
        if not items:
            return t("empty_quiz", lang)
        quiz_items = q.from_json(items)
        _, lines = q.grade(quiz_items, q.parse_responses(answers), lang)
        key = [f"[{i.citation.n}] “{i.citation.quote}”" for i in quiz_items]
        return "\n\n".join([lines[-1], *lines[:-1], *key])

    def timeline(self, lang_label: str) -> str:
        from tipbot.timeline import build_timeline

        try:
            return build_timeline(self.bot.store.chunks, _lang(lang_label)).markdown()
        except StoreMissingError:
            return t("store_missing", _lang(lang_label))

    def glossary(self, term: str) -> str:
        from tipbot import glossary as g

        try:
            found = self.bot.searcher.glossary_path
        except TipbotError:
            found = None
        path = Path(found) if found else self.bot.settings.knowledge / "glossary.json"
        if not path.exists():
            return "No glossary."
        entries = g.load(path)
        return g.markdown(g.lookup(entries, term or "", limit=len(entries) if not term else 10))

    def source_check(self, claim: str, lang_label: str) -> str:
        from tipbot.sourcecheck import source_check

        try:
            return source_check(self.bot.store.chunks, self.bot.context.citation_index, claim or "", None,
                                _lang(lang_label), limit=3 if claim else 1000).markdown()
        except StoreMissingError:
            return t("store_missing", _lang(lang_label))

    def library(self, lang_label: str) -> str:
        lang = _lang(lang_label)
        try:
            return library_markdown(self.bot.store, lang)
        except StoreMissingError:
            return t("store_missing", lang)

    def starters(self, lang_label: str, slots: int) -> list:
        """Updates for the ``slots`` starter buttons: the profile's questions in this language, the rest hidden."""
        questions, _, _ = examples(self.bot.settings, _lang(lang_label))
        return [gr.update(value=questions[i], visible=True) if i < len(questions) else gr.update(visible=False)
                for i in range(slots)]

    def language_changed(self, lang_label: str, slots: int) -> tuple:
        """Everything that follows the language toggle: labels, the library, the timeline, the starter buttons."""
        return (*self.relabel(lang_label), self.timeline(lang_label), *self.starters(lang_label, slots))

    def header(self, lang: str) -> str:
        """The title, and the paper the knowledge folder is about (its profile's short title)."""
        paper = self.bot.settings.profile.short_title
        return f"## {t('title', lang)}\n{t('subtitle', lang).format(paper=paper)}"

    def relabel(self, lang_label: str):
        lang = _lang(lang_label)
        return (
            self.header(lang),
            gr.update(label=t("question", lang), placeholder=t("placeholder", lang)),
            gr.update(value=t("ask", lang)),
            gr.update(value=t("new_chat", lang)),
            gr.update(value=t("export", lang)),
            gr.update(label=t("sources", lang)),
            gr.update(label=t("feedback_comment", lang)),
            gr.update(value=t("feedback_send", lang)),
            f"**{t('starters', lang)}**",
            self.library(lang_label),
        )


def build_app(assistant: Assistant | None = None, settings: Settings | None = None) -> gr.Blocks:
    settings = settings or (assistant.settings if assistant else Settings.from_env())
    bot = assistant or Assistant(settings)
    ui = UI(bot, History(settings.home / "history.sqlite"))
    starter_questions, topic_example, claim_example = examples(settings, "en")
    slots = max(len(examples(settings, lang)[0]) for lang in LANGS.values())
    with gr.Blocks(title="tipbot", fill_width=True) as demo:
        conv = gr.BrowserState(None, storage_key="tipbot-conversation")
        saved_lang = gr.BrowserState(None, storage_key=LANGUAGE_KEY)
        answers = gr.State({})
        with gr.Row():
            header = gr.Markdown(ui.header("en"), elem_id="tipbot-header")
            lang = gr.Radio(list(LANGS), value="English", label=t("language", "en"), elem_id="tipbot-lang", scale=0,
                            min_width=260)
        with gr.Tabs():
            with gr.Tab(f"{t('chat_tab', 'en')} / {t('chat_tab', 'id')}", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(height=520, elem_id="tipbot-chat", feedback_options=("Like", "Dislike"),
                                             buttons=["copy"], sanitize_html=True)
                        # one line that grows to six: Enter sends, Shift+Enter starts a new line (as in chat apps)
                        question = gr.Textbox(label=t("question", "en"), placeholder=t("placeholder", "en"), lines=1,
                                              max_lines=6, elem_id="tipbot-question", max_length=4000)
                        with gr.Row():
                            ask = gr.Button(t("ask", "en"), variant="primary", elem_id="tipbot-ask")
                            new = gr.Button(t("new_chat", "en"), elem_id="tipbot-new")
                            export = gr.Button(t("export", "en"), elem_id="tipbot-export")
                        export_file = gr.File(visible=False, elem_id="tipbot-export-file")
                        starters_title = gr.Markdown(f"**{t('starters', 'en')}**")
                        with gr.Row():
                            # the knowledge profile's example questions (knowledge/paper/profile.yaml), by language
                            starter_buttons = [
                                gr.Button(starter_questions[i] if i < len(starter_questions) else "", size="sm",
                                          visible=i < len(starter_questions), elem_classes=["tipbot-starter"])
                                for i in range(slots)
                            ]
                        with gr.Row():
                            comment = gr.Textbox(label=t("feedback_comment", "en"), scale=4, elem_id="tipbot-comment")
                            send = gr.Button(t("feedback_send", "en"), scale=1, elem_id="tipbot-send-comment")
                        notice = gr.Markdown(elem_id="tipbot-notice")
                    with gr.Column(scale=2):
                        sources = gr.Radio(choices=[], label=t("sources", "en"), elem_id="tipbot-sources")
                        panel = gr.HTML(source_panel_html(None, 0, "en"), elem_id="tipbot-panel")
                        cite_input = gr.Textbox(elem_id="tipbot-cite-input", elem_classes=["tipbot-hidden"],
                                                show_label=False, container=False)
                        cite_button = gr.Button("show", elem_id="tipbot-cite-btn", elem_classes=["tipbot-hidden"])
            with gr.Tab("Briefing / Ringkasan", id="briefing"):
                topic = gr.Textbox(label="Topic / Topik", value=topic_example, elem_id="tipbot-brief-topic")
                brief_go = gr.Button("Write the briefing / Buat ringkasan", variant="primary",
                                     elem_id="tipbot-brief-go")
                with gr.Row():
                    brief_md_file = gr.File(label="Markdown", visible=False)
                    brief_docx_file = gr.File(label="DOCX", visible=False)
                brief_out = gr.Markdown(elem_id="tipbot-brief")
            with gr.Tab("Study / Belajar", id="study"):
                with gr.Row():
                    quiz_n = gr.Slider(3, 10, value=5, step=1, label="Questions / Soal")
                    quiz_seed = gr.Number(value=1, label="Seed", precision=0)
                    quiz_go = gr.Button("New quiz / Kuis baru", elem_id="tipbot-quiz-go")
                quiz_md = gr.Markdown(elem_id="tipbot-quiz")
                quiz_items = gr.State([])
                quiz_answers = gr.Textbox(label="Your answers, e.g. 1:A 2:C / Jawaban Anda",
                                          elem_id="tipbot-quiz-answers")
                quiz_check = gr.Button("Check / Periksa", elem_id="tipbot-quiz-check")
                quiz_result = gr.Markdown(elem_id="tipbot-quiz-result")
            with gr.Tab("Timeline / Lini masa", id="timeline"):
                timeline_md = gr.Markdown(elem_id="tipbot-timeline")
            with gr.Tab("Glossary / Glosarium", id="glossary"):
                terms = glossary_terms(settings)[:4]
                term = gr.Textbox(label="Term / Istilah" + (f" ({', '.join(terms)}…)" if terms else ""),
                                  elem_id="tipbot-term")
                glossary_md = gr.Markdown(elem_id="tipbot-glossary")
            with gr.Tab("Source check / Cek sumber", id="sources"):
                claim = gr.Textbox(label="A few words of the claim / Kata kunci klaim", value=claim_example,
                                   elem_id="tipbot-claim")
                check_go = gr.Button("Check the sources / Periksa sumber", elem_id="tipbot-check-go")
                check_md = gr.Markdown(elem_id="tipbot-check")
            with gr.Tab(f"{t('library_tab', 'en')} / {t('library_tab', 'id')}", id="library"):
                library = gr.Markdown(elem_id="tipbot-library")

        outputs = [chatbot, question, conv, answers, panel, sources]
        ask.click(ui.respond, [question, chatbot, conv, answers, lang], outputs, concurrency_limit=CONCURRENCY)
        question.submit(ui.respond, [question, chatbot, conv, answers, lang], outputs, concurrency_limit=CONCURRENCY)
        for button in starter_buttons:  # a starter asks the question it shows (its label follows the language)
            button.click(lambda q: q, button, question).then(
                ui.respond, [question, chatbot, conv, answers, lang], outputs, concurrency_limit=CONCURRENCY)
        cite_button.click(ui.show_source, [cite_input, answers, lang], panel)
        sources.input(ui.show_source, [sources, answers, lang], panel)
        new.click(ui.new_conversation, [lang], [chatbot, conv, answers, panel, sources])
        export.click(ui.export, [conv], export_file)
        chatbot.like(ui.like, [answers], None)
        send.click(ui.comment, [comment, answers, lang], [comment, notice])
        # the language: the saved choice, else the browser's; everything that shows text follows it
        follows_language = [header, question, ask, new, export, sources, comment, send, starters_title, library,
                            timeline_md, *starter_buttons]
        demo.load(None, [saved_lang], [lang], js=PICK_LANGUAGE_JS).then(
            lambda label: ui.language_changed(label, slots), [lang], follows_language)
        lang.input(lambda label: ui.language_changed(label, slots), [lang], follows_language)
        lang.input(lambda label: label, [lang], [saved_lang])
        demo.load(ui.restore, [conv, lang], [chatbot, conv, answers, panel, sources])
        gr.api(ui.api_ask, api_name="ask", concurrency_limit=CONCURRENCY)
        brief_go.click(ui.briefing, [topic, lang], [brief_out, brief_md_file, brief_docx_file])
        quiz_go.click(ui.new_quiz, [quiz_n, lang, quiz_seed], [quiz_md, quiz_items, quiz_result])
        quiz_check.click(ui.grade_quiz, [quiz_answers, quiz_items, lang], quiz_result)
        term.change(ui.glossary, [term], glossary_md)
        demo.load(ui.glossary, [term], glossary_md)
        check_go.click(ui.source_check, [claim, lang], check_md)
    demo.ui = ui  # for tests
    return demo


# The system's sans-serif in every weight. Gradio's default bundles Source Sans Pro whose semibold file lacks the
# Latin letters, so bold text (Markdown **…** in quotes from the digests, the [n] links) fell back to another,
# larger font; a font family the system has in all weights keeps bold text the size of the text around it.
THEME = gr.themes.Default(font=("ui-sans-serif", "system-ui", "sans-serif"),
                          font_mono=("ui-monospace", "Consolas", "monospace"))


def launch(host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None,
           settings: Settings | None = None) -> None:
    demo = build_app(settings=settings)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    demo.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        show_error=False,
        ssr_mode=False,
        quiet=True,
        theme=THEME,
        css=(ASSETS / "tipbot.css").read_text(encoding="utf-8"),
        js=(ASSETS / "cite.js").read_text(encoding="utf-8"),
    )
