#!/usr/bin/env python3
"""The suite's benchmark, against a running suite (deploy/local/run.sh up): prints figures and checks targets.

  deploy/local/run.sh bench [envelopes] [concurrency] [pipeline-onboardings]

1. Intake: signed DocuSign Connect deliveries posted to the gateway by concurrent clients, each for a new customer
   without T&C on file (so each is stored, held and its T&C envelope sent through DocuSign, off the request path);
   the acknowledgement's latency (HMAC check, storage and outbox rows in one transaction) and throughput.
2. Pipeline: a few onboardings of a customer with T&C on file; how long until each one's Autotask contract exists
   with its setup fee (contract.setup-fee done), seen through the staff API: gateway -> Kafka -> contract-service ->
   Autotask (sandbox) -> Kafka -> gateway. Few, because the Autotask client keeps to Autotask's API budget (a burst,
   then an hourly rate) on purpose.
3. Board: BENCH_BOARD_ONBOARDINGS (default 10,000) onboardings stored in the gateway's database (seeded by SQL through
   deploy/local/infra.sh psql, once, ids bench-board-*, each with four steps reported), then the answer time of the
   staff board and API (first page, a search, a filter, a deep page sorted by customer, a page of checklists, needs me),
   each asked 30 times after 5 unmeasured.
4. Journey: BENCH_JOURNEYS onboardings (default 5) of the sample customer with T&C on file, one at a time; for each,
   the time from delivery to every step's resting state (DONE, SKIPPED, or waiting for a person or an agent), read
   from the staff API's checklist (each step's updatedAt against the onboarding's createdAt; polled every 0.1 s until
   nothing changed for 3 s, so each journey takes 3 s longer than its figure), printed per step: where
   the seconds go. Beside it the Autotask calls each onboarding made, from the services' autotask.calls counters
   (tagged with the onboarding id) on /q/metrics, and as the sandbox counted them (every request carries the
   onboarding in X-Onboarding-Id; reads repeated with an unchanged answer, i.e. polling while waiting for a person or
   an agent, are shown apart): target at most 15 per onboarding.
5. Memory: the resident set size of every service process after the load.

The gateway is warmed first with BENCH_WARMUP deliveries (default 100, not measured): the JIT compiles the intake
path, as it has in a gateway that has been running. Targets (environment): BENCH_ACK_P95_MS (default 100), BENCH_PIPELINE_P95_S (default 30), BENCH_BOARD_P95_MS (default 300),
BENCH_MAX_RSS_MB (default 350). BENCH_ONLY=board runs the board part alone; BENCH_BOARD=0 leaves it out. Exit status 1 when one is missed. Only the standard library; every request goes to localhost.
"""
import base64
import concurrent.futures
import hashlib
import hmac
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOME = os.environ.get("ONBOARDING_HOME", os.path.join(REPO, ".local"))
GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:8080")
KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
SANDBOX = os.environ.get("SANDBOX_URL", "http://127.0.0.1:8090")
AUTOTASK_CALLS_TARGET = 15  # per onboarding (issue 18), polling while waiting for a person or an agent apart
HMAC_KEY = os.environ.get("CONNECT_HMAC_KEY", "sandbox-connect-key").encode()
ACCOUNT = os.environ.get("BENCH_ACCOUNT", "Geek Girls IT")  # on file for T&C and in the sandbox's Autotask
SERVICES = ["gateway", "contract-service", "reporting-service", "reminder-service", "documentation-service",
            "backup-setup-service", "sandbox"]


def envelope(envelope_id, account):
    with open(os.path.join(REPO, "deploy/local/sample/joes-diner-envelope.json"), encoding="utf-8") as sample:
        body = sample.read().replace("ENVELOPE_ID", envelope_id).replace("Joe's Diner", account)
    return body.encode("utf-8")


def deliver(envelope_id, account):
    body = envelope(envelope_id, account)
    signature = base64.b64encode(hmac.new(HMAC_KEY, body, hashlib.sha256).digest()).decode()
    request = urllib.request.Request(GATEWAY + "/docusign/connect", data=body, method="POST", headers={
        "Content-Type": "application/json", "X-DocuSign-Signature-1": signature})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        status = response.status
    return time.perf_counter() - started, status


def token():
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "onboarding-web", "username": "stella",
                                   "password": "stella"}).encode()
    url = KEYCLOAK + "/realms/onboarding/protocol/openid-connect/token"
    with urllib.request.urlopen(urllib.request.Request(url, data=form), timeout=30) as response:
        return json.load(response)["access_token"]


def step_status(onboarding_id, step, bearer):
    request = urllib.request.Request(GATEWAY + "/api/onboardings/" + onboarding_id,
                                     headers={"Authorization": "Bearer " + bearer})
    with urllib.request.urlopen(request, timeout=30) as response:
        checklist = json.load(response)["checklist"]
    return next((item["status"] for item in checklist if item["step"] == step), None)


