"""Devices, words that are not one column, category links and --why-not, checked against the SOURCE.

Expected answers come from the survey list's own text, read by ``source_tables`` (its vendor links, its Mobile /
Edge details, its pricing rows and its matrices); the spellings people type are mapped to columns here by hand.
"""

from __future__ import annotations

import json
import re

import pytest

from . import source_tables as src
from .conftest import run_process

ALL_ENGINES = sorted(set(src.ENGINE_IDS.values()))
NAMES = {engine: row["name"] for engine, row in src.overview().items()}


def cells(matrix: dict[str, dict[str, str]], column: str) -> dict[str, str]:
    return {engine: row[column] for engine, row in matrix.items()}


def yes(matrix: dict[str, dict[str, str]], column: str) -> set[str]:
    return {e for e, v in cells(matrix, column).items() if v == "yes"}


def find(cli, *args: str) -> tuple[list[dict], str]:  # type: ignore[no-untyped-def]
    result = cli("find", *args, "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list)  # the bare array stays the contract: jq -r '.[].id'
    return records, result.stderr


def ids(records: list[dict]) -> set[str]:
    return {r["id"] for r in records}


# Devices of the Mobile / Edge column, as people type them → the cell details (source spelling) that name them.
EDGE_DEVICES = {
    "jetson": {"NVIDIA Jetson"},
    "nvidia-jetson": {"NVIDIA Jetson"},
    "adreno": {"Qualcomm Adreno"},
    "mali": {"ARM Mali"},
    "apple-edge": {"Apple"},
    "snapdragon-8": {"Qualcomm Snapdragon 8"},
    "snapdragon": {"Qualcomm Snapdragon 8"},  # the vendor link's family; the one cell naming it says "8"
}

# Devices the vendor links and the pricing table name, as people type them → their column.
TYPED_DEVICES = {
    "h100": "nvidia",
    "H100-80GB": "nvidia",
    "a100": "nvidia",
    "A100 80GB": "nvidia",
    "h200-141gb": "nvidia",
    "radeon": "amd-gpu",
    "intel-arc": "intel-gpu",
    "tpu-v4": "tpu",
    "tpu-v5e": "tpu",
    "TPU v5p": "tpu",
    "mi200": "amd-instinct",
    "mi300x": "amd-instinct",
    "MI300X": "amd-instinct",
    "gaudi-2": "gaudi",
    "gaudi3": "gaudi",
    "ascend-series": "ascend",
    "inferentia-1": "inferentia",
    "inferentia2": "inferentia",
}


# --- the catalogue against the source ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def catalogue() -> list[dict]:
    result = run_process("devices", "--json")
    assert result.exit_code == 0, result.stderr
    records: list[dict] = json.loads(result.stdout)
    return records


def test_every_vendor_link_is_a_device_with_its_column_and_line(catalogue: list[dict]) -> None:
    links = src.vendor_links()
    assert len(links) == 20  # counted by hand under the Hardware Support Matrix
    for link in links:
        found = [d for d in catalogue if d["url"] == link["url"]]
        assert len(found) == 1, link
        device = found[0]
        assert device["column"] == link["column"], link
        assert {"section": "vendor links", "line": link["line"], "text": link["label"], "row": None} in device[
            "places"
        ], link
    # Nothing invented: every vendor link in the catalogue is one of the source's.
    assert {d["url"] for d in catalogue if d["url"]} == {link["url"] for link in links}


def test_every_mobile_edge_detail_is_a_device_of_that_column(catalogue: list[dict]) -> None:
    details = src.edge_details()
    rows = src.edge_cell_lines()
    named = {item for items in details.values() for item in items}
    assert named == {"NVIDIA Jetson", "Qualcomm Adreno", "ARM Mali", "Apple", "Qualcomm Snapdragon 8"}
    for engine, items in details.items():
        for item in items:
            devices = [d for d in catalogue if item in d["edge_names"]]
            assert devices and all(d["column"] == "edge" for d in devices), item
            # the cell is a place of the device that is exactly that detail
            exact = [d for d in devices if any(p["line"] == rows[engine] for p in d["places"])]
            assert exact, (engine, item)
            for place in (p for d in exact for p in d["places"] if p["line"] == rows[engine]):
                assert place["section"] == "Mobile / Edge cells" and place["text"] == f"✅ ({', '.join(items)})"
    assert all(set(d["edge_names"]) <= named for d in catalogue)


def test_every_pricing_device_with_its_memory(catalogue: list[dict]) -> None:
    for row in src.pricing_devices():
        found = [
            d for d in catalogue if any(p["section"] == "pricing" and p["text"] == row["name"] for p in d["places"])
        ]
        assert len(found) == 1, row
        assert found[0]["memory_gb"] == row["memory_gb"], row
        assert any(p["line"] == row["line"] for p in found[0]["places"]), row
    assert {d["memory_gb"] for d in catalogue} == {None, 80, 141}  # only what the pricing table writes


def test_every_place_is_on_its_line_of_the_source(catalogue: list[dict]) -> None:
    lines = src.LIST_FILE.read_text(encoding="utf-8").splitlines()
    for device in catalogue:
        assert device["places"], device["id"]
        for place in device["places"]:
            assert place["text"] in lines[place["line"] - 1], (device["id"], place)


# --- --hw with devices ------------------------------------------------------------------------------------------


def test_jetson_is_exactly_the_engines_whose_cell_names_it(cli) -> None:
    expected = {e for e, items in src.edge_details().items() if "NVIDIA Jetson" in items}
    assert expected == {"ollama", "vllm", "sglang", "tensorrt-llm", "lmdeploy"}  # as read by hand
    records, stderr = find(cli, "--hw", "jetson")
    assert ids(records) == expected
    assert "note: --hw jetson read as NVIDIA Jetson" in stderr


@pytest.mark.parametrize(("typed", "names"), EDGE_DEVICES.items())
def test_every_edge_device_needs_its_cell_to_name_it(cli, typed: str, names: set[str]) -> None:
    details = src.edge_details()
    expected = {e for e, items in details.items() if names & set(items)}
    records, stderr = find(cli, "--hw", typed, "--include-unknown")
    assert {r["id"] for r in records if r["match"]["status"] == "match"} == expected
    # a ✅ cell naming only other devices: the source does not say, which is unknown, not no
    assert {r["id"] for r in records if r["match"]["status"] == "unknown"} == set(details) - expected
    assert f"note: --hw {typed} read as" in stderr


@pytest.mark.parametrize(("typed", "column"), TYPED_DEVICES.items())
def test_a_device_resolves_to_its_column_and_says_so(cli, typed: str, column: str) -> None:
    records, stderr = find(cli, "--hw", typed)
    assert ids(records) == yes(src.hardware(), column)
    header = next(h for h, i in src.HARDWARE_COLUMNS.items() if i == column)
    assert f'note: --hw {typed} read as "{header}"' in stderr
    assert records[0]["match"]["readings"][0]["read_as"] == [f"hardware.{column}"]


@pytest.mark.parametrize("typed", ["mi300x", "amd-instinct"])
def test_mi300x_in_fp8_is_the_instinct_column(cli, typed: str) -> None:
    hw, prec = src.hardware(), src.precisions()
    expected = {e for e in ALL_ENGINES if hw[e]["amd-instinct"] == "yes" and prec[e]["fp8"] == "yes"}
    assert expected == {"ollama", "vllm", "sglang", "tgi", "fireworks-ai"}  # as read by hand
    records, _ = find(cli, "--hw", typed, "--precision", "fp8")
    assert ids(records) == expected


def test_rocm_says_how_the_instinct_answer_differs(cli) -> None:
    hw, prec = src.hardware(), src.precisions()
    radeon = {e for e in ALL_ENGINES if hw[e]["amd-gpu"] == "yes" and prec[e]["fp8"] == "yes"}
    instinct = {e for e in ALL_ENGINES if hw[e]["amd-instinct"] == "yes" and prec[e]["fp8"] == "yes"}
    records, stderr = find(cli, "--hw", "rocm", "--precision", "fp8")
    assert ids(records) == radeon
    assert 'read as "AMD GPU (ROCm/HIP)"' in stderr and "--hw amd-instinct" in stderr and "--hw mi300x" in stderr
    line = next(li for li in stderr.splitlines() if li.startswith("note: with --hw amd-instinct instead"))
    added = re.search(r"adds ([^;]+)", line)
    dropped = re.search(r"drops (.+)$", line)
    assert added and set(added[1].split(", ")) == {NAMES[e] for e in instinct - radeon}
    assert dropped and set(dropped[1].split(", ")) == {NAMES[e] for e in radeon - instinct}
    assert records[0]["match"]["readings"][0]["word"] == "rocm"


def test_apple_is_an_apple_silicon_mac(cli) -> None:
    hw, platforms = src.hardware(), src.platforms()
    records, stderr = find(cli, "--hw", "apple")
    assert ids(records) == {e for e in ALL_ENGINES if hw[e]["arm64"] == "yes" and platforms[e]["macos"] == "yes"}
    assert all(platforms[r["id"]]["macos"] == "yes" for r in records)  # no engine whose macOS cell is ❌
    assert "note: --hw apple read as an Apple Silicon Mac" in stderr and "macOS" in stderr
    # the note says what the other reading, the ARM64 column alone, would add: the macOS ❌ engines
    line = next(li for li in stderr.splitlines() if "with --hw arm64 instead" in li)
    extra = {e for e in ALL_ENGINES if hw[e]["arm64"] == "yes" and platforms[e]["macos"] != "yes"}
    assert extra and all(NAMES[e] in line for e in extra)


def test_recommend_apple_ranks_no_engine_without_macos(cli) -> None:
    platforms = src.platforms()
    result = cli("recommend", "--hw", "apple", "--priority", "ease", "--json")
    assert result.exit_code == 0
    assert all(platforms[r["id"]]["macos"] == "yes" for r in json.loads(result.stdout))
    assert "note: --hw apple read as" in result.stderr


def test_cpu_is_either_cpu_column_and_suggests_nothing_else(cli) -> None:
    hw = src.hardware()
    records, stderr = find(cli, "--hw", "cpu")
    assert ids(records) == yes(hw, "x86-64") | yes(hw, "arm64")
    assert 'note: --hw cpu read as a CPU: "x86-64" or "ARM64/Apple Silicon"' in stderr
    assert "nvidia" not in stderr


def test_metal_is_read_as_a_mac_not_a_spelling_neighbour(cli) -> None:
    records, stderr = find(cli, "--hw", "metal")
    assert ids(records) == ids(find(cli, "--hw", "apple")[0])
    assert "Moore" not in stderr and "moore" not in stderr
    assert "note: --hw metal read as Metal is no column" in stderr


def test_h100_is_the_nvidia_column_not_a_suggestion(cli) -> None:
    records, stderr = find(cli, "--hw", "h100")
    assert ids(records) == yes(src.hardware(), "nvidia")
    assert '"NVIDIA GPU (CUDA)"' in stderr and "did you mean" not in stderr


def test_an_ambiguous_word_is_asked_not_chosen(cli) -> None:
    result = cli("recommend", "--priority", "speed")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: --priority 'speed' could mean more than one thing: did you mean throughput or latency? (give one)"
    ]
    assert cli("find", "--hw", "gpu").exit_code == 2


