"""The C- and Rust-speed first pass over overlays: it reads exactly what the precise reader reads, or declines.

Every case compares each fast reader — :func:`llmengines.fast_yaml.load` and the two it tries in turn,
:func:`~llmengines.fast_yaml.from_rust` (yaml-rs) and :func:`~llmengines.fast_yaml.from_events` (libyaml) — with
:func:`llmengines.validation.read_yaml` (ruamel's position-tracking round-trip reader, the judge of what a data
file says): where a fast reader accepts a file, the precise one must accept it too and give the same data; where
the precise one refuses a file, every fast one must decline it, so that the error is reported with its line and
column as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from llmengines import fast_yaml, fast_yaml_rust
from llmengines.errors import DataError
from llmengines.validation import MAX_VALUES, parse_overlay, read_yaml

DATA = Path(__file__).parents[1] / "src" / "llmengines" / "data"
sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_overlay import make  # noqa: E402

READERS = {"load": fast_yaml.load, "rust": fast_yaml.from_rust, "events": fast_yaml.from_events}
DECLINED_ = fast_yaml.DECLINED


def judged(tmp_path: Path, text: str | bytes) -> tuple[dict[str, Any], Any]:
    """(each fast reader's result, precise result or the DataError it raised) for one file."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    fast = {name: reader(raw, MAX_VALUES) for name, reader in READERS.items()}
    try:
        precise: Any = read_yaml(path).data
    except DataError as exc:
        precise = exc
    return fast, precise


def agree(tmp_path: Path, text: str | bytes) -> dict[str, Any]:
    fast, precise = judged(tmp_path, text)
    for name, result in fast.items():
        if isinstance(precise, DataError):
            assert result is DECLINED_, (name, text, result, precise)
        elif result is not DECLINED_:
            assert result == precise and json.dumps(result) == json.dumps(precise), (name, text, result, precise)
    return fast


def test_the_c_parser_and_yaml_rs_are_installed() -> None:
    # PyYAML (with libyaml) and yaml-rs are dependencies: without either a 1,000-engine overlay's first load
    # takes ~0.3 s (libyaml alone) to ~20 s (neither) more.
    assert fast_yaml.available()
    assert fast_yaml_rust.available()


@pytest.mark.parametrize("name", ["dataset.yaml", "engines.yaml", "techniques.yaml", "pricing.yaml"])
def test_the_bundled_files_read_the_same(tmp_path: Path, name: str) -> None:
    fast = agree(tmp_path, (DATA / name).read_bytes())
    assert fast["load"] is not DECLINED_ and fast["events"] is not DECLINED_


def test_a_generated_overlay_reads_the_same_and_yaml_rs_reads_it(tmp_path: Path) -> None:
    fast = agree(tmp_path, make(40))
    assert fast["rust"] is not DECLINED_ and len(fast["rust"]["engines"]) == 40


def test_the_template_reads_the_same_and_yaml_rs_reads_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fast = agree(tmp_path, cli("template").stdout)
    assert fast["rust"] is not DECLINED_


ACCEPTED = {
    "support-words": "a: yes\nb: no\nc: unknown\nd: on\ne: off\n",  # YAML 1.2: text, not booleans
    "booleans": "a: true\nb: False\nc: TRUE\n",
    "nulls": "a:\nb: ~\nc: null\nd: Null\n",
    "numbers": "a: 12\nb: -3\nc: 4.5\nd: 0\ne: 1e5\nf: 012\ng: 0x1F\nh: 1_000\ni: 0o17\nj: +5\n",
    "dates": "a: 2026-11-01\nb: '2026-11-01'\nc: 2026-1-1\nd: 2025-06\n",
    "urls-in-flow": "links: {repository: https://github.com/x/y, webpage: http://x.org:8080/a}\n",
    "quoted": "a: 'it''s'\nb: \"q\\\"uote \\\\ back\\/slash\"\nc: \"caf\\u00e9\"\nd: '#not a comment'\n",
    "comments": "# c\na: 1 # trailing\n# end\n",
    "crlf": "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
    "multi-line-plain": "a: one\n  two\n  three\nb: x\n",
    "multi-line-quoted": "a: \"one\n  two\"\nb: 'three\n\n  four'\n",
    "unicode": "name: Café 日本 🚀\n",
    "nested": "a:\n  b:\n    c: [1, {d: e}]\n",
    "empty-containers": "a: []\nb: {}\n",
    "scalar-document": "just text\n",
    "keys-that-look-typed": "nvidia: 1\nno: 2\n'1': 3\nname: 4\n",
    "explicit-document": "---\na: 1\n...\n",
}


# What yaml-rs's reading is not used for, and why: the file does not show that it is the precise reader's.
LEFT_TO_EVENTS = {
    "scalar-document": "the root is not a mapping or a sequence",
    "keys-that-look-typed": "'1' is quoted, but 1 also stands plain in the file",
    "explicit-document": "document markers",
}


@pytest.mark.parametrize("name", ACCEPTED)
def test_plain_data_reads_the_same(tmp_path: Path, name: str) -> None:
    fast = agree(tmp_path, ACCEPTED[name])
    assert fast["load"] is not DECLINED_ and fast["events"] is not DECLINED_
    assert (fast["rust"] is DECLINED_) == (name in LEFT_TO_EVENTS)


DECLINED = {
    "python-tag": "a: !!python/object/apply:os.system ['true']\n",
    "standard-tag": "a: !!str 12\n",
    "local-tag": "a: !thing x\n",
    "non-specific-tag": "a: ! x\n",
    "tagged-mapping": "a: !!map {b: 1}\n",
    "set": "a: !!set {b, c}\n",
    "anchor-alias": "a: &x [1]\nb: *x\n",
    "merge-key": "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",
    "bare-merge-key": "<<: {x: 1}\n",
    "alias-bomb": "a: &a [1,1,1]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n",
    "self-alias": "- &a [*a]\n",
    "yaml-1.1-directive": "%YAML 1.1\n---\na: yes\n",
    "tag-directive": "%TAG !e! tag:example.com,2000:\n---\na: 1\n",
    "two-documents": "a: 1\n---\nb: 2\n",
    "duplicate-key": "a: 1\na: 2\n",
    "int-key": "1: a\n",
    "date-key": "2026-01-01: a\n",
    "null-key": "~: a\n",
    "bool-key": "true: a\n",
    "complex-key": "? [a, b]\n: c\n",
    "infinity": "a: .inf\n",
    "nan": "a: .nan\n",
    "huge-int": "a: " + "9" * 5000 + "\n",
    "literal-block": "a: |\n  x\n  y\n",
    "folded-block": "a: >\n  x\n  y\n",
    "control-escape": 'a: "bell\\a"\n',
    "line-separator-escape": 'a: "x\\Ly"\n',
    "raw-control": "a: x\x07y\n",
    "tab": "a:\tb\n",
    "nel": "a: x\u0085y\n",
    "line-separator": "a: x\u2028y\n",
    "bom": "\ufeffa: 1\n",
    "deep": "a: " + "[" * 40 + "]" * 40 + "\n",
    "too-deep": "a: " + "[" * 500 + "]" * 500 + "\n",
    "syntax-error": "a: [1, 2\n",
    "empty": "",
    "only-comments": "# nothing\n",
    "null-document": "~\n",
    "value-indicator": "a: =\n",
    "adjacent-value-in-flow-sequence": 'k: ["a":b]\n',  # libyaml takes it; ruamel refuses it
    "repeated-document-end": "a: 1\n...\n...\n",  # libyaml lets a document end twice; ruamel refuses it
    "unicode-spaces-only": "\u00a0\n",  # the precise reader calls the file empty
}


@pytest.mark.parametrize("text", DECLINED.values(), ids=DECLINED.keys())
@pytest.mark.parametrize("reader", READERS)
def test_anything_else_is_left_to_the_precise_reader(reader: str, text: str) -> None:
    assert READERS[reader](text.encode("utf-8"), MAX_VALUES) is DECLINED_


@pytest.mark.parametrize("reader", READERS)
def test_invalid_utf8_and_utf16_are_declined(reader: str) -> None:
    assert READERS[reader](b"a: caf\xe9\n", MAX_VALUES) is DECLINED_
    assert READERS[reader]("a: 1\n".encode("utf-16"), MAX_VALUES) is DECLINED_


@pytest.mark.parametrize("reader", READERS)
def test_a_file_with_more_values_than_allowed_is_declined(reader: str) -> None:
    assert READERS[reader](b"a: [1, 2, 3, 4]\n", 3) is DECLINED_
    assert READERS[reader](b"a: [1, 2, 3, 4]\n", 100) == {"a": [1, 2, 3, 4]}
    assert READERS[reader](b"a: {b: {c: 1}}\n", 4) is DECLINED_
    assert READERS[reader](b"a: {b: {c: 1}}\n", 100) == {"a": {"b": {"c": 1}}}


def test_a_valid_overlay_never_reaches_the_precise_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a slower reader called")

    monkeypatch.setattr("llmengines.validation.read_yaml", refuse)
    monkeypatch.setattr("llmengines.fast_yaml._from_events", refuse)
    records = parse_overlay("gen.yaml", make(3).encode())
    assert [r["id"] for r in records] == ["synthetic-0001", "synthetic-0002", "synthetic-0003"]


def test_problems_found_after_a_fast_read_are_located_by_the_precise_one(tmp_path: Path) -> None:
    text = make(30).replace("    docs: ", "    docs: great-", 1)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "great-" in t)
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        parse_overlay(path, path.read_bytes())
    assert caught.value.problems is not None
    assert any(p.startswith(f"{path}:{line}:5: engines[0].docs: 'great-") for p in caught.value.problems)


