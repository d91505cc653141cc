"""Sources as layers, checked against the paper's version 3 and the list, each read by an independent reader.

The expected values come from ``tests/source_v3.py`` (the paper's extracted text), ``tests/source_tables.py``
(the list) and ``tests/source_editions.py`` (the documented rule: per cell, the newest source that states it).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from llmengines.dataset import bundled

from . import source_editions as ed
from . import source_tables as src
from . import source_v3 as v3
from .conftest import run_process

DATA = bundled()
ENGINES = {e.id: e for e in DATA.engines}
V3_OVERVIEW = v3.overview()
V3_PRECISIONS = v3.precisions()
NEWEST = ed.overview()
DISPUTES = ed.disputes()


def test_the_v3_reader_reads_every_row() -> None:
    assert set(V3_OVERVIEW) == set(src.ENGINE_IDS.values()) == set(V3_PRECISIONS)
    assert sum(1 for row in V3_OVERVIEW.values() if row["github_stars"] is None) == 4
    assert V3_OVERVIEW["vllm"]["github_stars"] == 58300 and V3_OVERVIEW["vllm"]["stars_per_day"] == 61.2
    assert V3_OVERVIEW["ollama"]["github_stars"] == 153000


def test_sources_are_dated_in_order() -> None:
    assert [(s.id, s.date) for s in DATA.sources] == [
        ("list-1b291b8", "2025-05-02"),
        ("erratum-c2b91ba", "2025-05-07"),
        ("paper-v3", v3.PAPER_DATE),
        ("list-cca7861", "2026-06-30"),
    ]


# --- the default view is the newest source's value ------------------------------------------------------------

FIELDS = ("organization", "org_type", "released", "open_source", "github_stars", "stars_per_day", "stars_as_of")


@pytest.mark.parametrize(("engine_id", "key"), [pytest.param(e, k, id=f"{e}-{k}") for e in NEWEST for k in FIELDS])
def test_overview_cell_is_the_newest(engine_id: str, key: str) -> None:
    assert getattr(ENGINES[engine_id], key) == NEWEST[engine_id][key]


@pytest.mark.parametrize(
    ("engine_id", "key"), [pytest.param(e, k, id=f"{e}-{k}") for e, row in V3_PRECISIONS.items() for k in row]
)
def test_precision_cell_is_table_11(engine_id: str, key: str) -> None:
    assert ENGINES[engine_id].precisions[key] == V3_PRECISIONS[engine_id][key]
    history = DATA.history[engine_id][f"precisions.{key}"]
    assert history == {"list-1b291b8": src.precisions()[engine_id][key], "paper-v3": V3_PRECISIONS[engine_id][key]}


@pytest.mark.parametrize("engine_id", list(V3_OVERVIEW))
def test_history_keeps_both_star_counts(engine_id: str) -> None:
    history = DATA.history[engine_id]
    assert history["github_stars"] == {
        "list-1b291b8": src.overview()[engine_id]["github_stars"],
        "paper-v3": V3_OVERVIEW[engine_id]["github_stars"],
    }
    assert history["stars_per_day"] == {"paper-v3": V3_OVERVIEW[engine_id]["stars_per_day"]}


def test_disputes_are_exactly_the_cells_the_sources_disagree_on() -> None:
    found = {(d.engine, d.field): tuple(d.values.values()) for d in DATA.disputes if d.kind == "disputed"}
    assert found == DISPUTES
    # The ones the issue names, read by hand from both documents:
    assert DISPUTES[("sglang", "precisions.fp4")] == ("yes", "no")
    assert DISPUTES[("deepspeed-fastgen", "precisions.fp4")] == ("yes", "no")
    assert DISPUTES[("tensorrt-llm", "precisions.fp4")] == ("yes", "no")
    assert DISPUTES[("max", "precisions.int4")] == ("no", "yes")
    assert {k for k in DISPUTES if k[1] == "organization"} == {
        ("llama-cpp", "organization"),
        ("unsloth", "organization"),
        ("lmdeploy", "organization"),
        ("fireworks-ai", "organization"),
    }


def test_the_erratum_is_a_correction_not_a_dispute() -> None:
    (erratum,) = src.errata()
    corrected = [d for d in DATA.disputes if d.kind == "corrected"]
    # Table 5 of the paper v3 repeats the corrected value: a correction, confirmed, not a disagreement.
    confirmed = v3.hardware()[erratum["engine"]][erratum["field"]]
    assert confirmed == erratum["corrected"]
    assert [(d.engine, d.field, tuple(d.values.values())) for d in corrected] == [
        (erratum["engine"], erratum["field"], (erratum["published"], erratum["corrected"], confirmed))
    ]


TABLE_5 = v3.hardware()


def test_table_5_reads_every_row_but_one() -> None:
    assert set(TABLE_5) == set(src.ENGINE_IDS.values()) - v3.TABLE_5_UNREADABLE


@pytest.mark.parametrize(
    ("engine_id", "path"), [pytest.param(e, p, id=f"{e}-{p}") for e, row in TABLE_5.items() for p in row]
)
def test_table_5_cell_is_in_the_history_and_agrees_with_the_list(engine_id: str, path: str) -> None:
    table, key = path.split(".")
    listed = (src.platforms() if table == "platforms" else src.hardware())[engine_id][key]
    assert DATA.history[engine_id][path]["paper-v3"] == TABLE_5[engine_id][path]
    assert TABLE_5[engine_id][path] == listed  # read in the list's column order, every cell agrees
    assert getattr(ENGINES[engine_id], table)[key] == listed


# --- through the CLI -------------------------------------------------------------------------------------------


def test_show_vllm_says_sep_2025_stars_with_source(cli) -> None:
    text = cli("show", "vllm").stdout
    assert "58.3K (as of Sep. 2025; paper v3, Table 4; 61.2 stars a day)" in text
    assert "43.4K as of 2025-05-02 (list 1b291b8; --source list)" in text
    record = json.loads(cli("show", "vllm", "--json").stdout)
    assert (record["github_stars"], record["stars_as_of"], record["stars_source"]) == (58300, "2025-09", "paper-v3")
    old = json.loads(cli("--source", "list", "show", "vllm", "--json").stdout)
    assert (old["github_stars"], old["stars_as_of"], old["stars_source"]) == (43400, "2025-05-02", "list-1b291b8")
    assert old["stars_per_day"] is None


def test_list_says_the_date_and_source_of_its_stars(cli) -> None:
    result = cli("list", "-o", "table")
    assert "GitHub stars as of Sep. 2025 (paper v3, Table 4)" in " ".join(result.stdout.split())
    records = json.loads(cli("list", "--json").stdout)
    assert {(r["stars_as_of"], r["stars_source"]) for r in records if r["github_stars"]} == {("2025-09", "paper-v3")}
    old = json.loads(cli("--source", "list", "list", "--json").stdout)
    assert {r["id"]: r["github_stars"] for r in old} == {e: row["github_stars"] for e, row in src.overview().items()}


def _cells_of(record: dict[str, Any], key: str) -> dict[str, Any]:
    return {v["source"]: v["value"] for v in record[key]}


@pytest.mark.parametrize(("engine_id", "path"), [k for k in DISPUTES if k[1].startswith("precisions.")])
def test_matrix_precision_marks_the_disputed_cells(cli, engine_id: str, path: str) -> None:
    (record,) = [r for r in json.loads(cli("matrix", "precision", "--json").stdout) if r["id"] == engine_id]
    listed, paper = DISPUTES[(engine_id, path)]
    assert _cells_of(record["disputed"][path], "values") == {"list-1b291b8": listed, "paper-v3": paper}
    assert record["disputed"][path]["shown"] == "paper-v3"
    table = cli("matrix", "precision", "-o", "markdown").stdout
    name = src.overview()[engine_id]["name"]
    (row,) = [line for line in table.splitlines() if line.startswith(f"| {name} |")]
    assert row.count("!") == 1


def test_find_fp4_says_which_engines_match_in_one_source_only(cli) -> None:
    result = cli("find", "--precision", "fp4", "--json")
    found = {r["id"] for r in json.loads(result.stdout)}
    assert found == {e for e, row in V3_PRECISIONS.items() if row["fp4"] == "yes"}
    listed = {e for e, row in src.precisions().items() if row["fp4"] == "yes"}
    only_list = listed - found
    assert only_list == {"sglang", "deepspeed-fastgen", "tensorrt-llm"}
    names = {src.overview()[e]["name"] for e in only_list}
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert {n.split(" matches by ")[0].removeprefix("note: ") for n in notes} == names
    assert all("list 1b291b8 (yes)" in n and "paper v3 (no; shown)" in n for n in notes)
    old = cli("--source", "list", "find", "--precision", "fp4", "--json")
    assert {r["id"] for r in json.loads(old.stdout)} == listed
    assert "note:" not in old.stderr


def test_corrections_are_marked_where_the_value_is_shown(cli) -> None:
    hardware = cli("matrix", "hardware", "-o", "markdown", "--engines", "vllm").stdout
    assert "✓°" in hardware and "erratum c2b91ba" in cli("matrix", "hardware", "-o", "table", "-e", "vllm").stdout
    compare = json.loads(cli("compare", "vllm", "sglang", "--json").stdout)
    (row,) = [r for s in compare["sections"] for r in s["rows"] if r["key"] == "hardware.ascend"]
    assert _cells_of(row["corrected"]["vllm"], "values") == {
        "list-1b291b8": "no",
        "erratum-c2b91ba": "yes",
        "paper-v3": v3.hardware()["vllm"]["hardware.ascend"],
    }
    found = json.loads(cli("find", "--hw", "ascend", "--json").stdout)
    (vllm,) = [r for r in found if r["id"] == "vllm"]
    assert "hardware.ascend" in vllm["corrected"]
    assert "Huawei Ascend°" in cli("show", "vllm").stdout
    ranked = json.loads(cli("rank", "--by", "hardware", "--json").stdout)
    assert "hardware.ascend" in next(r for r in ranked if r["id"] == "vllm")["corrected"]
    assert json.loads(cli("--source", "list", "show", "vllm", "--json").stdout)["hardware"]["ascend"] == "no"


def test_rank_by_breadth_says_which_counted_cells_were_corrected(cli) -> None:
    table = " ".join(cli("rank", "--by", "hardware", "-o", "table").stdout.split())
    assert "° vLLM hardware.ascend corrected: no in list 1b291b8" in table
    precision = " ".join(cli("rank", "--by", "precision", "-o", "table").stdout.split())
    assert all(f"! {src.overview()[e]['name']} {p} disputed" in precision for e, p in DISPUTES if p.startswith("prec"))


def test_as_of_picks_the_sources_published_by_then(cli) -> None:
    assert json.loads(cli("--as-of", "2025-05-03", "show", "vllm", "--json").stdout)["hardware"]["ascend"] == "no"
    assert json.loads(cli("--as-of", "2025-05-07", "show", "vllm", "--json").stdout)["hardware"]["ascend"] == "yes"
    early = json.loads(cli("--as-of", "2025-06-01", "show", "sglang", "--json").stdout)
    assert early["precisions"]["fp4"] == src.precisions()["sglang"]["fp4"]
    late = json.loads(cli("--as-of", "2025-12-01", "show", "sglang", "--json").stdout)
    assert late["precisions"]["fp4"] == V3_PRECISIONS["sglang"]["fp4"]
    assert cli("--as-of", "2025-05-01", "list").exit_code == 2
    assert cli("--as-of", "May 2025", "list").exit_code == 2
    assert cli("--source", "v4", "list").exit_code == 2
    assert cli("--source", "list", "--as-of", "2025-06-01", "list").exit_code == 2


def test_changes_lists_what_differs(cli) -> None:
    erratum = json.loads(cli("changes", "--from", "list", "--to", "erratum", "--json").stdout)
    assert [(c["engine"], c["field"], c["kind"], c["from"], c["to"]) for c in erratum] == [
        ("vllm", "hardware.ascend", "corrected", "no", "yes")
    ]
    changes = json.loads(cli("changes", "--json").stdout)
    disputed = {(c["engine"], c["field"]): (c["from"], c["to"]) for c in changes if c["kind"] == "disputed"}
    assert disputed == DISPUTES
    h100 = [
        c
        for c in changes
        if c["field"] == "pricing.by-hardware.NVIDIA H100 80GB" and c["engine"] == "together-inference"
    ]
    assert [(c["from"], c["to"]) for c in h100] == [(3.36, 2.29)]
    assert cli("changes", "--from", "v3", "--to", "list").exit_code == 2


def test_rank_by_stars_uses_the_newest_figure(cli) -> None:
    ranked = json.loads(cli("rank", "--by", "stars", "--json").stdout)
    newest = max((row["github_stars"] or 0, e) for e, row in NEWEST.items())[1]
    assert ranked[0]["id"] == newest
    assert ranked[0]["github_stars"] == V3_OVERVIEW[newest]["github_stars"]
    assert "GitHub stars as of Sep. 2025 (paper v3" in " ".join(
        cli("rank", "--by", "stars", "-o", "table").stdout.split()
    )


def test_info_lists_the_sources_with_their_dates(cli) -> None:
    data = json.loads(cli("info", "--json").stdout)
    assert [(s["label"], s["date"]) for s in data["sources"]] == [
        ("list 1b291b8", "2025-05-02"), ("erratum c2b91ba", "2025-05-07"),
        ("paper v3", "2025-11-26"), ("list cca7861", "2026-06-30"),
    ]  # fmt: skip


# --- staleness -------------------------------------------------------------------------------------------------


def test_staleness_is_said_once_on_stderr(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLMENGINES_STALENESS", "always")
    monkeypatch.setenv("LLMENGINES_TODAY", "2026-12-01")
    result = cli("list", "--json")
    json.loads(result.stdout)  # stdout stays data
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: the newest source")]
    assert len(notes) == 1 and "paper v3 (2025-11-26)" in notes[0] and "llmengines refresh" in notes[0]
    assert "newest source" not in cli("--source", "list", "list", "--json").stderr  # an earlier state, asked for
    monkeypatch.setenv("LLMENGINES_TODAY", "2026-01-01")
    assert "newest source" not in cli("list", "--json").stderr


def test_staleness_is_quiet_when_stderr_is_not_a_terminal() -> None:
    result = run_process("list", "--json", env={"LLMENGINES_TODAY": "2030-01-01"})
    assert result.exit_code == 0 and "newest source" not in result.stderr
    loud = run_process("list", "--json", env={"LLMENGINES_TODAY": "2030-01-01", "LLMENGINES_STALENESS": "always"})
    assert "newest source" in loud.stderr and json.loads(loud.stdout)


def test_a_value_from_your_data_is_not_marked_as_a_sources_dispute(cli, tmp_path) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text('engines:\n  - id: sglang\n    precisions: {fp4: "yes"}\n', encoding="utf-8")
    record = json.loads(cli("--data", str(overlay), "show", "sglang", "--json").stdout)
    assert record["precisions"]["fp4"] == "yes" and record["disputed"] == {}
    assert record["overlay_fields"] == {"precisions.fp4": str(overlay)}
    # The overlay applies above an earlier edition too, and refreshed figures do not (they are today's).
    listed = json.loads(cli("--data", str(overlay), "--source", "list", "show", "vllm", "--json").stdout)
    assert listed["github_stars"] == src.overview()["vllm"]["github_stars"]
