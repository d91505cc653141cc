"""Canonical ids, display names and the aliases people type.

The ids here are the public contract: they appear in flags (``--hw rocm``) and as keys in JSON.
Engine ids live in the dataset (each engine carries its own aliases) so that overlays can add engines;
this module owns the fixed dimensions and the matching rules shared by all of them.
"""

from __future__ import annotations

from llmengines.errors import UnknownNameError
from llmengines.record_class import Frozen, Literal, get_args, record

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

PlatformId = Literal["linux", "windows", "macos", "web-api"]
HardwareId = Literal[
    "x86-64",
    "arm64",
    "nvidia",
    "amd-gpu",
    "intel-gpu",
    "tpu",
    "amd-instinct",
    "gaudi",
    "ascend",
    "inferentia",
    "edge",
    "moore-threads",
    "tecorigin-sdaa",
    "groq-lpu",
]
PrecisionId = Literal["fp32", "fp16", "bf16", "fp8", "fp4", "nf4", "int8", "int4", "mxfp8", "mxfp6", "mxfp4", "mxint8"]
TechniqueId = Literal[
    "dynamic-batching",
    "continuous-batching",
    "nano-batching",
    "chunked-prefill",
    "data-parallelism",
    "fsdp",
    "tensor-parallelism",
    "pipeline-parallelism",
    "quantization",
    "pruning",
    "sparsity",
    "lora",
    "prompt-caching",
    "prefix-caching",
    "kv-caching",
    "paged-attention",
    "vattention",
    "flash-attention",
    "radix-attention",
    "flex-attention",
    "fire-attention",
    "speculative-decoding",
    "guided-decoding",
]
ScoreId = Literal["general-purpose", "ease-of-use", "ease-of-deployment", "latency", "throughput", "scalability"]
TaxonomyCategory = Literal[
    "batching",
    "parallelism",
    "quantization",
    "pruning",
    "sparsity",
    "fine-tuning",
    "caching",
    "attention",
    "sampling",
    "structured-outputs",
]

PLATFORM_IDS: tuple[PlatformId, ...] = get_args(PlatformId)
HARDWARE_IDS: tuple[HardwareId, ...] = get_args(HardwareId)
PRECISION_IDS: tuple[PrecisionId, ...] = get_args(PrecisionId)
TECHNIQUE_IDS: tuple[TechniqueId, ...] = get_args(TechniqueId)
SCORE_IDS: tuple[ScoreId, ...] = get_args(ScoreId)
CATEGORY_IDS: tuple[TaxonomyCategory, ...] = get_args(TaxonomyCategory)


