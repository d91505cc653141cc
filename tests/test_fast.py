"""The fast path and the Typer app agree: same stdout, stderr and exit status for every command line.

The fast path (llmengines.fast) parses with a table generated from the Typer app (llmengines.cli_table); here
both run over a large generated corpus of command lines — every command, its options in every spelling, good and
bad values, global options before and after the command, noise — and must give identical results (800 lines by
default, 6,000 under ``pytest -m slow``), and for every line the fast path accepts, Typer must hand the command the
very same parameters (3,000 lines by default, 20,000 under ``-m slow``).
"""

from __future__ import annotations

import io
import random
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

import pytest

from llmengines import build_cli, cli, fast
from llmengines.cli_table import TABLE
from llmengines.dataset import bundled
from llmengines.vocabulary import KINDS

from .conftest import run_process

SKIP = {"refresh", "validate", "template"}  # the network, files; template takes no parameters anyway


def test_the_table_is_what_the_generator_writes() -> None:
    assert build_cli.TABLE.read_text(encoding="utf-8") == build_cli.source(), "run: python -m llmengines.build_cli"


def _names() -> list[str]:
    data = bundled()
    names = [s for e in data.engines for s in (e.id, e.name)]
    names += [t.id for terms in KINDS.values() for t in terms.values()]
    return names


NAMES = _names()
ODD = ["", "-", "-1", "0", "3", "10", "abc", "vlm", "ROCM", "fp8,bf16", "id,name", "id,nmae", "throughput=2",
       "hardware.nvidia", "é", "10k", "json", "JSON", "table", "csv", "markdown", "yaml", "jsonl", "nope",
       "list", "erratum", "v3", "2025-05-03", "2025-12-31", "2024-01-01", "easy", "openai", "h100",
       "mi300x"]  # fmt: skip


def _value(rng: random.Random, p: dict[str, Any]) -> str:
    if p.get("choices") and rng.random() < 0.7:
        choice = rng.choice(p["choices"])
        return choice.upper() if rng.random() < 0.2 else choice
    if p["type"] == "int" and rng.random() < 0.6:
        return str(rng.choice([1, 2, 3, 5, 25, 0]))
    return rng.choice(NAMES) if rng.random() < 0.8 else rng.choice(ODD)


def _option(rng: random.Random, p: dict[str, Any]) -> list[str]:
    opt = rng.choice(p["opts"] + p["secondary"])
    if p["flag"]:
        return [opt]
    text = _value(rng, p)
    return [f"{opt}={text}"] if opt.startswith("--") and rng.random() < 0.3 else [opt, text]


def command_line(rng: random.Random) -> list[str]:
    """One command line: mostly well-formed, often with a global option before or after, sometimes broken."""
    root = [p for p in TABLE["root"] if p["plain"]]
    argv: list[str] = []
    for p in root:
        if rng.random() < 0.1:
            argv += _option(rng, p) if p["name"] != "data" else ["--data", "/nonexistent.yaml"]
    name = rng.choice(sorted(set(TABLE["commands"]) - SKIP))
    argv.append(name)
    parts: list[list[str]] = []
    params = TABLE["commands"][name]["params"]
    for p in params:
        if p["kind"] == "argument":
            count = 1 if p["nargs"] == 1 else rng.randint(1, 3)
            if rng.random() < 0.95:
                parts += [[_value(rng, p) if rng.random() < 0.2 else rng.choice(_good(name, p))] for _ in range(count)]
        elif p["opts"] == ["--svg"]:  # writes a file (and is never fast): the table tests cover it
            continue
        elif p["name"].startswith("global_"):
            if p["name"] != "global_data" and rng.random() < 0.1:
                parts.append(_option(rng, p))
        elif rng.random() < (0.25 if p["name"].startswith("filter_") else 0.4):
            parts += [_option(rng, p) for _ in range(2 if p["multiple"] and rng.random() < 0.2 else 1)]
    if rng.random() < 0.7:
        parts.append(rng.choice([["--json"], ["-o", "tsv"], ["-o", "csv"], ["--format", "jsonl"]]))
    rng.shuffle(parts)
    for part in parts:
        argv += part
    if rng.random() < 0.05:
        argv.insert(rng.randint(0, len(argv)), rng.choice(["--nope", "stray", "-o", "--", "-h", "--help"]))
    return argv


def _good(command: str, p: dict[str, Any]) -> list[str]:
    if command in ("show", "compare"):
        return ["vllm", "sglang", "llama.cpp", "tgi", "ollama", "trt-llm"]
    if command == "facets":
        return ["precision", "hardware", "org-type", "scale", "os"]
    if command == "matrix":
        return ["precision", "hardware", "technique", "platform"]
    if command == "technique":
        return ["radixattention", "paged attention", "GPTQ", "tp", "lora"]
    return NAMES


