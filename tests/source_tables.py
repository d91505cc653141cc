"""An independent reader of the survey's tables, for testing the bundled dataset against its source.

It reads only the verbatim copies in ``tests/source/`` and deliberately imports nothing from ``llmengines``:
every mapping from the source's spellings (row names, column headers, symbols) to the public ids is written
out here a second time, by hand, so that a mistake in the package's transcription or vocabulary cannot hide
behind the same mistake in the test. It is strict: a header, row or symbol it does not know raises
:class:`SourceFormatError` rather than being guessed, so a change to the source fails loudly.

Every matrix value is ``"yes"`` / ``"no"`` / ``"unknown"``; the source's ``-`` is ``"unknown"``, never ``"no"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

SOURCE_DIR = Path(__file__).resolve().parent / "source"
LIST_FILE = SOURCE_DIR / "awesome-llm-inference-engine.md"
ERRATA_FILE = SOURCE_DIR / "errata.md"
SCORES_FILE = SOURCE_DIR / "survey-scores.md"


class SourceFormatError(ValueError):
    """The source text is not shaped the way this reader expects (so the reader must be updated)."""


# --- spellings → ids ----------------------------------------------------------------------------------------

#: Every spelling of an engine found anywhere in the source (tables, lists, pricing headers, scores) → engine id.
ENGINE_IDS: dict[str, str] = {
    "Ollama": "ollama",
    "llama.cpp": "llama-cpp",
    "LLaMA.cpp": "llama-cpp",
    "vLLM": "vllm",
    "DeepSpeed-FastGen": "deepspeed-fastgen",
    "Unsloth": "unsloth",
    "unsloth": "unsloth",
    "MAX": "max",
    "MLC LLM": "mlc-llm",
    "MLC-LLM": "mlc-llm",
    "llama2.c": "llama2-c",
    "bitnet.cpp": "bitnet-cpp",
    "SGLang": "sglang",
    "LitGPT": "litgpt",
    "OpenLLM": "openllm",
    "TensorRT-LLM": "tensorrt-llm",
    "TGI": "tgi",
    "TGI (Text Generation Inference)": "tgi",
    "PowerInfer": "powerinfer",
    "LMDeploy": "lmdeploy",
    "LightLLM": "lightllm",
    "NanoFlow": "nanoflow",
    "DistServe": "distserve",
    "vAttention": "vattention",
    "Sarathi-Serve": "sarathi-serve",
    "Friendli Inference": "friendli-inference",
    "Friendli AI": "friendli-inference",
    "Fireworks AI": "fireworks-ai",
    "GroqCloud": "groqcloud",
    "Together Inference": "together-inference",
    "Together AI": "together-inference",
}

#: Hardware Support Matrix: the four platform columns.
PLATFORM_COLUMNS: dict[str, str] = {
    "Linux": "linux",
    "Windows": "windows",
    "macOS": "macos",
    "Web/API": "web-api",
}

#: Hardware Support Matrix: the hardware columns (ETC is split into its three named devices, below).
HARDWARE_COLUMNS: dict[str, str] = {
    "x86-64": "x86-64",
    "ARM64/Apple Silicon": "arm64",
    "NVIDIA GPU (CUDA)": "nvidia",
    "AMD GPU (ROCm/HIP)": "amd-gpu",
    "Intel GPU (SYCL)": "intel-gpu",
    "Google TPU": "tpu",
    "AMD Instinct": "amd-instinct",
    "Intel Gaudi": "gaudi",
    "Huawei Ascend": "ascend",
    "AWS Inferentia": "inferentia",
    "Mobile / Edge": "edge",
}

#: The devices the ETC column names (its cells hold a device name, or ❌ for none of them).
ETC_DEVICES: dict[str, str] = {
    "Moore Threads MTT": "moore-threads",
    "Tecorigin SDAA": "tecorigin-sdaa",
    "Groq LPU": "groq-lpu",
}

TECHNIQUE_COLUMNS: dict[str, str] = {
    "Dynamic Batching": "dynamic-batching",
    "Continuous Batching": "continuous-batching",
    "Nano Batching": "nano-batching",
    "Chunked-prefills": "chunked-prefill",
    "Data Parallelism": "data-parallelism",
    "FSDP": "fsdp",
    "Tensor Parallelism": "tensor-parallelism",
    "Pipeline Parallelism": "pipeline-parallelism",
    "Quantization": "quantization",
    "Pruning": "pruning",
    "Sparsity": "sparsity",
    "LoRA": "lora",
    "Prompt Caching": "prompt-caching",
    "Prefix Caching": "prefix-caching",
    "KV Caching": "kv-caching",
    "PagedAttention": "paged-attention",
    "vAttention": "vattention",
    "FlashAttention": "flash-attention",
    "RadixAttention": "radix-attention",
    "FlexAttention": "flex-attention",
    "FireAttention": "fire-attention",
    "Speculative Decoding": "speculative-decoding",
    "Guided Decoding": "guided-decoding",
}

PRECISION_COLUMNS: dict[str, str] = {
    "FP32": "fp32",
    "FP16": "fp16",
    "FP8": "fp8",
    "FP4": "fp4",
    "NF4": "nf4",
    "BF16": "bf16",
    "INT8": "int8",
    "INT4": "int4",
    "MXFP8": "mxfp8",
    "MXFP6": "mxfp6",
    "MXFP4": "mxfp4",
    "MXINT8": "mxint8",
}

SCORE_COLUMNS: dict[str, str] = {
    "general-purpose": "general-purpose",
    "ease-of-deployment": "ease-of-deployment",
    "ease-of-use": "ease-of-use",
    "latency-aware": "latency",
    "throughput-aware": "throughput",
    "scalability": "scalability",
}

#: Headings of the taxonomy tables (emoji stripped) → category id.
TAXONOMY_HEADINGS: dict[str, str] = {
    "Batch Optimization": "batching",
    "Parallelism": "parallelism",
    "Quantization": "quantization",
    "Pruning": "pruning",
    "Sparsity Optimization": "sparsity",
    "Fine-Tuning": "fine-tuning",
    "Caching": "caching",
    "Attention Optimization": "attention",
    "Sampling Optimization": "sampling",
    "Structured Outputs": "structured-outputs",
}

ORG_TYPES: dict[str, str] = {
    "Community": "community",
    "Academic": "academic",
    "Big Tech": "big-tech",
    "Startup": "startup",
}
MONTHS: dict[str, int] = {
    m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
SUPPORT_SYMBOLS: dict[str, str] = {"✅": "yes", "❌": "no", "-": "unknown"}
OPEN_SOURCE_SYMBOLS: dict[str, str] = {"✅": "yes", "🔷": "partial", "❌": "no"}
DOCS_SYMBOLS: dict[str, str] = {"✅": "detailed", "🟠": "moderate", "🟡": "simple", "❌": "missing"}
DEPLOYMENT_ROWS: dict[str, str] = {"🖥 **Single-Node**": "single-node", "🖧 **Multi-Node**": "multi-node"}
DEPLOYMENT_COLUMNS: dict[str, str] = {
    "🧩 Heterogeneous Devices": "heterogeneous",
    "⚙️ Homogeneous Devices": "homogeneous",
}
#: The errata's table names → the reader whose cells they correct.
ERRATA_TABLES: dict[str, str] = {
    "Hardware Support Matrix": "hardware",
    "Optimization Coverage Matrix": "techniques",
    "Numeric Precision Support Matrix": "precisions",
}
FOOTNOTE_MARKS = "†‡*"

Matrix = dict[str, dict[str, str]]


# --- markdown plumbing --------------------------------------------------------------------------------------


@cache
def _lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8").splitlines())


def _cells(line: str) -> list[str]:
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|")):
        raise SourceFormatError(f"not a table row: {line!r}")
    return [c.strip() for c in body[1:-1].split("|")]


def _table_at(lines: tuple[str, ...], start: int) -> tuple[list[str], list[list[str]]]:
    """The table whose header row is ``lines[start]``: its header cells and body rows (each as wide)."""
    header = _cells(lines[start])
    if not all(set(c) <= set("-: ") for c in _cells(lines[start + 1])):
        raise SourceFormatError(f"line {start + 2}: expected a table's delimiter row")
    rows = []
    for line in lines[start + 2 :]:
        if not line.strip().startswith("|"):
            break
        row = _cells(line)
        if len(row) != len(header):
            raise SourceFormatError(f"{len(row)} cells where the header has {len(header)}: {line!r}")
        rows.append(row)
    return header, rows


def _table_after(path: Path, heading: str) -> tuple[list[str], list[list[str]]]:
    """The first table after the (unique) heading line that ends with ``heading``."""
    lines = _lines(path)
    found = [i for i, line in enumerate(lines) if line.startswith("#") and line.rstrip().endswith(heading)]
    if len(found) != 1:
        raise SourceFormatError(f"{path.name}: {len(found)} headings ending {heading!r}")
    for i in range(found[0] + 1, len(lines)):
        if lines[i].startswith("#"):
            break
        if lines[i].strip().startswith("|"):
            return _table_at(lines, i)
    raise SourceFormatError(f"{path.name}: no table under {heading!r}")


def _lookup(mapping: dict[str, str], key: str, what: str) -> str:
    try:
        return mapping[key]
    except KeyError:
        raise SourceFormatError(f"unknown {what} {key!r}") from None


def _engine(spelling: str) -> str:
    return _lookup(ENGINE_IDS, spelling, "engine spelling")


def _matrix(
    heading: str, columns: dict[str, str], first_header: str = "Framework"
) -> tuple[list[str], dict[str, list[str]]]:
    """A per-engine matrix: its header (first column dropped) and each engine's raw cells, checked for 25 rows."""
    header, rows = _table_after(LIST_FILE, heading)
    if header[0] != first_header:
        raise SourceFormatError(f"{heading}: first column {header[0]!r}")
    out: dict[str, list[str]] = {}
    for row in rows:
        engine = _engine(row[0])
        if engine in out:
            raise SourceFormatError(f"{heading}: engine {engine} twice")
        out[engine] = row[1:]
    if len(out) != 25:
        raise SourceFormatError(f"{heading}: {len(out)} engines, not 25")
    for h in header[1:]:
        if h not in columns:
            raise SourceFormatError(f"{heading}: unknown column {h!r}")
    return header[1:], out


