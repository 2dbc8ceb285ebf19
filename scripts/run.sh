#!/usr/bin/env bash
# Start every process of the embedded demo; Ctrl-C (or any process dying) stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=.venv/app/bin
RASA=.venv/rasa/bin
ACTIONS_PORT="${CAREERBOT_ACTIONS_PORT:-5055}"
RASA_PORT="${CAREERBOT_RASA_PORT:-5005}"
export CAREERBOT_ACTION_ENDPOINT="${CAREERBOT_ACTION_ENDPOINT:-http://localhost:${ACTIONS_PORT}/webhook}"
# Rasa's stores (endpoints.yml): the demo's SQLite tracker and in-memory locks by default.
export CAREERBOT_TRACKER_URL="${CAREERBOT_TRACKER_URL:-sqlite:///var/tracker.db}"
export CAREERBOT_LOCK_STORE="${CAREERBOT_LOCK_STORE:-in_memory}"
export CAREERBOT_REDIS_HOST="${CAREERBOT_REDIS_HOST:-localhost}"
export CAREERBOT_REDIS_PORT="${CAREERBOT_REDIS_PORT:-6379}"
export CAREERBOT_REDIS_DB="${CAREERBOT_REDIS_DB:-1}"
# Student channels: the widget's socket.io server and the address the SMS provider signs.
export CAREERBOT_WIDGET_SOCKET_URL="${CAREERBOT_WIDGET_SOCKET_URL:-http://localhost:${RASA_PORT}}"
export CAREERBOT_SMS_PUBLIC_BASE_URL="${CAREERBOT_SMS_PUBLIC_BASE_URL:-http://localhost:${RASA_PORT}}"
mkdir -p var/log
# Rasa's HTTP API can read conversations (which hold SMS numbers): never without a token.
# Unset, a random one is made for this run.
export CAREERBOT_RASA_TOKEN="${CAREERBOT_RASA_TOKEN:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}"
export RASA_TELEMETRY_ENABLED=false  # and no crash reports sent anywhere

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

SANIC_HOST="${CAREERBOT_ACTIONS_INTERFACE:-127.0.0.1}" "$APP/python" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" &
pids+=($!)
# Browsers may call Rasa only from the configured school sites (CAREERBOT_ALLOWED_ORIGINS).
read -r -a ORIGINS <<<"$("$APP/python" -c 'from careerbot import settings; print(" ".join(settings.load().channels.allowed_origins))')"
"$RASA/rasa" run --enable-api --auth-token "$CAREERBOT_RASA_TOKEN" --cors "${ORIGINS[@]}" -i "${CAREERBOT_RASA_INTERFACE:-127.0.0.1}" --port "$RASA_PORT" \
  --model models/current.tar.gz --endpoints endpoints.yml --credentials credentials.yml &
pids+=($!)

# Coach handoff: demo schools and coaches (idempotent), the coach app and the outbox worker.
if [ "${CAREERBOT_DEMO:-1}" != "0" ]; then "$APP/careerbot" coaches seed; fi
"$APP/python" -m bot.coach_app &
pids+=($!)
"$APP/python" -m bot.handoff.worker &
pids+=($!)

echo "Action server :$ACTIONS_PORT, Rasa :$RASA_PORT (REST: POST /webhooks/rest/webhook)"
echo "Coach app :${CAREERBOT_COACH_PORT:-8080} (inbox /inbox, API /api/), outbox worker running"
wait -n
