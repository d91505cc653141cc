"""Engines' JSON text known before it is asked for: written once with the overlay cache, spliced into output.

A cached 1,000-engine overlay made ``list --json`` encode 2.4 MB of records on every call (~55 ms of a ~250 ms
run, json's C encoder being what it is). The text of each engine's export fields (:func:`export_text`, as
``json.dumps(engine_to_dict(engine), ensure_ascii=False)`` writes it) is the same every time, so the overlay loader
writes it into the cache beside the rows and :func:`remember` s it for the engines it builds from them; a record
made of those fields and a few more is then that text with the others appended (:func:`with_fields`).

Only the engine objects remembered have a text (engines are frozen, and their tables are never changed in
place), and a record of any other shape is encoded as usual: :func:`llmengines.views.dataset.engine_record_and_text`
says which.
"""

from __future__ import annotations

from llmengines import json_text
from llmengines.dataset import engine_to_dict

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from llmengines.models import Engine

# id(engine) → (engine, its text); the engine is held so that its id cannot be reused by another object.
_KNOWN: dict[int, tuple[Engine, str]] = {}


def export_text(engine: Engine) -> str:
    """``json.dumps(engine_to_dict(engine), ensure_ascii=False)``: the text :func:`remember` takes."""
    return json_text.dumps(engine_to_dict(engine), ensure_ascii=False)


def remember(engines: Sequence[Engine], texts: Sequence[str]) -> None:
    """Record ``texts[i]`` as the :func:`export_text` of ``engines[i]``, in place of what was remembered before:
    the texts of the dataset loaded last are kept, so a process that loads many holds one set."""
    if len(engines) != len(texts):
        raise ValueError("one text an engine")
    _KNOWN.clear()
    for engine, text in zip(engines, texts, strict=True):
        _KNOWN[id(engine)] = (engine, text)


def usable(engines: Sequence[Engine], texts: Sequence[str]) -> bool:
    """Whether ``texts`` (read back from a cache entry) can stand for the engines' export texts.

    The entry's checksum finds damage; this finds what a checksum cannot: texts from a build whose export had
    another shape (the first and last are compared with :func:`export_text`), texts out of step with their
    engines (each must be an object opening with its engine's id), and any character a text must not put on a
    terminal or in a pipe (json writes none: they would be a crafted entry's).
    """
    if len(texts) != len(engines):
        return False
    if engines and (texts[0] != export_text(engines[0]) or texts[-1] != export_text(engines[-1])):
        return False
    encode = json_text.dumps
    for engine, text in zip(engines, texts, strict=True):
        if not text.startswith(f'{{"id": {encode(engine.id, ensure_ascii=False)}, ') or not text.endswith("}"):
            return False
    try:
        raw = "\n".join(texts).encode()
    except UnicodeEncodeError:  # a lone surrogate, which no entry written here holds
        return False
    # C0 controls and DEL, by bytes (str.isprintable takes ~4 ns a character: 10 ms for 1,000 engines); json
    # escapes every C0 control inside a string and writes none outside one. Then C1, bidi and the like, which
    # are non-ASCII, in the few texts that are.
    if raw.translate(None, _NOT_C0):
        return False
    if not raw.isascii():
        from llmengines.escaping import layout_safe

        return all(t.isascii() or t.isprintable() or layout_safe(t) == t for t in texts)
    return True


# Every byte but the C0 controls and DEL; the line feed, which joins the texts, too.
_NOT_C0 = bytes(b for b in range(256) if not (b < 0x20 or b == 0x7F)) + b"\n"


def known(engine: Engine) -> str | None:
    """The :func:`export_text` of ``engine`` if it was remembered, else None."""
    found = _KNOWN.get(id(engine))
    return found[1] if found is not None and found[0] is engine else None


def any_known() -> bool:
    """Whether any engine has a remembered text (none without overlays: then nothing here is worth a call)."""
    return bool(_KNOWN)


def with_fields(text: str, fields: dict[str, Any]) -> str:
    """The text of the JSON object ``text`` with ``fields`` (new keys) after its own, as json writes the merged
    dict (default separators, ``ensure_ascii=False``)."""
    if not fields:
        return text
    if text == "{}":
        return json_text.dumps(fields, ensure_ascii=False)
    return text[:-1] + ", " + json_text.dumps(fields, ensure_ascii=False)[1:]


def forget() -> None:
    """Drop every remembered text (tests, and a library user who loads another dataset)."""
    _KNOWN.clear()
