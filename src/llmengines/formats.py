"""The output formats, in a module of their own so that parsing ``--format`` does not import the renderer."""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import ClassVar

_VALUES = ("table", "json", "jsonl", "csv", "tsv", "yaml", "markdown")


class _Members(type):
    """Iterating the class gives its members in order, as an enum's does."""

    def __iter__(cls) -> Iterator[OutputFormat]:
        return iter(_BY_VALUE.values())

    def __len__(cls) -> int:
        return len(_BY_VALUE)

    def __reversed__(cls) -> Iterator[OutputFormat]:
        return reversed(list(_BY_VALUE.values()))

    def __getitem__(cls, name: str) -> OutputFormat:
        """A member by its name, as ``OutputFormat["JSON"]``."""
        for member in _BY_VALUE.values():
            if member.name == name:
                return member
        raise KeyError(name)

    @property
    def __members__(cls) -> dict[str, OutputFormat]:
        """The members by name, as an enum's."""
        return {member.name: member for member in _BY_VALUE.values()}


class OutputFormat(str, metaclass=_Members):
    """Every output format of every command that prints records.

    It behaves as a ``StrEnum`` does — each member is the string (``OutputFormat.JSON == "json"``), one object per
    format (``OutputFormat("json") is OutputFormat.JSON``), ``.name``/``.value``, iteration in order — without
    importing :mod:`enum`, which costs a query ~4 ms here with the ``functools`` and ``collections`` it imports.
    Typer, which wants an enum for a choice, gets :data:`llmengines.options.FormatChoice`; the app turns its
    values into these.
    """

    __slots__ = ()

    TABLE: ClassVar[OutputFormat]
    JSON: ClassVar[OutputFormat]
    JSONL: ClassVar[OutputFormat]
    CSV: ClassVar[OutputFormat]
    TSV: ClassVar[OutputFormat]
    YAML: ClassVar[OutputFormat]
    MARKDOWN: ClassVar[OutputFormat]

    def __new__(cls, value: str) -> OutputFormat:
        try:
            return _BY_VALUE[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid OutputFormat") from None

    @property
    def value(self) -> str:
        """The format's name as typed: ``json``."""
        return str.__str__(self)

    @property
    def name(self) -> str:
        """The member's name: ``JSON``."""
        return self.value.upper()

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"<OutputFormat.{self.name}: {self.value!r}>"

    def __reduce__(self) -> tuple[type[OutputFormat], tuple[str]]:
        return OutputFormat, (self.value,)  # a copy or an unpickled one is the member itself


_BY_VALUE: dict[str, OutputFormat] = {}
for _value in _VALUES:
    _BY_VALUE[_value] = str.__new__(OutputFormat, _value)
    setattr(OutputFormat, _value.upper(), _BY_VALUE[_value])
del _value
