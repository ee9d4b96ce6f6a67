"""Regular-expression calls with a compiled-pattern cache large enough for the reader.

The reader builds many patterns at answer time: from the question's names, years and places, and from the word lists
in ``data/``. Python's own ``re`` cache holds 512 patterns; the reader uses more than that across one message, so
patterns were evicted and compiled again on every answer (about 13 ms of a warm answer went to compiling). These
functions take the same arguments as their ``re`` namesakes and keep up to ``CACHE_SIZE`` compiled patterns, least
recently used first out, so a long-running server's memory stays bounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

CACHE_SIZE = 8192


@lru_cache(maxsize=CACHE_SIZE)
def compile(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name, on purpose
    """``re.compile``, cached."""
    return re.compile(pattern, flags)


def search(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def findall(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(string)


def finditer(pattern: str | re.Pattern[str], string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(string)


def split(pattern: str | re.Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
        flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)
