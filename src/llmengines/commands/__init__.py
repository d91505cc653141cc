"""The CLI's commands, one module per area; each registers on :data:`llmengines.cli.app`."""