AT_REST = {"DONE", "SKIPPED", "WAITING_FOR_PERSON"}
METRICS_PORTS = {"gateway": (9080, 8080), "contract-service": (9081, 8081), "reporting-service": (9082, 8082),
                 "reminder-service": (9083, 8083), "documentation-service": (9084, 8084),
                 "backup-setup-service": (9085, 8085)}


def onboarding(onboarding_id, bearer):
    request = urllib.request.Request(GATEWAY + "/api/onboardings/" + onboarding_id,
                                     headers={"Authorization": "Bearer " + bearer})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            return None
        raise


def parse_time(text):
    from datetime import datetime
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def autotask_calls(onboarding_id):
    """Autotask calls tagged with this onboarding on every service's /q/metrics (management port, else http port)."""
    total = 0
    for service, ports in METRICS_PORTS.items():
        for port in ports:
            try:
                with urllib.request.urlopen("http://127.0.0.1:%d/q/metrics" % port, timeout=10) as response:
                    text = response.read().decode()
            except OSError:
                continue
            for line in text.splitlines():
                if line.startswith("autotask_calls_total{") and ('onboarding="%s"' % onboarding_id) in line:
                    total += float(line.rsplit(" ", 1)[1])
            break
    return int(total)


def sandbox_autotask_calls(onboarding_id):
    """The Autotask requests the sandbox received for this onboarding (X-Onboarding-Id): counted, all, unchanged re-reads."""
    with urllib.request.urlopen(SANDBOX + "/sandbox/requests/counts?api=autotask", timeout=10) as response:
        counts = json.loads(response.read().decode()).get(onboarding_id)
    return counts or {"calls": 0, "unchangedRereads": 0, "counted": 0}


def journeys(count, bearer):
    """One onboarding at a time: delivery -> every step at rest; per-step seconds and Autotask calls."""
    totals, contract_fee, calls, per_step, stuck, sandbox_calls = [], [], [], {}, [], []
    for i in range(count):
        onboarding_id = "journey-%d-%02d" % (int(time.time()), i)
        posted = time.time()
        deliver(onboarding_id, ACCOUNT)
        deadline = time.time() + 120
        view, signature, quiet_since = None, None, time.time()
        # at rest: nothing RUNNING and the checklist unchanged for 3 s (steps left PENDING wait for a person's event)
        while time.time() < deadline:
            view = onboarding(onboarding_id, bearer)
            now_signature = view and [(item["step"], item["status"], item["updatedAt"]) for item in view["checklist"]]
            if now_signature != signature:
                signature, quiet_since = now_signature, time.time()
            elif view and time.time() - quiet_since >= 3 and not any(
                    item["status"] == "RUNNING" for item in view["checklist"]):
                break
            time.sleep(0.1)
        if not view:
            stuck.append(onboarding_id)
            continue
        created = parse_time(view["createdAt"])
        rest = [item for item in view["checklist"] if item["status"] in AT_REST and item["updatedAt"]]
        open_steps = [item["step"] + "=" + item["status"] for item in view["checklist"] if item["status"] not in AT_REST]
        for item in rest:
            per_step.setdefault(item["step"], []).append(parse_time(item["updatedAt"]) - created)
            if item["step"] == "contract.setup-fee":
                contract_fee.append(parse_time(item["updatedAt"]) - created)
        if rest:
            totals.append(max(parse_time(item["updatedAt"]) for item in rest) - created)
        calls.append(autotask_calls(onboarding_id))
        sandbox_calls.append(sandbox_autotask_calls(onboarding_id))
        print("  %s: at rest after %.2f s (%.2f s after posting), %d Autotask calls (sandbox: %d counted, %d with polling);"
              " not at rest: %s" % (onboarding_id, totals[-1] if rest else -1, time.time() - posted, calls[-1],
                                    sandbox_calls[-1]["counted"], sandbox_calls[-1]["calls"], ", ".join(open_steps) or "none"))
    return totals, contract_fee, calls, per_step, stuck, sandbox_calls


def rss_mb(service):
    try:
        with open(os.path.join(HOME, "run", service + ".pid"), encoding="utf-8") as pidfile:
            pid = pidfile.read().strip()
        with open("/proc/%s/status" % pid, encoding="utf-8") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


