#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) on a running server, in Debian's Chromium.
# Usage: bash bench/lighthouse.sh URL [URL...]   e.g. after `npm start`:
#   bash bench/lighthouse.sh http://localhost:3000/ http://localhost:3000/events/<id>/
# lighthouse@12 is fetched from the npm registry by npx (it runs on Node 20); it is not a dependency.
set -euo pipefail
out=$(mktemp -d)
for url in "$@"; do
  npx --yes lighthouse@12 "$url" --quiet --chrome-path=/usr/bin/chromium \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --output=json --output-path="$out/report.json" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const s = Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    const m = (id) => r.audits[id]?.displayValue ?? "?";
    console.log(`${process.argv[2]}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s["best-practices"]}, SEO ${s.seo} (LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")})`);
  ' "$out/report.json" "$url"
done
