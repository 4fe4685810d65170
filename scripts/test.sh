#!/usr/bin/env bash
# test.sh - run schemaguard's whole test suite, the way CI does.
#
#   bash scripts/test.sh            # starts PostgreSQL 15 and MariaDB if it can, runs go test ./..., stops them
#   bash scripts/test.sh -run Sync  # extra arguments go to `go test`
#
# The integration tests read SCHEMAGUARD_TEST_PG_URL and SCHEMAGUARD_TEST_MYSQL_URL.
# When one is already set, that server is used and nothing is started for it.
# Otherwise this script starts a throwaway server with scripts/pg.sh or
# scripts/mariadb.sh (installing it from Debian's packages when missing, as
# root) and stops it on exit. Outside CI a server that cannot start only makes
# its tests skip, with a message naming the variable; under CI=true it fails.
set -uo pipefail
cd "$(dirname "$0")/.."

export SG_DB_ROOT=${SG_DB_ROOT:-$(mktemp -d /tmp/schemaguard-db.XXXXXX)}
# The servers run as their own OS users (postgres, mysql): they must be able
# to reach their data directories under this one.
chmod 755 "$SG_DB_ROOT"
started=()
cleanup() {
  for s in "${started[@]}"; do bash "scripts/$s.sh" stop >/dev/null 2>&1 || true; done
}
trap cleanup EXIT INT TERM

start() { # start NAME VAR ENVFILE
  local name=$1 var=$2 envfile=$3
  if [ -n "${!var:-}" ]; then
    echo "[test.sh] using $var from the environment" >&2
    return 0
  fi
  if bash "scripts/$name.sh" start >/dev/null; then
    started+=("$name")
    # shellcheck disable=SC1090
    . "$SG_DB_ROOT/$envfile"
    export "${var?}"
  elif [ "${CI:-}" = true ]; then
    echo "[test.sh] could not start $name and CI=true: failing" >&2
    exit 1
  else
    echo "[test.sh] could not start $name: its tests will skip (set $var to use a server of yours)" >&2
  fi
}

start pg SCHEMAGUARD_TEST_PG_URL pg.env
start mariadb SCHEMAGUARD_TEST_MYSQL_URL mysql.env

go test -count=1 "$@" ./...
