"""Questions asked of the dataset: looking engines up by any of their names."""

from __future__ import annotations

from llmengines.models import Dataset, Engine
from llmengines.vocabulary import Matcher, Term

TYPE_CHECKING = False  # not typing's: the query path does not import typing for this
if TYPE_CHECKING:
    from collections.abc import Iterable


def engine_matcher(dataset: Dataset) -> Matcher:
    """A matcher over engine ids, display names and aliases."""
    return Matcher("engine", (Term(e.id, e.name, e.aliases) for e in dataset.engines))


def get_engine(dataset: Dataset, name: str) -> Engine:
    """The engine called ``name`` (id, display name or alias, any case); raises ``UnknownNameError``."""
    exact = next((e for e in dataset.engines if e.id == name), None)
    if exact is not None:  # the common case, without building a matcher over every name (1,000s with overlays)
        return exact
    engine_id = engine_matcher(dataset).resolve(name)
    return next(e for e in dataset.engines if e.id == engine_id)


def engine_ids(dataset: Dataset, names: Iterable[str] | None) -> list[str]:
    """The ids of the engines ``names`` call (each may be comma-separated), in order, each once."""
    from llmengines.filters import split

    return list(dict.fromkeys(get_engine(dataset, name).id for name in split(names)))
