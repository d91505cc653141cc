"""Records' JSON text known in advance (llmengines.encoded): always exactly what json writes for the record.

A cached overlay's engines carry their export fields as text, and ``list --json`` splices it instead of encoding
1,000 records again. The oracle here is :mod:`json` itself, over the records the views build.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmengines import encoded, overlays
from llmengines.dataset import bundled, engine_to_dict
from llmengines.render import dumps_records
from llmengines.views.dataset import engine_record, engine_record_and_text, list_engines
from tests.conftest import run_process

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from make_overlay import make

ACCENTED = "engines:\n  - id: vllm\n    name: vLLM – é\n    organization: Überorg 東京\n"


@pytest.fixture
def overlay(tmp_path: Path) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(make(230) + ACCENTED.removeprefix("engines:\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize("cached", [False, True], ids=["first call", "cached call"])
def test_every_known_record_text_is_what_json_writes(overlay: Path, cached: bool) -> None:
    loaded = overlays.load([str(overlay)])
    if cached:
        encoded.forget()
        loaded = overlays.load([str(overlay)])
    dataset = loaded.dataset
    made = [engine_record_and_text(e, dataset) for e in dataset.engines]
    assert sum(text is not None for _record, text in made) >= 230  # the overlay's engines at least
    for engine, (record, text) in zip(dataset.engines, made, strict=True):
        assert record == engine_record(engine, dataset)
        if text is not None:
            assert text == json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize("explain", [False, True])
def test_find_records_with_a_known_text_are_what_json_writes(overlay: Path, explain: bool) -> None:
    from llmengines.filters import apply, parse
    from llmengines.views.queries import find_view

    loaded = overlays.load([str(overlay)])
    dataset = loaded.dataset
    filters = parse(hardware=["nvidia"], include_unknown=True)
    view = find_view(apply(dataset.engines, filters), dataset, filters, explained=explain, provenance=loaded.provenance)
    assert view.texts is not None and len(view.texts) == len(view.records) > 100
    assert sum(t is not None for t in view.texts) > 100
    if explain:
        assert any("origins" in r["match"] for r in view.records)
    for record, text in zip(view.records, view.texts, strict=True):
        if text is not None:
            assert text == json.dumps(record, ensure_ascii=False)


def test_a_text_belongs_to_the_engine_object_it_was_remembered_for() -> None:
    engines = bundled().engines
    encoded.remember(engines[:2], [encoded.export_text(e) for e in engines[:2]])
    try:
        assert encoded.known(engines[0]) == json.dumps(engine_to_dict(engines[0]), ensure_ascii=False)
        assert encoded.known(engines[2]) is None
        rebuilt = bundled().engines[0]  # the same object: bundled() is made once a process
        assert encoded.known(rebuilt) is not None
        encoded.remember(engines[2:3], [encoded.export_text(engines[2])])  # replaces, not adds
        assert encoded.known(engines[0]) is None and encoded.known(engines[2]) is not None
        with pytest.raises(ValueError, match="one text an engine"):
            encoded.remember(engines[:2], [])
    finally:
        encoded.forget()
    assert not encoded.any_known()


_keys = st.text(min_size=1, max_size=8)
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_keys, inner, max_size=3),
    max_leaves=8,
)


@given(st.dictionaries(_keys, _values, max_size=5), st.dictionaries(_keys, _values, max_size=4))
def test_fields_appended_to_a_text_are_the_merged_object(base: dict[str, object], more: dict[str, object]) -> None:
    more = {k: v for k, v in more.items() if k not in base}  # new keys only, as its callers add
    text = json.dumps(base, ensure_ascii=False)
    assert encoded.with_fields(text, more) == json.dumps(base | more, ensure_ascii=False)


def test_records_whose_text_is_unknown_or_not_ascii_are_encoded(overlay: Path) -> None:
    from llmengines.environment import Environment

    dataset = overlays.load([str(overlay)]).dataset
    view = list_engines(dataset)
    assert view.texts is not None and len(view.texts) == len(view.records)
    for unicode in (True, False):
        env = Environment(stdout_isatty=False, color=False, width=100, unicode=unicode)
        expected = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=not unicode) for r in view.records) + "\n]"
        assert dumps_records(view.records, env, view.texts) == expected
        half = [t if i % 2 else None for i, t in enumerate(view.texts)]
        assert dumps_records(view.records, env, half) == expected
    assert "Überorg 東京" in dumps_records(
        view.records, Environment(stdout_isatty=False, color=False, width=100, unicode=True), view.texts
    )


def test_the_merged_entry_holds_each_engines_export_text_after_its_rows(overlay: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    env = {"LLMENGINES_CACHE_DIR": str(cache_dir)}
    first = run_process("--data", str(overlay), "list", "--json", env=env)
    assert first.exit_code == 0, first.stderr
    (merged,) = cache_dir.glob("merged-*.json")
    raw = merged.read_bytes()
    assert raw.count(b"\n") == 2 + 25 + 230 - 1  # header, rows, then one text an engine
    _head, _rows, *texts = raw.split(b"\n")
    listed = json.loads(first.stdout)
    for text, record in zip(texts, listed, strict=True):  # each the export fields of the record listed
        export = json.loads(text)
        assert export == {k: v for k, v in record.items() if k in export} and export["id"] == record["id"]
    assert run_process("--data", str(overlay), "list", "--json", env=env).stdout == first.stdout


def _rewritten(merged: Path, texts: list[str] | None) -> None:
    """The merged entry written again as the cache writes one (a valid checksum), with ``texts`` as its texts."""
    from llmengines import cache

    head = json.loads(merged.read_bytes().split(b"\n")[0])
    rows = json.loads(merged.read_bytes().split(b"\n")[1])
    cache.put(head["sha256"], rows, lines=texts)  # into $LLMENGINES_CACHE_DIR, the entry's directory


def _one_changed(texts: list[str], at: int, change: Callable[[str], str]) -> list[str]:
    return [change(t) if i == at else t for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    "change",
    [
        "damaged",
        "none",
        "fewer",
        "escape",
        "bell",
        "bidi",
        "another id",
        "another shape, first",
        "another shape, last",
        "not closed",
    ],
)
def test_texts_that_cannot_stand_for_their_engines_are_not_used(
    overlay: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("LLMENGINES_CACHE_DIR", str(cache_dir))
    first = run_process("--data", str(overlay), "list", "--json")
    (merged,) = cache_dir.glob("merged-*.json")
    raw = merged.read_bytes()
    texts = raw.decode().split("\n")[2:]
    last = len(texts) - 1
    if change == "damaged":  # a byte of a text only, not of the rows: the checksum covers the texts too
        at = raw.rindex(b'"Synthetic 0')
        merged.write_bytes(raw[: at + 3] + b"X" + raw[at + 4 :])
    elif change == "none":  # an entry written without texts
        _rewritten(merged, None)
    elif change == "fewer":
        _rewritten(merged, texts[:-1])
    elif change == "escape":  # raw ESC in a text of the middle (json would have written \u001b)
        _rewritten(merged, _one_changed(texts, 100, lambda t: t.replace("Synthetic", "Synth\x1b[31metic")))
    elif change == "bell":
        _rewritten(merged, _one_changed(texts, 101, lambda t: t.replace("Synthetic", "Synth\x07etic")))
    elif change == "bidi":  # json leaves it raw; no record here has one, and none may reach a terminal
        _rewritten(merged, _one_changed(texts, 102, lambda t: t.replace("Synthetic", "Synth\u202eetic")))
    elif change == "another id":  # out of step with its engine
        _rewritten(merged, _one_changed(texts, 50, lambda _t: texts[51]))
    elif change.startswith("another shape"):  # as an older build would have written the first or last one
        at = 0 if change.endswith("first") else last
        _rewritten(merged, _one_changed(texts, at, lambda t: t.replace(', "stars_per_day": ', ', "per_day": ')))
    elif change == "not closed":
        _rewritten(merged, _one_changed(texts, 7, lambda t: t[:-1]))
    again = run_process("--data", str(overlay), "list", "--json")
    assert (again.exit_code, again.stdout) == (0, first.stdout)
    assert not {"\x1b", "\x07", "\u202e"} & set(again.stdout)


def test_an_equal_engine_that_is_another_object_has_no_text(overlay: Path) -> None:
    from llmengines.dataset import dataset_from_dict, dataset_to_dict

    dataset = overlays.load([str(overlay)]).dataset
    again = dataset_from_dict(dataset_to_dict(dataset))  # the same data, other objects
    assert again.engines == dataset.engines
    assert all(encoded.known(e) is not None for e in dataset.engines[-50:])
    assert all(encoded.known(e) is None for e in again.engines)
    assert list_engines(again).texts == [None] * len(again.engines)


def test_a_star_count_dated_by_the_snapshot_is_encoded_not_spliced(overlay: Path) -> None:
    from llmengines.record_class import replace

    dataset = overlays.load([str(overlay)]).dataset
    engine = dataset.engines[-1]
    undated = replace(engine, stars_as_of=None)
    assert undated.github_stars is not None
    encoded.remember([undated], [encoded.export_text(undated)])
    assert encoded.known(undated) is not None
    record, text = engine_record_and_text(undated, dataset)
    assert record["stars_as_of"] == dataset.snapshot_date and text is None


def test_list_texts_are_list_engines_records_as_json(overlay: Path) -> None:
    from llmengines.views.dataset import list_texts

    assert list_texts(bundled()) is None  # no engine of the bundled data alone has a known text
    dataset = overlays.load([str(overlay)]).dataset
    texts = list_texts(dataset)
    assert texts is not None
    assert texts == [json.dumps(r, ensure_ascii=False) for r in list_engines(dataset).records]
    encoded.remember(dataset.engines[:-1], [encoded.export_text(e) for e in dataset.engines[:-1]])
    assert list_texts(dataset) is None  # one engine's text not known: the records are made and encoded


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_list_json_written_from_the_texts_is_what_the_records_give(
    overlay: Path, tmp_path: Path, encoding: str
) -> None:
    # The same query with the texts (a cached call) and without them (--fields of every field: records made).
    env = {"LLMENGINES_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": encoding}
    fast = run_process("--data", str(overlay), "list", "--json", env=env)
    fields = ",".join(json.loads(fast.stdout)[0])
    made = run_process("--data", str(overlay), "list", "--json", "--fields", fields, env=env)
    assert fast.exit_code == made.exit_code == 0
    assert fast.stdout == made.stdout
    assert ("\\u00dc" in fast.stdout) == (encoding == "ascii")  # Überorg, escaped where stdout is ASCII


@pytest.mark.parametrize(("new", "one_a_line"), [(175, False), (176, True)])
def test_list_json_of_200_records_is_indented_and_of_201_one_a_line(tmp_path: Path, new: int, one_a_line: bool) -> None:
    # 25 bundled engines and the overlay's: LARGE_TABLE (200) is the last size indented, texts or not.
    path = tmp_path / "overlay.yaml"
    path.write_text(make(new), encoding="utf-8")
    env = {"LLMENGINES_CACHE_DIR": str(tmp_path / "cache")}
    first = run_process("--data", str(path), "list", "--json", env=env)
    cached = run_process("--data", str(path), "list", "--json", env=env)
    fields = ",".join(json.loads(first.stdout)[0])
    made = run_process("--data", str(path), "list", "--json", "--fields", fields, env=env)
    assert first.stdout == cached.stdout == made.stdout
    records = json.loads(first.stdout)
    assert len(records) == 25 + new
    lines = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n]\n"
    assert (first.stdout == lines) == one_a_line
    assert (first.stdout == json.dumps(records, ensure_ascii=False, indent=2) + "\n") == (not one_a_line)
