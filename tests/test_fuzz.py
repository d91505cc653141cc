"""Property: no command line, however odd, makes llmengines print a traceback or an undocumented exit status.

Every command, option and choice comes from the Click command tree itself, so commands added later are fuzzed
without touching this file. Each run goes through :func:`llmengines.cli.main` in-process (the real error
handling), with stdout and stderr as UTF-8 pipes. When the exit status is 0, stdout must be valid in the format
that was asked for (re-read from the command line by Click itself).

The default run tries ~200 command lines; ``pytest -m slow`` tries 5,000.
"""

from __future__ import annotations

import atexit
import csv
import io
import json
import re
import shutil
import string
import tempfile
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmengines import cli
from llmengines.dataset import bundled
from llmengines.vocabulary import KINDS

ROOT = typer.main.get_command(cli.app)
assert isinstance(ROOT, typer.core.TyperGroup)
DOCUMENTED = {0, 2, 3}
# Options with side effects outside the test: --install-completion edits shell start-up files.
NEVER = {"--install-completion", "--show-completion"}
# Commands that reach the network (refresh asks GitHub for star counts): not for a property test.
NETWORK = {"refresh"}
COMMANDS: dict[str, Any] = {name: command for name, command in ROOT.commands.items() if name not in NETWORK}
SCRATCH = Path(tempfile.mkdtemp(prefix="llmengines-fuzz-"))  # where path options may point (--svg writes there)
atexit.register(shutil.rmtree, SCRATCH, ignore_errors=True)


# --- values ------------------------------------------------------------------------------------------------------


def _names() -> list[str]:
    data = bundled()
    names = [s for e in data.engines for s in (e.id, e.name, *e.aliases)]
    names += [s for terms in KINDS.values() for t in terms.values() for s in (t.id, t.name, *t.aliases)]
    names += [t.id for t in data.techniques]
    return names


NAMES = _names()
ODD = [
    "", " ", "\t", "-", "--", ",", ",,", "=", "0", "-0", "-1", "-100", "1e309", "-1e309", "nan", "inf", "1.5",
    "9" * 40, "-" + "9" * 40, "é", "日本語", "🚀", "a" * 300, "vllm,", ",vllm", "vllm,,sglang", "ROCM", "Fp8",
    "throughput=", "=1", "throughput=x", "throughput=-1", "latency=1,throughput=2", "latency=1e400",
    "throughput=1,throughput=2", "nosuch=1", "latency:1", "throughput=nan", "id,nmae", "hardware.", ".",
    "hardware.nvidia", "scores.throughput.value", "[red]x[/]", "%s", "{}", "../x", "a\nb",
]  # fmt: skip


def near_miss(name: str, data: st.DataObject) -> str:
    """A typo of a real name: one character dropped, doubled, swapped or changed, or the case or spacing changed."""
    if not name:
        return name
    i = data.draw(st.integers(0, len(name) - 1))
    how = data.draw(st.sampled_from(["drop", "double", "swap", "change", "upper", "space"]))
    if how == "drop":
        return name[:i] + name[i + 1 :]
    if how == "double":
        return name[:i] + name[i] + name[i:]
    if how == "swap" and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if how == "change":
        return name[:i] + data.draw(st.sampled_from(string.ascii_lowercase)) + name[i + 1 :]
    if how == "upper":
        return name.upper()
    return name.replace("-", " ")


def value(data: st.DataObject, param: Any) -> str:
    """A value for ``param``: often a good one, often a near miss, sometimes anything at all."""
    kind = type(param.type).__name__
    if kind in ("Path", "TyperPath", "File"):
        name = data.draw(st.text(alphabet=string.ascii_lowercase + "._", min_size=1, max_size=8))
        return str(SCRATCH / data.draw(st.sampled_from(["", "missing/"])) / name.replace("..", "_"))
    pools: list[Callable[[], str]] = [
        lambda: data.draw(st.sampled_from(NAMES)),
        lambda: near_miss(data.draw(st.sampled_from(NAMES)), data),
        lambda: data.draw(st.sampled_from(ODD)),
        lambda: str(data.draw(st.integers(-(10**30), 10**30))),
        lambda: ",".join(data.draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4))),
        lambda: data.draw(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)),
    ]
    choices = getattr(param.type, "choices", None)
    if choices:
        pools += [lambda: str(data.draw(st.sampled_from(list(choices))))] * 4
    return data.draw(st.sampled_from(pools))()


