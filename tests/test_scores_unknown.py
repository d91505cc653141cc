"""Unknown is not no, in scores: breadth figures count the cells the source knows, and silence never ranks last.

Expected figures are computed from the verbatim source by ``tests/source_tables.py`` (the independent reader),
never from the program's output. Overlays (``--data FILE``) turn unknown cells into ❌ to show that the two are
scored differently.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from . import source_editions as ed
from . import source_tables as src
from .conftest import run_process

PARALLELISM = ["data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism"]
BREADTH = {
    "hardware": (src.hardware, sorted(set(src.HARDWARE_COLUMNS.values()) | set(src.ETC_DEVICES.values()))),
    "precision": (ed.precisions, sorted(src.PRECISION_COLUMNS.values())),  # the default view: Table 11's cells
    "techniques": (src.techniques, sorted(src.TECHNIQUE_COLUMNS.values())),
    "scale-techniques": (src.techniques, PARALLELISM),
    "latency-techniques": (src.techniques, ["chunked-prefill", "continuous-batching", "nano-batching"]),
    "throughput-techniques": (
        src.techniques,
        ["continuous-batching", *PARALLELISM, "prompt-caching", "prefix-caching", "kv-caching"],
    ),
}


def overlay(tmp_path: Path, engine: str, table: str, cells: dict[str, str]) -> Path:
    """An overlay correcting some cells of one engine of the survey."""
    path = tmp_path / "cells.yaml"
    body = "".join(f"      {k}: '{v}'\n" for k, v in cells.items())
    path.write_text(f"engines:\n  - id: {engine}\n    {table}:\n{body}", encoding="utf-8")
    return path


def figures(cli, *args: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return {r["id"]: r for r in json.loads(result.stdout)}


@pytest.mark.parametrize("key", list(BREADTH))
def test_every_breadth_figure_is_over_the_cells_the_source_knows(cli, key: str) -> None:
    read, columns = BREADTH[key]
    matrix = read()
    records = figures(cli, "rank", "--by", key)
    assert set(records) == set(matrix)
    for engine, record in records.items():
        cells = [matrix[engine][c] for c in columns]
        known = len(cells) - cells.count("unknown")
        figure = record["figures"][key]
        assert (figure["known"], figure["total"], figure["unknown"]) == (known, len(cells), cells.count("unknown"))
        expected = 5 * cells.count("yes") / known if known else None
        assert figure["value"] == (None if expected is None else round(expected, 3)), engine
        assert record["score"] == figure["value"]
        assert figure["counted"] is (expected is not None)


def test_fireworks_ai_is_not_ranked_last_for_scale_because_its_parallelism_is_unknown(cli) -> None:
    # The source's coverage matrix: Fireworks AI's four parallelism cells are all '-'.
    assert [src.techniques()["fireworks-ai"][c] for c in PARALLELISM] == ["unknown"] * 4
    records = list(figures(cli, "recommend", "--commercial", "--priority", "scale").values())
    fireworks = next(r for r in records if r["id"] == "fireworks-ai")
    figure = fireworks["figures"]["scale-techniques"]
    assert figure["value"] is None and figure["counted"] is False and figure["known"] == 0
    # Scored on scalability ×3 and throughput ×1 (no star count, no known parallelism cell), from the source.
    scores = src.scores()["fireworks-ai"]
    assert fireworks["score"] == round((3 * scores["scalability"][0] + scores["throughput"][0]) / 4, 3)
    assert fireworks["rank"] < len(records)
    assert "scale-techniques unknown in the source (known 0/4 cells): scored without it" in fireworks["reason"]
    assert "weights renormalised over 4 of 7" in fireworks["reason"]


def test_turning_unknown_cells_into_no_changes_the_score(cli, tmp_path: Path) -> None:
    """An overlay that says ❌ where the source says '-' lowers the figure: unknown was not counted as no."""
    matrix = src.techniques()["fireworks-ai"]
    unknown = {c: "no" for c, v in matrix.items() if v == "unknown"}
    assert unknown  # Fireworks AI has '-' cells in the source
    data = overlay(tmp_path, "fireworks-ai", "techniques", unknown)
    before = figures(cli, "rank", "--by", "techniques")["fireworks-ai"]
    after = figures(cli, "--data", str(data), "rank", "--by", "techniques")["fireworks-ai"]
    yes = list(matrix.values()).count("yes")
    known = len(matrix) - len(unknown)
    assert before["score"] == round(5 * yes / known, 3)
    assert after["score"] == round(5 * yes / 23, 3) < before["score"]
    assert after["figures"]["techniques"]["known"] == 23

    # The same for recommend: the parallelism cells as ❌ give a figure of 0, counted, and a lower score.
    data = overlay(tmp_path, "fireworks-ai", "techniques", dict.fromkeys(PARALLELISM, "no"))
    scale = figures(cli, "--data", str(data), "recommend", "--commercial", "--priority", "scale")["fireworks-ai"]
    plain = figures(cli, "recommend", "--commercial", "--priority", "scale")["fireworks-ai"]
    assert scale["figures"]["scale-techniques"]["value"] == 0 and scale["figures"]["scale-techniques"]["counted"]
    scores = src.scores()["fireworks-ai"]
    assert scale["score"] == round((3 * scores["scalability"][0] + 0 + scores["throughput"][0]) / 6, 3)
    assert scale["score"] < plain["score"]


def test_all_unknown_is_not_ranked_below_known_no(cli, tmp_path: Path) -> None:
    """Two engines alike but for one key: all '-' for one, all ❌ for the other. Unknown never ranks lower,
    even with fewer stars (the tie-break) and an id that sorts later."""
    common = (
        "    organization: Example Labs\n    org_type: startup\n    released: 2026-01\n    open_source: 'yes'\n"
        "    commercial: false\n    docs: simple\n    deployment: {scale: multi-node, devices: homogeneous}\n"
        "    scores: {scalability: {value: 3.0}, throughput: {value: 3.0}}\n"
    )
    parallelism = "".join(f"      {c}: 'no'\n" for c in PARALLELISM)
    path = tmp_path / "pair.yaml"
    path.write_text(
        "engines:\n"
        f"  - id: aaa-known-no\n    name: Known No\n{common}    github_stars: 500\n    stars_as_of: '2026-01-01'\n"
        f"    techniques:\n{parallelism}"
        f"  - id: zzz-unknown\n    name: Unknown\n{common}    github_stars: 5\n    stars_as_of: '2026-01-01'\n",
        encoding="utf-8",
    )
    ranked = figures(cli, "--data", str(path), "rank", "--weights", "scalability=3,scale-techniques=2")
    assert ranked["zzz-unknown"]["score"] == 3.0  # scalability alone, renormalised
    assert ranked["aaa-known-no"]["score"] == round(3 * 3.0 / 5, 3)
    assert ranked["zzz-unknown"]["rank"] < ranked["aaa-known-no"]["rank"]
    found = figures(cli, "--data", str(path), "recommend", "--priority", "scale", "--scale", "multi-node")
    assert found["zzz-unknown"]["rank"] < found["aaa-known-no"]["rank"]
    # With nothing but the unknown key weighted there is no figure and no score: listed after every scored one.
    only = figures(cli, "--data", str(path), "rank", "--by", "scale-techniques")
    assert only["zzz-unknown"]["score"] is None and only["aaa-known-no"]["score"] == 0
    assert only["zzz-unknown"]["rank"] > max(r["rank"] for r in only.values() if r["score"] is not None)


def test_a_missing_survey_score_still_means_no_score(cli, tmp_path: Path) -> None:
    """A survey score is the survey's judgement: nothing stands in for it, so no renormalising there."""
    path = tmp_path / "new.yaml"
    path.write_text(
        "engines:\n  - id: new-engine\n    name: New\n    organization: X\n    org_type: startup\n"
        "    released: 2026-01\n    open_source: 'yes'\n    commercial: false\n    docs: simple\n"
        "    github_stars: 100000\n    stars_as_of: '2026-01-01'\n"
        "    deployment: {scale: single-node, devices: homogeneous}\n",
        encoding="utf-8",
    )
    ranked = figures(cli, "--data", str(path), "rank", "--weights", "throughput=1,stars=1")
    assert ranked["new-engine"]["score"] is None and ranked["new-engine"]["rank"] == len(ranked)