def _support(cell: str) -> str:
    return _lookup(SUPPORT_SYMBOLS, cell, "support symbol")


# --- the overview table -------------------------------------------------------------------------------------

_ORG = re.compile(r"^(?P<kind>[A-Za-z ]+?) \((?P<name>.+)\)$")
_DATE = re.compile(r"^(?P<month>[A-Z][a-z]{2})\. (?P<year>\d{4})$")
_STARS = re.compile(r"^(?P<thousands>\d+(?:\.\d+)?)K$")


def parse_stars(cell: str) -> int | None:
    """``"43.4K"`` → 43400, ``"136K"`` → 136000, ``"--"`` → None."""
    if cell == "--":
        return None
    m = _STARS.match(cell)
    if not m:
        raise SourceFormatError(f"unknown star count {cell!r}")
    value = Decimal(m["thousands"]) * 1000  # Decimal: 77.6 * 1000 must be exactly 77600
    if value != value.to_integral_value():
        raise SourceFormatError(f"star count {cell!r} is not a whole number")
    return int(value)


def overview() -> dict[str, dict[str, Any]]:
    """The overview table, one dict per engine id (see the module docstring for the values)."""
    header, rows = _table_after(LIST_FILE, "Overview of LLM Inference Engines")
    expected = ["Framework", "Organization", "Release Date", "Open Source", "GitHub Stars", "Docs", "SNS", "Forum"]
    if header != [*expected, "Meetup"]:
        raise SourceFormatError(f"overview header {header!r}")
    out: dict[str, dict[str, Any]] = {}
    for name, org, date, open_source, stars, docs, sns, forum, meetup in rows:
        org_m, date_m = _ORG.match(org), _DATE.match(date)
        if not org_m or not date_m:
            raise SourceFormatError(f"overview row {name!r}: {org!r} / {date!r}")
        month = _lookup({k: f"{v:02d}" for k, v in MONTHS.items()}, date_m["month"], "month")
        out[_engine(name)] = {
            "name": name,
            "organization": org_m["name"],
            "org_type": _lookup(ORG_TYPES, org_m["kind"], "organization type"),
            "released": f"{date_m['year']}-{month}",
            "open_source": _lookup(OPEN_SOURCE_SYMBOLS, open_source, "open-source symbol"),
            "github_stars": parse_stars(stars),
            "docs": _lookup(DOCS_SYMBOLS, docs, "docs symbol"),
            "sns": _support(sns),
            "forum": _support(forum),
            "meetup": _support(meetup),
        }
    if len(out) != 25:
        raise SourceFormatError(f"overview: {len(out)} engines")
    return out


