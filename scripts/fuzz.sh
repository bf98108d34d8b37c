#!/usr/bin/env bash
# Fuzzing (issue 14): schemathesis (from PyPI, in a venv under .cache) over the whole OpenAPI,
# once per role (anonymous, a window clerk, a department reviewer, the centre manager), against
# the real platform started by `npm start` in a throw-away data folder on free ports.
# Passes when no request got a 5xx. Bounded: FUZZ_SECONDS_PER_ROLE (default 45) per role.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${FUZZ_SECONDS_PER_ROLE:-45}
ROLES=${FUZZ_ROLES:-"anonymous clerk.a01 reviewer.yl-xzsp manager"}
VENV=.cache/fuzz-venv
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check 'schemathesis==4.32.5'
fi

DATA=$(mktemp -d)
port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
API_PORT=$(port); PG_PORT=$(port); T_PORT=$(port); UI_PORT=$(port); SIM_PORT=$(port); NOTIFY_PORT=$(port); SMTP_PORT=$(port)
API="http://127.0.0.1:$API_PORT"
echo "fuzz: starting the platform (data in $DATA, API on $API)"
DATA_DIR="$DATA" PORT=$API_PORT EMBEDDED_PG_PORT=$PG_PORT TEMPORAL_DEV_PORT=$T_PORT TEMPORAL_UI_PORT=$UI_PORT \
  DEPARTMENT_SIMULATOR_PORT=$SIM_PORT NOTIFY_SIMULATOR_PORT=$NOTIFY_PORT NOTIFY_SMTP_SIMULATOR_PORT=$SMTP_PORT RATE_LIMIT_PER_MINUTE=10000000 LOGIN_RATE_LIMIT_PER_MINUTE=10000000 LOG_LEVEL=warn \
  setsid npx tsx scripts/start.ts > "$DATA/start.log" 2>&1 &
STARTER=$!
stop() {
  kill -INT "$STARTER" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$STARTER" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$STARTER" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop EXIT
for i in $(seq 1 240); do
  if grep -q 'platform is up' "$DATA/start.log"; then break; fi
  if ! kill -0 "$STARTER" 2>/dev/null; then cat "$DATA/start.log"; echo "fuzz: the platform did not start"; exit 1; fi
  sleep 0.5
done
grep -q 'platform is up' "$DATA/start.log" || { tail -20 "$DATA/start.log"; echo "fuzz: the platform did not start in time"; exit 1; }

failed=0
for role in $ROLES; do
  auth=()
  if [ "$role" != anonymous ]; then
    token=$(curl -s "$API/api/v1/auth/login" -H 'content-type: application/json' -d "{\"username\":\"$role\",\"password\":\"onewindow2026\"}" | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
    auth=(-H "Authorization: Bearer $token")
  fi
  echo "fuzz: $role, ${BUDGET}s"
  # The big-screen stream never ends by design (Server-Sent Events): not a request/response to fuzz.
  out="$DATA/fuzz-$role.txt"
  "$VENV/bin/schemathesis" run "$API/api/openapi.json" --url "$API" "${auth[@]}" \
      --checks not_a_server_error --max-time "$BUDGET" --workers 2 --request-timeout 20 \
      --exclude-path-regex 'big-screen/stream' --suppress-health-check all --warnings off --no-color > "$out" 2>&1 || true
  grep -E 'generated|passed|failed' "$out" | tail -1
  # A 5xx is a FAILURE; a request the API never answered (timeout, dropped connection) counts as
  # one too. Other errors are schemathesis' own (e.g. a schema it cannot walk): shown, not fatal.
  if grep -q '= FAILURES =' "$out" || sed -n '/= SUMMARY =/,$p' "$out" | grep -qE 'Network Error|Timeout|Connection (refused|reset|aborted)'; then
    failed=1
    sed -n '/= FAILURES =/,/= SUMMARY =/p;/= ERRORS =/,/= SUMMARY =/p' "$out" | grep -vE '^\s*$' | head -60
    echo "fuzz: $role FAILED"
  elif grep -q '= ERRORS =' "$out"; then
    echo "fuzz: $role: schemathesis reported internal errors (not the API's):"
    sed -n '/= ERRORS =/,/= SUMMARY =/p' "$out" | grep -E '^_+ [A-Z]+ ' | head -5
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "fuzz: server errors found; the API log is below"
  grep -iE 'unhandled error|"level":50' "$DATA/start.log" | tail -20 || true
  exit 1
fi
echo "fuzz: no 5xx for roles: $ROLES"
