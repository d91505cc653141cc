"""What the query path makes on first use (llmengines.lazy) and the shortcuts that let it skip ``re``."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from llmengines import escaping, vocabulary
from llmengines.lazy import Pattern, once

UNSAFE_SOURCE = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"


def test_every_unsafe_character_is_unprintable_so_the_shortcut_is_exact() -> None:
    # visible() and layout_safe() pass printable text as it is without a regex: that is only right if no
    # character the regex escapes is printable. Checked over every code point.
    unsafe = re.compile(UNSAFE_SOURCE)
    found = [c for c in map(chr, range(sys.maxunicode + 1)) if unsafe.match(c)]
    assert len(found) == 32 + 33 + 2 + 1 + 2 + 5 + 4 + 2048 + 2
    assert [c for c in found if c.isprintable()] == []
    assert escaping.UNSAFE.pattern == UNSAFE_SOURCE


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_visible_and_layout_safe_are_what_the_regex_alone_gives(text: str) -> None:
    unsafe = re.compile(UNSAFE_SOURCE)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

    def escape(m: re.Match[str]) -> str:
        c = m.group()
        return named.get(c) or (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")

    expected = unsafe.sub(escape, text)
    assert escaping.visible(text) == expected
    layout = re.compile(UNSAFE_SOURCE.replace("\\x00-\\x1f", "").replace("\x00-\x1f", ""))
    assert escaping.layout_safe(text) == layout.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def test_escaping_examples() -> None:
    assert escaping.visible("a\x1b[31mb") == "a\\x1b[31mb"
    assert escaping.visible("x\ny", newlines=True) == "x\ny"
    assert escaping.layout_safe('[\n  "a\u202eb"\n]') == '[\n  "a\\u202eb"\n]'
    assert escaping.first_unsafe("ok") is None and escaping.first_unsafe("o\u2028k") == "\\u2028"


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_squash_is_the_regex_it_replaced(text: str) -> None:
    assert vocabulary.squash(text) == re.sub(r"[^0-9a-z]+", "", text.casefold())


def test_squash_examples() -> None:
    assert {vocabulary.squash(t) for t in ("LLaMA.cpp", "llama-cpp", "llamacpp")} == {"llamacpp"}
    assert vocabulary.squash("Straße ﬁ K") == "strassefik"  # casefolding can make ASCII out of other letters


def test_once_calls_the_function_once_and_can_forget() -> None:
    calls: list[int] = []

    @once
    def value() -> list[int]:
        calls.append(1)
        return [len(calls)]

    first = value()
    assert value() is first and calls == [1]
    value.cache_clear()  # type: ignore[attr-defined]
    assert value() == [2] and value.__name__ == "value"


def test_a_pattern_compiles_on_first_use_and_matches_as_re_does() -> None:
    p = Pattern(lambda re: re.escape("a.b") + "+")
    assert p._compiled is None
    assert p.search("xa.bb") is not None and p.search("axb") is None
    assert p.sub("-", "a.bb a.b") == "- -" and p.pattern == r"a\.b+"
    assert p.findall("a.b a.bbb") == ["a.b", "a.bbb"]
    assert Pattern(r"\d+").match("123x") is not None and Pattern(r"\d+").match("x1") is None
