"""Turning results into output: one enum of formats, one function per format, one entry point.

Commands hand a :class:`Records` (JSON-ready dicts plus the columns people see by default) or a
:class:`Document` (sections of label/value rows, for ``show`` and ``info``) to :func:`emit`. Data goes to
stdout only; nothing here writes to stderr. Rich and ruamel.yaml are imported only by the formats that use them.
"""

from __future__ import annotations

import io
import sys

from llmengines import json_text
from llmengines import record_class as frozen
from llmengines.environment import Environment
from llmengines.errors import UsageError
from llmengines.escaping import layout_safe, visible
from llmengines.formats import OutputFormat  # also re-exported here, where it always lived
from llmengines.lazy import Pattern

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence
    from typing import Any

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    Formatter = Callable[[Any, Environment], str]


@frozen.record(frozen=True, slots=True)
class Column(frozen.Frozen):
    """A column of the flat formats: a dotted path into each record, its header, how a person sees it."""

    key: str
    header: str
    show: Formatter | None = None  # table/markdown display; csv/tsv always get the raw value
    justify: str = "left"
    no_wrap: bool = False
    drop: int = 0  # on a narrow terminal, columns with the highest ``drop`` are hidden first; 0 = always shown
    wraps: bool = False  # a narrow terminal may wrap its cells at spaces (never inside a word): see fit_columns
    width: int | None = None  # set by fit_columns for a wrapping column on a narrow terminal (Rich's content width)
    # A mark after the shown value, from the whole record (a disputed or corrected cell: llmengines.editions).
    mark: Callable[[dict[str, Any], Environment], str] | None = None


@frozen.plain(slots=True)
class Records:
    """A list of records as a command returns it."""

    records: list[dict[str, Any]]
    columns: list[Column]
    title: str | None = None
    caption: str | None = None
    compact: bool = False  # tables: one space between columns (for grids of ✓/✗)
    example: dict[str, Any] | None = None  # a record of the same shape, to check --fields when there are none
    # Each record's JSON text where it is known in advance (llmengines.encoded), else None: spliced, not encoded.
    texts: list[str | None] | None = None


@frozen.plain(slots=True)
class Section:
    """A titled group of label/value rows in a :class:`Document`."""

    title: str
    rows: list[tuple[str, str]]


@frozen.plain(slots=True)
class Document:
    """One thing shown in sections (``show``, ``info``); ``data`` is its JSON form."""

    title: str
    data: dict[str, Any]
    sections: list[Section] = frozen.field(default_factory=list)


# --- values as people see them ---------------------------------------------------------------------------------

SUPPORT_GLYPHS = {"yes": ("✓", "yes", "green"), "no": ("✗", "no", "red"), "unknown": ("?", "?", "yellow")}


def support(value: Any, env: Environment) -> str:
    """``yes`` / ``no`` / ``unknown`` as ✓ / ✗ / ? (plain words where the terminal cannot show the glyphs)."""
    glyph, word, colour = SUPPORT_GLYPHS.get(str(value), ("?", str(value), "yellow"))
    text = glyph if env.unicode else word
    return f"[{colour}]{text}[/]" if env.color else text


def stars(value: Any, env: Environment) -> str:
    """``43400`` → ``43.4K``, as the source writes it; ``—`` where there is no figure."""
    if value is None:
        return "—" if env.unicode else "-"
    if value >= 100_000:
        return f"{value / 1000:.0f}K"
    if value >= 100:
        return f"{value / 1000:.1f}K"
    return str(value)


BAR_GLYPHS = (("█", "·"), ("#", "."))  # unicode, ascii: (filled, empty)
BAR_WIDTH = 10


def bar(value: float, maximum: float, env: Environment, width: int = BAR_WIDTH) -> str:
    """A small horizontal bar for a 0..maximum figure."""
    filled = round(width * max(0.0, min(value, maximum)) / maximum) if maximum else 0
    full, empty = BAR_GLYPHS[0] if env.unicode else BAR_GLYPHS[1]
    return full * filled + empty * (width - filled)


# A value that starts with a bar of :func:`bar` (then a space and the figure it draws), in either alphabet.
_LEADING_BAR = Pattern(lambda re: "|".join(f"^[{re.escape(a + b)}]{{{BAR_WIDTH}}} " for a, b in BAR_GLYPHS))


def without_bar(text: str) -> str:
    """``"███████··· 3.5"`` → ``"3.5"``: a bar is a picture of the figure beside it, not data."""
    return _LEADING_BAR.sub("", text, count=1)


# --- the entry point --------------------------------------------------------------------------------------------


def choose_format(requested: OutputFormat | None, json_flag: bool, env: Environment) -> OutputFormat:
    """The format asked for, or the default: a table on a terminal, tab-separated values in a pipe."""
    if json_flag:
        if requested not in (None, OutputFormat.JSON):
            raise UsageError(f"--json conflicts with --format {requested.value}")
        return OutputFormat.JSON
    if requested is not None:
        return requested
    return OutputFormat.TABLE if env.interactive else OutputFormat.TSV


