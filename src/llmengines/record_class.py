"""Immutable dataclasses that cost less to define: every CLI run defines all of them before it answers.

On Python 3.11, ``@dataclass(frozen=True, slots=True)`` compiles six methods from source for each class — about
0.7 ms a class, 11 ms for the records of :mod:`llmengines.models`, nearly a whole ``python -c pass``. Here the
dataclass machinery generates only ``__init__``; equality, hashing, ``repr`` and immutability come from one
base class, :class:`Frozen`, written once. Measured (import of ``llmengines.models``, 15 classes, best of 15
runs, Python 3.11, same machine):

- ``@dataclass(frozen=True, slots=True)``: 11.1 ms
- the same with ``eq=False, repr=False`` and those methods from a base class: 7.3 ms
- ``@record`` without ``frozen=True`` (also no generated ``__setattr__``/``__delattr__``/``__hash__``): 4.9 ms,
  but then ``__init__`` assigns through :meth:`Frozen.__setattr__`, which is slow to build many records;
- ``@record`` as it is (``frozen=True`` for a fast ``__init__``; ``eq``/``repr``/``hash`` from the base): ~6 ms

The classes are still real stdlib dataclasses (``dataclasses.fields``, ``replace``, pydantic's ``TypeAdapter``
and its JSON Schema all work), and type checkers see ``@dataclass(frozen=True, slots=True)`` itself, so an
assignment to a field is a mypy error as well as a runtime :class:`dataclasses.FrozenInstanceError`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

__all__ = ["Frozen", "asdict", "record"]

_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


class Frozen:
    """Base of :func:`record` classes: the methods ``@dataclass(frozen=True)`` would generate, written once.

    Fields can be set once (by ``__init__``, ``copy`` or pickle) and never again; equality and hashing compare
    the field values of two instances of the same class, as a frozen dataclass's do.
    """

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            object.__getattribute__(self, name)
        except AttributeError:  # an empty slot: __init__ (or copy/pickle) filling it in
            object.__setattr__(self, name, value)
            return
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(object.__getattribute__(self, n) for n in _names(type(self)))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Frozen)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={object.__getattribute__(self, n)!r}" for n in _names(type(self)))
        return f"{type(self).__qualname__}({fields})"


def asdict(obj: object) -> dict[str, Any]:
    """What :func:`dataclasses.asdict` returns for a tree of records, about five times faster.

    Records hold only records, tuples, lists, dicts and scalars, so none of ``asdict``'s deep copies of arbitrary
    objects are needed: 25 engines take 0.6 ms instead of 5 ms.
    """
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    data: dict[str, Any] = _data(obj)
    return data


def _data(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS or value is None:
        return value
    names = _NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _names(kind)
    if names is not None:
        return {name: _data(getattr(value, name)) for name in names}
    if kind is dict:
        return {k: _data(v) for k, v in value.items()}
    if kind is tuple or kind is list:
        return kind(_data(v) for v in value)
    return value


_SCALARS = frozenset((str, int, float, bool))


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:

    def record(cls: type | None = None, /, **_checked_only: Any) -> Any:
        """``@record(frozen=True, slots=True)`` on a :class:`Frozen` subclass: a cheap frozen, slotted dataclass.

        The arguments are what type checkers see (they read this as ``dataclasses.dataclass``); at run time the
        class always gets slots and an ``__init__``, and :class:`Frozen` supplies the rest.
        """

        def wrap(c: type) -> type:
            if not issubclass(c, Frozen):
                raise TypeError(f"@record class {c.__qualname__} must derive from llmengines.record_class.Frozen")
            # frozen=True costs ~0.1 ms a class (two small generated methods) but its __init__ sets fields with
            # object.__setattr__; without it every field went through Frozen.__setattr__'s try/except, which
            # made building 1,000 engines from an overlay cache take ~100 ms instead of ~15 ms.
            made = dataclasses.dataclass(c, slots=True, frozen=True, eq=False, repr=False)
            # Keep only the fast __init__: the generated __setattr__/__delattr__ call super() with the class
            # as it was before slots replaced it (a TypeError on 3.11); Frozen's own refuse the same way.
            del made.__setattr__, made.__delattr__
            return made

        return wrap if cls is None else wrap(cls)
