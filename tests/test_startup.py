"""The startup budget, guarded: what a run imports, checked in real processes (see README, "Speed").

ruff's banned-module-level-imports (TID253) keeps Rich, ruamel, pydantic and rapidfuzz out of module level; these
tests check the result end to end, including imports made indirectly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer

from llmengines import cli as cli_module

from .conftest import entry_point

HEAVY = ("pydantic", "pydantic_core", "ruamel", "yaml", "yaml_rs", "rich", "rapidfuzz")
# Commands that exist to validate or write YAML may use pydantic/ruamel; queries may not.
DATA_MANAGEMENT = {"schema", "validate", "template", "refresh"}


def imported_by(*args: str, env: dict[str, str] | None = None) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a run of ``llmengines ARGS`` imports (from ``python -X importtime``), and the run."""
    proc = subprocess.run(
        [*entry_point(), *args],
        capture_output=True,
        text=True,
        env={"PYTHONPROFILEIMPORTTIME": "1", "PATH": "/usr/bin:/bin", **(env or {})},
        timeout=60,
        check=False,
    )
    names = [line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")]
    assert "llmengines" in names, proc.stderr[-2000:]
    # What the console script imports before llmengines is not ours: pip 23.2 wrote one that imports re.
    # (An import is logged when it completes, so what llmengines imports is listed after it.)
    first = next(i for i, name in enumerate(names) if name == "llmengines" or name.startswith("llmengines."))
    wrapper = {n for n in names[:first] if n in {"re", "enum", "functools", "collections"} or n.startswith("re.")}
    return set(names) - wrapper, proc


def heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in HEAVY}


# Representative runs of the query commands (others are discovered from the command tree below).
REPRESENTATIVE = {
    "show": ["show", "vllm", "--json"],
    "find": ["find", "--hw", "rocm", "--precision", "fp8", "--json"],
    "compare": ["compare", "vllm", "sglang", "--json"],
    "rank": ["rank", "--by", "throughput", "--json"],
}


def _query_runs() -> list[list[str]]:
    """A ``--json`` run of every query command: representative arguments where given, none otherwise."""
    root = typer.main.get_command(cli_module.app)
    assert isinstance(root, typer.core.TyperGroup)
    runs = [["list"], ["show", "vllm", "-o", "csv"]]
    for name, command in sorted(root.commands.items()):
        opts = {o for p in command.params for o in p.opts}
        if name in DATA_MANAGEMENT or "--json" not in opts:
            continue
        if name in REPRESENTATIVE:
            runs.append(REPRESENTATIVE[name])
        elif not any(p.required for p in command.params):
            runs.append([name, "--json"])
    return runs


@pytest.mark.parametrize("args", _query_runs(), ids=" ".join)
def test_queries_import_no_heavy_module(args: list[str]) -> None:
    modules, proc = imported_by(*args)
    # A command that wants arguments only its body checks says so with status 2; that path must stay light too
    # (rapidfuzz is allowed there: suggesting a name is what it is for).
    assert proc.returncode == 0 or (args[0] not in REPRESENTATIVE and proc.returncode == 2), proc.stderr[-2000:]
    allowed = {m for m in modules if m.startswith("rapidfuzz")} if proc.returncode else set()
    assert heavy(modules) - allowed == set()


def test_the_guarded_list_includes_list_json() -> None:
    assert ["list", "--json"] in _query_runs()


def test_version_imports_neither_the_data_nor_the_renderer() -> None:
    modules, proc = imported_by("--version")
    assert proc.stdout.startswith("llmengines ")
    assert heavy(modules) == set()
    assert {"llmengines.dataset", "llmengines.render", "llmengines.views.dataset"} & modules == set()


FAST_PATH_BANNED = ("typer", "click", *HEAVY)


def banned(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in FAST_PATH_BANNED}


def test_version_imports_no_typer_and_nothing_else() -> None:
    modules, proc = imported_by("--version")
    assert proc.stdout.startswith("llmengines ")
    assert banned(modules) == set()
    assert {m for m in modules if m.startswith("llmengines")} <= {"llmengines", "llmengines.cli", "llmengines.fast",
                                                                 "llmengines.session", "llmengines.completers",
                                                                 "llmengines.errors"}  # fmt: skip


@pytest.mark.parametrize("args", [r for r in _query_runs() if r[0] not in DATA_MANAGEMENT], ids=" ".join)
def test_query_runs_import_no_typer(args: list[str]) -> None:
    modules, proc = imported_by(*args)
    if proc.returncode == 0:
        assert banned(modules) == set()


