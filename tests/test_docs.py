"""The documentation is complete and true: the README is short (at most 250 lines) and its samples are real;
every command and option is in the guide (docs/guide.md) and in the generated reference (docs/reference.md,
which must be what the CLI says now), every ``--help`` leads with an example, the docs pages' links resolve,
and the pictures are what the commands draw today."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
import typer

from llmengines.cli import app

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
# The tour of every command, moved out of the README so that the README stays a five-minute read.
GUIDE = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def _options(command: object) -> list[str]:
    """Every spelling of every option of a Click command (``--hw``, ``--hardware``, ``-o``, …), not arguments."""
    names = []
    for param in command.params:  # type: ignore[attr-defined]
        if param.param_type_name == "option" and not param.hidden:  # hidden: the global options after the command
            names += [*param.opts, *param.secondary_opts]
    return names


def _mentioned(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def _section(name: str) -> str:
    """The guide's section about a command, with its subsections: the heading that starts with the command in
    backticks (else the deepest heading that names it)."""
    lines = GUIDE.splitlines()
    headings = [(i, m) for i, line in enumerate(lines) if (m := re.match(r"(#+) (.*)", line))]
    naming = [(i, m) for i, m in headings if f"`{name}`" in m.group(2)]
    assert naming, f"docs/guide.md has no heading naming `{name}`"
    i, heading = max(naming, key=lambda h: (h[1].group(2).startswith(f"`{name}`"), len(h[1].group(1)), -h[0]))
    level = len(heading.group(1))
    end = next((j for j, m in headings if j > i and len(m.group(1)) <= level), len(lines))
    return "\n".join(lines[i:end])


def test_the_cli_has_the_commands_the_docs_are_checked_for() -> None:
    # If this fails, a command was added or removed: the tests below then check the new set.
    assert len(COMMANDS) == 21 and {
        "find",
        "recommend",
        "refresh",
        "changes",
        "devices",
        "results",
        "evaluation",
    } <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_commands_table_and_has_a_section(name: str) -> None:
    table = GUIDE[GUIDE.index("## Commands") :].split("\n\n")[1]
    assert re.search(rf"^\| `llmengines {name}[ `]", table, re.M), f"{name} missing from the table of commands"
    # A tour with real output, except refresh, whose output depends on GitHub on the day.
    wanted = f"llmengines {name}" if name == "refresh" else f"$ llmengines {name}"
    assert wanted in _section(name), f"the guide's section on {name} has no example"


def test_every_global_option_is_documented() -> None:
    options = [*_options(COMMAND), "-h", "--help"]
    assert {"--data", "--no-color", "--debug", "--version"} <= set(options)
    missing = [o for o in options if not _mentioned(o, GUIDE)]
    assert not missing, f"docs/guide.md does not mention the global options {missing}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_of_every_command_is_documented(name: str) -> None:
    """Every option is in the guide; one that only this command has is in this command's section."""
    options = _options(COMMAND.commands[name])  # type: ignore[attr-defined]
    missing = [o for o in options if not _mentioned(o, GUIDE)]
    assert not missing, f"docs/guide.md does not mention {name}'s options {missing}"
    elsewhere = {
        o
        for other, command in COMMAND.commands.items()  # type: ignore[attr-defined]
        if other != name
        for o in _options(command)
    }
    own = [o for o in options if o not in elsewhere]
    section = _section(name)
    missing_here = [o for o in own if not _mentioned(o, section)]
    assert not missing_here, f"the guide's section on {name} does not mention {missing_here}"


def test_the_option_check_can_fail() -> None:
    assert not _mentioned("--no-such-option", GUIDE)
    assert not _mentioned("--hw", "--hwx and ---hw")


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_leads_with_an_example(cli, name: str) -> None:
    """After the one-line summary, the first thing ``--help`` shows is an example invocation of that command."""
    result = cli(*([name] if name else []), "--help")
    assert result.exit_code == 0
    head = re.split(r"^(?:Options|Arguments):", result.stdout, maxsplit=1, flags=re.M)[0]
    paragraphs = [p for p in head.split("\n\n") if p.strip()]
    usage, _summary, first = paragraphs[:3]
    assert usage.startswith("Usage: llmengines")
    example = first.strip().splitlines()[0].strip()
    assert example.startswith(f"llmengines {name}".rstrip() + " ") or example == f"llmengines {name}", (
        f"'llmengines {name} --help' does not lead with an example: {first!r}"
    )


# --- the generated command reference -------------------------------------------------------------------------------

REFERENCE_PATH = REPO / "docs" / "reference.md"


def _make_reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_reference", REPO / "docs" / "make_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_reference_is_what_the_cli_says_now() -> None:
    """docs/reference.md is the generator's output for the CLI as it is (run ``python docs/make_reference.py``)."""
    fresh = _make_reference().render()
    committed = REFERENCE_PATH.read_text(encoding="utf-8")
    assert committed == fresh, "docs/reference.md is stale: run python docs/make_reference.py"


