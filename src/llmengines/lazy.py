"""What the query path makes only on first use: memoised zero-argument functions and regular expressions.

``functools`` (with ``collections``) and ``re`` (with ``enum``) cost a run ~4 ms each here to import, a fifth of
``python -c pass`` together, and most runs use neither: a pattern here is compiled, and ``re`` imported, the first
time it is asked to match.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    import re
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any, TypeVar

    T = TypeVar("T")


def once(function: Callable[[], T]) -> Callable[[], T]:
    """``functools.cache`` for a function of no arguments: computed on the first call, the same object after."""
    found: list[Any] = []

    def cached() -> T:
        if not found:
            found.append(function())
        value: T = found[0]
        return value

    cached.__name__ = function.__name__
    cached.__qualname__ = function.__qualname__
    cached.__doc__ = function.__doc__
    cached.__wrapped__ = function  # type: ignore[attr-defined]  # as functools.wraps sets it
    cached.cache_clear = found.clear  # type: ignore[attr-defined]  # as functools.cache offers
    return cached


class Pattern:
    """A regular expression compiled (and ``re`` imported) the first time it is used; the methods of
    ``re.Pattern`` that this package uses. ``pattern`` is the expression, or a function that writes it given the
    ``re`` module (for ``re.escape``)."""

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, pattern: str | Callable[[ModuleType], str], flags: int = 0) -> None:
        self.source = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The ``re.Pattern`` itself."""
        if self._compiled is None:
            import re

            text = self.source if isinstance(self.source, str) else self.source(re)
            self._compiled = re.compile(text, self.flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        """The expression, as ``re.Pattern.pattern``."""
        return self.compiled.pattern

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def findall(self, text: str, *args: int) -> list[Any]:
        return self.compiled.findall(text, *args)

    def finditer(self, text: str, *args: int) -> Any:
        return self.compiled.finditer(text, *args)

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"
