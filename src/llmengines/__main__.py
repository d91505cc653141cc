"""``python -m llmengines``."""

from llmengines.cli import main

main()
