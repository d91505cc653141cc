"""Reading plain YAML data at C or Rust speed, or declining: the first pass over a large overlay.

:func:`load` tries two readers in turn. :func:`from_rust` (yaml-rs, :mod:`llmengines.fast_yaml_rust`) is the
quickest but cannot see how a scalar was written, so it declines any file whose own bytes do not show that the
precise reader would read every scalar the same. :func:`from_events` sees quoting, and is described here.

The position-tracking reader (:func:`llmengines.validation.read_yaml`, ruamel's pure-Python round-trip loader)
takes ~17 ms an engine; libyaml's event parser takes well under 1 ms. :func:`from_events` builds JSON-like data
from libyaml's events — PyYAML's binding (libyaml 0.2.5; ``ruamel.yaml.clib`` bundles an older libyaml that
refuses ``{repository: https://…}``, valid YAML 1.2) — and returns :data:`DECLINED` for anything but plain data
it can read exactly as the precise reader would. The caller then reads the file the precise way, which gives
the result or the error with its line and column. So nothing is refused or accepted here that the precise
reader would not, and every safety rule stays in one place:

- any tag, anchor or alias (and so merge keys and alias bombs), ``%YAML``/``%TAG`` directives, more than one
  document, a key that is not text (or ``<<``), a duplicate key, nesting deeper than :data:`MAX_DEPTH`, more
  than ``MAX_VALUES`` values, control characters, NEL/LS/PS or a byte-order mark anywhere in the file, block
  scalars (``|``/``>``), and any scalar the round-trip reader would make other than text, a finite number, a
  boolean, null or a date: declined;
- plain scalars are resolved by ruamel's own YAML 1.2 resolver and constructor, so ``yes`` stays text and
  ``2026-11-01`` becomes the same date, exactly as in the precise reader; a parse error is a decline too.

No positions are kept: the data is for validation, and every problem found is reported after reading the file
again the precise way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 32  # engine records nest 5 deep; anything deeper is left to the precise reader's own limit


class _Declined:
    __slots__ = ()

    def __repr__(self) -> str:
        return "DECLINED"


DECLINED: Any = _Declined()

# Characters this reader never judges: C0 controls other than line feed and carriage return (tabs too: YAML gives
# them meanings that differ between the two readers' versions), DEL, C1 controls (U+0085 NEL is a line break in
# YAML 1.1, which libyaml follows, but not in 1.2), U+2028/U+2029 (line breaks for libyaml), and the byte-order mark.
_CONTROL_BYTES = bytes([*range(0x0A), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_UNJUDGED_SEQUENCES = (b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xef\xbb\xbf")
_C1 = re.compile(rb"\xc2[\x80-\x9f]")
_UNJUDGED_TEXT = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
# A value right after a quoted key's colon (``["a":b]``): libyaml takes it in a flow sequence, ruamel refuses it.
_ADJACENT_VALUE = re.compile(rb"[\"']:[^\s]")


def _unjudged(raw: bytes) -> bool:
    # Byte searches rather than one regular expression: ~100x quicker over a 2 MB file.
    if raw.translate(None, _OTHER_BYTES):
        return True
    if any(sequence in raw for sequence in _UNJUDGED_SEQUENCES):
        return True
    if b"\xc2" in raw and _C1.search(raw) is not None:
        return True
    if raw.startswith(b"...") + raw.count(b"\n...") + raw.count(b"\r...") > 1:
        return True  # libyaml lets a document end twice; ruamel finds another document
    return (b'":' in raw or b"':" in raw) and _ADJACENT_VALUE.search(raw) is not None


def available() -> bool:
    """Whether libyaml's C parser is installed (PyYAML's binding)."""
    return _parser_class() is not None


def _parser_class() -> type | None:
    try:
        from yaml._yaml import CParser  # type: ignore[import-untyped]
    except ImportError:  # PyYAML built without libyaml
        return None
    return CParser  # type: ignore[no-any-return]


def load(raw: bytes, max_values: int) -> Any:
    """The data of a one-document YAML file ``raw`` (valid UTF-8), or :data:`DECLINED`: yaml-rs's reading if
    it can be shown to be the precise reader's, else libyaml's events."""
    if _unjudged(raw):
        return DECLINED
    scalars = _Scalars()
    data = _from_rust(raw, max_values, scalars)
    return _from_events(raw, max_values, scalars) if data is DECLINED else data


def from_rust(raw: bytes, max_values: int) -> Any:
    """``raw`` read by yaml-rs, or :data:`DECLINED` (see :mod:`llmengines.fast_yaml_rust` for why it agrees)."""
    return DECLINED if _unjudged(raw) else _from_rust(raw, max_values, _Scalars())


def from_events(raw: bytes, max_values: int) -> Any:
    """``raw`` read from libyaml's events, or :data:`DECLINED`."""
    return DECLINED if _unjudged(raw) else _from_events(raw, max_values, _Scalars())


