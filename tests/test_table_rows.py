"""Tables drawn with runs of one-line rows given to Rich as one row (llmengines.table_rows) are the same bytes as
tables drawn row by row, in every width, colour setting and alphabet; and the common tables are drawn that way."""

from __future__ import annotations

import functools

import pytest

from llmengines import render, table_rows
from llmengines.dataset import bundled
from llmengines.environment import Environment
from llmengines.render import Column, Document, Grid, GridRow, GridSection, OutputFormat, Records, Section
from llmengines.views.dataset import list_engines, show_engine
from llmengines.views.queries import compare_view

WIDTHS = (20, 27, 34, 45, 60, 100, 200)
ENVS = [
    Environment(stdout_isatty=True, color=color, width=width, unicode=unicode)
    for width in WIDTHS
    for color in (False, True)
    for unicode in (True, False)
]

# Cells Rich must lay out as they are: wide characters, tabs, line breaks, brackets, trailing spaces, empties.
HOSTILE = [
    "plain",
    "寛い文字の値",
    "a\tb",
    "two\nlines",
    "[bold]not markup[/]",
    "trailing   ",
    "   leading",
    "",
    "a rather long value that has to wrap on any narrow terminal, at spaces",
    "averyveryverylongwordwithoutanyspaceatallthatmustbefolded",
    "line\u2028separator",
    "✓ ✗ — …",
]


def _records() -> Records:
    records = [
        {"id": f"e{i}", "name": HOSTILE[i % len(HOSTILE)], "note": HOSTILE[(i * 5) % len(HOSTILE)], "n": i * 37}
        for i in range(30)
    ]
    columns = [
        Column("id", "Id"),
        Column("name", "Name", wraps=True, drop=1),
        Column("note", "A note with a long header", drop=2),
        Column("n", "N", justify="right", drop=3),
    ]
    return Records(records, columns, "Synthetic", "a caption\nof two lines")


def _document() -> Document:
    rows = [(f"label {i}", value) for i, value in enumerate(HOSTILE)]
    sections = [Section("First", rows[:6]), Section("Second", rows[6:]), Section("Empty values", [("x", "")])]
    return Document("A document", {}, sections)


def _grid() -> Grid:
    rows = [
        GridRow(f"row {i}", f"k{i}", [i, i], [value, HOSTILE[(i + 3) % len(HOSTILE)]], differs=i % 2 == 0)
        for i, value in enumerate(HOSTILE)
    ]
    # the label column is 26 wide: these labels ("  " before them) are 27 and 26
    rows += [
        GridRow(label, label, [0, 0], ["x", "y"]) for label in ("label of twenty-five chrs", "label of twenty-four chr")
    ]
    sections = [GridSection("Part one", rows[:5]), GridSection("Part two", rows[5:]), GridSection("Alone", rows[:1])]
    return Grid("A grid", [("a", "First thing"), ("b", "Second-thing/with-a-long-name")], sections, {}, "caption")


@functools.cache
def _results() -> list[Records | Document | Grid]:
    dataset = bundled()
    engines = {e.id: e for e in dataset.engines}
    plain = Environment(stdout_isatty=True, color=False, width=100, unicode=True)
    out: list[Records | Document | Grid] = [_records(), _document(), _grid(), list_engines(dataset)]
    out += [Grid("Nothing differs", [("a", "A"), ("b", "B")], [], {}), Document("Empty", {}, [Section("s", [])])]
    out += [show_engine(engines[name], dataset, plain) for name in ("vllm", "llama-cpp", "groqcloud")]
    out += [
        compare_view([engines[a] for a in names], dataset, plain)
        for names in (("vllm", "sglang"), ("ollama", "llama-cpp", "mlc-llm", "bitnet-cpp", "litgpt"))
    ]
    return out


def _drawn(result: Records | Document | Grid, env: Environment) -> str:
    return render._captured(lambda: render.emit(result, OutputFormat.TABLE, env))


@pytest.mark.parametrize("index", range(11))
def test_joined_rows_draw_the_same_bytes_as_rows_one_by_one(monkeypatch, index: int) -> None:
    result = _results()[index]
    for env in ENVS:
        joined = _drawn(result, env)
        monkeypatch.setattr(table_rows, "MERGE", False)
        one_by_one = _drawn(result, env)
        monkeypatch.setattr(table_rows, "MERGE", True)
        assert joined == one_by_one, (type(result).__name__, env)


def test_a_table_that_fits_is_given_to_rich_as_one_row(monkeypatch) -> None:
    from rich.table import Table

    added: list[int] = []
    original = Table.add_row
    monkeypatch.setattr(Table, "add_row", lambda self, *cells, **kw: added.append(1) or original(self, *cells, **kw))
    result = list_engines(bundled())
    _drawn(result, Environment(stdout_isatty=True, color=True, width=200, unicode=True))
    assert len(added) == 1 < len(result.records)


def test_rows_that_wrap_are_given_alone_and_the_others_joined(monkeypatch) -> None:
    from rich.table import Table

    added: list[int] = []
    original = Table.add_row
    monkeypatch.setattr(Table, "add_row", lambda self, *cells, **kw: added.append(1) or original(self, *cells, **kw))
    rows = [GridRow(label, label, [1], ["v"]) for label in ("one", "a label too long for the label column", "two")]
    grid = Grid("t", [("a", "A")], [GridSection("Section", rows)], {})
    _drawn(grid, Environment(stdout_isatty=True, color=False, width=80, unicode=True))
    assert len(added) == 3  # the section's heading and "one" together; the wrapping row; "two"
