"""Global options work after the command as well as before it (`llmengines list --no-color`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_process

OVERLAY = "engines:\n  - id: vllm\n    github_stars: 1\n    stars_as_of: 2026-01-01\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--no-color", "--json"],
        ["--no-color", "list", "--json"],
        ["find", "--hw", "rocm", "--debug", "--json"],
        ["show", "vllm", "--no-color", "--debug", "--json"],
    ],
)
def test_flags_after_the_command_give_the_same_answer(cli, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    plain = [a for a in argv if a not in ("--no-color", "--debug")]
    with_flags, without = cli(*argv), cli(*plain)
    assert (with_flags.exit_code, with_flags.stdout, with_flags.stderr) == (0, without.stdout, without.stderr)


def test_no_color_after_the_command_turns_colour_off(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FORCE_COLOR", "1")
    coloured = cli("list", "-o", "table")
    plain = cli("list", "-o", "table", "--no-color")
    assert "\x1b[" in coloured.stdout and "\x1b[" not in plain.stdout and plain.exit_code == 0


def test_data_after_the_command_is_loaded_after_the_files_before_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(OVERLAY, encoding="utf-8")
    second.write_text(OVERLAY.replace("github_stars: 1", "github_stars: 2"), encoding="utf-8")
    both = cli("--data", str(first), "show", "vllm", "--json", "--data", str(second))
    assert both.exit_code == 0, both.stderr
    assert json.loads(both.stdout)["github_stars"] == 2
    reversed_ = cli("--data", str(second), "show", "vllm", "--json", "--data", str(first))
    assert json.loads(reversed_.stdout)["github_stars"] == 1


def test_debug_after_the_command_shows_the_traceback(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from llmengines.views import dataset as views

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "list_engines", boom)
    assert cli("list", "--json").stderr.startswith("error: internal error: RuntimeError: boom")
    with pytest.raises(RuntimeError, match="boom"):
        from llmengines.cli import main

        main(["list", "--json", "--debug"])


def test_after_the_command_in_a_real_process(tmp_path: Path) -> None:
    overlay = tmp_path / "a.yaml"
    overlay.write_text(OVERLAY, encoding="utf-8")
    result = run_process("show", "vllm", "--no-color", "--data", str(overlay), "--fields", "id,github_stars", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"id": "vllm", "github_stars": 1}
    missing = run_process("list", "--data", str(tmp_path / "nope.yaml"))
    assert (missing.exit_code, missing.stdout) == (3, "")
    assert missing.stderr == f"error: {tmp_path / 'nope.yaml'}: no such file\n"


def test_a_value_that_looks_like_a_global_option_stays_a_value(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("list", "--fields", "--no-color")
    assert result.exit_code == 2 and "unknown field '--no-color'" in result.stderr


def test_a_full_disk_is_one_line_and_status_2() -> None:
    import subprocess

    from .conftest import entry_point

    with Path("/dev/full").open("w") as full:
        proc = subprocess.run([*entry_point(), "export"], stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    # as the README's exit codes say since the hardening merge: output that cannot be written is a usage error
    assert (proc.returncode, proc.stderr) == (2, "error: cannot write output: stdout: No space left on device\n")
