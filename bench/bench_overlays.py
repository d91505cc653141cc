"""Median whole-process times of queries with a 1,000-engine overlay, first (cold cache) and repeated.

    python bench/bench_overlays.py                 # 1,000 engines, 15 runs (3 cold runs)
    python bench/bench_overlays.py --engines 200 --runs 30

The repeated call reads the validated overlay from the JSON cache; the target is a median within 1.5× of the
same query on the bundled data alone. The same engines written as JSON (also YAML) show what the first call
costs without pure-Python YAML parsing. Ratios are measured in the same run (these machines drift).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_overlay import make, make_json

ENTRY = str(Path(sys.executable).with_name("llmengines"))


def run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


def paired(a: list[str], b: list[str], env: dict[str, str], runs: int, warmup: int = 2) -> tuple[float, float]:
    """Medians of ``a`` and ``b`` run alternately, so that the machine's drift hits both alike."""
    for _ in range(warmup):
        run(a, env)
        run(b, env)
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(run(a, env))
        times_b.append(run(b, env))
    return statistics.median(times_a), statistics.median(times_b)


def main() -> None:
    """Print medians and ratios to the bundled-only query."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        overlay = Path(tmp) / "overlay.yaml"
        overlay.write_text(make(args.engines), encoding="utf-8")
        as_json = Path(tmp) / "overlay.json"
        as_json.write_text(make_json(args.engines), encoding="utf-8")
        base = {k: v for k, v in os.environ.items() if k != "LLMENGINES_DATA"}
        env = {**base, "LLMENGINES_CACHE_DIR": f"{tmp}/cache", "LLMENGINES_DATA_DIR": f"{tmp}/data"}
        size = overlay.stat().st_size / 1e6
        print(f"overlay: {args.engines} engines, {size:.1f} MB; medians of {args.runs} runs")
        print(f"{'command':<60} {'median':>9} {'× bundled':>10}")
        for query in (["list"], ["list", "--json"], ["show", "vllm", "--json"]):
            label = " ".join(query)
            cold = []
            for i in range(args.cold_runs):
                cold_env = {**env, "LLMENGINES_CACHE_DIR": f"{tmp}/cold-{label}-{i}"}
                cold.append(run([ENTRY, "--data", str(overlay), *query], cold_env))
            bundled, again = paired([ENTRY, *query], [ENTRY, "--data", str(overlay), *query], env, args.runs)
            first = statistics.median(cold)
            for what, value in (
                (f"llmengines {label}  (bundled only)", bundled),
                (f"llmengines --data 1k.yaml {label}  (first: parse + validate)", first),
                (f"llmengines --data 1k.yaml {label}  (repeated: cached)", again),
            ):
                print(f"{what:<60} {value * 1000:7.0f}ms {value / bundled:9.2f}×", flush=True)
            cold = []
            for i in range(args.cold_runs):
                cold_env = {**env, "LLMENGINES_CACHE_DIR": f"{tmp}/cold-json-{label}-{i}"}
                cold.append(run([ENTRY, "--data", str(as_json), *query], cold_env))
            first = statistics.median(cold)
            what = f"llmengines --data 1k.json {label}  (first: JSON + validate)"
            print(f"{what:<60} {first * 1000:7.0f}ms {first / bundled:9.2f}×", flush=True)


if __name__ == "__main__":
    main()
