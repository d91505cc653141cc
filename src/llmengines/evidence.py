"""What paper v3 observed of an engine, for ``recommend``: shown beside its score, never part of it.

Read from the bundled evaluation data as it is, not from its records (:mod:`llmengines.evaluation`):
``recommend`` needs four facts per engine, and building every record of §6 cost it more than the rest of its
answer but the data itself.
"""

from __future__ import annotations

from llmengines.evaluation import EASE_NAMES, bundled_evaluation_dict

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any

SOURCE = "paper v3 §6 (Table 13), 2025-11-26"


def evidence(engine_id: str, priority: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """What the paper observed of an engine (``data``: the evaluation as JSON data; default: the bundled one)."""
    ev = bundled_evaluation_dict()["evaluation"] if data is None else data
    install = next((i for i in ev["installs"] if i["engine"] == engine_id), None)  # Table 13's row
    count = sum(len(s["points"]) for s in ev["series"] if s["engine"] == engine_id)
    practice = [f["quote"] for f in ev["findings"] if engine_id in f["engines"] and f["kind"] == "install"]
    if install is None:
        text = "not evaluated by the paper"
    elif priority == "ease":
        text = f"installed {EASE_NAMES[install['ease']]} ({install['method']}; Table 13)"
        group = next((g for g in ev["groupings"] if engine_id in g["engines"]), None)  # the list's install group
        if group is not None and group["level"] != install["ease"]:
            text += f"; the list's Experiments: {EASE_NAMES[group['level']]}"
        if any("easier to install in practice" in q for q in practice):
            text += "; easier in practice than its documentation score (§6.1)"
        elif any("as difficult to install as indicated" in q for q in practice):
            text += "; as hard as documented (§6.1)"
    else:
        text = f"{count} measured figures (results --engine {engine_id})" if count else "installed, not benchmarked"
    return {
        "text": text,
        "install_ease": None if install is None else install["ease"],
        "install_method": None if install is None else install["method"],
        "openai_compatible": None if install is None else install["openai_compatible"],
        "results": count,
        "source": SOURCE,
        "kind": "observed",
    }
