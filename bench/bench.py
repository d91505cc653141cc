"""The judge of issue 12: whole-process wall time of every case, as a ratio to ``python -c pass`` in the same run.

    python bench/bench.py                  # 20 rounds after 3 warm-up rounds (~2-3 minutes here)
    python bench/bench.py --runs 50
    python bench/bench.py --runs 1 --only version,json   # a quick look at some groups

Each case is measured round-robin (one run of each case, then the next round), so that the machine's drift —
up to 1.6x within an hour on the shared 2-core machines — spreads over every case instead of landing on
whichever ran last, and each figure is a ratio to ``python -c pass`` measured in the same rounds. A ratio is
given as the median, with the spread of the runs: the interquartile range (q1-q3) of each run's time over the
median of ``python -c pass``.

Tables are drawn on a real pseudo-terminal (120 columns, ``TERM=xterm-256color``): colour, the terminal's width
and the narrow-terminal fitting all happen as for a person. JSON and TSV queries write to a pipe. Completion
requests go through the environment variables the shell scripts set (as ``tests/test_completion.py`` does).
The 1,000-engine overlay is written by ``bench/make_overlay.py``; its first call gets an empty cache directory
each time (fewer runs: ``--cold-runs``), and once more one that keeps only the records' schema, as a new or
edited overlay finds it (for information: no target of its own); its repeated call a warm one. ``jq``
filtering an export the way ``find --hw rocm --precision fp8 --json`` does is measured as a peer where ``jq`` is
installed.

Children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed), as in an installed package.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_overlay import make

PY = sys.executable
ENTRY = str(Path(PY).with_name("llmengines"))
PTY_COLUMNS = 120

JQ_FIND = (
    '[.engines[] | select(.hardware["amd-gpu"] == "yes" and .precisions.fp8 == "yes")'
    " | {id, name, organization, hardware, precisions}]"
)


@dataclass
class Case:
    """One command line to time, and the ratio it must stay under (to ``python -c pass`` or to ``versus``)."""

    group: str
    label: str
    argv: list[str]
    target: float | None = None
    env: dict[str, str] = field(default_factory=dict)
    pty: bool = False
    versus: str | None = None  # the label of the case the target is a ratio to (default: python -c pass)
    cold: bool = False  # a fresh cache directory every run, and only --cold-runs runs
    keep: tuple[str, ...] = ()  # cache entries a cold run keeps (by prefix); such a case is warmed up once
    note: str = ""
    times: list[float] = field(default_factory=list)
    failed: str | None = None


def cases(tmp: Path, jq: str | None, wanted: set[str]) -> list[Case]:
    """Everything measured (of the ``wanted`` groups, or all), in the order printed."""
    overlay = tmp / "overlay-1000.yaml"
    if not wanted or "overlay" in wanted:
        overlay.write_text(make(1000), encoding="utf-8")
    export = tmp / "export.json"
    if jq is not None and (not wanted or "peer" in wanted):
        export.write_text(subprocess.run([ENTRY, "export"], capture_output=True, text=True, check=True).stdout)

    def bash(line: str) -> dict[str, str]:
        return {"_LLMENGINES_COMPLETE": "complete_bash", "COMP_WORDS": line, "COMP_CWORD": str(line.count(" "))}

    out = [
        Case("floor", "python -c pass", [PY, "-c", "pass"]),
        Case(
            "json",
            "find --hw rocm --precision fp8 --json",
            [ENTRY, "find", "--hw", "rocm", "--precision", "fp8", "--json"],
            4,
        ),
        Case("json", "rank --by throughput --json", [ENTRY, "rank", "--by", "throughput", "--json"], 4),
        Case("json", "recommend --json", [ENTRY, "recommend", "--json"], 4),
        Case("json", "list --json", [ENTRY, "list", "--json"], 4),
        Case(
            "json",
            "find --hw rocm --precision fp8 (pipe: TSV)",
            [ENTRY, "find", "--hw", "rocm", "--precision", "fp8"],
            4,
        ),
        Case("completion", "TAB: a command (llmengines sh<TAB>)", [ENTRY], 3, env=bash("llmengines sh")),
        Case("completion", "TAB: an option value (find --hw ro<TAB>)", [ENTRY], 3, env=bash("llmengines find --hw ro")),
        Case("completion", "TAB: an engine name (show vl<TAB>)", [ENTRY], 3, env=bash("llmengines show vl")),
        Case("version", "--version", [ENTRY, "--version"], 2),
        Case("table", "list (terminal, 25 rows)", [ENTRY, "list"], 9, pty=True),
        Case("table", "find --sort stars (terminal, 25 rows)", [ENTRY, "find", "--sort", "stars"], 9, pty=True),
        Case("table", "show vllm (terminal)", [ENTRY, "show", "vllm"], 9, pty=True),
        Case("table", "compare vllm sglang (terminal)", [ENTRY, "compare", "vllm", "sglang"], 9, pty=True),
        Case(
            "overlay",
            "1,000-engine YAML overlay: first list --json",
            [ENTRY, "--data", str(overlay), "list", "--json"],
            15,
            versus="list --json",
            cold=True,
            note="x list --json",
        ),
        Case(
            "overlay",
            "the same, schema cached (a new or edited overlay)",
            [ENTRY, "--data", str(overlay), "list", "--json"],
            versus="list --json",
            cold=True,
            keep=("schema-",),
            note="x list --json",
        ),
        Case(
            "overlay",
            "1,000-engine YAML overlay: cached list --json",
            [ENTRY, "--data", str(overlay), "list", "--json"],
            8,
        ),
    ]
    if jq is not None:
        out.append(Case("peer", "peer: jq over an export (the find above)", [jq, JQ_FIND, str(export)]))
    return [c for c in out if not wanted or c.group in wanted | {"floor"}]


def run_once(case: Case, env: dict[str, str], cache: Path) -> None:
    """Time one run of ``case`` (stdout to a pipe, or to a pseudo-terminal for tables)."""
    child_env = {**env, "LLMENGINES_CACHE_DIR": str(cache), **case.env}
    if case.cold and case.keep:
        for entry in cache.glob("*") if cache.is_dir() else ():
            if not entry.name.startswith(case.keep):
                entry.unlink()
    elif case.cold:
        shutil.rmtree(cache, ignore_errors=True)
    if case.pty:
        elapsed, code, err = _run_on_pty(case.argv, child_env)
    else:
        start = time.perf_counter()
        proc = subprocess.run(case.argv, check=False, capture_output=True, env=child_env)
        elapsed, code, err = time.perf_counter() - start, proc.returncode, proc.stderr
    if code != 0:
        first = err.decode(errors="replace").strip().splitlines()[:1]
        case.failed = f"exit {code}: {first[0] if first else ''}"
    case.times.append(elapsed)


def _run_on_pty(argv: list[str], env: dict[str, str]) -> tuple[float, int, bytes]:
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, PTY_COLUMNS, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    while True:  # drain the terminal, as a terminal would, until the child closes it
        try:
            if not os.read(master, 65536):
                break
        except OSError:  # EIO: the child has exited
            break
    err = proc.stderr.read() if proc.stderr else b""
    code = proc.wait()
    elapsed = time.perf_counter() - start
    os.close(master)
    return elapsed, code, err


def quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 4:
        return min(values), max(values)
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main() -> None:
    """Measure every case and print its median, ratio, spread, target and whether the target is met."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="measured rounds (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="rounds before measuring (default 3)")
    parser.add_argument("--cold-runs", type=int, default=5, help="runs of the first-call overlay case (default 5)")
    parser.add_argument(
        "--only", default="", help="comma-separated groups: json, completion, version, table, overlay, peer"
    )
    args = parser.parse_args()

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONDONTWRITEBYTECODE", "FORCE_COLOR", "NO_COLOR", "PY_COLORS", "COLUMNS", "LINES")
        and not k.startswith(("LLMENGINES_", "_LLMENGINES", "COMP_", "_TYPER"))
    }
    env["TERM"] = "xterm-256color"
    wanted = {g for g in args.only.split(",") if g}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env["LLMENGINES_DATA_DIR"] = str(base / "data")  # no refreshed figures from the user's own directory
        todo = cases(base, shutil.which("jq"), wanted)
        by_label = {c.label: c for c in todo}
        for c in todo:  # the case a ratio is taken against is measured too
            if c.versus and c.versus not in by_label:
                sys.exit(f"--only: {c.label!r} needs {c.versus!r}; add its group")
        started = time.perf_counter()
        for round_ in range(args.warmup + args.runs):
            for i, case in enumerate(todo):
                if case.cold and round_ >= args.warmup + args.cold_runs:
                    continue
                if case.cold and round_ < args.warmup and not (case.keep and round_ == 0):
                    continue  # a cold run is cold anyway; spend the time on measured ones
                run_once(case, env, base / f"cache-{i}")
            if round_ + 1 == args.warmup:
                for case in todo:
                    case.times.clear()
        wall = time.perf_counter() - started
    report(todo, args, wall)


def report(todo: list[Case], args: argparse.Namespace, wall: float) -> None:
    floor = statistics.median(todo[0].times)
    by_label = {c.label: c for c in todo}
    print(
        f"python {sys.version.split()[0]}, {args.runs} rounds after {args.warmup} warm-up rounds, round-robin "
        f"({args.cold_runs} for first calls); {wall:.0f} s"
    )
    print(f"python -c pass: median {floor * 1000:.1f} ms. Ratios: median (q1-q3) of each run over that median.")
    header = f"{'case':<52} {'median':>9} {'ratio':>7} {'spread':>13} {'target':>22}"
    print(header)
    print("-" * len(header))
    ok = True
    for case in todo:
        if case.failed is not None:
            print(f"{case.label:<52} FAILED {case.failed}")
            ok = False
            continue
        median = statistics.median(case.times)
        low, high = quartiles(case.times)
        spread = f"{low / floor:.1f}-{high / floor:.1f}x"
        target = ""
        mark = ""
        if case.target is not None:
            if case.versus:
                against = statistics.median(by_label[case.versus].times)
                relative = median / against
                target = f"{relative:.1f}x {case.versus} <= {case.target:g}x"
                met = relative <= case.target
            else:
                target = f"<= {case.target:g}x"
                met = median / floor <= case.target
            mark = "ok" if met else "OVER"
            ok = ok and met
        elif case.versus:  # for information
            target = f"{median / statistics.median(by_label[case.versus].times):.1f}x {case.versus}"
        print(f"{case.label:<52} {median * 1000:7.1f}ms {median / floor:6.1f}x {spread:>13} {target:>22} {mark}")
    print("every target met" if ok else "some targets not met")


if __name__ == "__main__":
    main()
