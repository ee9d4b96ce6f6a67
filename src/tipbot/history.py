"""Conversations and feedback in SQLite under TIPBOT_HOME: answers are stored with their citations, so a
reloaded conversation shows the same sources, and feedback keeps the question, answer and citations."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversation (id TEXT PRIMARY KEY, title TEXT, created REAL, updated REAL);
CREATE TABLE IF NOT EXISTS message (
  id TEXT PRIMARY KEY, conversation TEXT REFERENCES conversation(id), role TEXT, text TEXT,
  answer TEXT, created REAL);
CREATE INDEX IF NOT EXISTS message_by_conversation ON message(conversation, created);
CREATE TABLE IF NOT EXISTS feedback (
  id TEXT PRIMARY KEY, message TEXT REFERENCES message(id), rating INTEGER, comment TEXT, question TEXT,
  answer TEXT, citations TEXT, created REAL);
"""


@dataclass
class Message:
    id: str
    role: str
    text: str
    answer: dict | None  # the Answer as JSON (citations included) for assistant messages


class History:
    """Thread-safe store of conversations; one file, WAL mode, so many browser tabs can write."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._db.commit()

    def new_conversation(self, title: str = "") -> str:
        cid = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._db.execute("INSERT INTO conversation VALUES (?, ?, ?, ?)", (cid, title[:120], now, now))
            self._db.commit()
        return cid

    def exists(self, cid: str | None) -> bool:
        if not cid:
            return False
        with self._lock:
            return self._db.execute("SELECT 1 FROM conversation WHERE id=?", (cid,)).fetchone() is not None

    def add(self, cid: str, role: str, text: str, answer: dict | None = None) -> str:
        mid = uuid.uuid4().hex
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT INTO message VALUES (?, ?, ?, ?, ?, ?)",
                (mid, cid, role, text, json.dumps(answer, ensure_ascii=False) if answer else None, now),
            )
            self._db.execute(
                "UPDATE conversation SET updated=?, title=CASE WHEN title='' THEN ? ELSE title END WHERE id=?",
                (now, text[:120] if role == "user" else "", cid),
            )
            self._db.commit()
        return mid

    def messages(self, cid: str) -> list[Message]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, role, text, answer FROM message WHERE conversation=? ORDER BY created, rowid", (cid,)
            ).fetchall()
        return [Message(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None) for r in rows]

    def conversations(self, limit: int = 50) -> list[tuple[str, str, float]]:
        with self._lock:
            return self._db.execute(
                "SELECT id, title, updated FROM conversation ORDER BY updated DESC LIMIT ?", (limit,)
            ).fetchall()

    def feedback(self, message_id: str, rating: int, comment: str = "") -> str:
        """Store thumbs up (1) or down (-1) with the question and answer it refers to."""
        with self._lock:
            row = self._db.execute("SELECT conversation, answer, created FROM message WHERE id=?",
                                   (message_id,)).fetchone()
            if row is None:
                raise KeyError(message_id)
            question = self._db.execute(
                "SELECT text FROM message WHERE conversation=? AND role='user' AND created<=? "
                "ORDER BY created DESC LIMIT 1", (row[0], row[2])).fetchone()
            answer = json.loads(row[1]) if row[1] else {}
            fid = uuid.uuid4().hex
            self._db.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (fid, message_id, rating, comment, question[0] if question else "", answer.get("answer", ""),
                 json.dumps(answer.get("citations", []), ensure_ascii=False), time.time()),
            )
            self._db.commit()
        return fid

    def feedback_rows(self) -> list[dict]:
        with self._lock:
            rows = self._db.execute(
                "SELECT message, rating, comment, question, answer, citations FROM feedback ORDER BY created"
            ).fetchall()
        return [dict(zip(("message", "rating", "comment", "question", "answer", "citations"), r, strict=True))
                for r in rows]

    def close(self) -> None:
        self._db.close()
