#!/usr/bin/env bash
# The whole platform on this machine: installs what is missing, starts Postgres/Redis/Elasticsearch,
# migrates, loads the demo data, then serves the API and the worker until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/ensure-services.sh
[ -f .env ] || cp .env.example .env
# Settings from .env, except those already in the environment: real environment variables win (as in the services).
preset=$(export -p | grep -v "^declare -[a-zA-Z]*r")
set -a; . ./.env; set +a
eval "$preset"

npm run -s build
db=$(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$DATABASE_URL")
admin=$(node -e 'const u=new URL(process.argv[1]); u.pathname="/postgres"; console.log(u.toString())' "$DATABASE_URL")
if [ "$(psql "$admin" -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  echo "start: creating database $db"
  psql "$admin" -qc "CREATE DATABASE \"$db\""
fi
npm run -s migration:run
npm run -s demo:load   # idempotent: on later starts it prints "already loaded" and the accounts to try

mkdir -p var/log
# The project's own SMTP receiver: every mail of a local run is saved under var/mail/.
node scripts/dev-smtp.js > >(tee var/log/smtp.log | sed 's/^/[smtp] /') 2>&1 &
smtp=$!
node dist/src/worker.js > >(tee var/log/worker.log | sed 's/^/[worker] /') 2>&1 &
worker=$!
node --max-old-space-size=256 dist/src/main.js > >(tee var/log/api.log | sed 's/^/[api] /') 2>&1 &
api=$!
trap 'kill $api $worker $smtp 2>/dev/null; wait' INT TERM EXIT
echo "start: API on http://${HOST}:${PORT} (OpenAPI: /api/docs, health: /api/health); Ctrl-C stops both"
wait -n $api $worker
