"""Shell manners, in real processes: pipes that close early, terminal variables, encodings, Ctrl-C, a real tty.

Also the path every bug takes: one line and a hint, the traceback only under --debug.
"""

from __future__ import annotations

import functools
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time

import pytest
import typer

from llmengines import cli as cli_module
from llmengines.errors import ExitCode

from .conftest import entry_point, run_process

# --- internal errors ---------------------------------------------------------------------------------------------

INTERNAL = "error: internal error: RuntimeError: boom — please report it; run with --debug for the traceback\n"


def _sample_args(command: typer.core.TyperCommand) -> list[str]:
    """Arguments that get past Click's parsing for ``command`` (the callback never looks at them here)."""
    args = []
    for param in command.params:
        if param.param_type_name == "argument" and param.required:
            kind = type(param.type).__name__
            args.append(str(cli_module.__file__) if "Path" in kind else "1" if kind in ("IntParamType",) else "vllm")
    return args


def _commands() -> dict[str, typer.core.TyperCommand]:
    root = typer.main.get_command(cli_module.app)
    assert isinstance(root, typer.core.TyperGroup)
    return dict(root.commands)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", sorted(_commands()))
def test_a_bug_in_any_command_is_one_line_with_a_hint(cli, monkeypatch, name: str) -> None:  # type: ignore[no-untyped-def]
    from llmengines.registry import COMMANDS

    registered = COMMANDS[name]  # what both the fast path and the Typer app call

    @functools.wraps(registered.callback)
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(registered, "callback", boom)
    args = [name, *_sample_args(_commands()[name])]
    result = cli(*args)
    assert (result.exit_code, result.stdout, result.stderr) == (ExitCode.INTERNAL, "", INTERNAL)
    with pytest.raises(RuntimeError, match="boom"):  # --debug: the exception (and so its traceback) comes through
        cli_module.main(["--debug", *args])
    # --debug must not stick: the next run without it is one line again.
    assert cli(*args).stderr == INTERNAL


_RAISING = """
import sys
import llmengines.views.dataset as views
def boom(*args, **kwargs):
    raise RuntimeError("boom")
views.list_engines = boom
from llmengines.cli import main
sys.argv[0] = "llmengines"
main(sys.argv[1:])
"""


def _python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_a_bug_in_a_real_process_is_one_line_and_debug_shows_the_traceback() -> None:
    plain = _python(_RAISING, "list", "--json")
    assert (plain.returncode, plain.stdout, plain.stderr) == (1, "", INTERNAL)
    debug = _python(_RAISING, "--debug", "list", "--json")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr and "RuntimeError: boom" in debug.stderr


# --- pipes -------------------------------------------------------------------------------------------------------


def _bash(script: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")} | (env or {})
    full["LLMENGINES"] = entry_point()[0]
    return subprocess.run(
        ["bash", "-c", "set -o pipefail\n" + script], capture_output=True, text=True, env=full, timeout=120, check=False
    )


@pytest.mark.parametrize(
    "pipeline",
    [
        '"$LLMENGINES" list | head -1',
        '"$LLMENGINES" list -o table | head -1',
        '"$LLMENGINES" export | head -1',
        '"$LLMENGINES" export -o yaml | head -c 10',
        '"$LLMENGINES" list --json | true',  # the reader exits before reading anything
        '"$LLMENGINES" export | true',
    ],
)
def test_a_reader_that_stops_early_is_success_with_nothing_on_stderr(pipeline: str) -> None:
    # Repeated: the outcome used to depend on whether the reader left before or after the last write.
    script = f"for i in $(seq 12); do {pipeline} >/dev/null 2>>err.txt; echo $?; done; cat err.txt >&2; rm err.txt"
    result = _bash(f"cd $(mktemp -d) && {script}")
    assert result.stdout.split() == ["0"] * 12, result.stderr
    assert result.stderr == ""


def test_head_gets_the_first_line() -> None:
    result = _bash('"$LLMENGINES" list | head -1')
    assert result.returncode == 0
    assert result.stdout.split("\t")[:2] == ["name", "id"]


# --- terminal variables and encodings ------------------------------------------------------------------------------

ENVIRONMENTS = {
    "NO_COLOR": {"NO_COLOR": "1"},
    "TERM=dumb": {"TERM": "dumb"},
    "FORCE_COLOR": {"FORCE_COLOR": "1"},
    "COLUMNS=20": {"COLUMNS": "20"},
    "LC_ALL=C": {"LC_ALL": "C", "LANG": "C"},
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C + PYTHONUTF8=0 + ascii": {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"},
}
COMMANDS = [
    ["list", "-o", "table"],
    ["list"],
    ["list", "--json"],
    ["show", "vllm", "-o", "table"],
    ["show", "distserve", "--json"],
    ["info", "-o", "markdown"],
    ["show", "nosuch"],
]