def parse_fields(text: str | None) -> list[str] | None:
    """``--fields id,name`` → ``["id", "name"]`` (None when not given)."""
    if text is None:
        return None
    fields = [f.strip() for f in text.split(",") if f.strip()]
    if not fields:
        raise UsageError("--fields needs at least one field name")
    return fields


# ``--fields help`` or ``--fields ?``: list the field names instead of the result.
FIELD_LIST_WORDS = ("help", "?")


def asks_for_field_list(fields: list[str] | None) -> bool:
    """Whether ``--fields`` asked for the list of field names rather than for fields."""
    return fields is not None and len(fields) == 1 and fields[0].casefold() in FIELD_LIST_WORDS


def field_names(result: Records | Document | Grid, fmt: OutputFormat) -> list[str]:
    """The names ``--fields`` accepts for ``result`` in ``fmt``: dotted paths in the records (a document's data in
    every format), or the columns of the flat rows (CSV, TSV, markdown, table) where a grid is flattened."""
    nested = fmt in (OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.YAML)
    if isinstance(result, Grid):
        if nested:
            return _known_paths([result.data])
        return [c.key for c in result.flat(shown=False).columns]
    if isinstance(result, Document):  # --fields picks from the document's data in every format
        return _known_paths([result.data])
    records = result.records or ([result.example] if result.example is not None else [])
    return _known_paths(records) if records else [c.key for c in result.columns]


def field_list_note(result: Records | Document | Grid, fmt: OutputFormat) -> str | None:
    """For stderr, beside ``--fields help``: where a format flattens a grid, its rows' columns are
    not the record's fields, and people asking for one usually mean the other."""
    if isinstance(result, Records | Document) or fmt in (OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.YAML):
        return None
    return f"note: these are the columns of the {fmt.value} rows; add -o json for the fields of the JSON record"


def emit(
    result: Records | Document | Grid,
    fmt: OutputFormat,
    env: Environment,
    fields: list[str] | None = None,
    *,
    page: bool = False,
) -> None:
    """Write ``result`` to stdout in ``fmt`` (with ``--fields help``: the field names it has, one a line).

    With ``page``, a table on a terminal that is taller than the screen goes through the pager (:mod:`pager`).
    """
    if page and fmt is OutputFormat.TABLE and env.stdout_isatty and not asks_for_field_list(fields):
        from llmengines import pager

        drawn = _captured(lambda: _emit(result, fmt, env, fields))
        pager.show(drawn, getattr(sys.stdout, "encoding", None))
    else:
        _emit(result, fmt, env, fields)


def _emit(result: Records | Document | Grid, fmt: OutputFormat, env: Environment, fields: list[str] | None) -> None:
    if asks_for_field_list(fields):
        write("".join(f"{name}\n" for name in field_names(result, fmt)), env)
    elif isinstance(result, Grid):
        _emit_grid(result, fmt, env, fields)
    elif isinstance(result, Document):
        _emit_document(result, fmt, env, fields)
    else:
        _emit_records(result, fmt, env, fields)


# Where stdout cannot encode Unicode (LC_ALL=C, PYTHONIOENCODING=ascii), these stand in for our own glyphs.
ASCII_FALLBACK = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "→": "->",
        "·": ".",
        "…": "...",
        "✓": "v",
        "✗": "x",
        "█": "#",
        "†": "+",
        "‡": "=",
        "×": "x",
        "Σ": "sum",
        # the paper's evaluation (evaluation_views): section signs, locators, quotes, derived figures
        "§": "sec. ",
        "›": ">",
        "’": "'",
        "≈": "~",
        "÷": "/",
        "✘": "x",
    }
)


_captures: list[list[str]] = []  # where write() puts text while a table is drawn for the pager


def write(text: str, env: Environment | None = None) -> None:
    """Write data to stdout exactly (no wrapping, no markup), degrading to ASCII where stdout needs it."""
    if env is not None and not env.unicode:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        text = text.translate(ASCII_FALLBACK).encode(encoding, "replace").decode(encoding)
    if _captures:
        _captures[-1].append(text)
    else:
        sys.stdout.write(text)


def _captured(draw: Callable[[], None]) -> str:
    """What ``draw`` writes through :func:`write`, as text instead of on stdout."""
    _captures.append([])
    try:
        draw()
        return "".join(_captures[-1])
    finally:
        _captures.pop()


def dumps(data: Any, env: Environment, *, indent: int | None = 2) -> str:
    """JSON text; escaped to ASCII where stdout cannot encode Unicode, so it stays valid either way."""
    return layout_safe(json_text.dumps(data, ensure_ascii=not env.unicode, indent=indent))


def dumps_records(records: list[dict[str, Any]], env: Environment, texts: list[str | None] | None = None) -> str:
    """A JSON array of records: indented, or one record a line when there are more than :data:`LARGE_TABLE`.

    Indenting is done in Python (:mod:`llmengines.json_text`, ~100 ms for 1,000 engines); compact records go
    through json's C encoder (~55 ms), by way of the same module, or are ``texts[i]`` where that is the record's
    text already (:attr:`Records.texts`). Either way it is one valid JSON document.
    """
    if len(records) <= LARGE_TABLE:
        return dumps(records, env)
    if not records:
        return "[]"
    ascii_only = not env.unicode
    if texts is None or len(texts) != len(records):
        return _one_a_line(json_text.dumps(r, ensure_ascii=ascii_only) for r in records)
    return _one_a_line(
        t if t is not None and not (ascii_only and not t.isascii()) else json_text.dumps(r, ensure_ascii=ascii_only)
        for r, t in zip(records, texts, strict=True)
    )


