"""Help that leads to the main job: commands grouped by question, descriptions whole, bare commands that say
what they take, and ``--fields help``."""

from __future__ import annotations

import json
import re

import pytest
import typer

from llmengines.cli import app
from llmengines.grouped_help import OTHER_PANEL, PANELS

from .conftest import run_process

COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


def _panels(help_text: str) -> dict[str, list[str]]:
    """The headed sections after Options: title -> command names, in order."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in help_text[help_text.index("\nOptions:") :].splitlines():
        if line and not line.startswith(" ") and line.endswith(":"):
            current = line[:-1]
            sections[current] = []
        elif current and current != "Options" and (m := re.match(r"  (\S+)\s", line)):
            sections[current].append(m.group(1))
    sections.pop("Options", None)
    return sections


@pytest.mark.parametrize("width", ["80", "140"])
def test_top_level_help_groups_commands_by_question_main_job_first(cli, monkeypatch, width: str) -> None:
    monkeypatch.setenv("COLUMNS", width)  # what Click's help formatter reads (it caps the width at 80)
    result = cli("--help")
    shown = _panels(result.stdout)
    assert list(shown) == [title for title, _ in PANELS]  # no "Other commands": every command has its place
    assert shown["Find the engine for the job"][:4] == ["find", "compare", "rank", "recommend"]
    assert shown["What the survey knows"] == ["techniques", "technique", "devices", "pricing", "evaluation", "results"]
    assert shown["The data"] == ["list", "show", "changes", "export", "schema", "info"]
    assert shown["Your own data"] == ["validate", "template", "refresh"]
    assert sorted(n for names in shown.values() for n in names) == sorted(COMMANDS)


def test_a_command_of_no_panel_is_listed_under_other() -> None:
    from llmengines.grouped_help import panels

    assert panels(["find", "zzz", "list"]) == [
        ("Find the engine for the job", ["find"]),
        ("The data", ["list"]),
        (OTHER_PANEL, ["zzz"]),
    ]


def test_every_command_is_in_a_panel() -> None:
    listed = {n for _, names in PANELS for n in names}
    missing = sorted(set(COMMANDS) - listed)
    assert not missing, f"add {missing} to llmengines.grouped_help.PANELS, where its question belongs"


@pytest.mark.parametrize("width", ["80", "140"])
def test_command_descriptions_are_never_cut(cli, monkeypatch, width: str) -> None:
    """Each command's first help sentence appears whole (wrapped, not cut with '...')."""
    monkeypatch.setenv("COLUMNS", width)  # what Click's help formatter reads (it caps the width at 80)
    text = cli("--help").stdout
    listing = " ".join(text[text.index("\nOptions:") :].split())
    assert "..." not in listing and "…" not in listing
    for name, command in COMMANDS.items():
        first = " ".join((command.help or "").split("\n\n")[0].split())
        assert f"{name} {first}" in listing, name


def test_top_level_help_shows_recommend_among_its_examples(cli) -> None:
    head = cli("--help").stdout.split("\n\n")
    examples = [line.strip() for line in head[2].splitlines()]
    assert any(line.startswith("llmengines recommend ") for line in examples), examples


def test_top_level_help_in_a_real_process_is_grouped() -> None:
    result = run_process("--help", env={"COLUMNS": "140"})
    assert result.exit_code == 0
    assert "Find the engine for the job:\n  find " in result.stdout
    listing = result.stdout[result.stdout.index("Find the engine for the job:") :]
    assert "..." not in listing and "recommend   Recommend engines: every hard constraint met" in listing


# --- bare commands say what they take ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "values"),
    [
        ("rank", ["stars", "general-purpose", "ease-of-use", "ease-of-deployment", "latency", "throughput"]),
        ("facets", ["hardware", "platform", "precision", "technique", "org-type", "scale", "open-source"]),
        ("matrix", ["hardware", "platform", "precision", "technique"]),
    ],
)
def test_bare_command_lists_its_valid_values(cli, command: str, values: list[str]) -> None:
    for result in (cli(command), run_process(command)):
        assert result.exit_code == 2 and result.stdout == ""
        assert len(result.stderr.splitlines()) == 1
        for value in values:
            assert re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", result.stderr), (value, result.stderr)


