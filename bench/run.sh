#!/bin/sh
# bench/run.sh KUTIP SHARED: throughput and memory on a large JSONL dump.
#
# Builds build/bench/dump.jsonl of at least BENCH_MB megabytes (default 256)
# by repeating SHARED/data/corpus/id_*.jsonl when that folder exists, else
# the bundled fixtures, then runs each command RUNS times (default 3) under
# /usr/bin/time and reports the median: MB/s, articles/s, peak RSS, and the
# time relative to `wc -w`.  It also checks that -j 2 writes the same bytes
# as -j 1, and streams the dump STREAM_MB megabytes long (default 2048,
# 0 to skip) through one default run through a pipe, to show that peak
# memory does not grow with the input.  The dump stays outside git.
set -eu
KUTIP=${1:-./kutip}
SHARED=${2:-../shared}
MB=${BENCH_MB:-256}
RUNS=${RUNS:-3}
D=build/bench
mkdir -p "$D"
DUMP=$D/dump-$MB.jsonl

if [ ! -s "$DUMP" ]; then
	set -- "$SHARED"/data/corpus/id_*.jsonl
	[ -f "$1" ] || set -- tests/fixtures/*.jsonl
	: > "$D/unit.jsonl"
	for f in "$@"; do
		# keep only lines that are JSON objects, so every run counts the same
		grep '^{' "$f" >> "$D/unit.jsonl" || true
	done
	: > "$DUMP.tmp"
	while [ "$(wc -c < "$DUMP.tmp")" -lt $((MB * 1024 * 1024)) ]; do
		cat "$D/unit.jsonl" >> "$DUMP.tmp"
	done
	mv "$DUMP.tmp" "$DUMP"
fi
bytes=$(wc -c < "$DUMP")
articles=$(wc -l < "$DUMP")
echo "dump: $DUMP, $((bytes / 1048576)) MB, $articles articles, $RUNS runs each"
command -v /usr/bin/time > /dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# median of the elapsed seconds and peak RSS (KB) of RUNS runs of "$@"
measure() {
	i=0
	: > "$D/times"
	while [ $i -lt "$RUNS" ]; do
		/usr/bin/time -f '%e %M' -o "$D/t1" "$@" < "$DUMP" > /dev/null
		cat "$D/t1" >> "$D/times"
		i=$((i + 1))
	done
	sort -n "$D/times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print $1, $2 }'
}

printf '%-28s %9s %9s %12s %9s %8s\n' command seconds MB/s articles/s "RSS MB" "x wc -w"
wc_s=
row() { # label command...
	label=$1
	shift
	set -- $(measure "$@")
	s=$1
	rss=$2
	[ -n "$wc_s" ] || wc_s=$s
	awk -v l="$label" -v s="$s" -v b="$bytes" -v a="$articles" -v r="$rss" -v w="$wc_s" 'BEGIN {
	    if (s <= 0) s = 0.01
	    printf "%-28s %9.2f %9.1f %12.0f %9.1f %8.2f\n", l, s, b / 1048576 / s, a / s, r / 1024, s / w }'
}
row "wc -w" wc -w
row "cat" cat
row "kutip --emit=doc,sentence" "$KUTIP" -f jsonl --emit=doc,sentence
row "kutip (default)" "$KUTIP" -f jsonl
row "kutip -j 2 (default)" "$KUTIP" -f jsonl -j 2

"$KUTIP" -f jsonl -j 1 < "$DUMP" | cksum > "$D/j1.sum"
"$KUTIP" -f jsonl -j 2 < "$DUMP" | cksum > "$D/j2.sum"
if cmp -s "$D/j1.sum" "$D/j2.sum"; then
	echo "-j 2 output identical to -j 1: yes"
else
	echo "-j 2 output identical to -j 1: NO" >&2
	exit 1
fi

# one run over the dump repeated to STREAM_MB, read from a pipe so that no
# file that big is written; /usr/bin/time measures kutip alone
STREAM=${STREAM_MB:-2048}
if [ "$STREAM" -gt 0 ]; then
	n=$(( (STREAM * 1048576 + bytes - 1) / bytes ))
	i=0
	while [ $i -lt $n ]; do cat "$DUMP"; i=$((i + 1)); done |
	    /usr/bin/time -f '%e %M' -o "$D/t1" "$KUTIP" -f jsonl > /dev/null
	awk -v s="$(cut -d' ' -f1 "$D/t1")" -v r="$(cut -d' ' -f2 "$D/t1")" \
	    -v b="$((bytes * n))" -v a="$((articles * n))" 'BEGIN {
	    if (s <= 0) s = 0.01
	    printf "%-28s %9.2f %9.1f %12.0f %9.1f %8s\n",
	        sprintf("kutip, %d MB piped", b / 1048576), s, b / 1048576 / s,
	        a / s, r / 1024, "-" }'
fi
