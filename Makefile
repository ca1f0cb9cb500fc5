# Every target sets up what it needs first; run `make help` for the list.
export UV_PYTHON_DOWNLOADS := never
UV_RUN := uv run --quiet

.PHONY: help setup demo test test-fast bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: ## install everything the demo and the tests need (idempotent)
	@bash scripts/setup.sh

demo: ## check the bundled example app and show the findings
	@bash scripts/setup.sh --python-only
	@$(UV_RUN) dash-lsp check examples/weather_app; test $$? -le 1

test: setup ## the whole test suite (what CI runs)
	$(UV_RUN) pytest

test-fast: ## unit tests of the analysis core only
	@bash scripts/setup.sh --python-only
	$(UV_RUN) pytest tests/unit

bench: ## the benchmarks in bench/
	@bash scripts/setup.sh --python-only
	$(UV_RUN) python -m bench
