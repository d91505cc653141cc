"""``techniques``, ``technique`` and ``pricing`` checked against the survey's tables as published.

Expected values come from ``tests/source_tables.py`` (an independent reader of the verbatim source in
``tests/source/``), never from the program. The category → column mapping under test is the one the README
documents; here it is written out again by hand.
"""

from __future__ import annotations

import json
import re

import pytest

from . import source_editions as ed
from . import source_tables as src
from . import source_v3 as v3

# README, "From the taxonomy to the coverage matrix": the categories linked to one column, by category.
CATEGORY_COLUMN = {
    "quantization": "quantization",
    "pruning": "pruning",
    "sparsity": "sparsity",
    "sampling": "speculative-decoding",
}


def _expected_column(name: str) -> str | None:
    """The coverage-matrix column a taxonomy entry names: its name, its name without "(XX)", or "XX"."""
    spellings = {name}
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", name)
    if m:
        spellings |= {m[1], m[2]}
    found = [src.TECHNIQUE_COLUMNS[s] for s in spellings if s in src.TECHNIQUE_COLUMNS]
    assert len(found) <= 1
    return found[0] if found else None


def _column_lists(column: str) -> dict[str, list[str]]:
    matrix = src.techniques()
    return {v: sorted(e for e, row in matrix.items() if row[column] == v) for v in ("yes", "no", "unknown")}


@pytest.fixture
def listed(cli) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(cli("techniques", "--json").stdout)  # type: ignore[no-any-return]


def test_techniques_are_the_source_taxonomy(listed) -> None:
    expected = [
        (t["category"], t["name"], t["description"], [list(r) for r in t["references"]]) for t in src.taxonomy()
    ]
    got = [(r["category"], r["name"], r["description"], [[x["label"], x["url"]] for x in r["references"]])
           for r in listed]  # fmt: skip
    assert got == expected
    assert [r["reference_count"] for r in listed] == [len(t["references"]) for t in src.taxonomy()]


def test_matrix_column_of_each_entry_is_the_column_of_that_name(listed) -> None:
    assert {r["name"]: r["matrix_column"] for r in listed} == {r["name"]: _expected_column(r["name"]) for r in listed}


def test_technique_engines_are_the_source_cells(cli, listed) -> None:
    for record in listed:
        data = json.loads(cli("technique", record["id"], "--json").stdout)
        column = _expected_column(record["name"]) or CATEGORY_COLUMN.get(record["category"])
        if column is None:
            assert data["coverage"] is None, record["name"]
            assert data["coverage_note"]
            continue
        coverage = data["coverage"]
        assert coverage["column"] == column, record["name"]
        by_technique = bool(_expected_column(record["name"]))
        assert coverage["link"] == ("technique" if by_technique else "category")
        # A category link keeps the column's cells apart (by_category): the survey records nothing per engine for
        # the method itself, so its own yes/no/unknown lists are empty.
        cells = coverage if by_technique else coverage["by_category"]
        assert {v: sorted(cells[v]) for v in ("yes", "no", "unknown")} == _column_lists(column), record["name"]
        if not by_technique:
            assert coverage["yes"] == coverage["no"] == coverage["unknown"] == [], record["name"]


@pytest.mark.parametrize("header", sorted(src.TECHNIQUE_COLUMNS))
def test_every_matrix_column_can_be_looked_up(cli, header: str) -> None:
    column = src.TECHNIQUE_COLUMNS[header]
    data = json.loads(cli("technique", header, "--json").stdout)
    assert data["coverage"]["column"] == column
    assert {v: sorted(data["coverage"][v]) for v in ("yes", "no", "unknown")} == _column_lists(column)


# Each view against its source: the default shows the newest price of every cell (paper v3's Tables 6 and 7
# state all of them), --source list the list as published. The expected values come from the readers only.
EDITIONS = [
    pytest.param(((), ed.pricing_by_model, ed.pricing_by_hardware, v3.pricing_footnotes, v3.pricing_column_marks),
                 id="default-newest"),
    pytest.param((("--source", "list"), src.pricing_by_model, src.pricing_by_hardware, src.pricing_footnotes,
                  src.pricing_column_marks), id="source-list"),
]  # fmt: skip


@pytest.mark.parametrize("edition", EDITIONS)
def test_pricing_by_model_is_the_source_table(cli, edition) -> None:
    flags, by_model, _by_hardware, _footnotes, _column_marks = edition
    records = [r for r in json.loads(cli(*flags, "pricing", "--json").stdout) if r["table"] == "by-model"]
    got = {(r["model"], r["provider"]): (r["input"], r["output"]) for r in records}
    expected = {(m, p): (i, o) for m, row in by_model().items() for p, (i, o, _) in row.items()}
    assert got == expected
    assert list(dict.fromkeys(r["model"] for r in records)) == list(by_model())


