"""A table on a terminal pays for Rich and for what it draws, not for modules it does not use (issue 12, item 3)."""

from __future__ import annotations

import shutil

import pytest

from llmengines.environment import terminal_size

from .conftest import entry_point
from .pty_helper import run_in_pty


@pytest.mark.parametrize(
    "columns, lines",
    [(None, None), ("132", None), (None, "40"), ("0", "0"), ("abc", "-3"), ("٣", "٤"), ("90", "30")],
)
def test_terminal_size_is_shutils(monkeypatch, columns: str | None, lines: str | None) -> None:
    for name, value in (("COLUMNS", columns), ("LINES", lines)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    for fallback in ((80, 24), (100, 24)):
        assert terminal_size(fallback) == tuple(shutil.get_terminal_size(fallback))


def _imported_on_a_terminal(*args: str, rows: int) -> set[str]:
    drawn = run_in_pty([*entry_point(), *args], columns=120, rows=rows, env={"PYTHONPROFILEIMPORTTIME": "1"})
    modules = {line.split("|")[-1].strip() for line in drawn.splitlines() if line.startswith("import time:")}
    assert "rich.table" in modules, drawn[-2000:]
    return modules


def test_a_table_that_fits_the_screen_imports_neither_shutil_nor_subprocess() -> None:
    modules = _imported_on_a_terminal("list", rows=100)
    assert not {"shutil", "subprocess", "shlex"} & modules


def test_a_long_table_goes_to_less_on_the_path_without_importing_shutil_or_subprocess(tmp_path) -> None:
    import os
    import sys

    seen = tmp_path / "seen.txt"
    less = tmp_path / "less"
    record = f"open({str(seen)!r}, 'w', encoding='utf-8').write(sys.stdin.read() + repr(sys.argv[1:]))"
    less.write_text(f"#!{sys.executable}\nimport sys\n{record}\n", encoding="utf-8")
    less.chmod(0o755)
    path = f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {"PATH": path, "LLMENGINES_PAGER": None, "PAGER": None, "PYTHONPROFILEIMPORTTIME": "1"}
    drawn = run_in_pty([*entry_point(), "show", "vllm"], rows=24, env=env)
    modules = {line.split("|")[-1].strip() for line in drawn.splitlines() if line.startswith("import time:")}
    assert "rich.table" in modules and not {"shutil", "subprocess"} & modules
    assert "vLLM — vLLM Team" in seen.read_text(encoding="utf-8")
    assert seen.read_text(encoding="utf-8").endswith("['-FRX']")
