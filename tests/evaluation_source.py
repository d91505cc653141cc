"""An independent reader of paper v3's evaluation (§6) and of the list's later state, for testing the dataset.

It reads only the verbatim copies in ``tests/source/`` (``survey-v3-excerpts.md``, ``awesome-llm-inference-
engine@cca7861.md``, ``upstream-history.md``) and imports nothing from ``llmengines``: the row names, the
spellings of engines and models, and the rules of §6.2.1 are written out here a second time, by hand. Like
``source_tables.py`` it is strict: text shaped otherwise than expected raises :class:`SourceFormatError`.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent / "source"
PAPER_FILE = SOURCE_DIR / "survey-v3-excerpts.md"
LIST_FILE = SOURCE_DIR / "awesome-llm-inference-engine@cca7861.md"
OLD_LIST_FILE = SOURCE_DIR / "awesome-llm-inference-engine.md"
HISTORY_FILE = SOURCE_DIR / "upstream-history.md"


class SourceFormatError(ValueError):
    """The source text is not shaped the way this reader expects."""


def squash(text: str) -> str:
    """Lower case, letters and digits only: how model and engine spellings are compared."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces (the excerpts wrap lines and separate rows with blank lines)."""
    return " ".join(text.split())


@cache
def paper() -> str:
    return PAPER_FILE.read_text(encoding="utf-8")


@cache
def paper_flat() -> str:
    return flat(paper())


@cache
def the_list() -> str:
    return LIST_FILE.read_text(encoding="utf-8")


@cache
def list_flat() -> str:
    return flat(the_list())


def between(text: str, start: str, end: str) -> str:
    i = text.find(start)
    if i < 0:
        raise SourceFormatError(f"{start!r} not found")
    j = text.find(end, i + len(start))
    if j < 0:
        raise SourceFormatError(f"{end!r} not found after {start!r}")
    return text[i + len(start) : j]


# --- Table 13 --------------------------------------------------------------------------------------------------------

#: Table 13's row names, in the order printed, → engine id.
TABLE13_ROWS: dict[str, str] = {
    "Ollama": "ollama",
    "LLaMA.cpp": "llama-cpp",
    "vLLM": "vllm",
    "DeepSpeed-FastGen (DeepSpeed-MII)": "deepspeed-fastgen",
    "unsloth": "unsloth",
    "MAX": "max",
    "MLC LLM": "mlc-llm",
    "llama2.c": "llama2-c",
    "bitnet.cpp": "bitnet-cpp",
    "SGLang": "sglang",
    "LitGPT": "litgpt",
    "OpenLLM": "openllm",
    "TensorRT-LLM": "tensorrt-llm",
    "TGI": "tgi",
    "PowerInfer": "powerinfer",
    "LMDeploy": "lmdeploy",
    "LightLLM": "lightllm",
    "NanoFlow": "nanoflow",
    "DistServe": "distserve",
    "vAttention": "vattention",
    "Sarathi-Serve": "sarathi-serve",
}
_ROW13 = re.compile(
    r"^(?P<version>\S+?)(?: \((?P<commit2>\w+)∗\))?(?P<star>∗)? "
    r"(?P<method>source build|pip/uv|pip|uv|curl|docker|prebuilt) "
    r"(?P<env>venv|conda|docker/conda|docker|-) (?P<ease>Easy|Medium|Hard) (?P<support>[✔✘]) (?P<type>.+)$"
)


def _rows(text: str, labels: list[str]) -> dict[str, str]:
    """The text of each row, found by its label, each searched for after the previous one."""
    out: dict[str, str] = {}
    starts: list[tuple[str, int, int]] = []
    pos = 0
    for label in labels:
        found = re.compile(rf"(?<![\w.-]){re.escape(label)}(?![\w.-])").search(text, pos)
        if found is None:
            raise SourceFormatError(f"row {label!r} not found")
        starts.append((label, found.start(), found.end()))
        pos = found.end()
    for (label, _, end), nxt in zip(starts, [*starts[1:], ("", len(text), len(text))], strict=True):
        out[label] = text[end : nxt[1]].strip()
    return out


