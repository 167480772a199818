#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) on a running server, in Debian's Chromium: bench/lighthouse.ts's
# run, with its Chromium flags (bench/results.ts), printed and not written.
# Usage: bash bench/lighthouse.sh URL [URL...]   e.g. after `npm start`:
#   bash bench/lighthouse.sh http://localhost:3000/ http://localhost:3000/events/<id>/
# lighthouse@12 is fetched from the npm registry by npx (it runs on Node 20); it is not a dependency.
set -euo pipefail
exec npx tsx bench/lighthouse.ts --url "$@"