def option_tokens(data: st.DataObject, param: Any) -> list[str]:
    """How ``param`` appears on a command line: a flag, ``--opt value``, ``--opt=value``, or ``-o value``."""
    opt = data.draw(st.sampled_from(list(param.opts) + list(getattr(param, "secondary_opts", []))))
    if getattr(param, "is_flag", False):
        return [opt]
    text = value(data, param)
    if opt.startswith("--") and data.draw(st.booleans()):
        return [f"{opt}={text}"]
    return [opt, text]


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """Global options, a command (or a near miss of one), its options and arguments in any order, extra noise."""
    data = draw(st.data())
    argv: list[str] = []
    for param in ROOT.params:
        if not any(o in NEVER for o in param.opts) and draw(st.integers(0, 9)) == 0:
            argv += option_tokens(data, param)
    name = draw(st.sampled_from(sorted(COMMANDS)))
    if draw(st.integers(0, 19)) == 0:
        name = near_miss(name, data)
    argv.append(name)
    command = COMMANDS.get(name)
    parts: list[list[str]] = []
    if command is not None:
        for param in command.params:
            if param.param_type_name == "argument":
                count = 1 if param.nargs == 1 else draw(st.integers(0, 4))
                if draw(st.integers(0, 9)) > 0:
                    parts += [[value(data, param)] for _ in range(count)]
            elif draw(st.booleans()) and not any(o in NEVER for o in param.opts):
                parts += [option_tokens(data, param) for _ in range(2 if param.multiple else 1)]
        parts = draw(st.permutations(parts))
    for part in parts:
        argv += part
    if draw(st.integers(0, 14)) == 0:  # noise: an unknown option, a stray argument, a dangling option
        argv.insert(draw(st.integers(0, len(argv))), draw(st.sampled_from(["--nope", "stray", "-o", "--", "-h"])))
    return argv


# --- running and checking ------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def run(argv: list[str]) -> Outcome:
    """``llmengines ARGV`` through main(), with stdout and stderr as UTF-8 pipes would be."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    texts = []
    for stream in (out, err):
        stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        texts.append(buffer.getvalue().decode("utf-8"))
    return Outcome(code, *texts)


def requested_format(argv: list[str]) -> str | None:
    """The output format Click reads from ``argv`` (None: no format option, or help/version output)."""
    try:
        ctx = ROOT.make_context("llmengines", list(argv), resilient_parsing=True)
        name, command, rest = ROOT.resolve_command(ctx, [*ctx.protected_args, *ctx.args])
        assert command is not None and name is not None
        sub = command.make_context(name, rest, parent=ctx, resilient_parsing=True)
    except Exception:  # help, version and usage errors: nothing to check
        return None
    by_opt = {opt: p for p in command.params for opt in p.opts}
    if "--json" in by_opt and sub.params.get(by_opt["--json"].name):
        return "json"
    fmt = by_opt.get("--format")
    if fmt is None:
        return None
    chosen = sub.params.get(fmt.name) or fmt.default
    return str(getattr(chosen, "value", chosen) or "tsv")  # None: a pipe's default


def check_format(fmt: str, text: str) -> None:
    if fmt == "json":
        json.loads(text)
    elif fmt == "jsonl":
        for line in text.splitlines():
            json.loads(line)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert len({len(r) for r in rows}) <= 1, "ragged CSV"
    elif fmt == "tsv":
        assert len({line.count("\t") for line in text.splitlines()}) <= 1, "ragged TSV"
    elif fmt == "yaml":
        from ruamel.yaml import YAML

        YAML(typ="safe", pure=True).load(text)
    elif fmt == "markdown":
        assert all(line.startswith("|") for line in text.splitlines()), "markdown table lines start with |"


HELP_OR_VERSION = re.compile(r"^(Usage: |llmengines \d)")


def check(argv: list[str]) -> None:
    result = run(argv)
    shown = f"llmengines {' '.join(map(repr, argv))}\nexit {result.exit_code}\nstderr: {result.stderr[-800:]}"
    assert "Traceback" not in result.stderr, shown
    assert result.exit_code in DOCUMENTED, shown
    if result.exit_code == 0:
        fmt = requested_format(argv)
        if fmt is not None and not HELP_OR_VERSION.match(result.stdout):
            try:
                check_format(fmt, result.stdout)
            except Exception as exc:
                raise AssertionError(f"{shown}\nstdout is not valid {fmt}: {exc}\n{result.stdout[:500]}") from exc
    else:
        lines = result.stderr.splitlines()
        assert lines and lines[-1].startswith("error: "), shown
        assert result.stdout == "", shown


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@fuzz(200)
@given(command_lines())
def test_no_command_line_prints_a_traceback(argv: list[str]) -> None:
    check(argv)


@pytest.mark.slow
@fuzz(5000)
@given(command_lines())
def test_no_command_line_prints_a_traceback_5000(argv: list[str]) -> None:
    check(argv)


def test_the_fuzzer_reaches_every_command_and_option() -> None:
    # A property test that never generated a command's options would pass vacuously; check it generates them.
    seen: set[str] = set()

    # Generation only (nothing runs), derandomized so that the answer does not change from run to run.
    @settings(
        max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
    )
    @given(command_lines())
    def collect(argv: list[str]) -> None:
        seen.update(token.split("=")[0] for token in argv)

    collect()
    wanted = set(COMMANDS)
    for command in COMMANDS.values():
        wanted |= {p.opts[0] for p in command.params if p.param_type_name == "option"} - NEVER
    assert wanted - seen == set()
