"""The documentation is complete and true: every command and option is in the README, every ``--help`` leads with
an example, and the README's pictures are what the commands draw today."""

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
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def _options(command: object) -> list[str]:
    """Every spelling of every option of a Click command (``--hw``, ``--hardware``, ``-o``, …), not arguments."""
    names = []
    for param in command.params:  # type: ignore[attr-defined]
        if param.param_type_name == "option":
            names += [*param.opts, *param.secondary_opts]
    return names


def _mentioned(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


def _section(name: str) -> str:
    """The README section about a command, with its subsections: the heading that starts with the command in
    backticks (else the deepest heading that names it)."""
    lines = README.splitlines()
    headings = [(i, m) for i, line in enumerate(lines) if (m := re.match(r"(#+) (.*)", line))]
    naming = [(i, m) for i, m in headings if f"`{name}`" in m.group(2)]
    assert naming, f"README has no heading naming `{name}`"
    i, heading = max(naming, key=lambda h: (h[1].group(2).startswith(f"`{name}`"), len(h[1].group(1)), -h[0]))
    level = len(heading.group(1))
    end = next((j for j, m in headings if j > i and len(m.group(1)) <= level), len(lines))
    return "\n".join(lines[i:end])


def test_the_cli_has_the_commands_the_docs_are_checked_for() -> None:
    # If this fails, a command was added or removed: the tests below then check the new set.
    assert len(COMMANDS) == 19 and {"find", "recommend", "refresh", "results", "evaluation"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_commands_table_and_has_a_section(name: str) -> None:
    table = README[README.index("## Commands") :].split("\n\n")[1]
    assert re.search(rf"^\| `llmengines {name}[ `]", table, re.M), f"{name} missing from the table of commands"
    # A tour with real output, except refresh, whose output depends on GitHub on the day.
    wanted = f"llmengines {name}" if name == "refresh" else f"$ llmengines {name}"
    assert wanted in _section(name), f"the README's section on {name} has no example"


def test_every_global_option_is_documented() -> None:
    options = [*_options(COMMAND), "-h", "--help"]
    assert {"--data", "--no-color", "--debug", "--version"} <= set(options)
    missing = [o for o in options if not _mentioned(o, README)]
    assert not missing, f"README does not mention the global options {missing}"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_of_every_command_is_documented(name: str) -> None:
    """Every option is in the README; one that only this command has is in this command's section."""
    options = _options(COMMAND.commands[name])  # type: ignore[attr-defined]
    missing = [o for o in options if not _mentioned(o, README)]
    assert not missing, f"README does not mention {name}'s options {missing}"
    elsewhere = {
        o
        for other, command in COMMAND.commands.items()  # type: ignore[attr-defined]
        if other != name
        for o in _options(command)
    }
    own = [o for o in options if o not in elsewhere]
    section = _section(name)
    missing_here = [o for o in own if not _mentioned(o, section)]
    assert not missing_here, f"the README's section on {name} does not mention {missing_here}"


def test_the_option_check_can_fail() -> None:
    assert not _mentioned("--no-such-option", README)
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


def test_every_picture_is_in_the_readme_and_under_100_kb() -> None:
    pictures = _make_pictures()
    for name in pictures.PICTURES:
        assert f"](docs/img/{name}.svg)" in README, name
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


def _console_runs() -> list[tuple[str, list[str]]]:
    """Each ``$ llmengines …`` line of the README's console blocks with the lines shown after it."""
    runs: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
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


def test_readme_sample_output_is_real(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``$ llmengines …`` in the README prints what is shown (80-column terminal; ``| head -N``: a pipe)."""
    import shlex

    from llmengines.environment import Environment

    checked = 0
    for command, shown in _console_runs():
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
    assert checked >= 20


def test_the_sample_check_can_fail() -> None:
    assert _shown_in(["a", "…", "c"], ["a", "b", "c"])
    assert not _shown_in(["a", "…", "d"], ["a", "b", "c"])
    assert not _shown_in(["b", "…"], ["a", "b", "c"])
    assert not _shown_in(["a", "b"], ["a", "b", "c"])


def test_the_vocabulary_table_has_every_id_and_alias() -> None:
    """The README's Vocabulary section names every id and alias the CLI accepts, and every engine id."""
    from llmengines.dataset import bundled
    from llmengines.vocabulary import KINDS

    section = README[README.index("## Vocabulary") : README.index("## Exit status")]
    spellings = {s for terms in KINDS.values() for t in terms.values() for s in (t.id, *t.aliases)}
    spellings |= {e.id for e in bundled().engines}
    missing = sorted(s for s in spellings if f"`{s}`" not in section)
    assert not missing, f"the README's Vocabulary lacks {missing}"
