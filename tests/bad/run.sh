#!/bin/sh
# tests/bad/run.sh: the bad-input corpus.  Each NAME.in is a hostile input
# with its expected output NAME.out and exit status NAME.status, run like
# the golden tests (NAME.args, default below).
: "${KUTIP:=./kutip}"
GOLDEN_DIR=$(dirname "$0")
export GOLDEN_DIR
exec sh tests/golden/run.sh "$@"