def dumps_texts(texts: list[str], env: Environment) -> str | None:
    """What :func:`dumps_records` writes for records whose JSON ``texts`` are all known, without the records;
    None where it would write anything else (too few records to go one a line, or text to escape to ASCII)."""
    if len(texts) <= LARGE_TABLE or not (env.unicode or all(t.isascii() for t in texts)):
        return None
    return _one_a_line(texts)


def _one_a_line(lines: Iterable[str]) -> str:
    return "[\n" + ",\n".join(lines) + "\n]"


# --- records ----------------------------------------------------------------------------------------------------


def get_path(record: dict[str, Any], path: str) -> Any:
    """The value at a dotted path (``hardware.nvidia``), or None."""
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _known_paths(records: Sequence[dict[str, Any]]) -> list[str]:
    paths: list[str] = []

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                path = f"{prefix}.{key}" if prefix else key
                paths.append(path)
                walk(sub, path)

    for record in records[:1]:
        walk(record, "")
    return paths


def _check_fields(records: Sequence[dict[str, Any]], fields: list[str], example: dict[str, Any] | None = None) -> None:
    """Refuse a field no record has, with suggestions; with no records, check against ``example`` if given."""
    if not records:
        if example is None:
            return
        records = [example]
    known = _known_paths(records)
    for name in fields:
        if name not in known:
            from llmengines.vocabulary import Matcher, Term

            suggestions = Matcher("field", (Term(p, p) for p in known)).suggest(name)
            hint = " — did you mean " + " or ".join(repr(s) for s, _ in suggestions) + "?" if suggestions else ""
            raise UsageError(f"unknown field {name!r}{hint} ('--fields help' lists them)")


def check_fields(fields: list[str] | None, example: dict[str, Any]) -> None:
    """Refuse ``--fields`` naming a field ``example`` (a record of the output's shape) does not have: before a
    command does anything costly (``refresh``'s requests), not after."""
    if fields is not None:
        _check_fields([], fields, example)


def _select(records: list[dict[str, Any]], fields: list[str] | None) -> list[dict[str, Any]]:
    if fields is None:
        return records
    return [{name: get_path(r, name) for name in fields} for r in records]


def _columns(result: Records, fields: list[str] | None) -> list[Column]:
    if fields is None:
        return result.columns
    by_key = {c.key: c for c in result.columns}
    return [by_key.get(name, Column(name, name)) for name in fields]


def _emit_records(result: Records, fmt: OutputFormat, env: Environment, fields: list[str] | None) -> None:
    if fields is not None:
        _check_fields(result.records, fields, result.example)
    if fmt is OutputFormat.JSON:
        write(dumps_records(_select(result.records, fields), env, result.texts if fields is None else None) + "\n", env)
    elif fmt is OutputFormat.JSONL:
        write("".join(dumps(r, env, indent=None) + "\n" for r in _select(result.records, fields)), env)
    elif fmt is OutputFormat.YAML:
        write(to_yaml(_select(result.records, fields)), env)
    elif fmt in (OutputFormat.CSV, OutputFormat.TSV):
        columns = _columns(result, fields)
        write(_delimited(result.records, columns, "," if fmt is OutputFormat.CSV else "\t"), env)
    elif fmt is OutputFormat.MARKDOWN:
        write(_markdown(result, _columns(result, fields), env), env)
    elif fmt is OutputFormat.TABLE:
        columns = _columns(result, fields)
        large = len(result.records) > LARGE_TABLE
        # Rich tables: every cell is made into Rich text once, measured from that, and drawn from that.
        cells = None if large else _cells(result, columns, env)
        widths = None if cells is None else _content_widths(columns, cells)
        if fields is None:
            if cells is None or widths is None or any(c.wraps for c in columns):
                kept, hidden = fit_columns(result, columns, env, measure=len if large else None)
            else:
                kept, hidden = _fit(columns, [w + 2 for w in widths], env)
            if cells is not None:  # keep the cells of the columns kept (fit_columns may give them new widths)
                index = {c.key: i for i, c in enumerate(columns)}
                keep = [index[c.key] for c in kept]
                cells = [[row[i] for i in keep] for row in cells]
                widths = None if widths is None else [widths[i] for i in keep]
            columns = kept
            if hidden:
                note = f"narrow terminal: {', '.join(c.header for c in hidden)} hidden (widen it, or use --fields)"
                result = Records(
                    result.records, result.columns, result.title, _join(result.caption, note), result.compact
                )
        if cells is None:
            _plain_table(result, columns, env)
        else:
            fits = (
                widths is not None
                and all(c.width is None for c in columns)
                and sum(widths) + 3 * len(widths) - 1 <= env.width  # see _fit
            )
            _rich_table(result, columns, env, cells=cells, widths=widths if fits else None)
    else:  # pragma: no cover - the enum is exhausted above; a test checks every member is handled
        raise AssertionError(fmt)


