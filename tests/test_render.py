"""The renderer: every format is handled, narrow terminals drop the least important columns."""

from __future__ import annotations

from llmengines.dataset import bundled
from llmengines.environment import Environment
from llmengines.render import OutputFormat, fit_columns
from llmengines.views import list_engines


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