BOARD_SEED = """
insert into onboarding (id, account_name, source, terms_and_conditions_on_file, created_at, status, steps_done,
                        customer_kind, services, emails, waiting_for_person, needs_attention, summarised)
select 'bench-board-' || lpad(n::text, 6, '0'), 'Board Customer ' || n, 'docusign', true,
       now() - make_interval(mins => %(count)d - n),
       (array['IN_PROGRESS', 'WAITING_FOR_PERSON', 'NEEDS_ATTENTION', 'LIVE', 'COMPLETE'])[1 + n %% 5],
       4, (array['BUSINESS', 'RESIDENTIAL'])[1 + n %% 2],
       (array['Tier 2 RMM (workstation), Cloud Backup', 'Tier 1 RMM (workstation)', 'Cloud Backup'])[1 + n %% 3],
       'it-' || n || '@board-customer-' || n || '.example', n %% 5 = 1, n %% 5 = 2, true
from generate_series(1, %(count)d) n
on conflict (id) do nothing;
insert into onboarding_step (onboarding_id, step, owner, status, attempt, message, updated_at, status_since)
select 'bench-board-' || lpad(n::text, 6, '0'), s.step, s.owner,
       case when s.step = 'reports.autotask' and n %% 5 = 1 then 'WAITING_FOR_PERSON'
            when s.step = 'contract.setup-fee' and n %% 5 = 2 then 'NEEDS_ATTENTION' else 'DONE' end,
       1, 'Setup fee 249.50 charged on contract ' || (29680000 + n), now() - make_interval(mins => %(count)d - n),
       now() - make_interval(mins => %(count)d - n)
from generate_series(1, %(count)d) n,
     (values ('intake.envelope', 'gateway'), ('intake.terms-and-conditions', 'gateway'),
             ('contract.setup-fee', 'contract-service'), ('reports.autotask', 'reporting-service')) s(step, owner)
on conflict do nothing;
analyze onboarding;
analyze onboarding_step;
"""


def seed_board(count):
    import subprocess
    infra = [os.path.join(REPO, "deploy/local/infra.sh"), "psql", "gateway", "-qtA", "-v", "ON_ERROR_STOP=1"]
    have = subprocess.run(infra + ["-c", "select count(*) from onboarding where id like 'bench-board-%'"],
                          check=True, capture_output=True, text=True).stdout.strip()
    if int(have or 0) < count:
        started = time.perf_counter()
        subprocess.run(infra, input=BOARD_SEED % {"count": count}, check=True, capture_output=True, text=True)
        print("  seeded %d onboardings in %.1f s" % (count - int(have or 0), time.perf_counter() - started))
    return subprocess.run(infra + ["-c", "select count(*) from onboarding"], check=True, capture_output=True,
                          text=True).stdout.strip()


def timed_get(path, bearer):
    request = urllib.request.Request(GATEWAY + path, headers={"Authorization": "Bearer " + bearer})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        total = response.headers.get("X-Total-Count")
    return (time.perf_counter() - started) * 1000, len(body), total


