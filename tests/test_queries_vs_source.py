"""The query commands' answers, checked against the SOURCE TABLES (read independently by ``source_tables``).

Expected answers are computed here from the survey's own cells, never from the program's output.
"""

from __future__ import annotations

import itertools
import json
import math
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from . import source_editions as ed
from . import source_tables as src
from . import source_v3 as v3

# (CLI flag, library keyword, the source matrix reader)
DIMENSIONS = [
    ("--hw", "hardware", src.hardware),
    ("--os", "platforms", src.platforms),
    ("--precision", "precisions", ed.precisions),  # the default view: paper v3's Table 11 (newest)
    ("--technique", "techniques", src.techniques),
]
ALL_ENGINES = sorted(set(src.ENGINE_IDS.values()))


@cache
def matrix(keyword: str) -> dict[str, dict[str, str]]:
    return {"hardware": src.hardware, "platforms": src.platforms, "precisions": ed.precisions,
            "techniques": src.techniques}[keyword]()  # fmt: skip


def cells(keyword: str, id_: str) -> dict[str, str]:
    """engine → the source's cell for one column."""
    return {engine: row[id_] for engine, row in matrix(keyword).items()}


def columns(keyword: str) -> list[str]:
    return list(next(iter(matrix(keyword).values())))


def expected_all(checks: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """(engines whose cells are all ✅, engines with no ❌ and at least one -) for (keyword, id) checks."""
    matched, unknown = set(), set()
    for engine in ALL_ENGINES:
        values = {cells(k, i)[engine] for k, i in checks}
        if values == {"yes"}:
            matched.add(engine)
        elif "no" not in values:
            unknown.add(engine)
    return matched, unknown


def find(cli, *args: str) -> dict[str, str]:
    """``find ARGS --json`` → engine id → match status."""
    result = cli("find", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return {r["id"]: r["match"]["status"] for r in json.loads(result.stdout)}


def test_the_motivating_question(cli) -> None:
    """Which engines run on AMD GPUs (ROCm/HIP) in FP8? Exactly those whose two cells are both ✅."""
    hw, prec = src.hardware(), ed.precisions()
    expected = {e for e in ALL_ENGINES if hw[e]["amd-gpu"] == "yes" and prec[e]["fp8"] == "yes"}
    assert set(find(cli, "--hw", "rocm", "--precision", "fp8")) == expected
    assert expected == {"ollama", "vllm", "max", "mlc-llm"}  # as read in the source by hand, for the README


@pytest.mark.parametrize(("flag", "keyword", "reader"), DIMENSIONS)
def test_every_single_id_through_the_cli(cli, flag: str, keyword: str, reader) -> None:  # type: ignore[no-untyped-def]
    for id_ in columns(keyword):
        matched, unknown = expected_all([(keyword, id_)])
        assert set(find(cli, flag, id_)) == matched, (flag, id_)
        wide = find(cli, flag, id_, "--include-unknown")
        assert {e for e, s in wide.items() if s == "match"} == matched, (flag, id_)
        assert {e for e, s in wide.items() if s == "unknown"} == unknown, (flag, id_)


def test_every_pair_of_hardware_and_precision_through_the_cli(cli) -> None:
    for hw, prec in itertools.product(columns("hardware"), columns("precisions")):
        matched, _ = expected_all([("hardware", hw), ("precisions", prec)])
        assert set(find(cli, "--hw", hw, "--precision", prec)) == matched, (hw, prec)


def test_every_pair_of_techniques_with_any_and_unknown_through_the_cli(cli) -> None:
    techniques = columns("techniques")
    for a, b in itertools.combinations(techniques, 2):
        matched, unknown = expected_all([("techniques", a), ("techniques", b)])
        found = find(cli, "--technique", f"{a},{b}", "--include-unknown")
        assert {e for e, s in found.items() if s == "match"} == matched, (a, b)
        assert {e for e, s in found.items() if s == "unknown"} == unknown, (a, b)
        either = {e for e in ALL_ENGINES if "yes" in (cells("techniques", a)[e], cells("techniques", b)[e])}
        assert set(find(cli, "--technique", f"{a},{b}", "--any")) == either, (a, b)


def test_every_pair_of_ids_in_every_combination_of_dimensions() -> None:
    """All pairs, within and across the four matrices, all-of and any-of, through the library the CLI calls."""
    from llmengines.dataset import bundled
    from llmengines.filters import apply, parse

    engines = bundled().engines
    ids = [(k, i) for _, k, _ in DIMENSIONS for i in columns(k)]
    for (ka, a), (kb, b) in itertools.combinations_with_replacement(ids, 2):
        wanted: dict[str, list[str]] = {}
        for k, i in ((ka, a), (kb, b)):
            wanted.setdefault(k, []).append(i)
        matches = apply(engines, parse(**wanted, include_unknown=True))  # type: ignore[arg-type]
        matched, unknown = expected_all([(ka, a), (kb, b)])
        assert {m.engine.id for m in matches if m.status == "yes"} == matched, (a, b)
        assert {m.engine.id for m in matches if m.status == "unknown"} == unknown, (a, b)
        if ka == kb and a != b:
            either = {e for e in ALL_ENGINES if "yes" in (cells(ka, a)[e], cells(kb, b)[e])}
            found = {m.engine.id for m in apply(engines, parse(**wanted, any_of=True))}  # type: ignore[arg-type]
            assert found == either, (a, b)


def test_deployment_filters_match_the_deployment_table(cli) -> None:
    table = src.deployment()
    for scale, devices in itertools.product(("single-node", "multi-node"), ("heterogeneous", "homogeneous")):
        expected = {e for e, (s, d) in table.items() if (s, d) == (scale, devices)}
        assert set(find(cli, "--scale", scale, "--devices", devices)) == expected
    assert set(find(cli, "--scale", "multi-node")) == {e for e, (s, _) in table.items() if s == "multi-node"}


def test_overview_filters_match_the_overview_table(cli) -> None:
    overview = ed.overview()
    for value in ("yes", "partial", "no"):
        assert set(find(cli, "--open-source", value)) == {e for e, r in overview.items() if r["open_source"] == value}
    assert set(find(cli, "--oss")) == {e for e, r in overview.items() if r["open_source"] in ("yes", "partial")}
    for kind in ("community", "academic", "big-tech", "startup"):
        assert set(find(cli, "--org-type", kind)) == {e for e, r in overview.items() if r["org_type"] == kind}
    for minimum in (1, 5_000, 12_000, 12_001, 100_000):
        expected = {e for e, r in overview.items() if r["github_stars"] is not None and r["github_stars"] >= minimum}
        assert set(find(cli, "--min-stars", str(minimum))) == expected, minimum
    assert set(find(cli, "--commercial")) == src.commercial()
    assert set(find(cli, "--self-hosted")) == set(ALL_ENGINES) - src.commercial()


@pytest.mark.parametrize(("field", "keyword"), [("hardware", "hardware"), ("os", "platforms"),
                                                ("precision", "precisions"), ("technique", "techniques")])  # fmt: skip
def test_facets_count_the_source_cells(cli, field: str, keyword: str) -> None:
    records = json.loads(cli("facets", field, "--json").stdout)
    assert [r["value"] for r in records] != []
    for r in records:
        column = cells(keyword, r["value"])
        for value in ("yes", "no", "unknown"):
            assert r[value] == sum(1 for v in column.values() if v == value), (r["value"], value)
        assert set(r["engines"]) == {e for e, v in column.items() if v == "yes"}
    assert {r["value"] for r in records} == set(columns(keyword))


def test_categorical_facets_count_the_source(cli) -> None:
    overview, table = ed.overview(), src.deployment()
    org = {r["value"]: r["yes"] for r in json.loads(cli("facets", "org-type", "--json").stdout)}
    assert org == {k: sum(1 for r in overview.values() if r["org_type"] == k) for k in org}
    deployment = {r["value"]: r["yes"] for r in json.loads(cli("facets", "deployment", "--json").stdout)}
    classes = itertools.product(("single-node", "multi-node"), ("heterogeneous", "homogeneous"))
    assert deployment == {f"{s}/{d}": sum(1 for v in table.values() if v == (s, d)) for s, d in classes}


@pytest.mark.parametrize(("kind", "keyword"), [("hardware", "hardware"), ("platform", "platforms"),
                                               ("precision", "precisions"), ("technique", "techniques")])  # fmt: skip
def test_matrix_is_the_source_matrix(cli, kind: str, keyword: str) -> None:
    records = json.loads(cli("matrix", kind, "--json").stdout)
    assert {r["id"]: r[keyword] for r in records} == matrix(keyword)


def test_compare_values_are_the_source_cells(cli) -> None:
    data = json.loads(cli("compare", "vllm", "sglang", "tensorrt-llm", "--json").stdout)
    rows = {r["key"]: r for s in data["sections"] for r in s["rows"]}
    for _, keyword, _ in DIMENSIONS:
        for id_ in columns(keyword):
            row = rows[f"{keyword}.{id_}"]
            expected = {e: cells(keyword, id_)[e] for e in ("vllm", "sglang", "tensorrt-llm")}
            assert row["values"] == expected, id_
            assert row["differs"] is (len(set(expected.values())) > 1)
    overview = ed.overview()
    assert rows["github_stars"]["values"] == {e: overview[e]["github_stars"] for e in ("vllm", "sglang",
                                                                                       "tensorrt-llm")}  # fmt: skip
    scores = src.scores()
    assert rows["scores.throughput"]["values"]["tensorrt-llm"]["value"] == scores["tensorrt-llm"]["throughput"][0]


def test_compare_pricing_is_the_source_pricing(cli) -> None:
    data = json.loads(cli("compare", "groqcloud", "together-inference", "--section", "pricing", "--json").stdout)
    rows = {r["field"]: r["values"] for r in data["sections"][0]["rows"]}
    marks = {f["id"]: f["mark"] for f in json.loads(cli("export").stdout)["pricing"]["footnotes"]}
    header_marks = v3.pricing_column_marks()
    checked = 0
    for model, providers in ed.pricing_by_model().items():
        for engine, (low, high, cell_marks) in providers.items():
            if engine in ("groqcloud", "together-inference") and (low, high) != (None, None):
                shown = rows[model][engine]
                assert (shown["input"], shown["output"]) == (low, high), (model, engine)
                assert {marks[n] for n in shown["footnotes"]} == cell_marks | header_marks.get(engine, set())
                checked += 1
    assert checked >= 10
    hourly = ed.pricing_by_hardware()
    for device, providers in hourly.items():
        if any(providers.get(e) is not None for e in ("groqcloud", "together-inference")):
            assert rows[device] == {e: providers.get(e) for e in ("groqcloud", "together-inference")}, device


# --- rank: the documented arithmetic, recomputed from the source --------------------------------------------------


def documented_order(score_of) -> list[str]:  # type: ignore[no-untyped-def]
    """Engines by score (None last), ties by stars (none last), then id — as the README documents."""
    overview = ed.overview()

    def key(engine: str) -> tuple[bool, float, int, str]:
        score, stars = score_of(engine), overview[engine]["github_stars"]
        return (score is None, -round(score or 0.0, 6), -(stars if stars is not None else -1), engine)

    return sorted(ALL_ENGINES, key=key)


@pytest.mark.parametrize("dimension", ["general-purpose", "ease-of-use", "ease-of-deployment", "latency", "throughput",
                                       "scalability"])  # fmt: skip
def test_rank_by_a_survey_score(cli, dimension: str) -> None:
    scores = src.scores()
    records = json.loads(cli("rank", "--by", dimension, "--json").stdout)
    assert [r["id"] for r in records] == documented_order(lambda e: scores[e][dimension][0])
    for r in records:
        value, uncertain, _, _ = scores[r["id"]][dimension]
        assert r["score"] == round(value, 3) and r["uncertain"] is uncertain


def test_rank_by_throughput_top_5(cli) -> None:
    scores = src.scores()
    records = json.loads(cli("rank", "--by", "throughput", "--top", "5", "--json").stdout)
    assert [r["id"] for r in records] == documented_order(lambda e: scores[e]["throughput"][0])[:5]


def test_rank_weighted_mix_on_multi_node(cli) -> None:
    scores, table = src.scores(), src.deployment()
    records = json.loads(cli("rank", "--weights", "throughput=2,latency=1", "--scale", "multi-node", "--json").stdout)
    multi = {e for e, (s, _) in table.items() if s == "multi-node"}

    def mix(engine: str) -> float:
        return (2 * scores[engine]["throughput"][0] + scores[engine]["latency"][0]) / 3

    assert [r["id"] for r in records] == [e for e in documented_order(mix) if e in multi]
    assert [r["score"] for r in records] == [round(mix(r["id"]), 3) for r in records]


@pytest.mark.parametrize(("key", "keyword", "size"), [("hardware", "hardware", 14), ("precision", "precisions", 12),
                                                      ("techniques", "techniques", 23)])  # fmt: skip
def test_rank_by_breadth(cli, key: str, keyword: str, size: int) -> None:
    table = matrix(keyword)
    records = json.loads(cli("rank", "--by", key, "--json").stdout)

    def breadth(engine: str) -> float | None:
        # Over the cells the source knows: '-' is neither ✅ nor ❌.
        known = [v for v in table[engine].values() if v != "unknown"]
        assert len(table[engine]) == size
        return 5 * known.count("yes") / len(known) if known else None

    assert [r["id"] for r in records] == documented_order(breadth)
    assert all(r["score"] == (None if breadth(r["id"]) is None else round(breadth(r["id"]), 3)) for r in records)


def test_rank_by_stars(cli) -> None:
    overview = ed.overview()
    most = max(r["github_stars"] for r in overview.values() if r["github_stars"] is not None)

    def figure(engine: str) -> float | None:
        stars = overview[engine]["github_stars"]
        return None if stars is None else 5 * math.log10(1 + stars) / math.log10(1 + most)

    records = json.loads(cli("rank", "--by", "stars", "--json").stdout)
    assert [r["id"] for r in records] == documented_order(figure)
    assert [r["score"] for r in records] == [None if figure(r["id"]) is None else round(figure(r["id"]), 3)
                                             for r in records]  # fmt: skip


def test_find_sort_by_a_survey_score_and_by_release(cli) -> None:
    scores, overview = src.scores(), ed.overview()
    ordered = [r["id"] for r in json.loads(cli("find", "--sort", "latency", "--json").stdout)]
    values = [scores[e]["latency"][0] for e in ordered]
    assert values == sorted(values, reverse=True)
    released = [overview[r["id"]]["released"] for r in json.loads(cli("find", "--sort", "release", "--json").stdout)]
    assert released == sorted(released, reverse=True)


# --- any combination of filters ------------------------------------------------------------------------------------


def _ids(keyword: str) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(columns(keyword)), max_size=2, unique=True)


@settings(max_examples=300, deadline=None)
@given(
    hw=_ids("hardware"),
    os_=_ids("platforms"),
    precision=_ids("precisions"),
    technique=_ids("techniques"),
    any_of=st.booleans(),
    scale=st.sampled_from([None, "single-node", "multi-node"]),
    open_source=st.lists(st.sampled_from(["yes", "partial", "no"]), max_size=2, unique=True),
    min_stars=st.sampled_from([None, 0, 1_000, 10_000, 50_000]),
    commercial=st.sampled_from([None, True, False]),
    include_unknown=st.booleans(),
)
def test_any_combination_of_filters_agrees_with_the_source(  # noqa: PLR0917
    hw, os_, precision, technique, any_of, scale, open_source, min_stars, commercial, include_unknown
) -> None:  # type: ignore[no-untyped-def]
    from llmengines.dataset import bundled
    from llmengines.filters import apply, parse

    overview, table, services = ed.overview(), src.deployment(), src.commercial()

    def verdict(values: list[str], any_: bool) -> str:
        if any_:
            return "yes" if "yes" in values else "unknown" if "unknown" in values else "no"
        return "no" if "no" in values else "unknown" if "unknown" in values else "yes"

    def expected(engine: str) -> str:
        verdicts = []
        for keyword, chosen in (("hardware", hw), ("platforms", os_), ("precisions", precision),
                                ("techniques", technique)):  # fmt: skip
            if chosen:
                verdicts.append(verdict([cells(keyword, i)[engine] for i in chosen], any_of and len(chosen) > 1))
        if scale is not None:
            verdicts.append("yes" if table[engine][0] == scale else "no")
        if open_source:
            verdicts.append("yes" if overview[engine]["open_source"] in open_source else "no")
        if min_stars is not None:
            stars = overview[engine]["github_stars"]
            verdicts.append("unknown" if stars is None else "yes" if stars >= min_stars else "no")
        if commercial is not None:
            verdicts.append("yes" if (engine in services) is commercial else "no")
        return verdict(verdicts, False)

    filters = parse(hardware=hw, platforms=os_, precisions=precision, techniques=technique, any_of=any_of,
                    scale=scale, open_source=open_source, min_stars=min_stars, commercial=commercial,
                    include_unknown=include_unknown)  # fmt: skip
    found = {m.engine.id: m.status for m in apply(bundled().engines, filters)}
    keep = {"yes", "unknown"} if include_unknown else {"yes"}
    assert found == {e: expected(e) for e in ALL_ENGINES if expected(e) in keep}


def test_rank_by_techniques_says_how_unknown_cells_count(cli) -> None:
    # Unknown is not no: the services' '-' cells are left out of the figure, and both the JSON and the table
    # show the coverage (known / total) — computed here from the source's coverage matrix.
    table = matrix("techniques")
    records = json.loads(cli("rank", "--by", "techniques", "--json").stdout)
    for record in records:
        figure = record["figures"]["techniques"]
        cells = list(table[record["id"]].values())
        assert figure["unknown"] == cells.count("unknown")
        assert figure["known"] == len(cells) - cells.count("unknown") and figure["total"] == 23
        assert figure["raw"] == cells.count("yes")
        yes, known = cells.count("yes"), len(cells) - cells.count("unknown")
        assert figure["detail"] == (f"{yes}/23" if known == 23 else f"{yes}/{known} (known {known}/23)")
    assert any(r["figures"]["techniques"]["unknown"] for r in records)
    shown = cli("rank", "--by", "techniques", "-o", "table").stdout
    assert "a/b = supported / cells the source knows (unknown '-' cells count neither way" in " ".join(shown.split())
    assert "10/12 (known 12/23)" in shown  # Fireworks AI: 10 ✅, 2 ❌, 11 '-' in the source
    survey_only = cli("rank", "--by", "throughput", "-o", "table").stdout
    assert "unknown ('-')" not in survey_only  # no breadth key, nothing to say