# --- the support matrices -----------------------------------------------------------------------------------

_NOTE = re.compile(r"^(?P<symbol>\S+) \((?P<note>[^()]+)\)$")


def _split_note(cell: str) -> tuple[str, str | None]:
    m = _NOTE.match(cell)
    return (m["symbol"], m["note"]) if m else (cell, None)


def _hardware_cells() -> dict[str, tuple[dict[str, str], dict[str, str], dict[str, str]]]:
    """engine → (platforms, hardware, notes), as published."""
    header, engines = _matrix("Hardware Support Matrix", {**PLATFORM_COLUMNS, **HARDWARE_COLUMNS, "ETC": ""})
    out = {}
    for engine, cells in engines.items():
        platforms: dict[str, str] = {}
        hardware: dict[str, str] = {}
        notes: dict[str, str] = {}
        for column, cell in zip(header, cells, strict=True):
            if column in PLATFORM_COLUMNS:
                platforms[PLATFORM_COLUMNS[column]] = _support(cell)
            elif column in HARDWARE_COLUMNS:
                symbol, note = _split_note(cell)
                hw = HARDWARE_COLUMNS[column]
                hardware[hw] = _support(symbol)
                if note is not None:
                    notes[hw] = note
            else:  # ETC: the name of one extra device, or ❌ for none
                named = [] if cell == "❌" else [_lookup(ETC_DEVICES, d.strip(), "ETC device") for d in cell.split(",")]
                for hw in ETC_DEVICES.values():
                    hardware[hw] = "yes" if hw in named else "no"
        out[engine] = (platforms, hardware, notes)
    return out


