#!/usr/bin/env bash
# Installs what the tests and benchmarks need beyond npm packages. Idempotent: safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_node_major=20
have_node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$have_node_major" -lt "$need_node_major" ]; then
  echo "setup: Node.js $need_node_major or newer is required (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 2
fi

# npm dependencies from the lockfile, when missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# dist/ is what the securegen command runs.
if [ ! -f dist/cli/main.js ] || [ -n "$(find src -newer dist/cli/main.js -name '*.ts' -print -quit)" ]; then
  npm run build --silent
fi
