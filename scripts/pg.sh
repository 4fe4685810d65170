#!/usr/bin/env bash
# pg.sh - a throwaway PostgreSQL 15 server on 127.0.0.1 for schemaguard's tests.
# Self-contained copy of the PostgreSQL part of the shared ci-db recipe.
#
#   scripts/pg.sh start    # prints `export SCHEMAGUARD_TEST_PG_URL=...`, writes $SG_DB_ROOT/pg.env
#   . "${SG_DB_ROOT:-/tmp/schemaguard-db}/pg.env"
#   go test ./dialect/postgres/
#   scripts/pg.sh stop     # clean shutdown via the data dir's pid file, then rm -rf
#
# Idempotent: "start" first stops what a previous run left under $SG_DB_ROOT/pg.
# Each start picks a fresh free port. Works as root (runs the server as the
# postgres OS user, which initdb requires) and as an ordinary user. Nothing is
# ever killed by name: only by the pid file inside our own data directory.
set -euo pipefail

SG_DB_ROOT=${SG_DB_ROOT:-/tmp/schemaguard-db}
PG_VERSION=${PG_VERSION:-15}
PG_DIR=$SG_DB_ROOT/pg
ENV_FILE=$SG_DB_ROOT/pg.env

log() { printf '[pg.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [ -x "/usr/lib/postgresql/$PG_VERSION/bin/initdb" ]; then
  PGBIN=/usr/lib/postgresql/$PG_VERSION/bin
elif command -v pg_ctl >/dev/null 2>&1; then
  PGBIN=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
else
  PGBIN=""
fi

if [ "$(id -u)" = 0 ]; then
  as_pg() { (cd /tmp && runuser -u postgres -- "$@"); }
else
  as_pg() { "$@"; }
fi

# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

pg_stop() {
  local pid=""
  [ -f "$PG_DIR/data/postmaster.pid" ] && pid=$(head -1 "$PG_DIR/data/postmaster.pid")
  if pid_is_ours "$pid" "$PG_DIR/data"; then
    log "stopping PostgreSQL (pid $pid)"
    as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 \
      || kill -INT "$pid" 2>/dev/null || true
    wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$PG_DIR"
  rm -f "$ENV_FILE"
}

pg_start() {
  [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || die "PostgreSQL $PG_VERSION binaries not found (install postgresql-$PG_VERSION)"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  pg_stop
  mkdir -p "$PG_DIR/data"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR/data"
  as_pg "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    > "$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port) || die "no free port"
    if as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
         -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
         start >/dev/null 2>&1; then
      echo "$port" > "$PG_DIR/port"
      "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 10 || die "pg_isready failed"
      mkdir -p "$SG_DB_ROOT"
      echo "export SCHEMAGUARD_TEST_PG_URL='postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable'" > "$ENV_FILE"
      log "PostgreSQL up on 127.0.0.1:$port (data $PG_DIR/data)"
      cat "$ENV_FILE"
      return 0
    fi
    log "start on port $port failed (attempt $attempt):"; tail -5 "$PG_DIR/server.log" >&2 || true
  done
  die "PostgreSQL did not start"
}

case "${1:-}" in
  start) pg_start ;;
  stop)  pg_stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