def _correct(table: str, matrix: Matrix, corrected: bool, column_ids: dict[str, str]) -> Matrix:
    """Apply the errata of ``table`` whose columns belong to ``column_ids`` (checking the published value)."""
    if not corrected:
        return matrix
    for erratum in errata():
        if erratum["table"] != table or erratum["column"] not in column_ids:
            continue
        key = column_ids[erratum["column"]]
        cell = matrix[erratum["engine"]]
        if cell[key] != erratum["published"]:
            raise SourceFormatError(f"erratum {erratum}: the table has {cell[key]!r}")
        cell[key] = erratum["corrected"]
    return matrix


def platforms(corrected: bool = True) -> Matrix:
    """Hardware Support Matrix, platform columns: engine → {linux, windows, macos, web-api} → support."""
    matrix = {e: dict(p) for e, (p, _, _) in _hardware_cells().items()}
    return _correct("Hardware Support Matrix", matrix, corrected, PLATFORM_COLUMNS)


def hardware(corrected: bool = True) -> Matrix:
    """Hardware Support Matrix, hardware columns (with ETC's three devices): engine → hardware id → support."""
    matrix = {e: dict(h) for e, (_, h, _) in _hardware_cells().items()}
    return _correct("Hardware Support Matrix", matrix, corrected, HARDWARE_COLUMNS)


