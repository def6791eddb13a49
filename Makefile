# Two commands set everything up: `make quiz` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: quiz test build install clean bench

quiz: $(STAMP)
	$(BIN)/quizgen build input/
	$(BIN)/quizgen quiz

test: $(STAMP)
	$(BIN)/python -m pytest -q

build: $(STAMP)
	$(BIN)/quizgen build input/

install: $(STAMP)

# Generation and build speed on a folder of articles: make bench ARTICLES=path/to/articles
bench: $(STAMP)
	@test -n "$(ARTICLES)" || { echo "usage: make bench ARTICLES=path/to/articles"; exit 2; }
	$(BIN)/python scripts/bench.py $(ARTICLES)

# Re-install whenever the project's metadata changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) decks/*.db decks/*.db-* decks/*.apkg
