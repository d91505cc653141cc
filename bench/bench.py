"""Median whole-process wall time of llmengines commands, beside ``python -c pass``.

    python bench/bench.py            # 20 runs each after 3 warm-ups
    python bench/bench.py --runs 50

Each figure is also given as a ratio to ``python -c pass`` measured in the same run, because these machines
drift by more than a ratio does.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

PY = sys.executable
ENTRY = str(Path(PY).with_name("llmengines"))

CASES: list[tuple[str, list[str]]] = [
    ("python -c pass", [PY, "-c", "pass"]),
    ("llmengines --version", [ENTRY, "--version"]),
    ("llmengines list --json", [ENTRY, "list", "--json"]),
    ("llmengines list (tsv, pipe)", [ENTRY, "list"]),
    ("llmengines list -o table", [ENTRY, "list", "-o", "table"]),
    ("llmengines show vllm", [ENTRY, "show", "vllm", "-o", "table"]),
    ("llmengines find --json", [ENTRY, "find", "--hw", "rocm", "--precision", "fp8", "--json"]),
    ("llmengines find -o table", [ENTRY, "find", "--hw", "rocm", "--precision", "fp8", "-o", "table"]),
    ("llmengines compare -o table", [ENTRY, "compare", "vllm", "sglang", "-o", "table"]),
    ("llmengines rank --json", [ENTRY, "rank", "--by", "throughput", "--json"]),
    ("llmengines technique --json", [ENTRY, "technique", "radixattention", "--json"]),
    ("llmengines pricing --cheapest", [ENTRY, "pricing", "--model", "llama 3.1 8b", "--cheapest"]),
    ("llmengines recommend --json", [ENTRY, "recommend", "--hw", "cuda", "--priority", "throughput", "--json"]),
    ("llmengines recommend -o table", [ENTRY, "recommend", "--hw", "cuda", "--priority", "throughput", "-o", "table"]),
]


def measure(cmd: list[str], runs: int, warmup: int) -> float:
    """Median seconds of ``runs`` runs of ``cmd`` (stdout discarded) after ``warmup`` unmeasured runs."""
    for _ in range(warmup):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print a table of medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    floor = None
    print(f"{'command':<34} {'median':>9} {'× floor':>8}")
    for label, cmd in CASES:
        median = measure(cmd, args.runs, args.warmup)
        floor = floor or median
        print(f"{label:<34} {median * 1000:7.1f}ms {median / floor:7.1f}×", flush=True)


if __name__ == "__main__":
    main()