def hardware_notes() -> dict[str, dict[str, str]]:
    """The parenthesised details of hardware cells, e.g. ``{"ollama": {"edge": "NVIDIA Jetson"}}`` (every engine)."""
    return {e: dict(n) for e, (_, _, n) in _hardware_cells().items()}


def techniques(corrected: bool = True) -> Matrix:
    """Optimization Coverage Matrix: engine → technique id → support."""
    header, engines = _matrix("Optimization Coverage Matrix", TECHNIQUE_COLUMNS)
    matrix = {
        e: {TECHNIQUE_COLUMNS[h]: _support(c) for h, c in zip(header, cells, strict=True)}
        for e, cells in engines.items()
    }
    return _correct("Optimization Coverage Matrix", matrix, corrected, TECHNIQUE_COLUMNS)


def precisions(corrected: bool = True) -> Matrix:
    """Numeric Precision Support Matrix: engine → precision id → support."""
    header, engines = _matrix("Numeric Precision Support Matrix", PRECISION_COLUMNS)
    matrix = {
        e: {PRECISION_COLUMNS[h]: _support(c) for h, c in zip(header, cells, strict=True)}
        for e, cells in engines.items()
    }
    return _correct("Numeric Precision Support Matrix", matrix, corrected, PRECISION_COLUMNS)


def deployment() -> dict[str, tuple[str, str]]:
    """Deployment Scalability vs. Hardware Diversity: engine → (scale, devices)."""
    header, rows = _table_after(LIST_FILE, "Deployment Scalability vs. Hardware Diversity")
    columns = [_lookup(DEPLOYMENT_COLUMNS, h, "deployment column") for h in header[1:]]
    out: dict[str, tuple[str, str]] = {}
    for row in rows:
        scale = _lookup(DEPLOYMENT_ROWS, row[0], "deployment row")
        for devices, cell in zip(columns, row[1:], strict=True):
            for name in cell.split(","):
                engine = _engine(name.strip())
                if engine in out:
                    raise SourceFormatError(f"deployment: {engine} in two cells")
                out[engine] = (scale, devices)
    if len(out) != 25:
        raise SourceFormatError(f"deployment: {len(out)} engines")
    return out


# --- pricing ------------------------------------------------------------------------------------------------

_PRICE = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<marks>[†‡*]*)$")


def _price(text: str) -> tuple[float | None, set[str]]:
    text = text.strip()
    if text == "-":
        return None, set()
    m = _PRICE.match(text)
    if not m:
        raise SourceFormatError(f"unknown price {text!r}")
    return float(m["number"]), set(m["marks"])


def _provider(header: str) -> tuple[str, set[str]]:
    name = header.rstrip(FOOTNOTE_MARKS)
    return _engine(name), set(header[len(name) :])


def pricing_column_marks() -> dict[str, set[str]]:
    """The footnote marks on the pricing-by-model table's provider headers (``"Friendli AI†"`` → {"†"})."""
    header, _ = _table_after(LIST_FILE, "Commercial Inference Engine Pricing by Model (USD per 1M tokens)")
    return dict(_provider(h) for h in header[1:])


def pricing_by_model() -> dict[str, dict[str, tuple[float | None, float | None, set[str]]]]:
    """model → provider → (input, output, marks in the cell); "-" is None. Marks on the headers: see above."""
    header, rows = _table_after(LIST_FILE, "Commercial Inference Engine Pricing by Model (USD per 1M tokens)")
    if header[0] != "Model":
        raise SourceFormatError(f"pricing header {header!r}")
    providers = [_provider(h)[0] for h in header[1:]]
    out: dict[str, dict[str, tuple[float | None, float | None, set[str]]]] = {}
    for model, *cells in rows:
        out[model] = {}
        for provider, cell in zip(providers, cells, strict=True):
            parts = cell.split(" / ")
            if len(parts) != 2:
                raise SourceFormatError(f"price cell {cell!r}")
            (inp, marks_in), (outp, marks_out) = _price(parts[0]), _price(parts[1])
            out[model][provider] = (inp, outp, marks_in | marks_out)
    return out


