"""Review of issue 9 items 5 and 8: what a narrow terminal still did to ``recommend``, checked against the source.

Expected figures come from ``tests/source_tables.py`` (the independent reader of the verbatim source).
"""

from __future__ import annotations

import json
import re

import pytest

from . import source_editions as ed
from . import source_tables as src
from .conftest import run_process
from .test_smaller_answers import _table_rows, expected_marks, run_tty

PARALLELISM = ["data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism"]


def _scale_scores() -> dict[str, float]:
    """``recommend --commercial --priority scale`` from the source: scalability 3, scale-techniques 2,
    throughput 1, stars 1, over the figures the source has (the services have no star count; a technique set
    whose every cell is '-' has no figure)."""
    scores, cells, overview = src.scores(), src.techniques(), ed.overview()
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


@pytest.mark.parametrize("columns", [30, 35])
def test_pricing_cheapest_below_40_columns_keeps_the_marks_and_the_cheapest_marking(columns: int) -> None:
    # Below 40 columns the names cannot fit whole; Rich used to shrink every column, dropping the marks column
    # (GroqCloud's '*': its DeepSeek-R1 price is for another model) and cutting 'Cheapest' to 'Chea…'.
    out = run_tty("pricing", "--model", "deepseek-r1", "--cheapest", columns=columns)
    assert "…" not in out and all(len(line) <= columns for line in out.splitlines())
    rows = _table_rows(out)
    prices = ed.pricing_by_model()["DeepSeek-R1"]
    marked = [r for r in rows if "✓" in r or "✗" in r]  # a row's first line holds its marks
    # From the source: the lowest blended price of DeepSeek-R1 itself, and GroqCloud's lower one for another model.
    blended = {p: (3 * i + o) / 4 for p, (i, o, marks) in prices.items() if i is not None and "*" not in marks}
    shown = {p for p, b in blended.items() if b == min(blended.values())} | {
        p for p, (_, _, marks) in prices.items() if "*" in marks
    }
    assert len(marked) == len(shown)
    expected = sorted(m for p in shown for m in expected_marks("DeepSeek-R1", p))
    assert sorted(ch for r in marked for ch in r if ch in src.FOOTNOTE_MARKS) == expected
    starred = [r for r in marked if "*" in r]
    assert len(starred) == 1 and "✗" in starred[0]  # the distilled model's price is never the cheapest


def test_an_unscored_engine_s_reason_does_not_say_what_drove_or_was_left_out_of_its_score(cli, tmp_path) -> None:
    # An overlay engine with no survey score has no score for any priority; its reason used to add
    # "driven by stars 1000K ×1" and "no star count: scored without it", as if it had one.
    path = tmp_path / "new.yaml"
    path.write_text(
        "engines:\n"
        "  - id: starred\n    name: Starred\n    organization: X\n    org_type: startup\n    released: 2026-01\n"
        "    open_source: 'yes'\n    commercial: false\n    docs: simple\n    github_stars: 1000000\n"
        "    stars_as_of: '2026-01-01'\n    deployment: {scale: multi-node, devices: homogeneous}\n"
        "    techniques: {tensor-parallelism: 'yes'}\n"
        "  - id: starless\n    name: Starless\n    organization: X\n    org_type: startup\n    released: 2026-01\n"
        "    open_source: 'yes'\n    commercial: false\n    docs: simple\n"
        "    deployment: {scale: multi-node, devices: homogeneous}\n",
        encoding="utf-8",
    )
    for priority in ("throughput", "latency", "ease", "scale", "balanced"):
        result = cli("--data", str(path), "recommend", "--priority", priority, "--json")
        assert result.exit_code == 0, result.stderr
        for record in json.loads(result.stdout):
            if record["id"] in ("starred", "starless"):
                assert record["score"] is None
                assert record["reason"].startswith("no score: no figure for "), record["reason"]
                assert "driven by" not in record["reason"] and "scored without it" not in record["reason"]


@pytest.mark.parametrize("version", ["1.1", "1.2"])
def test_yaml_keeps_a_base_60_looking_string_a_string(cli, tmp_path, version: str) -> None:
    # YAML 1.1 reads a plain 1:30 as the integer 90 (base 60); an alias such as "1:30" from your data must stay text.
    from ruamel.yaml import YAML

    path = tmp_path / "odd.yaml"
    path.write_text(
        "engines:\n  - id: odd\n    name: Odd\n    aliases: ['1:30', '1_000', '0b101']\n    organization: X\n"
        "    org_type: startup\n    released: 2026-01\n    open_source: 'yes'\n    commercial: false\n"
        "    docs: simple\n    deployment: {scale: single-node, devices: homogeneous}\n",
        encoding="utf-8",
    )
    result = cli("--data", str(path), "show", "odd", "-o", "yaml")
    assert result.exit_code == 0, result.stderr
    data = YAML(typ="safe", pure=True).load(f"%YAML {version}\n---\n{result.stdout}")
    assert data["aliases"] == ["1:30", "1_000", "0b101"]


def test_show_json_pricing_says_which_model_a_price_is_for(cli) -> None:
    # The source's '*': GroqCloud's DeepSeek-R1 price is for DeepSeek-R1 Distill Llama 70B. `pricing --json` says so
    # in served_model; show's pricing said only model: DeepSeek-R1 (with the footnote beside it).
    other = src.pricing_footnotes()["*"]
    for engine, row in ed.overview().items():
        if row["github_stars"] is not None:
            continue
        record = json.loads(cli("show", engine, "--json").stdout)["pricing"]["by_model"]
        prices = ed.pricing_by_model()
        for price in record:
            marks = prices[price["model"]][engine][2]
            assert price["served_model"] == (other if "*" in marks else price["model"]), (engine, price)


@pytest.mark.parametrize("columns", [80, 120])
def test_rank_shows_the_coverage_on_a_terminal(columns: int) -> None:
    # test_scores_unknown's "in a terminal and a pipe" test reads only the pipe: the terminal, from the source.
    out = run_tty("rank", "--by", "techniques", columns=columns)
    rows = _table_rows(out)
    for engine, cells in src.techniques().items():
        values = list(cells.values())
        yes, known = values.count("yes"), len(values) - values.count("unknown")
        detail = f"{yes}/{known} (known {known}/{len(values)})" if known < len(values) else f"{yes}/{len(values)}"
        name = ed.overview()[engine]["name"]
        row = next(r for r in rows if f" {name} " in r)
        assert detail in row and f"{5 * yes / known:.2f}" in row, (engine, row)


def test_pricing_cheapest_with_no_published_price_keeps_the_table_s_shape_and_says_why() -> None:
    # The source's Groq LPU row is '-' for every provider: --cheapest finds nothing. The pipe used to get the
    # token table's header (input, output, blended) for a device query, and no word on why it is empty.
    assert all(v is None for v in ed.pricing_by_hardware()["Groq LPU"].values())
    result = run_process("pricing", "--hardware", "lpu", "--cheapest", "-o", "tsv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].split("\t") == [
        "item", "marks", "provider_name", "cheapest", "per_hour", "note", "as_of", "source_label", "provider"
    ]  # fmt: skip
    assert result.stdout.count("\n") == 1
    assert "no published price" in result.stderr
