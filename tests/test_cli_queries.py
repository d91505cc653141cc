"""End-to-end tests of find, compare, rank, facets and matrix: filters, semantics, errors, layout, formats."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import pytest

from llmengines.environment import Environment
from llmengines.errors import ExitCode
from llmengines.render import OutputFormat
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, TECHNIQUE_IDS


def ids(cli, *args: str) -> list[str]:
    result = cli("find", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return [r["id"] for r in json.loads(result.stdout)]


@pytest.fixture
def terminal(monkeypatch):  # type: ignore[no-untyped-def]
    """Pretend stdout is an 80-column terminal without colour (as `COLUMNS=80` on a real one)."""

    def force(width: int = 80, unicode: bool = True) -> None:
        fake = Environment(stdout_isatty=True, color=False, width=width, unicode=unicode)
        monkeypatch.setattr(Environment, "detect", classmethod(lambda cls, **kw: fake))

    force()
    return force


# --- filters: parsing ---------------------------------------------------------------------------------------------


def test_comma_separated_equals_repeated(cli) -> None:
    assert ids(cli, "--hw", "rocm,cuda") == ids(cli, "--hw", "rocm", "--hw", "cuda")
    assert ids(cli, "--technique", "lora,fsdp", "--any") == ids(cli, "--opt", "lora", "--opt", "fsdp", "--any")


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("rocm", "amd-gpu"),
        ("CUDA", "nvidia"),
        ("sycl", "intel-gpu"),
        ("AMD GPU (ROCm/HIP)", "amd-gpu"),
    ],
)
def test_hardware_aliases_mean_their_id(cli, alias: str, canonical: str) -> None:
    assert ids(cli, "--hw", alias) == ids(cli, "--hw", canonical)


def test_other_filter_aliases(cli) -> None:
    assert ids(cli, "--os", "mac") == ids(cli, "--platform", "macos")
    assert ids(cli, "--opt", "tp") == ids(cli, "--technique", "tensor-parallelism")
    assert ids(cli, "--scale", "multi") == ids(cli, "--scale", "multi-node")
    assert ids(cli, "--org-type", "bigtech") == ids(cli, "--org-type", "big-tech")
    assert ids(cli, "--min-stars", "10k") == ids(cli, "--min-stars", "10000")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hw", "rcom"], "unknown hardware 'rcom' — did you mean 'rocm'"),
        (["--precision", "fp9"], "unknown precision 'fp9' — did you mean "),
        (["--technique", "paged-atention"], "unknown technique 'paged-atention' — did you mean 'paged-attention'"),
        (["--os", "linx"], "unknown platform 'linx' — did you mean 'linux'"),
        (["--scale", "mutli"], "unknown scale 'mutli' — did you mean 'multi'"),
        (["--devices", "hetro"], "unknown device class 'hetro' — did you mean "),
        (["--org-type", "acadmic"], "unknown org type 'acadmic' — did you mean 'academic'"),
        (["--open-source", "maybe"], "unknown open-source value 'maybe'"),
        (["--min-stars", "lots"], "--min-stars takes a number such as 1000 or 10k, not 'lots'"),
        (["--oss", "--open-source", "no"], "--oss is short for --open-source yes,partial"),
        (["--sort", "stras"], "unknown sort key 'stras' — did you mean 'stars'"),
        (["--limit", "0"], "--limit"),
        (["--hww", "rocm"], "No such option: --hww"),
    ],
)
def test_bad_filters_are_one_line_usage_errors(cli, args: list[str], message: str) -> None:
    result = cli("find", *args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "--by", "thruput"],
        ["rank", "--weights", "throughput=x"],
        ["rank", "--weights", "throughput=-1"],
        ["rank", "--weights", "throughput=0"],
        ["rank", "--weights", "throughput=1,throughput=2"],
        ["rank", "--weights", "speed=1"],
        ["rank"],
        ["rank", "--by", "stars", "--weights", "latency=1"],
        ["rank", "--by", "stars", "--top", "0"],
        ["facets", "colour"],
        ["facets"],
        ["matrix", "memory"],
        ["matrix", "hardware", "--engines", "vlm"],
        ["compare", "vllm"],
        ["compare", "vllm", "vLLM"],
        ["compare", "vllm", "nosuch"],
        ["compare", "vllm", "sglang", "--section", "hardwre"],
        ["find", "--hw", "rocm", "--fields", "nmae"],
        ["rank", "--bye", "stars"],
        ["compare", "vllm", "sglang", "--dif"],
        ["facets", "hardware", "--hw", "tpuu"],
        ["matrix", "precision", "--precision", "fp7"],
        ["rank", "--by", "stars", "--scale", "big"],
        ["find", "--min-stars", "-5"],
    ],
)
def test_bad_query_arguments_never_print_a_traceback(cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr


def test_misspelled_engine_in_compare_suggests(cli) -> None:
    result = cli("compare", "vllm", "sglnag")
    assert result.stderr.startswith("error: unknown engine 'sglnag' — did you mean 'sglang'")


def test_misspelled_rank_key_suggests(cli) -> None:
    assert "did you mean 'throughput'" in cli("rank", "--by", "througput").stderr


# --- filters: semantics -----------------------------------------------------------------------------------------


def test_all_of_is_the_intersection_and_any_of_the_union_for_every_pair() -> None:
    from llmengines.dataset import bundled
    from llmengines.filters import parse, select

    engines = bundled().engines
    for key, ids_ in (("hardware", HARDWARE_IDS), ("platforms", PLATFORM_IDS), ("precisions", PRECISION_IDS),
                      ("techniques", TECHNIQUE_IDS)):  # fmt: skip
        alone = {i: {e.id for e in select(engines, parse(**{key: [i]}))} for i in ids_}
        for a in ids_:
            for b in ids_:
                both = {e.id for e in select(engines, parse(**{key: [a, b]}))}
                either = {e.id for e in select(engines, parse(**{key: [a, b]}, any_of=True))}
                assert both == alone[a] & alone[b], (key, a, b)
                assert either == alone[a] | alone[b], (key, a, b)


def test_any_through_the_cli(cli) -> None:
    tpu, ascend = set(ids(cli, "--hw", "tpu")), set(ids(cli, "--hw", "ascend"))
    assert set(ids(cli, "--hw", "tpu,ascend", "--any")) == tpu | ascend
    assert set(ids(cli, "--hw", "tpu,ascend")) == tpu & ascend


def test_unknown_is_not_no_and_include_unknown_marks_it(cli) -> None:
    plain = json.loads(cli("find", "--technique", "fsdp", "--json").stdout)
    assert "friendli-inference" not in {r["id"] for r in plain}  # its FSDP cell is "-" in the source
    assert all(r["match"] == {"status": "match", "matched": ["techniques.fsdp"], "unknown": [], "failed": []}
               for r in plain)  # fmt: skip
    wide = {r["id"]: r for r in json.loads(cli("find", "--technique", "fsdp", "--include-unknown", "--json").stdout)}
    assert {r["id"] for r in plain} < set(wide)
    friendli = wide["friendli-inference"]
    assert friendli["match"] == {"status": "unknown", "matched": [], "unknown": ["techniques.fsdp"], "failed": []}
    assert friendli["techniques"]["fsdp"] == "unknown"
    # The unknown ones are exactly those whose cell is unknown.
    assert {k for k, r in wide.items() if r["match"]["status"] == "unknown"} == {
        k for k, r in wide.items() if r["techniques"]["fsdp"] == "unknown"
    }


def test_unknown_and_no_combine_to_no(cli) -> None:
    # GroqCloud: Data Parallelism ✅, Dynamic Batching "-", NVIDIA ❌ → ruled out even with --include-unknown.
    out = ids(cli, "--technique", "dynamic-batching", "--hw", "nvidia", "--include-unknown")
    assert "groqcloud" not in out and "friendli-inference" in out


def test_scalar_filters(cli) -> None:
    records = json.loads(cli("find", "--scale", "multi-node", "--devices", "homogeneous", "--json").stdout)
    assert {r["id"] for r in records} == {"distserve", "tensorrt-llm", "groqcloud"}  # the deployment table's cell
    assert all(r["open_source"] in ("yes", "partial") for r in json.loads(cli("find", "--oss", "--json").stdout))
    assert set(ids(cli, "--oss")) == set(ids(cli, "--open-source", "yes,partial"))
    assert set(ids(cli, "--commercial")) == {"friendli-inference", "fireworks-ai", "groqcloud", "together-inference"}
    assert set(ids(cli, "--self-hosted")).isdisjoint(ids(cli, "--commercial"))
    assert len(ids(cli, "--self-hosted")) + len(ids(cli, "--commercial")) == 25
    big = json.loads(cli("find", "--min-stars", "40k", "--json").stdout)
    # The newest figures, paper v3's Table 4 (Sep. 2025): 153.0K, 86.6K, 58.3K, 45.6K, 40.1K.
    assert {r["id"] for r in big} == {"ollama", "llama-cpp", "vllm", "unsloth", "deepspeed-fastgen"}
    old = json.loads(cli("--source", "list", "find", "--min-stars", "40k", "--json").stdout)
    assert {r["id"] for r in old} == {"ollama", "llama-cpp", "vllm"}  # the list's: 136K, 77.6K, 43.4K
    # Services have no star figure: unknown, not zero.
    unknown = json.loads(cli("find", "--min-stars", "1", "--include-unknown", "--json").stdout)
    assert {r["id"] for r in unknown if r["match"]["status"] == "unknown"} == set(ids(cli, "--commercial"))


def test_org_type_is_any_of(cli) -> None:
    academic, startup = set(ids(cli, "--org-type", "academic")), set(ids(cli, "--org-type", "startup"))
    assert set(ids(cli, "--org-type", "academic,startup")) == academic | startup


def test_no_match_is_success_with_a_hint_naming_the_worst_filter(cli) -> None:
    result = cli("find", "--hw", "nvidia", "--precision", "mxfp6", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert result.stderr.startswith("hint: no engines match --hw nvidia --precision mxfp6; --precision mxfp6 alone")
    assert "rules out 25 of 25" in result.stderr
    tsv = cli("find", "--hw", "groq-lpu", "--precision", "fp8")
    assert tsv.exit_code == 0 and len(tsv.stdout.splitlines()) == 1  # the header row only


def test_no_match_hint_points_at_unknowns(cli) -> None:
    result = cli("find", "--technique", "fsdp", "--commercial", "--scale", "single-node", "--json")
    assert json.loads(result.stdout) == []
    assert "--include-unknown" in result.stderr  # Friendli Inference's FSDP cell is "-"


def test_sort_and_limit(cli) -> None:
    by_stars = json.loads(cli("find", "--oss", "--sort", "stars", "--json").stdout)
    stars = [r["github_stars"] for r in by_stars]
    assert stars == sorted(stars, reverse=True)
    names = [r["name"] for r in json.loads(cli("find", "--sort", "name", "--json").stdout)]
    assert names == sorted(names, key=str.casefold)
    released = [r["released"] for r in json.loads(cli("find", "--sort", "release", "--json").stdout)]
    assert released == sorted(released, reverse=True)
    tp = json.loads(cli("find", "--sort", "throughput", "--limit", "3", "--json").stdout)
    assert [r["id"] for r in tp][:2] == ["tensorrt-llm", "distserve"] and len(tp) == 3
    assert len(json.loads(cli("find", "--limit", "2", "--json").stdout)) == 2
    commercial_last = [r["id"] for r in json.loads(cli("find", "--sort", "stars", "--json").stdout)][-4:]
    assert set(commercial_last) == {"friendli-inference", "fireworks-ai", "groqcloud", "together-inference"}


def test_explain_in_every_view(cli, terminal) -> None:
    table = cli("find", "--technique", "fsdp", "--include-unknown", "--explain").stdout
    assert "matched techniques.fsdp" in table and "unknown techniques.fsdp" in table
    assert max(len(line) for line in table.splitlines()) <= 80


def test_find_table_has_a_column_per_requested_cell(cli) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("find", "--hw", "rocm", "--precision", "fp8").stdout), delimiter="\t"))
    assert {"hardware.amd-gpu", "precisions.fp8"} <= set(rows[0])
    assert {r["hardware.amd-gpu"] for r in rows} == {"yes"}


def test_find_records_are_export_records_plus_match(cli) -> None:
    exported = {e["id"]: e for e in json.loads(cli("export").stdout)["engines"]}
    for record in json.loads(cli("find", "--hw", "nvidia", "--json").stdout):
        match = record.pop("match")
        assert match["status"] == "match"
        # What every engine record adds to the export's: the source of its stars, its disputed/corrected cells.
        assert record.pop("stars_source") in (None, "paper-v3")
        assert set(record.pop("disputed")) | set(record.pop("corrected")) <= {
            f"{d['field']}" for d in json.loads(cli("export").stdout)["disputes"] if d["engine"] == record["id"]
        }
        expected = dict(exported[record["id"]])
        expected["stars_as_of"] = record["stars_as_of"]  # filled in with the snapshot date, as in list
        assert record == expected


# --- compare ----------------------------------------------------------------------------------------------------


def test_compare_json_has_sections_and_export_records(cli) -> None:
    data = json.loads(cli("compare", "vllm", "sglang", "--json").stdout)
    assert [e["id"] for e in data["engines"]] == ["vllm", "sglang"]
    assert [s["id"] for s in data["sections"]] == [
        "overview",
        "hardware",
        "deployment",
        "precisions",
        "techniques",
        "scores",
        "evaluation",
    ]  # fmt: skip  (no pricing: neither is a service; evaluation: paper v3 §6, both installed)
    rows = {r["key"]: r for s in data["sections"] for r in s["rows"]}
    assert rows["hardware.amd-gpu"]["values"] == {"vllm": "yes", "sglang": "no"}
    assert rows["hardware.amd-gpu"]["differs"] is True
    assert rows["precisions.fp8"] == {"field": "FP8", "key": "precisions.fp8", "differs": False,
                                      "values": {"vllm": "yes", "sglang": "yes"}}  # fmt: skip
    assert rows["techniques.radix-attention"]["values"] == {"vllm": "no", "sglang": "yes"}
    # Every value in the comparison is the engine record's own value at that key.
    for key, row in rows.items():
        for engine in data["engines"]:
            value = engine
            for part in key.split("."):
                value = None if value is None else value[part]  # null part way: the source has nothing there
            assert row["values"][engine["id"]] == value, key


def test_compare_diff_keeps_only_differing_rows(cli) -> None:
    full = json.loads(cli("compare", "vllm", "sglang", "tensorrt-llm", "--json").stdout)
    diff = json.loads(cli("compare", "vllm", "sglang", "tensorrt-llm", "--diff", "--json").stdout)
    differing = [r["key"] for s in full["sections"] for r in s["rows"] if r["differs"]]
    assert [r["key"] for s in diff["sections"] for r in s["rows"]] == differing
    assert all(len({json.dumps(v) for v in r["values"].values()}) > 1 for s in diff["sections"] for r in s["rows"])
    assert "hardware.nvidia" not in differing  # all three support NVIDIA


def test_compare_diff_with_nothing_different(cli) -> None:
    result = cli("compare", "vllm", "sglang", "--diff", "--section", "deployment", "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["sections"] == []
    assert (
        "no differences" in cli("compare", "vllm", "sglang", "--diff", "--section", "deployment", "-o", "table").stdout
    )


def test_compare_sections_and_pricing(cli) -> None:
    data = json.loads(cli("compare", "groqcloud", "together-ai", "--section", "pricing,deployment", "--json").stdout)
    assert [s["id"] for s in data["sections"]] == ["deployment", "pricing"]
    rows = {r["field"]: r["values"] for r in data["sections"][1]["rows"]}
    assert rows["Llama 3.1 8B"]["groqcloud"] == {"input": 0.05, "output": 0.08, "footnotes": []}
    assert rows["DeepSeek-R1"]["groqcloud"]["footnotes"] == ["groq-deepseek-r1-distill"]
    table = cli("compare", "groqcloud", "together-ai", "--section", "pricing", "-o", "table").stdout
    assert "0.75/0.99*" in table and "not DeepSeek-R1" in " ".join(table.split())


def test_compare_accepts_commas_and_aliases(cli) -> None:
    data = json.loads(cli("compare", "vLLM,trt-llm", "LLaMA.cpp", "--json").stdout)
    assert [e["id"] for e in data["engines"]] == ["vllm", "tensorrt-llm", "llama-cpp"]


@pytest.mark.parametrize(
    "args", [["vllm", "sglang"], ["vllm", "sglang", "tensorrt-llm", "--diff"], ["vllm", "sglang", "tensorrt-llm"]]
)
def test_compare_reads_well_on_80_columns(cli, terminal, args: list[str]) -> None:
    out = cli("compare", *args).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    for title in ("Overview", "Numeric precisions", "Optimization techniques", "Survey scores (0–5)"):
        assert any(line.strip() == title for line in lines), title
    header = next(line for line in lines if "vLLM" in line and "SGLang" in line and " vs " not in line)
    assert header.split() == ["vLLM", "SGLang", *(["TensorRT-LLM"] if "tensorrt-llm" in args else [])]
    amd = next(line for line in lines if "AMD GPU (ROCm/HIP)" in line)
    assert amd.split()[0] == "≠" and amd.split()[-3:][-2:] in (["✓", "✗"], ["✗", "✗"])
    assert "█" in out  # scores drawn as bars
    if "--diff" not in args:
        nvidia = next(line for line in lines if "NVIDIA GPU (CUDA)" in line)
        assert not nvidia.lstrip().startswith("≠")
    else:
        assert "NVIDIA GPU (CUDA)" not in out


def test_compare_without_unicode_uses_ascii(cli, terminal) -> None:
    terminal(unicode=False)
    out = cli("compare", "vllm", "sglang").stdout
    assert "* AMD GPU (ROCm/HIP)" in out and " yes " in out and "#" in out
    assert not any(ord(ch) > 127 for ch in out)


# --- rank -------------------------------------------------------------------------------------------------------


def test_rank_by_throughput_top_5_is_the_documented_order(cli) -> None:
    records = json.loads(cli("rank", "--by", "throughput", "--top", "5", "--json").stdout)
    # Survey throughput: TensorRT-LLM 5.0, DistServe 4.2, then vLLM, DeepSpeed-FastGen and MLC LLM tie at 4.1
    # and are ordered by stars (43.4K, 37.7K, 20.3K).
    assert [r["id"] for r in records] == ["tensorrt-llm", "distserve", "vllm", "deepspeed-fastgen", "mlc-llm"]
    assert [r["rank"] for r in records] == [1, 2, 3, 4, 5]
    assert [r["score"] for r in records] == [5.0, 4.2, 4.1, 4.1, 4.1]
    assert records[0]["figures"]["throughput"] == {"raw": 5.0, "value": 5.0, "weight": 1.0, "detail": "5.0",
                                                   "uncertain": False, "counted": True}  # fmt: skip


def test_rank_weighted_mix_multi_node_is_the_documented_order(cli) -> None:
    records = json.loads(cli("rank", "--weights", "throughput=2,latency=1", "--scale", "multi-node", "--json").stdout)
    assert [r["id"] for r in records] == [
        "tensorrt-llm",  # (2×5.0 + 3.3) / 3 = 4.433
        "distserve",  # (2×4.2 + 3.4) / 3 = 3.933
        "vllm",  # (2×4.1 + 3.3) / 3 = 3.833
        "deepspeed-fastgen",  # (2×4.1 + 2.5) / 3 = 3.567
        "sglang",  # (2×3.4 + 2.5) / 3 = 3.1
        "lmdeploy",  # (2×3.4 + 1.6) / 3 = 2.8
        "litgpt",  # (2×2.5 + 3.3) / 3 = 2.767
        "fireworks-ai",  # (2×1.7 + 2.5) / 3 = 1.967, tied with GroqCloud; neither has stars: by id
        "groqcloud",  # (2×2.5 + 0.9) / 3 = 1.967
        "together-inference",  # (2×0.9 + 1.7) / 3 = 1.167
    ]
    assert [r["score"] for r in records][:3] == [4.433, 3.933, 3.833]
    assert all(r["deployment"]["scale"] == "multi-node" for r in records)


def test_rank_by_stars_puts_missing_figures_last(cli) -> None:
    records = json.loads(cli("rank", "--by", "stars", "--json").stdout)
    assert [r["id"] for r in records][:3] == ["ollama", "llama-cpp", "vllm"]
    assert [r["score"] for r in records][-4:] == [None] * 4
    assert records[0]["score"] == 5.0
    scores = [r["score"] for r in records if r["score"] is not None]
    assert scores == sorted(scores, reverse=True)


def test_rank_by_breadth(cli) -> None:
    records = json.loads(cli("rank", "--by", "hardware", "--json").stdout)
    top = records[0]
    assert top["id"] == "vllm"  # 11 of 14 hardware columns (with the Ascend erratum)
    assert top["figures"]["hardware"]["raw"] == 11.0 and top["figures"]["hardware"]["detail"] == "11/14"
    assert top["score"] == round(5 * 11 / 14, 3)
    tech = {r["id"]: r for r in json.loads(cli("rank", "--by", "techniques", "--json").stdout)}
    # GroqCloud's coverage row: 9 ✅, 2 ❌ and 12 '-' of 23; the figure is over the 11 cells the source fills.
    assert tech["groqcloud"]["figures"]["techniques"]["detail"] == "9/11 (known 11/23)"
    assert tech["groqcloud"]["score"] == round(5 * 9 / 11, 3)


def test_rank_flags_uncertain_readings(cli) -> None:
    records = {r["id"]: r for r in json.loads(cli("rank", "--by", "ease-of-deployment", "--json").stdout)}
    assert records["groqcloud"]["uncertain"] is True
    assert records["groqcloud"]["figures"]["ease-of-deployment"]["detail"] == "~4.75 (read 4.5–5)"
    assert records["vllm"]["uncertain"] is False
    table = cli("rank", "--by", "ease-of-deployment", "-o", "table").stdout
    assert "~ = uncertain reading" in table


def test_rank_filters_then_ranks(cli) -> None:
    oss = json.loads(cli("rank", "--by", "latency", "--oss", "--top", "3", "--json").stdout)
    assert all(r["open_source"] != "no" for r in oss) and len(oss) == 3


def test_rank_by_several_keys_weighs_them_equally(cli) -> None:
    a = json.loads(cli("rank", "--by", "throughput,latency", "--json").stdout)
    b = json.loads(cli("rank", "--weights", "throughput=1,latency=1", "--json").stdout)
    assert [(r["id"], r["score"]) for r in a] == [(r["id"], r["score"]) for r in b]


def test_rank_table_on_80_columns(cli, terminal) -> None:
    out = cli("rank", "--weights", "throughput=2,latency=1", "--scale", "multi-node").stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "TensorRT-LLM" in out and "4.43" in out and "throughput ×2" in out
    assert "ties: more stars first, then id" in " ".join(out.split())


# --- facets -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["hardware", "os", "precision", "technique", "org-type", "deployment", "scale", "devices", "open-source"]
)
def test_facets_count_every_engine_once_per_value(cli, field: str) -> None:
    records = json.loads(cli("facets", field, "--json").stdout)
    assert records
    for r in records:
        assert r["yes"] + r["no"] + r["unknown"] == 25
        assert len(r["engines"]) == r["yes"] and len(r["unknown_engines"]) == r["unknown"]
    yes = [r["yes"] for r in records]
    assert yes == sorted(yes, reverse=True)


def test_facets_agree_with_find(cli) -> None:
    for record in json.loads(cli("facets", "precision", "--json").stdout):
        assert sorted(record["engines"]) == sorted(ids(cli, "--precision", record["value"]))
    for record in json.loads(cli("facets", "technique", "--json").stdout):
        unknown = json.loads(cli("find", "--technique", record["value"], "--include-unknown", "--json").stdout)
        assert sorted(record["unknown_engines"]) == sorted(
            r["id"] for r in unknown if r["match"]["status"] == "unknown"
        )


def test_categorical_facets_partition_the_engines(cli) -> None:
    records = json.loads(cli("facets", "deployment", "--json").stdout)
    assert sum(r["yes"] for r in records) == 25
    assert {r["value"]: r["yes"] for r in records}["multi-node/homogeneous"] == 3


def test_facets_with_filters(cli) -> None:
    records = json.loads(cli("facets", "hardware", "--commercial", "--json").stdout)
    assert all(r["yes"] + r["no"] + r["unknown"] == 4 for r in records)


def test_facets_table_has_bars(cli, terminal) -> None:
    out = cli("facets", "precision").stdout
    assert "█" in out and "FP16" in out
    assert max(len(line) for line in out.splitlines()) <= 80


# --- matrix -----------------------------------------------------------------------------------------------------


def test_matrix_json_is_the_matrix(cli) -> None:
    records = json.loads(cli("matrix", "precision", "--json").stdout)
    assert len(records) == 25
    assert set(records[0]) == {"id", "name", "precisions", "disputed", "corrected"}
    assert set(records[0]["precisions"]) == set(PRECISION_IDS)
    exported = {e["id"]: e["precisions"] for e in json.loads(cli("export").stdout)["engines"]}
    assert {r["id"]: r["precisions"] for r in records} == exported


def test_matrix_engines_and_filters(cli) -> None:
    records = json.loads(cli("matrix", "hw", "-e", "sglang,vllm", "--json").stdout)
    assert [r["id"] for r in records] == ["sglang", "vllm"]
    multi = json.loads(cli("matrix", "technique", "--scale", "multi-node", "--json").stdout)
    assert len(multi) == 10


def test_matrix_table_is_numbered_with_a_legend_and_fits_80_columns(cli, terminal) -> None:
    out = cli("matrix", "technique").stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "1 Dynamic Batching" in " ".join(lines) and "23 Guided" in out
    assert "?" in out and "✓" in out and "✗" in out


def test_matrix_ascii_fallback(cli, terminal) -> None:
    terminal(unicode=False)
    out = cli("matrix", "technique", "-e", "groqcloud").stdout
    assert not any(ord(ch) > 127 for ch in out)
    assert " ? " in out and "yes" in out


def test_matrix_markdown_has_full_headers(cli) -> None:
    lines = cli("matrix", "precision", "-o", "markdown").stdout.splitlines()
    assert (
        lines[0] == "| Engine | FP32 | FP16 | BF16 | FP8 | FP4 | NF4 | INT8 | INT4 | MXFP8 | MXFP6 | MXFP4 | MXINT8 |"
    )
    assert len(lines) == 27


# --- every format of every command ------------------------------------------------------------------------------

COMMANDS = {
    "find": ["find", "--hw", "rocm", "--precision", "fp8"],
    "compare": ["compare", "vllm", "sglang"],
    "rank": ["rank", "--by", "throughput", "--top", "5"],
    "facets": ["facets", "precision"],
    "matrix": ["matrix", "hardware"],
}
EXPECTED_ROWS = {"find": 4, "rank": 5, "facets": 12, "matrix": 25}


@pytest.mark.parametrize("fmt", list(OutputFormat))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_format_of_every_command(cli, command: str, fmt: OutputFormat) -> None:
    from ruamel.yaml import YAML

    result = cli(*COMMANDS[command], "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    json_form = json.loads(cli(*COMMANDS[command], "--json").stdout)
    if command == "compare":
        flat_rows = sum(len(s["rows"]) for s in json_form["sections"])
        n = flat_rows
    else:
        n = EXPECTED_ROWS[command]
        assert len(json_form) == n
    if fmt is OutputFormat.JSON:
        assert json.loads(out) == json_form
    elif fmt is OutputFormat.JSONL:
        lines = [json.loads(line) for line in out.splitlines()]
        assert lines == ([json_form] if command == "compare" else json_form)
    elif fmt is OutputFormat.YAML:
        assert YAML(typ="safe").load(out) == json_form
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert len(rows) == n
        if command == "compare":
            assert set(rows[0]) == {"section", "field", "key", "differs", "vllm", "sglang"}
            amd = next(r for r in rows if r["key"] == "hardware.amd-gpu")
            assert (amd["vllm"], amd["sglang"], amd["differs"]) == ("yes", "no", "true")
        elif command in ("find", "rank", "matrix"):
            assert [r.get("id") or r.get("name") for r in rows][:1]
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0].startswith("| ") and set(lines[1]) <= set("|-:")
        assert len(lines) == 2 + n
        assert all(line.count("|") == lines[0].count("|") for line in lines if "\\|" not in line)
    else:
        assert out.strip() and "\t" not in out


@pytest.mark.parametrize("command", list(COMMANDS))
def test_fields_select_for_every_command(cli, command: str) -> None:
    field = {"find": "id", "compare": "key", "rank": "id", "facets": "value", "matrix": "id"}[command]
    rows = list(csv.DictReader(io.StringIO(cli(*COMMANDS[command], "-o", "csv", "--fields", field).stdout)))
    assert rows and all(list(r) == [field] for r in rows)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_svg_for_every_command(cli, tmp_path, command: str) -> None:
    target = tmp_path / f"{command}.svg"
    assert cli(*COMMANDS[command], "--json", "--svg", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<svg")


@pytest.mark.parametrize("command", list(COMMANDS))
def test_help_leads_with_examples(cli, command: str) -> None:
    out = cli(command, "--help").stdout
    body = out.split("\n\n")
    examples = [line.strip() for line in out.splitlines() if line.strip().startswith(f"llmengines {command}")]
    assert len(examples) >= 3, out
    # The examples come before the options and right after the one-line summary.
    assert out.index(examples[0]) < out.index("Options:")
    assert body[2].strip().startswith(f"llmengines {command}")
    assert "Exit status: 0 success" in out


def test_filter_options_are_the_same_on_every_filtering_command(cli) -> None:
    def options(command: str, *args: str) -> set[str]:
        out = cli(command, *args, "--help").stdout
        return {word.strip(",") for word in out.split() if word.startswith("--")}

    expected = {"--hw", "--os", "--precision", "--technique", "--opt", "--any", "--scale", "--devices",
                "--open-source", "--oss", "--org-type", "--min-stars", "--commercial", "--self-hosted",
                "--include-unknown"}  # fmt: skip
    for command in ("find", "rank", "facets", "matrix"):
        assert expected <= options(command), command


def test_query_json_imports_no_heavy_modules() -> None:
    script = (
        "import sys\n"
        "from llmengines.cli import main\n"
        "try:\n    main(['find', '--hw', 'rocm', '--precision', 'fp8', '--json'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'ruamel', 'rich', 'rapidfuzz'})\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    *notes, heavy = proc.stderr.splitlines()
    assert heavy == "[]", proc.stderr
    assert all(line.startswith("note: ") for line in notes), notes  # the reading of rocm, stated
    assert len(json.loads(proc.stdout)) == 4


def test_top_level_help_shows_query_examples(cli) -> None:
    out = cli("--help").stdout
    assert "llmengines find --hw rocm --precision fp8" in out and "llmengines rank --by throughput" in out


def test_completion_of_filter_values() -> None:
    from llmengines.cli import complete_ids
    from llmengines.commands import _filters, query

    assert ("rocm,nvidia", "NVIDIA GPU (CUDA)") in complete_ids("hardware")("rocm,nv")
    assert [v for v, _ in _filters._complete_terms(_filters.SCALES)("mu")] == ["multi-node"]
    assert [v for v, _ in query._complete_rank("ease")] == ["ease-of-use", "ease-of-deployment"]
    assert [v for v, _ in query._complete_section("overview,pr")] == ["overview,precisions", "overview,pricing"]
    assert [v for v, _ in query._complete_matrix("te")] == ["technique"]
    assert [v for v, _ in query._complete_facet("o")] == ["org-type", "open-source"]
    assert ("vllm,sglang", "SGLang") in query._complete_engines("vllm,sg")


def test_readme_tour_is_real_output(cli, terminal) -> None:
    """The README's query examples are what the commands print on an 80-column terminal (elided ones skipped)."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ llmengines ((?:find|rank|matrix) [^\n|]*)\n(.*?)```", readme, re.S)
    checked = 0
    for command, shown in blocks:
        if "…" in shown or "--json" in command:
            continue
        result = cli(*command.split())
        printed = result.stdout + "".join(f"{line}\n" for line in result.stderr.splitlines())  # notes, as shown
        assert [line.rstrip() for line in printed.splitlines()] == shown.splitlines(), command
        checked += 1
    assert checked >= 4


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "--weights", "=2"],
        ["rank", "--weights", " = 2,latency=1"],
        ["rank", "--by", ""],
        ["rank", "--by", ","],
    ],
)
def test_rank_without_a_key_is_a_usage_error(cli, args: list[str]) -> None:
    # A weight with no key, or --by with no key at all, once crashed (AssertionError) or ranked by nothing (exit 0).
    result = cli(*args)
    assert result.exit_code == ExitCode.USAGE, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("error: "), result.stderr


