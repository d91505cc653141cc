"""Record classes that cost (almost) nothing to define: every CLI run defines all of them before it answers.

On Python 3.11, ``@dataclass(frozen=True, slots=True)`` compiles six methods from source for each class — about
0.7 ms a class, 11 ms for the records of :mod:`llmengines.models` — and importing :mod:`dataclasses` (with
``inspect``, ``ast``, ``dis``, ``tokenize``) costs as much again, nearly a whole ``python -c pass``. Here
:func:`record` makes the slotted class with a generic ``__init__`` (compiled for the class once it has made
:data:`COMPILE_AFTER` instances); equality, hashing, ``repr`` and
immutability come from one base class, :class:`Frozen`, written once. The classes become real stdlib dataclasses
the moment anything asks (``dataclasses.fields``, ``is_dataclass``, ``replace``, ``asdict``, pydantic's
``TypeAdapter`` and its JSON Schema): the first look-up of ``__dataclass_fields__`` runs ``dataclasses.dataclass``
on the class in place (``init=False``, so the fast ``__init__`` stays). Type checkers see
``@dataclass(frozen=True, slots=True)`` itself, so an assignment to a field is a mypy error as well as a runtime
:class:`dataclasses.FrozenInstanceError`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the query path does not import typing
if TYPE_CHECKING:
    from typing import Any

__all__ = ["Frozen", "Literal", "asdict", "field", "get_args", "plain", "record", "replace"]

_DATACLASS_NAMES = frozenset(("__dataclass_fields__", "__dataclass_params__"))


def _names(cls: type) -> tuple[str, ...]:
    names: tuple[str, ...] = cls._record_fields  # type: ignore[attr-defined]
    return names


class _RecordType(type):
    """Makes a record a stdlib dataclass on the first look-up of what :mod:`dataclasses` looks for."""

    def __getattr__(cls, name: str) -> Any:
        if name in _DATACLASS_NAMES and "_record_fields" in cls.__dict__:
            _make_dataclass(cls)
            return type.__getattribute__(cls, name)
        raise AttributeError(f"type object {cls.__qualname__!r} has no attribute {name!r}")


def _make_dataclass(cls: type) -> None:
    import dataclasses

    annotation_names(cls.__module__)
    frozen = cls.__dict__["_record_frozen"]
    dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=frozen, match_args=False)
    if frozen:  # keep Frozen's own (they also let copy and pickle fill in empty slots)
        del cls.__setattr__, cls.__delattr__
    defaults = cls.__dict__["_record_defaults"]
    for name, f in cls.__dict__["__dataclass_fields__"].items():
        if name in defaults:
            default = defaults[name]
            if isinstance(default, _Field):
                f.default_factory = default.default_factory
            else:
                f.default = default


class Frozen(metaclass=_RecordType):
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
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getattr__(self, name: str) -> Any:
        if name in _DATACLASS_NAMES:  # dataclasses.fields(instance) before the class was asked
            return getattr(type(self), name)
        raise AttributeError(f"{type(self).__qualname__!r} object has no attribute {name!r}")

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


class _Plain(metaclass=_RecordType):
    """Base of :func:`plain` classes: mutable slotted records (``@dataclass(slots=True)`` without its import)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        if name in _DATACLASS_NAMES:
            return getattr(type(self), name)
        raise AttributeError(f"{type(self).__qualname__!r} object has no attribute {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _names(type(self))
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    __hash__ = None  # type: ignore[assignment]  # as a dataclass with eq and without frozen

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in _names(type(self)))
        return f"{type(self).__qualname__}({fields})"


class _Field:
    __slots__ = ("default_factory",)

    def __init__(self, default_factory: Any) -> None:
        self.default_factory = default_factory


def _field(*, default_factory: Any) -> Any:
    """``dataclasses.field(default_factory=...)`` for records (the only form they use)."""
    return _Field(default_factory)


_NO_DEFAULT = object()


