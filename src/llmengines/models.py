"""The typed records of the dataset.

They are stdlib dataclasses so that the query path does not import pydantic (it costs more at startup than
everything else a query does). Pydantic validates the same classes, through ``TypeAdapter``, wherever data
is untrusted — a user's file, or the bundled YAML at build and test time — and produces the JSON Schema
(see :mod:`llmengines.validation`). ``__pydantic_config__`` is a plain dict for that reason.

Every matrix value is a :data:`Support`: the source's ``-`` is ``"unknown"``, never ``"no"``.
"""

from __future__ import annotations

from llmengines.record_class import Frozen, Literal, field, record
from llmengines.vocabulary import HardwareId, PlatformId, PrecisionId, ScoreId, TaxonomyCategory, TechniqueId

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any, ClassVar

SCHEMA_VERSION = "1"

Support = Literal["yes", "no", "unknown"]
OrgType = Literal["community", "academic", "big-tech", "startup"]
OpenSource = Literal["yes", "partial", "no"]
DocsLevel = Literal["detailed", "moderate", "simple", "missing"]
Scale = Literal["single-node", "multi-node"]
Devices = Literal["heterogeneous", "homogeneous"]

_STRICT: dict[str, Any] = {"extra": "forbid", "strict": True}


@record(frozen=True, slots=True)
class Community(Frozen):
    """Where an engine's community meets: Discord/Slack (SNS), a forum, meetups or events."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    sns: Support
    forum: Support
    meetup: Support


@record(frozen=True, slots=True)
class Links(Frozen):
    """The links the source list gives for an engine."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    repository: str | None = None
    webpage: str | None = None
    papers: tuple[str, ...] = ()


@record(frozen=True, slots=True)
class Deployment(Frozen):
    """The survey's deployment class: where an engine sits in its scale × device-diversity table."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    scale: Scale
    devices: Devices


@record(frozen=True, slots=True)
class Score(Frozen):
    """One of the survey's six-dimension scores (0–5), as read off its radar chart.

    An uncertain reading keeps the range that was read (``low``–``high``); ``value`` is then its midpoint.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    value: float
    uncertain: bool = False
    low: float | None = None
    high: float | None = None


@record(frozen=True, slots=True)
class Engine(Frozen):
    """One inference engine, with every fact the source gives about it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    organization: str
    org_type: OrgType
    released: str  # YYYY-MM
    open_source: OpenSource
    commercial: bool
    github_stars: int | None  # None where the source has no figure (closed source)
    docs: DocsLevel
    community: Community
    links: Links
    platforms: dict[PlatformId, Support]
    hardware: dict[HardwareId, Support]
    deployment: Deployment
    techniques: dict[TechniqueId, Support]
    precisions: dict[PrecisionId, Support]
    scores: dict[ScoreId, Score]
    aliases: tuple[str, ...] = ()
    hardware_notes: dict[HardwareId, str] = field(default_factory=dict)
    stars_as_of: str | None = None  # None: the dataset's snapshot date
    # GitHub figures the survey does not give; set by `llmengines refresh` (as of stars_as_of) or an overlay.
    latest_release: str | None = None  # tag of the latest GitHub release
    latest_release_date: str | None = None  # YYYY-MM-DD
    last_push: str | None = None  # YYYY-MM-DD of the last push to the repository
    stars_per_day: float | None = None  # average stars gained per day, as the paper v3's Table 4 gives it

    def supports(self, dimension: str, id_: str) -> Support:
        """The value of one matrix cell: ``engine.supports("hardware", "nvidia")``."""
        table: dict[str, Support] = getattr(self, dimension)
        return table.get(id_, "unknown")


@record(frozen=True, slots=True)
class Reference(Frozen):
    """A reference of the technique taxonomy: its label as the source writes it, and its link."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    label: str
    url: str


@record(frozen=True, slots=True)
class Technique(Frozen):
    """One entry of the survey's optimization-technique taxonomy."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    category: TaxonomyCategory
    description: str
    references: tuple[Reference, ...]
    matrix_column: TechniqueId | None = None  # the coverage-matrix column of the same name, if any


@record(frozen=True, slots=True)
class TokenPrice(Frozen):
    """USD per 1M input and output tokens; None where the source has ``-``."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    input: float | None
    output: float | None
    footnotes: tuple[str, ...] = ()  # ids of the footnotes that qualify this price


@record(frozen=True, slots=True)
class ModelPrices(Frozen):
    """One row of the pricing-by-model table: a model and each provider's price for it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    model: str
    prices: dict[str, TokenPrice]  # engine id → price


@record(frozen=True, slots=True)
class HardwarePrices(Frozen):
    """One row of the pricing-by-hardware table: a device and each provider's hourly price for it."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    hardware: str
    prices: dict[str, float | None]  # engine id → USD per device-hour


