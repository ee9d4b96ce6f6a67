"""The cached regular-expression calls behave as ``re``'s and keep the patterns the reader builds compiled."""

from __future__ import annotations

import re

from tipbot import rx


def test_the_calls_give_re_s_results():
    text = "Law No. 21 of 2007: 3–15 years' prison, Rp120–600 million fine"
    assert rx.search(r"\d+", text).group(0) == re.search(r"\d+", text).group(0)
    assert rx.match(r"law", text, re.I) is not None and rx.match(r"law", text) is None
    assert rx.fullmatch(r"\d+", "2007") is not None
    assert rx.findall(r"\d+", text) == re.findall(r"\d+", text)
    assert [m.span() for m in rx.finditer(r"\d+", text)] == [m.span() for m in re.finditer(r"\d+", text)]
    assert rx.split(r"[,:]\s*", text, 1) == re.split(r"[,:]\s*", text, maxsplit=1)
    assert rx.sub(r"\d", "#", text, count=2) == re.sub(r"\d", "#", text, count=2)
    assert rx.subn(r"\d", "#", text, flags=re.I) == re.subn(r"\d", "#", text, flags=re.I)
    # (a compiled pattern is taken as it is; flags beside it are refused, as by re)
    compiled = re.compile(r"fine")
    assert rx.search(compiled, text) is not None
    try:
        rx.search(compiled, text, re.I)
    except ValueError:
        pass
    else:
        raise AssertionError("flags with a compiled pattern should raise, as in re")


def test_more_patterns_than_re_s_own_cache_stay_compiled():
    rx.compile.cache_clear()
    patterns = [rf"\bname{i}\b" for i in range(600)]  # (re's own cache holds 512)
    for p in patterns:
        rx.search(p, "name1 name2")
    for p in patterns:
        rx.search(p, "name1 name2")
    info = rx.compile.cache_info()
    assert info.misses == 600 and info.hits == 600, info