def pricing_footnotes() -> dict[str, str]:
    """The pricing-by-model table's footnotes as published: mark → text."""
    lines = _lines(LIST_FILE)
    start = next(i for i, line in enumerate(lines) if line.endswith("Pricing by Model (USD per 1M tokens)"))
    out: dict[str, str] = {}
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        m = re.match(r"^- ([†‡*]) (.+?)\s*$", line)
        if m:
            out[m[1]] = m[2]
    return out


def pricing_by_hardware() -> dict[str, dict[str, float | None]]:
    """hardware → provider → USD per device-hour; "-" is None."""
    header, rows = _table_after(
        LIST_FILE, "Commercial Inference Engine Pricing by Hardware Type (USD per hour per device)"
    )
    if header[0] != "Hardware":
        raise SourceFormatError(f"pricing header {header!r}")
    providers = [_provider(h)[0] for h in header[1:]]
    out: dict[str, dict[str, float | None]] = {}
    for device, *cells in rows:
        row: dict[str, float | None] = {}
        for provider, cell in zip(providers, cells, strict=True):
            value, marks = _price(cell)
            if marks:
                raise SourceFormatError(f"unexpected footnote in {cell!r}")
            row[provider] = value
        out[device] = row
    return out


# --- taxonomy -----------------------------------------------------------------------------------------------

_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def _heading_text(line: str) -> str:
    # "## 🧩 Batch Optimization" → "Batch Optimization": drop the hashes and any leading non-letters (emoji).
    return re.sub(r"^#+\s*[^A-Za-z]*", "", line).strip()


def references(cell: str) -> list[tuple[str, str]]:
    """``[label](url), …`` → [(label, url)], with whitespace inside labels collapsed."""
    return [(" ".join(m["label"].split()), m["url"]) for m in _LINK.finditer(cell)]


def taxonomy() -> list[dict[str, Any]]:
    """The 55 technique entries, in order: category, name, description, references [(label, url)]."""
    lines = _lines(LIST_FILE)
    out: list[dict[str, Any]] = []
    heading = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            heading = _heading_text(line)
        elif line.strip().startswith("|") and _cells(line)[0] == "Technique":
            header, rows = _table_at(lines, i)
            if header != ["Technique", "Description", "References"]:
                raise SourceFormatError(f"taxonomy header {header!r}")
            category = _lookup(TAXONOMY_HEADINGS, heading, "taxonomy heading")
            for name, description, refs in rows:
                parsed = references(refs)
                if not parsed:
                    raise SourceFormatError(f"taxonomy entry {name!r} without references")
                out.append({"category": category, "name": name, "description": description, "references": parsed})
            i += 2 + len(rows)
            continue
        i += 1
    if len(out) != 55:
        raise SourceFormatError(f"taxonomy: {len(out)} entries, not 55")
    return out


# --- the engine lists ---------------------------------------------------------------------------------------


def _list_items(heading: str) -> Iterator[str]:
    lines = _lines(LIST_FILE)
    start = next(i for i, line in enumerate(lines) if line.startswith("## ") and line.endswith(heading))
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            return
        if line.startswith("- "):
            yield line[2:].strip()


