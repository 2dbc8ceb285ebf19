# The two commands: `make run` starts the assistant, `make test` runs every test.
# Both set everything up themselves on a fresh clone (environments, database, model).

PYTHON ?= /root/.pyenv/versions/3.10.13/bin/python
VENV ?= .venv
APP_ENV := $(VENV)/app
RASA_ENV := $(VENV)/rasa
APP_STAMP := $(APP_ENV)/.installed
RASA_STAMP := $(RASA_ENV)/.installed
DATA_STAMP := var/.data-built
MODEL := models/current.tar.gz

# Where the official source files are; without it, `careerbot data build` downloads them.
export CAREERBOT_SOURCE_DIR ?= $(wildcard $(CURDIR)/../shared/data)
# Reproducible training.
export PYTHONHASHSEED := 0
export TF_ENABLE_ONEDNN_OPTS := 0
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export RASA_TELEMETRY_ENABLED := false
export PATH := $(CURDIR)/$(APP_ENV)/bin:$(PATH)

# What the database and the generated NLU files are made from: the importers, the build, the
# source catalogue, the models, the project's CSVs and the generators. Not the CLI, the queries or
# pyproject.toml: editing those rebuilds nothing (issue 12).
DATA_INPUTS := $(wildcard occupations/importers/*.py occupations/data/*.csv careerbot/nlu_*.py) \
  occupations/build.py occupations/sources.py occupations/models.py occupations/places.py \
  occupations/text.py requirements/app.lock
GENERATED := data/nlu/generated/occupations.yml data/nlu/generated/places.yml var/mentions.jsonl
# The rules and slots every question has, written from the question catalogue (README, "Add a
# question"); a file is rewritten only when its content changes.
QUESTIONS := domain/generated/questions.yml data/rules/generated/questions.yml
HAND_DOMAIN := $(wildcard domain/*.yml)
# The crisis check's phrasings (bot/nlu/data) are trained into the model too.
TRAINING_INPUTS := config.yml $(shell find domain data -name '*.yml' -not -path '*/generated/*' 2>/dev/null) \
  $(wildcard bot/nlu/data/*.csv)

.PHONY: help setup run test lint data model browser haproxy clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: $(APP_STAMP) $(RASA_STAMP) $(DATA_STAMP) $(MODEL) ## environments, database and model

run: setup ## start the action server, Rasa and the coach app (Ctrl-C stops all)
	bash scripts/run.sh

test: setup browser haproxy ## lint, validate, and run every test
	bash scripts/test.sh

lint: $(APP_STAMP) ## ruff
	$(APP_ENV)/bin/ruff check .
	$(APP_ENV)/bin/ruff format --check .

data: $(DATA_STAMP) ## build the occupations database and the generated lookup tables

model: $(MODEL) ## train the Rasa model when its inputs changed

$(APP_STAMP): requirements/app.lock requirements/app-nodeps.in pyproject.toml
	test -x $(APP_ENV)/bin/python || $(PYTHON) -m venv $(APP_ENV)
	$(APP_ENV)/bin/pip install -q --no-deps -r requirements/app.lock
	$(APP_ENV)/bin/pip install -q --no-deps -r requirements/app-nodeps.in
	$(APP_ENV)/bin/pip install -q --no-deps -e .
	touch $@

$(RASA_STAMP): requirements/rasa.lock pyproject.toml
	test -x $(RASA_ENV)/bin/python || $(PYTHON) -m venv $(RASA_ENV)
	$(RASA_ENV)/bin/pip install -q --no-deps -r requirements/rasa.lock
	$(RASA_ENV)/bin/pip install -q --no-deps -e .
	touch $@

$(DATA_STAMP): $(DATA_INPUTS) | $(APP_STAMP)
	$(APP_ENV)/bin/careerbot data build
	@mkdir -p var && touch $@

# The build rewrites a generated file only when its content changes, so the model below is
# retrained only when what it learns from changed.
$(GENERATED): $(DATA_STAMP)
	@test -f $@ || $(APP_ENV)/bin/careerbot data build

$(QUESTIONS) &: actions/questions.py $(HAND_DOMAIN) | $(APP_STAMP)
	$(APP_ENV)/bin/python -m actions.questions

$(MODEL): $(GENERATED) $(QUESTIONS) $(TRAINING_INPUTS) requirements/rasa.lock | $(RASA_STAMP)
	$(RASA_ENV)/bin/rasa train --domain domain --fixed-model-name current --out models
	@touch $@

browser: node_modules/.package-lock.json ## Debian's headless Chromium and axe-core for the widget tests
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver)

haproxy: ## Debian's HAProxy, the load balancer the scale-out tests run (deploy/haproxy/haproxy.cfg)
	@test -x /usr/sbin/haproxy || command -v haproxy >/dev/null || (apt-get update -qq && apt-get install -y -qq haproxy)

# axe-core for the accessibility test (socket.io-client's browser build is vendored in
# bot/widget/static/vendor; `npm run vendor` refreshes it after a version bump).
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm)
	npm ci --no-audit --no-fund

clean: ## remove environments, built data and models
	rm -rf $(VENV) var models results data/nlu/generated $(QUESTIONS)
