"""The evaluation and listed entries end to end: ``results``, ``evaluation``, ``--install``/``--api``, ``show``,
``compare``, ``recommend``, ``list --listed``, ``techniques --listed``, ``info`` — in-process, through Typer's
CliRunner and in a real subprocess. Expected values come from the independent reader of the sources."""

from __future__ import annotations

import json

import pytest

from . import evaluation_source as src
from .conftest import run_process

COMMERCIAL = {"friendli-inference", "fireworks-ai", "groqcloud", "together-inference"}


def _json(cli, *args: str):  # type: ignore[no-untyped-def]
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- --install and --api ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("level", ["easy", "medium", "hard"])
def test_find_install_is_table_13(cli, level: str) -> None:
    got = [r["id"] for r in _json(cli, "find", "--install", level)]
    assert sorted(got) == sorted(e for e, r in src.table13().items() if r["ease"] == level)


def test_find_install_hard_answers_nanoflow_and_distserve(cli) -> None:
    assert sorted(r["id"] for r in _json(cli, "find", "--install", "hard")) == ["distserve", "nanoflow"]


def test_engines_not_installed_are_unknown_not_no(cli) -> None:
    records = _json(cli, "find", "--install", "hard", "--include-unknown")
    unknown = {r["id"] for r in records if r["match"]["status"] == "unknown"}
    assert unknown == COMMERCIAL  # the paper installed only open-source engines
    assert {r["id"] for r in records} - unknown == {"distserve", "nanoflow"}
    assert all(r["match"]["unknown"] == ["install_ease=hard"] for r in records if r["id"] in unknown)


def test_install_takes_several_levels_and_aliases(cli) -> None:
    got = {r["id"] for r in _json(cli, "find", "--install", "Medium,difficult")}
    assert got == {e for e, r in src.table13().items() if r["ease"] in ("medium", "hard")}


def test_find_api_openai_is_table_13(cli) -> None:
    got = [r["id"] for r in _json(cli, "find", "--api", "openai-compatible")]
    assert sorted(got) == sorted(e for e, r in src.table13().items() if "OpenAI-compatible" in str(r["api_type"]))


def test_misspelt_install_or_api_is_a_usage_error_with_a_suggestion(cli) -> None:
    result = cli("find", "--install", "hardd")
    assert result.exit_code == 2 and "did you mean 'hard'" in result.stderr and result.stdout == ""
    result = cli("rank", "--by", "stars", "--api", "opnai")
    assert result.exit_code == 2 and "did you mean 'openai'" in result.stderr


def test_install_combines_with_the_other_filters(cli) -> None:
    got = {r["id"] for r in _json(cli, "find", "--install", "easy", "--api", "openai", "--scale", "multi-node")}
    table = src.table13()
    assert got and all(table[e]["ease"] == "easy" and table[e]["api"] for e in got)


def test_recommend_says_what_to_drop_when_install_rules_everything_out(cli) -> None:
    result = cli("recommend", "--install", "hard", "--api", "openai", "--json")
    assert json.loads(result.stdout) == []
    assert "drop --api openai: 2 engines" in result.stderr


# --- show, compare, recommend ----------------------------------------------------------------------------------------


def test_show_tgi_says_how_the_paper_installed_it(cli) -> None:
    out = cli("show", "tgi").stdout
    assert "3.3.5" in out and "docker" in out and "Medium" in out and "OpenAI-compatible" in out
    ev = _json(cli, "show", "tgi")["evaluation"]
    assert ev["install"]["version"] == "3.3.5" and ev["install"]["method"] == "docker"
    assert ev["install"]["ease"] == "medium" and ev["install"]["openai_compatible"] is True
    assert ev["install"]["cite"] == {"source": "paper-v3", "locator": "Table 13 (levels defined in §6.1)",
                                     "date": "2025-11-26", "inference": None, "quote": None}  # fmt: skip
    assert ev["defaults"]["context_length"] == src.table14()["tgi"]["context_length"]
    assert ev["benchmarked"] is True and ev["kind"] == "observed"