@pytest.mark.parametrize("name", list(ENVIRONMENTS))
def test_terminal_variables_and_encodings_never_crash(name: str) -> None:
    env = ENVIRONMENTS[name]
    ascii_only = env.get("PYTHONIOENCODING") == "ascii"
    for args in COMMANDS:
        result = subprocess.run(
            [*entry_point(), *args],
            capture_output=True,
            env={**{k: v for k, v in os.environ.items() if not k.startswith("_TYPER")}, **env},
            timeout=60,
            check=False,
        )
        shown = f"{name}: llmengines {' '.join(args)}: {result.stderr.decode(errors='replace')}"
        assert b"Traceback" not in result.stderr, shown
        if args[-1] == "nosuch":
            assert result.returncode == ExitCode.USAGE, shown
            assert result.stderr.startswith(b"error: unknown engine 'nosuch'"), shown
            continue
        assert result.returncode == 0, shown
        if ascii_only:
            assert max(result.stdout) < 128, f"{shown}: non-ASCII bytes on an ASCII stdout"
        if "--json" in args:
            json.loads(result.stdout)
            assert b"\x1b[" not in result.stdout, shown
        elif args[-1] == "table":
            coloured = b"\x1b[" in result.stdout
            assert coloured == (name == "FORCE_COLOR"), shown


def test_ascii_stdout_degrades_glyphs_but_keeps_the_facts() -> None:
    result = run_process("show", "vllm", "-o", "table", env={"PYTHONIOENCODING": "ascii"})
    assert result.exit_code == 0
    assert "Huawei Ascend" in result.stdout and "43.4K" in result.stdout
    assert "✓" not in result.stdout and "━" not in result.stdout


# --- Ctrl-C ------------------------------------------------------------------------------------------------------

_SLOW = """
import sys, time
import llmengines.views.dataset as views
def slow(*args, **kwargs):
    sys.stderr.write("ready\\n"); sys.stderr.flush()
    time.sleep(30)
views.list_engines = slow
entry = sys.argv.pop()
sys.argv[0] = "llmengines"
if entry == "run":
    from llmengines import run
    run()
else:
    # As in an interactive interpreter: a parent that ignores SIGINT (a background job, some CI runners) would
    # otherwise hand that on, and Python then never raises KeyboardInterrupt for main() to handle.
    import signal
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from llmengines.cli import main
    main(sys.argv[1:])
"""


@pytest.mark.parametrize("entry", ["run", "main"])
def test_ctrl_c_during_a_command_exits_130_without_a_traceback(entry: str) -> None:
    # run(): the console script, which stops at once; main(): the library entry, through KeyboardInterrupt.
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW, "list", "--json", entry],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == "ready\n"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out, err) == (ExitCode.INTERRUPTED, "", "interrupted\n")


