"""``python -m llmengines``: the same as the ``llmengines`` command."""

from llmengines import run

run()
