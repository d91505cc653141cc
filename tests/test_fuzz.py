"""Property: no command line, however odd, makes llmengines print a traceback or an undocumented exit status.

Every command, option and choice comes from the Click command tree itself, so commands added later are fuzzed
without touching this file. Each run goes through :func:`llmengines.cli.main` in-process (the real error
handling), with stdout and stderr as UTF-8 pipes. When the exit status is 0, stdout must be valid in the format
that was asked for (re-read from the command line by Click itself).

Each command line also runs in a generated environment (``COLUMNS``, ``LINES``, ``NO_COLOR``, ``TERM``,
``LC_ALL``, the encoding of stdout as ``PYTHONIOENCODING`` would set it, ``HOME`` and ``XDG_*``), and
``refresh`` runs against a fake API on loopback that is dead, well-behaved or hostile (tests/hostile.py).

The default run tries 300 (fixed seed); ``pytest -m slow`` tries ``$LLMENGINES_FUZZ_EXAMPLES`` (10,000), and
writes how many invocations it ran to ``$LLMENGINES_FUZZ_REPORT`` when that is set.
"""

from __future__ import annotations

import atexit
import contextlib
import csv
import io
import json
import os
import re
import shutil
import socket
import string
import tempfile
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from llmengines import cli
from llmengines.dataset import bundled
from llmengines.vocabulary import KINDS

from . import hostile

ROOT = typer.main.get_command(cli.app)
assert isinstance(ROOT, typer.core.TyperGroup)
DOCUMENTED = {0, 2, 3}
# Options with side effects outside the test: --install-completion edits shell start-up files.
NEVER = {"--install-completion", "--show-completion"}
# refresh reaches the network: it is fuzzed only against the loopback API of each example (see `environments`).
COMMANDS: dict[str, Any] = dict(ROOT.commands)
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
    "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\u202evllm", "\x85", "\x9b31m", "vllm\r", "\x7f",
    "9" * 300, "9" * 5000, "1e" + "9" * 30, "0x10", "1_000", "１０", "²", "٣k",
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
        lambda: str(data.draw(st.integers())),  # unbounded
        lambda: data.draw(st.sampled_from("0123456789")) * data.draw(st.integers(1, 5000)),
        lambda: ",".join(data.draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4))),
        lambda: data.draw(st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)),
        lambda: data.draw(st.text(st.sampled_from("ab\x1b\x07[]0;\u202e\x85\x9b\t\n\r"), max_size=8)),
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


def run(argv: list[str], encoding: str = "utf-8") -> Outcome:
    """``llmengines ARGV`` through main(), with stdout and stderr as pipes in ``encoding`` would be."""
    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="backslashreplace", newline="")
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            cli.main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    texts = []
    for stream in (out, err):
        with contextlib.suppress(ValueError):  # a stream the run closed
            stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        # Click writes help as UTF-8 where the stream says ASCII (it takes that for a misconfiguration).
        texts.append(buffer.getvalue().decode(encoding, errors="replace"))
    return Outcome(code, *texts)


# --- environments and the loopback API -------------------------------------------------------------------------------


class Servers:
    """The fake APIs of the fuzz, started once: a hostile one on 127.0.0.1 whose behaviour each example picks,
    a second origin (127.0.0.2) that redirects point to, and a port nothing listens on."""

    def __init__(self) -> None:
        self.api = hostile.Hostile("127.0.0.1")
        self.other = hostile.Hostile("127.0.0.2")
        probe = socket.create_server(("127.0.0.1", 0))
        self.dead = probe.getsockname()[1]
        probe.close()  # nothing listens there any more: connection refused
        atexit.register(self.api.close)
        atexit.register(self.other.close)


_servers: Servers | None = None


def servers() -> Servers:
    global _servers  # noqa: PLW0603 - started on first use, shared by every example
    if _servers is None:
        _servers = Servers()
    return _servers