def links() -> dict[str, dict[str, Any]]:
    """engine → {repository, webpage, papers} from the open-source and commercial lists (None / () if absent)."""
    out: dict[str, dict[str, Any]] = {}
    for item in _list_items("Open Source Inference Engines"):
        found = list(_LINK.finditer(item))
        name, repository = found[0]["label"], found[0]["url"]
        entry: dict[str, Any] = {"repository": repository, "webpage": None, "papers": ()}
        for m in found[1:]:
            # the icon before each link says what it is: 🌐 a web page, 📄 a paper
            icon = item[: m.start()].rstrip(" ,")[-1]
            if icon == "🌐" and m["label"] == "Webpage":
                entry["webpage"] = m["url"]
            elif icon == "📄" and m["label"].startswith("Paper"):
                entry["papers"] = (*entry["papers"], m["url"])
            else:
                raise SourceFormatError(f"unknown link {m[0]!r} in {item!r}")
        out[_engine(name)] = entry
    for item in _list_items("Commercial Inference Engines"):
        m = re.fullmatch(r"🌐 " + _LINK.pattern, item)
        if not m:
            raise SourceFormatError(f"commercial list item {item!r}")
        out[_engine(m["label"])] = {"repository": None, "webpage": m["url"], "papers": ()}
    if len(out) != 25:
        raise SourceFormatError(f"lists: {len(out)} engines")
    return out


def commercial() -> set[str]:
    """The engines of the "Commercial Inference Engines" list."""
    return {_engine(_LINK.search(item)["label"]) for item in _list_items("Commercial Inference Engines")}  # type: ignore[index]


# --- survey-scores.md ---------------------------------------------------------------------------------------

_SCORE = re.compile(r"^(?P<tilde>~?)(?P<low>\d(?:\.\d+)?)(?:–(?P<high>\d(?:\.\d+)?))?$")


def parse_score(cell: str) -> tuple[float, bool, float | None, float | None]:
    """A score cell: ``"2.7"`` → (2.7, False, None, None); ``"~1.1–1.3"`` → (1.2, True, 1.1, 1.3);
    ``"~5.0"`` → (5.0, True, None, None): uncertain, with no range."""
    m = _SCORE.match(cell)
    if not m:
        raise SourceFormatError(f"unknown score {cell!r}")
    uncertain = bool(m["tilde"])
    if m["high"] is None:
        return float(m["low"]), uncertain, None, None
    if not uncertain:
        raise SourceFormatError(f"a range without ~: {cell!r}")
    low, high = Decimal(m["low"]), Decimal(m["high"])
    return float((low + high) / 2), True, float(low), float(high)


def scores() -> dict[str, dict[str, tuple[float, bool, float | None, float | None]]]:
    """engine → dimension id → (value, uncertain, low, high)."""
    header, rows = _table_after(SCORES_FILE, "The survey's six-dimension evaluation (read off its radar chart)")
    if header[0] != "engine":
        raise SourceFormatError(f"scores header {header!r}")
    dims = [_lookup(SCORE_COLUMNS, h, "score column") for h in header[1:]]
    out = {_engine(row[0]): {d: parse_score(c) for d, c in zip(dims, row[1:], strict=True)} for row in rows}
    if len(out) != 25:
        raise SourceFormatError(f"scores: {len(out)} engines")
    return out


# --- errata.md ----------------------------------------------------------------------------------------------


def errata() -> list[dict[str, str]]:
    """The errata table: table, engine (id), column (as published), field ("hardware.ascend"), published and
    corrected (support values), source, date."""
    header, rows = _table_after(ERRATA_FILE, "Errata to the source tables")
    if header != ["table", "engine", "column", "published", "corrected", "source", "date"]:
        raise SourceFormatError(f"errata header {header!r}")
    out = []
    for table, engine, column, published, corrected, source, date in rows:
        kind = _lookup(ERRATA_TABLES, table, "errata table")
        if kind == "hardware":
            columns = {**{k: f"platforms.{v}" for k, v in PLATFORM_COLUMNS.items()}}
            columns.update({k: f"hardware.{v}" for k, v in HARDWARE_COLUMNS.items()})
        elif kind == "techniques":
            columns = {k: f"techniques.{v}" for k, v in TECHNIQUE_COLUMNS.items()}
        else:
            columns = {k: f"precisions.{v}" for k, v in PRECISION_COLUMNS.items()}
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise SourceFormatError(f"errata date {date!r}")
        out.append(
            {
                "table": table,
                "engine": _engine(engine),
                "column": column,
                "field": _lookup(columns, column, f"{table} column"),
                "published": _support(published),
                "corrected": _support(corrected),
                "source": source,
                "date": date,
            }
        )
    return out


