#!/bin/sh
# tests/golden/run.sh: end-to-end golden tests.  For each NAME.in, run
#   kutip $(cat NAME.args) NAME.in     (default args: --emit=doc,sentence,entity,quote --text)
# in tests/golden under LC_ALL=C and compare standard output with NAME.out
# and the exit status with NAME.status (default 0).  Prints "ok NAME" or
# "FAIL NAME" and a diff.  Regenerate an expected file by hand only after
# reading the diff: KUTIP_REGEN=1 sh tests/golden/run.sh NAME
: "${KUTIP:=./kutip}"
case $KUTIP in /*) ;; *) KUTIP=$(pwd)/$KUTIP ;; esac
cd "${GOLDEN_DIR:-$(dirname "$0")}" || exit 1
LC_ALL=C
export LC_ALL
only=$1
for in in *.in; do
	[ -e "$in" ] || continue
	name=${in%.in}
	[ -z "$only" ] || [ "$only" = "$name" ] || continue
	args="--emit=doc,sentence,entity,quote --text"
	[ -f "$name.args" ] && args=$(cat "$name.args")
	want_status=0
	[ -f "$name.status" ] && want_status=$(cat "$name.status")
	# shellcheck disable=SC2086
	"$KUTIP" $args "$in" > "$name.got" 2> "$name.err"
	status=$?
	if [ -n "$KUTIP_REGEN" ]; then
		cp "$name.got" "$name.out"
		[ "$status" = 0 ] || echo "$status" > "$name.status"
	fi
	if [ "$status" != "$want_status" ]; then
		echo "FAIL $name: exit $status, want $want_status"
		cat "$name.err"
	elif ! diff -u "$name.out" "$name.got" > "$name.diff" 2>&1; then
		echo "FAIL $name"
		head -40 "$name.diff"
	else
		echo "ok $name"
		rm -f "$name.got" "$name.err" "$name.diff"
	fi
done
exit 0
