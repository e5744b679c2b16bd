#!/usr/bin/env bash
# Installs the Debian packages sitrep builds against, if any is missing.
# Idempotent and quiet when everything is there; uses sudo only when not root.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  libcli11-dev nlohmann-json3-dev libutf8proc-dev libxxhash-dev libcsv-dev libsqlite3-dev
  libpugixml-dev libgtest-dev libgmock-dev libbenchmark-dev sqlite3
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}"