# --- generated documents -----------------------------------------------------------------------------------------

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    _text,
    st.sampled_from(["yes", "no", "unknown", "2026-11-01", "1_0", "0x1", "~", "<<", "=", "a: b", "- x", "#", "'"]),
)
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20,
)


def _dumped(data: Any, flow: bool | None) -> str:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.allow_unicode = True
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(_text, _data, min_size=1, max_size=4), flow=st.sampled_from([False, True, None]))
def test_generated_documents_read_the_same_or_are_declined(tmp_path: Path, data: Any, flow: bool | None) -> None:
    agree(tmp_path, _dumped(data, flow))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(st.sampled_from([*textwrap.dedent(make(2)).splitlines(), "  - x", "a: 'b", "c: {d"]), max_size=25)
)
def test_mangled_overlays_read_the_same_or_are_declined(tmp_path: Path, lines: list[str]) -> None:
    agree(tmp_path, "\n".join(lines) + "\n")


# --- yaml-rs: what its data does not show ------------------------------------------------------------------------

# Files on which yaml-rs's data alone would differ from the precise reader's (or might: it cannot be seen), each
# with why; the checks of llmengines.fast_yaml_rust must leave every one to the event reader.
FOOLING = {
    "underscore-first": ("a: _1\n", "yaml-rs reads _1 as 1, the precise reader as text"),
    "in-a-comment-too": ("a: b # _1\n", "the run _1 may be a plain scalar as far as the bytes show"),
    "plain-twin": ("a: '12'\nb: 12\n", "12 stands plain too, so the quoted one is not proven quoted"),
    "plain-null-twin": ("a: 'null'\nb: null\n", "null stands plain too"),
    "escaped-digit": ('a: "\\x31"\n', "the text 1 was written with an escape, which the bytes do not show"),
    "datetime": ("a: 2026-11-01 10:00:00\n", "a timestamp to the precise reader, text to yaml-rs"),
    "folded-datetime": ("a: 2026-11-01\n  10:00:00\n", "a plain scalar over two lines folds into a timestamp"),
    "t-datetime": ("a: 2026-11-01T10:00:00Z\n", "a timestamp to the precise reader"),
    "overflowing-float": ("a: 1e400\n", "yaml-rs reads inf, the precise reader refuses it"),
    "quoted-merge-key": ("'<<': {x: 1}\n", "a merge key to one reader, maybe not to the other"),
    "anchor-in-flow": ("a: [&x 1, *x]\n", "anchors and aliases"),
    "tag-after-colon": ('{"a":!!str 1}\n', "a tag right after a JSON-like key's colon"),
    "block-with-comment": ("a: |- # note\n  x\n", "a block scalar whose header has a comment"),
    "block-at-end": ("a: >", "a block scalar header at the end of the file"),
    "directive": ("%YAML 1.2\n---\na: 1\n", "a directive"),
    "second-document-after-cr": ("a: 1\r---\rb: 2\r", "a document marker after a lone carriage return"),
    "folded-flow-key": ("a: {b\n c: d}\n", "a flow key over two lines: YAML 1.2.2 allows it, ruamel refuses it"),
    "quoted-folded-flow-key": ("a: {'b\n c': d}\n", "the same, quoted"),
    "folded-flow-key-in-sequence": ("a: [b\n c: d]\n", "the same, as a pair in a flow sequence"),
    "pipe-in-flow": ("a: [|]\n", "text to yaml-rs, an error to ruamel"),
    "gt-in-flow-mapping": ("a: {x: >y}\n", "text to yaml-rs, an error to ruamel"),
    "surrogate-pair-escape": ('a: "\\ud83d\\ude00"\n', "one character to yaml-rs, two lone surrogates to ruamel"),
    "long-surrogate-escape": ('a: "\\U0000D83D\\U0000DE00"\n', "the same, written with \\U"),
}


