"""Commands over the user's own data: ``validate``, ``template``, ``refresh``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from llmengines.completers import complete_engine
from llmengines.errors import DataError
from llmengines.options import FieldsOption, FormatOption, JsonOption, NoPagerOption
from llmengines.registry import command
from llmengines.session import current_dataset, env, output

TEMPLATE = Path(__file__).resolve().parent.parent / "data" / "overlay-example.yaml"


@command("validate")
def validate_command(
    files: Annotated[list[str], typer.Argument(metavar="FILE…", help="Overlay files (YAML), checked in order.")],
) -> None:
    """Check overlay files without using them: every problem as file:line:column: field: message.

    \b
      llmengines validate extra.yaml
      llmengines validate base.yaml fixes.yaml
      llmengines template > mine.yaml && llmengines validate mine.yaml

    Each file is checked against the bundled dataset and the files given before it (not against
    $LLMENGINES_DATA or --data). All problems of a file are reported at once; exit status 3 if there is any.
    """
    from llmengines.escaping import visible
    from llmengines.overlays import merge, read_overlay

    overlays, errors = [], []
    for file in files:
        try:
            overlays.append(read_overlay(file))
        except DataError as exc:
            errors.append(exc)
    if not errors:
        try:
            loaded = merge(overlays)
        except DataError as exc:
            errors.append(exc)
    if errors:
        problems = [p for exc in errors for p in (exc.problems or [str(exc)])]
        count = sum(max(len(exc.problems), 1) for exc in errors)
        raise DataError(f"{count} problem(s) in {len(files)} file(s)", problems)
    for overlay in overlays:
        added = sum(1 for f in loaded.provenance.added.values() if f == overlay.path)
        changed = len(overlay.records) - added
        empty = "" if overlay.records else " (no records: it changes nothing; see 'llmengines template')"
        sys.stderr.write(f"ok: {visible(overlay.path)}: {added} new engine(s), {changed} correction(s){empty}\n")


@command("template")
def template_command() -> None:
    """Print a commented example overlay: the format of --data files, to copy and edit.

    \b
      llmengines template > mine.yaml
      llmengines --data mine.yaml show my-engine

    As printed it changes nothing (its examples are commented out), so a copy used before it is edited is harmless.
    """
    from llmengines.render import write
    from llmengines.session import env

    write(TEMPLATE.read_text(encoding="utf-8"), env())  # ASCII where stdout cannot take the comments' dashes


@command("refresh")
def refresh_command(
    engines: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ENGINE]…",
            help="Only these engines (default: every one with a GitHub repository).",
            autocompletion=complete_engine,
            show_default=False,
        ),
    ] = None,
    *,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Fetch and show the figures; write nothing.")] = False,
    fmt: FormatOption = None,
    json_flag: JsonOption = False,
    fields: FieldsOption = None,
    no_pager: NoPagerOption = False,
) -> None:
    """Fetch current GitHub stars, latest release and last push for every engine with a GitHub repository.

    \b
      llmengines refresh
      llmengines refresh vllm sglang
      llmengines refresh --dry-run --json
      GITHUB_TOKEN=… llmengines refresh

    The figures, dated today, are written to refreshed.yaml in your data directory ($LLMENGINES_DATA_DIR, else
    $XDG_DATA_HOME/llmengines or the platform's equivalent), which every later command merges in. Without
    GITHUB_TOKEN, GitHub allows 60 requests an hour (two per engine). Engines that fail are listed on stderr
    and keep their earlier figures; what succeeded is written anyway; the exit status is then 3.
    """
    from llmengines.escaping import visible
    from llmengines.files import refreshed_path
    from llmengines.queries import get_engine
    from llmengines.refresh import api, fetch_all, github_repository, today, write_overlay
    from llmengines.render import Column, Records, asks_for_field_list, check_fields, choose_format, parse_fields, stars

    columns = [
        Column("id", "Engine", no_wrap=True),
        Column("github_stars_before", "Stars before", stars, justify="right"),
        Column("github_stars", "Stars now", stars, justify="right"),
        Column("stars_as_of", "As of"),
        Column("latest_release", "Latest release", lambda v, _env: "" if v is None else str(v)),
        Column("last_push", "Last push", lambda v, _env: "" if v is None else str(v)),
    ]
    example = dict.fromkeys(REFRESH_FIELDS)
    if asks_for_field_list(parse_fields(fields)):  # the names, without asking GitHub anything
        output(lambda _env: Records([], columns, example=example), fmt, json_flag, fields)
        return
    origin = api()  # a bad URL, token or deadline is refused before anything else happens
    choose_format(fmt, json_flag, env())
    check_fields(parse_fields(fields), example)  # before any request, not after
    dataset = _dataset_for_refresh()
    chosen = [get_engine(dataset, name) for name in engines] if engines else list(dataset.engines)
    targets = []
    for engine in chosen:
        repo = github_repository(engine.links.repository)
        if repo is not None:
            targets.append((engine.id, *repo))
        elif engines:
            sys.stderr.write(f"note: {engine.id} has no GitHub repository; skipped\n")
    date = today()
    with _progress(len(targets), visible(f"GitHub ({origin.base})")) as advance:
        figures, failures = fetch_all(targets, date, advance)
    before = {e.id: e for e in dataset.engines}
    path = refreshed_path()
    if not dry_run and figures:
        warning = write_overlay(path, figures)
        if warning:
            sys.stderr.write(f"warning: {visible(warning)}\n")
    rows: list[dict[str, Any]] = [
        {
            "id": f.engine_id,
            "github_stars_before": before[f.engine_id].github_stars,
            "github_stars": f.stars,
            "stars_as_of": f.as_of,
            "latest_release": f.latest_release,
            "latest_release_date": f.latest_release_date,
            "last_push": f.last_push,
        }
        for f in figures
    ]
    assert all(list(row) == list(REFRESH_FIELDS) for row in rows)
    where = "dry run: nothing written" if dry_run else f"written to {path}"
    caption = f"{len(figures)} of {len(targets)} engines refreshed · {where}"
    output(lambda _env: Records(rows, columns, example=example), fmt, json_flag, fields, no_pager=no_pager)
    if failures:
        raise DataError(
            f"{len(failures)} of {len(targets)} engines not refreshed (they keep their earlier figures); "
            + ("nothing written (dry run)" if dry_run else f"the other {len(figures)} were {where}"),
            [f"refresh: {f.engine_id}: {f.reason}" for f in failures],
        )
    sys.stderr.write(f"{visible(caption)}\n")


REFRESH_FIELDS = (
    "id",
    "github_stars_before",
    "github_stars",
    "stars_as_of",
    "latest_release",
    "latest_release_date",
    "last_push",
)


def _dataset_for_refresh() -> Any:
    """The dataset to refresh; without the refreshed figures when those do not load — refresh rewrites them."""
    from llmengines import session
    from llmengines.escaping import visible
    from llmengines.files import refreshed_path
    from llmengines.overlays import load

    try:
        return current_dataset()
    except DataError as exc:
        session.state.loaded = load(session.state.data, refreshed=False)  # the user's own files must still load
        broken = visible(str(refreshed_path()))
        sys.stderr.write(f"warning: {broken} does not load ({visible(str(exc))}); this refresh rewrites it\n")
        return session.loaded().dataset


class _progress:
    """A Rich progress bar on stderr while fetching — only when stderr is a terminal."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label = total, label
        self.bar: Any = None
        self.previous: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty() or self.total == 0:
            return lambda _id: None
        import signal

        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        # Ctrl-C ends the process at once (llmengines.run); the bar hid the cursor, so show it again first.
        self.previous = signal.getsignal(signal.SIGINT)

        def interrupted(signum: int, frame: Any) -> None:
            os.write(2, b"\r\x1b[2K\x1b[?25h")
            if callable(self.previous):
                self.previous(signum, frame)
            else:
                raise KeyboardInterrupt

        try:
            signal.signal(signal.SIGINT, interrupted)
        except ValueError:  # not the main thread: nothing to install
            self.previous = None
        self.bar.start()
        task = self.bar.add_task(self.label, total=self.total)
        return lambda _id: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            if self.previous is not None:
                import signal

                signal.signal(signal.SIGINT, self.previous)
