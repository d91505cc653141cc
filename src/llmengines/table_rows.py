"""Rows for a Rich table, given so that Rich lays out as few cells as the drawing allows.

Rich lays out every cell on its own (padding, wrapping, cropping, styling: ~0.1 ms a cell here), and a table's
rows are drawn one under the other with nothing between them unless a section ends. So where the columns' final
widths are known and a run of rows is one line in every column, the run can be given to Rich as one row whose
cells are those rows' cells joined by line breaks: Rich wraps, justifies and pads each line of a cell on its own,
and draws the same lines (a 25-row table of 7 columns: 7 cells instead of 175). Rows that wrap, or whose widths
are not known, are given as they are. ``tests/test_table_rows.py`` draws tables both ways and compares the bytes.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from rich.table import Table
    from rich.text import Text

MERGE = True  # False: every row as it is, measured by Rich (what the tests compare against)


def final_widths(
    headers: Sequence[Text | str] | None,
    rows: Sequence[Sequence[Text | str]],
    *,
    fixed: Sequence[int | None],
    wrapable: Sequence[bool],
    padding: Sequence[int],
    room: int,
) -> list[int] | None:
    """The content width Rich gives each column of a table that ``room`` columns of console hold, or None where
    that takes more than this knows of Rich's layout (then Rich decides, and the rows are given as they are).

    ``headers``: None where the table shows none; ``fixed``: a column's set width (None: as wide as its widest
    line, which Rich finds by measuring); ``wrapable``: whether Rich may narrow a column (no set width, wrapping
    allowed); ``padding``: each column's left plus right padding; ``room``: the console's width less the table's
    rules. A table that is too wide
    is narrowed by Rich in its wrapable columns, widest first (``Table._collapse_widths``): with one wrapable
    column, that column gets what the others leave.
    """
    if headers is None and not rows:
        return None  # a column with no cells at all: Rich makes it as wide as the console
    widths = [
        width if width is not None else max([_widest(header), *(_widest(row[i]) for row in rows)])
        for i, (header, width) in enumerate(zip(headers or [""] * len(fixed), fixed, strict=True))
    ]
    if any(w + p == 0 for w, p in zip(widths, padding, strict=True)):
        return None  # an empty column, which Rich makes 1 wide
    excess = sum(widths) + sum(padding) - room
    if excess <= 0:
        return widths
    if wrapable.count(True) != 1:
        return None
    narrowed = wrapable.index(True)
    if widths[narrowed] - excess < 1:
        return None  # Rich then narrows every column
    widths[narrowed] -= excess
    return widths


def add_rows(
    table: Table, rows: Sequence[Sequence[Text]], widths: Sequence[int] | None, ends: Collection[int] = ()
) -> None:
    """Add ``rows`` to ``table`` (a section ends after each row whose index is in ``ends``).

    With the columns' final content ``widths``, each run of rows that are one line in every column goes in as
    one row of multi-line cells, and the columns get those widths (what Rich would find by measuring every cell);
    without, or where a row wraps, rows go in one by one.
    """
    from rich.text import Text

    if MERGE and widths is not None:
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width

    run: list[Sequence[Text]] = []
    newline = Text("\n")

    def close(*, end_section: bool) -> None:
        if len(run) == 1:
            table.add_row(*run[0], end_section=end_section)
        elif run:
            table.add_row(*(newline.join(cells) for cells in zip(*run, strict=True)), end_section=end_section)
        run.clear()

    for i, row in enumerate(rows):
        end = i in ends
        if MERGE and widths is not None and all(_one_line(c, w) for c, w in zip(row, widths, strict=True)):
            run.append(row)
            if end:
                close(end_section=True)
        else:
            close(end_section=False)
            table.add_row(*row, end_section=end)
    close(end_section=False)


def _one_line(cell: Text, width: int) -> bool:
    # A line of at most ``width`` cells is never broken (rich._wrap.divide_line); tabs are expanded first.
    plain = cell.plain
    return cell.cell_len <= width and "\t" not in plain and (not plain or plain.splitlines() == [plain])


def _widest(cell: Text | str) -> int:
    """The widest line of a cell, in terminal cells, as Rich measures it."""
    from rich.cells import cell_len

    plain = cell if isinstance(cell, str) else cell.plain
    return max((cell_len(line) for line in plain.splitlines()), default=0)
