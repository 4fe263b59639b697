#!/bin/sh
# tests/patho/run.sh: pathological inputs for the sentence splitter
# (src/segment.c), through ./kutip --emit=doc,sentence.  Each must finish
# under a generous timeout (linear time: a quadratic path takes hours on
# these sizes) and give the number of sentences stated.  Not a timing test.
: "${KUTIP:=./kutip}"
T=$(mktemp -d "${TMPDIR:-/tmp}/kutip-patho.XXXXXX")
trap 'rm -rf "$T"' EXIT
LIMIT=${PATHO_TIMEOUT:-300}

# repeat STRING N: STRING N times, no newline
repeat() {
	awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# check NAME WANT-SENTENCES FILE: WANT "-" accepts any count
check() {
	timeout "$LIMIT" "$KUTIP" --format=text --lang=id --emit=doc --max-article-bytes=64M \
	    "$3" > "$T/out" 2> "$T/err"
	st=$?
	got=$(sed -n 's/.*"sentences":\([0-9]*\).*/\1/p' "$T/out")
	if [ "$st" = 124 ]; then
		echo "FAIL $1: did not finish in $LIMIT s"
	elif [ "$st" != 0 ]; then
		echo "FAIL $1: exit $st: $(head -c 300 "$T/err")"
	elif [ -z "$got" ] || { [ "$2" != - ] && [ "$got" != "$2" ]; }; then
		echo "FAIL $1: $got sentences, want $2"
	else
		echo "ok $1"
	fi
}

# 10 MB without a full stop: one sentence
repeat 'kata dia ' 1200000 > "$T/nostop.txt"
check patho-no-full-stop 1 "$T/nostop.txt"

# 100,000 straight marks, then curly ones, in one paragraph: the quotes
# pair, the sentences between them are not swallowed
repeat '"Ya." Ia pergi. ' 50000 > "$T/q1.txt"
check patho-straight-quotes 100000 "$T/q1.txt"
repeat '“Ya. Tidak,” kata dia. ' 50000 > "$T/q2.txt"
check patho-curly-quotes 50000 "$T/q2.txt"
# 100,000 opening marks and nothing else; then Kompas marks unpaired
repeat '“' 100000 > "$T/q3.txt"
check patho-open-marks 1 "$T/q3.txt"
repeat '”Ya. ' 100000 > "$T/q4.txt"
check patho-kompas-marks - "$T/q4.txt"

# one 10 MB word of abbreviations and initials glued by full stops
repeat 'Ab.Cd.' 1700000 > "$T/glued.txt"
check patho-glued-stops - "$T/glued.txt"
repeat 'a.B.' 2500000 > "$T/glued2.txt"
check patho-glued-initials - "$T/glued2.txt"
# an address made of e-mail characters, 4 MB without a blank
repeat 'x@y.z.' 700000 > "$T/mail.txt"
check patho-mail-run - "$T/mail.txt"

# a million prepositive abbreviations, then runs of full stops
repeat 'Plt. ' 1000000 > "$T/abbr.txt"
check patho-abbreviations 1 "$T/abbr.txt"
repeat '.' 5000000 > "$T/dots.txt"
check patho-dots 1 "$T/dots.txt"
repeat '. ' 2000000 > "$T/spaced.txt"
check patho-spaced-dots - "$T/spaced.txt"

# a list of 100,000 items and 500,000 paragraphs
awk 'BEGIN { for (i = 1; i <= 100000; i++) printf "%d. Butir ke ", i % 100 }' \
    > "$T/list.txt"
check patho-list - "$T/list.txt"
awk 'BEGIN { for (i = 1; i <= 500000; i++) printf "Ya %d.\n\n", i }' \
    > "$T/paras.txt"
check patho-paragraphs 500000 "$T/paras.txt"
