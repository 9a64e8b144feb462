#!/usr/bin/env bash
# SQL injection scan of PlanTrack's list and search endpoints with Debian's sqlmap (part of issue #6).
#
# Starts `plantrack serve` on 127.0.0.1 (a free port, a temporary data folder, the sample plan plus one
# generated city, so that lists have rows to match), logs in as the city's hq and auditor, and runs
# sqlmap (batch, level 2, risk 1, boolean/error/UNION/stacked/time-based with a 2 s delay, each URL
# capped at SQLMAP_PER_TARGET_SECONDS) against each query parameter, one at a time, of:
#   GET /api/items?q=&department=&area=&ledger=&leader=&sort=&page=     (hq)
#   GET /api/indicators?q=&department=&area=                            (hq)
#   GET /api/reports?department=&period=&state=&item=                   (hq)
#   GET /api/audit?q=&action=&entityType=&entityId=&userId=              (auditor)
# (level 2 also tries the session cookie). Writes the summary to docs/security/sqlmap-<date>.txt.
# Loopback only: the target URL is always 127.0.0.1. Installs sqlmap with apt-get if it is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATE="$(date -u +%Y-%m-%d)"
OUT="$ROOT/docs/security/sqlmap-$DATE.txt"
PER_TARGET_SECONDS="${SQLMAP_PER_TARGET_SECONDS:-240}"
PASSWORD='Sqlmap-scan-2024!'

if ! command -v sqlmap >/dev/null 2>&1; then
  echo "sqlmap not found: installing the Debian package"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlmap
fi

WORK="$(mktemp -d -t plantrack-sqlmap-XXXXXX)"
PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  [ -n "${SQLMAP_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting plantrack on $BASE (data in $WORK/data)"
DATABASE_URL='' PORT="$PORT" HOST=127.0.0.1 PLANTRACK_DATA_DIR="$WORK/data" PLANTRACK_LOG_LEVEL=warn \
  PLANTRACK_DEMO_PASSWORD="$PASSWORD" PLANTRACK_REMIND_EVERY_MINUTES=0 \
  node --conditions=source --import tsx packages/server/src/cli/main.ts serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "$BASE/api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "$BASE/api/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }

# A generated city beside the sample plan (its lists have reports, leaders and departments to match),
# so each parameter's original value returns rows and boolean-based tests can tell true from false.
DATABASE_URL='' PLANTRACK_DATA_DIR="$WORK/data" node --conditions=source --import tsx packages/server/src/cli/main.ts \
  generate --cities 1 --scale 0.1 --seed sqlmap --password "$PASSWORD" --json >"$WORK/generate.json"
PREFIX="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).cities[0].userPrefix)' "$WORK/generate.json")"

# Logs in and prints the session cookie ("name=value").
login() {
  curl -fsS -c "$WORK/$1.jar" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/auth/login" >/dev/null
  awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { print $6 "=" $7 }' "$WORK/$1.jar" | head -n 1
}
HQ_COOKIE="$(login "${PREFIX}_hq")"
AUDITOR_COOKIE="$(login "${PREFIX}_auditor")"
[ -n "$HQ_COOKIE" ] && [ -n "$AUDITOR_COOKIE" ] || { echo "login failed"; exit 1; }

# Original values taken from the data: every parameter is tested alone on its endpoint, with a value
# that matches rows.
get() { curl -fsS -b "$HQ_COOKIE" "$BASE$1"; }
pick() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=($1)(JSON.parse(s));console.log(encodeURIComponent(String(v)))})"; }
ITEM_JSON="$(get '/api/items?pageSize=50' )"
ITEM_DEPT="$(echo "$ITEM_JSON" | pick 'j=>j.items.find(i=>i.responsibility.leadDepartment).responsibility.leadDepartment.shortName')"
ITEM_LEADER="$(echo "$ITEM_JSON" | pick 'j=>j.items.find(i=>i.responsibility.leader).responsibility.leader.id')"
ITEM_AREA="$(echo "$ITEM_JSON" | pick 'j=>j.items[0].area.code')"
ITEM_WORD="$(echo "$ITEM_JSON" | pick 'j=>[...j.items[0].title].slice(0,2).join("")')"
IND_JSON="$(get '/api/indicators?pageSize=50')"
IND_WORD="$(echo "$IND_JSON" | pick 'j=>[...j.indicators[0].name].slice(0,2).join("")')"
IND_AREA="$(echo "$IND_JSON" | pick 'j=>j.indicators[0].area.code')"
IND_DEPT="$(echo "$IND_JSON" | pick 'j=>(j.indicators.find(i=>i.leadDepartment)||{leadDepartment:{shortName:"x"}}).leadDepartment.shortName')"
REP_JSON="$(get '/api/reports?pageSize=1')"
REP_DEPT="$(echo "$ITEM_JSON" | pick 'j=>j.items[0].responsibility.leadDepartment.shortName')"
REP_ITEM="$(echo "$REP_JSON" | pick 'j=>j.reports[0].itemId ?? j.reports[0].item.id')"
REP_STATE="$(echo "$REP_JSON" | pick 'j=>j.reports[0].state')"
AUDIT_JSON="$(curl -fsS -b "$AUDITOR_COOKIE" "$BASE/api/audit?pageSize=1")"
AUDIT_USER="$(echo "$AUDIT_JSON" | pick 'j=>j.entries[0].userId')"
AUDIT_ENTITY="$(echo "$AUDIT_JSON" | pick 'j=>j.entries[0].entityId')"