@pytest.mark.parametrize("name", FOOLING)
def test_what_yaml_rs_does_not_show_is_left_to_the_event_reader(tmp_path: Path, name: str) -> None:
    text, _why = FOOLING[name]
    fast = agree(tmp_path, text)
    assert fast["rust"] is DECLINED_


# Files that look like the ones above but that the checks can prove, so the quick reader keeps them.
PROVEN = {
    "quoted-number": "a: '12'\nb: x\n",
    "quoted-null-word": "a: 'null'\n",
    "quoted-empty": "a: ''\nb: \"\"\n",
    "ampersand-in-words": "name: R&D labs\nurl: https://x.org/?a=1&b=2\n",
    "pipes-in-comments": "a: yes  # yes | no | unknown\nb: 1 > 0 ok\n",
    "percent-and-dashes-inside": "a: 50%\nb: x --- y\nc: wait...\n",
    "spelled-numbers": "a: 0x1F\nb: 0o17\nc: 1_000\nd: +5\ne: -.5\nf: 1.\ng: 00\nh: -0\ni: 0b101\n",
    "digit-runs": "a: 0007\nb: https://x.org:8080/v1\nc: " + "9" * 18 + "\n",
    "crlf-folded": 'a: "one\r\n  two"\r\nb: three\r\n  four\r\n',
    "lone-cr": "a: 1\rb: [x, y]\r",
    "long-digits": "a: " + "1" * 30 + "\nb: 0" + "7" * 25 + "\n",  # past 18 digits compared, not assumed: equal
}


@pytest.mark.parametrize("name", PROVEN)
def test_what_the_bytes_prove_is_read_by_yaml_rs(tmp_path: Path, name: str) -> None:
    fast = agree(tmp_path, PROVEN[name])
    assert fast["rust"] is not DECLINED_


# --- yaml-rs: the facts the checks rely on (a release that changes one fails here) -------------------------------

_RUN_CHARACTERS = set(fast_yaml_rust._RUN_BYTES.decode())


def _yaml_rs(text: str) -> Any:
    import yaml_rs

    return yaml_rs.loads(text, parse_datetime=False)


@settings(max_examples=300, deadline=None)
@given(spelling=st.text(st.sampled_from([*"0123456789+-._~eExXoObBiInNfFaAtTrRuUlLsS:, /'\"#é١"]), min_size=1))
def test_yaml_rs_gives_values_other_than_text_only_to_plain_runs(spelling: str) -> None:
    # Rule 2 of llmengines.fast_yaml_rust: a non-text value comes from a plain scalar spelled with run characters.
    # (Spellings that are not one plain scalar after "k: " — a comment, a quoted one, a key — are passed over.)
    assume(spelling.strip() == spelling and spelling[0] not in "#'\"" and " #" not in spelling)
    assume(": " not in spelling and not spelling.endswith(":") and spelling != "-")
    for quoted in (f"'{spelling.replace(chr(39), chr(39) * 2)}'", json.dumps(spelling)):
        assert _yaml_rs(f"k: {quoted}\n") == {"k": spelling}
    try:
        value = _yaml_rs(f"k: {spelling}\n")["k"]
    except Exception:
        return
    if type(value) is not str:
        assert set(spelling) <= _RUN_CHARACTERS, (spelling, value)