def test_a_bare_command_still_runs_with_its_argument(cli) -> None:
    assert cli("facets", "precision").exit_code == 0
    assert cli("matrix", "hardware").exit_code == 0


# --- --fields help -------------------------------------------------------------------------------------------------

FIELDS_COMMANDS = [
    ["list"],
    ["show", "vllm"],
    ["compare", "vllm", "sglang"],
    ["info"],
    ["find", "--hw", "rocm"],
    ["rank", "--by", "stars"],
    ["recommend"],
    ["facets", "precision"],
    ["matrix", "hardware"],
    ["techniques"],
    ["technique", "gptq"],
    ["pricing"],
    ["devices"],
    ["changes"],
    ["evaluation"],
    ["results"],
    ["refresh"],  # listed without asking GitHub anything (the test server is not set up here)
]


def _takes_fields(name: str) -> bool:
    return any("--fields" in p.opts for p in COMMANDS[name].params)


def test_fields_commands_are_all_covered() -> None:
    assert sorted(c[0] for c in FIELDS_COMMANDS) == sorted(n for n in COMMANDS if _takes_fields(n))


@pytest.mark.parametrize("args", FIELDS_COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("word", ["help", "?"])
@pytest.mark.parametrize("fmt", ["json", "tsv"])
def test_fields_help_lists_names_that_fields_accepts(cli, args: list[str], word: str, fmt: str) -> None:
    """Every name listed is accepted by --fields in the same format, and a name not listed is refused."""
    listed = cli(*args, "-o", fmt, "--fields", word)
    assert listed.exit_code == 0, listed.stderr
    names = listed.stdout.splitlines()
    assert names and all(re.fullmatch(r"[\w.-]+", n) for n in names) and len(set(names)) == len(names)
    if args[0] == "refresh":
        return
    chosen = cli(*args, "-o", fmt, "--fields", ",".join(names[:3]))
    assert chosen.exit_code == 0, chosen.stderr
    if fmt == "json":
        parsed = json.loads(chosen.stdout)
        first = parsed[0] if isinstance(parsed, list) else parsed
        assert list(first) == names[:3]
    else:
        assert chosen.stdout.splitlines()[0].split("\t") == names[:3]
    refused = cli(*args, "-o", fmt, "--fields", "no-such-field")
    assert refused.exit_code == 2 and "'--fields help' lists them" in refused.stderr


def test_fields_help_of_a_flattened_grid_says_where_the_record_fields_are(cli) -> None:
    flat = cli("compare", "vllm", "sglang", "-o", "tsv", "--fields", "help")
    assert flat.stdout.splitlines()[:2] == ["section", "field"]
    assert "add -o json for the fields of the JSON record" in flat.stderr
    nested = cli("compare", "vllm", "sglang", "-o", "json", "--fields", "help")
    assert nested.stderr == "" and "section" not in nested.stdout.splitlines()


@pytest.mark.parametrize("args", [["show", "vllm"], ["info"]], ids=lambda a: a[0])
def test_fields_help_of_a_document_lists_its_record_fields_in_every_format(cli, args: list[str]) -> None:
    """show and info pick --fields from the record in every format (one row outside JSON), so the list is the same."""
    nested = cli(*args, "-o", "json", "--fields", "help")
    assert nested.stderr == "" and "section" not in nested.stdout.splitlines()
    for fmt in ("tsv", "csv", "markdown"):
        flat = cli(*args, "-o", fmt, "--fields", "help")
        assert flat.stdout == nested.stdout and flat.stderr == ""


def test_fields_help_names_the_stars_column_and_nested_paths(cli) -> None:
    names = cli("list", "--fields", "help").stdout.splitlines()
    assert {"id", "name", "github_stars", "hardware.groq-lpu", "precisions.fp8"} <= set(names)


def test_fields_help_in_a_real_process_and_with_svg(tmp_path) -> None:
    picture = tmp_path / "x.svg"
    result = run_process("list", "--fields", "?", "--svg", str(picture))
    assert result.exit_code == 0 and "github_stars" in result.stdout.splitlines()
    assert not picture.exists()  # nothing to draw: the names are the answer
