"""An independent reader of the paper's version 3 (``tests/source/survey-v3-excerpts.md``), for the tests.

Like :mod:`tests.source_tables` it imports nothing from ``llmengines`` and writes out every mapping of the
source's spellings a second time. It reads only what the extracted text states unambiguously: Table 4's
organization, type, release month, open-source mark, stars and stars per day; Table 11's twelve marks per engine;
Tables 6 and 7's prices. Anything it does not recognise raises :class:`SourceFormatError`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from .source_tables import SourceFormatError

V3_FILE = Path(__file__).resolve().parent / "source" / "survey-v3-excerpts.md"

#: Row names as Tables 4, 11, 6 and 7 print them → engine id.
ROWS: dict[str, str] = {
    "Ollama": "ollama",
    "llama.cpp": "llama-cpp",
    "vLLM": "vllm",
    "DeepSpeed-FastGen": "deepspeed-fastgen",
    "Unsloth": "unsloth",
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
    "Friendli Inference": "friendli-inference",
    "Fireworks AI": "fireworks-ai",
    "GroqCloud": "groqcloud",
    "Together Inference": "together-inference",
}
PROVIDERS: dict[str, str] = {
    "Friendli AI": "friendli-inference",
    "Fireworks AI": "fireworks-ai",
    "GroqCloud": "groqcloud",
    "Together AI": "together-inference",
}
#: Model rows of Table 6 whose printed name is not the model's name (the extraction lost a letter; a product
#: name printed with spaces) → the name the dataset uses. Every other row is named as printed.
MODEL_NAMES: dict[str, str] = {"Llama 4 Maveric": "Llama 4 Maverick", "OpenAI gpt OSS 120b": "OpenAI gpt-oss-120b"}
KINDS = {"Community": "community", "Academic": "academic", "Big Tech": "big-tech", "Startup": "startup"}
OPEN = {"✔": "yes", "▲": "partial", "✘": "no"}
MARKS = {"✔": "yes", "✘": "no"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PRECISIONS = ("fp32", "fp16", "fp8", "fp4", "nf4", "bf16", "int8", "int4", "mxfp8", "mxfp6", "mxfp4", "mxint8")
STARS_AS_OF = "2025-09"  # Table 4's header: "GitHub (Sep. 2025)"
PAPER_DATE = "2025-11-26"


@cache
def _excerpt(heading_start: str) -> str:
    """The text fence under the one heading that starts with ``heading_start``, whitespace collapsed."""
    lines = V3_FILE.read_text(encoding="utf-8").split("\n")
    found = [i for i, line in enumerate(lines) if line.startswith("## " + heading_start)]
    if len(found) != 1:
        raise SourceFormatError(f"{len(found)} headings starting {heading_start!r}")
    start = lines.index("```text", found[0]) + 1
    end = lines.index("```", start)
    return " ".join(" ".join(lines[start:end]).split())


def _rows(text: str) -> list[tuple[str, str]]:
    """Split ``text`` at every "Name [ref]" of the 25 engines: [(engine id, the text up to the next row)]."""
    names = "|".join(re.escape(n) for n in sorted(ROWS, key=len, reverse=True))
    starts = list(re.finditer(rf"(?:^| )({names}) \[\d+(?:, \d+)*\]", text))
    out = []
    for m, nxt in zip(starts, [*starts[1:], None], strict=True):
        out.append((ROWS[m[1]], text[m.end() : nxt.start() if nxt else len(text)].strip()))
    if sorted(e for e, _ in out) != sorted(ROWS.values()):
        raise SourceFormatError(f"rows found: {[e for e, _ in out]}")
    return out


def _thousands(text: str) -> int:
    value = Decimal(text.removesuffix("K")) * 1000
    if not text.endswith("K") or value != value.to_integral_value():
        raise SourceFormatError(f"star count {text!r}")
    return int(value)


def overview() -> dict[str, dict[str, Any]]:
    """Table 4: engine → organization, org_type, released (YYYY-MM), open_source, github_stars, stars_per_day."""
    text = _excerpt("Table 4.")
    text = text[text.index("Frameworks Organization") + len("Frameworks Organization") :]
    out: dict[str, dict[str, Any]] = {}
    for engine, rest in _rows(text):
        tokens = rest.split(" ")
        kind_words = 2 if tokens[0] == "Big" else 1
        kind = " ".join(tokens[:kind_words])
        after = " ".join(tokens[kind_words:])
        m = re.match(
            r"\((?P<org>[^()]+)\) (?P<mon>[A-Z][a-z]{2})\. (?P<year>\d{4}) (?P<open>\S) (?P<figures>.*)$", after
        )
        if not m or kind not in KINDS or m["mon"] not in MONTHS or m["open"] not in OPEN:
            raise SourceFormatError(f"Table 4 row {engine}: {after!r}")
        figures = m["figures"].split(" ")
        if figures[:3] == ["–", "–", "–"]:
            stars, per_day = None, None
        else:
            rate = re.fullmatch(r"\((\d+\.\d)\)", figures[1])
            if rate is None:
                raise SourceFormatError(f"Table 4 row {engine}: rate {figures[1]!r}")
            stars, per_day = _thousands(figures[0]), float(rate[1])
        out[engine] = {
            "organization": m["org"],
            "org_type": KINDS[kind],
            "released": f"{m['year']}-{MONTHS.index(m['mon']) + 1:02d}",
            "open_source": OPEN[m["open"]],
            "github_stars": stars,
            "stars_per_day": per_day,
        }
    return out


def precisions() -> dict[str, dict[str, str]]:
    """Table 11: engine → precision id → yes / no (the table prints no unknown cells)."""
    text = _excerpt("Paragraphs before Table 11")
    header = "Data Type FP32 FP16 FP8 FP4 NF4 BF16 INT8 INT4 MXFP8 MXFP6 MXFP4 MXINT8 Engines"
    if header not in text:
        raise SourceFormatError("Table 11's header line")
    out = {}
    for engine, rest in _rows(text[text.index(header) + len(header) :]):
        marks = rest.split(" ")
        if len(marks) != 12 or any(m not in MARKS for m in marks):
            raise SourceFormatError(f"Table 11 row {engine}: {rest!r}")
        out[engine] = {p: MARKS[m] for p, m in zip(PRECISIONS, marks, strict=True)}
    return out


def _price_rows(text: str, cells: int, price: str) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    name: list[str] = []
    values: list[str] = []
    for token in text.split(" "):
        if re.fullmatch(price, token):
            if not name:
                raise SourceFormatError(f"a price {token!r} without a row name")
            values.append(token)
            if len(values) == cells:
                rows.append((" ".join(name), values))
                name, values = [], []
        else:
            if values:
                raise SourceFormatError(f"row {' '.join(name)!r} with {len(values)} prices")
            name.append(token)
    if name or values:
        raise SourceFormatError(f"trailing {name} {values}")
    return rows


def _number(text: str) -> tuple[float | None, set[str]]:
    marks = {"*"} if text.endswith("∗") else set()
    text = text.removesuffix("∗")
    return (None if text == "–" else float(text)), marks


def _providers(header: str) -> list[tuple[str, set[str]]]:
    out = []
    for m in re.finditer(r"(Friendli AI|Fireworks AI|GroqCloud|Together AI)([†‡]?)", header):
        out.append((PROVIDERS[m[1]], set(m[2])))
    if len(out) != 4:
        raise SourceFormatError(f"provider header {header!r}")
    return out


def pricing_by_model() -> dict[str, dict[str, tuple[float | None, float | None, set[str]]]]:
    """Table 6: model (the dataset's name) → provider → (input, output, marks in the cell); "–" is None."""
    text = _excerpt("Section 3.3")
    start = text.index("Friendli AI† Fireworks AI GroqCloud Together AI‡ Input Output")
    body = text[text.index("Models ", start) + len("Models ") : text.index(" †Llama is Instruct model")]
    providers = [p for p, _ in _providers(text[start : start + 80])]
    out: dict[str, dict[str, tuple[float | None, float | None, set[str]]]] = {}
    for name, values in _price_rows(body, 8, r"(\d+\.\d\d|–)∗?"):
        row = {}
        for i, provider in enumerate(providers):
            (inp, m1), (outp, m2) = _number(values[2 * i]), _number(values[2 * i + 1])
            row[provider] = (inp, outp, m1 | m2)
        out[MODEL_NAMES.get(name, name)] = row
    return out


def pricing_column_marks() -> dict[str, set[str]]:
    """The footnote marks on Table 6's provider headers."""
    text = _excerpt("Section 3.3")
    start = text.index("Friendli AI† Fireworks AI GroqCloud Together AI‡")
    return dict(_providers(text[start : start + 60]))


def pricing_footnotes() -> dict[str, str]:
    """Table 6's footnotes: mark → text ("∗" is read as "*")."""
    text = _excerpt("Section 3.3")
    m = re.search(r"†(Llama is Instruct model), ‡(Turbo mode price) ∗(DeepSeek-R1 Distill Llama 70B) Table 6", text)
    if m is None:
        raise SourceFormatError("Table 6's footnotes")
    return {"†": m[1], "‡": m[2], "*": m[3]}


def pricing_by_hardware() -> dict[str, dict[str, float | None]]:
    """Table 7: device → provider → USD per device-hour; "–" is None."""
    text = _excerpt("Section 3.3")
    start = text.index("Hardwares Friendli AI Fireworks AI GroqCloud† Together AI ")
    providers = [p for p, _ in _providers(text[start : start + 70])]
    body = text[
        start + len("Hardwares Friendli AI Fireworks AI GroqCloud† Together AI ") : text.index(" †Charging prices")
    ]
    out = {}
    for name, values in _price_rows(body, 4, r"\d+(\.\d+)?|–"):
        out[name] = {p: _number(v)[0] for p, v in zip(providers, values, strict=True)}
    return out


#: Table 5's header is printed scrambled; its words name the list's columns, and the marks of each row are read in
#: the list's order (an inference, which the dataset's provenance states too). Platform columns first.
TABLE_5_COLUMNS = (
    "platforms.linux", "platforms.windows", "platforms.macos", "platforms.web-api",
    "hardware.x86-64", "hardware.arm64", "hardware.nvidia", "hardware.amd-gpu", "hardware.intel-gpu",
    "hardware.tpu", "hardware.amd-instinct", "hardware.gaudi", "hardware.ascend", "hardware.inferentia",
    "hardware.edge",
)  # fmt: skip
#: The row whose marks the extraction split around its name: not read.
TABLE_5_UNREADABLE = frozenset({"mlc-llm"})


def hardware() -> dict[str, dict[str, str]]:
    """Table 5: engine → "platforms.linux" … "hardware.edge" → yes / no (MLC LLM's row is not read)."""
    text = _excerpt("Table 5.")
    text = text[text.index("(Vulkan, Metal)") + len("(Vulkan, Metal)") :]
    out = {}
    for engine, rest in _rows(text):
        if engine in TABLE_5_UNREADABLE:
            continue
        marks = rest.split(" ")[:15]
        if len(marks) != 15 or any(m not in MARKS for m in marks):
            raise SourceFormatError(f"Table 5 row {engine}: {rest!r}")
        out[engine] = {c: MARKS[m] for c, m in zip(TABLE_5_COLUMNS, marks, strict=True)}
    return out
