#!/usr/bin/env bash
# Real infrastructure for the local run, without Docker: a Kafka broker (KRaft, jars from Maven Central),
# PostgreSQL (Debian's server binaries, installed if missing) and Keycloak (the keycloak-quarkus-dist zip from
# Maven Central) with the realm deploy/local/keycloak/onboarding-realm.json.
#   deploy/local/infra.sh up | down | status | psql <database>
# Idempotent: `up` reuses what already runs. Every process is tracked by its PID file. Loopback only.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
HOME_DIR=${ONBOARDING_HOME:-$REPO/.local}
KAFKA_PORT=${KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
PG_PORT=${PG_PORT:-5433}
PG_USER=${PG_USER:-onboarding}
PG_PASSWORD=${PG_PASSWORD:-onboarding}
PG_DATABASES=${PG_DATABASES:-"gateway contract reporting reporting_recipients reminder documentation backup_setup autotask_budget"}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9190}
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}
KEYCLOAK_ADMIN=${KEYCLOAK_ADMIN:-admin}
KEYCLOAK_ADMIN_PASSWORD=${KEYCLOAK_ADMIN_PASSWORD:-admin}
JAVA=${JAVA:-java}

KAFKA_DIR=$HOME_DIR/kafka
PG_DIR=$HOME_DIR/postgres
KC_DIR=$HOME_DIR/keycloak
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" > /dev/null 2>&1; do
    if [ $SECONDS -gt $deadline ]; then echo "$what not ready after ${seconds}s" >&2; return 1; fi
    sleep 0.5
  done
}

stop_pid() { # name, pidfile
  local pidfile=$2
  if running "$pidfile"; then
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "$1 stopped"
  fi
  rm -f "$pidfile"
}

## Kafka ---------------------------------------------------------------------------------------------------
kafka_up() {
  if running "$KAFKA_DIR/kafka.pid"; then echo "kafka already running on :$KAFKA_PORT"; return; fi
  local lib=$REPO/deploy/local/kafka/target/lib
  if [ ! -d "$lib" ]; then
    say "Fetching the Kafka broker jars from Maven Central"
    (cd "$REPO" && ./mvnw -B -q -f deploy/local/kafka/pom.xml generate-resources)
  fi
  mkdir -p "$KAFKA_DIR/data" "$KAFKA_DIR/tmp"
  sed -e "s#@DATA@#$KAFKA_DIR/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$REPO/deploy/local/kafka/server.properties" > "$KAFKA_DIR/server.properties"
  local opts=(-Xms64m -Xmx256m -XX:+UseSerialGC -Djava.io.tmpdir="$KAFKA_DIR/tmp"
    -Dlog4j2.configurationFile="$REPO/deploy/local/kafka/log4j2.properties" -cp "$lib/*")
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cluster; cluster=$("$JAVA" "${opts[@]}" kafka.tools.StorageTool random-uuid)
    "$JAVA" "${opts[@]}" kafka.tools.StorageTool format --standalone -t "$cluster" -c "$KAFKA_DIR/server.properties" > /dev/null
  fi
  say "Starting Kafka on localhost:$KAFKA_PORT"
  nohup "$JAVA" "${opts[@]}" kafka.Kafka "$KAFKA_DIR/server.properties" > "$KAFKA_DIR/kafka.log" 2>&1 &
  echo $! > "$KAFKA_DIR/kafka.pid"
  wait_for "Kafka" 90 port_open "$KAFKA_PORT" || { tail -30 "$KAFKA_DIR/kafka.log" >&2; exit 1; }
  echo "kafka ready"
}

## PostgreSQL ----------------------------------------------------------------------------------------------
pg_up() {
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    say "Installing PostgreSQL from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  mkdir -p "$PG_DIR/sock"
  chown -R postgres:postgres "$PG_DIR"
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    echo "$PG_PASSWORD" > "$PG_DIR/pwfile" && chown postgres "$PG_DIR/pwfile"
    runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" --pwfile="$PG_DIR/pwfile" \
      -A scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync > "$PG_DIR/initdb.log"
  fi
  if runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" status > /dev/null 2>&1; then
    echo "postgresql already running on :$PG_PORT"
  else
    say "Starting PostgreSQL on localhost:$PG_PORT"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 start \
      -o "-p $PG_PORT -k $PG_DIR/sock -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB -c max_connections=200" > /dev/null
  fi
  head -1 "$PG_DIR/data/postmaster.pid" > "$PG_DIR/postgres.pid"
  for db in $PG_DATABASES; do
    pg_sql postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 || pg_sql postgres -qc "CREATE DATABASE $db" 
  done
  echo "postgresql ready (databases: $PG_DATABASES)"
}

