"""Regenerate ``data/dataset.json`` from the YAML under ``data/``: ``python -m llmengines.build``.

With ``--check`` it only reports whether the JSON is current (exit 1 if not), as the test suite does.
"""

from __future__ import annotations

import json
import sys

from llmengines.dataset import BUNDLED_JSON, dataset_to_dict
from llmengines.errors import DataError
from llmengines.validation import load_bundled_yaml


def render_json() -> str:
    """The text ``dataset.json`` must have: the validated YAML, serialised deterministically."""
    return json.dumps(dataset_to_dict(load_bundled_yaml()), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the generated JSON."""
    args = sys.argv[1:] if argv is None else argv
    try:
        text = render_json()
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 3
    current = BUNDLED_JSON.read_text(encoding="utf-8") if BUNDLED_JSON.exists() else ""
    if "--check" in args:
        if current != text:
            print(f"{BUNDLED_JSON} is stale: run `python -m llmengines.build`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        BUNDLED_JSON.write_text(text, encoding="utf-8")
        print(f"wrote {BUNDLED_JSON}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
