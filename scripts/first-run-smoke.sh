#!/usr/bin/env bash
# First-run smoke (run by .ci/run after the tests): `bash scripts/start.sh` as a new user runs it, on a database,
# ports, index and queue prefixes of its own, reusing the Elasticsearch node already up. Waits for /health, acts once
# per demo role through the API (scripts/first-run-actions.js), then sends Ctrl-C (SIGINT) and checks that every
# process start.sh started has exited. Any failing step fails the run, with the tail of start.sh's output.
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

run="smoke_$(date +%s)_$$"
api_port=$(free_port)
smtp_port=$(free_port)
work=$(mktemp -d)
log="$work/start.log"
api="http://127.0.0.1:$api_port"

export DATABASE_URL="postgres://postgres@127.0.0.1:5432/semsem_$run"
export PORT=$api_port HOST=127.0.0.1 PUBLIC_URL="$api" SMTP_URL="smtp://127.0.0.1:$smtp_port"
export ELASTICSEARCH_INDEX_PREFIX="${run}_" QUEUE_PREFIX="$run" STORAGE_DIR="$work/storage"

say() { echo "first-run: $*"; }
# Alive and not a zombie (start.sh is reparented once its launcher exits; who reaps it is not ours to know).
alive() { ps -o stat= -p "$1" 2>/dev/null | grep -qv '^Z'; }
fail() {
  say "FAILED: $*"
  echo "---- last lines of scripts/start.sh ----"
  tail -n 60 "$log" || true
  exit 1
}

cleanup() {
  if [ -n "${sid:-}" ] && alive "$sid"; then kill -TERM -- "-$sid" 2>/dev/null || true; fi
  psql -q "postgres://postgres@127.0.0.1:5432/postgres" -c "DROP DATABASE IF EXISTS \"semsem_$run\" WITH (FORCE)" >/dev/null 2>&1 || true
  curl -s -X DELETE "${ELASTICSEARCH_URL:-http://127.0.0.1:9200}/${run}_*?ignore_unavailable=true" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Elasticsearch is a shared service that outlives start.sh: up before it (the node the tests started, if any).
bash engine/elasticsearch.sh start
say "starting scripts/start.sh on port $api_port (database semsem_$run)"
# A session of its own, so every process it starts can be found afterwards by the session id; started through Node,
# whose spawn resets signal dispositions: a `&` job of this script would ignore SIGINT, as a terminal's job does not.
sid=$(node -e '
  const { spawn } = require("node:child_process");
  const { openSync } = require("node:fs");
  const out = openSync(process.argv[1], "a");
  const child = spawn("bash", ["scripts/start.sh"], { detached: true, stdio: ["ignore", out, out] });
  console.log(child.pid);
  child.unref();
' "$log")

deadline=$((SECONDS + 600))
until curl -fsS "$api/api/health" 2>/dev/null | grep -q '"status":"ok"'; do
  alive "$sid" || fail "scripts/start.sh exited before the API was healthy"
  [ $SECONDS -lt $deadline ] || fail "/health not ok within 600 s"
  sleep 2
done
say "/health is ok after ${SECONDS} s"
curl -fsS -H 'accept: text/html' "$api/" | grep -q '<div id="root">' || fail "the web pages are not served at /"
curl -fsS -H 'accept: text/html' "$api/company/search" | grep -q '<div id="root">' || fail "a page path does not fall back to the web app"
say "the web pages are served at / (and page paths fall back to the app)"

visible=$(sed -n 's/.*requests (\([0-9]*\) visible to companies).*/\1/p' "$log" | tail -1)
[ -n "$visible" ] || fail "demo:load printed no count of visible requests"
node scripts/first-run-actions.js "$api/api" "$visible" || fail "an action through the API failed"

say "sending Ctrl-C (SIGINT) to scripts/start.sh"
kill -INT "$sid"
for _ in $(seq 1 60); do
  alive "$sid" || break
  sleep 1
done
alive "$sid" && fail "scripts/start.sh still runs 60 s after Ctrl-C"
sleep 1
left=$(ps -eo pid=,sid=,stat=,args= | awk -v sid="$sid" '$2 == sid && $3 !~ /^Z/' || true)
if [ -n "$left" ]; then
  echo "$left"
  fail "processes started by scripts/start.sh are still running after Ctrl-C"
fi
grep -q '\[api\].*SIGINT received, stopping\|\[api\].*SIGTERM received, stopping' "$log" || fail "the API did not report a clean stop"
grep -q '\[worker\].*stopped' "$log" || fail "the worker did not report a clean stop"
sid=
say "passed: the platform started from scratch, served every demo role, and stopped with nothing left running"