def test_show_keeps_claimed_support_and_observed_running_apart(cli) -> None:
    record = _json(cli, "show", "vllm")
    # the matrices are untouched; what the paper saw is under "evaluation" only
    assert set(record["hardware"]) and "evaluation" not in record["hardware"]
    findings = record["evaluation"]["findings"]
    assert any("inference errors" in f["quote"] and f["hardware"] == "jetson-orin" for f in findings)


def test_show_of_an_engine_the_paper_did_not_install(cli) -> None:
    record = _json(cli, "show", "groqcloud")
    assert record["evaluation"]["evaluated"] is False
    assert "not evaluated" in cli("show", "groqcloud").stdout


def test_show_mlc_llm_shows_both_groupings(cli) -> None:
    ev = _json(cli, "show", "mlc-llm")["evaluation"]
    assert ev["install"]["ease"] == "medium" and ev["list_grouping"]["ease"] == "hard"
    assert ev["list_grouping"]["differs"] is True
    out = cli("show", "mlc-llm").stdout
    assert "Medium" in out and "Hard" in out and "differs from Table 13" in out


def test_compare_has_an_evaluation_section(cli) -> None:
    data = _json(cli, "compare", "tgi", "nanoflow", "groqcloud", "--section", "evaluation")
    (section,) = data["sections"]
    rows = {r["key"]: r["values"] for r in section["rows"]}
    assert rows["evaluation.install.ease"] == {"tgi": "medium", "nanoflow": "hard", "groqcloud": None}
    assert rows["evaluation.install.version"]["tgi"] == "3.3.5"
    assert rows["evaluation.install.api_type"] == {"tgi": "OpenAI-compatible", "nanoflow": None, "groqcloud": None}
    # each value is the engine record's own (show's "evaluation" value) at the row's key
    for engine in data["engines"]:
        for key, values in rows.items():
            value = engine
            for part in key.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            assert value == values[engine["id"]], (engine["id"], key)
    assert "not evaluated" in cli("compare", "tgi", "groqcloud", "--section", "install", "-o", "markdown").stdout


def test_recommend_ease_shows_the_install_beside_the_score(cli) -> None:
    records = _json(cli, "recommend", "--priority", "ease")
    table = src.table13()
    for r in records:
        evidence = r["evidence"]
        assert evidence["kind"] == "observed"
        assert evidence["install_ease"] == (table[r["id"]]["ease"] if r["id"] in table else None)
        # never in the score: the priority's weights only
        assert set(r["figures"]) <= {"ease-of-use", "ease-of-deployment", "general-purpose", "stars"}
    # the same engines in the same order as without the evidence: rank with the priority's weights
    ranked = _json(cli, "rank", "--weights", "ease-of-use=2,ease-of-deployment=2,general-purpose=1,stars=2")
    top = [r["id"] for r in ranked if r["github_stars"] is not None]
    assert [r["id"] for r in records if r["github_stars"] is not None] == top
    (unsloth,) = [r for r in records if r["id"] == "unsloth"]
    assert "easier in practice than its documentation score" in unsloth["evidence"]["text"]


def test_recommend_throughput_points_to_the_measured_figures(cli) -> None:
    (trt,) = [r for r in _json(cli, "recommend", "--priority", "throughput") if r["id"] == "tensorrt-llm"]
    assert trt["evidence"]["results"] > 0 and "results --engine tensorrt-llm" in trt["evidence"]["text"]


# --- results -------------------------------------------------------------------------------------------------------


