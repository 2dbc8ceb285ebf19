#!/usr/bin/env bash
# Start every process of the embedded demo under a small supervisor: a process that dies is
# logged (which one, its exit code or signal) and restarted with back-off; Ctrl-C stops all.
# Production runs the same commands as systemd units (deploy/systemd/).
set -euo pipefail
cd "$(dirname "$0")/.."
APP=.venv/app/bin
RASA=.venv/rasa/bin
VAR="${CAREERBOT_VAR_DIR:-var}"
ACTIONS_PORT="${CAREERBOT_ACTIONS_PORT:-5055}"
RASA_PORT="${CAREERBOT_RASA_PORT:-5005}"
export CAREERBOT_ACTION_ENDPOINT="${CAREERBOT_ACTION_ENDPOINT:-http://localhost:${ACTIONS_PORT}/webhook}"
# Rasa's stores (endpoints.yml): the demo's SQLite tracker and in-memory locks by default.
export CAREERBOT_TRACKER_URL="${CAREERBOT_TRACKER_URL:-sqlite:///${VAR}/tracker.db}"
export CAREERBOT_LOCK_STORE="${CAREERBOT_LOCK_STORE:-in_memory}"
export CAREERBOT_REDIS_HOST="${CAREERBOT_REDIS_HOST:-localhost}"
export CAREERBOT_REDIS_PORT="${CAREERBOT_REDIS_PORT:-6379}"
export CAREERBOT_REDIS_DB="${CAREERBOT_REDIS_DB:-1}"
# Student channels: the widget's socket.io server and the address the SMS provider signs.
export CAREERBOT_WIDGET_SOCKET_URL="${CAREERBOT_WIDGET_SOCKET_URL:-http://localhost:${RASA_PORT}}"
export CAREERBOT_SMS_PUBLIC_BASE_URL="${CAREERBOT_SMS_PUBLIC_BASE_URL:-http://localhost:${RASA_PORT}}"
# The demo never texts or mails anyone: a local fake of the SMS provider takes the students'
# replies and the coaches' texts, and the coach app's demo pages (/demo/phone, /demo/sinks)
# show them with the coaches' e-mails and chat webhooks (bot/coach_app/demo.py).
DEMO=0
if [ "${CAREERBOT_DEMO:-1}" != "0" ]; then
  DEMO=1
  FAKE_SMS_PORT="${CAREERBOT_DEMO_SMS_PORT:-9280}"
  export CAREERBOT_SMS_API_URL="${CAREERBOT_SMS_API_URL:-http://127.0.0.1:${FAKE_SMS_PORT}}"
  export CAREERBOT_SMS_ACCOUNT_SID="${CAREERBOT_SMS_ACCOUNT_SID:-AC00000000000000000000000000000000}"
  export CAREERBOT_SMS_AUTH_TOKEN="${CAREERBOT_SMS_AUTH_TOKEN:-demo-sms-auth-token}"
  export CAREERBOT_SMS_FROM="${CAREERBOT_SMS_FROM:-+15005550006}"
  export CAREERBOT_SMTP_HOST="${CAREERBOT_SMTP_HOST:-127.0.0.1}"
  export CAREERBOT_SMTP_PORT="${CAREERBOT_SMTP_PORT:-2525}"
  export CAREERBOT_DEMO_SINKS=1
fi
mkdir -p "$VAR/log" "$VAR/run"
# Rasa's HTTP API can read conversations (which hold SMS numbers): never without a token.
# Unset, a random one is made for this run.
export CAREERBOT_RASA_TOKEN="${CAREERBOT_RASA_TOKEN:-$(head -c 24 /dev/urandom | base64 | tr -d '/+=')}"
export RASA_TELEMETRY_ENABLED=false  # and no crash reports sent anywhere
LOG="$VAR/log/supervisor.log"

say() { printf '%s supervisor: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" | tee -a "$LOG" >&2; }

# supervise NAME COMMAND...: run COMMAND, and run it again whenever it exits, after a pause
# that doubles from 1 s up to 30 s (back to 1 s once it has stayed up for a minute).
supervise() {
  local name=$1 child="" code delay=1 started how
  shift
  trap '[ -n "$child" ] && kill -TERM "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0' TERM INT
  while true; do
    started=$SECONDS
    "$@" &
    child=$!
    echo "$child" >"$VAR/run/$name.pid"
    say "$name started (pid $child)"
    code=0
    wait "$child" || code=$?
    if [ "$code" -gt 128 ]; then
      how="killed by signal $(kill -l $((code - 128)) 2>/dev/null || echo $((code - 128))) (exit $code)"
    else
      how="exited with code $code"
    fi
    if [ $((SECONDS - started)) -ge 60 ]; then delay=1; fi
    say "$name (pid $child) $how after $((SECONDS - started)) s; restarting in $delay s"
    sleep "$delay" &
    wait $! || true
    delay=$((delay * 2 > 30 ? 30 : delay * 2))
  done
}

supervisors=()
stop() {
  trap - EXIT INT TERM
  say "stopping"
  kill -TERM "${supervisors[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

start() { supervise "$@" & supervisors+=($!); }
# The app database's schema (Alembic migrations): before the Rasa side writes SMS rows.
"$APP/careerbot" db upgrade || say "app database not migrated now: each process retries at first use"

if [ "$DEMO" = 1 ]; then
  start sms-provider "$APP/python" -m bot.sms.fake_provider "$FAKE_SMS_PORT"
fi
start actions env SANIC_HOST="${CAREERBOT_ACTIONS_INTERFACE:-127.0.0.1}" \
  "$APP/python" -m rasa_sdk --actions actions --port "$ACTIONS_PORT"
# Browsers may call Rasa only from the configured school sites (CAREERBOT_ALLOWED_ORIGINS).
read -r -a ORIGINS <<<"$("$APP/python" -c 'from careerbot import settings; print(" ".join(settings.load().channels.allowed_origins))')"
start rasa "$RASA/python" -m careerbot.rasa_server run --enable-api --auth-token "$CAREERBOT_RASA_TOKEN" --cors "${ORIGINS[@]}" \
  -i "${CAREERBOT_RASA_INTERFACE:-127.0.0.1}" --port "$RASA_PORT" \
  --model models/current.tar.gz --endpoints endpoints.yml --credentials credentials.yml

# Coach handoff: demo schools and coaches (idempotent), the coach app and the outbox worker;
# the SMS worker sends the students' replies.
if [ "$DEMO" = 1 ]; then "$APP/careerbot" coaches seed; fi
start coach-app "$APP/python" -m bot.coach_app
start outbox-worker "$APP/python" -m bot.handoff.worker
start sms-worker "$APP/python" -m bot.sms.worker

echo "Action server :$ACTIONS_PORT, Rasa :$RASA_PORT (REST: POST /webhooks/rest/webhook)"
echo "Coach app :${CAREERBOT_COACH_PORT:-8080} (inbox /inbox, API /api/), outbox and SMS workers running"
if [ "$DEMO" = 1 ]; then
  echo "Demo: the phone at /demo/phone, coach notifications at /demo/sinks (fake SMS provider :$FAKE_SMS_PORT)"
fi
echo "Supervisor log: $LOG"
wait