def flat(value: Any) -> str:
    """A value as one cell of CSV/TSV: exact, with no display formatting."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(flat(v) for v in value)
    if isinstance(value, dict):
        import json  # a nested value in a CSV/TSV cell: rare

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _delimited(records: Iterable[dict[str, Any]], columns: list[Column], delimiter: str) -> str:
    buffer = io.StringIO()
    if delimiter == "\t":
        # TSV: no quoting; tabs and newlines inside values become spaces so every row stays one line.
        def clean(s: str) -> str:
            return visible(s.replace("\t", " ").replace("\r", " ").replace("\n", " "))

        buffer.write("\t".join(clean(c.key) for c in columns) + "\n")
        for record in records:
            buffer.write("\t".join(clean(flat(get_path(record, c.key))) for c in columns) + "\n")
        return buffer.getvalue()
    import csv

    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([visible(c.key) for c in columns])
    for record in records:
        writer.writerow([visible(flat(get_path(record, c.key))) for c in columns])
    return buffer.getvalue()


def _display(record: dict[str, Any], column: Column, env: Environment) -> str:
    value = get_path(record, column.key)
    shown = column.show(value, env) if column.show is not None else flat(value)
    return shown + column.mark(record, env) if column.mark is not None else shown


def _markdown(result: Records, columns: list[Column], env: Environment) -> str:
    plain = Environment(stdout_isatty=False, color=False, width=env.width, unicode=True)

    def cell(text: str) -> str:
        return visible(text.replace("|", "\\|").replace("\n", " "))

    lines = ["| " + " | ".join(cell(c.header) for c in columns) + " |"]
    lines.append("|" + "|".join("---:" if c.justify == "right" else "---" for c in columns) + "|")
    for record in result.records:
        lines.append("| " + " | ".join(cell(_display(record, c, plain)) for c in columns) + " |")
    return "\n".join(lines) + "\n"


# Plain scalars that a YAML 1.1 reader (PyYAML, and many others) takes for booleans or null; YAML 1.2 takes
# them for strings. Written unquoted, "yes"/"no" support values would change type with the reader.
YAML11_WORDS = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"))
# YAML 1.1's base-60 numbers (1:30 is the integer 90 to PyYAML), which YAML 1.2 dropped and so does not quote.
YAML11_SEXAGESIMAL = r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"


def to_yaml(data: Any) -> str:
    """YAML text of JSON-like data (block style, Unicode kept).

    A string that some YAML reader could take for a boolean or null (``yes``, ``no``, ``on``, …) is quoted, so
    every field keeps one type — a string — under YAML 1.1 and 1.2 readers alike.
    """
    import re

    from ruamel.yaml import YAML
    from ruamel.yaml.representer import SafeRepresenter

    class Representer(SafeRepresenter):  # a subclass: add_representer on SafeRepresenter would be process-wide
        def represent_str(self, data: str) -> Any:
            if data.casefold() in YAML11_WORDS or re.fullmatch(YAML11_SEXAGESIMAL, data):
                return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
            return super().represent_str(data)

    Representer.add_representer(str, Representer.represent_str)
    yaml = YAML(typ="safe", pure=True)
    yaml.Representer = Representer
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return layout_safe(buffer.getvalue())


SVG_ENV = Environment(stdout_isatty=True, color=True, width=100, unicode=True)


def save_svg(make: Callable[[Environment], Records | Document | Grid], fields: list[str] | None, path: Any) -> None:
    """Render the table view of a result, in colour at 100 columns, and save it as an SVG picture.

    The picture depends on the result alone: the same result gives the same bytes, whatever the terminal,
    ``TERM``, ``COLUMNS`` or colour settings of the process (the README's pictures are checked this way).
    """
    import hashlib
    from pathlib import Path

    from rich.console import Console

    if asks_for_field_list(fields):  # the names go to stdout; there is no table to draw
        return
    result = make(SVG_ENV)
    if fields is not None and isinstance(result, Records):
        _check_fields(result.records, fields, result.example)  # an unknown field fails before any file is written
    # Every setting Rich would otherwise read from the process (TERM=dumb forces 80 columns, the colour
    # system comes from COLORTERM/TERM) is fixed here.
    out = Console(
        file=io.StringIO(),
        width=SVG_ENV.width,
        height=25,
        color_system="truecolor",
        force_terminal=True,
        force_jupyter=False,
        force_interactive=False,
        no_color=False,
        highlight=False,
        emoji=False,
        legacy_windows=False,
        safe_box=False,
        record=True,
    )
    if isinstance(result, Grid):
        _rich_grid(result, SVG_ENV, out)
    elif isinstance(result, Document):
        _rich_document(result, SVG_ENV, out)
    else:
        _rich_table(result, _columns(result, fields), SVG_ENV, out)
    # Rich prefixes the picture's CSS classes with an id; derive it from the content (not Rich's default,
    # which may change between Rich versions) so that equal pictures are equal files and two different
    # pictures inlined in one page do not share class names.
    digest = hashlib.sha256(out.export_text(clear=False, styles=True).encode("utf-8")).hexdigest()[:12]
    try:
        out.save_svg(str(path), title="llmengines", unique_id=f"llmengines-{digest}")
    except OSError as exc:
        raise UsageError(f"cannot write {Path(path)}: {exc.strerror}") from None


def console(env: Environment, *, record: bool = False) -> Console:
    """A Rich console that follows ``env``: no colour, no wrapping and ASCII boxes where it must.

    It records into a buffer; :func:`flush` writes that to stdout through :func:`write`.
    """
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=env.table_width or 10_000,
        color_system="auto" if env.color else None,
        force_terminal=env.color,
        no_color=not env.color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
        safe_box=not env.unicode,
        record=record,
    )


def flush(out: Console, env: Environment) -> None:
    """Write what a :func:`console` recorded to stdout, without the spaces Rich pads lines with."""
    buffer = out.file
    assert isinstance(buffer, io.StringIO)
    text = buffer.getvalue()
    if not env.color:  # with colour, a line ends in escape codes; its padding is invisible and harmless
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    write(text, env)


def _join(first: str | None, second: str) -> str:
    return f"{first}\n{second}" if first else second


def fit_columns(
    result: Records, columns: list[Column], env: Environment, measure: Callable[[str], int] | None = None
) -> tuple[list[Column], list[Column]]:
    """The columns that fit the terminal's width, and those hidden to make them fit (highest ``drop`` first).

    Like kubectl and gh: on a narrow terminal a table loses its least important columns rather than becoming
    unreadable. Pipes and explicit ``--fields`` always get every column. ``measure`` gives a cell's width
    (default: Rich's, which understands markup); the plain renderer passes ``len`` over plain cells.
    """
    if env.table_width is None:
        return columns, []
    shown_env = env if measure is None else env.plain()
    if measure is None:

        def measure(text: str) -> int:
            return _markup(text, env).cell_len

    def width(column: Column) -> int:
        cells = [measure(_display(r, column, shown_env)) for r in result.records]
        return max([len(column.header), *cells]) + 2  # one space of padding each side

    def least(column: Column) -> int:
        # The narrowest a wrapping column can be without cutting a word of its header or cells.
        words = column.header.split() + [w for r in result.records for w in _display(r, column, env.plain()).split()]
        return max((measure(w) for w in words), default=0) + 2

    widths = {c.key: width(c) for c in columns}
    narrowest = {c.key: least(c) for c in columns if c.wraps}

    def room(kept: list[Column]) -> int:
        # What is left for the wrapping columns: Rich draws a one-character rule (or space) between columns and
        # at both edges, and the edge padding is off.
        return env.width + 2 - len(kept) - 1 - sum(widths[c.key] for c in kept if not c.wraps)

    def fits(kept: list[Column], *, wrapped: bool) -> bool:
        shown = (narrowest[c.key] if wrapped and c.wraps else widths[c.key] for c in kept)
        return sum(shown) - 2 + len(kept) + 1 <= env.width

    kept = list(columns)
    hidden: list[Column] = []
    droppable = sorted((c for c in columns if c.drop), key=lambda c: -c.drop)
    # Columns that rank above WRAP_BEFORE are hidden rather than wrap another column; the others only once
    # wrapping is not enough.
    while droppable and not (
        fits(kept, wrapped=False) or (droppable[0].drop <= WRAP_BEFORE and fits(kept, wrapped=True))
    ):
        victim = droppable.pop(0)
        kept.remove(victim)
        hidden.append(victim)
    flexible = [c for c in kept if c.wraps]
    space = room(kept)
    if flexible and sum(widths[c.key] for c in flexible) > space:
        # Give the wrapping columns their widths ourselves: each at least its longest word, the rest shared out
        # from the narrowest up. (Rich would narrow them all to one width, cutting long words, then everything.)
        def share(level: int) -> dict[str, int]:
            return {c.key: min(max(level, narrowest[c.key]), widths[c.key]) for c in flexible}

        level = max((w for w in range(space + 1) if sum(share(w).values()) <= space), default=0)
        given = share(level)
        least_total = sum(given.values())
        if least_total > space:
            # Not even whole words fit (a 30-column terminal): fold the names inside words rather than let Rich
            # shrink every column, which drops footnote marks and cuts figures to '…'.
            given = {k: max(3, w * space // least_total) for k, w in given.items()}
        from dataclasses import replace  # only where a column wraps: dataclasses costs an import

        kept = [replace(c, width=max(1, given[c.key] - 2)) if c.wraps else c for c in kept]
    return kept, hidden


def _fit(columns: list[Column], widths: list[int], env: Environment) -> tuple[list[Column], list[Column]]:
    """:func:`fit_columns` for columns that do not wrap, once each one's width (its widest cell or header, plus
    padding) is known: the cells are measured once, when they are made."""
    if env.table_width is None:
        return columns, []
    width_of = {id(c): w for c, w in zip(columns, widths, strict=True)}
    kept = list(columns)
    hidden: list[Column] = []
    droppable = sorted((c for c in columns if c.drop), key=lambda c: -c.drop)
    # Rich draws a one-character rule (or space) between columns and at both edges; the edge padding is off.
    while sum(width_of[id(c)] for c in kept) - 2 + len(kept) + 1 > env.width and droppable:
        victim = droppable.pop(0)
        kept.remove(victim)
        hidden.append(victim)
    return kept, hidden


# fit_columns: a column whose ``drop`` is above this is hidden before any ``wraps`` column is wrapped to make room.
WRAP_BEFORE = 6

# Beyond this many rows a table is drawn by :func:`_plain_table`: Rich's layout of 1,000 rows takes over a second.
LARGE_TABLE = 200


def _plain_table(result: Records, columns: list[Column], env: Environment) -> None:
    """An aligned text table without Rich, for very large results: same columns and caption, no colour."""
    plain = env.plain()
    rows = [[visible(_display(r, c, plain)) for c in columns] for r in result.records]
    widths = [max([len(c.header), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(w) if c.justify == "right" else cell.center(w) if c.justify == "center" else cell.ljust(w)
            for cell, w, c in zip(cells, widths, columns, strict=True)
        ]
        return "  ".join(padded).rstrip()

    rule = "─" if env.unicode else "-"
    out = [line([visible(c.header) for c in columns]), "  ".join(rule * w for w in widths)]
    out += [line(row) for row in rows]
    if result.caption:
        import textwrap

        out.append("")
        for part in result.caption.splitlines():
            part = visible(part)  # noqa: PLW2901 (each line of the caption)
            out += textwrap.wrap(part, env.table_width) if env.table_width else [part]
    write("\n".join(out) + "\n", env)


def _cells(result: Records, columns: list[Column], env: Environment) -> list[list[Text]]:
    """Every cell of a Rich table as Rich text, row by row."""
    return [[_markup(_display(record, c, env), env) for c in columns] for record in result.records]


def _content_widths(columns: list[Column], cells: list[list[Text]]) -> list[int] | None:
    """Each column's widest cell or header as Rich measures it, or None where a cell has a line break or tab
    (Rich measures those line by line, with tab stops)."""
    from rich.cells import cell_len

    if any("\n" in cell.plain or "\t" in cell.plain for row in cells for cell in row):
        return None
    return [max([cell_len(c.header), *(row[i].cell_len for row in cells)]) for i, c in enumerate(columns)]


def _rich_table(
    result: Records,
    columns: list[Column],
    env: Environment,
    recorder: Console | None = None,
    *,
    cells: list[list[Text]] | None = None,
    widths: list[int] | None = None,
) -> None:
    """A Rich table of ``cells`` (made here if not given). ``widths``: each column's widest cell, when the table
    is known to fit the terminal at those widths — what Rich would find by measuring every cell again."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=_maybe_text(result.title, "bold" if env.color else "table.title"),
        caption=_maybe_text(result.caption, "table.caption"),
        box=box.SIMPLE_HEAD if env.unicode else box.ASCII2,
        header_style="bold" if env.color else "",
        title_style="bold" if env.color else "",
        caption_justify="left",
        padding=(0, 0) if result.compact else (0, 1),  # compact: the box's column gap alone
        pad_edge=False,
    )
    for i, c in enumerate(columns):
        # A wrapping column's width is set by fit_columns; otherwise the widths measured once, when they fit.
        width = c.width if c.width is not None else None if widths is None else widths[i]
        table.add_column(
            _plain_text(c.header),
            justify=c.justify,  # type: ignore[arg-type]
            no_wrap=c.no_wrap,
            width=width,
            **({"overflow": "fold"} if c.wraps else {}),  # type: ignore[arg-type]
        )
    rows = cells if cells is not None else _cells(result, columns, env)
    out = recorder or console(env)
    _add_rows(table, out, rows)
    out.print(table)
    if recorder is None:
        flush(out, env)