TARGETS=(
  "hq|$BASE/api/items?q=$ITEM_WORD"
  "hq|$BASE/api/items?department=$ITEM_DEPT"
  "hq|$BASE/api/items?area=$ITEM_AREA"
  "hq|$BASE/api/items?ledger=master"
  "hq|$BASE/api/items?leader=$ITEM_LEADER"
  "hq|$BASE/api/items?sort=title&page=1"
  "hq|$BASE/api/indicators?q=$IND_WORD"
  "hq|$BASE/api/indicators?department=$IND_DEPT&area=$IND_AREA"
  "hq|$BASE/api/reports?department=$REP_DEPT&period=2025Q4"
  "hq|$BASE/api/reports?state=$REP_STATE&item=$REP_ITEM"
  "auditor|$BASE/api/audit?q=login"
  "auditor|$BASE/api/audit?action=auth.login&entityType=user"
  "auditor|$BASE/api/audit?entityId=$AUDIT_ENTITY&userId=$AUDIT_USER"
)

{
  echo "PlanTrack sqlmap scan — $DATE"
  echo "sqlmap $(dpkg-query -W -f='${Version}' sqlmap 2>/dev/null || sqlmap --version 2>/dev/null | grep -E '^[0-9]' | head -n 1), Node $(node --version), PlanTrack $(git rev-parse --short HEAD 2>/dev/null || echo '?') (working tree)"
  echo "target: plantrack serve on 127.0.0.1 (SQLite, sample plan + one generated city), sessions of ${PREFIX}_hq and ${PREFIX}_auditor"
  echo "options: --batch --level=2 --risk=1 --technique=BEUST --time-sec=2 --ignore-code=401 --drop-set-cookie (all DBMS payloads), ${PER_TARGET_SECONDS}s cap per URL"
  echo
} >"$WORK/summary.txt"

VERDICT=0
for entry in "${TARGETS[@]}"; do
  user="${entry%%|*}"
  url="${entry#*|}"
  cookie="$HQ_COOKIE"
  [ "$user" = auditor ] && cookie="$AUDITOR_COOKIE"
  path="${url#"$BASE"}"
  echo "== sqlmap: $user $path"
  log="$WORK/$(echo "$path" | cut -d'?' -f1 | tr '/' '_').log"
  started=$(date +%s)
  set +e
  TERM=dumb timeout "$PER_TARGET_SECONDS" sqlmap -u "$url" --cookie="$cookie" --drop-set-cookie --batch --level=2 --risk=1 \
    --technique=BEUST --time-sec=2 --ignore-code=401 --threads=1 --flush-session --disable-coloring \
    --output-dir="$WORK/sqlmap" </dev/null >"$log.raw" 2>&1
  code=$?
  tr '\r' '\n' <"$log.raw" | sed -E 's/\x1b[^A-Za-z]*[A-Za-z]//g' >"$log"
  set -e
  seconds=$(($(date +%s) - started))
  tested="$(grep -oE "testing if (GET|Cookie) parameter '[^']+' is dynamic" "$log" | sed -E "s/testing if (GET|Cookie) parameter '([^']+)'.*/\1 \2/" | sort -u | paste -sd, - | sed 's/,/, /g' || true)"
  injectable="$(grep -E "parameter '[^']+' (is|appears to be) .*injectable|is vulnerable" "$log" | grep -v 'not' || true)"
  if [ "$code" -eq 124 ]; then
    result="INCOMPLETE (stopped after ${PER_TARGET_SECONDS}s)"
    VERDICT=2
  elif [ -n "$injectable" ]; then
    result="INJECTABLE"
    VERDICT=1
  elif grep -q "all tested parameters do not appear to be injectable" "$log"; then
    result="not injectable (all tested parameters)"
  else
    result="UNCLEAR (sqlmap exit $code; see its last lines below)"
    VERDICT=2
  fi
  {
    echo "GET $path   [$user]"
    echo "  parameters tested: ${tested:-?}"
    echo "  result: $result   (${seconds}s)"
    echo "  original value's answer: $(curl -s -o /dev/null -w '%{http_code}' -b "$cookie" "$url"), $(curl -s -b "$cookie" "$url" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{try{console.log(JSON.parse(s).total+' rows')}catch{console.log('?')}})")"
    [ -n "$injectable" ] && echo "$injectable" | sed 's/^/  /'
    echo "  answers to sqlmap's requests: $(grep -A1 'HTTP error codes detected during run' "$log" | tail -n 1 | sed 's/^ *//' || true) (the rest 200)"
    if [[ "$result" == UNCLEAR* ]]; then tail -n 15 "$log" | sed 's/^/  | /'; fi
    echo
  } >>"$WORK/summary.txt"
done

case "$VERDICT" in
  0) echo "VERDICT: no parameter found injectable." >>"$WORK/summary.txt" ;;
  1) echo "VERDICT: INJECTABLE parameter(s) found — see above." >>"$WORK/summary.txt" ;;
  *) echo "VERDICT: scan incomplete or unclear — see above." >>"$WORK/summary.txt" ;;
esac
mkdir -p "$(dirname "$OUT")"
cp "$WORK/summary.txt" "$OUT"
cat "$OUT"
echo "written: ${OUT#"$ROOT/"}"
exit "$VERDICT"