def _from_rust(raw: bytes, max_values: int, scalars: _Scalars) -> Any:
    from llmengines import fast_yaml_rust

    try:
        return fast_yaml_rust.read(
            raw,
            plain=scalars.plain,
            text_key=scalars.is_text_key,
            typed_starts=scalars.typed_starts,
            unjudged=_UNJUDGED_TEXT.search,
            max_depth=MAX_DEPTH,
            max_values=max_values,
        )
    except fast_yaml_rust.Unreadable:
        return DECLINED


def _from_events(raw: bytes, max_values: int, scalars: _Scalars) -> Any:
    parser = _parser_class()
    if parser is None:
        return DECLINED
    try:
        return _build(parser(raw), scalars, max_values)
    except _Decline:
        return DECLINED
    except Exception:  # a parse error (yaml.YAMLError, or anything unforeseen): the precise reader reports it
        return DECLINED


class _Decline(Exception):
    """Raised inside :func:`_build` to give the file to the precise reader."""


def _build(events: Any, scalars: _Scalars, max_values: int) -> Any:  # one flat loop: it runs per event
    from yaml.events import (  # type: ignore[import-untyped]
        DocumentEndEvent,
        DocumentStartEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
        StreamEndEvent,
        StreamStartEvent,
    )

    get = events.get_event
    if type(get()) is not StreamStartEvent:
        raise _Decline
    start = get()
    if type(start) is not DocumentStartEvent or start.version or start.tags:
        raise _Decline  # no document (empty), or directives that change how it is read
    typed, plain, check_key = scalars.typed_starts(), scalars.plain, scalars.check_key
    text_keys, values = scalars.text_keys, scalars.values  # memos, looked up here before calling
    unjudged = _UNJUDGED_TEXT.search
    stack: list[tuple[Any, bool, Any]] = []  # the enclosing containers: (container, is a mapping, its key)
    container: Any = None
    is_map = False
    key: Any = _NO_KEY  # in a mapping: the key whose value comes next
    root: Any = None
    count = 0
    while True:
        event = get()
        kind = type(event)
        if kind is ScalarEvent:
            if event.tag is not None or event.anchor is not None:
                raise _Decline
            style = event.style
            text = event.value
            if style:
                if style == '"':
                    if unjudged(text):
                        raise _Decline  # an escape made a character the precise reader may judge differently
                elif style != "'":
                    raise _Decline  # block scalars: chomping and indentation rules left to the precise reader
                value: Any = text
            elif text and text[0] not in typed:
                value = text
            elif is_map and key is _NO_KEY:
                if text not in text_keys:
                    check_key(text)
                value = text
            else:
                value = values.get(text, _NO_KEY)
                if value is _NO_KEY:
                    value = plain(text)
            count += 1
            if is_map:
                if key is _NO_KEY:
                    if text == "<<" or text in container:
                        raise _Decline  # a merge key, or a duplicate
                    key = text
                else:
                    container[key] = value
                    key = _NO_KEY
            elif container is not None:
                container.append(value)
            else:  # a document that is one scalar
                if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent or value is None:
                    raise _Decline  # a second document; or null, which the precise reader calls empty
                if type(value) is str and not value.strip():
                    raise _Decline  # only Unicode spaces (NBSP…): the precise reader calls the file empty
                return value
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.tag is not None or event.anchor is not None or len(stack) >= MAX_DEPTH:
                raise _Decline
            new: Any = {} if kind is MappingStartEvent else []
            count += 1
            if container is None:
                root = new
            elif is_map:
                if key is _NO_KEY:
                    raise _Decline  # a mapping or sequence as a key
                container[key] = new
            else:
                container.append(new)
            stack.append((container, is_map, _NO_KEY))
            container, is_map, key = new, kind is MappingStartEvent, _NO_KEY
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, is_map, key = stack.pop()
            if container is None:
                if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
                    raise _Decline  # a second document
                return root
        else:  # aliases, and anything unexpected
            raise _Decline
        if count > max_values:
            raise _Decline