def _markup(text: str, env: Environment) -> Text:
    """A cell as Rich text: brackets in values are data, never markup.

    The only styling a cell may hold is the colour markup :func:`support` adds; it is turned into styled spans
    directly, without Rich's markup parser, and everything else — an organization written ``[bold]…[/]`` in
    someone's overlay, a file name with brackets — is shown as written.
    """
    from rich.text import Text

    text = visible(text, newlines=True)  # control characters are shown, never sent to the terminal
    if not env.color or "[/]" not in text:
        return Text(text)
    out = Text()
    start = 0
    for found in _SUPPORT_MARKUP.finditer(text):
        out.append(text[start : found.start()])
        colour, shown = _SUPPORT_PARTS[found.group()]
        out.append(shown, style=colour)
        start = found.end()
    out.append(text[start:])
    return out


def _add_rows(table: Table, out: Console, rows: Sequence[Sequence[Text]], ends: Sequence[int] = ()) -> None:
    """Add ``rows`` to ``table`` (set up with its columns) as :func:`table_rows.add_rows` does, where the
    widths Rich will give the columns are known."""
    from llmengines.table_rows import add_rows, final_widths

    columns = table.columns
    n = len(columns)
    pad = [table.padding[1] + table.padding[3]] * n  # (top, right, bottom, left)
    if n and not table.pad_edge:
        pad[0] -= table.padding[3]
        pad[-1] -= table.padding[1]
    rules = (2 if table.show_edge else 0) + n - 1 if table.box else 0
    headers: list[Any] | None = [c.header for c in columns] if table.show_header else None  # Text or str
    fixed = [c.width for c in columns]
    wrapable = [c.width is None and not c.no_wrap for c in columns]
    widths = final_widths(headers, rows, fixed=fixed, wrapable=wrapable, padding=pad, room=out.width - rules)
    add_rows(table, rows, widths, ends)