@pytest.mark.parametrize("edition", EDITIONS)
def test_pricing_footnotes_are_the_source_marks(cli, edition) -> None:
    flags, by_model, _by_hardware, footnotes, column_marks = edition
    records = [r for r in json.loads(cli(*flags, "pricing", "--json").stdout) if r["table"] == "by-model"]
    texts = footnotes()
    headers = column_marks()
    for r in records:
        cell_marks = by_model()[r["model"]][r["provider"]][2]
        # A header's mark qualifies that provider's published prices; "†" says "Llama is Instruct model", so it
        # qualifies Llama rows only.
        header_marks = {m for m in headers[r["provider"]] if m != "†" or "Llama" in r["model"]}
        expected = (cell_marks | header_marks) if r["published"] else set()
        assert {f["mark"] for f in r["footnotes"]} == expected, (r["model"], r["provider"])
        for f in r["footnotes"]:
            assert f["text"] == texts[f["mark"]]


def test_groq_deepseek_r1_is_served_as_the_distilled_model(cli) -> None:
    (groq,) = [
        r for r in json.loads(cli("pricing", "--model", "DeepSeek-R1", "--json").stdout)
        if r["provider"] == "groqcloud"
    ]  # fmt: skip
    assert "*" in src.pricing_by_model()["DeepSeek-R1"]["groqcloud"][2]
    assert "*" in v3.pricing_by_model()["DeepSeek-R1"]["groqcloud"][2]
    assert groq["served_model"] == src.pricing_footnotes()["*"] == v3.pricing_footnotes()["*"]


@pytest.mark.parametrize("edition", EDITIONS)
def test_pricing_by_hardware_is_the_source_table(cli, edition) -> None:
    flags, _by_model, by_hardware, _footnotes, _column_marks = edition
    records = [r for r in json.loads(cli(*flags, "pricing", "--json").stdout) if r["table"] == "by-hardware"]
    got = {(r["hardware"], r["provider"]): r["per_hour"] for r in records}
    expected = {(h, p): v for h, row in by_hardware().items() for p, v in row.items()}
    assert got == expected


def test_prices_say_their_source_and_date(cli) -> None:
    # The default is the paper v3's price of every cell (it states them all), dated by its publication.
    records = json.loads(cli("pricing", "--json").stdout)
    assert {(r["source"], r["as_of"]) for r in records} == {("paper-v3", v3.PAPER_DATE)}
    listed = json.loads(cli("--source", "list", "pricing", "--json").stdout)
    assert {(r["source"], r["as_of"]) for r in listed} == {("list-1b291b8", "2025-05-02")}


def test_h100_history_has_both_togethers(cli) -> None:
    # Together's H100: 2.29 in paper v3's Table 7 (shown), 3.36 in the list (with --history).
    expected_new = v3.pricing_by_hardware()["NVIDIA H100 80GB"]["together-inference"]
    expected_old = src.pricing_by_hardware()["NVIDIA H100 80GB"]["together-inference"]
    assert (expected_new, expected_old) == (2.29, 3.36)
    shown = json.loads(cli("pricing", "--hardware", "h100", "--provider", "together", "--json").stdout)
    assert [(r["per_hour"], r["source"]) for r in shown] == [(expected_new, "paper-v3")]
    both = json.loads(cli("pricing", "--hardware", "h100", "--provider", "together", "--history", "--json").stdout)
    assert [(r["per_hour"], r["source"], r["as_of"], r["current"]) for r in both] == [
        (expected_old, "list-1b291b8", "2025-05-02", False),
        (expected_new, "paper-v3", "2025-11-26", True),
    ]


@pytest.mark.parametrize("item", ["Llama 4 Maverick", "OpenAI gpt-oss-120b", "NVIDIA B200 180GB"])
def test_the_new_rows_of_paper_v3_exist(cli, item: str) -> None:
    table = v3.pricing_by_model() if item in v3.pricing_by_model() else v3.pricing_by_hardware()
    assert item in table and item not in src.pricing_by_model() and item not in src.pricing_by_hardware()
    records = [r for r in json.loads(cli("pricing", "--json").stdout) if r["item"] == item]
    assert {r["provider"] for r in records} == set(table[item])
    listed = [r for r in json.loads(cli("--source", "list", "pricing", "--json").stdout) if r["item"] == item]
    assert listed == []


def test_cheapest_is_the_lowest_source_price(cli) -> None:
    for model, row in ed.pricing_by_model().items():
        same_model = {p: (i, o) for p, (i, o, marks) in row.items() if i is not None and "*" not in marks}
        if not same_model:
            continue
        low = min(3 * i + o for i, o in same_model.values())
        winners = {p for p, (i, o) in same_model.items() if 3 * i + o == low}
        records = json.loads(cli("pricing", "--model", model, "--cheapest", "--json").stdout)
        assert {r["provider"] for r in records if r["cheapest"]} == winners, model