COMPLETIONS = [
    {"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": "llmengines show vl", "COMP_CWORD": "2"},
    {"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": "llmengines sh", "COMP_CWORD": "1"},
    {"_LLMENGINES_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "llmengines find --hw ro"},
    {"_LLMENGINES_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "llmengines list -o "},
    {"_LLMENGINES_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "llmengines rank --by th",
     "_TYPER_COMPLETE_FISH_ACTION": "get-args"},
]  # fmt: skip


@pytest.mark.parametrize("env", COMPLETIONS, ids=lambda e: e.get("COMP_WORDS") or e["_TYPER_COMPLETE_ARGS"])
def test_completion_imports_no_typer(env: dict[str, str]) -> None:
    modules, proc = imported_by(env=env)
    assert proc.returncode == 0 and proc.stdout.strip() not in ("", "_files")
    assert banned(modules) == set()


def test_tables_load_rich_and_nothing_else_heavy() -> None:
    modules, proc = imported_by("list", "-o", "table")
    assert proc.returncode == 0
    assert heavy(modules) == {m for m in modules if m.split(".")[0] == "rich"} != set()


def test_only_a_typo_pays_for_rapidfuzz() -> None:
    modules, proc = imported_by("show", "vlm")
    assert proc.returncode == 2 and "did you mean" in proc.stderr
    assert "rapidfuzz" in modules
    assert {m for m in heavy(modules) if not m.startswith("rapidfuzz")} == set()


def test_importing_the_package_imports_only_the_package() -> None:
    code = "import sys, llmengines; print(sorted(m for m in sys.modules if m.startswith('llmengines')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['llmengines']"


def test_the_library_api_loads_on_first_use() -> None:
    code = (
        "import llmengines\n"
        "data = llmengines.load()\n"
        "e = llmengines.get_engine(data, 'vLLM')\n"
        "assert isinstance(e, llmengines.Engine) and isinstance(data, llmengines.Dataset)\n"
        "assert issubclass(llmengines.UnknownNameError, llmengines.UsageError)\n"
        "assert 'load' in dir(llmengines)\n"
        "print(e.id, e.hardware['amd-gpu'], e.precisions['fp8'])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["vllm", "yes", "yes"]


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    import llmengines

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = llmengines.nope  # type: ignore[attr-defined]


# --- building only the command a run names ------------------------------------------------------------------------


def _all_commands() -> list[str]:
    root = typer.main.get_command(cli_module.app)
    assert isinstance(root, typer.core.TyperGroup)
    return sorted(root.commands)


@pytest.mark.parametrize(
    ("argv", "built"),
    [
        (["list", "--json"], ["list"]),
        (["--no-color", "--debug", "show", "vllm"], ["show"]),
        (["show", "list"], ["show"]),
        (["lsit"], None),  # a typo: the whole tree, so Click can say what exists
        ([], None),
        (["--help"], None),
        (["--", "list"], None),
    ],
)
def test_a_run_builds_only_the_command_it_names(argv: list[str], built: list[str] | None) -> None:
    command = cli_module.click_command(argv)
    assert sorted(command.commands) == (built or _all_commands())


@pytest.mark.parametrize(
    ("env", "built"),
    [
        ({"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": "llmengines show vl", "COMP_CWORD": "2"}, ["show"]),
        ({"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": "llmengines sh", "COMP_CWORD": "1"}, None),
        ({"_LLMENGINES_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "llmengines show "}, ["show"]),
        ({"_LLMENGINES_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "llmengines show"}, None),
        ({"_LLMENGINES_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "llmengines 'show"}, None),
    ],
)
def test_a_completion_request_builds_the_command_being_completed(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], built: list[str] | None
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert sorted(cli_module.click_command([]).commands) == (built or _all_commands())


@pytest.mark.parametrize("name", _all_commands())
def test_help_of_a_command_is_the_same_built_alone(cli, monkeypatch: pytest.MonkeyPatch, name: str) -> None:  # type: ignore[no-untyped-def]
    alone = cli(name, "--help")
    monkeypatch.setattr(cli_module, "click_command", lambda argv=None: typer.main.get_command(cli_module.app))
    whole = cli(name, "--help")
    assert alone.exit_code == whole.exit_code == 0
    assert alone.stdout == whole.stdout and name in alone.stdout


@pytest.mark.parametrize("args", [["show", "vllm"], ["compare", "vllm", "sglang"], ["recommend", "--json"]])
def test_without_overlays_no_overlay_machinery_and_no_pathlib(args: list[str], tmp_path: Path) -> None:
    # The provenance of the bundled data alone is empty: it needs neither llmengines.overlays nor pathlib.
    modules, proc = imported_by(*args, env={"LLMENGINES_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert {"llmengines.overlays", "pathlib"} & modules == set()


# The standard library a query does not need. Each of these cost a measurable part of ``python -c pass`` here
# (typing ~7 ms; re, json, and enum with functools and collections ~4 ms each; datetime, copy and weakref, signal's
# enums, importlib, heapq ~1-2 ms each; see docs/speed.md).
STDLIB_NOT_ON_THE_QUERY_PATH = ("typing", "dataclasses", "inspect", "datetime", "copy", "importlib", "signal")
STDLIB_NOT_ON_THE_QUERY_PATH += ("re", "json", "enum", "functools", "collections", "heapq")
QUERY_PATH_RUNS = [
    *REPRESENTATIVE.values(),
    ["list", "--json"],
    ["recommend", "--json"],
    ["find", "--hw", "rocm", "--precision", "fp8", "-o", "tsv"],
]


@pytest.mark.parametrize("args", QUERY_PATH_RUNS, ids=" ".join)
def test_queries_import_no_typing_and_no_stdlib_they_do_not_use(args: list[str]) -> None:
    modules, proc = imported_by(*args)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert {m for m in modules if m.split(".")[0] in STDLIB_NOT_ON_THE_QUERY_PATH} == set()


@pytest.mark.parametrize("env", COMPLETIONS, ids=lambda e: e.get("COMP_WORDS") or e["_TYPER_COMPLETE_ARGS"])
def test_completion_imports_no_typing(env: dict[str, str]) -> None:
    modules, proc = imported_by(env=env)
    assert proc.returncode == 0
    assert {m for m in modules if m.split(".")[0] in STDLIB_NOT_ON_THE_QUERY_PATH} == set()


def test_the_console_script_runs_without_the_cyclic_collector_and_main_leaves_it_alone() -> None:
    code = (
        "import gc, sys, llmengines, llmengines.cli\n"
        "llmengines.cli.main = lambda: print('run', gc.isenabled())\n"
        "llmengines.run()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "run False\n"
    code = "import gc, sys, llmengines.cli\nsys.argv = ['llmengines', '--version']\ntry:\n    llmengines.cli.main()\n"
    code += "except SystemExit:\n    pass\nprint('main', gc.isenabled())\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.endswith("main True\n")