def _outcome(argv: list[str]) -> tuple[int, str, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            cli.main(list(argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    texts = []
    for stream in (out, err):
        stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        texts.append(buffer.getvalue().decode("utf-8"))
    return code, texts[0], texts[1]


def _differential(count: int, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    lines = [command_line(rng) for _ in range(count)]
    lines += [["--version"], ["list"], ["list", "--json"], ["--no-color", "list", "--json"], ["list", "--no-color"]]
    original = fast.run
    taken = 0
    for argv in lines:
        handled: list[bool] = []

        def spy(args: list[str], handled: list[bool] = handled) -> int | None:
            try:  # counted before running: a command that fails in its body (an unknown name) was still fast
                handled.append(args == ["--version"] or bool(fast.parse(args, TABLE)))
            except fast._NotSure:
                handled.append(False)
            return original(args)

        monkeypatch.setattr(fast, "run", spy)
        quick = _outcome(argv)
        monkeypatch.setattr(fast, "run", lambda args: None)
        typer_only = _outcome(argv)
        assert quick == typer_only, argv
        taken += any(handled)
    monkeypatch.setattr(fast, "run", original)
    assert taken >= len(lines) // 4, f"only {taken} of {len(lines)} lines took the fast path"


def test_the_fast_path_and_typer_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    _differential(800, 12, monkeypatch)


@pytest.mark.slow
def test_the_fast_path_and_typer_agree_6000(monkeypatch: pytest.MonkeyPatch) -> None:
    _differential(6000, 13, monkeypatch)


def _parameters_differential(count: int, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """For every line the fast path accepts, Typer passes the command exactly the same parameters."""
    from llmengines import app, registry

    seen: list[tuple[str, dict[str, Any]]] = []
    roots: list[dict[str, Any]] = []

    def capture(self: registry.Command, kwargs: dict[str, Any]) -> None:
        seen.append((self.name, dict(kwargs)))

    def capture_root(**root: Any) -> None:
        roots.append(root)

    monkeypatch.setattr(registry.Command, "invoke", capture)
    monkeypatch.setattr(app, "set_globals", capture_root)
    monkeypatch.setattr(fast, "run", lambda args: None)
    rng = random.Random(seed)
    checked = 0
    for _ in range(count):
        argv = command_line(rng)
        try:
            name, root, kwargs = fast.parse(argv, TABLE)
        except fast._NotSure:
            continue
        seen.clear()
        roots.clear()
        outcome = _outcome(argv)
        assert outcome[0] == 0, (argv, outcome)
        assert seen == [(name, kwargs)], argv
        assert roots == [{p["name"]: root[p["name"]] for p in TABLE["root"] if p["plain"] and p["expose"]}], argv
        checked += 1
    assert checked >= count // 4


def test_the_fast_parser_gives_typers_parameters(monkeypatch: pytest.MonkeyPatch) -> None:
    _parameters_differential(3000, 31, monkeypatch)


@pytest.mark.slow
def test_the_fast_parser_gives_typers_parameters_20000(monkeypatch: pytest.MonkeyPatch) -> None:
    _parameters_differential(20000, 32, monkeypatch)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["list", "--help"],
        ["list", "-h"],
        ["list", "--nope"],
        ["list", "--"],
        ["find", "--limit", "0"],
        ["find", "--limit", "-1"],
        ["list", "-ojson"],
        ["list", "--json", "--json"],
        ["show"],
        ["show", "vllm", "sglang"],
        ["lsit"],
        [],
        ["--version", "list"],
        ["list", "--svg", "x.svg"],
    ],
)
def test_what_the_fast_path_leaves_to_typer(argv: list[str]) -> None:
    with pytest.raises(fast._NotSure):
        fast.parse(argv, TABLE)


def test_the_fast_path_in_a_real_process_imports_no_typer() -> None:
    result = run_process("find", "--hw", "rocm", "--precision", "fp8", "--json", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.exit_code == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time")}
    assert "llmengines.fast" in imported
    assert not {m for m in imported if m.split(".")[0] in ("typer", "click", "rich", "pydantic", "ruamel", "rapidfuzz")}


# --- completion --------------------------------------------------------------------------------------------------


def completion_request(rng: random.Random) -> dict[str, str]:
    """A TAB press somewhere in a generated command line, for bash, zsh or fish."""
    words = ["llmengines", *command_line(rng)]
    cut = rng.randint(1, len(words))
    done, current = words[1:cut], words[cut] if cut < len(words) else ""
    current = current[: rng.randint(0, len(current))] if current else rng.choice(["", "-", "--", "v", "s"])
    shell = rng.choice(["bash", "zsh", "fish"])
    if shell == "bash":
        line = " ".join(["llmengines", *done, current])
        return {"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(len(done) + 1)}
    line = " ".join(["llmengines", *done, current]) if current else " ".join(["llmengines", *done]) + " "
    env = {"_LLMENGINES_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return env


def _completion_differential(count: int, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    requests = [completion_request(rng) for _ in range(count)]
    original = fast.run
    taken = 0
    for env in requests:
        for key in ("COMP_WORDS", "COMP_CWORD", "_TYPER_COMPLETE_ARGS", "_TYPER_COMPLETE_FISH_ACTION"):
            monkeypatch.delenv(key, raising=False)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        monkeypatch.setattr(fast, "run", original)
        quick = _outcome([])
        monkeypatch.setattr(fast, "run", lambda args: None)
        typer_only = _outcome([])
        assert quick == typer_only, env
        try:
            fast._completions_for(env)
            taken += 1
        except fast._NotSure:
            pass
    monkeypatch.setattr(fast, "run", original)
    assert taken >= len(requests) // 2, f"only {taken} of {len(requests)} requests took the fast path"


def test_fast_completion_and_typer_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    _completion_differential(500, 21, monkeypatch)


@pytest.mark.slow
def test_fast_completion_and_typer_agree_4000(monkeypatch: pytest.MonkeyPatch) -> None:
    _completion_differential(4000, 22, monkeypatch)
