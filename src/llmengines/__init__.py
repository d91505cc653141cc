"""llmengines — which LLM inference engine fits your hardware, precision, scale and goals.

The library is usable without the CLI::

    import llmengines
    data = llmengines.load()
    vllm = llmengines.get_engine(data, "vLLM")
"""

from __future__ import annotations

__version__ = "0.1.0"

from llmengines.dataset import bundled as load
from llmengines.errors import DataError, ExitCode, LlmEnginesError, UnknownNameError, UsageError
from llmengines.models import Dataset, Engine, Technique
from llmengines.queries import engine_matcher, get_engine

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
