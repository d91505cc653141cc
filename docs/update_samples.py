"""Rewrite the README's ``$ llmengines …`` console samples from what the commands print today.

``tests/test_docs.py::test_readme_sample_output_is_real`` fails when a sample drifts; this redraws the drifted
ones the way that test runs them (an 80-column terminal; ``| head -N``: a 100-column pipe). A sample that elides
lines with ``…`` keeps its shape: as many leading lines as before, ``…``, and as many trailing lines as before.
Read the diff before committing it: the samples are documentation, and a changed answer deserves a look.

    python docs/update_samples.py [FILE]   # default: README.md
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import sys
from pathlib import Path

os.environ["_TYPER_FORCE_DISABLE_TERMINAL"] = "1"  # as tests/conftest.py: Typer must not draw Rich help
for _var in ("FORCE_COLOR", "PY_COLORS", "NO_COLOR", "LLMENGINES_DATA", "PAGER"):
    os.environ.pop(_var, None)
os.environ["LLMENGINES_PAGER"] = ""


def run(words: list[str], head: int | None) -> list[str]:
    from llmengines.cli import main
    from llmengines.environment import Environment

    tty = head is None
    fake = Environment(stdout_isatty=tty, color=False, width=80 if tty else 100, unicode=True)
    real = Environment.detect
    Environment.detect = classmethod(lambda cls, **kw: fake)  # type: ignore[method-assign, assignment]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.suppress(SystemExit):
            main(words)
    finally:
        Environment.detect = real  # type: ignore[method-assign]
    printed = [line.rstrip() for line in out.getvalue().splitlines()]
    printed = printed[:head] if head else printed + err.getvalue().splitlines()
    while printed and not printed[-1]:
        printed.pop()
    return printed


def redraw(shown: list[str], printed: list[str]) -> list[str]:
    if not any(line.strip() == "…" for line in shown):
        return printed
    first = shown.index(next(line for line in shown if line.strip() == "…"))
    last = len(shown) - 1 - shown[::-1].index(next(line for line in shown[::-1] if line.strip() == "…"))
    tail = len(shown) - last - 1
    if first + tail >= len(printed):
        return printed
    return [*printed[:first], "…", *(printed[len(printed) - tail :] if tail else [])]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.test_docs import _shown_in  # the test's own notion of "shown"

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    text = path.read_text(encoding="utf-8")
    changed = 0

    def block(match: re.Match[str]) -> str:
        nonlocal changed
        lines = match.group(1).splitlines()
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            out.append(line)
            i += 1
            if not line.startswith("$ "):
                continue
            j = i
            while j < len(lines) and not lines[j].startswith("$ "):
                j += 1
            shown = lines[i:j]
            words = shlex.split(line[2:])
            head = None
            if "|" in words:
                pipe = words.index("|")
                if words[pipe + 1 : pipe + 2] != ["head"]:
                    out += shown
                    i = j
                    continue
                head = int(words[pipe + 2].lstrip("-")) if len(words) > pipe + 2 else 10
                words = words[:pipe]
            if words[0] != "llmengines" or ">" in words or "bad.yaml" in words:
                out += shown
            else:
                printed = run(words[1:], head)
                if _shown_in([s.rstrip() for s in shown], printed):
                    out += shown
                else:
                    out += redraw(shown, printed)
                    changed += 1
                    print(f"redrawn: {line}", file=sys.stderr)
            i = j
        return "```console\n" + "".join(f"{x}\n" for x in out) + "```"

    text = re.sub(r"```console\n(.*?)```", block, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    print(f"{changed} sample(s) redrawn", file=sys.stderr)


if __name__ == "__main__":
    main()