pg_sql() { local db=$1; shift; runuser -u postgres -- "$PGBIN/psql" -h "$PG_DIR/sock" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"; }

pg_down() {
  if [ -n "$PGBIN" ] && [ -f "$PG_DIR/data/PG_VERSION" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" status > /dev/null 2>&1; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null && echo "postgresql stopped"
  fi
  rm -f "$PG_DIR/postgres.pid"
}

## Keycloak ------------------------------------------------------------------------------------------------
keycloak_up() {
  if [ "${ONBOARDING_SKIP_KEYCLOAK:-0}" = 1 ]; then echo "keycloak skipped (ONBOARDING_SKIP_KEYCLOAK=1)"; return; fi
  if running "$KC_DIR/keycloak.pid"; then echo "keycloak already running on :$KEYCLOAK_PORT"; return; fi
  local home=$KC_DIR/keycloak-$KEYCLOAK_VERSION
  if [ ! -x "$home/bin/kc.sh" ]; then
    say "Fetching Keycloak $KEYCLOAK_VERSION from Maven Central (once; cached in ~/.m2)"
    mkdir -p "$KC_DIR"
    (cd "$REPO" && ./mvnw -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$KC_DIR")
    (cd "$KC_DIR" && unzip -q -o "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && rm -f "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
  fi
  mkdir -p "$home/data/import" "$KC_DIR/tmp"
  cp "$REPO/deploy/local/keycloak/onboarding-realm.json" "$home/data/import/"
  say "Starting Keycloak on localhost:$KEYCLOAK_PORT (the first start builds it: about a minute)"
  KC_BOOTSTRAP_ADMIN_USERNAME=$KEYCLOAK_ADMIN KC_BOOTSTRAP_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="-Djava.io.tmpdir=$KC_DIR/tmp" \
    nohup "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true --import-realm \
      --hostname="http://localhost:$KEYCLOAK_PORT" > "$KC_DIR/keycloak.log" 2>&1 &
  echo $! > "$KC_DIR/keycloak.pid"
  wait_for "Keycloak" 240 curl -fs "http://localhost:$KEYCLOAK_PORT/realms/onboarding/.well-known/openid-configuration" \
    || { tail -30 "$KC_DIR/keycloak.log" >&2; exit 1; }
  echo "keycloak ready: http://localhost:$KEYCLOAK_PORT/realms/onboarding"
}

keycloak_down() {
  # kc.sh execs java; stop the whole process group it started as well
  if running "$KC_DIR/keycloak.pid"; then
    pkill -TERM -P "$(cat "$KC_DIR/keycloak.pid")" 2>/dev/null || true
  fi
  stop_pid keycloak "$KC_DIR/keycloak.pid"
  pkill -f "kc.home.dir=$KC_DIR" 2>/dev/null || true
}

status() {
  if port_open "$KAFKA_PORT"; then echo "kafka: UP on :$KAFKA_PORT"; else echo "kafka: down"; fi
  if port_open "$PG_PORT"; then echo "postgresql: UP on :$PG_PORT"; else echo "postgresql: down"; fi
  if curl -fs "http://localhost:$KEYCLOAK_PORT/realms/onboarding" > /dev/null 2>&1; then echo "keycloak: UP on :$KEYCLOAK_PORT"; else echo "keycloak: down"; fi
}

case "${1:-}" in
  up) pg_up & pg=$!; kafka_up; wait $pg; keycloak_up ;;
  down) keycloak_down; stop_pid kafka "$KAFKA_DIR/kafka.pid"; pg_down ;;
  status) status ;;
  psql) shift; pg_sql "$@" ;;
  *) echo "usage: $0 up|down|status|psql <database> [psql args]" >&2; exit 2 ;;
esac