# --- every word of the vocabulary that is not one column is read aloud ---------------------------------------

# Spellings of the columns themselves (squashed): the source's headers, the ids, and the plain abbreviations.
_COLUMN_SPELLINGS = {re.sub(r"[^0-9a-z]", "", s.casefold()) for s in (
    *src.HARDWARE_COLUMNS, *src.HARDWARE_COLUMNS.values(), *src.ETC_DEVICES, *src.ETC_DEVICES.values(),
    "x86", "x86_64", "amd64", "aarch64", "cuda", "nvidia-gpu", "sycl", "google-tpu", "instinct", "intel-gaudi",
    "habana", "huawei-ascend", "aws-inferentia", "mtt", "moore-threads-mtt", "sdaa", "tecorigin", "lpu",
)}  # fmt: skip


def _hardware_spellings() -> list[str]:
    from llmengines.dataset import bundled
    from llmengines.vocabulary import HARDWARE, HARDWARE_WORDS

    out = [s for t in HARDWARE.values() for s in (t.id, t.name, *t.aliases)]
    out += [s for w in HARDWARE_WORDS.values() for s in (w.id, *w.aliases)]
    out += [s for d in bundled().devices for s in (d.id, d.name, *d.aliases)]
    return out


@pytest.mark.parametrize("spelling", _hardware_spellings())
def test_every_hardware_word_that_is_not_one_column_is_stated(cli, spelling: str) -> None:
    result = cli("find", "--hw", spelling, "--json")
    assert result.exit_code == 0, result.stderr
    exact = re.sub(r"[^0-9a-z]", "", spelling.casefold()) in _COLUMN_SPELLINGS
    if exact and spelling.casefold() not in {"edge"}:  # "edge" is both the id and a word: it is read aloud too
        assert "note:" not in result.stderr, spelling
    else:
        assert f"note: --hw {spelling} read as " in result.stderr, spelling
        for record in json.loads(result.stdout):
            assert record["match"]["readings"], spelling