def test_results_lists_the_llama2_concurrency_64_figures_with_their_setup(cli) -> None:
    records = _json(cli, "results", "--model", "llama-2-7b", "--concurrency", "64")
    expected = src.list_llama2_c64()
    for metric, row in expected.items():
        for engine, value in row.items():
            (r,) = [r for r in records if r["metric"] == metric and r["engine"] == engine]
            assert r["value"] == value
            assert (r["hardware"], r["device"], r["model"]) == ("h100-server", "8 × NVIDIA H100", "Llama-2-7B-hf")
            assert (r["concurrency"], r["prompt_tokens"], r["output_tokens"]) == (64, 1024, 1024)
            assert r["precision"].startswith("full precision") and r["duration_s"] == 30
            assert r["source"] == "paper-v3" and r["date"] == "2025-11-26" and r["locator"].startswith("§6.2.3")
            assert r["quote"] in src.paper_flat() and r["kind"] == "observed"
            assert [a["source"] for a in r["also"]] == ["list-cca7861"]


def test_results_say_the_tokens_per_request_differ(cli) -> None:
    records = _json(cli, "results", "--model", "llama-2-7b", "--concurrency", "64", "--metric", "tps")
    per_request = {r["engine"]: r["derived_tokens_per_request"] for r in records}
    # upstream-history.md: ≈2,048 TensorRT-LLM and vLLM, ≈1,650 LMDeploy, ≈1,290 TGI
    assert per_request == {"tensorrt-llm": 2048, "vllm": 2054, "lmdeploy": 1652, "tgi": 1290}
    assert "≈1,290" in src.HISTORY_FILE.read_text(encoding="utf-8")


def test_results_table_shows_conditions_and_caveats(cli, monkeypatch) -> None:
    from llmengines.environment import Environment

    fake = Environment(stdout_isatty=True, color=False, width=80, unicode=True)
    monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))
    out = cli("results", "--model", "llama-2-7b", "--concurrency", "64").stdout
    for header in ("Device", "Model", "Prec", "Conc", "In", "Out"):
        assert header in out.splitlines()[1]
    assert "not a general ranking" in out and "tokens per request" in out
    assert "2.00" in out and "7,535" in out  # as the text writes them


def test_results_filters(cli) -> None:
    edge = _json(cli, "results", "--hardware", "jetson")
    assert edge and {r["engine"] for r in edge} == {"ollama", "llama-cpp"}
    assert {r["hardware"] for r in _json(cli, "results", "--hardware", "a6000")} == {"a6000-server"}
    tbt = _json(cli, "results", "--engine", "vLLM,tgi", "--metric", "itl")
    assert tbt and {(r["engine"], r["metric"]) for r in tbt} <= {("vllm", "tbt"), ("tgi", "tbt")}


def test_results_bad_values_are_usage_errors(cli) -> None:
    for args, expected in (
        (("--hardware", "h200"), "unknown device 'h200'"),
        (("--metric", "speed"), "unknown metric 'speed'"),
        (("--model", "llama-9"), "no measured figures for a model matching 'llama-9'"),
        (("--engine", "vlm"), "unknown engine 'vlm'"),
    ):
        result = cli("results", *args)
        assert result.exit_code == 2 and expected in result.stderr and result.stdout == "", args


def test_results_with_nothing_matching_is_empty_with_a_hint(cli) -> None:
    result = cli("results", "--engine", "unsloth", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout) == [] and "hint:" in result.stderr


def test_results_in_a_pipe_and_as_json_in_a_subprocess() -> None:
    tsv = run_process("results", "--engine", "tgi", "--metric", "requests_per_s")
    assert tsv.exit_code == 0 and tsv.stderr == ""
    header, row = tsv.stdout.splitlines()
    assert header.split("\t")[:4] == ["engine_name", "metric", "approximate", "value"]
    assert row.split("\t")[3] == "2.37" and "\x1b" not in tsv.stdout
    full = run_process("results", "--json")
    records = json.loads(full.stdout)
    assert len(records) == sum(len(s["points"]) for s in json.loads(_evaluation_json())["evaluation"]["series"])


def _evaluation_json() -> str:
    from llmengines.evaluation import EVALUATION_JSON

    return EVALUATION_JSON.read_text(encoding="utf-8")


def test_results_through_typers_cli_runner() -> None:
    from typer.testing import CliRunner

    from llmengines.cli import app

    result = CliRunner().invoke(app, ["results", "--engine", "ollama", "--hardware", "jetson", "--json"])
    assert result.exit_code == 0
    assert {r["hardware"] for r in json.loads(result.stdout)} == {"jetson-orin"}


