#!/bin/sh
# tests/stress/run.sh: generated hostile inputs through the whole pipeline.
# Each must finish under a generous timeout (linear time: a quadratic path
# takes hours on these sizes, not seconds), exit as stated, and give
# exactly one doc or error record.  Not a timing test: the timeouts are
# 20 to 100 times what a linear run takes.
: "${KUTIP:=./kutip}"
T=$(mktemp -d "${TMPDIR:-/tmp}/kutip-stress.XXXXXX")
trap 'rm -rf "$T"' EXIT
LIMIT=${STRESS_TIMEOUT:-300}

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }

# repeat STRING N: STRING N times, no newline
repeat() {
	awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# run(): articles far over the default 1 MiB limit, to test robustness
run() { # name want-status want-records args...
	name=$1 want=$2 recs=$3
	shift 3
	timeout "$LIMIT" "$KUTIP" --max-article-bytes=64M "$@" > "$T/out" 2> "$T/err"
	st=$?
	if [ "$st" = 124 ]; then
		fail "$name" "did not finish in $LIMIT s"
	elif [ "$st" != "$want" ]; then
		fail "$name" "exit $st, want $want: $(head -c 300 "$T/err")"
	elif [ "$(grep -c '^{"type":"\(doc\|error\)"' "$T/out")" != "$recs" ]; then
		fail "$name" "want $recs doc/error records"
	else
		ok "$name"
	fi
}

# 1,000,000 quotation marks of every kind, in one paragraph and in many
repeat '“' 250000 > "$T/q1.txt"; repeat '”' 250000 >> "$T/q1.txt"
repeat '"' 250000 >> "$T/q1.txt"; repeat '«»' 125000 >> "$T/q1.txt"
run quote-marks-1m 0 1 --format=text "$T/q1.txt"
repeat '“Ya,” kata Zaiful. ' 100000 > "$T/q2.txt"
run quoted-sentences-100k 0 1 --format=text "$T/q2.txt"
repeat '”Ya, kata dia. ' 100000 > "$T/q3.txt"
run unbalanced-kompas-marks 0 1 --format=text "$T/q3.txt"

# 10 MB without a full stop; one 10 MB word; abbreviations without end
repeat 'kata yang panjang sekali tanpa titik ' 270000 > "$T/nostop.txt"
run no-full-stop-10mb 0 1 --format=text "$T/nostop.txt"
repeat 'a' 10000000 > "$T/word.txt"
run one-word-10mb 0 1 --format=text "$T/word.txt"
repeat 'Plt. Dr. H. Jl. No. ' 300000 > "$T/abbr.txt"
run abbreviations-6mb 0 1 --format=text "$T/abbr.txt"
repeat 'Zaiful Bokhari mengatakan, ' 200000 > "$T/cue.txt"
run cues-200k 0 1 --format=text "$T/cue.txt"
repeat 'Lembaga Pengadaan Secara Elektronik (LPSE) ' 100000 > "$T/acr.txt"
run acronyms-100k 0 1 --format=text "$T/acr.txt"
repeat '\\\\\\"&amp;&#8220;â€œ ' 200000 > "$T/esc.txt"
run escapes-entities-mojibake 0 1 --format=text "$T/esc.txt"
repeat 'Rp78,7 miliar 9/7 2019 10.00 ' 200000 > "$T/num.txt"
run numbers-dates-money 0 1 --format=text "$T/num.txt"
repeat '\n\n' 1000000 > "$T/paras.txt"
run blank-lines-2m 0 1 --format=text "$T/paras.txt"

# count TYPE: the records of that type in the last run's output
count() { grep -c "^{\"type\":\"$1\"" "$T/out"; }
# atleast NAME N TYPE: the last run gave at least N records of TYPE
atleast() {
	if [ "$(count "$3")" -ge "$2" ]; then ok "$1"; else
		fail "$1" "$(count "$3") $3 records, want at least $2"; fi
}
# atmost NAME N TYPE: and at most N
atmost() {
	if [ "$(count "$3")" -le "$2" ]; then ok "$1"; else
		fail "$1" "$(count "$3") $3 records, want at most $2"; fi
}

# Deep repetition: a real article 5,000 times (15 MB).  Its few names get
# thousands of mentions each; a walk over them per speaker was quadratic.
# The names do not multiply; each copy's quotes are found.
awk '{ t = t $0 "\n" } END { for (i = 0; i < 5000; i++) printf "%s\n", t }' \
    tests/fixtures/lampung-timur-lpse.txt > "$T/article.txt"
run repeated-article-15mb 0 1 --format=text "$T/article.txt"
atmost repeated-article-entities 100 entity
atleast repeated-article-quotes 5000 quote
repeat 'Zaiful Bokhari ' 400000 > "$T/name.txt"
run repeated-name-6mb 0 1 --format=text "$T/name.txt"
atmost repeated-name-entities 5 entity
# many distinct names and acronyms: a lookup per name must not walk them all
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Nama%c%c%c Orang%c%c kata, ",
    65 + i % 26, 97 + int(i / 26) % 26, 97 + int(i / 676) % 26,
    97 + int(i / 17576) % 26, 97 + i % 7 }' > "$T/names.txt"
run distinct-names-100k 0 1 --format=text "$T/names.txt"
awk 'BEGIN { for (i = 0; i < 50000; i++) { a = sprintf("%c%c%c%c",
    65 + i % 26, 65 + int(i / 26) % 26, 65 + int(i / 676) % 26,
    65 + int(i / 17576) % 26); printf "Badan %s Nasional (%s). ", a, a } }' \
    > "$T/acrs.txt"
run distinct-acronyms-50k 0 1 --format=text "$T/acrs.txt"
repeat '“Dia bilang ‘jangan “pergi ‘ke sana’ dulu” ya’ kok,” kata Budi. ' \
    50000 > "$T/nested.txt"
run nested-quotes-50k 0 1 --format=text "$T/nested.txt"

# A 100 MB JSONL line: over the limit, skipped without holding it in
# memory; the records around it are processed.
{
	echo '{"id":"before","text":"Sebelum."}'
	printf '{"id":"huge","text":"'
	head -c 104857600 /dev/zero | tr '\0' 'a'
	echo '"}'
	echo '{"id":"after","text":"Sesudah."}'
} > "$T/huge.jsonl"
run line-100mb 1 3 "$T/huge.jsonl"
if [ "$(grep -o '"type":"[a-z]*"' "$T/out" | tr '\n' ' ')" != '"type":"doc" "type":"error" "type":"doc" ' ]; then
	fail line-100mb-order "records out of order"
else
	ok line-100mb-order
fi
if command -v /usr/bin/time > /dev/null && ! ldd "$KUTIP" 2>/dev/null | grep -q libasan; then
	/usr/bin/time -f '%M' -o "$T/rss" "$KUTIP" "$T/huge.jsonl" > /dev/null 2>&1
	rss=$(tail -1 "$T/rss")
	if [ "$rss" -lt 131072 ]; then ok line-100mb-memory; else
		fail line-100mb-memory "peak RSS $rss KB for a 100 MB line"; fi
fi

# Deep JSON nesting is an error record, not a stack overflow.
{ repeat '[' 100000; echo; echo '{"id":"ok","text":"Baik."}'; } > "$T/deep.jsonl"
run deep-nesting 1 2 --format=jsonl "$T/deep.jsonl"
{ printf '{"id":"d","text":"x","meta":'; repeat '{"a":' 100000; echo; } > "$T/deep2.jsonl"
run deep-objects 1 1 --format=jsonl "$T/deep2.jsonl"