# The colour markup of support(), "[colour]text[/]": the only markup that may reach a cell.
_SUPPORT_PARTS = {
    f"[{colour}]{text}[/]": (colour, text)
    for _glyph, word, colour in SUPPORT_GLYPHS.values()
    for text in (_glyph, word, word[:1])
}
_SUPPORT_MARKUP = Pattern(lambda re: "|".join(re.escape(token) for token in _SUPPORT_PARTS))


def _plain_text(text: str, style: str = "") -> Text:
    """A title, caption, header or label made of data, as Rich text that is not parsed for markup."""
    from rich.text import Text

    return Text(visible(text, newlines=True), style=style)


def _maybe_text(text: str | None, style: str) -> Text | None:
    # Rich styles a title or caption given as text itself only when it is a str; give Text the same style.
    return None if text is None else _plain_text(text, style)


# --- documents --------------------------------------------------------------------------------------------------


def _emit_document(doc: Document, fmt: OutputFormat, env: Environment, fields: list[str] | None) -> None:
    if fmt in (OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.YAML):
        data = doc.data
        if fields is not None:
            _check_fields([data], fields)
            data = _select([data], fields)[0]
        if fmt is OutputFormat.JSON:
            write(dumps(data, env) + "\n", env)
        elif fmt is OutputFormat.JSONL:
            write(dumps(data, env, indent=None) + "\n", env)
        else:
            write(to_yaml(data), env)
        return
    if fields is not None:
        # --fields picks from the document's data, as in JSON: one record with those columns, in every format.
        _check_fields([doc.data], fields)
        _emit_records(Records([doc.data], [], doc.title), fmt, env, fields)
        return
    if fmt is OutputFormat.TABLE:
        _rich_document(doc, env)
        return
    # csv / tsv / markdown: the document as section, field, value rows (csv/tsv: without the bars of scores)
    delimited = fmt in (OutputFormat.CSV, OutputFormat.TSV)
    rows = [
        {"section": s.title, "field": label, "value": without_bar(value) if delimited else value}
        for s in doc.sections
        for label, value in s.rows
    ]
    columns = [Column("section", "Section"), Column("field", "Field"), Column("value", "Value")]
    _emit_records(Records(rows, columns, doc.title), fmt, env, fields)