def test_the_vocabulary_check_can_fail() -> None:
    # a word the tests would catch if it were mapped silently: it is not a spelling of any column
    assert "rocm" not in _COLUMN_SPELLINGS and "apple" not in _COLUMN_SPELLINGS and "h100" not in _COLUMN_SPELLINGS


# --- techniques by their category link ------------------------------------------------------------------------

CATEGORY_LINKED = {"quantization": "quantization", "pruning": "pruning", "sparsity": "sparsity",
                   "sampling": "speculative-decoding"}  # fmt: skip


@pytest.mark.parametrize("entry", src.taxonomy(), ids=lambda e: e["name"])
def test_every_taxonomy_entry_given_to_technique(cli, entry: dict) -> None:
    name = entry["name"]
    result = cli("find", "--technique", name, "--json")
    techniques = src.techniques()
    # "Tensor Parallelism (TP)" is the column "Tensor Parallelism"; "Fully Shared Data Parallelism (FSDP)" is "FSDP"
    inner = re.fullmatch(r"(.+?) \((.+)\)", name)
    header = next((h for h in (name, *(inner.groups() if inner else ())) if h in src.TECHNIQUE_COLUMNS), None)
    if header is not None:  # the entry is a column: an exact match, nothing to say
        assert result.exit_code == 0 and "note:" not in result.stderr
        assert ids(json.loads(result.stdout)) == yes(techniques, src.TECHNIQUE_COLUMNS[header])
    elif entry["category"] in CATEGORY_LINKED:
        column = CATEGORY_LINKED[entry["category"]]
        assert result.exit_code == 0, result.stderr
        assert f"note: --technique {name} read by category link" in result.stderr
        records = json.loads(result.stdout)
        assert ids(records) == yes(techniques, column)
        for r in records:  # never in the exact-match list
            assert r["match"]["matched"] == [] and r["match"]["by_category"] == [f"techniques.{column}"]
    else:
        assert result.exit_code == 2 and result.stdout == ""
        assert "not record" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("typed", ["eagle", "medusa", "redrafter", "gptq", "smoothquant", "wanda"])
