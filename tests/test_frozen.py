"""The cheap frozen records behave as ``@dataclass(frozen=True, slots=True)`` does, for people and for pydantic."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import subprocess
import sys

import pytest

from llmengines.dataset import bundled, dataset_to_dict, engine_to_dict
from llmengines.models import Community, Engine, Score
from llmengines.record_class import Frozen, record


@dataclasses.dataclass(frozen=True, slots=True)
class StdScore:
    value: float
    uncertain: bool = False
    low: float | None = None
    high: float | None = None


def test_records_are_real_slotted_dataclasses() -> None:
    assert dataclasses.is_dataclass(Engine)
    assert [f.name for f in dataclasses.fields(Score)] == ["value", "uncertain", "low", "high"]
    assert not hasattr(Score(1.0), "__dict__")
    assert Score.__match_args__ == ("value", "uncertain", "low", "high")


def test_assignment_and_deletion_are_refused() -> None:
    score = Score(2.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.value = 3.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del score.low  # type: ignore[misc]
    with pytest.raises(AttributeError):
        score.extra = 1  # type: ignore[attr-defined]
    assert score.value == 2.5


def test_equality_hash_and_repr_match_the_stdlib_frozen_dataclass() -> None:
    ours, theirs = Score(0.25, True, 0.2, 0.3), StdScore(0.25, True, 0.2, 0.3)
    assert repr(ours) == repr(theirs).replace("StdScore", "Score")
    assert ours == Score(0.25, True, 0.2, 0.3) and ours != Score(0.25)
    assert hash(ours) == hash(Score(0.25, True, 0.2, 0.3))
    assert ours != theirs  # different classes never compare equal, as with dataclasses
    assert len({Community("yes", "no", "unknown"), Community("yes", "no", "unknown")}) == 1


def test_replace_copy_and_pickle_work() -> None:
    vllm = next(e for e in bundled().engines if e.id == "vllm")
    renamed = dataclasses.replace(vllm, name="vLLM 2")
    assert renamed.name == "vLLM 2" and vllm.name == "vLLM"
    assert copy.copy(vllm) == vllm and copy.deepcopy(vllm) == vllm
    assert pickle.loads(pickle.dumps(vllm)) == vllm


def test_record_refuses_a_class_without_the_base() -> None:
    with pytest.raises(TypeError, match="Frozen"):

        @record(frozen=True, slots=True)
        class Loose:
            x: int


def test_record_subclass_of_frozen_gets_init_only() -> None:
    @record(frozen=True, slots=True)
    class Point(Frozen):
        x: int
        y: int = 0

    assert Point(1) == Point(1, 0) and repr(Point(1, 2)).endswith(".Point(x=1, y=2)")


def test_to_dict_matches_dataclasses_asdict() -> None:
    data = bundled()
    assert dataset_to_dict(data) == dataclasses.asdict(data)
    assert json.dumps(dataset_to_dict(data)) == json.dumps(dataclasses.asdict(data))
    vllm = data.engines[2]
    assert engine_to_dict(vllm) == dataclasses.asdict(vllm)


def test_pydantic_validates_into_equal_records() -> None:
    from pydantic import TypeAdapter

    from llmengines.models import Dataset

    data = bundled()
    again = TypeAdapter(Dataset).validate_json(json.dumps(dataset_to_dict(data)), strict=True)
    assert again == data
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.engines[0].name = "x"  # type: ignore[misc]


def test_fast_asdict_refuses_what_dataclasses_asdict_refuses() -> None:
    from llmengines.record_class import asdict

    for wrong in (Score, {"value": 1.0}, 1.0):
        with pytest.raises(TypeError):
            asdict(wrong)
        with pytest.raises(TypeError):
            dataclasses.asdict(wrong)  # type: ignore[call-overload]


def test_record_replace_is_dataclasses_replace_without_importing_it() -> None:
    from llmengines.filters import Filters
    from llmengines.record_class import replace

    engine = bundled().engines[0]
    assert replace(engine, github_stars=1) == dataclasses.replace(engine, github_stars=1)
    assert replace(Filters(), hardware=("nvidia",)) == dataclasses.replace(Filters(), hardware=("nvidia",))
    with pytest.raises(TypeError):
        replace(engine, no_such_field=1)


@pytest.mark.parametrize(
    "args",
    [
        ("find", "--hw", "rocm", "--precision", "fp8", "--json"),
        ("recommend", "--json"),
        ("rank", "--by", "throughput", "--json"),
    ],
)
def test_queries_do_not_import_dataclasses(args: tuple[str, ...]) -> None:
    # dataclasses brings inspect, ast, dis and tokenize: about half a `python -c pass` on every run.
    from .test_startup import imported_by

    modules, run = imported_by(*args)
    assert run.returncode == 0, run.stderr
    assert "dataclasses" not in modules


def test_the_literal_stand_in_gives_what_typing_would() -> None:
    import typing

    from llmengines import models, vocabulary
    from llmengines.record_class import Literal, get_args

    assert get_args(Literal["a", "b"]) == ("a", "b") == typing.get_args(typing.Literal["a", "b"])
    assert get_args(Literal["only"]) == ("only",)
    assert vocabulary.HARDWARE_IDS[:3] == ("x86-64", "arm64", "nvidia")
    # Once something reads the annotations (here pydantic, through dataclasses), the module has typing's own.
    from pydantic import TypeAdapter

    assert TypeAdapter(models.Community).validate_json(
        '{"sns": "yes", "forum": "no", "meetup": "unknown"}'
    ) == Community("yes", "no", "unknown")
    assert models.Support == typing.Literal["yes", "no", "unknown"]
    assert models.ClassVar is typing.ClassVar and models.Any is typing.Any


def test_class_variables_stay_class_variables_when_a_record_becomes_a_dataclass() -> None:
    # models imports ClassVar only under TYPE_CHECKING: dataclasses must still see ``__pydantic_config__`` as one.
    names = [f.name for f in dataclasses.fields(Community)]
    assert names == ["sns", "forum", "meetup"]
    assert [f.name for f in dataclasses.fields(Engine)][:2] == ["id", "name"]
    assert "__pydantic_config__" not in {f.name for f in dataclasses.fields(Engine)}


def test_the_generic_init_and_the_compiled_one_make_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    import llmengines
    from llmengines import record_class
    from llmengines.record_class import field

    monkeypatch.setattr(llmengines, "_cli_run", True, raising=False)  # as in a run of the command

    @record(frozen=True, slots=True)
    class Sample(Frozen):
        a: int
        b: str = "b"
        c: list[int] = field(default_factory=list)

    made = [Sample(1), Sample(2, "x"), Sample(a=3, c=[1]), Sample(4, b="y", c=[2])]
    generic = Sample.__init__
    for i in range(record_class.COMPILE_AFTER):
        Sample(i)
    assert Sample.__init__ is not generic  # compiled, and installed on the class
    again = [Sample(1), Sample(2, "x"), Sample(a=3, c=[1]), Sample(4, b="y", c=[2])]
    assert made == again
    assert [(s.a, s.b, s.c) for s in again] == [(1, "b", []), (2, "x", []), (3, "b", [1]), (4, "y", [2])]
    assert Sample(5).c is not Sample(5).c  # a new list each time, from the factory


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, "b", [], 4), {}), ((1,), {"a": 2}), ((1,), {"nope": 2})],
    ids=["missing", "too many", "twice", "unknown"],
)
def test_the_generic_init_refuses_what_the_compiled_one_refuses(
    monkeypatch: pytest.MonkeyPatch, args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    import llmengines
    from llmengines.record_class import field

    monkeypatch.setattr(llmengines, "_cli_run", True, raising=False)

    @record(frozen=True, slots=True)
    class Sample(Frozen):
        a: int
        b: str = "b"
        c: list[int] = field(default_factory=list)

    with pytest.raises(TypeError):
        Sample(*args, **kwargs)  # generic (a new class)
    for i in range(200):
        Sample(i)
    with pytest.raises(TypeError):
        Sample(*args, **kwargs)  # compiled


def test_for_a_library_user_records_are_made_in_full() -> None:
    # Outside a run of the command: typing.get_type_hints and inspect.signature work at once, as on dataclasses.
    code = (
        "import inspect, typing\n"
        "from llmengines import Engine\n"
        "from llmengines.filters import Match\n"
        "print(typing.get_type_hints(Engine)['org_type'])\n"
        "print(typing.get_origin(typing.get_type_hints(Match)['status']) is typing.Literal)\n"
        "print(str(inspect.signature(Engine)).startswith('(id, name, organization,'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:3] == ["typing.Literal['community', 'academic', 'big-tech', 'startup']", "True", "True"]


def test_in_a_run_of_the_command_records_are_made_the_cheap_way() -> None:
    code = (
        "import sys, llmengines, llmengines.cli\n"
        "def main():\n"
        "    from llmengines import models, record_class\n"
        "    print(type(models.Support).__name__, 'typing' in sys.modules, record_class.cli_run())\n"
        "llmengines.cli.main = main\n"
        "llmengines.run()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "_LiteralAlias False True\n"
