#!/usr/bin/env bash
# mariadb.sh - a throwaway MariaDB server on 127.0.0.1 for schemaguard's MySQL tests.
# Adapted from the MariaDB part of the shared ci-db.sh recipe. Run as root
# (Debian 12); installs mariadb-server from Debian's packages on first use.
#
#   scripts/mariadb.sh start    # prints and writes $SG_DB_ROOT/mysql.env
#   . "${SG_DB_ROOT:-/tmp/schemaguard-db}/mysql.env"
#   go test ./dialect/mysql/...
#   scripts/mariadb.sh stop
#
# Idempotent: start first stops whatever a previous run left under
# $SG_DB_ROOT/maria. Nothing is killed by name, only by the pid file in our
# own data directory.
set -euo pipefail

SG_DB_ROOT=${SG_DB_ROOT:-/tmp/schemaguard-db}
MA_DIR=$SG_DB_ROOT/maria
ENV_FILE=$SG_DB_ROOT/mysql.env

log() { printf '[mariadb] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

apt_install() {
  local added=0 rc=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    # keep the package's postinst from starting a system service
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    added=1
  fi
  apt-get update -q >/dev/null || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null || rc=$?
  if [ "$added" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  return $rc
}

# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

stop() {
  local pid=""
  [ -f "$MA_DIR/mysqld.pid" ] && pid=$(cat "$MA_DIR/mysqld.pid")
  if pid_is_ours "$pid" "$MA_DIR/data"; then
    log "stopping MariaDB (pid $pid)"
    if [ -S "$MA_DIR/mysqld.sock" ] && command -v mariadb-admin >/dev/null; then
      mariadb-admin --no-defaults --socket="$MA_DIR/mysqld.sock" -uroot shutdown >/dev/null 2>&1 || true
    fi
    kill -0 "$pid" 2>/dev/null && { wait_gone "$pid" 5 || kill -TERM "$pid" 2>/dev/null || true; }
    wait_gone "$pid" 60 || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$MA_DIR"
  rm -f "$ENV_FILE"
}

start() {
  [ "$(id -u)" = 0 ] || die "run as root (mariadbd runs as the mysql user)"
  if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb-install-db >/dev/null || ! command -v mariadb >/dev/null; then
    log "installing mariadb-server mariadb-client"
    apt_install mariadb-server mariadb-client || die "apt-get install mariadb-server failed"
  fi
  id mysql >/dev/null 2>&1 || die "no mysql user after install"
  # The named-zone tests load the server's time zone tables from tzdata
  # (priority "required" in Debian, but absent from some slim images).
  if [ ! -e /usr/share/zoneinfo/Europe/Berlin ]; then
    log "installing tzdata"
    apt_install tzdata || log "apt-get install tzdata failed: the named-zone tests will say so"
  fi
  stop
  mkdir -p "$MA_DIR/data" "$MA_DIR/tmp"
  chown -R mysql:mysql "$MA_DIR"
  mariadb-install-db --no-defaults --user=mysql --datadir="$MA_DIR/data" \
    --auth-root-authentication-method=socket --skip-test-db \
    > "$MA_DIR/install.log" 2>&1 || { cat "$MA_DIR/install.log" >&2; die "mariadb-install-db failed"; }
  cat > "$MA_DIR/init.sql" <<'EOF'
CREATE USER IF NOT EXISTS 'sg'@'%' IDENTIFIED BY 'sg';
GRANT ALL PRIVILEGES ON *.* TO 'sg'@'%' WITH GRANT OPTION;
CREATE DATABASE IF NOT EXISTS sg;
EOF
  chown mysql:mysql "$MA_DIR/init.sql"
  local port attempt pid i
  for attempt in 1 2 3 4 5; do
    port=$(free_port) || die "no free port"
    rm -f "$MA_DIR/mysqld.pid"
    setsid /usr/sbin/mariadbd --no-defaults --user=mysql \
      --datadir="$MA_DIR/data" --tmpdir="$MA_DIR/tmp" \
      --socket="$MA_DIR/mysqld.sock" --pid-file="$MA_DIR/mysqld.pid" \
      --port="$port" --bind-address=127.0.0.1 --skip-name-resolve \
      --log-error="$MA_DIR/error.log" --init-file="$MA_DIR/init.sql" \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
      --innodb-buffer-pool-size=128M --innodb-log-file-size=48M \
      --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 --skip-log-bin \
      < /dev/null >> "$MA_DIR/stdout.log" 2>&1 &
    pid=$!
    for i in $(seq 1 600); do
      if mariadb-admin --no-defaults --socket="$MA_DIR/mysqld.sock" -uroot --connect-timeout=2 ping >/dev/null 2>&1 \
         && mariadb --no-defaults -h127.0.0.1 -P"$port" -usg -psg -N -e 'SELECT 1' sg >/dev/null 2>&1; then
        echo "$port" > "$MA_DIR/port"
        # Named time zones (Europe/Berlin) for the tests of conversions to
        # TIMESTAMP in a zone that skips an hour.
        if [ -d /usr/share/zoneinfo ] && command -v mariadb-tzinfo-to-sql >/dev/null; then
          mariadb-tzinfo-to-sql /usr/share/zoneinfo 2>/dev/null \
            | mariadb --no-defaults --socket="$MA_DIR/mysqld.sock" -uroot mysql \
            || log "loading the time zone tables failed: the named-zone tests will say so"
        fi
        mkdir -p "$SG_DB_ROOT"
        echo "export SCHEMAGUARD_TEST_MYSQL_URL='mysql://sg:sg@127.0.0.1:$port/sg'" > "$ENV_FILE"
        log "MariaDB $(mariadb --no-defaults --socket="$MA_DIR/mysqld.sock" -uroot -N -e 'SELECT VERSION()') up on 127.0.0.1:$port"
        cat "$ENV_FILE"
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    log "MariaDB start on port $port failed (attempt $attempt):"; tail -5 "$MA_DIR/error.log" >&2 || true
    kill -TERM "$pid" 2>/dev/null || true; wait_gone "$pid" 30 || true
  done
  die "MariaDB did not start"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
