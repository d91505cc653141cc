"""The pager: long tables on a terminal go through it; short ones, pipes, data formats and --no-pager never do.

A fake pager (a small script that records what it was given) stands in for less, so nothing waits for a key.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import entry_point, run_process
from .pty_helper import run_in_pty

LONG = ["show", "vllm"]  # ~65 lines
SHORT = ["rank", "--by", "stars", "--top", "3"]  # ~10 lines


@pytest.fixture
def fake_pager(tmp_path: Path) -> tuple[str, Path]:
    """A pager command line and the file it writes what it read to (absent if it never ran)."""
    script = tmp_path / "pager.py"
    seen = tmp_path / "seen.txt"
    script.write_text(
        "import sys\ndata = sys.stdin.read()\nopen(sys.argv[1], 'w', encoding='utf-8').write(data)\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script} {seen}", seen


def _terminal(args: list[str], **env: str | None) -> str:
    return run_in_pty([*entry_point(), *args], columns=100, rows=24, env=env)


def test_a_long_table_on_a_terminal_goes_through_the_pager(fake_pager) -> None:
    pager, seen = fake_pager
    drawn = _terminal(LONG, LLMENGINES_PAGER=pager)
    assert seen.exists(), drawn
    paged = seen.read_text(encoding="utf-8")
    assert paged.startswith("vLLM — vLLM Team") and "Survey scores (0–5)" in paged
    assert "vLLM — vLLM Team" not in drawn  # the pager had it, not the terminal directly


def test_a_table_that_fits_the_screen_is_not_paged(fake_pager) -> None:
    pager, seen = fake_pager
    drawn = _terminal(SHORT, LLMENGINES_PAGER=pager)
    assert not seen.exists()
    assert "vLLM" in drawn or "Ollama" in drawn


def test_no_pager_turns_it_off(fake_pager) -> None:
    pager, seen = fake_pager
    drawn = _terminal([*LONG, "--no-pager"], LLMENGINES_PAGER=pager)
    assert not seen.exists()
    assert "vLLM — vLLM Team" in drawn and "Survey scores" in drawn


@pytest.mark.parametrize("off", ["", "cat"])
def test_an_empty_or_cat_pager_is_none(fake_pager, off: str) -> None:
    pager, seen = fake_pager
    drawn = _terminal(LONG, LLMENGINES_PAGER=off, PAGER=pager)
    assert not seen.exists() and "Survey scores" in drawn


def test_pager_is_used_when_llmengines_pager_is_not_set(fake_pager) -> None:
    pager, seen = fake_pager
    drawn = run_in_pty([*entry_point(), *LONG], columns=100, rows=24, env={"LLMENGINES_PAGER": None, "PAGER": pager})
    assert seen.exists() and "Survey scores" in seen.read_text(encoding="utf-8"), drawn


def test_llmengines_pager_wins_over_pager(fake_pager, tmp_path) -> None:
    pager, seen = fake_pager
    _terminal(LONG, LLMENGINES_PAGER=pager, PAGER="false")
    assert seen.exists()


def test_a_pager_that_cannot_start_leaves_the_table_on_the_terminal() -> None:
    drawn = _terminal(LONG, LLMENGINES_PAGER="/no/such/pager")
    assert "Survey scores" in drawn and "error:" not in drawn


@pytest.mark.parametrize("args", [[*LONG, "--json"], ["list", "--fields", "help"], [*LONG, "-o", "tsv"]])
def test_data_formats_are_never_paged(fake_pager, args: list[str]) -> None:
    pager, seen = fake_pager
    drawn = _terminal(args, LLMENGINES_PAGER=pager)
    assert not seen.exists() and drawn.strip()


def test_a_pipe_is_never_paged(fake_pager) -> None:
    pager, seen = fake_pager
    result = run_process(*LONG, "-o", "table", env={"LLMENGINES_PAGER": pager, "PAGER": pager})
    assert result.exit_code == 0 and "Survey scores" in result.stdout
    assert not seen.exists()


def test_in_process_on_a_terminal_the_pager_gets_the_table(cli, monkeypatch, fake_pager) -> None:
    from llmengines.environment import Environment

    pager, seen = fake_pager
    fake = Environment(stdout_isatty=True, color=False, width=100, unicode=True)
    monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))
    monkeypatch.setattr("llmengines.pager._is_terminal", lambda: True)  # capsys's stdout stands for the terminal
    monkeypatch.setenv("LLMENGINES_PAGER", pager)
    monkeypatch.setenv("LINES", "24")
    result = cli(*LONG)
    assert result.exit_code == 0 and result.stdout == ""
    assert "Survey scores (0–5)" in seen.read_text(encoding="utf-8")
    seen.unlink()
    monkeypatch.setenv("LINES", "500")  # a screen tall enough: written directly, as less -F would
    assert "Survey scores" in cli(*LONG).stdout and not seen.exists()


def test_no_pager_when_the_real_stdout_is_not_a_terminal(cli, monkeypatch, fake_pager) -> None:
    """An environment that says "terminal" (as tests fake it) is not enough: the stream must be one."""
    from llmengines.environment import Environment

    pager, seen = fake_pager
    fake = Environment(stdout_isatty=True, color=False, width=100, unicode=True)
    monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))
    monkeypatch.setenv("LLMENGINES_PAGER", pager)
    monkeypatch.setenv("LINES", "24")
    assert "Survey scores" in cli(*LONG).stdout and not seen.exists()


def test_pager_command_defaults_to_less_frx(monkeypatch) -> None:
    import shutil

    from llmengines import pager

    monkeypatch.delenv("LLMENGINES_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    less = shutil.which("less")
    assert pager.pager_command() == ([less, "-FRX"] if less else None)
    monkeypatch.setenv("PAGER", "most -s")
    assert pager.pager_command() == ["most", "-s"]
    monkeypatch.setenv("LLMENGINES_PAGER", "'unclosed")
    assert pager.pager_command() is None
