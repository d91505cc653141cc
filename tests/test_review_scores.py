"""Review of issue 9 items 5 and 8: what a narrow terminal still did to ``recommend``, checked against the source.

Expected figures come from ``tests/source_tables.py`` (the independent reader of the verbatim source).
"""

from __future__ import annotations

import re

import pytest

from . import source_tables as src
from .test_smaller_answers import _table_rows, run_tty

PARALLELISM = ["data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism"]


def _scale_scores() -> dict[str, float]:
    """``recommend --commercial --priority scale`` from the source: scalability 3, scale-techniques 2,
    throughput 1, stars 1, over the figures the source has (the services have no star count; a technique set
    whose every cell is '-' has no figure)."""
    scores, cells, overview = src.scores(), src.techniques(), src.overview()
    out = {}
    for engine, row in overview.items():
        if row["github_stars"] is not None:
            continue  # self-hosted: not under --commercial
        parallel = [cells[engine][c] for c in PARALLELISM]
        known = len(parallel) - parallel.count("unknown")
        pairs = [(scores[engine]["scalability"][0], 3), (scores[engine]["throughput"][0], 1)]
        if known:
            pairs.append((5 * parallel.count("yes") / known, 2))
        out[row["name"]] = sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
    return out


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_recommend_on_a_narrow_terminal_keeps_every_rank_and_score_whole(columns: int) -> None:
    # At 40 columns the Why column used to squeeze # out and cut the scores to '4.…' without saying so.
    out = run_tty("recommend", "--commercial", "--priority", "scale", columns=columns)
    assert "…" not in out and all(len(line) <= columns for line in out.splitlines())
    expected = sorted(_scale_scores().items(), key=lambda kv: -kv[1])
    rows = [r for r in _table_rows(out) if re.match(r"^ {0,3}\d+ ", r)]
    assert len(rows) == len(expected)
    for place, (row, (name, value)) in enumerate(zip(rows, expected, strict=True), 1):
        assert row.split()[0] == str(place), row
        assert name in row and f"{value:.2f}" in row.split(), row
    joined = " ".join(out.split())
    hidden = re.search(r"narrow terminal: (.*?) hidden", joined)
    if "known" not in out:  # the coverage is shown, or the caption says its column was hidden
        assert hidden and "Why" in hidden.group(1)
