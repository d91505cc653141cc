"""Reading plain YAML data with yaml-rs, or declining: the quickest first pass over a large overlay.

yaml-rs (Rust, YAML 1.2) parses a 1,000-engine overlay and builds its data in ~85 ms; libyaml's event reader
(:mod:`llmengines.fast_yaml`) takes ~0.5 s for the same file, most of it making a Python object per event. But
yaml-rs does not say how a scalar was written, and that decides its value (``'12'`` is text, ``12`` a number).
So :func:`read` uses its data only where the file itself shows that the precise reader would read every scalar
the same, and raises :class:`Unreadable` otherwise; the caller then gives the file to the event reader, which
sees quoting. Why these checks are enough (each fact about yaml-rs is pinned by a test that fails if a release
changes it):

1. **What cannot be seen, or is read otherwise, is refused from the bytes**: ``&``, ``*``, ``!`` or ``?`` where a
   node may start (anchors, aliases, tags, explicit keys), ``|`` or ``>`` ending a line but for a comment (block
   scalars) or starting a node in a flow collection (text to yaml-rs, an error to ruamel), a colon after a space
   or ``[{,`` or before ``[]{},`` (YAML 1.2.2 and ruamel read some differently in a flow collection), an escaped
   surrogate (a pair is one character to yaml-rs, two to ruamel), and a line starting ``%``, ``---`` or ``...``
   (directives, documents).
2. **Values other than text**: yaml-rs makes them (null, booleans, integers, floats; dates are not asked for)
   only of plain scalars spelled with ASCII letters, digits and ``_ . + - ~``. Such a scalar is a whole run of
   those characters in the file, since none of them may stand right before or after a plain scalar. So for every
   distinct run in the file that yaml-rs alone reads as such a value, the precise reader's value of the same
   plain spelling must be the same (type and ``repr``).
3. **Text**: a text value ``s`` is what the precise reader makes too, unless it would give the plain spelling
   ``s`` another value (a number, null, a date written otherwise). Then ``s`` must have been quoted: it holds no
   space (a plain scalar over several lines is folded with one) and every place it occurs in the file lies
   between two equal quotes, which never precede a plain scalar. The empty text is always quoted: yaml-rs reads
   an empty plain scalar as null.
4. **Shape**: keys are text other than ``<<``, no key is repeated (yaml-rs refuses them), and in a file with flow
   collections no key holds a space (an implicit key folded over lines there is one key to yaml-rs, an error to
   ruamel); the root is a mapping or a sequence, nesting stays within ``max_depth`` and there are at most
   ``max_values`` values. Before yaml-rs is called, no line may start with more than 64 spaces and dashes: deeper
   nesting would overflow its stack. Text made by an escape is judged by the caller's ``unjudged`` test, as in
   the event reader.

Anything that fails a check, and any parse error, raises :class:`Unreadable`: nothing is accepted or refused here
that the event reader and the precise reader would not. So is a file whose checks would take longer than the
event reader (thousands of distinct typed spellings, or of quoted texts to prove quoted, in a large file).

yaml-rs parses without holding the GIL (then builds the objects with it): once the byte checks have passed,
:func:`read` runs it in a thread of its own, always joined before returning, while the search for runs goes on in
the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# The bytes that matter to rule 1, each mapped to a class letter (every other byte to "x"), so that where they
# stand can be judged by a few byte searches over one translated copy (~10 ms for 2 MB, where regular expressions
# over the file took ~150 ms): W whitespace, F ``[{,``, C ``]}``, P ``&*!?``, Q a quote, D ``-``, ``:`` itself.
_CLASSES = bytes(
    ord("W") if b in b" \t\r\n" else ord("F") if b in b"[{," else ord("C") if b in b"]}"
    else ord("P") if b in b"&*!?" else ord("Q") if b in b"'\"" else ord("D") if b == ord("-")
    else ord(":") if b == ord(":") else ord("x")
    for b in range(256)
)  # fmt: skip
# An anchor, alias or tag (``&*!``) starts a node: after a space, a line's start, a flow or block indicator or a
# quote (more places than YAML allows, never fewer), so ``R&D`` or ``?a=1&b=2`` is not one. So does a mapping
# key's ``?``, which libyaml and ruamel take as one in ``{?a: b}`` too (YAML 1.1), where yaml-rs reads ``?a``.
_NODE_STARTS = (b"WP", b"FP", b"CP", b":P", b"DP", b"QP", b"PP")
# A colon after a space or ``[{,``, or before ``[]{},``: where yaml-rs (YAML 1.2.2) and ruamel may disagree on
# whether it is a value indicator or text (``[a:]``, ``{:a}``); a colon after a space is rare outside flow.
_ODD_COLONS = (b"W:", b"F:", b":F", b":C")
# A block scalar's header ends its line (a comment aside), so ``# yes | no`` is not one. And ``|`` or ``>`` that
# starts a node in a flow collection (``[|]``, ``{x: >y}``) is text to yaml-rs and an error to ruamel.
_BLOCK_HEADER = re.compile(rb"[|>][0-9+\-]{0,2}[ \t]*(?:#[^\r\n]*)?(?:[\r\n]|\Z)")
_INDICATOR_START = re.compile(rb"(?:\A|[\[{,:\r\n]) *[|>]")
# A surrogate written as an escape: ruamel keeps a pair as two lone surrogates, yaml-rs joins it into one character.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abAB]|\\U0000[dD][89abAB]")
# Directives and document markers start a line.
_UNSEEN_STARTS = (b"%", b"---", b"...")
# yaml-rs builds Python objects recursively: ~20,000 nested block sequences (``- - - … x``, 40 KB) overflow its
# stack and kill the process. A block node is at most about twice as deep as the spaces and dashes before it on
# its line, and yaml-rs refuses flow nesting past a few hundred levels (a test pins it): so no line may start with
# more than this many spaces and dashes, which keeps every file it is given under ~400 levels.
_PREFIX_BYTES = bytes(ord("S") if b in b" -" else ord("N") if b in b"\r\n" else ord("x") for b in range(256))
_LONGEST_PREFIX = 64
# The characters yaml-rs's non-text values are spelled with (rule 2); every other byte separates runs of them.
_RUN_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.+~-"
_RUN_ONLY = bytes(b if b in _RUN_BYTES else 0x20 for b in range(256))
# The precise reader's reading of a spelling takes ~0.1 ms, and proving a text quoted one search of the file: past
# these, the event reader (linear in the file) is quicker than the checks, and takes the file.
_MAX_READINGS = 5_000
_MAX_PROOF_BYTES = 200_000_000  # texts to prove quoted × the file's size
_SHORT_DIGITS = 18  # fits a 64-bit integer, far under Python's least limit on converting digits (640)
_TEXT_ONLY = {str}
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_QUOTES = b"'\""
_SPACE = re.compile(r"\s")


class Unreadable(Exception):
    """The file is left to the next reader."""


def available() -> bool:
    """Whether yaml-rs is installed."""
    return _loads() is not None


def _loads() -> Callable[..., Any] | None:
    try:
        from yaml_rs import loads
    except ImportError:
        return None
    return loads


def read(
    raw: bytes,
    *,
    plain: Callable[[str], Any],
    text_key: Callable[[str], bool],
    typed_starts: Callable[[], frozenset[str]],
    unjudged: Callable[[str], object],
    max_depth: int,
    max_values: int,
) -> Any:
    """The data of ``raw`` (valid UTF-8, already free of characters the readers judge differently).

    ``plain(s)`` is the precise reader's value of the plain scalar ``s`` (raising for one it would not accept),
    ``text_key(s)`` whether it makes the plain key ``s`` text (not a date, say), and ``typed_starts()`` the first
    characters of every plain scalar it reads as other than text (called while yaml-rs parses: making them may
    take a while, the precise reader's import).
    """
    loads = _loads()
    # Before yaml-rs sees the file: what it must not be given. Too deep a file overflows its stack, aliases can
    # expand to gigabytes (it bounds events, not bytes), and '?' or ': ' nest as deep as dashes do.
    if loads is None or _too_deep(raw) or _unseen(raw):
        raise Unreadable
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable from None
    # yaml-rs parses without the GIL, then builds objects with it: the runs' search and the precise reader's
    # import (~50 ms) go on meanwhile, on the other core.
    parse = _Parse(loads, text)
    try:
        runs = _typed_runs(raw, loads)
        starts = typed_starts()
    finally:
        data = parse.result()  # joined whatever happens: no thread outlives the call
    if type(data) is not dict and type(data) is not list:
        raise Unreadable  # a scalar document, or none
    flow = b"{" in raw or b"[" in raw
    # Without a backslash no escape made a character: the caller has judged the file's own.
    keys, texts = _walk(data, starts, unjudged if b"\\" in raw else None, max_depth, max_values, flow=flow)
    budget = _MAX_READINGS - len(keys) - len(texts)  # the precise reader's readings left for the runs
    if budget < 0:
        raise Unreadable
    proofs = [_MAX_PROOF_BYTES // max(len(raw), 1)]
    _check_texts(raw, keys, text_key, proofs)
    _check_texts(raw, texts, lambda text: _is_text(plain, text), proofs)
    _check_runs(runs, plain, budget)
    return data


_THREAD_STACK = 16 << 20  # bytes: what CPython gives its threads on macOS, twice Linux's usual main thread


class _Parse:
    """``loads(text)`` in a thread of its own (in this one, at once, if no thread can be started)."""

    def __init__(self, loads: Callable[..., Any], text: str) -> None:
        import threading

        self._loads, self._text = loads, text
        self._data: Any = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = threading.Thread(target=self._run, name="yaml-rs", daemon=True)
        try:
            # yaml-rs recurses as deep as the file nests (up to ~400 levels, see _too_deep): give its thread the
            # stack a main thread has, where a platform's default for threads is smaller (musl's: 128 KiB).
            previous = threading.stack_size(_THREAD_STACK)
            try:
                self._thread.start()
            finally:
                threading.stack_size(previous)
        except (RuntimeError, ValueError):  # "can't start new thread", or no stack size of one's own here
            self._thread = None
            self._run()

    def _run(self) -> None:
        try:
            self._data = self._loads(self._text, parse_datetime=False)
        except BaseException as exc:  # a parse error, a duplicate key; a panic (pyo3's is a BaseException)
            self._error = exc

    def result(self) -> Any:
        """The data, once parsed; :class:`Unreadable` if yaml-rs refused the text or failed."""
        if self._thread is not None:
            self._thread.join()
        if isinstance(self._error, KeyboardInterrupt | SystemExit):
            raise self._error
        if self._error is not None:
            raise Unreadable from self._error
        return self._data


def _too_deep(raw: bytes) -> bool:
    """Whether a line of ``raw`` starts with more spaces and dashes than yaml-rs's stack may take (rule 1)."""
    prefixes, deep = raw.translate(_PREFIX_BYTES), b"S" * _LONGEST_PREFIX
    return prefixes.startswith(deep) or b"N" + deep in prefixes


def _unseen(raw: bytes) -> bool:
    """Whether ``raw`` may hold what yaml-rs's data does not show, or shows otherwise (rule 1; with
    :func:`_too_deep`, which is judged first)."""
    classes = raw.translate(_CLASSES)
    if b"P" in classes and (classes.startswith(b"P") or any(pair in classes for pair in _NODE_STARTS)):
        return True
    if any(pair in classes for pair in _ODD_COLONS):
        return True
    if (b"|" in raw or b">" in raw) and (_BLOCK_HEADER.search(raw) or _INDICATOR_START.search(raw)):
        return True
    if (b"\\u" in raw or b"\\U" in raw) and _SURROGATE_ESCAPE.search(raw):
        return True
    # (each start searched for alone first: one quick search of the file where most have none)
    return raw.startswith(_UNSEEN_STARTS) or any(
        start in raw and (b"\n" + start in raw or b"\r" + start in raw) for start in _UNSEEN_STARTS
    )


def _walk(
    root: Any,
    typed_starts: frozenset[str],
    unjudged: Callable[[str], object] | None,
    max_depth: int,
    max_values: int,
    *,
    flow: bool,
) -> tuple[set[str], set[str]]:
    """Check the shape (rule 4); return the keys and the texts that start like a typed plain scalar (rule 3).
    With ``flow`` (the file has flow collections), no key may hold a space: an implicit key folded over lines in a
    flow collection is one key to yaml-rs (YAML 1.2.2) and an error to ruamel.

    Containers are judged a whole at a time, a level of nesting at a time: ~90,000 values in a 1,000-engine
    overlay. Their values go into one set (a container among them, unhashable, makes it raise: then they are
    judged one by one), and the types of the few distinct scalars are judged at the end."""
    keys: set[str] = set()
    scalars: set[Any] = set()
    count = 1  # as the event reader counts: each container, each key, each scalar
    level: list[Any] = [root]
    depth = 1
    while level:
        if depth > max_depth:
            raise Unreadable
        deeper: list[Any] = []
        push = deeper.append
        for container in level:
            if type(container) is dict:
                keys.update(container)  # their types are judged once, on the distinct keys
                values: Any = container.values()
                count += 2 * len(container)  # a key and a value each (a value container counts as itself)
            else:
                values = container
                count += len(container)
            try:
                scalars.update(values)
            except TypeError:  # a container among them
                for value in values:
                    kind = type(value)
                    if kind is dict or kind is list:
                        push(value)
                    elif kind in _SCALAR_TYPES:
                        scalars.add(value)
                    else:
                        raise Unreadable from None
        if count > max_values:
            raise Unreadable
        level = deeper
        depth += 1
    if not _SCALAR_TYPES.issuperset(map(type, scalars)):
        raise Unreadable
    if "<<" in keys or not _TEXT_ONLY.issuperset(map(type, keys)):
        raise Unreadable
    if flow and any(_SPACE.search(key) for key in keys):
        raise Unreadable
    texts = {value for value in scalars if type(value) is str}
    if any(type(value) is float and value - value != 0.0 for value in scalars):
        raise Unreadable  # inf or nan: the precise reader leaves them to the schema, which refuses them
    if unjudged is not None and (any(map(unjudged, keys)) or any(map(unjudged, texts))):
        raise Unreadable
    return _starting(keys, typed_starts), _starting(texts, typed_starts)


def _starting(texts: set[str], typed_starts: frozenset[str]) -> set[str]:
    return {text for text in texts if not text or text[0] in typed_starts}


def _is_text(plain: Callable[[str], Any], text: str) -> bool:
    try:
        value = plain(text)
    except Exception:
        return False
    return type(value) is str and value == text


def _check_texts(raw: bytes, texts: set[str], same: Callable[[str], bool], proofs: list[int]) -> None:
    """Rule 3: a text the precise reader would read otherwise (``same`` is false), if plain, was quoted.

    ``proofs[0]``: how many more texts may be searched for in the file (each search reads it whole)."""
    for text in texts:
        if not text:
            continue  # yaml-rs reads an empty plain scalar as null: this one was quoted
        if same(text):
            continue
        proofs[0] -= 1
        if proofs[0] < 0 or _SPACE.search(text):
            raise Unreadable
        needle = text.encode("utf-8")
        at = raw.find(needle)
        if at < 0:
            raise Unreadable  # written with an escape: how, is left to the next reader
        while at >= 0:
            end = at + len(needle)
            before = raw[at - 1 : at] if at else b""
            if not before or before not in _QUOTES or raw[end : end + 1] != before:
                raise Unreadable
            at = raw.find(needle, end)


def _typed_runs(raw: bytes, loads: Callable[..., Any]) -> list[tuple[bytes, Any]]:
    """Rule 2's first half: each distinct run in ``raw`` that yaml-rs reads as a value other than text, with it.

    Runs of up to 18 digits alone are left out: both readers read them as the decimal integer (tests pin it;
    longer ones may meet Python's limit on converting digits). The others are read by yaml-rs in one document,
    a run a line."""
    runs = [
        run
        for run in set(raw.translate(_RUN_ONLY).split())
        if not (run.isdigit() and len(run) <= _SHORT_DIGITS) and run != b"-"
    ]
    if not runs:
        return []
    document = "\n".join(f"{n}: {run.decode('ascii')}" for n, run in enumerate(runs))  # "-" alone: a sequence
    try:
        readings = list(loads(document, parse_datetime=False).values())
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        raise Unreadable from None
    if len(readings) != len(runs):
        raise Unreadable
    return [(run, ours) for run, ours in zip(runs, readings, strict=True) if type(ours) is not str]


def _check_runs(runs: list[tuple[bytes, Any]], plain: Callable[[str], Any], budget: int) -> None:
    """Rule 2's second half: the precise reader reads each of :func:`_typed_runs` the same (type and ``repr``);
    ``budget`` is how many of them it may be asked about."""
    if len(runs) > budget:
        raise Unreadable
    for run, ours in runs:
        try:
            theirs = plain(run.decode("ascii"))
        except Exception:
            raise Unreadable from None
        if type(theirs) is not type(ours) or repr(theirs) != repr(ours):
            raise Unreadable