@cache
def table13() -> dict[str, dict[str, object]]:
    """Engine id → version, commit, method, environment (None for '-'), ease, api (bool), api_type (or None)."""
    block = flat(between(paper(), "Table 13. Inference Engines Execution Environments", "∗Commit number"))
    block = block.split("Support Type", 1)[1]
    out: dict[str, dict[str, object]] = {}
    for label, row in _rows(block, list(TABLE13_ROWS)).items():
        m = _ROW13.match(row)
        if m is None:
            raise SourceFormatError(f"Table 13 row {label!r}: {row!r}")
        commit = m["commit2"] or (m["version"] if m["star"] else None)
        version = None if m["star"] else m["version"]
        api = m["support"] == "✔"
        kind = m["type"]
        if api == (kind == "✘"):
            raise SourceFormatError(f"Table 13 row {label!r}: support {m['support']} with type {kind!r}")
        out[TABLE13_ROWS[label]] = {
            "version": version,
            "commit": commit,
            "method": m["method"],
            "environment": None if m["env"] == "-" else m["env"],
            "ease": m["ease"].lower(),
            "api": api,
            "api_type": kind if api else None,
        }
    if len(out) != 21:
        raise SourceFormatError(f"Table 13: {len(out)} rows, not 21")
    return out


def ease_definitions() -> dict[str, str]:
    """§6.1's definitions of the three install-ease levels."""
    text = paper_flat()
    found = re.search(r"Easy refers to cases (.+?); Medium includes cases (.+?); Hard applies when (.+?)\.", text)
    if found is None:
        raise SourceFormatError("§6.1 ease definitions")
    return {"easy": found[1], "medium": found[2], "hard": found[3]}


@cache
def benchmarked() -> list[str]:
    """The 13 engines §6.2.1 says were evaluated with GuideLLM, as ids."""
    text = paper_flat()
    names = between(text, "we evaluated 13 inference engines compatible with the OpenAI API (", "as listed in Table 13")
    names = names.replace(" (DeepSpeed-MII [225])", "")
    # Tables 14 and 15 are printed inside this sentence; they cite nothing, so the "Name [n]" items are the list.
    spelled = [m.strip() for m in re.findall(r"([^,\[\]]+?) \[\d+\]", names)]
    ids = {"Ollama": "ollama", "LLaMA.cpp": "llama-cpp", "vLLM": "vllm", "DeepSpeed-FastGen": "deepspeed-fastgen",
           "MAX": "max", "MLC LLM": "mlc-llm", "SGLang": "sglang", "LitGPT": "litgpt", "OpenLLM": "openllm",
           "TensorRT-LLM": "tensorrt-llm", "TGI": "tgi", "LMDeploy": "lmdeploy",
           "vAttention": "vattention"}  # fmt: skip
    out = []
    for s in spelled:
        key = next((k for k in ids if s.endswith(k)), None)
        if key is None:
            raise SourceFormatError(f"§6.2.1: engine {s!r}")
        out.append(ids[key])
    if len(out) != 13:
        raise SourceFormatError(f"§6.2.1: {len(out)} engines, not 13")
    return out


# --- Table 14 --------------------------------------------------------------------------------------------------------

#: Table 14's row names, in the order printed, → engine id (DeepSpeed and TRT: the only such engines of the 13).
TABLE14_ROWS: dict[str, str] = {
    "Ollama": "ollama",
    "LLaMA.cpp": "llama-cpp",
    "vLLM": "vllm",
    "DeepSpeed": "deepspeed-fastgen",
    "MAX": "max",
    "MLC LLM": "mlc-llm",
    "SGLang": "sglang",
    "litgpt": "litgpt",
    "openllm": "openllm",
    "TRT": "tensorrt-llm",
    "TGI": "tgi",
    "LMDeploy": "lmdeploy",
    "vAttention": "vattention",
}
_CONTEXT = re.compile(r"^(?P<context>Model config|–|[\d,]+) (?P<rest>.*)$")
_BATCH_GPU = re.compile(r"(?:^|\s)(?P<batch>–|[\d,]+) (?P<gpu>1|Visible devices)\b")


def _number_or_none(cell: str) -> int | None:
    return None if cell == "–" else int(cell.replace(",", ""))


@cache
def table14() -> dict[str, dict[str, object]]:
    """Engine id → context_length (int or None for '–'), context_from_model (bool), max_batch (int or None)."""
    block = flat(
        between(paper(), "Table 14. LLM Inference Engine Serving Default Configuration Comparison", "Table 15.")
    )
    block = block.split("Model Repository", 1)[1]
    out: dict[str, dict[str, object]] = {}
    for label, row in _rows(block, list(TABLE14_ROWS)).items():
        m = _CONTEXT.match(row)
        if m is None:
            raise SourceFormatError(f"Table 14 row {label!r}: {row!r}")
        cells = _BATCH_GPU.search(m["rest"])
        if cells is None:
            raise SourceFormatError(f"Table 14 row {label!r}: no max batch / GPU cells in {row!r}")
        from_model = m["context"] == "Model config"
        out[TABLE14_ROWS[label]] = {
            "context_length": None if from_model else _number_or_none(m["context"]),
            "context_from_model": from_model,
            "max_batch": _number_or_none(cells["batch"]),
        }
    return out


# --- Table 12 --------------------------------------------------------------------------------------------------------

