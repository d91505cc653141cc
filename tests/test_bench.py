"""The benchmark runs and reports in its table format (timings are not asserted: the machines drift)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parents[1] / "bench" / "bench.py"


def test_the_bench_runs_a_subset_and_marks_each_target() -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--runs", "1", "--warmup", "0", "--only", "version,completion"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    rows = {line.split("  ")[0]: line for line in proc.stdout.splitlines()}
    assert "python -c pass" in rows and "FAILED" not in proc.stdout
    for label in ("--version", "TAB: a command (llmengines sh<TAB>)", "TAB: an engine name (show vl<TAB>)"):
        assert label in rows, proc.stdout
        assert rows[label].rstrip().endswith(("ok", "OVER")), rows[label]
    assert proc.stdout.splitlines()[-1] in ("every target met", "some targets not met")