@record(frozen=True, slots=True)
class Footnote(Frozen):
    """A footnote of a pricing table: its mark and text as published, and what it means."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    mark: str
    text: str
    meaning: str


@record(frozen=True, slots=True)
class Pricing(Frozen):
    """The two commercial pricing tables."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    currency: str
    token_unit: str
    device_unit: str
    by_model: tuple[ModelPrices, ...]
    by_hardware: tuple[HardwarePrices, ...]
    footnotes: tuple[Footnote, ...]


@record(frozen=True, slots=True)
class Erratum(Frozen):
    """A correction made upstream after publication, applied to the dataset."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    table: str
    engine: str  # engine id
    field: str  # dotted path in the engine record, e.g. "hardware.ascend"
    published: str
    corrected: str
    source: str
    date: str


@record(frozen=True, slots=True)
class Source(Frozen):
    """Where the dataset comes from."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    title: str
    paper: str
    paper_url: str
    list_repository: str
    list_commit: str
    list_date: str


DeviceSection = Literal["vendor links", "Mobile / Edge cells", "pricing"]


@record(frozen=True, slots=True)
class DevicePlace(Frozen):
    """Where the survey list names a device: its section, line (of the list as published) and words."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    section: DeviceSection
    line: int
    text: str
    row: str | None = None  # the matrix row (engine, as the source spells it) of a Mobile / Edge cell


@record(frozen=True, slots=True)
class Device(Frozen):
    """A device or product family the source names, and the Hardware Support Matrix column it belongs to.

    ``edge_names`` (Mobile / Edge devices only): the cell details that name it; an engine has the device only
    where its Mobile / Edge cell is ✅ with one of them.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    column: HardwareId
    places: tuple[DevicePlace, ...]
    url: str | None = None  # the vendor link the source gives, if any
    memory_gb: int | None = None  # only where the source gives it (the pricing table)
    variant_of: str | None = None  # the device id this is a variant of (H100 80GB → h100)
    aliases: tuple[str, ...] = ()
    edge_names: tuple[str, ...] = ()


@record(frozen=True, slots=True)
class SourceLayer(Frozen):
    """One dated source of the dataset, in the order they apply (later ones state newer values).

    ``tables`` maps a field path prefix (``precisions``, ``github_stars``, ``pricing.by_hardware``) to where in
    the source that field is stated; ``restates`` names earlier sources whose tables this one repeats unchanged
    (their values keep their own date: they were not assessed again).
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    id: str
    name: str
    label: str  # short, for marks and captions: "list 1b291b8", "paper v3"
    kind: Literal["list", "erratum", "paper"]
    date: str  # YYYY-MM-DD of publication
    url: str
    tables: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    restates: tuple[str, ...] = ()
    note: str = ""


@record(frozen=True, slots=True)
class PriceStatement(Frozen):
    """One price cell as one source states it (``table`` is ``by-model`` or ``by-hardware``)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    source: str
    table: Literal["by-model", "by-hardware"]
    item: str  # the model or device, as the dataset names it
    provider: str  # engine id
    input: float | None = None
    output: float | None = None
    per_hour: float | None = None
    footnotes: tuple[str, ...] = ()
    printed: str | None = None  # the row's name as the source prints it, where the dataset spells it otherwise


@record(frozen=True, slots=True)
class Dispute(Frozen):
    """A cell two sources state differently: ``disputed`` (they disagree) or ``corrected`` (an erratum changed it).

    ``values`` maps each source that states the cell to its value, in source order; ``shown`` is the source whose
    value the dataset shows (the newest).
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    engine: str
    field: str
    kind: Literal["disputed", "corrected"]
    values: dict[str, Any]
    shown: str


@record(frozen=True, slots=True)
class Dataset(Frozen):
    """Everything llmengines knows: engines, taxonomy, pricing, and where it all comes from."""

    __pydantic_config__: ClassVar[dict[str, Any]] = _STRICT
    schema_version: str
    source: Source
    snapshot_date: str
    snapshot_note: str
    errata: tuple[Erratum, ...]
    engines: tuple[Engine, ...]
    techniques: tuple[Technique, ...]
    pricing: Pricing
    devices: tuple[Device, ...] = ()
    # The dated sources and what each states (see llmengines.editions); empty in a dataset without editions.
    sources: tuple[SourceLayer, ...] = ()
    history: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # engine → path → source → value
    price_history: tuple[PriceStatement, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    edition: str | None = None  # the source this view is cut off at (--source / --as-of); None: the newest
