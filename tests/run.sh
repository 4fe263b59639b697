#!/bin/sh
# tests/run.sh: run the unit test binaries given as arguments, then the
# scripts tests/*/run.sh (golden, anomaly, pathological...) against $KUTIP;
# each prints "ok NAME" or "FAIL NAME" lines; print "N passed, N failed".
: "${KUTIP:=./kutip}"
export KUTIP
pass=0
fail=0
for t in "$@"; do
	if "$t" >"$t.log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $t"
		tail -20 "$t.log"
	fi
done
for s in tests/*/run.sh; do
	[ -f "$s" ] || continue
	out=$(sh "$s" 2>&1)
	st=$?
	echo "$out" | grep -v '^ok ' | grep -v '^[0-9]* passed' || true
	if [ "$st" != 0 ]; then
		echo "FAIL $s: exited $st"
		fail=$((fail + 1))
	fi
	p=$(echo "$out" | grep -c '^ok ')
	f=$(echo "$out" | grep -c '^FAIL')
	pass=$((pass + p))
	fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