@record(frozen=True, slots=True)
class Term(Frozen):
    """One canonical id with the name shown to people and the other spellings accepted for it."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


def _terms(*rows: tuple[str, str, tuple[str, ...]]) -> dict[str, Term]:
    return {id_: Term(id_, name, aliases) for id_, name, aliases in rows}


# Display names follow the source's column headers; aliases are the spellings the source and users use.
PLATFORMS = _terms(
    ("linux", "Linux", ()),
    ("windows", "Windows", ("win",)),
    ("macos", "macOS", ("mac", "osx", "darwin")),
    ("web-api", "Web/API", ("web", "api", "cloud")),
)
HARDWARE = _terms(
    # Only spellings of the column itself; words that mean more or less (rocm, apple, cpu, …) are HARDWARE_WORDS,
    # and the devices the source names (h100, mi300x, jetson, …) are in the dataset (devices.yaml).
    ("x86-64", "x86-64", ("x86", "x86_64", "amd64")),
    ("arm64", "ARM64/Apple Silicon", ("aarch64",)),
    ("nvidia", "NVIDIA GPU (CUDA)", ("cuda", "nvidia-gpu")),
    ("amd-gpu", "AMD GPU (ROCm/HIP)", ()),
    ("intel-gpu", "Intel GPU (SYCL)", ("sycl",)),
    ("tpu", "Google TPU", ("google-tpu",)),
    ("amd-instinct", "AMD Instinct", ("instinct",)),
    ("gaudi", "Intel Gaudi", ("intel-gaudi", "habana")),
    ("ascend", "Huawei Ascend", ("huawei-ascend",)),
    ("inferentia", "AWS Inferentia", ("aws-inferentia",)),
    ("edge", "Mobile / Edge", ()),
    ("moore-threads", "Moore Threads MTT", ("mtt", "moore-threads-mtt")),
    ("tecorigin-sdaa", "Tecorigin SDAA", ("sdaa", "tecorigin")),
    ("groq-lpu", "Groq LPU", ("lpu",)),
)
PRECISIONS = _terms(*((p, p.upper(), ()) for p in PRECISION_IDS))
TECHNIQUES = _terms(
    ("dynamic-batching", "Dynamic Batching", ()),
    ("continuous-batching", "Continuous Batching", ("inflight-batching", "in-flight-batching")),
    ("nano-batching", "Nano Batching", ()),
    ("chunked-prefill", "Chunked-prefills", ("chunked-prefills",)),
    ("data-parallelism", "Data Parallelism", ("dp",)),
    ("fsdp", "FSDP", ("fully-sharded-data-parallelism", "fully-shared-data-parallelism")),
    ("tensor-parallelism", "Tensor Parallelism", ("tp",)),
    ("pipeline-parallelism", "Pipeline Parallelism", ("pp",)),
    ("quantization", "Quantization", ("quant",)),
    ("pruning", "Pruning", ()),
    ("sparsity", "Sparsity", ()),
    ("lora", "LoRA", ()),
    ("prompt-caching", "Prompt Caching", ()),
    ("prefix-caching", "Prefix Caching", ()),
    ("kv-caching", "KV Caching", ("kv-cache",)),
    ("paged-attention", "PagedAttention", ()),
    ("vattention", "vAttention", ()),
    ("flash-attention", "FlashAttention", ()),
    ("radix-attention", "RadixAttention", ()),
    ("flex-attention", "FlexAttention", ()),
    ("fire-attention", "FireAttention", ()),
    ("speculative-decoding", "Speculative Decoding", ("spec-decoding",)),
    ("guided-decoding", "Guided Decoding", ("structured-output", "structured-outputs")),
)
SCORES = _terms(
    ("general-purpose", "General-purpose", ("general",)),
    ("ease-of-use", "Ease-of-use", ("ease", "usability")),
    ("ease-of-deployment", "Ease-of-deployment", ("deployment",)),
    ("latency", "Latency-aware", ("latency-aware",)),
    ("throughput", "Throughput-aware", ("throughput-aware",)),
    ("scalability", "Scalability", ("scale",)),
)
CATEGORIES = _terms(
    ("batching", "Batch Optimization", ("batch",)),
    ("parallelism", "Parallelism", ()),
    ("quantization", "Quantization", ()),
    ("pruning", "Pruning", ()),
    ("sparsity", "Sparsity Optimization", ()),
    ("fine-tuning", "Fine-Tuning", ()),
    ("caching", "Caching", ()),
    ("attention", "Attention Optimization", ()),
    ("sampling", "Sampling Optimization", ()),
    ("structured-outputs", "Structured Outputs", ()),
)


@record(frozen=True, slots=True)
class HardwareWord(Frozen):
    """An everyday word for hardware that is not exactly one survey column, and how it is read.

    An engine has it when ANY of ``columns`` is ✅ (``any_of``) or ALL of them are, and — for a Mac — ALL of
    ``platforms`` too. ``note`` is what every output says about the reading, with how to ask for the other one.
    """

    id: str
    aliases: tuple[str, ...]
    columns: tuple[HardwareId, ...]
    note: str
    platforms: tuple[PlatformId, ...] = ()
    other: HardwareId | None = None  # the other reading people may have meant; outputs say how it would differ

    @property
    def any_of(self) -> bool:
        """Whether one of the columns is enough (``cpu``: x86-64 or ARM64)."""
        return len(self.columns) > 1


_MAC = (
    'an Apple Silicon Mac: "ARM64/Apple Silicon" and macOS both ✅ (the ARM64 column alone, which also counts '
    "ARM64 Linux, is --hw arm64; Apple in the Mobile / Edge column is --hw apple-edge)"
)
_EDGE = (
    'the survey\'s "Mobile / Edge" column: any device its cells name (NVIDIA Jetson, Qualcomm Adreno, ARM Mali, '
    "Apple, Qualcomm Snapdragon 8); for one device ask --hw jetson, --hw adreno, --hw mali, --hw snapdragon"
)
# Declared once: every output that resolves one of these says so (see llmengines.devices).
HARDWARE_WORDS: dict[str, HardwareWord] = {
    w.id: w
    for w in (
        HardwareWord(
            "rocm",
            ("hip",),
            ("amd-gpu",),
            '"AMD GPU (ROCm/HIP)" (the survey\'s Radeon column); ROCm also drives AMD Instinct, a separate column: '
            "for MI200/MI300X ask --hw amd-instinct or --hw mi300x",
            other="amd-instinct",
        ),
        HardwareWord(
            "amd",
            (),
            ("amd-gpu", "amd-instinct"),
            'either AMD column, "AMD GPU (ROCm/HIP)" (Radeon) or "AMD Instinct" (MI200/MI300X); '
            "for one ask --hw amd-gpu or --hw amd-instinct",
        ),
        HardwareWord("apple", ("mac", "apple-silicon", "macbook"), ("arm64",), _MAC, ("macos",), "arm64"),
        HardwareWord(
            "metal",
            (),
            ("arm64",),
            _MAC + "; Metal, Apple's GPU API, is no column of the survey",
            ("macos",),
            "arm64",
        ),
        HardwareWord(
            "cpu",
            (),
            ("x86-64", "arm64"),
            'a CPU: "x86-64" or "ARM64/Apple Silicon"; for one ask --hw x86-64 or --hw arm64',
        ),
        HardwareWord(
            "arm",
            (),
            ("arm64",),
            '"ARM64/Apple Silicon" (ARM CPUs, Apple Silicon included); ARM Mali GPUs are --hw mali',
        ),
        HardwareWord(
            "intel",
            (),
            ("intel-gpu", "gaudi"),
            'either Intel column, "Intel GPU (SYCL)" or "Intel Gaudi"; for one ask --hw intel-gpu or --hw gaudi; '
            "Intel CPUs are --hw x86-64",
        ),
        HardwareWord("edge", (), ("edge",), _EDGE),
        HardwareWord("mobile", (), ("edge",), _EDGE),
        HardwareWord(
            "mi300",
            (),
            ("amd-instinct",),
            '"AMD Instinct" (the source names Instinct MI200 and MI300X; --hw mi300x for the MI300X)',
        ),
        HardwareWord(
            "neuron",
            (),
            ("inferentia",),
            '"AWS Inferentia" (Neuron is AWS\'s SDK, not a device the survey names)',
        ),
    )
}

# Aliases of a technique column that mean something broader: accepted, and read aloud (llmengines.readings).
_STRUCTURED = (
    "\"Guided Decoding\", the coverage matrix's column; the taxonomy's Structured Outputs category (benchmarks, "
    "validation tools, an API besides decoding methods) is not equated with it by the source"
)
TECHNIQUE_WORDS: dict[str, str] = dict.fromkeys(("structured-output", "structured-outputs"), _STRUCTURED)

# Words that could mean more than one thing: asked, never chosen ("did you mean throughput or latency?").
AMBIGUOUS: dict[str, dict[str, tuple[str, ...]]] = {
    "priority": {
        "speed": ("throughput", "latency"),
        "fast": ("throughput", "latency"),
        "faster": ("throughput", "latency"),
        "quick": ("throughput", "latency"),
        "performance": ("throughput", "latency"),
        "perf": ("throughput", "latency"),
    },
    "hardware": {
        "gpu": ("nvidia", "amd-gpu", "intel-gpu"),
        "accelerator": ("tpu", "amd-instinct", "gaudi", "ascend", "inferentia"),
    },
}


# What each vocabulary is called in messages ("unknown hardware 'rcom'").
KINDS: dict[str, Mapping[str, Term]] = {
    "platform": PLATFORMS,
    "hardware": HARDWARE,
    "precision": PRECISIONS,
    "technique": TECHNIQUES,
    "score": SCORES,
    "category": CATEGORIES,
}

_KEPT = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")
# ASCII that is not a letter or a digit, deleted by str.translate (which has a fast path for ASCII): no re.
_SQUASH_ASCII = {code: None for code in range(128) if chr(code) not in _KEPT}


def squash(text: str) -> str:
    """The matching key of a name: case-folded, with everything but letters and digits removed.

    So ``LLaMA.cpp``, ``llama-cpp`` and ``llamacpp`` meet, and so do ``PagedAttention`` and ``paged attention``.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded.translate(_SQUASH_ASCII)
    return "".join(c for c in folded if c in _KEPT)


