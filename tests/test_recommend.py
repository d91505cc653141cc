"""``recommend``: constraints checked against the source tables, the README's weighting recomputed by hand.

Expected values come from ``tests/source_tables.py`` (the independent reader of the verbatim source) and from
the weights as the README documents them, written out again here; never from the program's output.
"""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from llmengines.errors import ExitCode
from llmengines.render import OutputFormat

from . import source_editions as ed
from . import source_tables as src

# README, "recommend": the weights of each priority, and the technique columns each "...-techniques" key covers.
WEIGHTS = {
    "throughput": {"throughput": 3, "throughput-techniques": 2, "scalability": 1, "stars": 1},
    "latency": {"latency": 3, "latency-techniques": 2, "stars": 1},
    "ease": {"ease-of-use": 2, "ease-of-deployment": 2, "general-purpose": 1, "stars": 2},
    "scale": {"scalability": 3, "scale-techniques": 2, "throughput": 1, "stars": 1},
    "balanced": {"general-purpose": 1, "ease-of-use": 1, "ease-of-deployment": 1, "latency": 1, "throughput": 1,
                 "scalability": 1, "techniques": 1, "stars": 1},
}  # fmt: skip
PARALLELISM = ["data-parallelism", "fsdp", "tensor-parallelism", "pipeline-parallelism"]
SETS = {
    "throughput-techniques": ["continuous-batching", *PARALLELISM, "prompt-caching", "prefix-caching", "kv-caching"],
    "latency-techniques": ["chunked-prefill", "continuous-batching", "nano-batching"],
    "scale-techniques": PARALLELISM,
    "techniques": sorted(src.TECHNIQUE_COLUMNS.values()),
}


def expected_score(engine: str, priority: str, techniques: dict[str, dict[str, str]] | None = None) -> float:
    """The README's arithmetic from the source: Σ weight × figure / Σ weight over the keys with a figure.

    A technique figure is 5 × ✅ / (✅ + ❌) over its columns ('-' counts neither way); a key the source says
    nothing about (no star count, or every cell '-') is left out and the rest weighed in its place.
    """
    stars = {e: row["github_stars"] for e, row in ed.overview().items()}
    most = max(s for s in stars.values() if s is not None)
    matrix = techniques if techniques is not None else src.techniques()
    total = weighted = 0.0
    for key, weight in WEIGHTS[priority].items():
        if key == "stars":
            if stars[engine] is None:
                continue
            value = 5 * math.log10(1 + stars[engine]) / math.log10(1 + most)
        elif key in SETS:
            cells = [matrix[engine][c] for c in SETS[key]]
            known = [c for c in cells if c != "unknown"]
            if not known:
                continue
            value = 5 * known.count("yes") / len(known)
        else:
            value = src.scores()[engine][key][0]
        total += weight
        weighted += weight * value
    return weighted / total


def expected_order(engines: set[str], priority: str) -> list[str]:
    stars = {e: row["github_stars"] for e, row in ed.overview().items()}
    return sorted(
        engines,
        key=lambda e: (-round(expected_score(e, priority), 6), -(stars[e] if stars[e] is not None else -1), e),
    )


