#!/usr/bin/env bash
# peers.sh times the peer tools a user would otherwise pick (pg-schema-diff,
# psqldef, Atlas) next to schemaguard on the PostgreSQL schema fixtures of
# bench/postgres, in one run with the rounds interleaved, and prints medians
# and ratios. Every tool, ours included, is timed as a whole process (start,
# connect, work, print, exit), wall clock. docs/benchmarks-postgres.md,
# section "Peer tools", has a run and what each tool does.
#
#   . /tmp/schemaguard-db/pg.env     # scripts/pg.sh start prints it
#   bash bench/postgres/peers.sh
#
# Environment:
#   SCHEMAGUARD_TEST_PG_URL  the server (a superuser: databases are created)
#   PEERS_TABLES   sizes, default 100,500,2000
#   PEERS_ROUNDS   rounds per size, default 5
#   PEERS_TIMEOUT  seconds one command may run, default 600; a command that
#                  runs out is reported as a time-out and not run again at
#                  that size
#   PEERS_ONLY     tools to run, space-separated (default all; the names
#                  are those of the summary, gobench for the go-* rows)
#   PEERS_SKIP     tool@size pairs to leave out, space-separated, e.g.
#                  "psd-plan@2000 psd-plan-validate@2000"
#   PEERS_LIMIT    tool@size:rounds caps for slow tools, e.g.
#                  "nc-psqldef-export@2000:2"
#   PEERS_TAG      name of this run's files in PEERS_DIR, default "run":
#                  TAG.times.tsv, TAG.txt (machine, versions, load),
#                  TAG.summary.txt
#   PEERS_DIR      work directory, default /tmp/sgpeers: the peer tools
#                  (bin/), the desired files (files/N/), every output (out/)
#                  and the times (times.tsv)
#   PEERS_KEEP=1   keep the sgpeer_* databases this script creates
#
# The live databases are the benchmarks' fixtures sgbench_schema_N_v1 (built
# by the benchmark binary when missing, and kept). The desired state is
# written by bench/cmd/pgdesired: the DocType folder and the same schema as
# SQL. psqldef cannot parse the fixture's CHECK constraints (see the doc),
# so its rows use a copy, sgpeer_nocheck_N, with the checks dropped, and
# the desired SQL without them; schemaguard is timed on that copy too.
#
# The peer tools are built with the Go toolchain into PEERS_DIR/bin from
# pinned module versions, in scratch modules under PEERS_DIR/src: nothing is
# added to schemaguard's go.mod. A tool that does not build is reported and
# left out.
set -euo pipefail

: "${SCHEMAGUARD_TEST_PG_URL:?set SCHEMAGUARD_TEST_PG_URL=postgres://... (scripts/pg.sh start prints it)}"
URL=$SCHEMAGUARD_TEST_PG_URL
IFS=, read -r -a SIZES <<<"${PEERS_TABLES:-100,500,2000}"
ROUNDS=${PEERS_ROUNDS:-5}
TIMEOUT=${PEERS_TIMEOUT:-600}
SKIP=" ${PEERS_SKIP:-} "
ONLY=" ${PEERS_ONLY:-} "
LIMIT=" ${PEERS_LIMIT:-} "
TAG=${PEERS_TAG:-run}
WORK=${PEERS_DIR:-/tmp/sgpeers}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

PSD_MODULE=github.com/stripe/pg-schema-diff PSD_VERSION=v0.9.0
SQLDEF_MODULE=github.com/sqldef/sqldef SQLDEF_VERSION=v0.17.19
ATLAS_CLI=ariga.io/atlas/cmd/atlas ATLAS_VERSION=v0.32.0