_LAUNCH = """
import _signal, signal, sys
from llmengines import run
sys.argv = ["llmengines", *sys.argv[1:]]
install = _signal.signal
def announce(*args):  # say "go" once run() has taken over Ctrl-C, its first step
    install(*args)
    sys.stderr.write("go\\n"); sys.stderr.flush()
_signal.signal = signal.signal = announce  # run() takes the C module's (signal.py's is a wrapper of it)
run()
"""


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3])
def test_ctrl_c_at_any_moment_of_a_run_is_never_a_traceback(delay: float) -> None:
    # From the moment llmengines.run() takes over Ctrl-C (its first step) to the exit, wherever the signal lands —
    # importing the CLI, building the command, loading data, rendering — the result is a documented status.
    # (Before that, inside Python's own start-up or pip's launcher script, Python itself reports Ctrl-C.)
    proc = subprocess.Popen(
        [sys.executable, "-c", _LAUNCH, "show", "vllm", "-o", "table"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"go\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert b"Traceback" not in err, err.decode()
    # 0: it had finished; -SIGINT: it had finished and Python, shutting down, had given the signal back to the
    # system (shells report that as 130 too).
    assert proc.returncode in (0, ExitCode.INTERRUPTED, -signal.SIGINT), (proc.returncode, err)
    if proc.returncode == ExitCode.INTERRUPTED:
        assert err == b"interrupted\n"


# --- a real terminal ------------------------------------------------------------------------------------------------


def _on_a_tty(args: list[str], env: dict[str, str]) -> bytes:
    """Run the entry point with stdout on a pseudo-terminal; return what the terminal received."""
    main, secondary = pty.openpty()
    full = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER") and k not in ("NO_COLOR", "COLUMNS")}
    full |= {"TERM": "xterm-256color", "COLUMNS": "120"} | env
    proc = subprocess.Popen([*entry_point(), *args], stdout=secondary, stderr=subprocess.PIPE, env=full)
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert proc.wait(timeout=30) == 0
    return b"".join(chunks)


def test_a_terminal_gets_a_coloured_table() -> None:
    out = _on_a_tty(["list"], {})
    assert b"\x1b[" in out  # colour
    assert b"vLLM" in out and b"58.3K" in out  # paper v3's Table 4
    assert b"\t" not in out  # a table, not the pipe's TSV


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_a_terminal_without_colour_gets_a_plain_table(env: dict[str, str]) -> None:
    out = _on_a_tty(["list"], env)
    assert b"\x1b[" not in out
    assert b"vLLM" in out and b"\t" not in out


def test_no_color_flag_on_a_terminal() -> None:
    assert b"\x1b[" not in _on_a_tty(["--no-color", "show", "vllm"], {})


@pytest.mark.parametrize("args", [["list"], ["show", "vllm"], ["info"]])
def test_a_twenty_column_terminal_gets_tables_that_fit(args: list[str]) -> None:
    import re

    text = re.sub(r"\x1b\[[0-9;]*m", "", _on_a_tty(args, {"COLUMNS": "20"}).decode())
    lines = text.replace("\r\n", "\n").splitlines()
    assert lines and max(len(line) for line in lines) <= 20


def test_svg_with_an_unknown_field_writes_nothing(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "list.svg"
    result = cli("list", "--json", "--fields", "id,nmae", "--svg", str(target))
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert "unknown field 'nmae'" in result.stderr
    assert not target.exists()


def test_svg_that_cannot_be_written_leaves_stdout_empty(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli("info", "--json", "--svg", str(tmp_path / "missing" / "x.svg"))
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == "" and result.stderr.startswith("error: cannot write ")


def test_an_error_message_stays_on_one_line(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from llmengines.errors import DataError
    from llmengines.views import dataset as views

    def broken(*args: object, **kwargs: object) -> None:
        raise DataError("cannot read a\nb.yaml: no such file")

    monkeypatch.setattr(views, "list_engines", broken)
    result = cli("list", "--json")
    assert result.exit_code == ExitCode.DATA
    assert result.stderr == "error: cannot read a\\nb.yaml: no such file\n"


@pytest.mark.parametrize("args", [[], ["--help"], ["find", "--help"], ["template"]], ids=" ".join)
def test_help_and_template_on_an_ascii_stdout(args: list[str]) -> None:
    # `llmengines` alone printed its help raw: on an ASCII stdout the help's '✓' was a traceback (exit 1).
    result = subprocess.run(
        [*entry_point(), *args],
        capture_output=True,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("_TYPER")}, "PYTHONIOENCODING": "ascii"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout
    if args == ["template"]:
        assert max(result.stdout) < 128


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"])
def test_an_error_message_stays_on_one_line_whatever_the_line_break(cli, separator: str) -> None:  # type: ignore[no-untyped-def]
    # str.splitlines() (and many terminals and log readers) also break lines at these; only \n and \r were escaped
    # (the fuzzer found `--data $'\x0c'`).
    result = cli("--data", f"a{separator}b.yaml", "list")
    assert result.exit_code == ExitCode.DATA
    assert len(result.stderr.splitlines()) == 1, repr(result.stderr)
    assert result.stderr.startswith("error: a\\") and result.stderr.endswith("b.yaml: no such file\n")
