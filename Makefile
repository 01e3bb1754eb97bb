# Two commands on a fresh machine: `make run` chats with the bot, `make test` runs the tests.
# Each creates the virtual environment .venv on first use (Python 3.11+ with venv).
VENV ?= .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test check clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed  ## the bot: LINE/Telegram if configured, otherwise the console chat
	$(PY) run_bot.py $(ARGS)

test: $(VENV)/.installed  ## every test
	$(PY) -m pytest

check: $(VENV)/.installed  ## types and lint
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache
