#!/usr/bin/env bash
# The whole test suite on the real stack: installs what is missing, starts Postgres/Redis/Elasticsearch
# if needed, lints, type-checks, builds, then runs unit and integration tests. Extra arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/ensure-services.sh
# ESLint, then the borders between modules (no cycle); both fail the run before anything is built.
npm run -s lint
npm run -s format:check
npm run -s typecheck
npm run -s build
mkdir -p var
status=0
npx jest --ci --json --outputFile=var/jest-results.json "$@" || status=$?
# One plain closing line that any CI reader understands.
node -e 'const r=require("./var/jest-results.json"); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' || true
exit $status
