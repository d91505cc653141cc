"""Findings of an adversarial review of devices, readings and --why-not, checked against the SOURCE text."""

from __future__ import annotations

import json
import re

import pytest

from . import source_editions as ed
from . import source_tables as src

# Devices people type that the survey list never names (its vendor links, Mobile / Edge details and pricing rows
# name A100, H100, H200, Radeon, Arc, TPU v4/v5e/v5p, MI200, MI300X, Gaudi 2/3, Ascend, Inferentia 1/2, Jetson,
# Snapdragon, Adreno, Mali, Apple, MTT, SDAA and the Groq LPU).
UNNAMED = ["rtx-4090", "RTX 4090", "l4", "l40s", "a10g", "t4", "v100", "b200", "mi250", "mi325x", "tpu-v6e", "m2",
           "jetson orin", "trainium"]  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def test_the_unnamed_devices_are_not_in_the_source() -> None:
    text = _squash(src.LIST_FILE.read_text(encoding="utf-8"))
    for name in UNNAMED:
        # "m2" and "l4" are too short to be searched as words; the others must not occur at all
        if len(_squash(name)) > 2:
            assert _squash(name) not in text, name


@pytest.mark.parametrize("typed", UNNAMED)
def test_a_device_the_source_does_not_name_is_refused_not_mapped(cli, typed: str) -> None:
    result = cli("find", "--hw", typed, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()  # one line, no traceback
    assert line.startswith(f"error: unknown hardware {typed!r}")
    assert "'llmengines devices'" in line and "--hw nvidia" in line  # where the named ones are; how to ask a column


def test_rank_json_carries_how_the_filters_were_read(cli) -> None:
    expected = {e for e, items in src.edge_details().items() if "NVIDIA Jetson" in items}
    result = cli("rank", "--by", "throughput", "--hw", "jetson", "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert {r["id"] for r in records} == expected
    for record in records:
        [reading] = record["match"]["readings"]
        assert reading["word"] == "jetson" and reading["kind"] == "device"
    assert "note: --hw jetson read as NVIDIA Jetson" in result.stderr
    unfiltered = json.loads(cli("rank", "--by", "throughput", "--json").stdout)
    assert all("match" not in r for r in unfiltered)  # nothing asked, nothing read


def test_rank_json_by_category_is_kept_apart(cli) -> None:
    result = cli("rank", "--by", "throughput", "--technique", "eagle", "--json")
    assert result.exit_code == 0, result.stderr
    spec = src.techniques()
    records = json.loads(result.stdout)
    assert {r["id"] for r in records} == {e for e, row in spec.items() if row["speculative-decoding"] == "yes"}
    for record in records:
        assert "techniques.speculative-decoding" not in record["match"]["matched"]
        assert record["match"]["by_category"] == ["techniques.speculative-decoding"]


AMBIGUOUS_PRIORITIES = ["speed", "fast", "faster", "quick", "performance", "perf"]


@pytest.mark.parametrize("word", AMBIGUOUS_PRIORITIES)
def test_an_ambiguous_priority_is_asked(cli, word: str) -> None:
    result = cli("recommend", "--priority", word)
    assert result.exit_code == 2
    assert "could mean more than one thing: did you mean throughput or latency?" in result.stderr


@pytest.mark.parametrize("typo", ["cost", "cheap", "fsat", "speeed", "lat"])
def test_a_priority_suggestion_is_never_a_word_that_is_asked(cli, typo: str) -> None:
    # 'fast' was an alias of latency as well as an ambiguous word: "did you mean 'fast' (latency)?" then refused it
    result = cli("recommend", "--priority", typo)
    assert result.exit_code == 2
    suggested = re.findall(r"'([^']+)'", result.stderr.split("did you mean", 1)[-1])
    assert not set(suggested) & set(AMBIGUOUS_PRIORITIES), result.stderr


def test_metal_note_reads_as_a_sentence(cli) -> None:
    result = cli("find", "--hw", "metal", "--json")
    assert result.exit_code == 0
    assert "note: --hw metal read as an Apple Silicon Mac" in result.stderr
    assert "read as Metal is" not in result.stderr


@pytest.mark.parametrize(
    ("option", "typed", "header", "belongs"),
    [
        ("--technique", "fp8", "FP8", "--precision"),  # a header of the Numeric Precision Support Matrix
        ("--technique", "linux", "Linux", "--os"),  # a header of the Hardware Support Matrix (OS columns)
        ("--hw", "fp8", "FP8", "--precision"),
        ("--hw", "lora", "LoRA", "--technique"),  # a header of the Optimization Coverage Matrix
        ("--technique", "h100", "NVIDIA H100", "--hw"),  # a vendor link under the hardware matrix
    ],
)
def test_a_value_given_to_the_wrong_option_names_the_right_one(
    cli, option: str, typed: str, header: str, belongs: str
) -> None:
    text = src.LIST_FILE.read_text(encoding="utf-8")
    assert header in text  # the source names it, under the other option's table
    result = cli("find", option, typed, "--json")
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.endswith(f"did you mean {belongs} {typed}?"), line


def test_recommend_relaxation_names_the_device_as_typed(cli) -> None:
    prec, tech, hw = ed.precisions(), src.techniques(), src.hardware()  # the default view: Table 11's precisions
    without_hw = [e for e in prec if prec[e]["fp8"] == "yes" and tech[e]["radix-attention"] == "yes"]
    assert without_hw and not [e for e in without_hw if hw[e]["tpu"] == "yes"]  # the question has this shape
    result = cli("recommend", "--hw", "tpu-v5e", "--precision", "fp8", "--technique", "radix-attention")
    assert result.exit_code == 0 and result.stdout.count("\n") <= 1  # nothing meets all three
    noun = "engine" if len(without_hw) == 1 else "engines"
    assert f"drop --hw tpu-v5e: {len(without_hw)} {noun}" in result.stderr, result.stderr
    assert "drop --hw tpu:" not in result.stderr


def test_why_not_names_the_criterion_as_typed_and_the_source_column(cli) -> None:
    hw = src.hardware()
    assert hw["max"]["amd-instinct"] == "no"  # MAX: AMD Instinct ❌ in the Hardware Support Matrix
    result = cli("find", "--hw", "mi300x", "--why-not", "max", "--json")
    [row] = json.loads(result.stdout)
    assert row["criterion"] == "--hw mi300x"
    assert (row["key"], row["column"], row["source_says"]) == ("hardware.amd-instinct", "AMD Instinct", "❌")
