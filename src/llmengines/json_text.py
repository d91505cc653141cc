"""JSON read and written without importing :mod:`json`, which imports ``re`` (and ``enum``): ~8 ms a run here,
more than a third of ``python -c pass``, for a query that only reads the bundled data and prints records.

This is the one shim over CPython's private ``_json`` accelerator — the C scanner and string encoders that
:mod:`json` itself uses — and it gives exactly what ``json.loads`` and ``json.dumps`` give (``tests/test_json_text.py``
compares both over the bundled data and generated documents, and fails if ``_json`` changes). Anything it is not
sure of (no ``_json``, a value that is not plain JSON data, a malformed document) goes to :mod:`json` itself, so
the results and the errors are json's.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any

try:
    import _json
except ImportError:  # another interpreter: json does it all
    _json = None  # type: ignore[assignment]

_CONSTANTS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
_SPACE = " \t\n\r"
_INFINITY = float("inf")


class _Context:
    """What ``_json.make_scanner`` reads from a ``json.JSONDecoder``: json's defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = _CONSTANTS.__getitem__


# The scanner reads its settings from the object it is given, as from a json.JSONDecoder.
_scan = None if _json is None else _json.make_scanner(_Context())  # type: ignore[arg-type]


def loads(text: str) -> Any:
    """``json.loads(text)`` for a ``str``."""
    if _scan is not None:
        start = len(text) - len(text.lstrip(_SPACE))
        try:
            value, end = _scan(text, start)
        except StopIteration:
            pass  # no value where one should be: json says where
        else:
            if not text[end:].strip(_SPACE):
                return value
    import json  # the error, or the interpreter without _json: json's own answer

    return json.loads(text)


def load_file(path: str) -> Any:
    """``json.load`` of a UTF-8 file."""
    with open(path, encoding="utf-8") as file:  # noqa: PTH123 - pathlib costs an import
        return loads(file.read())


class _NotPlain(Exception):
    """A value json would encode differently or refuse (an object, a key that is not a string): json decides."""


def dumps(
    value: Any, *, ensure_ascii: bool = True, indent: int | None = None, separators: tuple[str, str] | None = None
) -> str:
    """``json.dumps(value, ensure_ascii=…, indent=…, separators=…)``: compact text by json's own C encoder,
    indented text (json's is pure Python) by :func:`_indented`. Anything the two are not sure of — a value that
    is not plain JSON data, separators with an indent — is passed to json itself."""
    if _json is not None:
        encode = _json.encode_basestring_ascii if ensure_ascii else _json.encode_basestring
        try:
            if indent is None:
                item, key = separators or (", ", ": ")
                return _compact(value, encode, item, key)
            if indent >= 0 and separators is None:
                return _indented(value, encode, " " * indent)
        except (_NotPlain, RecursionError, ValueError):  # ValueError: a circular reference, which json reports
            pass
    import json

    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators)


def dumps_each(values: list[Any], *, ensure_ascii: bool = True) -> list[str]:
    """``[json.dumps(v, ensure_ascii=…) for v in values]``, the plain ones by one of json's C encoders (making one
    per value was a tenth of the time for 1,000 engine records). Any other value goes to :func:`dumps`, and so
    to json, which raises what json raises."""
    if _json is None:
        return [dumps(value, ensure_ascii=ensure_ascii) for value in values]
    encode = _json.encode_basestring_ascii if ensure_ascii else _json.encode_basestring
    encoder = None
    out = []
    for value in values:
        if encoder is None:  # a new one after a failure, which may leave its circular-reference marks behind
            encoder = _json.make_encoder({}, _not_plain, encode, None, ": ", ", ", False, False, True)
        try:
            out.append(encode(value) if isinstance(value, str) else "".join(encoder(value, 0)))
        except (_NotPlain, RecursionError, ValueError):
            encoder = None
            out.append(dumps(value, ensure_ascii=ensure_ascii))
    return out


def _not_plain(value: Any) -> Any:
    raise _NotPlain


def _compact(value: Any, encode: Any, item: str, key: str) -> str:
    """What ``json.JSONEncoder.encode`` does without ``indent``: json's C encoder, as json sets it up."""
    if isinstance(value, str):
        return encode(value)  # type: ignore[no-any-return]
    # markers {} (json's check_circular), default, encoder, indent, key separator, item separator, sort_keys,
    # skipkeys, allow_nan: the arguments json.encoder passes, in its order.
    encoder = _json.make_encoder({}, _not_plain, encode, None, key, item, False, False, True)
    return "".join(encoder(value, 0))


def _scalar(value: Any, encode: Any) -> str | None:
    if isinstance(value, str):
        return encode(value)  # type: ignore[no-any-return]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:  # noqa: PLR0124 - NaN
            return "NaN"
        if value == _INFINITY:
            return "Infinity"
        if value == -_INFINITY:
            return "-Infinity"
        return float.__repr__(value)
    return None


def _indented(value: Any, encode: Any, step: str) -> str:
    """json.dumps with ``indent``: items on their own lines, ``", "`` → ``","``, empty containers as ``[]``/``{}``.

    Written for speed (it is most of what a JSON query does after loading): exact types are dispatched inline,
    and anything else — a subclass of str or int, a float — goes through :func:`_scalar`, as json treats it.
    """
    parts: list[str] = []
    append = parts.append

    def item_text(item: Any, pad: str) -> None:
        kind = type(item)
        if kind is str:
            append(encode(item))
        elif item is None:
            append("null")
        elif item is True:
            append("true")
        elif item is False:
            append("false")
        elif kind is int:
            append(int.__repr__(item))
        elif kind is dict or kind is list or kind is tuple:
            walk(item, pad)
        else:
            text = _scalar(item, encode)
            if text is not None:
                append(text)
            elif isinstance(item, dict | list | tuple):
                walk(item, pad)
            else:
                raise _NotPlain

    def walk(value: Any, pad: str) -> None:
        if not value:
            append("{}" if isinstance(value, dict) else "[]")
            return
        inner = pad + step
        following = ",\n" + inner
        if isinstance(value, dict):
            append("{\n" + inner)
            first = True
            for key, item in value.items():
                if type(key) is not str and not isinstance(key, str):
                    raise _NotPlain
                if first:
                    first = False
                else:
                    append(following)
                append(encode(key))
                append(": ")
                item_text(item, inner)
            append("\n" + pad + "}")
        else:
            append("[\n" + inner)
            first = True
            for item in value:
                if first:
                    first = False
                else:
                    append(following)
                item_text(item, inner)
            append("\n" + pad + "]")

    item_text(value, "")
    return "".join(parts)
