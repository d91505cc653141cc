"""Write a synthetic overlay of N complete new engines (for benchmarks): ``python bench/make_overlay.py 1000 out.yaml``.

With an output name ending in ``.json`` the same engines are written as JSON (also valid YAML).

The engines are made up (``synthetic-0001`` …) and say so in their organization; never ship such a file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, SCORE_IDS, TECHNIQUE_IDS


def make(n: int, seed: int = 1) -> str:
    """The YAML text of ``n`` synthetic engines, in the bundled format."""
    rng = random.Random(seed)
    support = ("yes", "no", "unknown")
    lines = ["# Synthetic engines for benchmarks only.", "engines:"]
    for i in range(1, n + 1):
        lines += [
            f"  - id: synthetic-{i:04d}",
            f"    name: Synthetic {i:04d}",
            "    organization: Synthetic benchmark data",
            f"    org_type: {rng.choice(['community', 'academic', 'big-tech', 'startup'])}",
            f"    released: {rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}",
            f"    open_source: {rng.choice(['yes', 'partial', 'no'])}",
            f"    commercial: {rng.choice(['true', 'false'])}",
            f"    github_stars: {rng.randint(0, 100_000)}",
            '    stars_as_of: "2026-11-01"',
            f"    docs: {rng.choice(['detailed', 'moderate', 'simple', 'missing'])}",
            "    community: {sns: yes, forum: unknown, meetup: no}",
            f"    links: {{repository: https://github.com/synthetic/engine-{i}}}",
            f"    deployment: {{scale: {rng.choice(['single-node', 'multi-node'])}, devices: homogeneous}}",
        ]
        for table, ids in (
            ("platforms", PLATFORM_IDS),
            ("hardware", HARDWARE_IDS),
            ("precisions", PRECISION_IDS),
            ("techniques", TECHNIQUE_IDS),
        ):
            lines.append(f"    {table}:")
            lines += [f"      {k}: {rng.choice(support)}" for k in ids]
        lines.append("    scores:")
        lines += [f"      {k}: {{value: {rng.randint(0, 50) / 10}}}" for k in SCORE_IDS]
    return "\n".join(lines) + "\n"


def make_json(n: int, seed: int = 1) -> str:
    """The same engines as :func:`make`, written as JSON (which is also YAML)."""
    from ruamel.yaml import YAML

    return json.dumps(YAML(typ="safe").load(make(n, seed)), indent=1) + "\n"


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"overlay-{count}.yaml")
    out.write_text(make_json(count) if out.suffix == ".json" else make(count), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB, {count} engines)", file=sys.stderr)
