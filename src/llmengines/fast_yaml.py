"""Reading plain YAML data at C speed, or declining: the first pass over a large overlay.

The position-tracking reader (:func:`llmengines.validation.read_yaml`, ruamel's pure-Python round-trip loader)
takes ~17 ms an engine; libyaml's event parser takes well under 1 ms. :func:`load` builds JSON-like data from
libyaml's events — PyYAML's binding (libyaml 0.2.5; ``ruamel.yaml.clib`` bundles an older libyaml that refuses
``{repository: https://…}``, valid YAML 1.2) — and returns :data:`DECLINED` for anything but plain data
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

# Characters this reader never judges: C0 controls other than tab, line feed and carriage return, DEL, C1
# controls (U+0085 NEL is a line break in YAML 1.1, which libyaml follows, but not in 1.2), U+2028/U+2029
# (line breaks for libyaml), and the byte-order mark. Tabs are declined too: YAML gives them meanings that
# differ between the two readers' versions.
_UNJUDGED = re.compile(rb"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]|\xef\xbb\xbf")
_UNJUDGED_TEXT = re.compile("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def available() -> bool:
    """Whether libyaml's C parser is installed (PyYAML's binding)."""
    return _parser_class() is not None


def _parser_class() -> type | None:
    try:
        from yaml._yaml import CParser  # type: ignore[import-untyped]
    except ImportError:  # PyYAML built without libyaml
        return None
    return CParser  # type: ignore[no-any-return]


def load(raw: bytes, max_values: int, parser: type | None = None) -> Any:
    """The data of a one-document YAML file ``raw`` (valid UTF-8), or :data:`DECLINED`."""
    parser = parser or _parser_class()
    if parser is None or _UNJUDGED.search(raw):
        return DECLINED
    try:
        return _build(parser(raw), _Scalars(), max_values)
    except _Decline:
        return DECLINED
    except Exception:  # a parse error (yaml.YAMLError, or anything unforeseen): the precise reader reports it
        return DECLINED


class _Decline(Exception):
    """Raised inside :func:`_build` to give the file to the precise reader."""


def _build(events: Any, scalars: _Scalars, max_values: int) -> Any:
    next_event = events.get_event
    first = next_event()
    if type(first).__name__ != "StreamStartEvent":
        raise _Decline
    start = next_event()
    if type(start).__name__ != "DocumentStartEvent" or start.version or start.tags:
        raise _Decline  # no document (empty), or directives that change how it is read
    plain, plain_key = scalars.plain, scalars.key
    # stack entries: [container, is_mapping, pending key or _NO_KEY]
    stack: list[list[Any]] = []
    count = 0
    root: Any = DECLINED
    while True:
        event = next_event()
        kind = type(event).__name__
        if kind == "ScalarEvent":
            if event.tag is not None or event.anchor is not None:
                raise _Decline
            style = event.style
            if not style:
                value = (
                    plain_key(event.value) if stack and stack[-1][1] and stack[-1][2] is _NO_KEY else plain(event.value)
                )
            elif style in ("'", '"'):
                value = event.value
                if style == '"' and _UNJUDGED_TEXT.search(value):
                    raise _Decline  # an escape made a character the precise reader may judge differently
            else:
                raise _Decline  # block scalars: chomping and indentation rules left to the precise reader
            new: Any = None
            is_container = False
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            if event.tag is not None or event.anchor is not None or len(stack) >= MAX_DEPTH:
                raise _Decline
            new = {} if kind == "MappingStartEvent" else []
            value = new
            style = None
            is_container = True
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            done = stack.pop()
            if done[1] and done[2] is not _NO_KEY:
                raise _Decline  # cannot happen in a well-formed stream
            if not stack:
                root = done[0]
                end = next_event()
                if type(end).__name__ != "DocumentEndEvent" or type(next_event()).__name__ != "StreamEndEvent":
                    raise _Decline  # a second document
                return root
            continue
        else:  # aliases, and anything unexpected
            raise _Decline
        count += 1
        if count > max_values:
            raise _Decline
        if not stack:  # a scalar document
            if is_container:
                stack.append([new, kind == "MappingStartEvent", _NO_KEY])
                continue
            end = next_event()
            if type(end).__name__ != "DocumentEndEvent" or type(next_event()).__name__ != "StreamEndEvent":
                raise _Decline
            return value if value is not None else DECLINED  # null: "the file is empty", said precisely
        top = stack[-1]
        if top[1]:  # a mapping: a key, or the value of the pending key
            if top[2] is _NO_KEY:
                if is_container or not isinstance(value, str) or value == "<<" or value in top[0]:
                    raise _Decline  # a complex, non-text, merge or duplicate key
                top[2] = value
                continue
            top[0][top[2]] = value
            top[2] = _NO_KEY
        else:
            top[0].append(value)
        if is_container:
            stack.append([new, kind == "MappingStartEvent", _NO_KEY])


_NO_KEY: Any = object()
_CONSTRUCTED = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp"))


class _Scalars:
    """Plain scalars as the round-trip reader makes them (text, numbers, booleans, null, dates), memoized."""

    def __init__(self) -> None:
        from ruamel.yaml.resolver import VersionedResolver

        resolver = VersionedResolver()
        self._resolve: Callable[..., Any] = resolver.resolve
        # ruamel looks implicit types up by first character: a scalar starting with any other one is text.
        self._typed_starts = frozenset(resolver.versioned_resolver)
        self._memo: dict[str, Any] = {}
        self._keys: dict[str, bool] = {}
        self._constructor: Any = None

    def plain(self, text: str) -> Any:
        if text and text[0] not in self._typed_starts:
            return text
        memo = self._memo
        if text in memo:
            value = memo[text]
        else:
            value = memo[text] = self._typed(text)
        if value is DECLINED:
            raise _Decline
        return value

    def key(self, text: str) -> str:
        """A plain mapping key: only one the round-trip reader makes text (not a date, number or null)."""
        if text and text[0] not in self._typed_starts:
            return text
        known = self._keys.get(text)
        if known is None:
            known = self._keys[text] = type(self._construct(text)) is str
        if not known:
            raise _Decline
        return text

    def _construct(self, text: str) -> Any:
        from ruamel.yaml.nodes import ScalarNode

        if self._constructor is None:
            from ruamel.yaml import YAML

            self._constructor = YAML(typ="rt").constructor
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