#: Table 12's row labels and, per row, the text of its three cells in the printed order (Server 1, Server 2, Edge).
TABLE12_LABELS = ("CPU", "Memory", "OS", "GPU Name", "Memory", "Interconnection")


@cache
def table12_block() -> str:
    return flat(between(paper(), "Table 12. Server Specifications for Experimental Environment", "Table 13."))


# --- §6.2.1: the fixed conditions of each kind of test ----------------------------------------------------------------

#: (metric kind, environment) → (fixed concurrency, fixed prompt, fixed output), with the §6.2.1 words that say so.
RULES: dict[tuple[str, str], tuple[int | None, int | None, int | None, str]] = {
    ("ttft", "server"): (16, None, 1024, "the concurrency level was fixed at 16 and the output length at 1,024 tokens"),
    ("ttft", "edge"): (2, None, 512, "fixing the concurrency level at 2 and the output length at 512 tokens"),
    ("tbt", "server"): (16, 1024, None, "the prompt length was fixed at 1,024 tokens and the concurrency at 16"),
    ("tbt", "edge"): (2, 128, None, "fixing the prompt length at 128 tokens and the concurrency level at 2"),
    ("load", "server"): (None, 1024, 1024, "both the prompt and output lengths were fixed at 1,024 tokens"),
    ("load", "edge"): (None, 128, 512, "the prompt length was fixed at 128 tokens and the output length at 512 tokens"),
}

#: Section of the excerpts → (environment, setup id of the dataset).
SECTIONS = {
    "## Section 6.2.2": ("server", "server-4bit"),
    "## Section 6.2.3": ("server", "server-full"),
    "## Section 6.2.4": ("edge", "edge-4bit"),
}

#: Spellings of engines in §6's prose.
ENGINE_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ollama": ("Ollama",),
    "llama-cpp": ("LLaMA.cpp",),
    "vllm": ("vLLM",),
    "tensorrt-llm": ("TensorRT-LLM", "TensorRTLLM"),
    "tgi": ("TGI",),
    "lmdeploy": ("LMDeploy",),
    "mlc-llm": ("MLC LLM",),
    "deepspeed-fastgen": ("DeepSpeed-FastGen",),
}
#: Model names the dataset writes in full where the prose shortens them (an inference each series records).
MODEL_SPELLINGS: dict[str, tuple[str, ...]] = {"DeepSeek-R1-Distill-Qwen-1.5B": ("DeepSeek1.5B", "DeepSeek R1-1.5B")}
DEVICE_SPELLINGS = {"h100-server": "H100", "a6000-server": "A6000", "jetson-orin": "Jetson"}


def section_of(quote: str) -> str:
    """The excerpt section (``## Section 6.2.x``) in which the quote's first part stands."""
    text = paper()
    first = quote.split(" […] ", maxsplit=1)[0]
    position = find_quote(paper_flat(), quote)
    if position < 0:
        raise SourceFormatError(f"quote not in the paper: {first!r}")
    heads = [(flat(text[: text.index(h)]).__len__(), h) for h in SECTIONS]
    before = [h for start, h in heads if start <= position]
    if not before:
        raise SourceFormatError(f"quote outside §6.2.2–§6.2.4: {first!r}")
    return before[-1]


def find_quote(text: str, quote: str) -> int:
    """Where a quote starts in ``text`` (its parts, cut at ' […] ', in order), or -1."""
    pos, start = 0, -1
    for part in quote.split(" […] "):
        i = text.find(part, pos)
        if i < 0:
            return -1
        start = i if start < 0 else start
        pos = i + len(part)
    return start


def numbers(text: str) -> list[float]:
    """Every number in a text, commas removed (``1,024`` → 1024)."""
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def rule_is_stated(words: str) -> bool:
    return words in paper_flat()


# --- the list's Experiments section -----------------------------------------------------------------------------------


@cache
def experiments() -> str:
    return between(the_list(), "## 🔬 Experiments", "## 🔭 Future Directions")


def list_llama2_c64() -> dict[str, dict[str, float]]:
    """The list's Llama-2-7B concurrency-64 figures: metric → engine id → value."""
    text = experiments()
    ids = {"TensorRT-LLM": "tensorrt-llm", "LMDeploy": "lmdeploy", "vLLM": "vllm", "TGI": "tgi"}
    out: dict[str, dict[str, float]] = {}
    for metric, start, unit in (
        ("requests_per_s", "**Requests/s (Llama-2-7B)**\nConcurrency 64:", "req/s"),
        ("tokens_per_s", "**Token Throughput**\n(Llama-2-7B, concurrency 64)", "tok/s"),
    ):
        block = between(text, start, "\n\n")
        found = re.findall(rf"^- (\S+): ([\d,.]+) {re.escape(unit)}$", block, re.M)
        if len(found) != 4:
            raise SourceFormatError(f"Experiments {metric}: {found}")
        out[metric] = {ids[name]: float(value.replace(",", "")) for name, value in found}
    return out


