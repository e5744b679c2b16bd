#!/usr/bin/env bash
# api_load: requests/s and latency of `sitrep serve` under load, measured with wrk (Debian).
#
#   bench/api_load.sh [SITREP] [--db STORE] [--seconds N]
#
# Workloads:
#   code     POST /v1/code with a typical four-sentence news paragraph (bench/data/api_paragraph.txt,
#            written for sitrep) as text/plain, full pipeline (parse, geo, dates), nothing stored;
#            at 1 and 2 client connections (wrk -t1 -c1, -t2 -c2).
#   stats    with --db: GET /v1/stats?group_by=week over that store, at 1 and 2 connections.
# Prints requests/s and the 50th/99th percentile latency per run. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
sitrep=build/cli/sitrep
db=""
seconds=15
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    *) sitrep=$1; shift ;;
  esac
done
command -v wrk >/dev/null || { echo "api_load: wrk is not installed (Debian package wrk)"; exit 0; }
log=$(mktemp)
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log" "$lua"' EXIT
"$sitrep" serve --port 0 ${db:+--db "$db"} >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$log" && break
  sleep 0.2
done
url=$(grep -o "http://[0-9.]*:[0-9]*/" "$log" | head -1)
[ -n "$url" ] || { cat "$log"; echo "api_load: the server did not start"; exit 1; }
lua=$(mktemp --suffix=.lua)
body=$(python3 -c 'import json,sys; print(json.dumps(open("bench/data/api_paragraph.txt").read()))')
cat >"$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
wrk.body = $body
LUA
echo "server   $url ($(nproc) cores; $("$sitrep" --version))"
echo "check    $(curl -s -X POST "${url}v1/code?date=2016-10-17" -H 'Content-Type: text/plain' \
  --data-binary @bench/data/api_paragraph.txt | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["summary"]["events"], "events:", ", ".join(e["source"]["code"]+" "+e["cameo"]+" "+e["target"]["code"] for e in j["events"]))')"
run() {  # name, connections, url, [lua]
  local out
  out=$(wrk -t"$2" -c"$2" -d"${seconds}s" --latency ${4:+-s "$4"} "$3")
  printf "%-6s %d conn  %10s req/s   p50 %8s   p99 %8s\n" "$1" "$2" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
for c in 1 2; do run code "$c" "${url}v1/code?date=2016-10-17" "$lua"; done
if [ -n "$db" ]; then
  for c in 1 2; do run stats "$c" "${url}v1/stats?group_by=week"; done
fi
