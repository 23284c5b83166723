#!/usr/bin/env bash
# Starts the built jar in `serve` mode against the machine's PostgreSQL (127.0.0.1:5432, a fresh database)
# and Redis (127.0.0.1:6379) with the secrets `finguard secrets` generates, checks that health, metrics and the
# admin API answer on the management port only, walks one signup and one login with curl, prints start-up time
# and memory, then (issue 15) runs third-party OAuth clients against it (.ci/oauth-clients: panva's jose and
# oauth4webapi, installed with npm ci from the committed lock file; one client authenticates with client_secret from
# FINGUARD_CLIENTS, one with private_key_jwt, registered with `finguard clients add --jwk-file`), and stops it.
# Needs: a JDK 21+ (.mvn/pick-jdk.sh finds it), python3, curl, node 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/pick-jdk.sh
pick_jdk

work=$(mktemp -d)
db="finguard_ci_$(date +%s)_$$"
psql_admin() { psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -qAt -c "$1"; }
server_pid=""; sink_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null || true
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

psql_admin "CREATE DATABASE $db"

# Every secret from the generator operators use (database password, keys, admin token, P-256 signing key).
./finguard secrets --output "$work/.env" >/dev/null
[ "$(stat -c %a "$work/.env")" = 600 ] || { echo "finguard secrets wrote a file others may read"; exit 1; }
set -a; . "$work/.env"; set +a

# A stand-in SMS gateway (benchmarks/lib/sink.py, shared with the benchmark): stores each delivered code by phone,
# after checking the signature (X-FinGuard-Signature: t=<unix seconds>,v1=hex(HMAC-SHA256(key, t + "." + body))).
sms_port=$(free_port); sms_key="$FINGUARD_SMS_WEBHOOK_KEY"
mkdir "$work/codes"
SMS_KEY="$sms_key" python3 benchmarks/lib/sink.py "$sms_port" "$work/codes" & sink_pid=$!

# One registered resource server (issue 15): only the SHA-256 of its secret is configured.
client_secret=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
export FINGUARD_CLIENTS="ci-resource-server:$(printf %s "$client_secret" | sha256sum | cut -d' ' -f1):finguard-api"

