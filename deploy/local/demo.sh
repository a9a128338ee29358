#!/usr/bin/env bash
# The sample onboarding: a signed DocuSign envelope for "Joe's Diner" (business, workstation RMM) posted to the
# gateway's Connect webhook, HMAC-signed, then followed through the staff API to go-live, as office staff would:
# the customer signs the T&C envelope the gateway sent through DocuSign, staff confirm the report schedules and the
# RMM setup (after the RMM agent created the configuration items), then set the go-live date.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
GATEWAY=${GATEWAY_URL:-http://localhost:8080}
SANDBOX=${SANDBOX_URL:-http://localhost:8090}
KEYCLOAK=${KEYCLOAK_URL:-http://localhost:8180}
HMAC_KEY=${CONNECT_HMAC_KEY:-sandbox-connect-key}
ENVELOPE=${ENVELOPE_ID:-sample-$(date +%Y%m%d%H%M%S)}
TODAY=$(TZ=America/New_York date +%F) # the MSP time zone (onboarding.time-zone default)

say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

token() {
  curl -fs -d grant_type=password -d client_id=onboarding-web -d username=stella -d password=stella \
    "$KEYCLOAK/realms/onboarding/protocol/openid-connect/token" | json 'd["access_token"]'
}

api() { # method path [json body]
  local method=$1 path=$2 body=${3:-}
  if [ -n "$body" ]; then
    curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$body" "$GATEWAY$path"
  else
    curl -fsS -X "$method" -H "Authorization: Bearer $TOKEN" "$GATEWAY$path"
  fi
}

checklist() {
  api GET "/api/onboardings/$ENVELOPE" | python3 -c '
import sys, json
o = json.load(sys.stdin)
print("%s  [%s]  %d/%d steps done" % (o["accountName"], o["status"], o["stepsDone"], o["stepsTotal"]))
for s in o["checklist"]:
    print("  %-14s %-28s %-19s %s" % (s["section"], s["step"], s["status"], (s["message"] or "")[:110]))'
}

step_status() {
  api GET "/api/onboardings/$ENVELOPE" | python3 -c "
import sys, json
o = json.load(sys.stdin)
print(next(s['status'] for s in o['checklist'] if s['step'] == '$1'))"
}

await_step() { # step status... (waits up to $3 seconds; default 120)
  local step=$1 want=$2 limit=${3:-120} deadline
  deadline=$((SECONDS + limit))
  until [[ " $want " == *" $(step_status "$step" 2>/dev/null || echo none) "* ]]; do
    if [ $SECONDS -gt $deadline ]; then echo "gave up waiting for $step to be $want" >&2; checklist; exit 1; fi
    sleep 1
  done
}

sandbox() { # method path [json body]: the simulated tenant, as its people and the PSA sync would change it
  curl -fsS -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$SANDBOX$2"
}

say "The MSP's tenant: Joe's Diner exists in Autotask, as a Datto RMM site and in IT Glue (sandbox)"
if ! curl -fs "$SANDBOX/sandbox/autotask/Companies" | grep -q "Joe's Diner"; then
  COMPANY=$(sandbox POST /sandbox/autotask/Companies \
    '{"companyName":"Joe'"'"'s Diner","companyType":1,"phone":"212-555-0142","ownerResourceID":29682886}' | json 'd["itemId"]')
  sandbox POST /sandbox/datto-rmm/sites '{"name":"Joe'"'"'s Diner"}' > /dev/null
  sandbox POST /sandbox/itglue/site-summaries '{"organization":"Joe'"'"'s Diner"}' > /dev/null
else
  COMPANY=$(curl -fs "$SANDBOX/sandbox/autotask/Companies" | json 'next(c["id"] for c in d if c["companyName"] == "Joe\x27s Diner")')
fi

say "DocuSign Connect delivers the completed envelope $ENVELOPE (HMAC-SHA256 signed)"
BODY=$(sed "s/ENVELOPE_ID/$ENVELOPE/g" "$REPO/deploy/local/sample/joes-diner-envelope.json")
SIGNATURE=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$HMAC_KEY" -binary | base64)
curl -fsS -X POST -H 'Content-Type: application/json' -H "X-DocuSign-Signature-1: $SIGNATURE" \
  --data-binary "$BODY" "$GATEWAY/docusign/connect"; echo
printf 'an unsigned copy is refused: HTTP %s\n' \
  "$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "$BODY" "$GATEWAY/docusign/connect")"

TOKEN=$(token)
say "Joe's Diner has no general consulting T&C on file: the gateway sends the T&C envelope through DocuSign; Joe signs it"
await_step intake.terms-and-conditions WAITING_FOR_PERSON 60
TC_ENVELOPE=""
for _ in $(seq 1 60); do
  TC_ENVELOPE=$(curl -fs "$SANDBOX/sandbox/docusign/envelopes" | python3 -c "
import sys, json
print(next((e['envelopeId'] for e in json.load(sys.stdin) if '$ENVELOPE' in json.dumps(e)), ''))")
  [ -n "$TC_ENVELOPE" ] && break
  sleep 1
done
if [ -n "$TC_ENVELOPE" ]; then
  sandbox POST "/sandbox/docusign/envelopes/$TC_ENVELOPE/complete?connectUrl=$GATEWAY/docusign/connect" > /dev/null
  echo "T&C envelope $TC_ENVELOPE signed; DocuSign Connect told the gateway"
else
  echo "no T&C envelope was sent (DocuSign not configured?): staff record the paper T&C instead"
  api POST "/api/onboardings/$ENVELOPE/terms-and-conditions" > /dev/null
fi
await_step intake.terms-and-conditions DONE 60

say "contract-service creates the Autotask contract and setup fee; reporting-service the SharePoint folder and schedule tickets"
await_step contract.setup-fee DONE
await_step reports.autotask "WAITING_FOR_PERSON DONE"
await_step reports.datto-rmm "WAITING_FOR_PERSON DONE"
checklist

say "A technician scheduled both reports; staff confirm them"
api POST "/api/onboardings/$ENVELOPE/steps/reports.autotask/confirm" '{"note":"Autotask live report scheduled as the ticket asks"}' > /dev/null
api POST "/api/onboardings/$ENVELOPE/steps/reports.datto-rmm/confirm" '{"note":"Datto RMM reports scheduled as the ticket asks"}' > /dev/null
await_step reports.recipients "DONE NEEDS_ATTENTION FAILED"

say "The RMM agent is installed on Joe's PCs (its configuration items appear in Autotask); staff confirm the RMM setup (service began $TODAY) and set go-live to today"
for pc in 1 2; do
  sandbox POST /sandbox/autotask/ConfigurationItems "{\"companyID\":$COMPANY,\"productID\":302,\"isActive\":true,\"referenceTitle\":\"JOES-PC$pc\",\"rmmDeviceUID\":\"joes-pc-$pc-$ENVELOPE\"}" > /dev/null
done
api POST "/api/onboardings/$ENVELOPE/rmm-setup" "{\"serviceStart\":\"$TODAY\",\"note\":\"RMM agent deployed on both PCs\"}" > /dev/null
await_step contract.services DONE
await_step docs.configuration-items DONE
api PUT "/api/onboardings/$ENVELOPE/go-live" "{\"goLiveDate\":\"$TODAY\"}" > /dev/null
echo "waiting for the go-live timer..."
await_step contract.go-live DONE 150
await_step docs.help-desk-udf DONE
checklist

say "What the suite wrote to the (simulated) third-party systems, in order"
curl -fs "$SANDBOX/sandbox/record" | python3 -c '
import sys, json
for e in json.load(sys.stdin):
    d = e["details"]
    name = d.get("contractName") or d.get("name") or d.get("title") or d.get("companyName") or ""
    print("  %3d %-10s %-7s %-28s %s" % (e["seq"], e["api"], e["operation"], e["target"], str(name)[:60]))'

cat <<EOM

Onboarding $ENVELOPE reached go-live.
  Web page:    $GATEWAY/   (log in as stella / stella for staff, oscar / oscar for operators, ada / ada admin)
  Staff API:   $GATEWAY/api/onboardings/$ENVELOPE   (token: Keycloak realm 'onboarding', user stella / stella)
  OpenAPI:     http://localhost:9080/q/openapi      Health: http://localhost:9080/q/health/ready (management port)
  Keycloak:    $KEYCLOAK (admin / admin)   Sandbox record: $SANDBOX/sandbox/record
Stop everything with: deploy/local/run.sh down
EOM