def test_rank_with_huge_weights_is_still_the_weighted_mean(cli) -> None:
    # Σ weight overflowed to inf and every score became NaN — printed as invalid JSON. Only the ratio matters.
    big = json.loads(cli("rank", "--weights", "throughput=1e308,latency=1e308", "--json").stdout)
    small = json.loads(cli("rank", "--weights", "throughput=1,latency=1", "--json").stdout)
    assert [(r["id"], r["score"]) for r in big] == [(r["id"], r["score"]) for r in small]
    tiny = json.loads(cli("rank", "--weights", "throughput=1e-320", "--json").stdout)
    vllm = next(r for r in tiny if r["id"] == "vllm")
    assert vllm["score"] == 4.1  # survey-scores.md: vLLM throughput-aware 4.1


@pytest.mark.parametrize("width", [40, 44, 50])
def test_rank_on_a_narrow_terminal_keeps_the_ranks(cli, terminal, width: int) -> None:
    # At 40 columns Rich's last-resort squeeze once cut the '#' column to nothing (and the key's column with
    # it, silently): the places vanished. Source: survey-scores.md, throughput-aware, highest first.
    terminal(width)
    result = cli("rank", "--by", "throughput", "--top", "3")
    lines = result.stdout.splitlines()
    rows = [line.split() for line in lines if any(n in line for n in ("TensorRT-LLM", "DistServe", "vLLM"))]
    assert [row[:2] for row in rows] == [["1", "TensorRT-LLM"], ["2", "DistServe"], ["3", "vLLM"]], result.stdout
    assert all(len(line) <= width for line in lines), result.stdout
    if "throughput" not in lines[1]:
        assert "throughput" in " ".join(lines[-3:]) and "hidden" in " ".join(lines[-3:]), result.stdout


# In the source no engine has MXFP6 (its column is ❌ for all 25), so these queries match nothing.
@pytest.mark.parametrize(
    "args",
    [
        ("find", "--precision", "mxfp6"),
        ("rank", "--by", "throughput", "--precision", "mxfp6"),
        ("recommend", "--precision", "mxfp6", "--priority", "latency"),
    ],
)
def test_misspelt_fields_are_refused_even_when_nothing_matches(cli, args) -> None:
    result = cli(*args, "--fields", "id,nmae", "-o", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "unknown field 'nmae'" in result.stderr and "'name'" in result.stderr
    good = cli(*args, "--fields", "id,name", "-o", "csv")
    assert good.exit_code == 0 and good.stdout == "id,name\n"
