"""Where each value of the dataset comes from: the survey (the bundled data) or an overlay file.

Its own light module (no pathlib, no dataclasses): ``show`` and ``compare`` ask for the provenance on every run,
and without overlays it is empty — that answer must not import the overlay machinery (:mod:`llmengines.overlays`).
"""

from __future__ import annotations

from llmengines.record_class import field, plain

SURVEY = "survey"  # the origin of every value no overlay set


@plain(slots=True)
class Provenance:
    """Where each value comes from: the survey (the bundled data), or an overlay file.

    ``fields[engine_id][path]`` is the file that set ``path`` (dotted, e.g. ``hardware.nvidia``,
    ``github_stars``, ``scores.performance``); ``added[engine_id]`` is the file that defines an engine the
    survey does not have (all its values come from there, the unstated ones being unknown).
    """

    files: tuple[str, ...] = ()
    added: dict[str, str] = field(default_factory=dict)
    fields: dict[str, dict[str, str]] = field(default_factory=dict)

    def origin(self, engine_id: str, path: str) -> str | None:
        """The overlay file ``engine_id``'s value at ``path`` comes from, or None when it is the survey's.

        A path names a value (``hardware.nvidia``) or a whole table (``hardware``: the last file that set any key).
        """
        set_by = self.fields.get(engine_id, {})
        if path in set_by:
            return set_by[path]
        inner = [f for p, f in set_by.items() if p.startswith(path + ".")]
        if inner:
            return inner[-1]
        return self.added.get(engine_id)

    def defined_in(self, engine_id: str) -> str:
        """The file that defines the engine: :data:`SURVEY` or an overlay's path."""
        return self.added.get(engine_id, SURVEY)

    def overlay_fields(self, engine_id: str) -> dict[str, str]:
        """Every value of the engine an overlay set, ``{path: file}``, in the order they were set."""
        return dict(self.fields.get(engine_id, {}))
