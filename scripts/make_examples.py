"""Regenerate docs/examples/ (a sample briefing in Markdown and DOCX, in English and Indonesian; a sample quiz with
its key; the timeline; the source check of README's example) from the current store.

    .venv/bin/python scripts/make_examples.py
"""

from __future__ import annotations

from pathlib import Path

from tipbot import quiz as q
from tipbot.assistant import Assistant
from tipbot.briefing import build_briefing
from tipbot.sourcecheck import source_check
from tipbot.timeline import build_timeline

OUT = Path(__file__).resolve().parents[1] / "docs" / "examples"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    bot = Assistant()
    report = build_briefing(bot, "Indonesia–Cambodia police cooperation")
    (OUT / "briefing.md").write_text(report.markdown(), encoding="utf-8")
    report.docx(OUT / "briefing.docx")
    id_report = build_briefing(bot, "perekrutan WNI untuk penipuan online di Kamboja", lang="id")
    (OUT / "briefing-id.md").write_text(id_report.markdown(), encoding="utf-8")
    items = q.build_quiz(bot.store.chunks, 8, seed=2024)
    (OUT / "quiz.md").write_text(q.markdown(items, "en", with_key=True), encoding="utf-8")
    (OUT / "timeline.md").write_text(build_timeline(bot.store.chunks).markdown(), encoding="utf-8")
    check = source_check(bot.store.chunks, bot.context.citation_index, "43-50% IOM")
    (OUT / "sourcecheck.md").write_text(check.markdown(), encoding="utf-8")
    print(f"wrote {sorted(p.name for p in OUT.iterdir())}")


if __name__ == "__main__":
    main()
