"""End-to-end tests of ``techniques``, ``technique`` and ``pricing``.

Expectations are taken by hand from the source, /work/shared/seed/awesome-llm-inference-engine.md (also in the
survey list upstream, commit 1b291b8); each names the table it comes from. They are never copied back from the
program's output.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from llmengines.errors import ExitCode
from llmengines.render import OutputFormat

from .conftest import run_process

COMMERCIAL = ["friendli-inference", "fireworks-ai", "groqcloud", "together-inference"]

# --- techniques -------------------------------------------------------------------------------------------------

# "Optimization Techniques": the number of rows of each category's table.
CATEGORY_SIZES = {
    "batching": 4,  # Batch Optimization
    "parallelism": 4,  # Parallelism
    "quantization": 11,  # Compression / Quantization
    "pruning": 5,  # Compression / Pruning
    "sparsity": 8,  # Compression / Sparsity Optimization
    "fine-tuning": 3,  # Fine-Tuning
    "caching": 3,  # Caching
    "attention": 7,  # Attention Optimization
    "sampling": 3,  # Sampling Optimization
    "structured-outputs": 7,  # Structured Outputs
}

# "Attention Optimization" table: technique → number of references, in the source's order.
ATTENTION = [
    ("PagedAttention", 1),
    ("TokenAttention", 1),
    ("ChunkedAttention", 1),
    ("FlashAttention", 3),
    ("RadixAttention", 1),
    ("FlexAttention", 1),
    ("FireAttention", 1),
]


def test_techniques_attention_json_lists_the_seven_entries(cli) -> None:
    result = cli("techniques", "--category", "attention", "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["name"], r["reference_count"]) for r in records] == ATTENTION
    assert {r["category"] for r in records} == {"attention"}
    assert result.stderr == ""


def test_techniques_has_the_55_entries_in_their_categories(cli) -> None:
    records = json.loads(cli("techniques", "--json").stdout)
    assert len(records) == 55
    sizes: dict[str, int] = {}
    for r in records:
        sizes[r["category"]] = sizes.get(r["category"], 0) + 1
    assert sizes == CATEGORY_SIZES


@pytest.mark.parametrize(
    ("given", "size"),
    [("Attention", 7), ("sampling,structured-outputs", 10), ("compression", 24), ("batch", 4)],
)
def test_techniques_category_spellings(cli, given: str, size: int) -> None:
    result = cli("techniques", "-c", given, "--json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == size


def test_techniques_repeated_category(cli) -> None:
    records = json.loads(cli("techniques", "-c", "caching", "-c", "fine-tuning", "--json").stdout)
    # "Fine-Tuning" and "Caching" tables.
    assert {r["name"] for r in records} == {
        "Full-Parameter Tuning", "LoRA", "QLoRA", "Prompt Caching", "Prefix Caching", "KV Caching",
    }  # fmt: skip


def test_techniques_unknown_category_is_a_usage_error(cli) -> None:
    result = cli("techniques", "--category", "atention")
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.startswith("error: unknown category 'atention' — did you mean ")
    assert "attention" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_techniques_every_format(cli, fmt: OutputFormat) -> None:
    result = cli("techniques", "-c", "attention", "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    names = [n for n, _ in ATTENTION]
    if fmt is OutputFormat.JSON:
        assert [r["name"] for r in json.loads(out)] == names
    elif fmt is OutputFormat.JSONL:
        assert [json.loads(line)["name"] for line in out.splitlines()] == names
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert [r["name"] for r in rows] == names
        assert [int(r["reference_count"]) for r in rows] == [n for _, n in ATTENTION]
    elif fmt is OutputFormat.YAML:
        from ruamel.yaml import YAML

        assert [r["name"] for r in YAML(typ="safe").load(out)] == names
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0].startswith("| Category | Technique |") and len(lines) == 2 + 7
    else:
        assert all(n in out for n in names) and "7 of 55" in out


def test_techniques_fields(cli) -> None:
    out = cli("techniques", "-o", "csv", "--fields", "id,matrix_column", "-c", "parallelism").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    # Parallelism table; each of its four entries is also a column of the Optimization Coverage Matrix.
    assert [(r["id"], r["matrix_column"]) for r in rows] == [
        ("data-parallelism", "data-parallelism"), ("fsdp", "fsdp"), ("tensor-parallelism", "tensor-parallelism"),
        ("pipeline-parallelism", "pipeline-parallelism"),
    ]  # fmt: skip


# --- technique --------------------------------------------------------------------------------------------------

# Optimization Coverage Matrix, read by hand: the engines whose cell is ✅, and those whose cell is "-".
RADIX_YES = ["sglang"]
PAGED_YES = [
    "vllm", "deepspeed-fastgen", "max", "mlc-llm", "sglang", "tensorrt-llm", "tgi", "lmdeploy", "vattention",
    "sarathi-serve",
]  # fmt: skip
VATTENTION_YES = ["powerinfer", "distserve", "vattention"]
TP_YES = [
    "ollama", "llama-cpp", "vllm", "deepspeed-fastgen", "max", "mlc-llm", "sglang", "litgpt", "tensorrt-llm", "tgi",
    "lmdeploy", "lightllm", "distserve", "vattention", "sarathi-serve", "friendli-inference", "groqcloud",
]  # fmt: skip
TP_UNKNOWN = ["fireworks-ai", "together-inference"]
QUANT_NO = ["nanoflow", "distserve", "sarathi-serve"]  # every other engine is ✅
SPEC_YES = [
    "ollama", "llama-cpp", "vllm", "max", "mlc-llm", "sglang", "litgpt", "tensorrt-llm", "tgi", "powerinfer",
    "lmdeploy", "lightllm", *COMMERCIAL,
]  # fmt: skip


def technique(cli, name: str) -> dict:  # type: ignore[type-arg]
    result = cli("technique", name, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_technique_radixattention_names_the_paper_and_sglang(cli) -> None:
    data = technique(cli, "radixattention")
    assert data["name"] == "RadixAttention" and data["category"] == "attention"
    # Attention Optimization table: "RadixAttention | Merges tokens to reuse KV cache | Zheng et al. (2024)".
    assert data["description"] == "Merges tokens to reuse KV cache"
    assert data["references"] == [
        {
            "label": "Zheng et al. (2024)",
            "url": "https://proceedings.neurips.cc/paper_files/paper/2024/hash/"
            "724be4472168f31ba1c9ac630f15dec8-Abstract-Conference.html",
        }
    ]
    assert data["coverage"]["link"] == "technique"
    assert data["coverage"]["yes"] == RADIX_YES
    assert data["coverage"]["unknown"] == COMMERCIAL  # "-" in the matrix is unknown, not no
    assert len(data["coverage"]["no"]) == 25 - 1 - 4


def test_technique_radixattention_table_shows_paper_link_and_engines(cli) -> None:
    out = cli("technique", "radixattention", "-o", "table").stdout
    assert "Zheng et al. (2024)" in out and "724be4472168f31ba1c9ac630f15dec8" in out
    yes_line = next(line for line in out.splitlines() if "✓ yes" in line)
    assert yes_line.split("✓ yes", 1)[1].strip() == "SGLang"


@pytest.mark.parametrize(
    ("typed", "technique_id"),
    [
        ("PagedAttention", "paged-attention"), ("paged attention", "paged-attention"),
        ("pagedattention", "paged-attention"), ("Paged-Attention", "paged-attention"), ("EAGLE", "eagle"),
        ("eagle", "eagle"), ("GPTQ", "gptq"), ("tp", "tensor-parallelism"), ("TP", "tensor-parallelism"),
        ("Tensor Parallelism (TP)", "tensor-parallelism"), ("tensor parallelism", "tensor-parallelism"),
        ("FSDP", "fsdp"), ("Fully Sharded Data Parallelism", "fsdp"), ("dp", "data-parallelism"),
        ("MoE", "moe-sparse-moe"), ("XGrammar", "outlines-xgrammar"), ("GBNF", "llguidance-gbnf"),
        ("N:M sparsity", "n-m-sparsity"), ("kv cache", "kv-caching"), ("smoothquant", "smoothquant"),
        ("speculative decoding", "speculative-decoding"), ("vAttention", "vattention"),
        ("Chunked-prefills", "chunked-prefill"),
    ],
)  # fmt: skip
def test_technique_resolves_every_spelling(cli, typed: str, technique_id: str) -> None:
    assert technique(cli, typed)["id"] == technique_id


def test_technique_paged_attention_engines(cli) -> None:
    cov = technique(cli, "paged attention")["coverage"]
    assert cov["yes"] == PAGED_YES and cov["unknown"] == COMMERCIAL


def test_technique_tp_has_unknown_cells(cli) -> None:
    cov = technique(cli, "tp")["coverage"]
    assert cov["yes"] == TP_YES and cov["unknown"] == TP_UNKNOWN


def test_technique_gptq_is_linked_by_category_to_quantization(cli) -> None:
    data = technique(cli, "GPTQ")
    assert data["matrix_column"] is None  # no "GPTQ" column in the coverage matrix
    assert data["coverage"]["column"] == "quantization" and data["coverage"]["link"] == "category"
    # The survey records nothing per engine for GPTQ itself: the exact lists are empty, the column's cells apart.
    assert data["coverage"]["yes"] == data["coverage"]["no"] == data["coverage"]["unknown"] == []
    assert sorted(data["coverage"]["by_category"]["no"]) == sorted(QUANT_NO)
    assert data["coverage"]["by_category"]["unknown"] == []
    assert "by category" in data["coverage_note"] and "not that it implements GPTQ" in data["coverage_note"]
    table = cli("technique", "gptq", "-o", "table").stdout
    assert "Coverage matrix: Quantization" in table and "linked by category" in table
    assert "has Quantization; GPTQ itself is not recorded per engine" in table
    assert "✓ yes" not in table


def test_technique_eagle_is_linked_by_category_to_speculative_decoding(cli) -> None:
    data = technique(cli, "EAGLE")
    assert data["references"][0]["url"] == "https://arxiv.org/abs/2401.15077"  # Li et al. (2024a)
    assert len(data["references"]) == 3
    assert data["coverage"]["column"] == "speculative-decoding" and data["coverage"]["link"] == "category"
    assert data["coverage"]["yes"] == []  # EAGLE itself is not recorded per engine
    assert data["coverage"]["by_category"]["yes"] == SPEC_YES


def test_technique_without_any_column_says_so(cli) -> None:
    data = technique(cli, "TokenAttention")
    assert data["coverage"] is None
    assert "no column" in data["coverage_note"]
    bench = technique(cli, "JSONSchemaBench")
    assert bench["coverage"] is None and "Guided Decoding" in bench["coverage_note"]


def test_technique_matrix_column_without_taxonomy_entry(cli) -> None:
    data = technique(cli, "vattention")
    assert data["kind"] == "matrix-column"
    assert data["coverage"]["yes"] == VATTENTION_YES
    quant = technique(cli, "quantization")
    # Every entry of the Quantization table is listed under the Quantization column, by category.
    assert len(quant["taxonomy_entries"]) == 11
    assert {e["linked_by"] for e in quant["taxonomy_entries"]} == {"category"}


@pytest.mark.parametrize(
    ("typed", "suggested"), [("radix atention", "radix-attention"), ("pagedatention", "PagedAttention")]
)
def test_technique_typo_is_one_line_with_suggestion(cli, typed: str, suggested: str) -> None:
    result = cli("technique", typed)
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: unknown technique {typed!r} — did you mean ")
    assert suggested in lines[0]


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_technique_every_format(cli, fmt: OutputFormat) -> None:
    result = cli("technique", "radixattention", "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt is OutputFormat.JSON:
        assert json.loads(out)["coverage"]["yes"] == ["sglang"]
    elif fmt is OutputFormat.JSONL:
        assert len(out.splitlines()) == 1 and json.loads(out)["id"] == "radix-attention"
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert rows[0].keys() == {"section", "field", "value"}
        assert {r["field"]: r["value"] for r in rows}["Zheng et al. (2024)"].startswith("https://")
    elif fmt is OutputFormat.YAML:
        from ruamel.yaml import YAML

        assert YAML(typ="safe").load(out)["coverage"]["yes"] == ["sglang"]
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0] == "| Section | Field | Value |" and "SGLang" in out
    else:
        assert "RadixAttention" in out and "SGLang" in out


def test_technique_fields(cli) -> None:
    data = json.loads(cli("technique", "flashattention", "--json", "--fields", "name,reference_count").stdout)
    assert data == {"name": "FlashAttention", "reference_count": 3}  # Dao 2022, Dao 2023, Shah 2024


# --- pricing ----------------------------------------------------------------------------------------------------

# "Commercial Inference Engine Pricing by Model (USD per 1M tokens)", cell by cell: (input, output), None for "-".
PROVIDERS = ["friendli-inference", "fireworks-ai", "groqcloud", "together-inference"]  # the table's columns
BY_MODEL = {
    "DeepSeek-R1": [(3.00, 7.00), (3.00, 8.00), (0.75, 0.99), (3.00, 7.00)],
    "DeepSeek-V3": [(None, None), (0.90, 0.90), (None, None), (1.25, 1.25)],
    "Llama 3.3 70B": [(0.60, 0.60), (None, None), (0.59, 0.79), (0.88, 0.88)],
    "Llama 3.1 405B": [(None, None), (3.00, 3.00), (None, None), (3.50, 3.50)],
    "Llama 3.1 70B": [(0.60, 0.60), (None, None), (None, None), (0.88, 0.88)],
    "Llama 3.1 8B": [(0.10, 0.10), (None, None), (0.05, 0.08), (0.18, 0.18)],
    "Qwen 2.5 Coder 32B": [(None, None), (None, None), (0.79, 0.79), (0.80, 0.80)],
    "Qwen QwQ Preview 32B": [(None, None), (None, None), (0.29, 0.39), (1.20, 1.20)],
}
# "Commercial Inference Engine Pricing by Hardware Type (USD per hour per device)".
BY_HARDWARE = {
    "NVIDIA A100 80GB": [2.9, 2.9, None, 2.56],
    "NVIDIA H100 80GB": [5.6, 5.8, None, 3.36],
    "NVIDIA H200 141GB": [None, 9.99, None, 4.99],
    "AMD MI300X": [None, 4.99, None, None],
    "Groq LPU": [None, None, None, None],
}
# The paper v3's Table 6 and Table 7 (2025-11-26), read by hand from its extracted text: the default view (newest).
BY_MODEL_V3 = {
    "DeepSeek-R1": [(3.00, 7.00), (3.00, 8.00), (0.75, 0.99), (3.00, 7.00)],
    "DeepSeek-V3": [(None, None), (0.90, 0.90), (None, None), (1.25, 1.25)],
    "Llama 3.3 70B": [(0.60, 0.60), (None, None), (0.59, 0.79), (0.88, 0.88)],
    "Llama 3.1 405B": [(None, None), (3.00, 3.00), (None, None), (3.50, 3.50)],
    "Llama 3.1 70B": [(0.60, 0.60), (None, None), (None, None), (0.88, 0.88)],
    "Llama 3.1 8B": [(0.10, 0.10), (None, None), (0.05, 0.08), (0.18, 0.18)],
    "Llama 4 Maverick": [(None, None), (0.22, 0.88), (0.20, 0.60), (0.27, 0.85)],  # printed "Llama 4 Maveric"
    "Qwen 2.5 Coder 32B": [(None, None), (None, None), (0.79, 0.79), (0.80, 0.80)],
    "Qwen QwQ Preview 32B": [(None, None), (None, None), (0.29, 0.39), (1.20, 1.20)],
    "OpenAI gpt-oss-120b": [(None, None), (0.15, 0.60), (0.15, 0.75), (0.15, 0.60)],  # printed "gpt OSS 120b"
}
BY_HARDWARE_V3 = {
    "NVIDIA A100 80GB": [2.9, 2.9, None, 1.30],
    "NVIDIA H100 80GB": [3.9, 5.8, None, 2.29],
    "NVIDIA H200 141GB": [4.5, 6.99, None, 3.79],
    "NVIDIA B200 180GB": [8.9, 11.99, None, 5.50],
    "AMD MI300X": [None, 4.99, None, None],
    "Groq LPU": [None, None, None, None],
}
# Which hand transcription each view must equal: the default (newest: paper v3) and --source list.
PRICE_EDITIONS = [
    pytest.param(((), BY_MODEL_V3, BY_HARDWARE_V3, "2025-11-26"), id="default-paper-v3"),
    pytest.param((("--source", "list"), BY_MODEL, BY_HARDWARE, "2025-05-02"), id="source-list"),
]


def pricing(cli, *args: str, flags: tuple[str, ...] = ()) -> list[dict]:  # type: ignore[type-arg]
    result = cli(*flags, "pricing", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("edition", PRICE_EDITIONS)
def test_pricing_by_model_matches_the_source_table(cli, edition) -> None:
    flags, by_model, _by_hardware, as_of = edition
    records = [r for r in pricing(cli, flags=flags) if r["table"] == "by-model"]
    got: dict[str, list[tuple[float | None, float | None]]] = {}
    for r in records:
        assert r["unit"] == "USD per 1M tokens"
        got.setdefault(r["model"], []).append((r["input"], r["output"]))
    assert got == by_model and list(got) == list(by_model)
    assert [r["provider"] for r in records[:4]] == PROVIDERS
    assert {r["as_of"] for r in records} == {as_of}


@pytest.mark.parametrize("edition", PRICE_EDITIONS)
def test_pricing_by_hardware_matches_the_source_table(cli, edition) -> None:
    flags, _by_model, by_hardware, _as_of = edition
    records = [r for r in pricing(cli, flags=flags) if r["table"] == "by-hardware"]
    got: dict[str, list[float | None]] = {}
    for r in records:
        assert r["unit"] == "USD per device-hour"
        got.setdefault(r["hardware"], []).append(r["per_hour"])
    assert got == by_hardware


@pytest.mark.parametrize("edition", PRICE_EDITIONS)
def test_pricing_hardware_h100_json_is_numeric(cli, edition) -> None:
    flags, _by_model, by_hardware, as_of = edition
    records = pricing(cli, "--hardware", "h100", flags=flags)
    assert {r["hardware"] for r in records} == {"NVIDIA H100 80GB"}
    assert {r["provider"]: r["per_hour"] for r in records} == dict(
        zip(PROVIDERS, by_hardware["NVIDIA H100 80GB"], strict=True)
    )
    assert all(isinstance(r["per_hour"], float) or r["per_hour"] is None for r in records)
    assert {r["as_of"] for r in records} == {as_of}


def test_pricing_cheapest_llama_8b_is_groqcloud(cli) -> None:
    records = pricing(cli, "--model", "llama 3.1 8b", "--cheapest")
    assert [(r["provider"], r["input"], r["output"], r["as_of"]) for r in records] == [
        ("groqcloud", 0.05, 0.08, "2025-11-26")  # the newest source's prices: paper v3, Table 6
    ]
    table = cli("pricing", "--model", "llama 3.1 8b", "--cheapest", "-o", "table").stdout
    assert "Llama 3.1 8B: GroqCloud cheapest by blended price at 0.05 in / 0.08 out" in table
    assert "2025-11-26" in table and "per 1M tokens (USD" in table


def test_pricing_groq_deepseek_r1_is_the_distilled_model(cli) -> None:
    (groq,) = [r for r in pricing(cli, "--model", "DeepSeek-R1") if r["provider"] == "groqcloud"]
    assert groq["served_model"] == "DeepSeek-R1 Distill Llama 70B"  # footnote "*" of the by-model table
    assert "Distill Llama 70B" in groq["note"] and groq["footnotes"][0]["mark"] == "*"
    tsv = cli("pricing", "--model", "deepseek-r1", "-o", "tsv").stdout
    assert "DeepSeek-R1 Distill Llama 70B" in tsv


def test_pricing_cheapest_never_crowns_a_price_for_another_model(cli) -> None:
    records = pricing(cli, "--model", "deepseek r1", "--cheapest")
    # Friendli and Together tie at 3.00 / 7.00; GroqCloud's 0.75 / 0.99 is for the distilled 70B model.
    assert {r["provider"] for r in records if r["cheapest"]} == {"friendli-inference", "together-inference"}
    assert [r["provider"] for r in records if not r["cheapest"]] == ["groqcloud"]
    table = cli("pricing", "--model", "deepseek r1", "--cheapest", "-o", "table").stdout
    assert "not DeepSeek-R1" in table


def test_pricing_footnotes_qualify_the_right_prices(cli) -> None:
    records = pricing(cli, "--model", "llama")
    for r in records:
        marks = {f["mark"] for f in r["footnotes"]}
        # † is on the "Friendli AI" column and reads "Llama is Instruct model"; ‡ is on "Together AI".
        if r["provider"] == "friendli-inference" and r["input"] is not None:
            assert marks == {"†"}
        elif r["provider"] == "together-inference":
            assert marks == {"‡"}
        else:
            assert marks == set()


def test_pricing_blended_is_three_to_one(cli) -> None:
    (fireworks,) = [r for r in pricing(cli, "--model", "DeepSeek-R1") if r["provider"] == "fireworks-ai"]
    assert fireworks["blended"] == pytest.approx((3 * 3.00 + 8.00) / 4)
    unpublished = [r for r in pricing(cli, "--model", "DeepSeek-V3") if r["provider"] == "groqcloud"]
    assert unpublished[0]["blended"] is None and unpublished[0]["published"] is False


@pytest.mark.parametrize("key", ["input", "output", "blended"])
def test_pricing_sort_puts_cheapest_first_and_unpublished_last(cli, key: str) -> None:
    values = [r[key] for r in pricing(cli, "--model", "llama", "--sort", key)]
    published = [v for v in values if v is not None]
    assert published == sorted(published)
    assert values == published + [None] * (len(values) - len(published))


@pytest.mark.parametrize(
    ("given", "models"),
    [("llama 3.1 8b", {"Llama 3.1 8B"}), ("LLAMA-3.1-8B", {"Llama 3.1 8B"}),
     ("llama 3.1", {"Llama 3.1 405B", "Llama 3.1 70B", "Llama 3.1 8B"}), ("qwq", {"Qwen QwQ Preview 32B"}),
     ("70b", {"Llama 3.3 70B", "Llama 3.1 70B"})],
)  # fmt: skip
def test_pricing_model_loose_matching(cli, given: str, models: set[str]) -> None:
    assert {r["model"] for r in pricing(cli, "--model", given)} == models


def test_pricing_hardware_loose_matching(cli) -> None:
    assert {r["hardware"] for r in pricing(cli, "--hardware", "mi300")} == {"AMD MI300X"}
    assert {r["hardware"] for r in pricing(cli, "--hardware", "nvidia")} == {
        "NVIDIA A100 80GB", "NVIDIA H100 80GB", "NVIDIA H200 141GB", "NVIDIA B200 180GB",
    }  # fmt: skip


def test_pricing_provider_filter(cli) -> None:
    records = pricing(cli, "--provider", "Together AI", "--hardware", "h200")
    assert [(r["provider"], r["per_hour"]) for r in records] == [("together-inference", 3.79)]  # paper v3
    records = pricing(cli, "--provider", "Together AI", "--hardware", "h200", flags=("--source", "list"))
    assert [(r["provider"], r["per_hour"]) for r in records] == [("together-inference", 4.99)]  # the list


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--model", "gpt-5"), "error: unknown model 'gpt-5'"),
        (("--hardware", "b300"), "error: unknown hardware 'b300' — did you mean "),
        (("--provider", "grok"), "error: unknown provider 'grok' — did you mean 'groqcloud'"),
        (("--provider", "vllm"), "error: vLLM has no prices in the source"),
        (("--sort", "cheap"), "error: --sort takes input, output or blended"),
    ],
)
def test_pricing_bad_input_is_one_line_usage_error(cli, args: tuple[str, ...], message: str) -> None:
    result = cli("pricing", *args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_pricing_every_format(cli, fmt: OutputFormat) -> None:
    result = cli("pricing", "--model", "llama 3.1 8b", "--format", fmt.value)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    expected = dict(zip(PROVIDERS, BY_MODEL["Llama 3.1 8B"], strict=True))
    if fmt is OutputFormat.JSON:
        assert {r["provider"]: (r["input"], r["output"]) for r in json.loads(out)} == expected
    elif fmt is OutputFormat.JSONL:
        assert {(r := json.loads(line))["provider"]: (r["input"], r["output"]) for line in out.splitlines()} == expected
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        got = {r["provider"]: (float(r["input"]) if r["input"] else None) for r in rows}
        assert got == {p: i for p, (i, _) in expected.items()}
        assert {r["as_of"] for r in rows} == {"2025-11-26"}
    elif fmt is OutputFormat.YAML:
        from ruamel.yaml import YAML

        assert {r["provider"]: r["output"] for r in YAML(typ="safe").load(out)} == {
            p: o for p, (_, o) in expected.items()
        }
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0].startswith("| Model |  | Provider | In $/1M | Out $/1M | Blended |") and len(lines) == 2 + 4
    else:
        assert "GroqCloud" in out and "0.05" in out and "2025-11-26" in out


def test_pricing_subprocess_hardware_json() -> None:
    result = run_process("pricing", "--hardware", "h100", "--json")
    assert result.exit_code == 0, result.stderr
    assert sorted(r["per_hour"] for r in json.loads(result.stdout) if r["per_hour"] is not None) == [2.29, 3.9, 5.8]
    old = run_process("--source", "list", "pricing", "--hardware", "h100", "--json")
    assert sorted(r["per_hour"] for r in json.loads(old.stdout) if r["per_hour"] is not None) == [3.36, 5.6, 5.8]


# --- help -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "example"),
    [("techniques", "llmengines techniques --category attention"),
     ("technique", "llmengines technique radixattention"),
     ("pricing", 'llmengines pricing --model "llama 3.1 8b" --cheapest')],
)  # fmt: skip
def test_help_leads_with_examples(cli, command: str, example: str) -> None:
    out = cli(command, "--help").stdout
    assert example in out
    assert out.index(example) < out.index("Options")


@pytest.mark.parametrize(
    "args",
    [
        ("techniques", "--json"),
        ("technique", "radixattention", "--json"),
        ("pricing", "--cheapest", "--json"),
        ("recommend", "--hw", "cuda", "--priority", "throughput", "--json"),
    ],
)
def test_knowledge_commands_import_no_heavy_modules(args: tuple[str, ...]) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from llmengines.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "heavy = ('pydantic', 'ruamel', 'rich', 'rapidfuzz')\n"
        "sys.stderr.write(repr(sorted({k.split('.')[0] for k in sys.modules} & set(heavy))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    assert json.loads(proc.stdout)  # the command ran and printed JSON
    assert proc.stderr == "[]"


def test_every_taxonomy_name_and_id_finds_its_own_entry(cli) -> None:
    for record in json.loads(cli("techniques", "--json").stdout):
        for spelling in (record["name"], record["id"], record["name"].upper()):
            assert technique(cli, spelling)["id"] == record["id"], spelling


def test_technique_svg(cli, tmp_path) -> None:
    target = tmp_path / "radix.svg"
    assert cli("technique", "radixattention", "--json", "--svg", str(target)).exit_code == 0
    assert "SGLang" in target.read_text(encoding="utf-8")


def test_technique_json_has_the_same_keys_for_entries_and_columns(cli) -> None:
    keys = {frozenset(technique(cli, name)) - {"taxonomy_entries"} for name in ("gptq", "vattention", "lora")}
    assert len(keys) == 1


def test_ascii_stdout_keeps_footnote_marks_distinct() -> None:
    result = run_process("pricing", "--model", "llama 3.1 8b", "-o", "table", env={"PYTHONIOENCODING": "ascii"})
    assert result.exit_code == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "Llama 3.1 8B" in line]
    # † (Friendli: Instruct models) and ‡ (Together: Turbo) must not both become "?", the unknown marker.
    assert any("| + |" in r and "Friendli" in r for r in rows) and any("| = |" in r and "Together" in r for r in rows)
    data = run_process("pricing", "--model", "llama 3.1 8b", "--json", env={"PYTHONIOENCODING": "ascii"}).stdout
    assert {m for r in json.loads(data) for m in r["marks"]} == {"†", "‡"}