def _raw(payload: bytes) -> hostile.Handler:
    def handler(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        conn.sendall(payload)

    return handler


def _repo(body: Any) -> hostile.Handler:
    def handler(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
        if path.count("/") == 3:
            hostile.answer(conn, 200, body)
        else:
            hostile.github(conn, path, headers)

    return handler


def _redirect(conn: socket.socket, path: str, headers: dict[str, str]) -> None:
    hostile.answer(conn, 302, b"", {"Location": f"{servers().other.url}{path}"})


BEHAVIOURS: dict[str, hostile.Handler] = {
    "github": hostile.github,
    "redirect-away": _redirect,
    "bad-status": _raw(b"HTTQ/9 two hundred\r\n\r\n{}"),
    "150-headers": _raw(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(150)) + b"\r\n{}"),
    "70KB-header": _raw(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n{}"),
    "deep-json": _raw(b"HTTP/1.1 200 OK\r\n\r\n" + b"[" * 100_000 + b"]" * 100_000),
    "rate-limit": _raw(b"HTTP/1.1 403 No\r\nX-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: "
    + b"9" * 300 + b"\r\n\r\n"),
    "escape-reason": _raw("HTTP/1.1 500 Oops\x1b]0;t\x07\u202e\r\nContent-Length: 2\r\n\r\n{}".encode()),
    "stars-1e11": _repo({"stargazers_count": 10**11}),
    "stars-float": _repo({"stargazers_count": 1e11}),
    "bad-dates": _repo({"stargazers_count": 5, "pushed_at": "2025-13-45T00:00:00Z"}),
    "not-json": _raw(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n<html"),
    "drip": lambda conn, path, headers: hostile.drip(conn, path, headers, every=0.05),
    "hang-up": _raw(b""),
}  # fmt: skip

PLACES = {"tmp": str(SCRATCH / "home"), "empty": "", "relative": "relative/dir", "missing": str(SCRATCH / "no" / "pe")}


@st.composite
def environments(draw: st.DrawFn) -> dict[str, str | None]:
    """Environment variables for one run (None: unset) — terminal, locale, home and XDG directories, the API."""
    sizes = ["80", "20", "1", "0", "-1", "²", "٣", "abc", "9" * 400, "", " 80", "100000"]
    env: dict[str, str | None] = {
        "COLUMNS": draw(st.sampled_from([None, *sizes])),
        "LINES": draw(st.sampled_from([None, *sizes])),
        "NO_COLOR": draw(st.sampled_from([None, "1", ""])),
        "TERM": draw(st.sampled_from([None, "dumb", "xterm-256color", "", "vt100\x1b"])),
        "LC_ALL": draw(st.sampled_from([None, "C", "POSIX", "en_US.UTF-8", "nonsense"])),
        "FORCE_COLOR": draw(st.sampled_from([None, None, None, "1"])),
    }
    if draw(st.integers(0, 4)) == 0:  # the platform's directories instead of the test's (never the real home)
        env["LLMENGINES_DATA_DIR"] = env["LLMENGINES_CACHE_DIR"] = None
        env["HOME"] = draw(st.sampled_from([PLACES["tmp"], PLACES["missing"]]))
        for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[name] = draw(st.sampled_from([None, *PLACES.values()]))
    behaviour = draw(st.sampled_from(["dead", *BEHAVIOURS]))
    env["_FUZZ_BEHAVIOUR"] = behaviour
    env["LLMENGINES_REFRESH_TIMEOUT"] = draw(st.sampled_from(["0.5", "0.5", "0.5", "0", "x", "1e999"]))
    env["GITHUB_TOKEN"] = draw(st.sampled_from([None, None, "t0ken", "t0k\r\nen", "tök", " "]))
    if draw(st.integers(0, 9)) == 0:
        env["LLMENGINES_GITHUB_API"] = draw(
            st.sampled_from(["http://[::1", "http://127.0.0.1:abc", "http://127.0.0.1/a b", "file:///etc", "http://"])
        )
    return env


@contextlib.contextmanager
def applied(env: dict[str, str | None]) -> Iterator[None]:
    """``env`` in os.environ for the duration; refresh's API pointed at loopback whatever else was drawn."""
    wanted = dict(env)
    behaviour = wanted.pop("_FUZZ_BEHAVIOUR", "dead") or "dead"
    found = servers()
    if "LLMENGINES_GITHUB_API" not in wanted:
        port = found.dead if behaviour == "dead" else found.api.port
        wanted["LLMENGINES_GITHUB_API"] = f"http://127.0.0.1:{port}"
    if behaviour != "dead":
        found.api.handler = BEHAVIOURS[behaviour]
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):  # a relative directory is under the scratch space
        if (wanted.get(name) or "").startswith("relative"):
            wanted[name] = str(SCRATCH / "relative")
    if "HOME" in wanted and wanted.get("XDG_CACHE_HOME") is None and wanted.get("XDG_DATA_HOME") is None:
        wanted.setdefault("XDG_DATA_HOME", str(SCRATCH / "xdg-data"))
    saved = {name: os.environ.get(name) for name in wanted}
    try:
        for name, value in wanted.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


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


INVOCATIONS = [0]  # how many command lines were run, for the report of the long run
REFRESHES: dict[str, int] = {}  # of them, runs of refresh, by the behaviour of the loopback API


def check(argv: list[str], env: dict[str, str | None] | None = None, encoding: str = "utf-8") -> None:
    with applied(env or {}):
        result = run(argv, encoding)
    INVOCATIONS[0] += 1
    if "refresh" in argv:
        behaviour = str((env or {}).get("_FUZZ_BEHAVIOUR", "dead"))
        REFRESHES[behaviour] = REFRESHES.get(behaviour, 0) + 1
    shown = (
        f"llmengines {' '.join(map(repr, argv))}\nenv {env!r} encoding {encoding}\n"
        f"exit {result.exit_code}\nstderr: {result.stderr[-800:]}"
    )
    assert "Traceback" not in result.stderr, shown
    assert "internal error" not in result.stderr, shown
    assert result.exit_code in DOCUMENTED, shown
    fmt = requested_format(argv)
    if result.exit_code == 0 or (result.exit_code == 3 and "refresh" in argv and result.stdout):
        # refresh prints what it fetched, also when some engines failed (status 3)
        if fmt is not None and not HELP_OR_VERSION.match(result.stdout):
            try:
                check_format(fmt, result.stdout)
            except Exception as exc:
                raise AssertionError(f"{shown}\nstdout is not valid {fmt}: {exc}\n{result.stdout[:500]}") from exc
    else:
        lines = result.stderr.splitlines()
        assert lines and lines[-1].startswith("error: "), shown
        assert result.stdout == "", shown
    unsafe = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    assert not unsafe.search(result.stderr), shown  # no control character reaches a terminal through stderr


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


ENCODINGS = st.sampled_from(["utf-8", "utf-8", "utf-8", "ascii", "latin-1", "cp1252"])  # PYTHONIOENCODING


@seed(11)
@fuzz(300)
@given(command_lines(), environments(), ENCODINGS)
def test_no_command_line_prints_a_traceback(argv: list[str], env: dict[str, str | None], encoding: str) -> None:
    check(argv, env, encoding)


@pytest.mark.slow
@settings(fuzz(int(os.environ.get("LLMENGINES_FUZZ_EXAMPLES", "10000"))), phases=[Phase.generate])  # no shrinking
@given(command_lines(), environments(), ENCODINGS)
def test_no_command_line_prints_a_traceback_long(argv: list[str], env: dict[str, str | None], encoding: str) -> None:
    check(argv, env, encoding)
    report = os.environ.get("LLMENGINES_FUZZ_REPORT")
    if report:
        by = ", ".join(f"{k} {v}" for k, v in sorted(REFRESHES.items()))
        Path(report).write_text(f"{INVOCATIONS[0]} invocations; refresh {sum(REFRESHES.values())} ({by})\n")


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
