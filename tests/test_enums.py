"""ExitCode and OutputFormat behave as the enums they were, though a query imports no enum."""

from __future__ import annotations

import ast
import copy
import enum
import pickle
from pathlib import Path

import pytest

from llmengines import errors
from llmengines.errors import ExitCode, Status
from llmengines.formats import OutputFormat

DOCUMENTED = {"OK": 0, "INTERNAL": 1, "USAGE": 2, "DATA": 3, "INTERRUPTED": 130}  # the reference's exit statuses


def test_exit_code_is_an_int_enum_of_the_documented_statuses() -> None:
    assert issubclass(ExitCode, enum.IntEnum)
    assert {c.name: c.value for c in ExitCode} == DOCUMENTED
    assert {n: v for n, v in vars(Status).items() if n.isupper()} == DOCUMENTED
    assert ExitCode.USAGE == 2 == Status.USAGE and ExitCode(3) is ExitCode.DATA
    assert errors.UsageError("x").exit_code is ExitCode.USAGE and errors.DataError("x").exit_code is ExitCode.DATA
    assert errors.LlmEnginesError("x").exit_code is ExitCode.INTERNAL and errors.UsageError.status == 2


def test_what_type_checkers_see_of_exit_code_is_what_runs() -> None:
    tree = ast.parse(Path(errors.__file__).read_text(encoding="utf-8"))
    stub = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "ExitCode")
    seen = {a.targets[0].id: a.value.value for a in stub.body if isinstance(a, ast.Assign)}  # type: ignore[attr-defined]
    assert seen == DOCUMENTED


def test_an_unknown_attribute_of_errors_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = errors.Nope  # type: ignore[attr-defined]


VALUES = ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"]


def test_output_format_behaves_as_a_str_enum() -> None:
    assert [f.value for f in OutputFormat] == VALUES and len(OutputFormat) == 7
    assert [f.name for f in OutputFormat] == [v.upper() for v in VALUES]
    assert OutputFormat("json") is OutputFormat.JSON == "json"
    assert str(OutputFormat.CSV) == "csv" and f"{OutputFormat.TSV}" == "tsv" and type(str(OutputFormat.TSV)) is str
    assert repr(OutputFormat.YAML) == "<OutputFormat.YAML: 'yaml'>"
    assert {OutputFormat.JSON: 1}["json"] == 1
    assert OutputFormat["JSONL"] is OutputFormat.JSONL and list(OutputFormat.__members__) == [v.upper() for v in VALUES]
    assert [f.value for f in reversed(OutputFormat)] == VALUES[::-1]
    with pytest.raises(KeyError):
        OutputFormat["json"]
    assert copy.deepcopy(OutputFormat.JSONL) is OutputFormat.JSONL
    assert pickle.loads(pickle.dumps(OutputFormat.MARKDOWN)) is OutputFormat.MARKDOWN
    for wrong in ("JSON", "xml", "", None):
        with pytest.raises(ValueError, match="not a valid OutputFormat"):
            OutputFormat(wrong)  # type: ignore[arg-type]


def test_typer_gets_an_enum_and_the_command_gets_the_output_format() -> None:
    # Straight through the Typer app (not the fast path): export compares its format by identity.
    from typer.testing import CliRunner

    from llmengines import options
    from llmengines.app import app

    assert issubclass(options.FormatChoice, enum.Enum)
    assert [c.value for c in options.FormatChoice] == VALUES
    runner = CliRunner()
    as_json = runner.invoke(app, ["export"])
    as_yaml = runner.invoke(app, ["export", "-o", "YAML"])
    assert as_json.exit_code == as_yaml.exit_code == 0
    assert as_json.stdout.startswith("{") and as_yaml.stdout.startswith("devices:")