# --- the devices the source names ---------------------------------------------------------------------------

#: The bold labels of the vendor-link lines under the Hardware Support Matrix → the column (hardware id) they
#: illustrate. "Mobile/Edge" is written without spaces there; ETC names the three devices ETC_DEVICES maps.
VENDOR_LINK_LABELS: dict[str, str | None] = {
    "NVIDIA GPU": "nvidia",
    "AMD GPU": "amd-gpu",
    "Intel GPU": "intel-gpu",
    "Google TPU": "tpu",
    "AMD Instinct": "amd-instinct",
    "Intel Gaudi": "gaudi",
    "Huawei Ascend": "ascend",
    "AWS Inferentia": "inferentia",
    "Mobile/Edge": "edge",
    "ETC": None,  # each device is its own column
}

_VENDOR_LINE = re.compile(r"^- \*\*(?P<label>[^*]+)\*\*: (?P<rest>.+)$")


def vendor_links() -> list[dict[str, Any]]:
    """The links under the Hardware Support Matrix, in order: label (as linked), url, column id, line (1-based)."""
    lines = _lines(LIST_FILE)
    start = next(i for i, line in enumerate(lines) if line.rstrip().endswith("Hardware Support Matrix"))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("#"))
    out: list[dict[str, Any]] = []
    for i in range(start, end):
        m = _VENDOR_LINE.match(lines[i])
        if not m:
            continue
        if m["label"] not in VENDOR_LINK_LABELS:
            raise SourceFormatError(f"unknown vendor-link label {m['label']!r}")
        for link in _LINK.finditer(m["rest"]):
            column = VENDOR_LINK_LABELS[m["label"]]
            if column is None:
                column = _lookup(ETC_DEVICES, link["label"], "ETC device")
            out.append({"label": link["label"], "url": link["url"], "column": column, "line": i + 1})
    if not out:
        raise SourceFormatError("no vendor links under the Hardware Support Matrix")
    return out


def edge_details() -> dict[str, list[str]]:
    """engine → the devices its Mobile / Edge cell names (``"✅ (Qualcomm Adreno, ARM Mali, Apple)"`` → three),
    for the engines whose cell is ✅ with a detail."""
    out = {}
    for engine, (_, hardware_cells, notes) in _hardware_cells().items():
        if "edge" in notes:
            if hardware_cells["edge"] != "yes":
                raise SourceFormatError(f"{engine}: a Mobile / Edge detail on a cell that is not ✅")
            out[engine] = [item.strip() for item in notes["edge"].split(",")]
    return out


def edge_cell_lines() -> dict[str, int]:
    """engine → the line (1-based) of its Hardware Support Matrix row."""
    lines = _lines(LIST_FILE)
    start = next(i for i, line in enumerate(lines) if line.rstrip().endswith("Hardware Support Matrix"))
    out = {}
    for i in range(start + 3, len(lines)):
        if not lines[i].startswith("|"):
            break
        out[_engine(_cells(lines[i])[0])] = i + 1
    return out


_MEMORY = re.compile(r"^(?P<name>.+?) (?P<gb>\d+)GB$")


def pricing_devices() -> list[dict[str, Any]]:
    """The rows of the pricing-by-hardware table: name as written, memory in GB (None if not written), line."""
    lines = _lines(LIST_FILE)
    names = list(pricing_by_hardware())
    out = []
    for name in names:
        line = next(i for i, text in enumerate(lines) if text.startswith(f"| {name} |")) + 1
        m = _MEMORY.match(name)
        out.append({"name": name, "memory_gb": int(m["gb"]) if m else None, "line": line})
    return out
