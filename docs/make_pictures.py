"""Regenerate the README's pictures: run the installed ``llmengines`` with ``--svg docs/img/NAME.svg``.

    python docs/make_pictures.py            # rewrite docs/img/*.svg
    python docs/make_pictures.py --check    # exit 1 if a committed picture is stale

The pictures come from the bundled data only: ``$LLMENGINES_DATA`` is ignored and the user data and cache
directories are empty, so figures fetched by ``llmengines refresh`` never leak in. ``--svg`` renders at 100
columns in colour whatever the terminal, so the same data gives the same bytes (``tests/test_docs.py`` checks
that the committed pictures are current).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

IMG = Path(__file__).resolve().parent / "img"

# name → the command's arguments, in README order. Keep the set small: each picture is ~10-40 KB.
PICTURES: dict[str, list[str]] = {
    "find": ["find", "--hw", "rocm", "--precision", "fp8"],
    "show": ["show", "vllm"],
    "compare": ["compare", "vllm", "sglang", "--diff"],
    "rank": ["rank", "--by", "throughput", "--top", "5"],
    "facets": ["facets", "precision"],
    "matrix": ["matrix", "precision"],
    "recommend": ["recommend", "--hw", "cuda", "--precision", "fp8", "--priority", "throughput", "--top", "5"],
}


def generate(directory: Path) -> list[Path]:
    """Write every picture into ``directory``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "LLMENGINES_DATA" and not k.startswith("_TYPER")}
        env["LLMENGINES_DATA_DIR"] = str(Path(home, "data"))
        env["LLMENGINES_CACHE_DIR"] = str(Path(home, "cache"))
        for name, args in PICTURES.items():
            target = directory / f"{name}.svg"
            subprocess.run(
                [sys.executable, "-m", "llmengines", *args, "--svg", str(target)],
                env=env,
                stdout=subprocess.DEVNULL,
                check=True,
            )
            written.append(target)
    return written


def stale(directory: Path = IMG) -> list[str]:
    """Names of the committed pictures that differ from freshly generated ones (or are missing)."""
    with tempfile.TemporaryDirectory() as fresh:
        generate(Path(fresh))
        return [
            name
            for name in PICTURES
            if not (directory / f"{name}.svg").is_file()
            or (directory / f"{name}.svg").read_bytes() != Path(fresh, f"{name}.svg").read_bytes()
        ]


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        names = stale()
        for name in names:
            sys.stderr.write(f"stale: docs/img/{name}.svg (run: python docs/make_pictures.py)\n")
        return 1 if names else 0
    if argv:
        sys.stderr.write("usage: python docs/make_pictures.py [--check]\n")
        return 2
    for path in generate(IMG):
        sys.stdout.write(f"{path.relative_to(IMG.parent.parent)}  {path.stat().st_size:,} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
