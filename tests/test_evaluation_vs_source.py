"""The evaluation and listed data checked against paper v3's excerpts and the list at cca7861.

Expected values come from ``tests/evaluation_source.py`` (an independent reader of the verbatim copies in
``tests/source/``), never from the program. The data is read through the CLI's JSON, as people get it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from . import evaluation_source as src
from .conftest import run_process


@pytest.fixture(scope="module")
def data() -> dict:  # type: ignore[type-arg]
    # evaluation.json itself: what every command reads (the build test keeps it equal to the YAML).
    from llmengines.evaluation import EVALUATION_JSON

    return json.loads(EVALUATION_JSON.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_reader_does_not_use_the_package() -> None:
    text = Path(src.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+llmengines", text, re.MULTILINE)


# --- Table 13 ------------------------------------------------------------------------------------------------------


def test_installs_are_table_13(data) -> None:
    rows = {r["engine"]: r for r in data["evaluation"]["installs"]}
    assert list(rows) == list(src.table13()), "one row per engine, in the table's order"
    for engine, expected in src.table13().items():
        got = rows[engine]
        assert {k: got[k] for k in expected} == expected, engine
        # "OpenAI-compatible" where the Type cell says so, wrapped parenthesis and all
        assert got["openai_compatible"] == ("OpenAI-compatible" in str(expected["api_type"])), engine


def test_wrapped_table_13_cells_say_they_were_read_so(data) -> None:
    for row in data["evaluation"]["installs"]:
        if row["api_type"] and row["api_type"] != "OpenAI-compatible":
            assert row["inference"] and "(OpenAI-compatible)" in row["inference"], row["engine"]


def test_ease_definitions_are_section_6_1(data) -> None:
    assert data["evaluation"]["ease_levels"] == src.ease_definitions()


def test_benchmarked_are_the_13_of_section_6_2_1(data) -> None:
    assert data["evaluation"]["benchmarked"]["engines"] == src.benchmarked()
    # §6.2.1: the 13 are the engines "compatible with the OpenAI API" of Table 13
    assert set(src.benchmarked()) == {e for e, r in src.table13().items() if r["api"]}


def test_tgi_was_installed_with_docker_medium_openai_compatible() -> None:
    assert src.table13()["tgi"] == {
        "version": "3.3.5",
        "commit": None,
        "method": "docker",
        "environment": "docker",
        "ease": "medium",
        "api": True,
        "api_type": "OpenAI-compatible",
    }


def test_the_hard_installs_are_nanoflow_and_distserve() -> None:
    assert sorted(e for e, r in src.table13().items() if r["ease"] == "hard") == ["distserve", "nanoflow"]


def test_list_groupings_are_its_installation_notes(data) -> None:
    got = {g["level"]: (g["definition"], g["engines"]) for g in data["evaluation"]["groupings"]}
    assert got == src.list_groupings()
    for g in data["evaluation"]["groupings"]:
        assert g["quote"] in src.experiments()


def test_the_list_groups_max_and_mlc_llm_otherwise_than_table_13() -> None:
    # The disagreement the tool shows (show, evaluation, compare): two sources, two classings.
    table = src.table13()
    differs = {e: (table[e]["ease"], level) for level, (_, ids) in src.list_groupings().items() for e in ids
               if table[e]["ease"] != level}  # fmt: skip
    assert differs == {"max": ("easy", "medium"), "mlc-llm": ("medium", "hard")}


# --- Table 14 ------------------------------------------------------------------------------------------------------


def test_defaults_are_table_14(data) -> None:
    rows = {r["engine"]: r for r in data["evaluation"]["defaults"]}
    assert list(rows) == list(src.table14())
    for engine, expected in src.table14().items():
        assert {k: rows[engine][k] for k in expected} == expected, engine
    # Table 14 covers the 13 benchmarked engines
    assert set(rows) == set(src.benchmarked())


def test_table_14_row_labels_read_as_an_engine_say_so(data) -> None:
    for row in data["evaluation"]["defaults"]:
        if row["label"] in ("DeepSpeed", "TRT"):
            assert row["inference"], row["label"]


# --- Table 12 ------------------------------------------------------------------------------------------------------


def test_servers_are_table_12_in_the_rows_order(data) -> None:
    block = src.table12_block().split("Server 2 (mid-spec) ", 1)[1]
    labels = ["CPU", "Memory", "OS", "GPU Name", "Memory", "Interconnection"]
    cells, pos = [], 0
    for label, nxt in zip(labels, [*labels[1:], None], strict=True):
        start = block.index(label + " ", pos) + len(label) + 1
        end = block.index(" " + nxt + " ", start) if nxt else len(block)
        cells.append(block[start:end])
        pos = end
    servers = data["evaluation"]["servers"]
    assert [s["id"] for s in servers] == ["h100-server", "a6000-server", "jetson-orin"]
    fields = ["cpu", "memory", "os", "gpu", "gpu_memory", "interconnect"]
    for field, row in zip(fields, cells, strict=True):
        values = [s[field] or "-" for s in servers]
        if field == "gpu":  # "NVIDIA Ampere c GPU": the stray "c" is an extraction artefact, and says so
            assert row == " ".join(values).replace("Ampere GPU", "Ampere c GPU")
            assert '"NVIDIA Ampere c GPU"' in servers[2]["cite"]["inference"]
        else:
            assert row == " ".join(values), field
    for s in servers:  # the scrambled header is an inference, recorded
        assert "header" in s["cite"]["inference"] or "Server 1" in s["cite"]["inference"]
    assert "NVIDIA Jetson Orin AGX 32GB board" in src.paper_flat()
    assert servers[2]["device"] == "NVIDIA Jetson Orin AGX 32GB"


# --- §6's measured figures -------------------------------------------------------------------------------------------


def _series(data) -> list[dict]:  # type: ignore[type-arg]
    return data["evaluation"]["series"]  # type: ignore[no-any-return]


def test_every_quote_is_in_the_paper(data) -> None:
    for s in _series(data):
        assert src.find_quote(src.paper_flat(), s["quote"]) >= 0, s["quote"]
        for also in s["also"]:
            assert src.find_quote(src.list_flat(), also["quote"]) >= 0, also["quote"]


def test_every_figure_is_a_number_of_its_quote_and_each_condition_of_its_sentence(data) -> None:
    for s in _series(data):
        stated = src.numbers(s["quote"])
        around = src.numbers(_window(s["quote"]))
        for at, value in s["points"]:
            assert value in stated, (s["engine"], s["model"], value, s["quote"])
            if at is not None:  # the levels may be named once, in the sentence before ("Under the same conditions")
                # … or once for the paragraph, which the series' inference then says
                paragraph = src.numbers(_window(s["quote"], 1500))
                assert at in around or (s["inference"] and at in paragraph), (s["engine"], s["model"], at)
                if at not in stated:  # a level named outside the quote is a reading, and says so
                    assert s["inference"] and ("level" in s["inference"] or "concurrency 1, 2 and 4" in s["inference"])
        for also in s["also"]:  # the list restates one figure of the series
            assert any(v in src.numbers(also["quote"]) for _, v in s["points"]), also


def _window(quote: str, before: int = 700) -> str:
    position = src.find_quote(src.paper_flat(), quote)
    end = position + len(quote.rsplit(" […] ", maxsplit=1)[-1]) + 200
    return src.paper_flat()[max(0, position - before) : end]


def test_each_series_names_its_engine_device_and_model_where_the_text_does(data) -> None:
    for s in _series(data):
        around = _window(s["quote"])
        assert any(n in around for n in src.ENGINE_SPELLINGS[s["engine"]]), (s["engine"], s["quote"])
        model_spellings = (s["model"], *src.MODEL_SPELLINGS.get(s["model"], ()))
        assert any(src.squash(m) in src.squash(around) for m in model_spellings), (s["model"], s["quote"])
        if s["model"] in src.MODEL_SPELLINGS:
            assert s["inference"], s["model"]
        section = src.section_of(s["quote"])
        environment, setup = src.SECTIONS[section]
        assert s["setup"] == setup, s["quote"]
        if environment == "edge":
            assert s["hardware"] == "jetson-orin"
        else:
            assert src.DEVICE_SPELLINGS[s["hardware"]] in around or s["inference"], s["quote"]


def test_fixed_conditions_are_the_rules_of_section_6_2_1(data) -> None:
    names = ("concurrency", "prompt_tokens", "output_tokens")
    for s in _series(data):
        environment = src.SECTIONS[src.section_of(s["quote"])][0]
        kind = s["metric"] if s["metric"] in ("ttft", "tbt") else "load"
        *fixed, words = src.RULES[(kind, environment)]
        assert src.rule_is_stated(words), words
        (varied,) = [n for n, v in zip(names, fixed, strict=True) if v is None]
        for name, value in zip(names, fixed, strict=True):
            if name != varied:
                assert s[name] == value, (s["engine"], s["metric"], s["model"], name)
        assert s["vary"] in (None, varied), (s["engine"], s["metric"], s["model"])
        if s["vary"] == varied:
            assert s[varied] is None
        else:  # one figure: the level of the varied condition is stated in its sentence
            assert s[varied] in src.numbers(_window(s["quote"], 1500)), (s["engine"], s["metric"], s["quote"])


def test_llama2_7b_concurrency_64_figures_are_the_lists_and_the_papers(data) -> None:
    expected = src.list_llama2_c64()
    got: dict[str, dict[str, float]] = {}
    for s in _series(data):
        if s["model"] == "Llama-2-7B-hf" and s["metric"] in expected:
            for at, value in s["points"]:
                if (at if s["vary"] == "concurrency" else s["concurrency"]) == 64:
                    got.setdefault(s["metric"], {})[s["engine"]] = value
                    assert s["hardware"] == "h100-server" and s["setup"] == "server-full"
    assert got == expected


def test_findings_are_quotes_of_their_source(data) -> None:
    for f in data["evaluation"]["findings"]:
        text = src.paper_flat() if f["source"] == "paper-v3" else src.list_flat()
        assert f["quote"] in text, f["quote"]


def test_only_ollama_and_llama_cpp_passed_all_jetson_tests(data) -> None:
    quote = "Only Ollama and LLaMA.cpp passed all tests."
    assert quote in src.experiments()
    (finding,) = [f for f in data["evaluation"]["findings"] if f["quote"] == quote]
    assert finding["engines"] == ["ollama", "llama-cpp"] and finding["hardware"] == "jetson-orin"
    assert data["evaluation"]["edge_benchmarked"]["engines"] == ["ollama", "llama-cpp"]


def test_figure_readings_and_unreadable_cells_are_left_out(data) -> None:
    text = json.dumps(data)
    # TGI's success rate at concurrency 64 prints as "25.%": not transcribed
    (tgi,) = [s for s in _series(data) if s["engine"] == "tgi" and s["metric"] == "success_rate"]
    assert 64 not in [at for at, _ in tgi["points"]] and "25.%" in tgi["inference"]
    # Table 16 (scrambled headers) is not a source of any fact
    assert "Table 16" not in text.replace("after Table 16", "")


# --- the list's later entries -----------------------------------------------------------------------------------------


def test_listed_entries_are_the_lists_additions(data) -> None:
    entries = {e["name"]: e for e in data["listed"]["entries"]}
    assert set(entries) == set(src.later_entries())
    for name, expected in src.later_entries().items():
        got = entries[name]
        assert got["kind"] == expected["kind"], name
        assert got["repository"] == expected["repository"], name
        assert got["webpage"] == expected["webpage"], name
        if name == "Project Zero":
            continue  # the papers on its line are PowerInfer's (below)
        assert got["papers"] == expected["papers"], name


def test_listed_dates_and_commits_are_the_upstream_history(data) -> None:
    history = src.history()
    for entry in data["listed"]["entries"] + data["listed"]["techniques"]:
        key = next(k for k in history if entry["name"].startswith(k))
        commit, merge, reached = history[key]
        assert entry["listed"] == reached, entry["name"]
        assert entry["commit"].split()[0] == commit and entry["merge"] == merge, entry["name"]


def test_project_zero_has_no_papers_and_powerinfer_keeps_both(data, cli) -> None:
    # The list at cca7861 prints PowerInfer's papers on the Project Zero line; upstream-history.md records it as
    # a mistake not to import.
    papers = src.later_entries()["Project Zero"]["papers"]
    assert papers == ["https://arxiv.org/abs/2312.12456", "https://arxiv.org/abs/2406.06282"]
    assert "2312.12456" in src.mistakes() and "2406.06282" in src.mistakes()
    (zero,) = [e for e in data["listed"]["entries"] if e["id"] == "project-zero"]
    assert zero["papers"] == []
    powerinfer = json.loads(cli("show", "powerinfer", "--json").stdout)
    assert powerinfer["links"]["papers"] == papers


def test_supercompress_is_not_imported(data) -> None:
    assert "SuperCompress" in src.the_list() and "SuperCompress" in src.mistakes()
    text = json.dumps(data).casefold()
    assert "oracle recall" not in text and "~65%" not in text
    assert not any("supercompress" in e["id"] for e in data["listed"]["entries"])


def test_minedraft_is_in_its_category_with_its_reference(data) -> None:
    heading, name, description, reference = src.minedraft_row()
    (t,) = data["listed"]["techniques"]
    assert heading.endswith("Sampling Optimization") and t["section"] == "Sampling Optimization"
    assert (t["name"], t["category"], t["description"]) == (name, "sampling", description)
    assert [f"[{r['label']}]({r['url']})" for r in t["references"]] == [reference]


def test_the_journal_doi_is_the_lists_citation(data) -> None:
    bib = src.journal()
    j = data["listed"]["journal"]
    assert (j["doi"], j["url"], str(j["year"]), j["note"], j["title"]) == (
        bib["doi"], bib["url"], bib["year"], bib["note"], bib["title"]
    )  # fmt: skip
    assert bib["journal"] in j["journal"]


def test_evaluation_json_reads_in_a_fresh_process() -> None:
    result = run_process("results", "--model", "llama-2-7b", "--concurrency", "64", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    got = {(r["metric"], r["engine"]): r["value"] for r in json.loads(result.stdout)}
    expected = {(m, e): v for m, row in src.list_llama2_c64().items() for e, v in row.items()}
    assert {k: got[k] for k in expected} == expected