def list_groupings() -> dict[str, tuple[str, list[str]]]:
    """The Engine Installation Notes: level → (definition, engine ids named)."""
    ids = {"Ollama": "ollama", "LLaMA.cpp": "llama-cpp", "vLLM": "vllm", "TGI": "tgi", "TensorRT-LLM": "tensorrt-llm",
           "MAX": "max", "MLC LLM": "mlc-llm", "DistServe": "distserve", "NanoFlow": "nanoflow"}  # fmt: skip
    out = {}
    for level, definition, names in re.findall(r"^- \*\*(Easy|Medium|Hard)\*\*: (.+?) \((.+)\)$", experiments(), re.M):
        named = [n.strip() for n in names.split(",") if n.strip() != "etc."]
        out[level.lower()] = (definition, [ids[n] for n in named])
    if set(out) != {"easy", "medium", "hard"}:
        raise SourceFormatError(f"Engine Installation Notes: {out}")
    return out


# --- the list's later entries -----------------------------------------------------------------------------------------


def _bullets(text: str, heading: str) -> list[str]:
    section = between(text, heading, "\n## ")
    return [line[2:] for line in section.splitlines() if line.startswith("- ")]


def _entry(line: str) -> dict[str, object]:
    linked = re.match(r"\[([^\]]+)\]\(([^)]+)\)", line)
    name = linked[1] if linked else line.split(" 📄", maxsplit=1)[0].split(" 🌐", maxsplit=1)[0].strip()
    webpage = re.search(r"🌐 \[Webpage\]\(([^)]+)\)", line)
    return {
        "name": name,
        "repository": linked[2] if linked else None,
        "webpage": webpage[1] if webpage else None,
        "papers": re.findall(r"📄 \[Paper\d?\]\(([^)]+)\)", line),
    }


@cache
def later_entries() -> dict[str, dict[str, object]]:
    """Entries of the open-source and gateway sections at cca7861 that the published list did not have: name → links."""
    old = OLD_LIST_FILE.read_text(encoding="utf-8")
    published = {str(_entry(b)["name"]) for b in _bullets(old, "## 🔓 Open Source Inference Engines")}
    out = {}
    for heading, kind in (
        ("## 🔓 Open Source Inference Engines", "engine"),
        ("## 🧭 Open Source LLM Gateways and Serving Systems", "gateway"),
    ):
        for bullet in _bullets(the_list(), heading):
            entry = _entry(bullet)
            if entry["name"] not in published:
                out[str(entry["name"])] = entry | {"kind": kind}
    return out


@cache
def history() -> dict[str, tuple[str, str | None, str]]:
    """What upstream-history.md says each later entry's commit was: name → (commit, merge, date it reached the list)."""
    text = HISTORY_FILE.read_text(encoding="utf-8")
    out = {}
    for commit, merge, dates, change in re.findall(
        r"^\| (\w+)(?: \(merge (\w+)\))? \| ([\d-]+(?: / [\d-]+)?) \| (.+?) \|$", text, re.M
    ):
        first, _, second = dates.partition(" / ")
        reached = first if not second else first[: len(first) - len(second)] + second
        name = None
        if m := re.match(r"Engine listed: (.+?)(?: \(|$)", change):
            name = m[1].split(" – ")[0]
        elif change.startswith('New section "Open Source LLM Gateways'):
            name = change.split(": ", 1)[1].split(";")[0]
        elif m := re.match(r"Technique added to Sampling Optimization: (\w+)", change):
            name = m[1]
        if name:
            out[name] = (commit, merge or None, reached)
    return out


def mistakes() -> str:
    """The 'mistakes' part of upstream-history.md."""
    return HISTORY_FILE.read_text(encoding="utf-8").split("## Upstream edits that are mistakes", 1)[1]


def minedraft_row() -> tuple[str, str, str, str]:
    """(section heading, name, description, reference markdown) of the MineDraft row."""
    text = the_list()
    row = re.search(r"^\| MineDraft \| (.+?) \| (.+?) \|$", text, re.M)
    if row is None:
        raise SourceFormatError("no MineDraft row")
    heading = re.findall(r"^## (.+)$", text[: row.start()], re.M)[-1]
    return heading, "MineDraft", row[1].strip(), row[2].strip()


def journal() -> dict[str, str]:
    """The journal BibTeX entry's fields."""
    entry = between(the_list(), "@article{10.1145/3803798,", "\n}")
    return dict(re.findall(r"^(\w+) = \{(.+)\},?$", entry, re.M))
