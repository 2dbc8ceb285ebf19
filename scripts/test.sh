#!/usr/bin/env bash
# Every test: lint, Rasa's own validation, pytest (data layer, actions, channels, coach app,
# browser), and Rasa's conversation tests.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=.venv/app/bin
RASA=.venv/rasa/bin

"$APP/ruff" check .
"$APP/mypy" occupations bot careerbot actions
# bot/channels and bot/nlu run in the Rasa server: checked against the Rasa env's packages.
"$APP/mypy" --config-file mypy-rasa.ini --python-executable "$RASA/python" -p bot.channels -p bot.nlu
"$RASA/rasa" data validate --domain domain --data data --config config.yml
"$APP/python" -m pytest -q -p no:cacheprovider
if [ -f tests/test_stories.yml ]; then
  "$RASA/rasa" test core --model models/current.tar.gz --stories tests/test_stories.yml \
    --fail-on-prediction-errors --out results
fi
