# personae: `make demo` then `make test`, on a machine with Python 3.11 and make.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PERSONAE := $(VENV)/bin/personae
SAMPLE := src/personae/samples/the_winter_of_the_lists.txt

.PHONY: venv demo test train eval bench clean

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

venv: $(VENV)/.installed

demo: venv
	mkdir -p out
	$(PERSONAE) analyze $(SAMPLE) --format json > out/sample.json
	rm -f out/demo.db
	$(PERSONAE) read $(SAMPLE) --db out/demo.db
	$(PERSONAE) show --db out/demo.db
	@echo "wrote out/sample.json and out/demo.db"

test: venv
	$(PY) -m pytest

# Reproduces the shipped LitBank models from ../shared/data (never the test fold).
train: venv
	$(PY) -m training.train

eval: venv
	$(PERSONAE) eval litbank ../shared/data/litbank

clean:
	rm -rf $(VENV) out build *.egg-info