@settings(max_examples=200, deadline=None)
@given(digits=st.from_regex(r"[0-9]{1,18}", fullmatch=True))
def test_both_readers_read_a_short_run_of_digits_as_its_decimal_integer(tmp_path_factory: Any, digits: str) -> None:
    path = tmp_path_factory.mktemp("digits") / "f.yaml"
    path.write_text(f"k: {digits}\n")
    ours, theirs = _yaml_rs(f"k: {digits}\n")["k"], read_yaml(path).data["k"]  # theirs: ruamel's ScalarInt
    assert type(ours) is int and ours == int(digits, 10)
    assert isinstance(theirs, int) and not isinstance(theirs, bool) and int(theirs) == int(digits, 10)


def test_yaml_rs_reads_an_empty_plain_scalar_as_null_refuses_repeated_keys_and_gives_dates_as_text() -> None:
    assert _yaml_rs("a:\nb: ''\n") == {"a": None, "b": ""}
    with pytest.raises(ValueError, match="duplicate"):
        _yaml_rs("a: 1\na: 2\n")
    assert _yaml_rs("a: 2026-11-01\n") == {"a": "2026-11-01"}


# Scalars that read differently by spelling and quoting, in every style and place.
_TRICKY = [
    "12", "012", "0x1F", "_1", "1_0", "1e3", "1e400", ".5", "-.5", "+1", "-", "~", "null", "Null", "true", "yes",
    "no", "on", "2026-11-01", "2026-1-1", "2026-11-01 10:00", "1:30", "=", "<<", "", "a b", "#", "x#y", "é1", "0",
    "-0", "0.0", "-0.0", ".inf", ".nan", "0b1", "0o7", "1.", "..."
]  # fmt: skip


def _styled(text: str, style: str) -> str:
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return json.dumps(text)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=st.lists(
        st.tuples(
            st.sampled_from(_TRICKY), st.sampled_from(["plain", "single", "double"]), st.sampled_from(["key", "value"])
        ),
        min_size=1,
        max_size=6,
    ),
    flow=st.booleans(),
)
def test_tricky_scalars_read_the_same_or_are_declined(
    tmp_path: Path, items: list[tuple[str, str, str]], flow: bool
) -> None:
    pairs = []
    for n, (text, style, place) in enumerate(items):
        scalar = _styled(text, style)
        pairs.append((scalar, f"v{n}") if place == "key" else (f"k{n}", scalar))
    if flow:
        document = "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}\n"
    else:
        document = "".join(f"{k}: {v}\n" for k, v in pairs)
    agree(tmp_path, document)


