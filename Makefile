# personae: `make demo` then `make test`, on a machine with Python 3.11 and make.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PERSONAE := $(VENV)/bin/personae
SAMPLE := src/personae/samples/the_winter_of_the_lists.txt

.PHONY: venv demo test train eval bench clean browser screenshots loadtest

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

# Debian's Chromium for the viewer's browser tests (playwright drives it; it never downloads a browser).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; }

test: venv browser
	$(PY) -m pytest

# A PNG of each page of `personae serve` (a fresh store of the sample chapter) into out/screenshots/.
screenshots: venv browser
	mkdir -p out && rm -f out/viewer.db && $(PERSONAE) read $(SAMPLE) --db out/viewer.db
	$(PY) tests/web/screenshots.py out/viewer.db out/screenshots

# 200 concurrent clients for 30 s against `personae serve` on loopback; fails on any error.
loadtest: venv
	mkdir -p out && rm -f out/viewer.db && $(PERSONAE) read $(SAMPLE) --db out/viewer.db
	$(PY) tests/web/loadtest.py out/viewer.db --clients 200 --seconds 30
	$(PY) tests/web/loadtest.py out/viewer.db --clients 200 --seconds 30 --new-connections

# Reproduces the shipped LitBank models from ../shared/data (never the test fold).
train: venv
	$(PY) -m training.train

eval: venv
	$(PERSONAE) eval litbank ../shared/data/litbank

# Speed and memory on LitBank's original texts (development fold); writes bench/results.md and .json.
bench: venv
	$(PY) bench/run.py --litbank ../shared/data/litbank

clean:
	rm -rf $(VENV) out build *.egg-info
