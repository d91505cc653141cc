"""llmengines — which LLM inference engine fits your hardware, precision, scale and goals.

The library is usable without the CLI::

    import llmengines
    data = llmengines.load()
    vllm = llmengines.get_engine(data, "vLLM")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from llmengines.dataset import bundled as load
    from llmengines.errors import DataError, ExitCode, LlmEnginesError, UnknownNameError, UsageError
    from llmengines.models import Dataset, Engine, Technique
    from llmengines.queries import engine_matcher, get_engine

# The library API is imported on first use, not with the package: every CLI run imports ``llmengines`` (for
# ``__version__``) and must not pay for the dataset and its models unless the command needs them.
_LAZY = {
    "load": ("llmengines.dataset", "bundled"),
    "DataError": ("llmengines.errors", "DataError"),
    "ExitCode": ("llmengines.errors", "ExitCode"),
    "LlmEnginesError": ("llmengines.errors", "LlmEnginesError"),
    "UnknownNameError": ("llmengines.errors", "UnknownNameError"),
    "UsageError": ("llmengines.errors", "UsageError"),
    "Dataset": ("llmengines.models", "Dataset"),
    "Engine": ("llmengines.models", "Engine"),
    "Technique": ("llmengines.models", "Technique"),
    "engine_matcher": ("llmengines.queries", "engine_matcher"),
    "get_engine": ("llmengines.queries", "get_engine"),
}


def __getattr__(name: str) -> Any:
    """Import a name of the library API on first access (PEP 562)."""
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'llmengines' has no attribute {name!r}") from None
    from importlib import import_module

    value = getattr(import_module(module_name), attribute)
    globals()[name] = value  # later accesses skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "DataError",
    "Dataset",
    "Engine",
    "ExitCode",
    "LlmEnginesError",
    "Technique",
    "UnknownNameError",
    "UsageError",
    "__version__",
    "engine_matcher",
    "get_engine",
    "load",
]