_NO_KEY: Any = object()
_CONSTRUCTED = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp"))


class _Scalars:
    """Plain scalars as the round-trip reader makes them (text, numbers, booleans, null, dates), memoized."""

    def __init__(self) -> None:
        self._resolve: Callable[..., Any] | None = None
        self._starts: frozenset[str] | None = None
        self.values: dict[str, Any] = {}  # plain scalar → its value (only those this reader accepts)
        self.text_keys: set[str] = set()  # plain keys that are text (only those)
        self._constructor: Any = None

    def typed_starts(self) -> frozenset[str]:
        """The first characters of every plain scalar ruamel reads as other than text. The first call imports
        ruamel (~25 ms), which yaml-rs's reader has done while yaml-rs parses."""
        if self._starts is None:
            from ruamel.yaml.resolver import VersionedResolver

            resolver = VersionedResolver()
            self._resolve = resolver.resolve
            # ruamel looks implicit types up by first character: a scalar starting with any other one is text.
            self._starts = frozenset(resolver.versioned_resolver)
        return self._starts

    def plain(self, text: str) -> Any:
        """A plain scalar's value, or :class:`_Decline`."""
        if text and text[0] not in self.typed_starts():
            return text
        value = self.values.get(text, _NO_KEY)
        if value is _NO_KEY:
            value = self._typed(text)
            if value is DECLINED:
                raise _Decline
            self.values[text] = value
        return value

    def is_text_key(self, text: str) -> bool:
        """Whether the round-trip reader makes the plain mapping key ``text`` text."""
        try:
            self.check_key(text)
        except _Decline:
            return False
        return True

    def check_key(self, text: str) -> None:
        """Decline a plain mapping key the round-trip reader would not make text (a date, number or null)."""
        if text not in self.text_keys:
            if type(self._construct(text)) is not str:
                raise _Decline
            self.text_keys.add(text)

    def _construct(self, text: str) -> Any:
        from ruamel.yaml.nodes import ScalarNode

        if self._constructor is None:
            from ruamel.yaml import YAML

            self._constructor = YAML(typ="rt").constructor
        self.typed_starts()  # the resolver
        assert self._resolve is not None
        tag = self._resolve(ScalarNode, text, (True, False))
        if str(getattr(tag, "value", tag)) not in _CONSTRUCTED:
            return DECLINED  # merge keys, '=' and whatever ruamel would keep as a tagged scalar
        try:
            return self._constructor.construct_object(ScalarNode(tag, text, style=None))
        except Exception:  # e.g. an integer too long to convert: the precise reader says so
            return DECLINED

    def _typed(self, text: str) -> Any:
        import datetime as dt

        made = self._construct(text)
        if made is DECLINED:
            return DECLINED
        if isinstance(made, bool) or made is None:
            return made
        if isinstance(made, int):
            return int(made)
        if isinstance(made, float):
            return float(made) if math.isfinite(made) else DECLINED
        if isinstance(made, dt.date):
            return made.isoformat()
        if type(made) is str:
            return made
        return DECLINED  # merge keys, '=' and whatever else ruamel keeps as a tagged scalar