def bench_board(missed):
    count = int(os.environ.get("BENCH_BOARD_ONBOARDINGS", "10000"))
    target = float(os.environ.get("BENCH_BOARD_P95_MS", "300"))
    print("Board: the staff board and API with many onboardings stored")
    stored = seed_board(count)
    bearer = token()
    queries = [
        ("board, first page (50)", "/api/board"),
        ("board, search by e-mail", "/api/board?q=it-4242%40board"),
        ("board, search by customer", "/api/board?q=board+customer+77"),
        ("board, waiting for a person", "/api/board?waiting=true&size=25"),
        ("board, page 100 sorted by customer", "/api/board?sort=customer&order=asc&page=100&size=25"),
        ("onboardings with checklists (50)", "/api/onboardings?size=50"),
        ("needs me (200 oldest)", "/api/needs-me"),
    ]
    print("  %s onboardings in the gateway's database; ms over 30 requests each (target p95 <= %.0f):" % (stored, target))
    for label, path in queries:
        for _ in range(5):
            timed_get(path, bearer)
        times = []
        for _ in range(30):
            elapsed, size, total = timed_get(path, bearer)
            times.append(elapsed)
        p95 = percentile(times, 0.95)
        print("  %-36s p50 %6.1f  p95 %6.1f   %7d bytes%s" % (label, statistics.median(times), p95, size,
                                                               "" if total is None else ", %s match" % total))
        if p95 > target:
            missed.append("%s p95 %.1f ms > %.0f ms" % (label, p95, target))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    pipeline_count = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    ack_target = float(os.environ.get("BENCH_ACK_P95_MS", "100"))
    pipeline_target = float(os.environ.get("BENCH_PIPELINE_P95_S", "30"))
    rss_target = float(os.environ.get("BENCH_MAX_RSS_MB", "350"))
    run = "bench-%d" % int(time.time())
    ids = ["%s-%04d" % (run, i) for i in range(count)]
    missed = []
    if os.environ.get("BENCH_ONLY") == "board":
        bench_board(missed)
        print("Targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
        return 1 if missed else 0

    latencies = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        warmup = int(os.environ.get("BENCH_WARMUP", "100"))
        list(pool.map(lambda i: deliver("%s-warmup-%04d" % (run, i), "Bench Warmup %s %d" % (run, i)), range(warmup)))
        started = time.perf_counter()
        futures = {}
        for onboarding_id in ids:
            futures[pool.submit(deliver, onboarding_id, "Bench Customer " + onboarding_id)] = onboarding_id
        for future in concurrent.futures.as_completed(futures):
            latency, status = future.result()
            if status != 200:
                raise SystemExit("delivery %s answered %d" % (futures[future], status))
            latencies.append(latency * 1000)
    elapsed = time.perf_counter() - started
    ack_p95 = percentile(latencies, 0.95)
    print("Intake: %d signed envelopes, %d concurrent clients, %.1f s, %.0f deliveries/s" % (
        count, concurrency, elapsed, count / elapsed))
    print("  acknowledgement ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f   (target p95 <= %.0f)" % (
        statistics.median(latencies), ack_p95, percentile(latencies, 0.99), max(latencies), ack_target))
    if ack_p95 > ack_target:
        missed.append("acknowledgement p95 %.1f ms > %.0f ms" % (ack_p95, ack_target))

    bearer, bearer_at = token(), time.time()
    posted_at = {}
    for i in range(pipeline_count):
        onboarding_id = "%s-pipeline-%02d" % (run, i)
        posted_at[onboarding_id] = time.perf_counter()
        deliver(onboarding_id, ACCOUNT)
    waiting = set(posted_at)
    pipeline = {}
    deadline = time.perf_counter() + 300
    while waiting and time.perf_counter() < deadline:
        if time.time() - bearer_at > 120:
            bearer, bearer_at = token(), time.time()
        for onboarding_id in sorted(waiting):
            if step_status(onboarding_id, "contract.setup-fee", bearer) == "DONE":
                pipeline[onboarding_id] = time.perf_counter() - posted_at[onboarding_id]
                waiting.discard(onboarding_id)
        time.sleep(0.5)
    seconds = list(pipeline.values())
    if seconds:
        pipeline_p95 = percentile(seconds, 0.95)
        print("Pipeline: %d of %d onboardings of %s reached contract.setup-fee DONE" % (len(seconds), pipeline_count,
                                                                                  ACCOUNT))
        print("  seconds from delivery: p50 %.1f  p95 %.1f  max %.1f   (target p95 <= %.0f)" % (
            statistics.median(seconds), pipeline_p95, max(seconds), pipeline_target))
        if pipeline_p95 > pipeline_target:
            missed.append("pipeline p95 %.1f s > %.0f s" % (pipeline_p95, pipeline_target))
    if waiting:
        missed.append("%d onboardings did not reach contract.setup-fee DONE in time" % len(waiting))

    if os.environ.get("BENCH_BOARD", "1") != "0":
        bench_board(missed)

    journey_count = int(os.environ.get("BENCH_JOURNEYS", "5"))
    if journey_count:
        bearer = token()
        print("Journey: %d onboardings of %s (T&C on file), one at a time" % (journey_count, ACCOUNT))
        totals, contract_fee, calls, per_step, stuck, sandbox_calls = journeys(journey_count, bearer)
        if totals:
            print("  delivery -> every step at rest, s: p50 %.2f  p95 %.2f  max %.2f" % (
                statistics.median(totals), percentile(totals, 0.95), max(totals)))
        if contract_fee:
            print("  delivery -> contract + setup fee, s: p50 %.2f  max %.2f" % (
                statistics.median(contract_fee), max(contract_fee)))
        if calls:
            print("  Autotask calls per onboarding (client counters): %s" % calls)
        if sandbox_calls:
            counted = [c["counted"] for c in sandbox_calls]
            print("  Autotask calls per onboarding counted by the sandbox: %s (with polling while waiting: %s; target <= %d)"
                  % (counted, [c["calls"] for c in sandbox_calls], AUTOTASK_CALLS_TARGET))
            if max(counted) > AUTOTASK_CALLS_TARGET:
                missed.append("Autotask calls per onboarding %d > %d" % (max(counted), AUTOTASK_CALLS_TARGET))
        print("  per step, seconds from delivery to its resting state (median):")
        for step, values in sorted(per_step.items(), key=lambda kv: statistics.median(kv[1])):
            print("    %-40s %6.2f" % (step, statistics.median(values)))
        if stuck:
            missed.append("%d journeys never appeared" % len(stuck))

    print("Memory (resident set, after the load):")
    for service in SERVICES:
        rss = rss_mb(service)
        print("  %-22s %s" % (service, "not running" if rss is None else "%.0f MB" % rss))
        if rss is not None and rss > rss_target:
            missed.append("%s uses %.0f MB > %.0f MB" % (service, rss, rss_target))

    print("Targets: " + ("all met" if not missed else "MISSED: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
