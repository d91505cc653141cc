"""The output formats, in a module of their own so that parsing ``--format`` does not import the renderer."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    """Every output format of every command that prints records."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    YAML = "yaml"
    MARKDOWN = "markdown"
