#!/usr/bin/env bash
# Runs the whole suite on this machine and onboards a sample customer end to end.
#   deploy/local/run.sh          infrastructure + sandbox + services, then the sample onboarding (demo)
#   deploy/local/run.sh up       infrastructure + sandbox + services only
#   deploy/local/run.sh demo     the sample onboarding against a running suite
#   deploy/local/run.sh bench    the benchmark against the running suite (figures and targets; see bench.py)
#   deploy/local/run.sh restart  stop and start the sandbox and the services (not the infrastructure), e.g. with
#                                ONBOARDING_AUTOTASK_BUDGET=lifted (the bench switch below)
#   deploy/local/run.sh status   what runs
#   deploy/local/run.sh faults [N] the fault run (e2e FaultRunTest, its own suite; default N = 60 onboardings, about
#                                15 min): 30 % of third-party calls faulted, every service, Kafka and PostgreSQL killed
#                                with kill -9 once; prints the figures, exits non-zero on a loss, duplicate or stuck one
#   deploy/local/run.sh kube     the same in containers: images built with podman, the Kubernetes `local` overlay played
#                                with `podman kube play` (host network) against the local infrastructure, then the demo
#   deploy/local/run.sh kube-up  only build the images and play the overlay (no demo)
#   deploy/local/run.sh down     stop the services (processes or containers), the sandbox and the infrastructure
# State, logs and PID files live in $ONBOARDING_HOME (default: <repo>/.local). `up` and `restart` record when each
# process was started and when its /q/health/ready first answered in $ONBOARDING_HOME/run/timing (restart:
# timing-restart); bench.py reads them.
#
# Environment switches (the benchmark uses them; see deploy/local/bench.py):
#   ONBOARDING_AUTOTASK_BUDGET=production (default) | lifted
#       production: the suite's share of the tenant's Autotask budget as configured (autotask.requests-per-hour 5000,
#       autotask.burst 100; clients' AutotaskConfig, kept for all services in PostgreSQL by SharedRequestBudget) and
#       the sandbox's Autotask threshold of 10,000 an hour. lifted: both set out of reach (AUTOTASK_REQUESTS_PER_HOUR,
#       AUTOTASK_BURST, SANDBOX_AUTOTASK_REQUEST_THRESHOLD), to measure the pipeline's own capacity; the 3 concurrent
#       requests per Autotask endpoint stay.
#   ONBOARDING_TIMERS=demo (default) | production
#       demo: waits and checks every few seconds so the sample onboarding reaches go-live in minutes;
#       production: every service's own defaults (the bench measures polling at those).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
export ONBOARDING_HOME=${ONBOARDING_HOME:-$REPO/.local}
RUN_DIR=$ONBOARDING_HOME/run
LOG_DIR=$ONBOARDING_HOME/logs
APPS=(sandbox:8090 gateway:8080 contract-service:8081 reporting-service:8082 reminder-service:8083 documentation-service:8084 backup-setup-service:8085)
# Small heaps that give memory back after a GC (idle RSS), C1 JIT only (quick start). Tried on 2026-12-02: G1 with a
# periodic GC every 10 s, MALLOC_ARENA_MAX=2, TrimNativeHeapInterval, a 32 MB code cache: idle RSS 212-249 MB against
# 206-267 MB with these, i.e. no gain measured (README, performance section), so these stay.
APP_JAVA_OPTS=${APP_JAVA_OPTS:--Xms16m -Xmx160m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1}
# added to the options above (the bench adds Native Memory Tracking to show where the memory goes)
APP_JAVA_OPTS="$APP_JAVA_OPTS ${APP_JAVA_OPTS_EXTRA:-}"
# Seven JVMs start at once on a small machine: each waits longer for its first database connection than the 5 s default
export QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=${QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT:-30S}

ONBOARDING_TIMERS=${ONBOARDING_TIMERS:-demo}
ONBOARDING_AUTOTASK_BUDGET=${ONBOARDING_AUTOTASK_BUDGET:-production}
if [ "$ONBOARDING_TIMERS" = demo ]; then
  # A local run checks timers and waits more often than production does, so the sample onboarding takes minutes, not
  # hours (each is a configuration key of its service; see the service READMEs).
  export CONTRACT_GO_LIVE_CHECK_INTERVAL=${CONTRACT_GO_LIVE_CHECK_INTERVAL:-5s}
  export DOCUMENTATION_CONFIGURATION_ITEMS_FIRST_CHECK=${DOCUMENTATION_CONFIGURATION_ITEMS_FIRST_CHECK:-5s}
  export DOCUMENTATION_CONFIGURATION_ITEMS_POLL_EVERY=${DOCUMENTATION_CONFIGURATION_ITEMS_POLL_EVERY:-5s}
  export BACKUP_POLLING_FIRST_CHECK=${BACKUP_POLLING_FIRST_CHECK:-10s}
  export BACKUP_POLLING_MAX_CHECK=${BACKUP_POLLING_MAX_CHECK:-30s}