def _build(c: type, base: type, *, frozen: bool) -> type:
    """The slotted class with a compiled ``__init__``, made from the class statement ``c``."""
    own = c.__dict__.get("__annotations__", {})  # noqa: RUF063 - inspect costs an import
    inherited: tuple[str, ...] = ()
    for b in c.__mro__[1:]:
        if "_record_fields" in b.__dict__:
            inherited = b.__dict__["_record_fields"]
            break
    names = [n for n, a in own.items() if not str(a).startswith(("ClassVar", "typing.ClassVar"))]
    fields = (*inherited, *(n for n in names if n not in inherited))
    defaults: dict[str, Any] = {}
    for b in reversed(c.__mro__[1:]):
        defaults.update(b.__dict__.get("_record_defaults", {}))
    namespace = {k: v for k, v in c.__dict__.items() if k not in ("__dict__", "__weakref__")}
    for n in names:
        if n in namespace:
            defaults[n] = namespace.pop(n)
    namespace["__qualname__"] = c.__qualname__
    namespace["__slots__"] = tuple(n for n in names if n not in inherited)
    namespace["__match_args__"] = fields
    namespace["_record_fields"] = fields
    namespace["_record_defaults"] = defaults
    namespace["_record_frozen"] = frozen
    quick = cli_run()
    namespace["__init__"] = _init(c.__qualname__, fields, defaults, frozen=frozen)
    made = type(c)(c.__name__, c.__bases__, namespace)
    if not quick:
        type.__setattr__(made, "__init__", _compiled_init(c.__qualname__, fields, defaults, frozen=frozen, cls=made))
        annotation_names(c.__module__)  # typing.get_type_hints(cls) works at once, as on a dataclass
    return made


def cli_run() -> bool:
    """Whether this process is a run of the ``llmengines`` command, which defines records the cheap way.

    Only :func:`llmengines.run` (the console script, ``python -m llmengines``) says so, before it imports the
    CLI. Anywhere else — the library imported by someone's program, the tests — records are made in full: a
    compiled ``__init__`` (with its signature), and typing's names in their module from the start.
    """
    import llmengines

    return bool(getattr(llmengines, "_cli_run", False))


# A compiled ``__init__`` costs ~0.13 ms to make (most of what defining a record costs), and a run defines some 60
# records and makes a few hundred instances of most of them; 1,000 engines from an overlay make tens of thousands.
# So every record starts with one generic ``__init__`` and compiles its own after this many instances: about where
# the compiled one (≈1.5 µs faster an instance) has paid for itself.
COMPILE_AFTER = 80


def _init(qualname: str, fields: tuple[str, ...], defaults: dict[str, Any], *, frozen: bool) -> Any:
    """The record's ``__init__``: generic, until :data:`COMPILE_AFTER` instances, then compiled from source."""
    put = object.__setattr__ if frozen else setattr
    count = len(fields)
    calls = 0
    compiled: Any = None

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        nonlocal calls, compiled
        if compiled is not None:
            return compiled(self, *args, **kwargs)  # type: ignore[no-any-return]
        calls += 1
        if calls > COMPILE_AFTER:
            for owner in type(self).__mro__:  # the class it belongs to (a subclass may inherit it)
                if owner.__dict__.get("__init__") is __init__:
                    compiled = _compiled_init(qualname, fields, defaults, frozen=frozen, cls=owner)
                    type.__setattr__(owner, "__init__", compiled)
                    break
            else:  # not found (a copy of the class?): compiled for this call, and every later one
                compiled = _compiled_init(qualname, fields, defaults, frozen=frozen)
            return compiled(self, *args, **kwargs)  # type: ignore[no-any-return]
        if len(args) > count:
            given = len(args) + 1
            raise TypeError(f"{qualname}.__init__() takes {count + 1} positional arguments but {given} were given")
        for name, value in zip(fields, args, strict=False):  # fewer args than fields: the rest by keyword
            if name in kwargs:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument {name!r}")
            kwargs[name] = value
        for name in fields:
            if name in kwargs:
                value = kwargs.pop(name)
            else:
                default = defaults.get(name, _NO_DEFAULT)
                if default is _NO_DEFAULT:
                    raise TypeError(f"{qualname}.__init__() missing required argument: {name!r}")
                value = default.default_factory() if isinstance(default, _Field) else default
            put(self, name, value)
        if kwargs:
            raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument {next(iter(kwargs))!r}")

    __init__.__qualname__ = f"{qualname}.__init__"
    return __init__


def _compiled_init(
    qualname: str, fields: tuple[str, ...], defaults: dict[str, Any], *, frozen: bool, cls: type | None = None
) -> Any:
    """``__init__`` compiled for these fields, as dataclasses writes it: the fastest per instance.

    A frozen record's fields are set through ``cls``'s slot descriptors where it has them (2.5x quicker than
    ``object.__setattr__``, which dataclasses uses: ~3 µs of each of 1,000 engines from an overlay).
    """
    scope: dict[str, Any] = {"_set": object.__setattr__ if frozen else None, "_NO": _NO_DEFAULT}
    args, lines = [], []
    slots: dict[str, Any] = {}
    if frozen and cls is not None:
        for n in fields:
            found = getattr(cls, n, None)
            if type(found).__name__ == "member_descriptor":  # a slot (types.MemberDescriptorType: one import more)
                slots[n] = found
    for n in fields:
        default = defaults.get(n, _NO_DEFAULT)
        if default is _NO_DEFAULT:
            args.append(n)
        elif isinstance(default, _Field):
            scope[f"_f_{n}"] = default.default_factory
            args.append(f"{n}=_NO")
            lines.append(f"    if {n} is _NO: {n} = _f_{n}()")
        else:
            scope[f"_d_{n}"] = default
            args.append(f"{n}=_d_{n}")
        if n in slots:
            scope[f"_s_{n}"] = slots[n].__set__
            lines.append(f"    _s_{n}(self, {n})")
        else:
            lines.append(f"    _set(self, {n!r}, {n})" if frozen else f"    self.{n} = {n}")
    source = f"def __init__(self, {', '.join(args)}):\n" + "\n".join(lines or ["    pass"])
    exec(source, scope)
    init = scope["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


def replace(obj: Any, **changes: Any) -> Any:
    """What :func:`dataclasses.replace` returns, for a record without importing :mod:`dataclasses` (which costs
    about half a ``python -c pass``); any other dataclass goes to :func:`dataclasses.replace` itself."""
    names = type(obj).__dict__.get("_record_fields") if not isinstance(obj, type) else None
    if names is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field(s) {', '.join(sorted(unknown))}")
    return type(obj)(**{name: changes[name] if name in changes else getattr(obj, name) for name in names})


def asdict(obj: object) -> dict[str, Any]:
    """What :func:`dataclasses.asdict` returns for a tree of records, about five times faster.

    Records hold only records, tuples, lists, dicts and scalars, so none of ``asdict``'s deep copies of arbitrary
    objects are needed: 25 engines take 0.6 ms instead of 5 ms.
    """
    if isinstance(obj, type) or "_record_fields" not in dir(type(obj)):
        raise TypeError("asdict() should be called on dataclass instances")
    data: dict[str, Any] = _data(obj)
    return data


def _data(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS or value is None:
        return value
    names = getattr(kind, "_record_fields", None) if isinstance(kind, _RecordType) else None
    if names is not None:
        return {name: _data(getattr(value, name)) for name in names}
    if kind is dict:
        return {k: _data(v) for k, v in value.items()}
    if kind is tuple or kind is list:
        return kind(_data(v) for v in value)
    return value


_SCALARS = frozenset((str, int, float, bool))


# --- typing, for whoever reads the annotations ------------------------------------------------------------------
# A module of records imports ``Any``, ``ClassVar`` and the like only under TYPE_CHECKING, and ``Literal`` from
# here, so that a query never imports typing (~7 ms here, a third of ``python -c pass``). What reads annotations at
# run time — dataclasses (ClassVar), pydantic, typing.get_type_hints — gets the real names first:
# :func:`annotation_names` runs when a class becomes a stdlib dataclass.


class _LiteralAlias:
    """What ``Literal["a", "b"]`` is at run time on the query path: its values, for :func:`get_args`."""

    __slots__ = ("values",)

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values

    def __repr__(self) -> str:
        return f"Literal[{', '.join(map(repr, self.values))}]"


class _LiteralStandIn:
    __slots__ = ()

    def __getitem__(self, values: Any) -> Any:
        if not cli_run():  # a library user or a test: typing's own, for whatever reads annotations
            import typing

            return typing.Literal[values]
        return _LiteralAlias(values if isinstance(values, tuple) else (values,))

    def __repr__(self) -> str:
        return "llmengines.record_class.Literal"


def _get_args(alias: Any) -> tuple[Any, ...]:
    """``typing.get_args`` of a ``Literal``, made here or by typing."""
    if isinstance(alias, _LiteralAlias):
        return alias.values
    import typing

    return typing.get_args(alias)


# The typing and collections.abc names that annotations of records use (all imported under TYPE_CHECKING).
_TYPING_NAMES = ("Any", "ClassVar", "Literal")
_ABC_NAMES = ("Callable", "Iterable", "Mapping", "Sequence")


def annotation_names(module_name: str) -> None:
    """Give the module ``module_name`` what its annotations name: typing's ``Any``, ``ClassVar`` and ``Literal``
    where they are missing or stand-ins, collections.abc's ``Callable``, ``Iterable``, ``Mapping`` and
    ``Sequence`` where missing, and ``typing.Literal[...]`` in place of every stand-in alias."""
    import sys
    import typing

    namespace = sys.modules[module_name].__dict__
    if namespace.get("__annotation_names_given__"):
        return
    for name in _TYPING_NAMES:
        if name not in namespace or isinstance(namespace[name], _LiteralStandIn):
            namespace[name] = getattr(typing, name)
    import collections.abc

    for name in _ABC_NAMES:
        namespace.setdefault(name, getattr(collections.abc, name))
    for name, value in list(namespace.items()):
        if isinstance(value, _LiteralAlias):
            namespace[name] = typing.Literal[value.values]
    namespace["__annotation_names_given__"] = True


if TYPE_CHECKING:
    from dataclasses import dataclass as plain
    from dataclasses import dataclass as record
    from dataclasses import field
    from typing import Literal, get_args
else:
    field = _field
    Literal = _LiteralStandIn()
    get_args = _get_args

    def record(cls: type | None = None, /, **_checked_only: Any) -> Any:
        """``@record(frozen=True, slots=True)`` on a :class:`Frozen` subclass: a cheap frozen, slotted record.

        The arguments are what type checkers see (they read this as ``dataclasses.dataclass``); at run time the
        class always gets slots and an ``__init__``, and :class:`Frozen` supplies the rest.
        """

        def wrap(c: type) -> type:
            if not issubclass(c, Frozen):
                raise TypeError(f"@record class {c.__qualname__} must derive from llmengines.record_class.Frozen")
            return _build(c, Frozen, frozen=True)

        return wrap if cls is None else wrap(cls)

    def plain(cls: type | None = None, /, **_checked_only: Any) -> Any:
        """``@plain(slots=True)``: a mutable slotted record, as ``@dataclass(slots=True)`` (eq, repr, no hash)."""

        def wrap(c: type) -> type:
            bases = c.__bases__ if c.__bases__ != (object,) else (_Plain,)
            made = _build(
                type(c.__name__, bases, dict(c.__dict__)) if bases != c.__bases__ else c, _Plain, frozen=False
            )
            return made

        return wrap if cls is None else wrap(cls)
