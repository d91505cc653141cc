"""The JSON shim gives exactly what json gives, and fails loudly if CPython's ``_json`` changes under it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmengines import json_text

DATA = Path(__file__).parent.parent / "src" / "llmengines" / "data"


def test_the_private_accelerator_is_there_and_used() -> None:
    # If a Python release renames or drops these, this fails, and the shim silently falls back to json: slower,
    # never wrong. Then mend the shim (or drop it).
    import _json

    assert {"make_scanner", "make_encoder", "encode_basestring", "encode_basestring_ascii"} <= set(dir(_json))
    assert json_text._json is _json and json_text._scan is not None


@pytest.mark.parametrize("name", ["dataset.json", "evaluation.json"])
def test_the_bundled_files_read_as_json_reads_them(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert json_text.loads(text) == json.loads(text)
    assert json_text.load_file(str(DATA / name)) == json.loads(text)


@pytest.mark.parametrize("name", ["dataset.json", "evaluation.json"])
@pytest.mark.parametrize("ascii_only", [True, False])
def test_the_bundled_files_write_as_json_writes_them(name: str, ascii_only: bool) -> None:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for indent in (None, 2, 0, 4):
        assert json_text.dumps(data, ensure_ascii=ascii_only, indent=indent) == json.dumps(
            data, ensure_ascii=ascii_only, indent=indent
        )


plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@settings(max_examples=300, deadline=None)
@given(plain, st.booleans(), st.sampled_from([None, 0, 2]), st.sampled_from([None, (",", ":"), (", ", ": ")]))
def test_any_plain_document_is_written_and_read_as_json_does(
    value: object, ascii_only: bool, indent: int | None, separators: tuple[str, str] | None
) -> None:
    text = json_text.dumps(value, ensure_ascii=ascii_only, indent=indent, separators=separators)
    assert text == json.dumps(value, ensure_ascii=ascii_only, indent=indent, separators=separators)
    assert _same(json_text.loads(text), json.loads(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(plain, max_size=6), st.booleans())
def test_many_documents_are_each_written_as_json_writes_them(values: list[object], ascii_only: bool) -> None:
    assert json_text.dumps_each(values, ensure_ascii=ascii_only) == [
        json.dumps(v, ensure_ascii=ascii_only) for v in values
    ]


def test_a_value_json_refuses_among_many_gets_json_s_error() -> None:
    shared = {"a": [1, 2]}
    looped: list[object] = [shared]
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference detected"):
        json_text.dumps_each([shared, looped, shared])
    with pytest.raises(TypeError):
        json_text.dumps_each([shared, {"x": object()}])
    assert json_text.dumps_each([{"x": 1.5}, shared, ["é"], shared], ensure_ascii=False) == [
        json.dumps(v, ensure_ascii=False) for v in ({"x": 1.5}, shared, ["é"], shared)
    ]


@pytest.mark.parametrize("text", ["", " ", "{", '{"a": 1} x', "[1,]", "NaNa", '"\x01"', "01"])
def test_malformed_text_gets_json_s_own_error(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as got:
        json_text.loads(text)
    assert str(got.value) == str(expected.value)


class Thing:
    pass


@pytest.mark.parametrize("value", [{1: "a"}, {"a": Thing()}, [Thing()], {(1, 2): 3}])
def test_what_is_not_plain_data_gets_json_s_answer(value: object) -> None:
    try:
        expected: object = json.dumps(value, indent=2)
    except TypeError as exc:
        with pytest.raises(TypeError, match=str(exc)):
            json_text.dumps(value, indent=2)
    else:
        assert json_text.dumps(value, indent=2) == expected


def test_int_and_str_subclasses_are_written_as_json_writes_them() -> None:
    from enum import IntEnum, StrEnum

    class Code(IntEnum):
        A = 2

    class Word(StrEnum):
        B = "b"

    value = {"code": Code.A, "word": Word.B, Word.B: [Code.A, True, 1.5]}
    assert json_text.dumps(value, indent=2) == json.dumps(value, indent=2)
    assert json_text.dumps(value) == json.dumps(value)


def test_a_circular_value_gets_json_s_error() -> None:
    looped: list[object] = []
    looped.append(looped)
    for indent in (None, 2):
        with pytest.raises(ValueError, match="Circular reference detected"):
            json_text.dumps(looped, indent=indent)