def _rich_document(doc: Document, env: Environment, recorder: Console | None = None) -> None:
    from rich import box
    from rich.table import Table

    out = recorder or console(env)
    out.print(_plain_text(doc.title, "bold" if env.color else ""))
    for section in doc.sections:
        table = Table(
            title=_plain_text(section.title, "bold cyan" if env.color else "table.title"),
            title_justify="left",
            title_style="bold cyan" if env.color else "",
            show_header=False,
            box=box.SIMPLE if env.unicode else box.ASCII2,
            pad_edge=False,
        )
        table.add_column("field", style="dim" if env.color else "", no_wrap=True)
        table.add_column("value", overflow="fold")
        rows = [[_markup(label, env), _markup(value, env)] for label, value in section.rows]  # a label may hold a ✓
        _add_rows(table, out, rows)
        out.print(table)
    if recorder is None:
        flush(out, env)


# --- grids (side-by-side comparisons) ---------------------------------------------------------------------------


@frozen.plain(slots=True)
class GridRow:
    """One row of a :class:`Grid`: a label, one raw value and one display text per column, and whether they differ."""

    label: str
    key: str  # a stable name for data formats: a dotted path such as "hardware.nvidia"
    raw: list[Any]
    shown: list[str]
    differs: bool = False


@frozen.plain(slots=True)
class GridSection:
    """A titled group of rows in a :class:`Grid`."""

    title: str
    rows: list[GridRow]


@frozen.plain(slots=True)
class Grid:
    """Things side by side (``compare``): sections of rows, one value column per thing.

    ``data`` is the JSON/YAML form. Tables show one Rich table with a rule and title per section and rows that
    differ marked; CSV/TSV/markdown get one row per field with a column per thing (raw values in CSV/TSV,
    display text in markdown).
    """

    title: str
    columns: list[tuple[str, str]]  # (key, header) per value column, e.g. ("vllm", "vLLM")
    sections: list[GridSection]
    data: dict[str, Any]
    caption: str | None = None

    def flat(self, *, shown: bool) -> Records:
        """The grid as records: section, field, key, differs, then one value per column."""
        records = []
        for section in self.sections:
            for row in section.rows:
                record: dict[str, Any] = {
                    "section": section.title,
                    "field": row.label,
                    "key": row.key,
                    "differs": row.differs,
                }
                for (key, _), raw, text in zip(self.columns, row.raw, row.shown, strict=True):
                    record[key] = text if shown else raw
                records.append(record)
        columns = [Column("section", "Section"), Column("field", "Field"), Column("key", "Key")]
        columns.append(Column("differs", "Differs", lambda v, env: "≠" if v else ""))
        columns += [Column(key, header) for key, header in self.columns]
        return Records(records, columns, self.title, self.caption)