def test_the_reference_check_fails_on_drift(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _make_reference()
    stale = tmp_path / "reference.md"
    stale.write_text(REFERENCE_PATH.read_text(encoding="utf-8").replace("--no-pager", "--no-paper", 1), "utf-8")
    monkeypatch.setattr(module, "REFERENCE", stale)
    assert module.main(["--check"]) == 1
    monkeypatch.setattr(module, "REFERENCE", REFERENCE_PATH)
    assert module.main(["--check"]) == 0


def _reference() -> str:
    return REFERENCE_PATH.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_and_option_is_in_the_reference(name: str) -> None:
    reference = _reference()
    assert f"### `llmengines {name}`" in reference and f"$ llmengines {name} --help" in reference
    section = reference[reference.index(f"### `llmengines {name}`") :].split("\n### ", 1)[0]
    options = _options(COMMAND.commands[name])  # type: ignore[attr-defined]
    missing = [o for o in options if not _mentioned(o, section)]
    assert not missing, f"docs/reference.md's section on {name} does not mention {missing}"


def test_every_global_option_and_exit_status_is_in_the_reference() -> None:
    from llmengines.errors import ExitCode

    reference = _reference()
    section = reference[reference.index("## Global options") : reference.index("## Exit status")]
    assert not [o for o in [*_options(COMMAND), "-h", "--help"] if not _mentioned(o, section)]
    for code in ExitCode:
        assert re.search(rf"^\| {int(code)} \| `{code.name}` \| \w", reference, re.M), code


@pytest.mark.parametrize("name", [n for n in COMMANDS if "--fields" in _options(COMMAND.commands[n])])  # type: ignore[attr-defined]
def test_the_reference_lists_the_fields_of_every_command_that_takes_fields(cli, name: str) -> None:
    reference = _reference()
    section = reference[reference.index(f"### `llmengines {name}`") :].split("\n### ", 1)[0]
    assert "**Fields** (`--fields help`" in section
    listed = set(re.findall(r"`([\w.-]+)`", section[section.index("**Fields**") :]))
    words = re.search(r"listed from `llmengines (.*?) --fields help`", section)
    assert words, section[section.index("**Fields**") :][:200]
    import shlex

    names = cli(*shlex.split(words.group(1)), "-o", "json", "--fields", "help").stdout.splitlines()
    assert names and set(names) <= listed


DOC_PAGES = ["guide.md", "reference.md", "methodology.md", "your-own-data.md", "speed.md", "CONTRIBUTING.md"]


@pytest.mark.parametrize("page", DOC_PAGES)
def test_every_relative_link_of_the_docs_leads_somewhere(page: str) -> None:
    """The docs pages exist, are linked from the README, and their links to files and headings resolve."""
    assert f"](docs/{page})" in README
    path = REPO / "docs" / page
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"\w+://", target):
            continue
        file, _, anchor = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        assert linked.exists(), f"{page}: {target}"
        if anchor and linked.suffix == ".md":
            headings = re.findall(r"^#+ (.*)$", linked.read_text(encoding="utf-8"), re.M)
            slugs = {re.sub(r"[^\w\- ]", "", h.casefold()).replace(" ", "-") for h in headings}
            assert anchor in slugs, f"{page}: no heading for #{anchor} in {file or page}"


def test_the_reference_names_the_fields_people_ask_for() -> None:
    reference = _reference()
    section = reference[reference.index("### `llmengines list`") :].split("\n### ", 1)[0]
    for field in ("github_stars", "stars_as_of", "hardware.groq-lpu", "precisions.fp8", "deployment.scale"):
        assert f"`{field}`" in section, field


# --- pictures ----------------------------------------------------------------------------------------------------


def _make_pictures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_pictures", REPO / "docs" / "make_pictures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_pictures_are_current(tmp_path: Path) -> None:
    """Regenerating every picture gives the committed bytes (run ``python docs/make_pictures.py`` if not)."""
    pictures = _make_pictures()
    pictures.generate(tmp_path)
    committed = sorted(p.name for p in (REPO / "docs" / "img").glob("*.svg"))
    assert committed == sorted(f"{name}.svg" for name in pictures.PICTURES), "docs/img has stray or missing files"
    stale = [n for n in committed if (REPO / "docs" / "img" / n).read_bytes() != (tmp_path / n).read_bytes()]
    assert not stale, f"stale pictures {stale}: run python docs/make_pictures.py"


def test_every_picture_is_shown_and_under_100_kb() -> None:
    """Each picture is in the README or the guide (a picture nobody shows is a picture nobody checks by eye)."""
    pictures = _make_pictures()
    for name in pictures.PICTURES:
        assert f"](docs/img/{name}.svg)" in README or f"](img/{name}.svg)" in GUIDE, name
        assert (REPO / "docs" / "img" / f"{name}.svg").stat().st_size < 100_000, name