class Matcher:
    """Resolves what people type to canonical ids, with "did you mean" suggestions."""

    def __init__(self, kind: str, terms: Iterable[Term]) -> None:
        self.kind = kind
        self.terms: dict[str, Term] = {t.id: t for t in terms}
        self._exact: dict[str, str] = {}
        self._spelling: dict[str, str] = {}  # casefolded → as written, for suggestions
        self._squashed: dict[str, str] = {}
        for term in self.terms.values():
            for spelling in (term.id, term.name, *term.aliases):
                self._exact.setdefault(spelling.casefold(), term.id)
                self._spelling.setdefault(spelling.casefold(), spelling)
                key = squash(spelling)
                if key:
                    self._squashed.setdefault(key, term.id)

    def get(self, text: str) -> str | None:
        """The canonical id for ``text``, or None."""
        text = text.strip()
        found = self._exact.get(text.casefold())
        if found is None:
            found = self._squashed.get(squash(text))
        return found

    def resolve(self, text: str) -> str:
        """The canonical id for ``text``; raises :class:`UnknownNameError` with suggestions."""
        found = self.get(text)
        if found is None:
            raise UnknownNameError(self.kind, text, self.suggest(text))
        return found

    def suggest(self, text: str, limit: int = 3) -> list[tuple[str, str]]:
        """Closest spellings as ``(spelling, canonical id)`` pairs, best first.

        Good matches (score ≥ 60) come first; when there are none, the nearest names are offered all the same,
        so an error always points somewhere.
        """
        from rapidfuzz import fuzz, process, utils  # imported here: only errors pay for it

        choices = list(self._exact)
        hits = process.extract(
            text.casefold(), choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit * 3
        )
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        good = [hit for hit in hits if hit[1] >= 60]
        for spelling, _score, _ in good or hits:
            canonical = self._exact[spelling]
            if canonical in seen:
                continue
            seen.add(canonical)
            out.append((self._spelling[spelling], canonical))
            if len(out) == limit:
                break
        return out


def matcher(kind: str) -> Matcher:
    """The matcher of one fixed vocabulary (``"hardware"``, ``"precision"`` …)."""
    return Matcher(kind, KINDS[kind].values())