DIFF_MARK = ("≠", "*")  # unicode, ascii


def _emit_grid(grid: Grid, fmt: OutputFormat, env: Environment, fields: list[str] | None) -> None:
    if fmt in (OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.YAML):
        _emit_document(Document(grid.title, grid.data), fmt, env, fields)
    elif fmt is OutputFormat.TABLE and fields is None:
        _rich_grid(grid, env)
    else:
        _emit_records(grid.flat(shown=fmt in (OutputFormat.MARKDOWN, OutputFormat.TABLE)), fmt, env, fields)


def _grid_column_width(label_width: int, n: int, width: int) -> int:
    return (width - 2 - label_width - 3 * n) // n  # Rich: two edges, and 3 characters around each value column


def _grid_label_width(wanted: int, n: int, width: int | None, *, least: int = 18, value: int = 9) -> int:
    """The label column's width: as wide as the labels (at most 26), narrower (down to ``least``) where that
    gives the value columns room for ``value`` characters (a date, "Academic")."""
    if width is None or not n:
        return wanted
    short = value - _grid_column_width(wanted, n, width)
    return max(least, wanted - short * n) if short > 0 else wanted


def grid_headers(headers: list[str], label_width: int, width: int | None) -> tuple[list[str], str | None]:
    """The headers of a grid's value columns as they fit ``width``, and a legend if they had to be numbered.

    Rich folds a header that is wider than its column anywhere (``Tensor`` / ``RT-LLM``). Headers are broken
    only between words or after ``-``, ``.``, ``/`` or ``_`` (``TensorRT-`` / ``LLM``); where even a piece does not
    fit, the columns are numbered and the caption says which engine each number is.
    """
    if width is None or not headers:
        return headers, None
    n = len(headers)
    column = _grid_column_width(label_width, n, width)
    wrapped = [wrap_header(h, column) for h in headers]
    if all(w is not None for w in wrapped):
        return [w for w in wrapped if w is not None], None
    legend = "Columns: " + ", ".join(f"{i} = {h}" for i, h in enumerate(headers, 1))
    return [str(i) for i in range(1, n + 1)], legend


_HEADER_PIECE = Pattern(r"[^-./_]+[-./_]*|[-./_]+")


def wrap_header(header: str, width: int) -> str | None:
    """``header`` in lines of at most ``width``, broken only at spaces or after ``- . / _``; None if it cannot be."""
    if len(header) <= width:
        return header
    lines: list[str] = []
    line = ""
    for word in header.split():
        for k, piece in enumerate(_HEADER_PIECE.findall(word)):
            if len(piece) > width:
                return None
            joined = f"{line} {piece}" if line and k == 0 else line + piece
            if len(joined) <= width:
                line = joined
            else:
                lines.append(line)
                line = piece
    return "\n".join([*lines, line])


def _rich_grid(grid: Grid, env: Environment, recorder: Console | None = None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    mark = DIFF_MARK[0] if env.unicode else DIFF_MARK[1]
    table = Table(
        title=_maybe_text(grid.title, "bold" if env.color else "table.title"),
        caption=_maybe_text(grid.caption, "table.caption"),
        caption_justify="left",
        title_justify="left",
        box=box.SIMPLE_HEAD if env.unicode else box.ASCII2,
        header_style="bold" if env.color else "",
        title_style="bold" if env.color else "",
        pad_edge=False,
    )
    labels = [len(r.label) + 2 for s in grid.sections for r in s.rows] + [len(s.title) for s in grid.sections]
    label_width = _grid_label_width(min(max(labels, default=10), 26), len(grid.columns), env.table_width)
    headers, legend = grid_headers([h for _, h in grid.columns], label_width, env.table_width)
    if legend:
        table.caption = _plain_text(_join(grid.caption, legend), "table.caption")
    table.add_column(Text(""), style="dim" if env.color else "", width=label_width, overflow="fold")  # not markup
    for header in headers:
        # share what is left evenly; fold what does not fit
        table.add_column(_plain_text(header), overflow="fold", ratio=1)
    rows: list[list[Text]] = []
    ends: list[int] = []
    for i, section in enumerate(grid.sections):
        if i:
            ends.append(len(rows) - 1)
        heading = Text.assemble((visible(section.title), "bold cyan" if env.color else ""))  # styled, not its padding
        rows.append([heading, *(Text("") for _ in grid.columns)])
        for row in section.rows:
            label = _plain_text(f"{mark} {row.label}" if row.differs else f"  {row.label}")
            if env.color and row.differs:
                label = Text.assemble((mark, "bold yellow"), " ", (visible(row.label), "bold"))
            rows.append([label, *(_markup(text, env) for text in row.shown)])
    out = recorder or console(env)
    _add_rows(table, out, rows, ends)
    out.print(table)
    if recorder is None:
        flush(out, env)