# --- evaluation ------------------------------------------------------------------------------------------------------


def test_evaluation_is_tables_13_and_14(cli) -> None:
    records = _json(cli, "evaluation")
    assert [r["engine"] for r in records] == list(src.table13())
    for r in records:
        expected = src.table13()[r["engine"]]
        assert {k: r["install"][k] for k in expected} == expected
        defaults = src.table14().get(r["engine"])
        assert (r["defaults"] and {k: r["defaults"][k] for k in defaults}) == defaults
        assert r["benchmarked"] == (r["engine"] in src.benchmarked())


def test_evaluation_servers_is_table_12(cli) -> None:
    servers = _json(cli, "evaluation", "--servers")
    assert [s["short"] for s in servers] == ["H100", "A6000", "Jetson Orin"]
    assert cli("evaluation", "--servers", "--engine", "tgi").exit_code == 2


def test_evaluation_of_one_engine_in_a_subprocess() -> None:
    result = run_process("evaluation", "--engine", "mlc-llm", "--json")
    (record,) = json.loads(result.stdout)
    assert record["install"]["ease"] == "medium" and record["list_grouping"]["ease"] == "hard"


# --- listed, not evaluated -------------------------------------------------------------------------------------------


def test_show_colossal_ai_says_listed_not_evaluated(cli) -> None:
    result = cli("show", "colossal-ai")
    assert result.exit_code == 0 and "listed 2025-06-17, not evaluated" in result.stdout
    record = _json(cli, "show", "Colossal-AI")
    assert record["evaluated"] is False and record["repository"] == src.later_entries()["Colossal-AI"]["repository"]


def test_a_near_miss_suggests_listed_entries_too(cli) -> None:
    result = cli("show", "colosal")
    assert result.exit_code == 2 and "colossal-ai" in result.stderr


def test_list_listed_has_the_later_entries_and_queries_leave_them_out(cli) -> None:
    listed = _json(cli, "list", "--listed")
    assert {r["name"] for r in listed} == set(src.later_entries())
    ids = {r["id"] for r in listed}
    for args in (("list",), ("find",), ("rank", "--by", "stars"), ("recommend",), ("find", "--include-unknown")):
        assert not ids & {r["id"] for r in _json(cli, *args)}, args


def test_list_listed_in_a_pipe() -> None:
    result = run_process("list", "--listed")
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and lines[0].split("\t")[:4] == ["name", "id", "kind", "listed"]
    assert len(lines) == 1 + len(src.later_entries())


def test_techniques_listed_and_technique_minedraft(cli) -> None:
    (t,) = _json(cli, "techniques", "--listed")
    assert (t["name"], t["category"], t["listed"]) == ("MineDraft", "sampling", "2026-04-20")
    assert len(_json(cli, "techniques")) == 55  # the published taxonomy is unchanged
    out = cli("technique", "MineDraft").stdout
    assert "listed 2026-04-20" in out and "arxiv.org/abs/2603.18016" in out
    assert cli("techniques", "--listed", "--category", "sampling").exit_code == 2


def test_info_has_the_journal_doi(cli) -> None:
    info = _json(cli, "info")
    assert info["publication"]["journal"]["doi"] == src.journal()["doi"]
    assert "10.1145/3803798" in cli("info").stdout


def test_the_query_paths_records_are_pydantics() -> None:
    # evaluation()/listed() build records by hand (no pydantic on the query path); they must equal validation's.
    from pydantic import TypeAdapter

    from llmengines.evaluation import Evaluation, Listed, bundled_evaluation_dict, evaluation, listed

    data = bundled_evaluation_dict()
    assert TypeAdapter(Evaluation).validate_json(json.dumps(data["evaluation"]), strict=True) == evaluation()
    assert TypeAdapter(Listed).validate_json(json.dumps(data["listed"]), strict=True) == listed()
