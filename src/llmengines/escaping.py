"""Characters that must never reach a terminal or a file format raw, and how they are shown instead.

Strings from data files, the network, paths and the environment may hold C0/C1 control characters (an ESC
starts a terminal escape sequence: a window title, a hyperlink, the clipboard, a cleared screen), line
breaks that split one line into two, or bidirectional overrides that make text read differently from what
it is. Overlay values holding one are refused (:mod:`llmengines.validation`); everywhere else they are echoed
— tables, TSV, CSV, markdown, SVG, error messages — :func:`visible` shows them as escapes (``\\x1b``,
``\\n``, ``\\u202e``), and :func:`layout_safe` escapes them in JSON and YAML. Stdlib only: the query path
uses it.
"""

from __future__ import annotations

from llmengines.lazy import Pattern

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    import re

# C0 controls, DEL, C1 controls; the line and paragraph separators; the bidirectional marks, embeddings,
# overrides and isolates (U+061C, U+200E-F, U+202A-E, U+2066-9); lone surrogates (the undecodable bytes of a
# path, which no UTF-8 stream can write) and the noncharacters U+FFFE-F (not XML).
# Every one of them is unprintable to str.isprintable() (Unicode's Other and Separator categories; a test checks
# each), so printable text, nearly all text, is passed as it is without importing re.
UNSAFE = Pattern(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, newlines: bool = False) -> str:
    """``text`` with every unsafe character written as an escape (``\\x1b``, ``\\n``, ``\\u202e``).

    ``newlines=True`` keeps line feeds as they are: for text laid out in lines (a table cell or caption
    drawn by Rich), where a line break is layout, not an escape sequence.
    """
    if text.isprintable() or not UNSAFE.search(text):
        return text
    if newlines:
        return "\n".join(UNSAFE.sub(_escape, line) for line in text.split("\n"))
    return UNSAFE.sub(_escape, text)


def first_unsafe(text: str) -> str | None:
    """The first unsafe character of ``text``, escaped (for a message), or None."""
    if text.isprintable():
        return None
    found = UNSAFE.search(text)
    return None if found is None else _escape(found)


def layout_safe(text: str) -> str:
    """JSON or YAML text with the raw unsafe characters its encoder left as ``\\uXXXX`` escapes.

    ``json.dumps`` and ruamel escape C0 inside strings (C0 outside them, tab and newline, is the document's
    own layout); with Unicode output they leave C1 and bidi characters raw. In JSON (and in a double-quoted
    YAML scalar) the escape keeps the value exactly; in a plain YAML scalar it shows it.
    """
    if text.replace("\n", "").isprintable() or not _LAYOUT_RAW.search(text):  # the line breaks are layout
        return text
    return _LAYOUT_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# What JSON and YAML encoders leave raw.
_LAYOUT_RAW = Pattern("[\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
