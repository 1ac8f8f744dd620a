# Two entry points for a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
SW := $(VENV)/bin/storyweave
DEMO_DB ?= demo.db

.PHONY: demo test seeds bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

# Analyse the bundled demo corpus into a fresh store, list its stories, show each one.
demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(SW) analyze demo --db $(DEMO_DB)
	$(SW) stories --db $(DEMO_DB)
	for id in $$($(SW) stories --db $(DEMO_DB) --json | $(PY) -c 'import json,sys; print(*(s["id"] for s in json.load(sys.stdin)["stories"]))'); do \
		$(SW) show $$id --db $(DEMO_DB) --format md || exit 1; done

# The whole test suite, then the acceptance checks on the seed articles.
test: $(VENV)/.installed
	$(VENV)/bin/ruff check --select F,E9 src bench tests
	$(PY) -m pytest -q
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" bash ../shared/checks/seeds.sh

bench: $(VENV)/.installed
	$(PY) bench/throughput.py
	$(PY) bench/ingest.py
	$(PY) bench/quotes_polnear.py
	$(PY) bench/timex_timebank.py
	$(PY) bench/conflicts.py
	$(PY) bench/cluster.py
	$(PY) bench/brief_rouge.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
