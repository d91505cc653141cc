"""The smaller wrong answers of issue 9 (item 8), each checked against the source through the CLI.

``info``'s open-source counts, ``pricing`` at every width and in every format, ``export``'s ``stars_as_of``, one
type per YAML field, ``show --fields`` in every format, ``show --json``'s pricing. Expected values come from
``tests/source_tables.py`` (the independent reader of the verbatim source). Terminal widths are tested in a real
subprocess on a pseudo-terminal (``COLUMNS``), and in a pipe.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from collections import Counter
from typing import Any

import pytest
from ruamel.yaml import YAML

from llmengines.render import OutputFormat

from . import source_editions as ed
from . import source_tables as src
from .conftest import entry_point, run_process

SNAPSHOT = "2025-05-02"  # the list as published (tests/source/awesome-llm-inference-engine.md)


def run_tty(*args: str, columns: int) -> str:
    """Run the installed entry point with stdout on a pseudo-terminal ``columns`` wide; what it printed."""
    import pty

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("_TYPER")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", "TERM": "xterm"}
    proc = subprocess.Popen(
        [*entry_point(), *args], stdout=slave, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


# --- info -------------------------------------------------------------------------------------------------------


def test_info_counts_open_source_by_the_source_value(cli) -> None:
    by_value = Counter(row["open_source"] for row in ed.overview().values())
    assert by_value == {"yes": 17, "partial": 4, "no": 4}  # ✅ / 🔷 / ❌ in the overview's Open Source column
    counts = json.loads(cli("info", "--json").stdout)["counts"]
    assert counts["open_source_engines"] == by_value["yes"]
    assert counts["partially_open_source_engines"] == by_value["partial"]
    assert counts["closed_source_engines"] == by_value["no"]
    assert counts["commercial_engines"] == len(src.commercial())
    assert counts["self_hosted_engines"] == 25 - len(src.commercial())
    shown = run_process("info", "-o", "tsv").stdout
    assert f"Counts\tOpen source engines\t{by_value['yes']}\n" in shown
    assert f"Counts\tPartially open source engines\t{by_value['partial']}\n" in shown
    assert f"Counts\tClosed source engines\t{by_value['no']}\n" in shown


# --- export -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_dates_star_counts_as_list_does(cli, fmt: str) -> None:
    out = cli("export", "-o", fmt).stdout
    exported = json.loads(out) if fmt == "json" else YAML(typ="safe").load(out)
    listed = {e["id"]: e["stars_as_of"] for e in json.loads(cli("list", "--json").stdout)}
    overview = ed.overview()
    for engine in exported["engines"]:
        expected = overview[engine["id"]]["stars_as_of"]
        assert engine["stars_as_of"] == expected == listed[engine["id"]], engine["id"]


# --- YAML -------------------------------------------------------------------------------------------------------


def _types(value: Any, path: str, out: dict[str, set[str]]) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            _types(sub, f"{path}.{key}", out)
    elif isinstance(value, list):
        for sub in value:
            _types(sub, f"{path}[]", out)
    elif value is not None:
        out.setdefault(path, set()).add(type(value).__name__)


@pytest.mark.parametrize("args", [("list",), ("show", "vllm"), ("export",), ("find", "--hw", "cuda"), ("info",)])
@pytest.mark.parametrize("version", ["1.1", "1.2"])
def test_yaml_keeps_one_type_per_field_for_every_reader(cli, args: tuple[str, ...], version: str) -> None:
    out = cli(*args, "-o", "yaml").stdout
    # A YAML 1.1 reader (PyYAML and many others) takes a plain yes/no for a boolean; 1.2 for a string.
    data = YAML(typ="safe", pure=True).load(f"%YAML {version}\n---\n{out}")
    records = data if isinstance(data, list) else data.get("engines", [data]) if "engines" in data else [data]
    types: dict[str, set[str]] = {}
    for record in records:
        _types(record, "", types)
    mixed = {path: kinds for path, kinds in types.items() if len(kinds) > 1}
    assert not mixed
    for record in records:
        for table in ("platforms", "hardware", "precisions", "techniques", "community"):
            for value in (record.get(table) or {}).values():
                assert value in ("yes", "no", "unknown"), (table, value)
        if "open_source" in record:
            assert record["open_source"] in ("yes", "partial", "no")


def test_yaml_support_values_are_the_source_values(cli) -> None:
    out = cli("list", "-o", "yaml").stdout
    records = {r["id"]: r for r in YAML(typ="safe", pure=True).load(f"%YAML 1.1\n---\n{out}")}
    for engine, row in src.hardware().items():
        assert {k: records[engine]["hardware"][k] for k in row} == row


# --- show -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_show_fields_works_in_every_format(cli, fmt: OutputFormat) -> None:
    fields = ["id", "github_stars", "hardware.nvidia", "open_source"]
    result = cli("show", "vllm", "-o", fmt.value, "--fields", ",".join(fields))
    assert result.exit_code == 0, result.stderr
    overview, hardware = ed.overview()["vllm"], src.hardware()["vllm"]
    expected = {"id": "vllm", "github_stars": overview["github_stars"], "hardware.nvidia": hardware["nvidia"],
                "open_source": overview["open_source"]}  # fmt: skip
    out = result.stdout
    if fmt is OutputFormat.JSON:
        assert json.loads(out) == expected
    elif fmt is OutputFormat.JSONL:
        assert json.loads(out.splitlines()[0]) == expected
    elif fmt is OutputFormat.YAML:
        assert YAML(typ="safe").load(out) == expected
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt is OutputFormat.CSV else "\t"))
        assert rows == [{k: str(v) for k, v in expected.items()}]
    elif fmt is OutputFormat.MARKDOWN:
        lines = out.splitlines()
        assert lines[0] == "| " + " | ".join(fields) + " |"
        assert lines[2] == "| " + " | ".join(str(expected[f]) for f in fields) + " |"
    else:
        assert all(str(v) in out for v in expected.values()) and all(f in out for f in fields)
    assert cli("show", "vllm", "-o", fmt.value, "--fields", "github_starz").exit_code == 2


def expected_marks(model: str, provider: str) -> set[str]:
    """The footnote marks on a price: its cell's, and its column header's where they apply (errata.md)."""
    inp, out, marks = ed.pricing_by_model()[model][provider]
    if inp is None and out is None:
        return marks
    applies = {"†": model.startswith("Llama"), "‡": True}  # Friendli's Llama prices; all of Together's
    return marks | {m for m in src.pricing_column_marks()[provider] if applies[m]}


@pytest.mark.parametrize("provider", ["friendli-inference", "fireworks-ai", "groqcloud", "together-inference"])
def test_show_json_carries_the_pricing_its_table_shows(cli, provider: str) -> None:
    record = json.loads(cli("show", provider, "--json").stdout)
    models = {m: row[provider] for m, row in ed.pricing_by_model().items() if row[provider][:2] != (None, None)}
    assert [p["model"] for p in record["pricing"]["by_model"]] == list(models)
    for price in record["pricing"]["by_model"]:
        inp, out, _ = models[price["model"]]
        assert (price["input"], price["output"]) == (inp, out)
        assert {f["mark"] for f in price["footnotes"]} == expected_marks(price["model"], provider)
    hourly = {d: row[provider] for d, row in ed.pricing_by_hardware().items() if row[provider] is not None}
    assert {p["hardware"]: p["per_hour"] for p in record["pricing"]["by_hardware"]} == hourly
    table = cli("show", provider, "-o", "tsv").stdout
    shown = [line.split("\t")[1] for line in table.splitlines() if line.startswith("Pricing (USD)\t")]
    assert shown == list(models) + list(hourly)
    assert json.loads(cli("show", "vllm", "--json").stdout)["pricing"]["by_model"] == []


# --- pricing ----------------------------------------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:.2f}" if round(value, 2) == value else f"{value:g}"


def _table_rows(text: str) -> list[str]:
    lines = text.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line.strip()) == {"─"})
    body = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            break
        body.append(line)
    return body


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_pricing_on_a_narrow_terminal_hides_columns_never_marks_or_digits(columns: int) -> None:
    out = run_tty("pricing", "--model", "llama 3.1 8b", columns=columns)
    assert "…" not in out and "..." not in out
    assert all(len(line) <= columns for line in out.splitlines())
    rows = [r for r in _table_rows(out) if r.startswith(" Llama")]  # a row's first line holds its figures
    prices = ed.pricing_by_model()["Llama 3.1 8B"]
    assert len(rows) == len(prices)
    joined = " ".join(out.split())
    hidden = re.search(r"narrow terminal: (.*?) hidden", joined)
    hidden_columns = hidden.group(1).split(", ") if hidden else []
    for provider, row in zip(prices, rows, strict=True):
        marks = expected_marks("Llama 3.1 8B", provider)
        shown_marks = {ch for ch in row if ch in "†‡*"}
        assert shown_marks == marks, (provider, row)
        inp, outp, _ = prices[provider]
        if inp is not None and "In $/1M" not in hidden_columns:
            assert _number(inp) in row.split()
        if inp is not None and outp is not None and "Blended" not in hidden_columns:
            assert _number((3 * inp + outp) / 4) in row.split()  # 0.0575 in full, never 0.05…
    if columns == 80:
        assert "0.0575" in out and "Blended" not in hidden_columns
    # The caption spells out every mark shown
    for mark in src.pricing_footnotes():
        if any(mark in r for r in rows):
            assert f"{mark} " in joined


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_pricing_cheapest_is_marked_in_a_terminal_at_every_width(columns: int) -> None:
    out = run_tty("pricing", "--model", "deepseek-r1", "--cheapest", columns=columns)
    assert "…" not in out and all(len(line) <= columns for line in out.splitlines())
    rows = [r for r in _table_rows(out) if r.startswith(" DeepSeek")]
    # From the source: the lowest blended price for DeepSeek-R1 itself; GroqCloud's (*) is for another model.
    prices = ed.pricing_by_model()["DeepSeek-R1"]
    blended = {p: (3 * i + o) / 4 for p, (i, o, marks) in prices.items() if i is not None and "*" not in marks}
    low = min(blended.values())
    winners = {p for p, b in blended.items() if b == low}
    names = {p: ed.overview()[p]["name"] for p in prices}
    for row in rows:
        provider = next(p for p in prices if names[p].split()[0] in row)
        assert ("✓" in row) is (provider in winners), row
        assert ("✗" in row) is (provider not in winners), row


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_pricing_cheapest_is_marked_in_csv_and_tsv_in_a_pipe(fmt: str) -> None:
    result = run_process("pricing", "--model", "deepseek-r1", "--cheapest", "-o", fmt)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
    prices = ed.pricing_by_model()["DeepSeek-R1"]
    blended = {p: (3 * i + o) / 4 for p, (i, o, marks) in prices.items() if i is not None and "*" not in marks}
    winners = {p for p, b in blended.items() if b == min(blended.values())}
    assert {r["provider"] for r in rows if r["cheapest"] == "true"} == winners
    assert all(r["cheapest"] in ("true", "false") for r in rows)
    for r in rows:
        assert set(r["marks"]) == expected_marks("DeepSeek-R1", r["provider"])


def test_pricing_in_a_pipe_keeps_every_mark_and_every_digit() -> None:
    result = run_process("pricing", env={"COLUMNS": "40"})
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    by_model = ed.pricing_by_model()
    token_rows = [r for r in rows if r["table"] == "by-model"]
    assert len(token_rows) == sum(len(p) for p in by_model.values())
    for r in token_rows:
        inp, out, _ = by_model[r["item"]][r["provider"]]
        assert set(r["marks"]) == expected_marks(r["item"], r["provider"])
        assert r["input"] == ("" if inp is None else str(inp))
        if inp is not None and out is not None:
            assert float(r["blended"]) == round((3 * inp + out) / 4, 4)
    assert any(r["blended"] == "0.0575" for r in token_rows)
    assert "cheapest" not in rows[0]  # only under --cheapest


def test_pricing_markdown_keeps_marks(cli) -> None:
    out = cli("pricing", "--model", "deepseek-r1", "-o", "markdown").stdout
    groq = next(line for line in out.splitlines() if "GroqCloud" in line)
    assert "| * |" in groq