def test_svg_does_not_depend_on_the_terminal(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same command draws the same bytes whatever TERM, COLUMNS, colour settings or --no-color say."""
    args = _make_pictures().PICTURES["find"]
    cli(*args, "--svg", str(tmp_path / "plain.svg"))
    for var, value in [("TERM", "dumb"), ("COLUMNS", "40"), ("NO_COLOR", "1"), ("COLORTERM", "truecolor")]:
        monkeypatch.setenv(var, value)
    cli("--no-color", *args, "--svg", str(tmp_path / "odd.svg"))
    assert (tmp_path / "plain.svg").read_bytes() == (tmp_path / "odd.svg").read_bytes()
    assert (tmp_path / "plain.svg").read_bytes() == (REPO / "docs" / "img" / "find.svg").read_bytes()


# --- the README's sample output is real ------------------------------------------------------------------------


def _console_runs(text: str) -> list[tuple[str, list[str]]]:
    """Each ``$ llmengines …`` line of a page's console blocks with the lines shown after it."""
    runs: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                runs.append((line[2:], []))
            elif runs:
                runs[-1][1].append(line)
    return runs


def _shown_in(shown: list[str], printed: list[str]) -> bool:
    """Whether the lines shown (with ``…`` for elided lines) are the printed lines, in order."""
    chunks: list[list[str]] = [[]]
    for line in shown:
        if line.strip() == "…":
            chunks.append([])
        else:
            chunks[-1].append(line)
    if len(chunks) == 1:
        return shown == printed
    at = 0
    for k, chunk in enumerate(chunks):
        if not chunk:
            continue
        starts = [s for s in range(at, len(printed) - len(chunk) + 1) if printed[s : s + len(chunk)] == chunk]
        if not starts or (k == 0 and starts[0] != 0):
            return False
        at = starts[0] + len(chunk)
    return True


@pytest.mark.parametrize(("page", "at_least"), [("README.md", 8), ("docs/guide.md", 20)])
def test_readme_sample_output_is_real(cli, monkeypatch: pytest.MonkeyPatch, page: str, at_least: int) -> None:
    """Every ``$ llmengines …`` in the README and the guide prints what is shown (80-column terminal;
    ``| head -N``: a pipe)."""
    import shlex

    from llmengines.environment import Environment

    checked = 0
    for command, shown in _console_runs((REPO / page).read_text(encoding="utf-8")):
        words = shlex.split(command)
        if words[0] != "llmengines" or ">" in words or "bad.yaml" in words:
            continue  # files of the reader's own (validate's example is in tests/test_validation.py)
        head = None
        if "|" in words:
            pipe = words.index("|")
            if words[pipe + 1 : pipe + 2] != ["head"]:
                continue
            head = int(words[pipe + 2].lstrip("-")) if len(words) > pipe + 2 else 10
            words = words[:pipe]
        tty = head is None
        fake = Environment(stdout_isatty=tty, color=False, width=80 if tty else 100, unicode=True)
        monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, fake=fake, **kw: fake))
        result = cli(*words[1:])
        printed = [line.rstrip() for line in result.stdout.splitlines()]
        printed = printed[:head] if head else printed + result.stderr.splitlines()
        while printed and not printed[-1]:  # a closing blank line is not shown in the README
            printed.pop()
        assert _shown_in([line.rstrip() for line in shown], printed), command
        checked += 1
    assert checked >= at_least


def test_the_sample_check_can_fail() -> None:
    assert _shown_in(["a", "…", "c"], ["a", "b", "c"])
    assert not _shown_in(["a", "…", "d"], ["a", "b", "c"])
    assert not _shown_in(["b", "…"], ["a", "b", "c"])
    assert not _shown_in(["a", "b"], ["a", "b", "c"])


def test_the_vocabulary_table_has_every_id_and_alias() -> None:
    """The guide's Vocabulary section names every id and alias the CLI accepts, and every engine id."""
    from llmengines.dataset import bundled
    from llmengines.vocabulary import KINDS

    section = GUIDE[GUIDE.index("## Vocabulary") : GUIDE.index("## Exit status")]
    spellings = {s for terms in KINDS.values() for t in terms.values() for s in (t.id, *t.aliases)}
    spellings |= {e.id for e in bundled().engines}
    missing = sorted(s for s in spellings if f"`{s}`" not in section)
    assert not missing, f"docs/guide.md's Vocabulary lacks {missing}"


def test_the_readme_is_a_five_minute_read() -> None:
    """At most 250 lines, with the main job (find, compare, recommend) and the MI300X reading on the first screen."""
    lines = README.splitlines()
    assert len(lines) <= 250, f"README.md has {len(lines)} lines"
    first_screen = "\n".join(lines[:40])
    for shown in ("llmengines find", "llmengines compare", "llmengines recommend", "--hw rocm", "--hw mi300x"):
        assert shown in first_screen, shown


def test_the_readme_quick_start_is_what_ci_runs() -> None:
    """The README's test command is the one .ci/run runs."""
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pip install --quiet -e '.[test]'" in ci and "\npython -m pytest\n" in ci
    assert "pip install -e '.[test]' && python -m pytest" in README