def test_named_methods_resolve_by_category(cli, typed: str) -> None:
    _, stderr = find(cli, "--technique", typed)
    assert "read by category link" in stderr and "itself is not recorded per engine" in stderr


def test_technique_gptq_says_what_the_survey_records(cli) -> None:
    table = cli("technique", "GPTQ", "-o", "table").stdout
    assert "has Quantization; GPTQ itself is not recorded per engine" in table
    assert "✓ yes" not in table
    data = json.loads(cli("technique", "GPTQ", "--json").stdout)["coverage"]
    assert data["yes"] == [] and set(data["by_category"]["yes"]) == yes(src.techniques(), "quantization")


# --- why not ----------------------------------------------------------------------------------------------------


def test_why_not_names_each_failed_criterion_with_the_source_cell(cli) -> None:
    result = cli("find", "--hw", "mi300x", "--precision", "fp8", "--why-not", "max,mlc-llm,vllm", "--json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    hw, prec = src.hardware(), src.precisions()
    symbol = {"yes": "✅", "no": "❌", "unknown": "-"}
    for engine in ("max", "mlc-llm"):
        mine = [r for r in rows if r["id"] == engine]
        expected = {"hardware.amd-instinct": hw[engine]["amd-instinct"], "precisions.fp8": prec[engine]["fp8"]}
        failing = {k: v for k, v in expected.items() if v != "yes"}
        assert {r["key"]: r["verdict"] for r in mine} == failing
        for r in mine:
            assert r["source_says"] == symbol[r["verdict"]] and not r["listed"]
    assert [r["verdict"] for r in rows if r["id"] == "vllm"] == ["yes"]
    assert next(r for r in rows if r["key"] == "hardware.amd-instinct")["column"] == "AMD Instinct"


def test_why_not_says_unknown_where_the_source_says_nothing(cli) -> None:
    techniques = src.techniques()
    unknown = sorted(e for e in ALL_ENGINES if techniques[e]["fsdp"] == "unknown")
    assert unknown
    for command in (["find"], ["recommend"]):
        result = cli(*command, "--technique", "fsdp", "--why-not", unknown[0], "--json")
        rows = json.loads(result.stdout)
        assert [(r["column"], r["source_says"], r["verdict"]) for r in rows] == [("FSDP", "-", "unknown")]


def test_why_not_an_edge_device_shows_the_cell(cli) -> None:
    result = cli("find", "--hw", "jetson", "--why-not", "llama.cpp", "--json")
    (row,) = json.loads(result.stdout)
    assert row["verdict"] == "unknown" and row["source_says"] == f"✅ ({', '.join(src.edge_details()['llama-cpp'])})"


def test_why_not_in_a_table_and_a_pipe(cli) -> None:
    table = cli("find", "--hw", "rocm", "--why-not", "sglang", "-o", "table")
    assert "AMD GPU (ROCm/HIP)" in table.stdout and "no" in table.stdout
    piped = run_process("find", "--hw", "rocm", "--why-not", "sglang")
    assert piped.exit_code == 0 and "AMD GPU (ROCm/HIP)\t❌\tno" in piped.stdout
    assert "note: --hw rocm read as" in piped.stderr


# --- end to end -------------------------------------------------------------------------------------------------


def test_subprocess_jetson_and_mi300x(cli) -> None:
    result = run_process("find", "--hw", "jetson", "--json")
    assert result.exit_code == 0
    assert {r["id"] for r in json.loads(result.stdout)} == {"ollama", "vllm", "sglang", "tensorrt-llm", "lmdeploy"}
    assert result.stderr.startswith("note: --hw jetson read as")
    result = run_process("find", "--hw", "mi300x", "--precision", "fp8")
    assert [line.split("\t")[1] for line in result.stdout.splitlines()[1:]] == [
        "ollama", "vllm", "sglang", "tgi", "fireworks-ai"]  # fmt: skip
    assert "note: --hw mi300x read as" in result.stderr


def test_completion_offers_devices_and_words() -> None:
    from llmengines.cli import complete_ids

    offered = dict(complete_ids("hardware")("mi3"))
    assert {"mi300x", "mi300"} <= set(offered)
    assert "jetson" in dict(complete_ids("hardware")("nvidia,je")) or "nvidia,jetson" in dict(
        complete_ids("hardware")("nvidia,je")
    )
    assert "cpu" in dict(complete_ids("hardware")("cp"))


# Spellings of the technique columns themselves (squashed): the source's headers, ids and plain abbreviations.
_TECHNIQUE_SPELLINGS = {re.sub(r"[^0-9a-z]", "", s.casefold()) for s in (
    *src.TECHNIQUE_COLUMNS, *src.TECHNIQUE_COLUMNS.values(), "dp", "tp", "pp", "quant", "kv-cache", "spec-decoding",
    "chunked-prefills", "inflight-batching", "in-flight-batching", "fully-sharded-data-parallelism",
    "fully-shared-data-parallelism",
)}  # fmt: skip


def _technique_spellings() -> list[str]:
    from llmengines.vocabulary import TECHNIQUES

    return [s for t in TECHNIQUES.values() for s in (t.id, t.name, *t.aliases)]


@pytest.mark.parametrize("spelling", _technique_spellings())
def test_every_technique_word_that_is_not_one_column_is_stated(cli, spelling: str) -> None:
    result = cli("find", "--technique", spelling, "--json")
    assert result.exit_code == 0, result.stderr
    if re.sub(r"[^0-9a-z]", "", spelling.casefold()) in _TECHNIQUE_SPELLINGS:
        assert "note:" not in result.stderr, spelling
    else:  # structured-output(s): the source does not equate its Structured Outputs with Guided Decoding
        assert f"note: --technique {spelling} read as " in result.stderr, spelling


@pytest.mark.parametrize(
    ("typed", "columns", "stated"),
    [
        ("amd", ("amd-gpu", "amd-instinct"), 'either AMD column, "AMD GPU (ROCm/HIP)"'),
        ("intel", ("intel-gpu", "gaudi"), 'either Intel column, "Intel GPU (SYCL)" or "Intel Gaudi"'),
        ("arm", ("arm64",), '"ARM64/Apple Silicon" (ARM CPUs'),
        ("mobile", ("edge",), 'the survey\'s "Mobile / Edge" column'),
        ("hip", ("amd-gpu",), '"AMD GPU (ROCm/HIP)"'),
    ],
)
def test_broader_words_are_any_of_their_columns(cli, typed: str, columns: tuple[str, ...], stated: str) -> None:
    hw = src.hardware()
    records, stderr = find(cli, "--hw", typed)
    assert ids(records) == set().union(*(yes(hw, c) for c in columns))
    assert f"note: --hw {typed} read as {stated}" in stderr