def test_rank_mix_with_stars_scores_the_services_on_the_rest(cli) -> None:
    # The services have no star count in the source ('--'): left out, not zero, and not a reason to rank last.
    overview, scores = ed.overview(), src.scores()  # stars of the default view (Sep. 2025)
    most = max(r["github_stars"] for r in overview.values() if r["github_stars"] is not None)
    ranked = figures(cli, "rank", "--weights", "throughput=1,stars=1")
    for engine, record in ranked.items():
        stars = overview[engine]["github_stars"]
        throughput = scores[engine]["throughput"][0]
        # No star count: the throughput figure alone (stars left out); else the mean of the two figures.
        expected = throughput if stars is None else (throughput + 5 * math.log10(1 + stars) / math.log10(1 + most)) / 2
        assert record["score"] == round(expected, 3), engine
        assert record["figures"]["stars"]["counted"] is (stars is not None)


def test_the_formula_is_in_the_help_and_the_readme(cli) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    flat = " ".join(readme.split())
    assert "5 × ✅ / (cells the source knows)" in flat
    assert "left out of that engine's score and the other weights renormalised" in flat
    for command in ("rank", "recommend"):
        shown = " ".join(cli(command, "--help").stdout.split())
        assert "cells the source knows" in shown, command
        assert "renormalised" in shown, command


def test_rank_table_shows_the_coverage_in_a_terminal_and_a_pipe(tmp_path: Path) -> None:
    piped = run_process("rank", "--by", "techniques", "-o", "tsv")
    assert piped.exit_code == 0, piped.stderr
    rows = [line.split("\t") for line in piped.stdout.splitlines()]
    detail = rows[0].index("figures.techniques.detail")
    by_name = {r[1]: r[detail] for r in rows[1:]}
    matrix = src.techniques()["fireworks-ai"]
    known = len(matrix) - list(matrix.values()).count("unknown")
    assert by_name["Fireworks AI"] == f"{list(matrix.values()).count('yes')}/{known} (known {known}/23)"