# A private_key_jwt client (issue 15): jose makes its ES256 key pair; only the public JWK is registered, in the
# database, with the CLI operators use (which needs the schema: migrate first; serve --migrate then finds nothing to do).
(cd .ci/oauth-clients && npm ci --no-audit --no-fund --silent)
node .ci/oauth-clients/client-key.mjs "$work/client.private.jwk" "$work/client.public.jwk"
# Done before the ports are picked, so nothing else can take them while the CLI runs.
db_env=(FINGUARD_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" FINGUARD_DATABASE_USER=postgres)
env "${db_env[@]}" ./finguard migrate >/dev/null
env "${db_env[@]}" ./finguard clients add --id ci-key-client --jwk-file "$work/client.public.jwk" --audience finguard-api \
  | grep -v '^{' | sed 's/^/serve: /'
env "${db_env[@]}" ./finguard clients list | grep -q "^ci-key-client	private_key_jwt	finguard-api	\*$" \
  || { echo "finguard clients list does not show the registered key client"; exit 1; }

port=$(free_port); management_port=$(free_port)
export FINGUARD_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" FINGUARD_DATABASE_USER=postgres \
  FINGUARD_REDIS_URL=redis://127.0.0.1:6379 FINGUARD_HTTP_PORT="$port" FINGUARD_MANAGEMENT_PORT="$management_port" \
  FINGUARD_ISSUER="http://127.0.0.1:$port" FINGUARD_AUDIENCE=finguard-api FINGUARD_ALLOWED_COUNTRIES=+49,+44 \
  FINGUARD_SMS_WEBHOOK_URL="http://127.0.0.1:$sms_port/sms"

started=$(date +%s%N)
./finguard serve --migrate \
  > "$work/serve.log" 2>&1 & server_pid=$!
base="http://127.0.0.1:$port"
management="http://127.0.0.1:$management_port"
for _ in $(seq 1 240); do curl -sf "$management/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
curl -sf "$management/health/ready" >/dev/null || { echo "serve did not become ready"; tail -20 "$work/serve.log"; exit 1; }
echo "serve: ready after $(( ($(date +%s%N) - started) / 1000000 )) ms"

# The operations surface is on the management port only; the API port does not know it.
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
admin=(-H "authorization: Bearer $FINGUARD_ADMIN_TOKEN")
for path in /health/live /health/ready /metrics /v1/admin/reviews; do
  [ "$(status "${admin[@]}" "$base$path")" = 404 ] || { echo "the API port serves $path"; exit 1; }
done
[ "$(status "$management/metrics")" = 200 ] && [ "$(status "${admin[@]}" "$management/v1/admin/reviews")" = 200 ] \
  || { echo "the management port does not serve metrics and the admin API"; exit 1; }
echo "serve: health, metrics and admin answer on the management port only"

post() { curl -sS -X "$1" "$base$2" -H 'content-type: application/json' "${@:3}"; }
# The national number part is random so repeated runs on one Redis never share a phone.
phone="+49151$(printf '%08d' $(( (RANDOM * 32768 + RANDOM) % 100000000 )))"
code_for() { for _ in $(seq 1 40); do [ -s "$work/codes/$phone" ] && { cat "$work/codes/$phone"; rm "$work/codes/$phone"; return; }; sleep 0.25; done; echo "no code delivered" >&2; exit 1; }

# Signup: phone -> code -> credentials -> profile -> submit -> tokens -> /v1/me
challenge=$(post POST /v1/auth/otp -d "{\"phone\":\"$phone\"}" | json "['challengeId']")
verified=$(post POST /v1/auth/otp/verify -d "{\"challengeId\":\"$challenge\",\"code\":\"$(code_for)\",\"deviceId\":\"ci-phone\"}")
[ "$(echo "$verified" | json "['authState']")" = ONBOARDING_REQUIRED ]
ticket=$(echo "$verified" | json "['ticket']")
post PUT /v1/signup/credentials -H "authorization: Bearer $ticket" -d '{"password":"correct horse battery staple","pin":"739184"}' >/dev/null
post PUT /v1/signup/profile -H "authorization: Bearer $ticket" \
  -d '{"firstName":"Ada","lastName":"Lovelace","dateOfBirth":"1990-05-17","address":{"line1":"1 Way","city":"London","postalCode":"N1","country":"GB"}}' >/dev/null
submitted=$(post POST /v1/signup/submit -H "authorization: Bearer $ticket" -H 'X-Device-Id: ci-phone')
[ "$(echo "$submitted" | json "['authState']")" = AUTHENTICATED ]
access=$(echo "$submitted" | json "['tokens']['accessToken']")
[ "$(curl -sS "$base/v1/me" -H "authorization: Bearer $access" | json "['accountTier']")" = LIMITED ]
echo "serve: signup walked (LIMITED account, /v1/me answers)"

# Login on a new device: the resend cooldown for this phone is 30 s, then step-up with the PIN.
sleep 31
challenge=$(post POST /v1/auth/otp -d "{\"phone\":\"$phone\"}" | json "['challengeId']")
login=$(post POST /v1/auth/otp/verify -d "{\"challengeId\":\"$challenge\",\"code\":\"$(code_for)\",\"deviceId\":\"ci-tablet\"}")
[ "$(echo "$login" | json "['authState']")" = STEP_UP_REQUIRED ]
stepped=$(post POST /v1/auth/step-up -H "authorization: Bearer $(echo "$login" | json "['ticket']")" -d '{"method":"pin","secret":"739184"}')
[ "$(echo "$stepped" | json "['authState']")" = AUTHENTICATED ]
[ "$(echo "$stepped" | json "['tokens']['acr']")" = urn:finguard:acr:aal2 ]
echo "serve: login walked (new device -> step-up with PIN -> AAL2 tokens)"

# Issue 15: third-party OAuth clients against this server: discovery, offline verification, introspection, revocation
# of the signup's session (by its access token) and of the login's session (by its refresh token).
FINGUARD_ISSUER="$FINGUARD_ISSUER" FINGUARD_AUDIENCE="$FINGUARD_AUDIENCE" CLIENT_ID=ci-resource-server \
  CLIENT_SECRET="$client_secret" KEY_CLIENT_ID=ci-key-client KEY_CLIENT_JWK="$work/client.private.jwk" \
  ACCESS_1="$access" REFRESH_1="$(echo "$submitted" | json "['tokens']['refreshToken']")" \
  ACCESS_2="$(echo "$stepped" | json "['tokens']['accessToken']")" REFRESH_2="$(echo "$stepped" | json "['tokens']['refreshToken']")" \
  node .ci/oauth-clients/check.mjs | sed 's/^/serve: /'

# The docs page and its Swagger UI bundle come out of the shipped jar, and serving them leaves no zip file system on
# the heap: a static-file handler over the webjar had Jetty mount the whole fat jar (about 22,000 entries, four times)
# and hold its index for good, 20 MiB of the idle heap.
bundle=$(curl -sf "$base/docs" | sed -n 's/.*src="\([^"]*swagger-ui-bundle\.js\)".*/\1/p')
[ -n "$bundle" ] && [ "$(curl -sf "$base$bundle" | wc -c)" -gt 100000 ] || { echo "the docs page or its bundle is missing"; exit 1; }
sleep 5
jvm_pid=$(pgrep -P "$server_pid" java || echo "$server_pid")
histogram=$("$JAVA_HOME/bin/jcmd" "$jvm_pid" GC.class_histogram)
if grep -q ' jdk\.nio\.zipfs\.ZipFileSystem ' <<<"$histogram"; then
  echo "serve: a zip file system is mounted on the heap"; exit 1
fi
echo "serve: docs page and bundle served from the jar, no zip file system on the heap"
echo "serve: idle RSS $(ps -o rss= -p "$jvm_pid" | tr -d ' ') KiB (after the walk, 5 s idle)"
if grep -qF -e "$phone" -e 739184 -e "correct horse" -e "$client_secret" "$work/serve.log"; then echo "serve log leaks a phone number or secret"; exit 1; fi
kill -TERM "$server_pid"; wait "$server_pid" || true; server_pid=""
echo "serve: stopped cleanly"