def test_yaml_rs_refuses_deep_flow_nesting() -> None:
    # With the limit on spaces and dashes before a line's content, this keeps what yaml-rs is given under ~400
    # levels; ~20,000 overflow its stack (rule 4 of llmengines.fast_yaml_rust).
    with pytest.raises(ValueError):
        _yaml_rs("a: " + "[" * 1000 + "]" * 1000 + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "- " * 30_000 + "x\n",  # overflowed yaml-rs's stack: the process died (SIGSEGV)
        "a:\n" + "".join(" " * i + "- \n" for i in range(0, 2000, 2)) + "x\n",
        "a: " + "[" * 30_000 + "]" * 30_000 + "\n",
        # explicit keys and values nest as deep as dashes do (an adversarial review's): refused before yaml-rs
        "? " * 200_000 + "x\n",
        ": " * 30_000 + "x\n",
        "- ? " * 30_000 + "x\n",
        "? - " * 30_000 + "x\n",
    ],
    ids=["compact-sequences", "indented-sequences", "flow", "keys", "values", "dash-keys", "key-dashes"],
)
def test_deep_nesting_is_declined_without_crashing(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(text)
    script = (
        "import sys; from llmengines import fast_yaml; raw = open(sys.argv[1], 'rb').read(); "
        "print(fast_yaml.from_rust(raw, 10**7) is fast_yaml.DECLINED, fast_yaml.load(raw, 10**7) is fast_yaml.DECLINED)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["True", "True"]


@pytest.mark.parametrize(
    "text",
    [
        # 10,000 quoted numbers: each would need a search of the whole file to prove it quoted (quadratic)
        "k:\n" + "".join(f"  - '{100_000 + i}'\n" for i in range(10_000)),
        # 6,000 distinct typed spellings: each would need the precise reader's reading (~0.1 ms)
        "k:\n" + "".join(f"  - x{i}y {i}.5e3\n" for i in range(6_000)),
    ],
    ids=["quoted-numbers", "typed-spellings"],
)
def test_what_would_take_yaml_rs_checks_longer_than_the_event_reader_is_left_to_it(text: str) -> None:
    raw = text.encode()
    assert fast_yaml.from_rust(raw, MAX_VALUES) is DECLINED_
    assert fast_yaml.load(raw, MAX_VALUES) == fast_yaml.from_events(raw, MAX_VALUES) != DECLINED_


@pytest.mark.parametrize(
    "text",
    [
        # ten levels of ten aliases: 10**10 copies of the string to yaml-rs, which bounds events, not bytes
        "s: &a0 '"
        + "x" * 1000
        + "'\n"
        + "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 11)),
        "? a\n: b\n",
        "a: !!str 1\n",
        "%YAML 1.2\n---\na: 1\n",
    ],
    ids=["alias-bomb", "explicit-key", "tag", "directive"],
)
def test_what_the_bytes_refuse_never_reaches_yaml_rs(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    called: list[str] = []
    monkeypatch.setattr(fast_yaml_rust, "_loads", lambda: lambda text, **_: called.append(text))
    assert fast_yaml.from_rust(text.encode(), MAX_VALUES) is DECLINED_
    assert called == []


def test_yaml_rs_parses_in_a_thread_that_never_outlives_the_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    raw = make(5).encode()
    started: list[threading.Thread] = []
    real_start = threading.Thread.start

    def start(self: threading.Thread) -> None:
        started.append(self)
        assert threading.stack_size() >= 16 << 20  # see the test below
        real_start(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    assert fast_yaml.from_rust(raw, MAX_VALUES) is not DECLINED_
    unparsable = raw + b"\n  x: 1\n"  # yaml-rs refuses the indentation, in its thread
    assert fast_yaml.from_rust(unparsable, MAX_VALUES) is DECLINED_
    declined = raw + b"\nx: &a 1\n"  # an anchor: refused by the byte checks, before any thread
    assert fast_yaml.from_rust(declined, MAX_VALUES) is DECLINED_
    assert len(started) == 2 and not any(thread.is_alive() for thread in started)


def test_yaml_rs_parses_in_this_thread_when_no_other_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    raw = make(5).encode()
    expected = fast_yaml.from_rust(raw, MAX_VALUES)

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    assert fast_yaml.from_rust(raw, MAX_VALUES) == expected != DECLINED_
    assert fast_yaml.from_rust(raw + b"\n  x: 1\n", MAX_VALUES) is DECLINED_


def test_yaml_rs_s_thread_has_a_main_thread_s_stack_where_threads_get_less() -> None:
    # musl gives a thread 128 KiB of stack: yaml-rs's recursion through 180-255 levels of flow nesting (it
    # refuses 256 and more) overflowed it and killed the process when it ran in a thread of that size.
    script = textwrap.dedent(
        """
        import threading
        threading.stack_size(128 * 1024)  # as musl's default
        from llmengines import fast_yaml
        for n in (150, 200, 255, 256, 30_000):
            for text in ("a: " + "[" * n + "]" * n + "\\n", "a: " + "{b: " * n + "c" + "}" * n + "\\n"):
                fast_yaml.from_rust(text.encode(), 10**7)
        print("survived", threading.stack_size())
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["survived", str(128 * 1024)]  # and the process's own setting is left as it was
