"""Shared test set-up: deterministic terminal behaviour and helpers to drive the CLI."""

from __future__ import annotations

import os

# Typer/Rich must not switch to terminal-style output because CI sets FORCE_COLOR or GITHUB_ACTIONS;
# these must be set before Typer first loads its Rich code.
os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"
os.environ["TERMINAL_WIDTH"] = "100"
for _var in (
    "FORCE_COLOR",
    "PY_COLORS",
    "GITHUB_ACTIONS",
    "NO_COLOR",
    "LLMENGINES_DATA",
    "LLMENGINES_GITHUB_API",
    "GITHUB_TOKEN",
    "PAGER",
):
    os.environ.pop(_var, None)
os.environ["LLMENGINES_PAGER"] = ""  # no test starts a real pager unless it sets one (a fake) itself

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from llmengines.cli import main

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    """What one run of the CLI produced."""

    exit_code: int
    stdout: str
    stderr: str


def _run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> Result:
    capsys.readouterr()
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    out, err = capsys.readouterr()
    return Result(code, out, err)


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets empty user data and cache directories: never the developer's refreshed figures or cache."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("LLMENGINES_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("LLMENGINES_CACHE_DIR", str(home / "cache"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``llmengines ARGS`` in-process through :func:`llmengines.cli.main` (the real error handling)."""

    def run(*args: str) -> Result:
        return _run_main(list(args), capsys)

    return run


def entry_point() -> list[str]:
    """The installed ``llmengines`` script (next to this interpreter), for real subprocess runs."""
    script = Path(sys.executable).with_name("llmengines")
    if script.exists():
        return [str(script)]
    found = shutil.which("llmengines")
    assert found, "the llmengines entry point is not installed; run: pip install -e '.[test]'"
    return [found]


def run_process(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    """Run the installed entry point in a subprocess (stdout is a pipe)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")}
    full_env.update(env or {})
    proc = subprocess.run(
        [*entry_point(), *args], capture_output=True, text=True, env=full_env, input=input, timeout=60, check=False
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)
