"""Median whole-process wall time of llmengines commands, beside ``python -c pass`` and a bare Typer app.

    python bench/bench.py            # 20 measured runs of each case after 3 warm-ups
    python bench/bench.py --runs 50

Each figure is also given as a ratio to ``python -c pass`` measured in the same run, because these machines
drift by more than a ratio does. The cases are measured round-robin (one run of each, then the next round), so
drift spreads over all of them instead of landing on whichever case ran last.

Cases whose command does not exist (yet) are skipped with a note: the list covers commands that other branches
add (``find``, ``compare``, ``rank``, the global ``--data`` overlay).

Children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed), as in an installed package: without
it every run recompiles llmengines' own sources and measures the compiler, not the program.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PY = sys.executable
ENTRY = str(Path(PY).with_name("llmengines"))

BARE_TYPER_APP = """\
import typer

app = typer.Typer()


@app.command()
def main(name: str = "world") -> None:
    print(f"hello {name}")


if __name__ == "__main__":
    app()
"""


@dataclass
class Case:
    """One command line to time, with the ratio it must stay under (if any)."""

    label: str
    argv: list[str]
    target: float | None = None
    env: dict[str, str] = field(default_factory=dict)
    needs: tuple[str, ...] = ()  # commands ("find") or root options ("--data") that must exist
    skipped: str | None = None
    times: list[float] = field(default_factory=list)


def available() -> tuple[set[str], set[str]]:
    """The commands of the installed CLI and the options of its root (introspected, so new commands count)."""
    import typer

    from llmengines.cli import app

    root = typer.main.get_command(app)
    commands = set(getattr(root, "commands", {}))
    options = {opt for p in root.params for opt in getattr(p, "opts", [])}
    return commands, options


def overlay_file(directory: Path, n: int = 1000) -> Path:
    """An overlay (``{"engines": [...]}``, JSON) adding ``n`` synthetic engines: the bundled records, renamed."""
    proc = subprocess.run([ENTRY, "export"], capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout)
    engines = []
    for i in range(n):
        engine = dict(data["engines"][i % len(data["engines"])])
        engine |= {"id": f"synthetic-{i:04d}", "name": f"Synthetic {i:04d}", "aliases": []}
        if engine.get("github_stars") is not None and not engine.get("stars_as_of"):
            engine["stars_as_of"] = data["snapshot_date"]  # an overlay's star count must say when it was read
        engines.append(engine)
    path = directory / "overlay-1000.json"
    path.write_text(json.dumps({"engines": engines}), encoding="utf-8")
    return path


def cases(bare: Path, overlay: Path | None) -> list[Case]:
    """Everything measured, in the order printed."""
    complete = {"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": "llmengines show vl", "COMP_CWORD": "2"}
    out = [
        Case("python -c pass", [PY, "-c", "pass"]),
        Case("bare Typer app", [PY, str(bare)]),
        Case("llmengines --version", [ENTRY, "--version"], 8),
        Case("llmengines list --json", [ENTRY, "list", "--json"], 8),
        Case("llmengines list -o table", [ENTRY, "list", "-o", "table"], 14),
        Case("llmengines show vllm (table)", [ENTRY, "show", "vllm", "-o", "table"], 14),
        Case("completion: show vl<TAB>", [ENTRY], 8, env=complete),
        Case(
            "find --hw rocm --precision fp8 --json",
            [ENTRY, "find", "--hw", "rocm", "--precision", "fp8", "--json"],
            8,
            needs=("find",),
        ),
        Case(
            "find --hw rocm --precision fp8 (table)",
            [ENTRY, "find", "--hw", "rocm", "--precision", "fp8", "-o", "table"],
            14,
            needs=("find",),
        ),
        Case("compare vllm sglang", [ENTRY, "compare", "vllm", "sglang", "-o", "table"], 14, needs=("compare",)),
        Case("rank --by throughput --json", [ENTRY, "rank", "--by", "throughput", "--json"], 8, needs=("rank",)),
        Case("rank --by throughput (table)", [ENTRY, "rank", "--by", "throughput", "-o", "table"], 14, needs=("rank",)),
        Case(
            "technique radixattention --json", [ENTRY, "technique", "radixattention", "--json"], 8, needs=("technique",)
        ),
        Case(
            "pricing --model 'llama 3.1 8b' --cheapest",
            [ENTRY, "pricing", "--model", "llama 3.1 8b", "--cheapest"],
            needs=("pricing",),
        ),
        Case(
            "recommend --hw cuda --priority throughput --json",
            [ENTRY, "recommend", "--hw", "cuda", "--priority", "throughput", "--json"],
            8,
            needs=("recommend",),
        ),
        Case(
            "recommend --hw cuda --priority throughput (table)",
            [ENTRY, "recommend", "--hw", "cuda", "--priority", "throughput", "-o", "table"],
            14,
            needs=("recommend",),
        ),
    ]
    if overlay is not None:
        out.append(
            Case(
                "list --json, 1,000-engine overlay",
                [ENTRY, "--data", str(overlay), "list", "--json"],
                needs=("--data",),
            )
        )
        out.append(
            Case(
                "list -o table, 1,000-engine overlay (< 1 s)",
                [ENTRY, "--data", str(overlay), "list", "-o", "table"],
                needs=("--data",),
            )
        )
    else:
        out.append(Case("list --json, 1,000-engine overlay", [], needs=("--data",)))
    return out


def run_once(case: Case, env: dict[str, str]) -> None:
    start = time.perf_counter()
    proc = subprocess.run(
        case.argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**env, **case.env}
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        first = proc.stderr.decode(errors="replace").strip().splitlines()[:1]
        case.skipped = f"exit {proc.returncode}: {first[0] if first else ''}"
    case.times.append(elapsed)


def main() -> None:
    """Print a table of medians, ratios to ``python -c pass``, and whether each target is met."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "FORCE_COLOR", "PY_COLORS")}
    commands, options = available()
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare_typer_app.py"
        bare.write_text(BARE_TYPER_APP, encoding="utf-8")
        overlay = overlay_file(Path(tmp)) if "--data" in options else None
        todo = cases(bare, overlay)
        for case in todo:
            missing = [n for n in case.needs if n not in commands and n not in options]
            if missing:
                case.skipped = f"skipped: no {', '.join(missing)} yet"
        live = [c for c in todo if c.skipped is None]
        for _ in range(args.warmup):
            for case in live:
                run_once(case, env)
        for case in live:
            case.times.clear()
        for _ in range(args.runs):
            for case in live:
                if case.skipped is None:
                    run_once(case, env)

    floor = statistics.median(todo[0].times)
    print(f"python {sys.version.split()[0]}, {args.runs} runs each after {args.warmup} warm-ups, round-robin")
    print(f"{'case':<50} {'median':>9} {'× pass':>7} {'target':>7}")
    for case in todo:
        if case.skipped is not None:
            print(f"{case.label:<50} {case.skipped}")
            continue
        median = statistics.median(case.times)
        ratio = median / floor
        target = f"≤ {case.target:g}×" if case.target else ""
        verdict = "" if case.target is None else ("ok" if ratio <= case.target else "OVER")
        print(f"{case.label:<50} {median * 1000:7.1f}ms {ratio:6.1f}× {target:>7} {verdict}", flush=True)


if __name__ == "__main__":
    main()
