"""Regenerate ``data/dataset.json`` from the YAML under ``data/``: ``python -m llmengines.build``.

With ``--check`` it only reports whether the JSON is current (exit 1 if not), as the test suite does.
It also writes ``data/evaluation.json`` (the paper's evaluation and the list's later entries, from
``evaluation.yaml`` and ``listed.yaml``): a file of its own, because it would double ``dataset.json``, which every
command parses, while only the commands that show evaluation facts read it.
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


def render_evaluation_json() -> str:
    """The text ``evaluation.json`` must have: the validated evaluation and listed YAML."""
    from llmengines.evaluation import load_yaml
    from llmengines.validation import DATA_DIR
    from llmengines.vocabulary import CATEGORY_IDS

    engine_ids = {e.id for e in load_bundled_yaml().engines}
    return json.dumps(load_yaml(DATA_DIR, engine_ids, set(CATEGORY_IDS)), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the generated JSON files."""
    from llmengines.evaluation import EVALUATION_JSON

    args = sys.argv[1:] if argv is None else argv
    try:
        texts = {BUNDLED_JSON: render_json(), EVALUATION_JSON: render_evaluation_json()}
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 3
    stale = False
    for path, text in texts.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        if "--check" in args:
            print(f"{path} is stale: run `python -m llmengines.build`", file=sys.stderr)
            stale = True
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
