"""The overlay records' schema, cached: the validator made from it judges every record as pydantic's own does.

A first call of an overlay no longer imports pydantic (or generates the schema) once an earlier call cached the
schema; pydantic-core makes the validator from it. The oracle is pydantic's ``TypeAdapter`` itself.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pydantic_core
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmengines import cache
from llmengines.records_schema import records_adapter as _records_adapter
from llmengines.records_schema import schema_key as _schema_key
from llmengines.records_schema import with_classes as _with_classes
from llmengines.records_schema import without_classes as _without_classes
from llmengines.vocabulary import HARDWARE_IDS, SCORE_IDS
from tests.conftest import entry_point, run_process

GOOD = "engines:\n  - id: vllm\n    github_stars: 70000\n    stars_as_of: '2026-11-01'\n"
GOOD += "    scores: {latency: {value: 4.5}}\n"
BAD = "engines:\n  - id: vllm\n    docs: wonderful\n    scores: {latency: {value: high}}\n"


def stored_validator() -> pydantic_core.SchemaValidator:
    """The validator a later call makes: from the schema as JSON text, read back."""
    text = json.dumps(_without_classes(_records_adapter().core_schema))
    return pydantic_core.SchemaValidator(_with_classes(json.loads(text)))


def judged(validator: object, text: str) -> bool:
    try:
        validator.validate_json(text, strict=True)  # type: ignore[attr-defined]
    except pydantic_core.ValidationError:
        return False
    return True


_values = st.one_of(
    st.sampled_from(["yes", "no", "unknown", "partial", "startup", "detailed", "multi-node", "homogeneous", ""]),
    st.text(max_size=5),
    st.integers(-3, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=3), max_size=2),
)
_scores = st.dictionaries(
    st.sampled_from([*SCORE_IDS, "speed"]),
    st.one_of(st.fixed_dictionaries({"value": _values}, optional={"uncertain": _values, "low": _values}), _values),
    max_size=2,
)
_record = st.fixed_dictionaries(
    {},
    optional={
        "id": _values,
        "name": _values,
        "org_type": _values,
        "open_source": _values,
        "commercial": _values,
        "github_stars": _values,
        "docs": _values,
        "community": st.dictionaries(st.sampled_from(["sns", "forum", "meetup", "mail"]), _values, max_size=3),
        "links": st.dictionaries(st.sampled_from(["repository", "webpage", "papers"]), _values, max_size=2),
        "hardware": st.dictionaries(st.sampled_from([*HARDWARE_IDS[:4], "cuda"]), _values, max_size=3),
        "scores": _scores,
        "aliases": st.one_of(st.lists(_values, max_size=2), _values),
    },
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_record, max_size=3))
def test_the_validator_from_the_stored_schema_judges_as_pydantic_does(records: list[dict[str, object]]) -> None:
    text = json.dumps(records)
    assert judged(stored_validator(), text) == judged(_records_adapter(), text)


def test_bundled_engines_as_records_pass_both_and_a_wrong_type_fails_both() -> None:
    from llmengines.dataset import bundled_dict

    engines = bundled_dict()["engines"]
    fields = set(_records_adapter().core_schema["items_schema"]["fields"])
    records = [{k: v for k, v in e.items() if k in fields} for e in engines]
    assert judged(stored_validator(), json.dumps(records)) and judged(_records_adapter(), json.dumps(records))
    records[3]["scores"] = {"latency": {"value": "high"}}
    assert not judged(stored_validator(), json.dumps(records)) and not judged(_records_adapter(), json.dumps(records))


def test_a_schema_that_holds_anything_but_json_data_and_known_records_is_not_stored() -> None:
    with pytest.raises(TypeError):
        _without_classes({"type": "dataclass", "cls": Path, "schema": {}})
    with pytest.raises(TypeError):
        _without_classes({"type": "function-plain", "function": print})


def test_the_schema_key_is_what_this_process_would_make_the_schema_from(monkeypatch: pytest.MonkeyPatch) -> None:
    # The types in memory, not the source files (edited, or upgraded, under a running process), and every
    # release the schema's generation reads.
    import sys
    import types

    from llmengines import records_schema

    key = _schema_key(pydantic_core.__version__)
    assert key == _schema_key(pydantic_core.__version__)  # the same in another call (no addresses in it)
    assert key != _schema_key("0.0.1")
    real = records_schema.get_type_hints

    def narrower(owner: type) -> dict[str, object]:
        hints = dict(real(owner))
        if owner.__name__ == "Community":
            hints["sns"] = str
        return hints

    with monkeypatch.context() as m:
        m.setattr(records_schema, "get_type_hints", narrower)
        assert _schema_key(pydantic_core.__version__) != key
    with monkeypatch.context() as m:
        m.setitem(sys.modules, "pydantic.version", types.SimpleNamespace(VERSION="1.0"))
        assert _schema_key(pydantic_core.__version__) != key
    with monkeypatch.context() as m:
        m.setattr(sys, "version", sys.version + " (another build)")
        assert _schema_key(pydantic_core.__version__) != key


def _imports(args: list[str], cache_dir: Path) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1", "LLMENGINES_CACHE_DIR": str(cache_dir)}
    proc = subprocess.run([*entry_point(), *args], capture_output=True, text=True, env=env, timeout=60, check=False)
    modules = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    proc.stderr = "".join(line + "\n" for line in proc.stderr.splitlines() if not line.startswith("import time:"))
    return proc, modules


def test_a_first_call_after_the_schema_is_cached_imports_no_pydantic_and_answers_the_same(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    fresh = {}
    for path in (good, bad):  # each with nothing cached at all
        fresh[path] = run_process(
            "--data", str(path), "list", "--json", env={"LLMENGINES_CACHE_DIR": str(tmp_path / path.stem)}
        )
    assert fresh[good].exit_code == 0 and fresh[bad].exit_code == 3
    assert "'wonderful' is not one of" in fresh[bad].stderr
    shared = tmp_path / "shared"
    _first, modules = _imports(["--data", str(good), "list", "--json"], shared)
    assert "pydantic" in modules and len(list(shared.glob("schema-*.json"))) == 1
    for path in (bad, good):
        for entry in shared.glob("*.json"):  # the overlay's own entries gone: a first call again, schema kept
            if not entry.name.startswith("schema-"):
                entry.unlink()
        proc, modules = _imports(["--data", str(path), "list", "--json"], shared)
        expected = fresh[path]
        assert (proc.returncode, proc.stdout, proc.stderr) == (expected.exit_code, expected.stdout, expected.stderr)
        if path == good:  # (the bad file's problems are then each checked by pydantic, to say which and where)
            assert "pydantic_core" in modules and "pydantic" not in modules


@pytest.mark.parametrize("damage", ["garbage", "truncated", "not a schema"])
def test_a_damaged_schema_entry_is_made_again(tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    shared = tmp_path / "shared"
    expected = run_process("--data", str(good), "list", "--json", env={"LLMENGINES_CACHE_DIR": str(shared)})
    (entry,) = shared.glob("schema-*.json")
    raw = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(os.urandom(len(raw)))
    elif damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    else:  # well-formed and checksummed, but not a schema pydantic-core can make a validator of
        monkeypatch.setenv("LLMENGINES_CACHE_DIR", str(shared))
        cache.put(entry.stem, [{"type": "no such schema"}])
        assert cache.get(entry.stem) == [{"type": "no such schema"}]
    for other in shared.glob("*.json"):
        if not other.name.startswith("schema-"):
            other.unlink()
    again, modules = _imports(["--data", str(good), "list", "--json"], shared)
    assert (again.returncode, again.stdout, again.stderr) == (0, expected.stdout, expected.stderr)
    assert "pydantic" in modules  # made again by pydantic, and stored again
    monkeypatch.setenv("LLMENGINES_CACHE_DIR", str(shared))
    (stored,) = cache.get(entry.stem) or [None]
    assert isinstance(stored, dict) and stored["type"] == "list"
