#!/usr/bin/env bash
# scripts/bench.sh times the whole `schemaguard verify` process: on the shop
# example and on a generated 500-table SQLite file (bench/cmd/benchgen).
# It uses hyperfine when installed (apt-get install hyperfine), else a loop
# that prints the median of RUNS runs. Fixtures go to $SCHEMAGUARD_BENCH_DIR
# (default: a temporary directory removed at the end).
#
# The Go benchmarks are separate:
#   go test ./bench -run '^$' -bench 'DiffClassify|Inspect' -count 5
#   go test ./bench -run '^$' -bench Probe -benchtime 1x -count 5
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
dir=${SCHEMAGUARD_BENCH_DIR:-}
if [ -z "$dir" ]; then
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"

go build -o "$dir/schemaguard" ./cmd/schemaguard
if [ ! -f "$dir/e2e/schema.db" ]; then
	mkdir -p "$dir/e2e"
	go run ./bench/cmd/benchgen -dir "$dir/e2e" -tables 500 -rows 20 -changes 150
fi
sg="$dir/schemaguard"
# verify exits 1 when it finds DANGEROUS changes; --fail-on none keeps the
# exit status 0 so that a failure to run is still noticed.
example="cd examples/shop && $sg verify --fail-on none >/dev/null"
big="$sg verify --db sqlite:$dir/e2e/schema.db --desired $dir/e2e/desired.sql --fail-on none >/dev/null"
bignodata="$sg verify --db sqlite:$dir/e2e/schema.db --desired $dir/e2e/desired.sql --fail-on none --no-data >/dev/null"

# Show what is being timed once.
(cd examples/shop && "$sg" verify --fail-on none | tail -n 3)
"$sg" verify --db "sqlite:$dir/e2e/schema.db" --desired "$dir/e2e/desired.sql" --fail-on none | tail -n 3

if command -v hyperfine >/dev/null; then
	hyperfine --warmup 2 --runs "$RUNS" --shell bash --export-json "$dir/hyperfine.json" \
		-n example "$example" -n tables-500 "$big" -n tables-500-no-data "$bignodata"
	# hyperfine prints means; the machine is noisy, so report medians.
	python3 -c 'import json,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-20s median %.1f ms over %d runs" % (r["command"], r["median"]*1000, len(r["times"])))' "$dir/hyperfine.json"
	exit 0
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
for name in example tables-500 tables-500-no-data; do
	case $name in
	example) cmd=$example ;;
	tables-500) cmd=$big ;;
	*) cmd=$bignodata ;;
	esac
	m=$(for _ in $(seq "$RUNS"); do
		s=$(date +%s%N)
		bash -c "$cmd"
		e=$(date +%s%N)
		echo $(((e - s) / 1000000))
	done | median)
	printf '%-20s median %s ms over %s runs\n' "$name" "$m" "$RUNS"
done