def recommend(cli, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = cli("recommend", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_cuda_fp8_multi_node_throughput_meets_every_constraint_in_the_source(cli) -> None:
    records = recommend(cli, "--hw", "cuda", "--precision", "fp8", "--scale", "multi-node", "--priority", "throughput")
    hardware, precisions, deployment = src.hardware(), ed.precisions(), src.deployment()
    qualifying = {
        e for e in ed.overview()
        if hardware[e]["nvidia"] == "yes" and precisions[e]["fp8"] == "yes" and deployment[e][0] == "multi-node"
    }  # fmt: skip
    assert qualifying  # the question has answers in the source
    assert {r["id"] for r in records} == qualifying  # every engine that qualifies, and no other
    for r in records:
        assert r["reason"] and "\n" not in r["reason"]
        assert "hardware.nvidia" in r["reason"] and "precisions.fp8" in r["reason"]
        assert r["match"]["status"] == "match" and r["match"]["failed"] == [] and r["match"]["unknown"] == []
    assert [r["id"] for r in records] == expected_order(qualifying, "throughput")
    assert [r["rank"] for r in records] == list(range(1, len(records) + 1))


@pytest.mark.parametrize("priority", list(WEIGHTS))
def test_every_priority_is_the_documented_weighting(cli, priority: str) -> None:
    records = recommend(cli, "--priority", priority)
    assert len(records) == 25
    for r in records:
        assert r["score"] == pytest.approx(expected_score(r["id"], priority), abs=1e-3), r["id"]
        assert {k: f["weight"] for k, f in r["figures"].items()} == WEIGHTS[priority]
        # The services have no star count: their stars figure is shown but not counted.
        assert r["figures"]["stars"]["counted"] is (ed.overview()[r["id"]]["github_stars"] is not None)
    assert [r["id"] for r in records] == expected_order({r["id"] for r in records}, priority)


def test_services_without_stars_are_scored_on_the_rest_and_say_so(cli) -> None:
    records = recommend(cli, "--commercial", "--priority", "ease")
    assert {r["id"] for r in records} == {"friendli-inference", "fireworks-ai", "groqcloud", "together-inference"}
    assert all(r["score"] is not None and "no star count" in r["reason"] for r in records)


def test_include_unknown_marks_what_the_source_does_not_say(cli) -> None:
    records = recommend(cli, "--technique", "radix-attention", "--include-unknown", "--priority", "latency")
    matrix = src.techniques()
    assert {r["id"] for r in records} == {e for e, row in matrix.items() if row["radix-attention"] != "no"}
    for r in records:
        if matrix[r["id"]]["radix-attention"] == "unknown":
            assert r["match"]["status"] == "unknown"
            assert "unknown in the source: techniques.radix-attention" in r["reason"]


def test_no_match_says_which_constraint_to_relax_and_what_it_gives(cli) -> None:
    result = cli("recommend", "--hw", "rocm", "--precision", "mxfp6", "--scale", "multi-node", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    lines = result.stderr.splitlines()
    assert lines[0].startswith("hint: no engine meets --hw amd-gpu --precision mxfp6 --scale multi-node")
    # From the source: dropping mxfp6 leaves the multi-node engines with AMD GPU support.
    hardware, deployment = src.hardware(), src.deployment()
    relaxed = {e for e in hardware if hardware[e]["amd-gpu"] == "yes" and deployment[e][0] == "multi-node"}
    best = expected_order(relaxed, "balanced")[0]
    name = ed.overview()[best]["name"]
    line = next(line for line in lines if "drop --precision mxfp6" in line)
    assert f"{len(relaxed)} engine" in line and name in line


def test_top(cli) -> None:
    assert len(recommend(cli, "--priority", "scale", "--top", "3")) == 3


def test_is_deterministic(cli) -> None:
    args = ("recommend", "--oss", "--priority", "latency", "-o", "tsv")
    assert cli(*args).stdout == cli(*args).stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--priority", "fastest"), "error: unknown priority 'fastest' — did you mean "),
        (("--hw", "cudaa"), "error: unknown hardware 'cudaa' — did you mean 'cuda'"),
        (("--top", "0"), "error: Invalid value for '--top'"),
    ],
)
def test_bad_input_is_one_line_usage_error(cli, args: tuple[str, ...], message: str) -> None:
    result = cli("recommend", *args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format(cli, fmt: OutputFormat) -> None:
    result = cli("recommend", "--hw", "cuda", "--precision", "fp8", "--scale", "multi-node", "--priority",
                 "throughput", "--format", fmt.value)  # fmt: skip
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    first = recommend(cli, "--hw", "cuda", "--precision", "fp8", "--scale", "multi-node", "--priority", "throughput")
    ids = [r["id"] for r in first]
    names = [r["name"] for r in first]
    if fmt is OutputFormat.JSON:
        assert [r["id"] for r in json.loads(out)] == ids
    elif fmt is OutputFormat.JSONL:
        assert [json.loads(line)["id"] for line in out.splitlines()] == ids
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert [r["name"] for r in rows] == names and all(r["reason"] for r in rows)
        assert [int(r["rank"]) for r in rows] == list(range(1, len(ids) + 1))
    elif fmt is OutputFormat.YAML:
        from ruamel.yaml import YAML

        assert [r["id"] for r in YAML(typ="safe").load(out)] == ids
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0].startswith("| # | Engine | Score | Why (largest weight × figure first) |")
        assert len(lines) == 2 + len(ids)
    else:
        assert all(n in out for n in names) and "priority throughput" in out


def test_help_leads_with_examples_and_the_weights(cli) -> None:
    out = cli("recommend", "--help").stdout
    example = "llmengines recommend --hw cuda --precision fp8 --scale multi-node --priority throughput"
    assert example in out and out.index(example) < out.index("Options")
    assert "throughput 3, throughput-techniques 2, scalability 1, stars 1" in out


def test_rank_takes_the_technique_set_keys(cli) -> None:
    records = json.loads(cli("rank", "--by", "latency-techniques", "--json").stdout)
    matrix = src.techniques()
    for r in records:
        cells = [matrix[r["id"]][c] for c in SETS["latency-techniques"]]
        known = [c for c in cells if c != "unknown"]
        figure = r["figures"]["latency-techniques"]
        assert (figure["known"], figure["total"], figure["unknown"]) == (len(known), 3, 3 - len(known))
        if known:
            assert r["score"] == pytest.approx(5 * known.count("yes") / len(known), abs=1e-3)
        else:
            assert r["score"] is None and figure["value"] is None


def test_readme_knowledge_tour_is_real_output(cli, monkeypatch) -> None:
    """The README's techniques / pricing / recommend examples are what an 80-column terminal shows."""
    import re
    import shlex
    from pathlib import Path

    from llmengines.environment import Environment

    fake = Environment(stdout_isatty=True, color=False, width=80, unicode=True)
    monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    pattern = r"```console\n\$ llmengines ((?:techniques|pricing|recommend) [^\n|]*)\n(.*?)```"
    checked = 0
    for command, shown in re.findall(pattern, readme, re.S):
        if "…" in shown:
            continue
        result = cli(*shlex.split(command))
        printed = result.stdout + "".join(f"{line}\n" for line in result.stderr.splitlines())
        assert [line.rstrip() for line in printed.splitlines()] == shown.splitlines(), command
        checked += 1
    assert checked >= 6


def test_relaxing_an_any_of_list_drops_it_whole(cli) -> None:
    result = cli("recommend", "--hw", "tpu,ascend", "--any", "--technique", "radix-attention", "--json")
    assert json.loads(result.stdout) == []
    hints = result.stderr.splitlines()
    # Dropping only one of two alternatives would be stricter, not looser.
    assert any("drop --hw tpu,ascend:" in line for line in hints)
    assert not any("drop --hw tpu:" in line or "drop --hw ascend:" in line for line in hints)


def test_an_overlay_engine_without_survey_scores_is_ranked_last_and_says_why(cli, tmp_path) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text(
        "engines:\n  - id: my-engine\n    name: My Engine\n    organization: Example Labs\n    org_type: startup\n"
        "    released: 2026-01\n    open_source: 'yes'\n    commercial: false\n    docs: simple\n"
        "    deployment: {scale: single-node, devices: homogeneous}\n",
        encoding="utf-8",
    )
    result = cli("--data", str(overlay), "recommend", "--priority", "latency", "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert records[-1]["id"] == "my-engine" and records[-1]["score"] is None
    assert "no score: no figure for latency" in records[-1]["reason"]


def test_recommend_says_how_unknown_technique_cells_count(cli) -> None:
    # Fireworks AI's throughput-technique cells, from the source's coverage matrix ('-' for 5 of the 8).
    cells = [src.techniques()["fireworks-ai"][c] for c in SETS["throughput-techniques"]]
    known = [c for c in cells if c != "unknown"]
    assert 0 < len(known) < len(cells)  # the case this test is about
    records = json.loads(cli("recommend", "--priority", "throughput", "--top", "25", "--json").stdout)
    figure = next(r for r in records if r["id"] == "fireworks-ai")["figures"]["throughput-techniques"]
    assert figure["unknown"] == cells.count("unknown") and figure["known"] == len(known) and figure["total"] == 8
    assert figure["raw"] == cells.count("yes")
    assert figure["value"] == round(5 * known.count("yes") / len(known), 3)
    assert figure["detail"] == f"{known.count('yes')}/{len(known)} (known {len(known)}/8)"
    shown = " ".join(cli("recommend", "--priority", "throughput", "-o", "table").stdout.split())
    assert "a/b = supported / cells the source knows (unknown '-' cells count neither way" in shown


def test_recommend_records_have_rank_shape_and_export_field_names(cli) -> None:
    import json

    rec = json.loads(cli("recommend", "--hw", "cuda", "--priority", "throughput", "--top", "1", "--json").stdout)[0]
    ranked = json.loads(cli("rank", "--by", "throughput", "--top", "1", "--json").stdout)[0]
    # rank's keys, plus recommend's own; the engine record's fields at the top level, as in every command.
    assert set(ranked) <= set(rec)
    assert {"priority", "reason", "match"} <= set(rec) and "engine" not in rec
    assert all(isinstance(f["weight"], float) for f in rec["figures"].values())
    out = cli("recommend", "--hw", "cuda", "--priority", "throughput", "-o", "csv", "--fields", "id,github_stars")
    assert out.exit_code == 0 and out.stdout.splitlines()[0] == "id,github_stars"