fi
if [ "$ONBOARDING_AUTOTASK_BUDGET" = lifted ]; then
  export AUTOTASK_REQUESTS_PER_HOUR=${AUTOTASK_REQUESTS_PER_HOUR:-1000000000}
  export AUTOTASK_BURST=${AUTOTASK_BURST:-1000000}
  export SANDBOX_AUTOTASK_REQUEST_THRESHOLD=${SANDBOX_AUTOTASK_REQUEST_THRESHOLD:-2000000000}
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
now() { date +%s.%N | cut -c1-14; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

build() {
  say "Building the suite (./mvnw package, tests skipped: run them with ./mvnw verify)"
  (cd "$REPO" && ./mvnw -B -q package -DskipTests -Dquarkus.analytics.disabled=true)
}

start_app() {
  local name=$1 port=$2 pidfile=$RUN_DIR/$1.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "$name already running (pid $(cat "$pidfile"))"; return
  fi
  if port_open "$port"; then
    echo "port $port is taken by another process: cannot start $name" >&2; exit 1
  fi
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$ONBOARDING_HOME/tmp"
  # the dev profile: sandbox URLs and keys (production refuses them at start-up; see the root README)
  nohup java $APP_JAVA_OPTS -Dquarkus.profile="${QUARKUS_PROFILE:-dev}" -Djava.io.tmpdir="$ONBOARDING_HOME/tmp" -Dquarkus.http.port="$port" \
    -jar "$REPO/$name/target/quarkus-app/quarkus-run.jar" > "$LOG_DIR/$name.log" 2>&1 &
  echo $! > "$pidfile"
  echo "$name started $(now)" >> "$TIMING"
  echo "$name starting on :$port (pid $!, log $LOG_DIR/$name.log)"
}

await_all_ready() { # every app at once: the first time each one's /q/health/ready answers is recorded
  local wait=${ONBOARDING_READY_TIMEOUT:-180} waiting=("${APPS[@]}")
  local deadline=$((SECONDS + wait))
  while [ ${#waiting[@]} -gt 0 ]; do
    local still=()
    for app in "${waiting[@]}"; do
      local name=${app%%:*} port=${app##*:}
      if curl -fs -m 1 "http://localhost:$((port + 1000))/q/health/ready" > /dev/null 2>&1; then
        echo "$name ready $(now)" >> "$TIMING"
        echo "$name ready: http://localhost:$((port + 1000))/q/health/ready"
        continue
      fi
      if [ -f "$RUN_DIR/$name.pid" ] && ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
        echo "$name exited; last lines of its log:" >&2; tail -30 "$LOG_DIR/$name.log" >&2; exit 1
      fi
      if [ $SECONDS -gt $deadline ]; then
        echo "$name not ready after $wait s (ONBOARDING_READY_TIMEOUT); last lines of its log:" >&2
        tail -30 "$LOG_DIR/$name.log" >&2; exit 1
      fi
      still+=("$app")
    done
    waiting=("${still[@]}")
    [ ${#waiting[@]} -eq 0 ] || sleep 0.1
  done
}

start_apps() {
  mkdir -p "$RUN_DIR"
  echo "apps-starting $(now)" >> "$TIMING"
  echo "mode timers=$ONBOARDING_TIMERS autotask-budget=$ONBOARDING_AUTOTASK_BUDGET" >> "$TIMING"
  for app in "${APPS[@]}"; do start_app "${app%%:*}" "${app##*:}"; done
  await_all_ready
  echo "apps-ready $(now)" >> "$TIMING"
}

stop_app() {
  local name=$1 pidfile=$RUN_DIR/$1.pid
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "$name stopped"
  fi
  rm -f "$pidfile"
}

up() {
  mkdir -p "$RUN_DIR"
  # ONBOARDING_SKIP_BUILD=1: start what is built (the 60 s start target is for a built suite)
  [ "${ONBOARDING_SKIP_BUILD:-}" = 1 ] || build
  local began; began=$(now)
  TIMING=$RUN_DIR/timing
  echo "up-started $began" > "$TIMING"
  "$REPO/deploy/local/infra.sh" up
  if [ -f "$REPO/deploy/local/report-automation-schema.sql" ]; then
    "$REPO/deploy/local/infra.sh" psql reporting_recipients < "$REPO/deploy/local/report-automation-schema.sql" > /dev/null
  fi
  echo "infra-ready $(now)" >> "$TIMING"
  say "Starting the sandbox and the services"
  start_apps
  echo "up-ready $(now)" >> "$TIMING"
  say "Suite up in $(python3 -c "print('%.1f' % ($(now) - $began))") s after run.sh up (build excluded; $RUN_DIR/timing)"
}

restart() {
  for ((i=${#APPS[@]}-1; i>=0; i--)); do app=${APPS[$i]}; stop_app "${app%%:*}"; done
  mkdir -p "$RUN_DIR"
  TIMING=$RUN_DIR/timing-restart
  echo "restart-started $(now)" > "$TIMING"
  say "Starting the sandbox and the services (timers $ONBOARDING_TIMERS, Autotask budget $ONBOARDING_AUTOTASK_BUDGET)"
  start_apps
}

KUBE_FILE=$ONBOARDING_HOME/kube/local.yaml

health_ready() { # port: the management interface (port + 1000) or, before /q moved there, the application port
  curl -fs "http://127.0.0.1:$(($1 + 1000))/q/health/ready" > /dev/null 2>&1 || curl -fs "http://127.0.0.1:$1/q/health/ready" > /dev/null 2>&1
}

kube_up() {
  "$REPO/deploy/local/infra.sh" up
  if [ -f "$REPO/deploy/local/report-automation-schema.sql" ]; then
    "$REPO/deploy/local/infra.sh" psql reporting_recipients < "$REPO/deploy/local/report-automation-schema.sql" > /dev/null
  fi
  "$REPO/deploy/containers/build-images.sh" ${ONBOARDING_IMAGES_PACKAGED:+--no-package}
  for app in "${APPS[@]}"; do
    if port_open "${app##*:}"; then echo "port ${app##*:} is taken: cannot start ${app%%:*}" >&2; exit 1; fi
  done
  mkdir -p "$(dirname "$KUBE_FILE")"
  kubectl kustomize "$REPO/deploy/kubernetes/overlays/local" > "$KUBE_FILE"
  say "Playing the Kubernetes overlay deploy/kubernetes/overlays/local with podman (host network)"
  podman kube play --replace "$KUBE_FILE" > "$ONBOARDING_HOME/kube/play.log"
  for app in "${APPS[@]}"; do
    local name=${app%%:*} port=${app##*:} deadline=$((SECONDS + 240))
    until health_ready "$port"; do
      if [ $SECONDS -gt $deadline ]; then
        echo "$name not ready after 240 s; last lines of its log:" >&2
        podman logs --tail 30 "$name-pod-0-$name" >&2 || true; exit 1
      fi
      sleep 1
    done
    echo "$name ready (container $name-pod-0-$name)"
  done
}

kube_down() {
  if [ -f "$KUBE_FILE" ] && command -v podman > /dev/null; then
    podman kube down "$KUBE_FILE" > /dev/null 2>&1 && echo "containers of the local overlay removed" || true
    rm -f "$KUBE_FILE"
  fi
}

down() {
  kube_down
  for ((i=${#APPS[@]}-1; i>=0; i--)); do app=${APPS[$i]}; stop_app "${app%%:*}"; done
  "$REPO/deploy/local/infra.sh" down
}

status() {
  "$REPO/deploy/local/infra.sh" status || true
  for app in "${APPS[@]}"; do
    name=${app%%:*}; port=${app##*:}
    if health_ready "$port"; then echo "$name: UP on :$port"; else echo "$name: down"; fi
  done
}

# The fault run starts its own suite (real Kafka, PostgreSQL, Keycloak, the sandbox, every service as a process), so
# it takes the e2e lock: one e2e run at a time on this machine.
faults() {
  local onboardings=$1
  say "The fault run: $onboardings onboardings, 30 % of third-party calls faulted, every process killed once (e2e FaultRunTest)"
  (cd "$REPO" && flock /tmp/onboarding-e2e.lock ./mvnw -B -q -pl e2e -am verify -De2e.faults=true \
    -De2e.faults.onboardings="$onboardings" -Dtest=FaultRunTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Donboarding.test.app-ready-timeout=PT4M -Dquarkus.analytics.disabled=true)
  say "Figures: $REPO/e2e/target/e2e/fault-run.txt"
}

case "${1:-all}" in
  up) up ;;
  restart) restart ;;
  demo) "$REPO/deploy/local/demo.sh" ;;
  bench) shift; python3 "$REPO/deploy/local/bench.py" "$@" ;;
  faults) faults "${2:-60}" ;;
  down) down ;;
  status) status ;;
  kube-up) kube_up ;;
  kube) kube_up; "$REPO/deploy/local/demo.sh" ;;
  all) up; "$REPO/deploy/local/demo.sh" ;;
  *) echo "usage: $0 [up|restart|demo|bench|faults [N]|kube|kube-up|status|down]" >&2; exit 2 ;;
esac
