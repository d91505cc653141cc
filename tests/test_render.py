"""The renderer: every format is handled, narrow terminals drop the least important columns."""

from __future__ import annotations

from llmengines.dataset import bundled
from llmengines.environment import Environment
from llmengines.render import OutputFormat, fit_columns
from llmengines.views.dataset import list_engines


def _tty(width: int) -> Environment:
    return Environment(stdout_isatty=True, color=False, width=width, unicode=True)


def test_wide_terminal_keeps_every_column() -> None:
    result = list_engines(bundled())
    kept, hidden = fit_columns(result, result.columns, _tty(200))
    assert kept == result.columns and hidden == []


def test_80_columns_hides_the_least_important_first_and_keeps_name_and_id() -> None:
    result = list_engines(bundled())
    kept, hidden = fit_columns(result, result.columns, _tty(80))
    headers = [c.header for c in kept]
    assert headers[:2] == ["Engine", "Id"]
    assert [c.header for c in hidden] == ["Organization", "Type", "Open"]


def test_pipes_never_lose_columns() -> None:
    result = list_engines(bundled())
    kept, hidden = fit_columns(result, result.columns, Environment(False, False, 20, True))
    assert hidden == [] and kept == result.columns


def test_output_format_enum_is_the_documented_set() -> None:
    assert [f.value for f in OutputFormat] == ["table", "json", "jsonl", "csv", "tsv", "yaml", "markdown"]


def _many_records(n: int) -> list[dict[str, object]]:
    base = list_engines(bundled()).records
    return [dict(base[i % len(base)], id=f"e{i:04d}", name=f"Engine {i:04d}") for i in range(n)]


def test_large_tables_are_drawn_without_rich_and_stay_aligned(capsys) -> None:
    import sys

    from llmengines.render import LARGE_TABLE, Records, emit

    template = list_engines(bundled())
    result = Records(_many_records(LARGE_TABLE + 50), template.columns, caption="many")
    rich_before = "rich.table" in sys.modules
    emit(result, OutputFormat.TABLE, Environment(stdout_isatty=False, color=False, width=100, unicode=True))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["Engine", "Id"]
    assert len(lines) == 2 + LARGE_TABLE + 50 + 2  # header, rule, rows, blank line, caption
    assert lines[-1] == "many"
    # Right-justified stars line up: every row's Stars cell ends at the same column as the header's.
    stars_end = lines[0].index("Stars") + len("Stars")
    assert all(row[stars_end - 1] != " " for row in lines[2 : 2 + LARGE_TABLE])
    assert ("rich.table" in sys.modules) == rich_before  # no Rich for this


def test_large_tables_on_a_narrow_terminal_hide_columns_too(capsys) -> None:
    from llmengines.render import LARGE_TABLE, Records, emit

    template = list_engines(bundled())
    result = Records(_many_records(LARGE_TABLE + 1), template.columns)
    emit(result, OutputFormat.TABLE, _tty(60))
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 60
    assert "hidden (widen it, or use --fields)" in " ".join(out.split())  # wrapped to the terminal


def test_large_json_is_one_valid_document_with_a_record_a_line(capsys) -> None:
    import json

    from llmengines.render import LARGE_TABLE, Records, emit

    records = _many_records(LARGE_TABLE + 1)
    emit(Records(records, []), OutputFormat.JSON, Environment(False, False, 100, True))
    out = capsys.readouterr().out
    assert json.loads(out) == json.loads(json.dumps(records))
    assert len(out.splitlines()) == len(records) + 2  # "[", one line per record, "]"


def test_a_rich_table_makes_each_cell_once_and_never_parses_markup(monkeypatch, capsys) -> None:
    # Cells used to be made (and markup-parsed) once to measure the columns and again to draw them.
    import rich.console  # imported first: a module that imports rich.markup.render while it is patched keeps it
    import rich.markup
    import rich.table
    import rich.text

    from llmengines import render
    from llmengines.render import emit

    def no_markup(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Rich's markup parser was used")

    monkeypatch.setattr(rich.markup, "render", no_markup)
    made = []
    original = render._markup
    monkeypatch.setattr(render, "_markup", lambda text, env: made.append(text) or original(text, env))
    result = list_engines(bundled())
    emit(result, OutputFormat.TABLE, Environment(stdout_isatty=True, color=True, width=80, unicode=True))
    out = capsys.readouterr().out
    assert "narrow terminal" in out and "\x1b[" in out
    assert len(made) == len(result.records) * len(result.columns)


def test_support_marks_keep_their_colour_and_other_brackets_stay_text() -> None:
    from llmengines.render import _markup, support

    env = Environment(stdout_isatty=True, color=True, width=80, unicode=True)
    text = _markup(f"{support('yes', env)} supported [red]x[/] {support('no', env)}", env)
    assert text.plain == "✓ supported [red]x[/] ✗"
    assert [(text.plain[s.start : s.end], str(s.style)) for s in text.spans] == [("✓", "green"), ("✗", "red")]
