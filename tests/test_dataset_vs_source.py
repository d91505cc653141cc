"""The bundled dataset, checked cell by cell against the survey's own tables.

The expected values come from ``tests/source_tables.py``, which reads the verbatim copies in ``tests/source/``
with its own, independent mapping of the source's spellings to ids; the actual values are what
``llmengines.dataset.bundled()`` loads. Each test is parametrised so that a failure names the engine (or model,
or taxonomy entry) and the cell.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import llmengines
from llmengines import editions
from llmengines.dataset import bundled_dict, dataset_from_dict
from llmengines.models import Engine
from llmengines.vocabulary import HARDWARE_IDS, PLATFORM_IDS, PRECISION_IDS, SCORE_IDS, TECHNIQUE_IDS

from . import source_tables as src

# sha256 of /work/shared/seed/<file> when it was copied (2026-11-27): the copies must stay verbatim.
SOURCE_SHA256 = {
    "awesome-llm-inference-engine.md": "ba4196dd9d799be2829e14e73368cb31dc565c4883f3c0a81291edfca932f78d",
    "errata.md": "d5b4c69ce95d35f16ae3bd43b2eefb6156b722937761098334519be949823c7e",
    "survey-scores.md": "2c99901347f175c30f612da689a4cfaf6366d7672f55cff6e4b6ffe7c1adca15",
    # copied 2026-12-01 for the evaluation and listed entries (tests/evaluation_source.py reads them)
    "awesome-llm-inference-engine@cca7861.md": "3b29df77f19cdaa5e283e98cab993c0cf4343a15bc21b5541f414fbffba3f601",
    "survey-v3-excerpts.md": "91c9ca2a5c08c95802bd1f1d804167a2ac322532d6ef8704df7fc8ed0db61257",
    "upstream-history.md": "3e5c3d335d0b2030c2d700535543e796c70f500ea57be4167e699cd6f11793e2",
}

# The list's layer of the dataset: what `--source erratum` answers from (the list as published, corrected).
# The default view (newer sources above it) is checked against the paper's text in test_editions_vs_source.py.
DATA = dataset_from_dict(editions.at(bundled_dict(), "erratum-c2b91ba"))
ENGINES: dict[str, Engine] = {e.id: e for e in DATA.engines}

OVERVIEW = src.overview()
PLATFORMS = src.platforms()
HARDWARE = src.hardware()
HARDWARE_NOTES = src.hardware_notes()
TECHNIQUES = src.techniques()
PRECISIONS = src.precisions()
DEPLOYMENT = src.deployment()
LINKS = src.links()
COMMERCIAL = src.commercial()
SCORES = src.scores()
PRICES = src.pricing_by_model()
HOURLY = src.pricing_by_hardware()
TAXONOMY = src.taxonomy()
ERRATA = src.errata()
SOURCE_ENGINES = list(OVERVIEW)  # the overview table's order


def cells(table: dict[str, dict[str, Any]]) -> list[Any]:
    """One pytest param per (engine, key) of a source matrix, named ``engine-key``."""
    return [pytest.param(e, k, id=f"{e}-{k}") for e, row in table.items() for k in row]


def engine(engine_id: str) -> Engine:
    assert engine_id in ENGINES, f"the dataset has no engine {engine_id!r}"
    return ENGINES[engine_id]


# --- the copies of the source --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SOURCE_SHA256))
def test_source_copy_is_verbatim(name: str) -> None:
    digest = hashlib.sha256((src.SOURCE_DIR / name).read_bytes()).hexdigest()
    assert digest == SOURCE_SHA256[name], f"tests/source/{name} differs from the seed it was copied from"


def test_source_dir_holds_only_the_copies() -> None:
    assert sorted(p.name for p in src.SOURCE_DIR.iterdir()) == sorted(SOURCE_SHA256)


def test_reader_does_not_use_the_package() -> None:
    # The reader's mappings must be independent of the code under test, or a shared mistake would pass.
    text = Path(src.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+llmengines", text, re.MULTILINE)


# --- engines ---------------------------------------------------------------------------------------------------


def test_the_same_25_engines_everywhere() -> None:
    expected = set(src.ENGINE_IDS.values())
    assert len(expected) == 25
    for table in (OVERVIEW, PLATFORMS, HARDWARE, TECHNIQUES, PRECISIONS, DEPLOYMENT, LINKS, SCORES):
        assert set(table) == expected
    assert set(ENGINES) == expected
    assert len(DATA.engines) == 25


@pytest.mark.parametrize("spelling", sorted(src.ENGINE_IDS))
def test_every_source_spelling_finds_its_engine(spelling: str) -> None:
    assert llmengines.get_engine(DATA, spelling).id == src.ENGINE_IDS[spelling]


@pytest.mark.parametrize("spelling", sorted(src.ENGINE_IDS))
def test_every_spelling_of_the_reader_is_in_the_source(spelling: str) -> None:
    text = src.LIST_FILE.read_text(encoding="utf-8") + src.SCORES_FILE.read_text(encoding="utf-8")
    assert re.search(rf"(^|[|\[,] *){re.escape(spelling)}[†‡]?( *[|\],]|$)", text, re.MULTILINE)


@pytest.mark.parametrize("engine_id", SOURCE_ENGINES)
def test_name_is_the_overview_spelling(engine_id: str) -> None:
    assert engine(engine_id).name == OVERVIEW[engine_id]["name"]


# --- overview table --------------------------------------------------------------------------------------------

OVERVIEW_FIELDS = {
    "organization": lambda e: e.organization,
    "org_type": lambda e: e.org_type,
    "released": lambda e: e.released,
    "open_source": lambda e: e.open_source,
    "github_stars": lambda e: e.github_stars,
    "docs": lambda e: e.docs,
    "sns": lambda e: e.community.sns,
    "forum": lambda e: e.community.forum,
    "meetup": lambda e: e.community.meetup,
}


@pytest.mark.parametrize(
    ("engine_id", "column"), [pytest.param(e, c, id=f"{e}-{c}") for e in SOURCE_ENGINES for c in OVERVIEW_FIELDS]
)
def test_overview_cell(engine_id: str, column: str) -> None:
    assert OVERVIEW_FIELDS[column](engine(engine_id)) == OVERVIEW[engine_id][column]


def test_overview_reader_covers_every_column() -> None:
    assert set(OVERVIEW["vllm"]) == {*OVERVIEW_FIELDS, "name"}


@pytest.mark.parametrize("engine_id", SOURCE_ENGINES)
def test_commercial_flag(engine_id: str) -> None:
    assert engine(engine_id).commercial == (engine_id in COMMERCIAL)


def test_commercial_engines_are_the_closed_ones() -> None:
    # A cross-check of the reader: the commercial list and the overview's ❌ open-source column agree.
    assert {e for e, row in OVERVIEW.items() if row["open_source"] == "no"} == COMMERCIAL
    assert len(COMMERCIAL) == 4


# --- support matrices ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("engine_id", "key"), cells(PLATFORMS))
def test_platform_cell(engine_id: str, key: str) -> None:
    assert engine(engine_id).platforms.get(key) == PLATFORMS[engine_id][key]


@pytest.mark.parametrize(("engine_id", "key"), cells(HARDWARE))
def test_hardware_cell(engine_id: str, key: str) -> None:
    assert engine(engine_id).hardware.get(key) == HARDWARE[engine_id][key]


@pytest.mark.parametrize("engine_id", SOURCE_ENGINES)
def test_hardware_notes(engine_id: str) -> None:
    assert engine(engine_id).hardware_notes == HARDWARE_NOTES[engine_id]


@pytest.mark.parametrize(("engine_id", "key"), cells(TECHNIQUES))
def test_technique_cell(engine_id: str, key: str) -> None:
    assert engine(engine_id).techniques.get(key) == TECHNIQUES[engine_id][key]


@pytest.mark.parametrize(("engine_id", "key"), cells(PRECISIONS))
def test_precision_cell(engine_id: str, key: str) -> None:
    assert engine(engine_id).precisions.get(key) == PRECISIONS[engine_id][key]


MATRICES = {
    "platforms": (PLATFORMS, PLATFORM_IDS, 4),
    "hardware": (HARDWARE, HARDWARE_IDS, 14),
    "techniques": (TECHNIQUES, TECHNIQUE_IDS, 23),
    "precisions": (PRECISIONS, PRECISION_IDS, 12),
    "scores": (SCORES, SCORE_IDS, 6),
}


@pytest.mark.parametrize(
    ("engine_id", "table"), [pytest.param(e, t, id=f"{e}-{t}") for e in SOURCE_ENGINES for t in MATRICES]
)
def test_every_engine_has_every_matrix_key(engine_id: str, table: str) -> None:
    source, _, width = MATRICES[table]
    assert len(source[engine_id]) == width
    assert set(getattr(engine(engine_id), table)) == set(source[engine_id])


@pytest.mark.parametrize("table", list(MATRICES))
def test_vocabulary_ids_are_the_source_columns(table: str) -> None:
    source, ids, width = MATRICES[table]
    assert len(ids) == width
    assert set(ids) == set(source["vllm"])


HEADERS = [
    pytest.param(kind, header, id_, id=f"{kind}-{header}")
    for kind, columns in (
        ("platform", src.PLATFORM_COLUMNS),
        ("hardware", {**src.HARDWARE_COLUMNS, **src.ETC_DEVICES}),
        ("technique", src.TECHNIQUE_COLUMNS),
        ("precision", src.PRECISION_COLUMNS),
    )
    for header, id_ in columns.items()
]


@pytest.mark.parametrize(("kind", "header", "expected"), HEADERS)
def test_a_source_column_header_names_its_id(kind: str, header: str, expected: str) -> None:
    # Users copy the survey's headers ("NVIDIA GPU (CUDA)", "Chunked-prefills"); they must mean the same column.
    from llmengines.vocabulary import matcher

    assert matcher(kind).get(header) == expected


def test_unknown_is_never_no() -> None:
    # The commercial rows of the coverage matrix are where the source writes "-"; it must survive as unknown.
    unknown = [(e, k) for e, row in TECHNIQUES.items() for k, v in row.items() if v == "unknown"]
    assert len(unknown) > 40
    assert all(engine(e).techniques[k] == "unknown" for e, k in unknown)


@pytest.mark.parametrize("engine_id", SOURCE_ENGINES)
def test_deployment(engine_id: str) -> None:
    d = engine(engine_id).deployment
    assert (d.scale, d.devices) == DEPLOYMENT[engine_id]


# --- links and scores ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine_id", SOURCE_ENGINES)
def test_links(engine_id: str) -> None:
    links = engine(engine_id).links
    assert {"repository": links.repository, "webpage": links.webpage, "papers": links.papers} == LINKS[engine_id]


@pytest.mark.parametrize(
    ("engine_id", "dimension"), [pytest.param(e, d, id=f"{e}-{d}") for e in SOURCE_ENGINES for d in SCORES[e]]
)
def test_score(engine_id: str, dimension: str) -> None:
    value, uncertain, low, high = SCORES[engine_id][dimension]
    score = engine(engine_id).scores[dimension]
    assert score.value == pytest.approx(value, abs=1e-9)
    assert (score.uncertain, score.low, score.high) == (uncertain, low, high)


def test_score_reader_reads_ranges() -> None:
    assert src.parse_score("~1.1–1.3") == (pytest.approx(1.2), True, 1.1, 1.3)
    assert src.parse_score("~5.0") == (5.0, True, None, None)
    assert src.parse_score("0.0") == (0.0, False, None, None)
    assert sum(u for row in SCORES.values() for _, u, _, _ in row.values()) == 13


# --- pricing ---------------------------------------------------------------------------------------------------

MARK_OF_FOOTNOTE = {f.id: f.mark for f in DATA.pricing.footnotes}
DATA_PRICES = {row.model: row.prices for row in DATA.pricing.by_model}
DATA_HOURLY = {row.hardware: row.prices for row in DATA.pricing.by_hardware}
COLUMN_MARKS = src.pricing_column_marks()


def header_mark_applies(mark: str, model: str) -> bool:
    """Where a provider-header footnote applies (errata.md, "Footnotes of the pricing tables")."""
    # "Friendli's Llama prices are for the Instruct models (†)"; "Together's are its "Turbo" prices (‡)".
    return {"†": model.startswith("Llama"), "‡": True}[mark]


def expected_marks(model: str, provider: str) -> set[str]:
    inp, out, marks = PRICES[model][provider]
    if inp is None and out is None:
        return marks  # a price that is not published is not qualified by a column's footnote
    return marks | {m for m in COLUMN_MARKS[provider] if header_mark_applies(m, model)}


def test_pricing_models_in_source_order() -> None:
    assert [row.model for row in DATA.pricing.by_model] == list(PRICES)


@pytest.mark.parametrize(
    ("model", "provider"), [pytest.param(m, p, id=f"{m}-{p}") for m, row in PRICES.items() for p in row]
)
def test_price_by_model(model: str, provider: str) -> None:
    assert set(DATA_PRICES[model]) == set(PRICES[model])
    inp, out, _ = PRICES[model][provider]
    price = DATA_PRICES[model][provider]
    assert (price.input, price.output) == (inp, out)
    assert {MARK_OF_FOOTNOTE[f] for f in price.footnotes} == expected_marks(model, provider)


def test_pricing_footnotes_as_published() -> None:
    assert {f.mark: f.text for f in DATA.pricing.footnotes} == src.pricing_footnotes()


def test_pricing_footnote_scopes_match_the_errata() -> None:
    errata_text = src.ERRATA_FILE.read_text(encoding="utf-8")
    assert "Friendli's Llama prices are for the Instruct models (†)" in errata_text
    assert 'Together\'s are its\n"Turbo" prices (‡)' in errata_text
    assert "GroqCloud's DeepSeek-R1 price (*) is for DeepSeek-R1 Distill Llama 70B, not DeepSeek-R1" in errata_text
    expected = {"friendli-inference": {"†"}, "fireworks-ai": set(), "groqcloud": set(), "together-inference": {"‡"}}
    assert src.pricing_column_marks() == expected
    marked = {(m, p) for m, row in PRICES.items() for p, (_, _, marks) in row.items() if marks}
    assert marked == {("DeepSeek-R1", "groqcloud")}


@pytest.mark.parametrize(
    ("mark", "words"),
    [
        pytest.param("†", ("Friendli", "Llama", "Instruct"), id="friendli-instruct"),
        pytest.param("‡", ("Together", "Turbo"), id="together-turbo"),
        pytest.param("*", ("GroqCloud", "DeepSeek-R1 Distill Llama 70B"), id="groq-distill"),
    ],
)
def test_pricing_footnote_meanings_carry_the_facts(mark: str, words: tuple[str, ...]) -> None:
    (note,) = [f for f in DATA.pricing.footnotes if f.mark == mark]
    for word in words:
        assert word in note.meaning


def test_pricing_hardware_in_source_order() -> None:
    assert [row.hardware for row in DATA.pricing.by_hardware] == list(HOURLY)


@pytest.mark.parametrize(
    ("device", "provider"), [pytest.param(h, p, id=f"{h}-{p}") for h, row in HOURLY.items() for p in row]
)
def test_price_by_hardware(device: str, provider: str) -> None:
    assert set(DATA_HOURLY[device]) == set(HOURLY[device])
    assert DATA_HOURLY[device][provider] == HOURLY[device][provider]


# --- taxonomy --------------------------------------------------------------------------------------------------

CATEGORY_COUNTS = {
    "batching": 4, "parallelism": 4, "quantization": 11, "pruning": 5, "sparsity": 8, "fine-tuning": 3,
    "caching": 3, "attention": 7, "sampling": 3, "structured-outputs": 7,
}  # fmt: skip


def test_taxonomy_has_55_entries_in_source_order() -> None:
    assert len(TAXONOMY) == 55
    assert [t.name for t in DATA.techniques] == [t["name"] for t in TAXONOMY]


def test_taxonomy_category_counts() -> None:
    assert Counter(t["category"] for t in TAXONOMY) == CATEGORY_COUNTS
    assert Counter(t.category for t in DATA.techniques) == CATEGORY_COUNTS


@pytest.mark.parametrize("index", [pytest.param(i, id=f"{i:02d}-{t['name']}") for i, t in enumerate(TAXONOMY)])
def test_taxonomy_entry(index: int) -> None:
    expected = TAXONOMY[index]
    entry = DATA.techniques[index]
    assert entry.name == expected["name"]
    assert entry.category == expected["category"]
    assert entry.description == expected["description"]
    assert [(r.label, r.url) for r in entry.references] == expected["references"]


def matrix_column_for(name: str) -> str | None:
    """The coverage-matrix column a taxonomy entry is: same name, same name without "(XX)", or its "(XX)"."""
    m = re.fullmatch(r"(?P<long>.+?) \((?P<short>[A-Z]+)\)", name)
    for candidate in (name, m and m["long"], m and m["short"]):
        if candidate and candidate in src.TECHNIQUE_COLUMNS:
            return src.TECHNIQUE_COLUMNS[candidate]
    return None


@pytest.mark.parametrize("index", [pytest.param(i, id=f"{i:02d}-{t['name']}") for i, t in enumerate(TAXONOMY)])
def test_taxonomy_matrix_column(index: int) -> None:
    assert DATA.techniques[index].matrix_column == matrix_column_for(TAXONOMY[index]["name"])


def test_reference_labels_are_collapsed() -> None:
    # "Li et al.  (2024b)" and "Sheng et al. (2023) " in the source; one space, no trailing space, in the data.
    labels = [r.label for t in DATA.techniques for r in t.references]
    assert "Li et al. (2024b)" in labels
    assert "Sheng et al. (2023)" in labels
    assert all(label == " ".join(label.split()) for label in labels)


# --- errata ----------------------------------------------------------------------------------------------------

PUBLISHED = {
    "platforms": src.platforms(corrected=False),
    "hardware": src.hardware(corrected=False),
    "techniques": src.techniques(corrected=False),
    "precisions": src.precisions(corrected=False),
}
CORRECTED = {"platforms": PLATFORMS, "hardware": HARDWARE, "techniques": TECHNIQUES, "precisions": PRECISIONS}


def test_errata_are_recorded_in_the_dataset() -> None:
    recorded = [{k: v for k, v in e.items() if k != "column"} for e in ERRATA]
    assert [
        {"table": e.table, "engine": e.engine, "field": e.field, "published": e.published,
         "corrected": e.corrected, "source": e.source, "date": e.date}
        for e in DATA.errata
    ] == recorded  # fmt: skip
    assert len(ERRATA) == 1


@pytest.mark.parametrize("index", [pytest.param(i, id=f"{e['engine']}-{e['field']}") for i, e in enumerate(ERRATA)])
def test_erratum_is_applied(index: int) -> None:
    erratum = ERRATA[index]
    table, key = erratum["field"].split(".")
    assert PUBLISHED[table][erratum["engine"]][key] == erratum["published"]
    assert getattr(engine(erratum["engine"]), table)[key] == erratum["corrected"]


def test_the_only_differences_from_the_published_tables_are_the_errata() -> None:
    differences = {
        (e, f"{table}.{key}")
        for table, published in PUBLISHED.items()
        for e, row in published.items()
        for key, value in row.items()
        if getattr(engine(e), table)[key] != value
    }
    assert differences == {(e["engine"], e["field"]) for e in ERRATA}


def test_reader_applies_errata_only_when_asked() -> None:
    assert PUBLISHED["hardware"]["vllm"]["ascend"] == "no"
    assert HARDWARE["vllm"]["ascend"] == "yes"
    changed = {
        (e, k) for t in PUBLISHED for e, row in PUBLISHED[t].items() for k, v in row.items() if CORRECTED[t][e][k] != v
    }
    assert changed == {("vllm", "ascend")}
