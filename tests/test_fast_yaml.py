"""The C-speed first pass over overlays: it reads exactly what the precise reader reads, or declines.

Every case compares :func:`llmengines.fast_yaml.load` with :func:`llmengines.validation.read_yaml` (ruamel's
position-tracking round-trip reader, the judge of what a data file says): where the fast reader accepts a file,
the precise one must accept it too and give the same data; where the precise one refuses a file, the fast one
must decline it, so that the error is reported with its line and column as before.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmengines import fast_yaml
from llmengines.errors import DataError
from llmengines.validation import MAX_VALUES, parse_overlay, read_yaml

DATA = Path(__file__).parents[1] / "src" / "llmengines" / "data"
sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_overlay import make  # noqa: E402


def judged(tmp_path: Path, text: str | bytes) -> tuple[Any, Any]:
    """(fast result, precise result or the DataError it raised) for one file."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    path = tmp_path / "f.yaml"
    path.write_bytes(raw)
    fast = fast_yaml.load(raw, MAX_VALUES)
    try:
        precise: Any = read_yaml(path).data
    except DataError as exc:
        precise = exc
    return fast, precise


def agree(tmp_path: Path, text: str | bytes) -> Any:
    fast, precise = judged(tmp_path, text)
    if isinstance(precise, DataError):
        assert fast is fast_yaml.DECLINED, (text, fast, precise)
    elif fast is not fast_yaml.DECLINED:
        assert fast == precise and json.dumps(fast) == json.dumps(precise), (text, fast, precise)
    return fast


def test_the_c_parser_is_installed() -> None:
    # PyYAML (with libyaml) is a dependency: without it a 1,000-engine overlay takes ~20 s to load the first time.
    assert fast_yaml.available()


@pytest.mark.parametrize("name", ["dataset.yaml", "engines.yaml", "techniques.yaml", "pricing.yaml"])
def test_the_bundled_files_read_the_same(tmp_path: Path, name: str) -> None:
    fast = agree(tmp_path, (DATA / name).read_bytes())
    assert fast is not fast_yaml.DECLINED


def test_a_generated_overlay_reads_the_same(tmp_path: Path) -> None:
    fast = agree(tmp_path, make(40))
    assert fast is not fast_yaml.DECLINED and len(fast["engines"]) == 40


def test_the_template_reads_the_same(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fast = agree(tmp_path, cli("template").stdout)
    assert fast is not fast_yaml.DECLINED


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


@pytest.mark.parametrize("text", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_plain_data_reads_the_same(tmp_path: Path, text: str) -> None:
    fast = agree(tmp_path, text)
    assert fast is not fast_yaml.DECLINED


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
}


@pytest.mark.parametrize("text", DECLINED.values(), ids=DECLINED.keys())
def test_anything_else_is_left_to_the_precise_reader(text: str) -> None:
    assert fast_yaml.load(text.encode("utf-8"), MAX_VALUES) is fast_yaml.DECLINED


def test_invalid_utf8_and_utf16_are_declined() -> None:
    assert fast_yaml.load(b"a: caf\xe9\n", MAX_VALUES) is fast_yaml.DECLINED
    assert fast_yaml.load("a: 1\n".encode("utf-16"), MAX_VALUES) is fast_yaml.DECLINED


def test_a_file_with_more_values_than_allowed_is_declined() -> None:
    assert fast_yaml.load(b"a: [1, 2, 3, 4]\n", 3) is fast_yaml.DECLINED
    assert fast_yaml.load(b"a: [1, 2, 3, 4]\n", 100) == {"a": [1, 2, 3, 4]}


def test_a_valid_overlay_never_reaches_the_precise_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("read_yaml called")

    monkeypatch.setattr("llmengines.validation.read_yaml", refuse)
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
