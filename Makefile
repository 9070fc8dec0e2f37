# Two entry points (see README): `make demo` and `make test`. Each builds the virtual
# environment and installs what is missing; nothing else is needed but Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# The tests draw widgets off screen (set where they run); `make demo` opens a real window.

.PHONY: demo test test-fast lint system-deps setup clean

demo: setup
	$(PY) -m qazmail_desktop --demo

# Each test file runs whole in one worker (its module fixtures, such as the demo server, start
# once), the files spread over every core.
test: setup system-deps lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist loadfile

# The unit tier: no servers, no window, no subprocesses; under a minute.
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not integration and not slow"

lint: setup
	$(PY) -m ruff check qazmail_desktop tests bench
	$(PY) -m mypy

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py qazmail_desktop/crypto/_streebog.c qazmail_desktop/crypto/_gost3410*.[ch] qazmail_desktop/crypto/streebog_tables.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -c "from qazmail_desktop.crypto import streebog; assert streebog.HAVE_EXTENSION, 'Streebog C extension not built'"
	$(PY) -c "from qazmail_desktop.crypto import gost3410; assert gost3410.HAVE_EXTENSION, 'GOST 34.10 C extension not built'"
	touch $@

system-deps:
	bash scripts/system-deps.sh

clean:
	rm -rf $(VENV) build *.egg-info qazmail_desktop/crypto/*.so