BIN=$WORK/bin SG=$WORK/sg OUT=$WORK/out FAILED=$WORK/failed
mkdir -p "$BIN" "$SG" "$OUT" "$FAILED" "$WORK/src" "$WORK/files"
rm -f "$FAILED"/*

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# with_db URL NAME: URL with its database replaced by NAME.
with_db() {
	if [[ $1 =~ ^(postgres(ql)?://[^/]*)/([^?]*)(\?.*)?$ ]]; then
		printf '%s/%s%s\n' "${BASH_REMATCH[1]}" "$2" "${BASH_REMATCH[4]}"
	else
		echo "cannot read SCHEMAGUARD_TEST_PG_URL=$1: want postgres://user@host:port/db" >&2
		exit 2
	fi
}

# psqldef takes flags, not a URL.
if [[ $URL =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+)(:([0-9]+))?/ ]]; then
	PGUSER_=${BASH_REMATCH[2]} PGPASS_=${BASH_REMATCH[4]} PGHOST_=${BASH_REMATCH[5]} PGPORT_=${BASH_REMATCH[7]:-5432}
else
	echo "cannot read user, host and port from SCHEMAGUARD_TEST_PG_URL" >&2
	exit 2
fi
[[ $URL == *sslmode=disable* ]] && export PGSSLMODE=disable
[[ -n $PGPASS_ ]] && export PGPASSWORD=$PGPASS_

sql() { psql "$URL" -X -q -v ON_ERROR_STOP=1 -At "$@"; }

# ---- tools -----------------------------------------------------------------

# build_tool NAME MODULE VERSION PACKAGE: builds PACKAGE of MODULE@VERSION in
# a scratch module. (`go install PACKAGE@VERSION` would do the same, but it
# also asks the proxy for the module's version list to check deprecation,
# which a proxy that serves only some versions refuses.)
build_tool() {
	local name=$1 module=$2 version=$3 pkg=$4 dir=$WORK/src/$1
	[[ -x $BIN/$name ]] && return 0
	log "building $name from $module@$version"
	mkdir -p "$dir"
	printf 'module peers/%s\n\ngo %s\n\nrequire %s %s\n' "$name" "$(go env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')" "$module" "$version" >"$dir/go.mod"
	printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$pkg" >"$dir/tools.go"
	if ! (cd "$dir" && GOFLAGS=-mod=mod go build -o "$BIN/$name" "$pkg") >"$dir/build.log" 2>&1; then
		{ echo "$module@$version does not build here:"; tail -3 "$dir/build.log"; } >"$FAILED/$name"
		log "$name: $(tail -1 "$dir/build.log")"
	fi
}

build_tool pg-schema-diff "$PSD_MODULE" "$PSD_VERSION" "$PSD_MODULE/cmd/pg-schema-diff"
build_tool psqldef "$SQLDEF_MODULE" "$SQLDEF_VERSION" "$SQLDEF_MODULE/cmd/psqldef"

# The Atlas CLI: its module uses replace directives and is released as
# binaries (ariga/atlas issue 2437), so `go install` is expected to fail;
# it is tried as the issue asked, and the reason kept.
if [[ ! -x $BIN/atlas ]]; then
	log "trying go install $ATLAS_CLI@$ATLAS_VERSION"
	if ! (cd "$WORK/src" && GOBIN=$BIN go install "$ATLAS_CLI@$ATLAS_VERSION") >"$WORK/src/atlas.log" 2>&1; then
		{ echo "go install $ATLAS_CLI@$ATLAS_VERSION:"; tail -3 "$WORK/src/atlas.log"; } >"$FAILED/atlas"
		log "atlas: $(tail -1 "$WORK/src/atlas.log")"
	fi
fi

# Atlas's inspection without its CLI: a 40-line program on the Atlas Go
# library (ariga.io/atlas/sql/postgres, the code `atlas schema inspect`
# calls), InspectRealm of schema public and MarshalHCL to stdout.
if [[ ! -x $BIN/atlaslib-inspect ]]; then
	d=$WORK/src/atlaslib-inspect
	mkdir -p "$d"
	printf 'module peers/atlaslib\n\ngo %s\n\nrequire (\n\tariga.io/atlas %s\n\tgithub.com/lib/pq v1.10.9\n)\n' \
		"$(go env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')" "$ATLAS_VERSION" >"$d/go.mod"
	cat >"$d/main.go" <<'EOF'
// Command atlaslib-inspect prints a PostgreSQL database's schema public as
// Atlas HCL, using the Atlas Go library's inspection.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"ariga.io/atlas/sql/postgres"
	"ariga.io/atlas/sql/schema"
	_ "github.com/lib/pq"
)

func main() {
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(url string) error {
	db, err := sql.Open("postgres", url)
	if err != nil {
		return err
	}
	defer db.Close()
	drv, err := postgres.Open(db)
	if err != nil {
		return err
	}
	realm, err := drv.InspectRealm(context.Background(), &schema.InspectRealmOption{Schemas: []string{"public"}})
	if err != nil {
		return err
	}
	out, err := postgres.MarshalHCL(realm)
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(out)
	return err
}
EOF
	log "building atlaslib-inspect on ariga.io/atlas@$ATLAS_VERSION"
	if ! (cd "$d" && GOFLAGS=-mod=mod go build -o "$BIN/atlaslib-inspect" .) >"$d/build.log" 2>&1; then
		{ echo "ariga.io/atlas@$ATLAS_VERSION does not build here:"; tail -3 "$d/build.log"; } >"$FAILED/atlaslib-inspect"
	fi
fi

# Ours, from this checkout.
log "building schemaguard, pgdesired and the benchmark binary from $REPO"
(cd "$REPO" && go build -o "$SG/schemaguard" ./cmd/schemaguard &&
	go build -o "$SG/pgdesired" ./bench/cmd/pgdesired &&
	go test -c -o "$SG/sgpg.test" ./bench/postgres)

# ---- fixtures --------------------------------------------------------------

CREATED=()
existing_tmp=$(sql -c "SELECT string_agg(datname, ' ') FROM pg_database WHERE datname LIKE 'pgschemadiff\_tmp\_%'")
cleanup() {
	for db in "${CREATED[@]}"; do
		if [[ ${PEERS_KEEP:-} == 1 ]]; then
			log "keeping database $db"
		else
			sql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
		fi
	done
	# pg-schema-diff drops its temp databases itself, unless it was killed.
	for db in $(sql -c "SELECT datname FROM pg_database WHERE datname LIKE 'pgschemadiff\_tmp\_%'" || true); do
		[[ " $existing_tmp " == *" $db "* ]] || sql -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
	done
}
trap cleanup EXIT

db_exists() { [[ $(sql -c "SELECT count(*) FROM pg_database WHERE datname = '$1'") == 1 ]]; }

DEV=sgpeer_dev
if ! db_exists $DEV; then
	sql -c "CREATE DATABASE $DEV"
	CREATED+=("$DEV")
fi
DEV_URL=$(with_db "$URL" $DEV)

prepare() {
	local n=$1 files=$WORK/files/$1
	if ! db_exists "sgbench_schema_${n}_v1"; then
		log "building fixture sgbench_schema_${n}_v1"
		SCHEMAGUARD_BENCH_PG_TABLES=$n "$SG/sgpg.test" -test.run '^$' -test.bench "Schema/tables=$n/inspect\$" \
			-test.benchtime 1x -test.timeout 60m >"$OUT/fixture_$n.log"
	fi
	if [[ ! -f $files/sql/schema.sql ]]; then
		"$SG/pgdesired" -db "$URL" -tables "$n" -dir "$files"
	fi
	# psqldef's variant: the same schema without the CHECK constraints, both
	# sides (it cannot parse them, in the DDL nor in what it reads back).
	mkdir -p "$files/nocheck"
	perl -0pe 's/,\n  CONSTRAINT "[^"]+_check" CHECK \(.*\)\n\);/\n);/g' "$files/sql/schema.sql" >"$files/nocheck/schema.sql"
	local nc=sgpeer_nocheck_$n
	if ! db_exists "$nc"; then
		log "creating $nc: sgbench_schema_${n}_v1 without its CHECK constraints"
		sql -c "CREATE DATABASE $nc TEMPLATE sgbench_schema_${n}_v1"
		CREATED+=("$nc")
		psql "$(with_db "$URL" "$nc")" -X -q -v ON_ERROR_STOP=1 -At -c \
			"SELECT format('ALTER TABLE %s DROP CONSTRAINT %I;', conrelid::regclass, conname) FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace" |
			psql "$(with_db "$URL" "$nc")" -X -q -v ON_ERROR_STOP=1 >/dev/null
	fi
}

# ---- the tools, as run -----------------------------------------------------

# What each row is compared with: the schemaguard command doing the same
# job on the same database ("-" when there is none), and pg_dump
# --schema-only of the same database.
#   inspect  reading the live database: ours is a whole DocType plan (read
#            the YAML files, inspect, diff, classify, print JSON), more than
#            an inspection; go-inspect is Conn.Inspect alone, in process
#   sql      the desired state as a SQL DDL file
#   nocheck  the same without CHECK constraints, which psqldef can parse
declare -A GROUP=(
	[sg-verify-doctype]=inspect [pg_dump]=inspect [atlas-inspect]=inspect [atlaslib-inspect]=inspect
	[psqldef-export]=inspect [go-inspect]=inspect [go-open+plan-doctype]=inspect
	[sg-verify-sql]=sql [sg-verify-sql-devurl]=sql [psd-plan]=sql [psd-plan-validate]=sql [atlas-diff]=sql
	[psqldef-dry-run]=sql
	[nc-sg-verify-sql]=nocheck [nc-pg_dump]=nocheck [nc-psqldef-export]=nocheck [nc-psqldef-dry-run]=nocheck
)
declare -A OURS=(
	[pg_dump]=sg-verify-doctype [atlas-inspect]=sg-verify-doctype [atlaslib-inspect]=sg-verify-doctype
	[psqldef-export]=sg-verify-doctype [go-inspect]=sg-verify-doctype [go-open+plan-doctype]=sg-verify-doctype
	[sg-verify-sql-devurl]=sg-verify-sql [psd-plan]=sg-verify-sql [psd-plan-validate]=sg-verify-sql
	[atlas-diff]=sg-verify-sql [psqldef-dry-run]=sg-verify-sql
	[nc-psqldef-dry-run]=nc-sg-verify-sql
)

tools_for() {
	local t=(sg-verify-doctype pg_dump psqldef-export sg-verify-sql sg-verify-sql-devurl psd-plan psd-plan-validate
		psqldef-dry-run nc-sg-verify-sql nc-pg_dump nc-psqldef-export nc-psqldef-dry-run gobench)
	[[ -x $BIN/atlas ]] && t+=(atlas-inspect atlas-diff)
	[[ -x $BIN/atlaslib-inspect ]] && t+=(atlaslib-inspect)
	local out=() x
	for x in "${t[@]}"; do
		case $x in
		psd-*) [[ -x $BIN/pg-schema-diff ]] || continue ;;
		*psqldef*) [[ -x $BIN/psqldef ]] || continue ;;
		esac
		[[ $SKIP == *" $x@$1 "* ]] && continue
		[[ $ONLY == "  " || $ONLY == *" $x "* ]] || continue
		out+=("$x")
	done
	echo "${out[@]}"
}

# command_for TOOL N sets CMD to the command line of TOOL at N tables.
command_for() {
	local tool=$1 n=$2 live nc files=$WORK/files/$2
	live=$(with_db "$URL" "sgbench_schema_${n}_v1")
	nc=$(with_db "$URL" "sgpeer_nocheck_$n")
	local sgv=("$SG/schemaguard" verify --format json --no-data --fail-on none)
	local pdef=("$BIN/psqldef" -U "$PGUSER_" -h "$PGHOST_" -p "$PGPORT_")
	case $tool in
	sg-verify-doctype) CMD=("${sgv[@]}" --db "$live" --desired "$files/doctypes") ;;
	sg-verify-sql) CMD=("${sgv[@]}" --db "$live" --desired "$files/sql/schema.sql") ;;
	sg-verify-sql-devurl) CMD=("${sgv[@]}" --db "$live" --desired "$files/sql/schema.sql" --dev-url "$DEV_URL") ;;
	nc-sg-verify-sql) CMD=("${sgv[@]}" --db "$nc" --desired "$files/nocheck/schema.sql") ;;
	pg_dump) CMD=(pg_dump --schema-only --dbname "$live") ;;
	nc-pg_dump) CMD=(pg_dump --schema-only --dbname "$nc") ;;
	psd-plan) CMD=("$BIN/pg-schema-diff" plan --dsn "$live" --schema-dir "$files/sql" --disable-plan-validation) ;;
	psd-plan-validate) CMD=("$BIN/pg-schema-diff" plan --dsn "$live" --schema-dir "$files/sql") ;;
	psqldef-export) CMD=("${pdef[@]}" --export "sgbench_schema_${n}_v1") ;;
	psqldef-dry-run) CMD=("${pdef[@]}" --dry-run -f "$files/sql/schema.sql" "sgbench_schema_${n}_v1") ;;
	nc-psqldef-export) CMD=("${pdef[@]}" --export "sgpeer_nocheck_$n") ;;
	nc-psqldef-dry-run) CMD=("${pdef[@]}" --dry-run -f "$files/nocheck/schema.sql" "sgpeer_nocheck_$n") ;;
	atlas-inspect) CMD=("$BIN/atlas" schema inspect -u "$live") ;;
	atlas-diff) CMD=("$BIN/atlas" schema diff --from "$live" --to "file://$files/sql/schema.sql" --dev-url "$DEV_URL") ;;
	atlaslib-inspect) CMD=("$BIN/atlaslib-inspect" "$live") ;;
	gobench)
		CMD=(env "SCHEMAGUARD_BENCH_PG_TABLES=$n" "$SG/sgpg.test" -test.run '^$'
			-test.bench "Schema/tables=$n/(inspect|open\\+plan-doctype)\$" -test.benchtime 1x -test.timeout 30m)
		;;
	*) echo "unknown tool $tool" >&2 && exit 2 ;;
	esac
}

TIMES=$WORK/$TAG.times.tsv
: >"$TIMES"

# time_tool TOOL N ROUND: runs it under the time limit and appends
# "n tool round seconds status" to times.tsv.
time_tool() {
	local tool=$1 n=$2 r=$3 o=$OUT/$2/$1 t0 t1 rc=0
	mkdir -p "$OUT/$n"
	command_for "$tool" "$n"
	t0=$EPOCHREALTIME
	timeout "$TIMEOUT" "${CMD[@]}" >"$o.out" 2>"$o.err" || rc=$?
	t1=$EPOCHREALTIME
	local secs status=ok
	secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
	if ((rc == 124)); then
		status=timeout
	elif ((rc != 0)); then
		status=fail
		{ echo "exit $rc:"; head -c 1500 "$o.err"; echo; } >"$FAILED/$tool@$n"
	fi
	if [[ $tool == gobench ]]; then
		if [[ $status == ok ]]; then
			# In-process numbers from `go test -bench`, not whole processes.
			awk -v n="$n" -v r="$r" '/^BenchmarkSchema\// && /ns\/op/ {
				name = $1; sub(/^BenchmarkSchema\/tables=[0-9]+\//, "", name); sub(/-[0-9]+$/, "", name)
				for (i = 2; i < NF; i++) if ($(i+1) == "ns/op") printf "%s\tgo-%s\t%s\t%.3f\tok\n", n, name, r, $i / 1e9
			}' "$o.out" >>"$TIMES"
		fi
		log "n=$n round $r $tool: ${secs}s $status (whole binary, not a row)"
		[[ $status == ok ]]
		return
	fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$r" "$secs" "$status" >>"$TIMES"
	log "n=$n round $r $tool: ${secs}s $status"
	[[ $status == ok ]]
}

# ---- the run -----------------------------------------------------------------

log "preparing ${SIZES[*]} tables"
for n in "${SIZES[@]}"; do prepare "$n"; done

{
	echo "# date: $(date -u)"
	echo "# machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -h | awk '/^Mem:/ { print $2 " memory" }')"
	echo "# server: $(sql -c 'SHOW server_version')"
	echo "# schemaguard: $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "not a git checkout"), $(go env GOVERSION)"
	for b in pg-schema-diff psqldef atlas; do
		if [[ -x $BIN/$b ]]; then
			echo "# $b: $(go version -m "$BIN/$b" | awk '$1 == "mod" { print $2 "@" $3; exit }')"
		fi
	done
	if [[ -x $BIN/atlaslib-inspect ]]; then
		echo "# atlaslib-inspect: $(go version -m "$BIN/atlaslib-inspect" | awk '$2 == "ariga.io/atlas" { print $2 "@" $3; exit }')"
	fi
	echo "# pg_dump: $(pg_dump --version)"
	echo "# rounds: $ROUNDS, timeout: ${TIMEOUT}s, skip:${SKIP% }"
} | tee "$WORK/$TAG.txt" >&2

for n in "${SIZES[@]}"; do
	read -r -a tools <<<"$(tools_for "$n")"
	declare -A dropped=()
	for ((r = 1; r <= ROUNDS; r++)); do
		log "n=$n round $r/$ROUNDS, load average $(cut -d' ' -f1-3 /proc/loadavg)"
		echo "# n=$n round $r load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S)" >>"$WORK/$TAG.txt"
		# Each round starts one tool further, so that no tool always runs
		# right after the same one.
		k=${#tools[@]}
		for ((i = 0; i < k; i++)); do
			tool=${tools[$(((i + r - 1) % k))]}
			[[ -n ${dropped[$tool]:-} ]] && continue
			if [[ $LIMIT =~ \ $tool@$n:([0-9]+)\  ]] && ((r > BASH_REMATCH[1])); then
				continue
			fi
			time_tool "$tool" "$n" "$r" || dropped[$tool]=1
		done
	done
	unset dropped
done
echo "# end: $(date -u), load average $(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/$TAG.txt"

# ---- summary -----------------------------------------------------------------

{
	for t in "${!GROUP[@]}"; do
		d=pg_dump
		[[ ${GROUP[$t]} == nocheck ]] && d=nc-pg_dump
		printf 'G\t%s\t%s\t%s\t%s\n' "$t" "${GROUP[$t]}" "${OURS[$t]:--}" "$d"
	done
	cat "$TIMES"
} | awk -F'\t' '
function median(list,    a, m) {
	m = split(list, a, " "); asort(a)
	return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
# ratio(n, t, r): median of t over median of r at n tables, and the median
# of the per-round ratios, as "x.xx y.yy", or "- -".
function ratio(n, t, r,    l, k) {
	if (r == "-" || r == t || !((n, r) in ok) || !((n, t) in ok)) return "- -"
	l = ""
	for (k = 1; k <= 1000; k++) if (((n, t, k) in at) && ((n, r, k) in at)) l = l " " at[n, t, k] / at[n, r, k]
	return sprintf("%.2f %s", median(vals[n, t]) / median(vals[n, r]), l == "" ? "-" : sprintf("%.2f", median(substr(l, 2))))
}
$1 == "G" { grp[$2] = $3; ours[$2] = $4; dump[$2] = $5; next }
{
	key = $1 SUBSEP $2
	if (!(key in seen)) { seen[key] = 1; order[++nk] = key }
	runs[key]++
	if ($5 == "ok") { ok[key]++; vals[key] = vals[key] " " $4; at[$1, $2, $3] = $4 }
	else bad[key] = $5
}
END {
	printf "%-6s %-21s %-8s %5s %9s %17s %13s %13s\n", "tables", "tool", "group", "ok", "median s", "range s", "÷ ours (r)", "÷ pg_dump (r)"
	for (i = 1; i <= nk; i++) {
		split(order[i], kk, SUBSEP); n = kk[1]; t = kk[2]
		if (!(order[i] in ok)) { printf "%-6s %-21s %-8s %2d/%-2d %9s\n", n, t, grp[t], 0, runs[order[i]], bad[order[i]]; continue }
		split(substr(vals[order[i]], 2), a, " "); lo = hi = a[1]
		for (j in a) { if (a[j] < lo) lo = a[j]; if (a[j] > hi) hi = a[j] }
		split(ratio(n, t, ours[t]), ro, " "); split(ratio(n, t, dump[t]), rd, " ")
		printf "%-6s %-21s %-8s %2d/%-2d %9.3f %8.3f–%-8.3f %5s (%5s) %5s (%5s)%s\n", n, t, grp[t], ok[order[i]], runs[order[i]],
			median(vals[order[i]]), lo, hi, ro[1], ro[2], rd[1], rd[2], (order[i] in bad) ? " " bad[order[i]] " once" : ""
	}
}' | tee "$WORK/$TAG.summary.txt"

if compgen -G "$FAILED/*" >/dev/null; then
	echo
	echo "Failures (first lines; full output in $OUT):"
	for f in "$FAILED"/*; do
		echo "== $(basename "$f")"
		head -c 600 "$f"
		echo
	done
fi | tee -a "$WORK/$TAG.summary.txt"
