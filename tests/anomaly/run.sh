#!/bin/sh
# tests/anomaly/run.sh: what a user of a Unix filter expects when things
# go wrong: bad records, unreadable files, write errors, SIGPIPE, options.
# Prints "ok NAME" or "FAIL NAME: why".  Needs jq to check that every
# output line is valid JSON independently of kutip's own reader.
: "${KUTIP:=./kutip}"
F=tests/fixtures
T=$(mktemp -d "${TMPDIR:-/tmp}/kutip-anomaly.XXXXXX")
trap 'rm -rf "$T"' EXIT
LC_ALL=C
export LC_ALL

ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }
check() { # name condition-command...
	n=$1
	shift
	if "$@"; then ok "$n"; else fail "$n" "$*"; fi
}

# wait_for PATTERN FILE: up to 10 s for PATTERN to appear in FILE
wait_for() {
	i=0
	while [ $i -lt 100 ] && ! grep -q "$1" "$2" 2>/dev/null; do
		sleep 0.1
		i=$((i + 1))
	done
}

valid_json() { # every line of $1 is a JSON object
	jq -c 'select(type != "object")' "$1" > "$T/nonobj" 2>"$T/jqerr" &&
	    [ ! -s "$T/nonobj" ] && [ ! -s "$T/jqerr" ]
}

# Good records: one doc per article, exit 0, valid JSON.
"$KUTIP" $F/articles.jsonl > "$T/out" 2> "$T/err"
st=$?
check jsonl-exit-0 [ "$st" = 0 ]
check jsonl-valid-json valid_json "$T/out"
check jsonl-one-doc-each [ "$(grep -c '"type":"doc"' "$T/out")" = 10 ]
check jsonl-no-stderr [ ! -s "$T/err" ]
check jsonl-doc-order [ "$(jq -r 'select(.type=="doc") | .doc' "$T/out" | tr '\n' ' ')" = "a1 2 en-1 a4 a5 a6 a7 8.5 tests/fixtures/articles.jsonl:9 a10 " ]
check jsonl-number-id-as-written grep -q '"doc":8.5,' "$T/out"

# Bad records: each gives exactly one error record, in order; exit 1.
"$KUTIP" $F/bad.jsonl > "$T/out" 2> "$T/err"
st=$?
check bad-exit-1 [ "$st" = 1 ]
check bad-valid-json valid_json "$T/out"
check bad-records-in-order [ "$(jq -r '.type + ":" + (.doc|tostring)' "$T/out" | tr '\n' ' ')" = "doc:ok1 error:null error:null error:notext error:wrongtype error:null error:null doc:ok2 " ]
check bad-message-format grep -q "^kutip: tests/fixtures/bad.jsonl:2: unterminated string" "$T/err"
check bad-one-message-each [ "$(wc -l < "$T/err")" = 6 ]
check bad-error-line [ "$(jq -r 'select(.type=="error") | .line' "$T/out" | tr '\n' ' ')" = "2 3 4 5 6 7 " ]

# An unreadable file among good ones: reported, the rest processed, exit 1.
printf 'Satu.\n' > "$T/one.txt"
printf 'Dua.\n' > "$T/two.txt"
"$KUTIP" "$T/one.txt" "$T/missing.txt" "$T/two.txt" > "$T/out" 2> "$T/err"
st=$?
check missing-exit-1 [ "$st" = 1 ]
check missing-rest-processed [ "$(jq -r .type "$T/out" | tr '\n' ' ')" = "doc error doc " ]
check missing-message grep -q "^kutip: $T/missing.txt: No such file or directory" "$T/err"
if [ "$(id -u)" != 0 ]; then
	printf 'x\n' > "$T/noread.txt"
	chmod 000 "$T/noread.txt"
	"$KUTIP" "$T/noread.txt" "$T/one.txt" > "$T/out" 2>&1
	check unreadable-exit-1 [ $? = 1 ]
fi
"$KUTIP" "$T" > "$T/out" 2> "$T/err"
st=$?
check directory-exit-1 [ "$st" = 1 ]
check directory-message grep -q "^kutip: $T: read error: Is a directory" "$T/err"

# Write errors: /dev/full and a closed standard output exit 2 with a message.
if [ -w /dev/full ]; then
	"$KUTIP" $F/articles.jsonl > /dev/full 2> "$T/err"
	st=$?
	check devfull-exit-2 [ "$st" = 2 ]
	check devfull-message grep -q '^kutip: write error: No space left on device' "$T/err"
fi
"$KUTIP" $F/articles.jsonl >&- 2> "$T/err"
st=$?
check closed-stdout-exit-2 [ "$st" = 2 ]
check closed-stdout-message grep -q '^kutip: write error' "$T/err"

# SIGPIPE: `kutip | head -1` ends quietly.
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	cat $F/articles.jsonl
done > "$T/many.jsonl"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$T/many.jsonl"; done > "$T/more.jsonl"
("$KUTIP" "$T/more.jsonl" 2> "$T/err"; echo $? > "$T/st") | head -c1 > /dev/null
check sigpipe-quiet [ ! -s "$T/err" ]
check sigpipe-status [ "$(cat "$T/st")" = 141 ] || [ "$(cat "$T/st")" = 0 ]

# -j: the same bytes whatever the number of threads.
"$KUTIP" -j1 --emit=doc,sentence,entity,quote "$T/more.jsonl" > "$T/j1"
"$KUTIP" -j2 --emit=doc,sentence,entity,quote "$T/more.jsonl" > "$T/j2"
"$KUTIP" -j5 --emit=doc,sentence,entity,quote "$T/more.jsonl" > "$T/j5"
check jobs-identical-2 cmp -s "$T/j1" "$T/j2"
check jobs-identical-5 cmp -s "$T/j1" "$T/j5"
check jobs-all-docs [ "$(grep -c '"type":"doc"' "$T/j1")" = 2000 ]

# GNU parallel over a dump gives the same bytes as one process.
if command -v parallel > /dev/null; then
	# records without an id are named FILE:LINE, which a split changes
	grep -v '^{"text"' "$T/more.jsonl" > "$T/ids.jsonl"
	"$KUTIP" --emit=doc,sentence,entity,quote "$T/ids.jsonl" > "$T/one"
	parallel --will-cite --pipe --keep-order -N 37 "$KUTIP" -f jsonl \
	    --emit=doc,sentence,entity,quote < "$T/ids.jsonl" > "$T/par"
	check parallel-identical cmp -s "$T/one" "$T/par"
else
	echo "skip parallel-identical: GNU parallel is not installed"
fi

# Locale does not change the bytes.
LC_ALL=C.UTF-8 "$KUTIP" -j1 --emit=doc,sentence,entity,quote "$T/more.jsonl" > "$T/loc" 2>/dev/null
check locale-identical cmp -s "$T/j1" "$T/loc"

# Options: --help and --version to stdout with exit 0; bad usage exit 2.
"$KUTIP" --help > "$T/out" 2> "$T/err"
check help-exit-0 [ $? = 0 ]
check help-stdout grep -q '^usage: kutip' "$T/out"
"$KUTIP" --version > "$T/out"
check version grep -q '^kutip [0-9]' "$T/out"
"$KUTIP" --emit=doc,bogus < /dev/null > "$T/out" 2> "$T/err"
check bad-emit-exit-2 [ $? = 2 ]
check bad-emit-message grep -q '^kutip: unknown record type in --emit' "$T/err"
"$KUTIP" --no-such-option < /dev/null > "$T/out" 2> "$T/err"
check bad-option-exit-2 [ $? = 2 ]
"$KUTIP" -j 0 < /dev/null > /dev/null 2>&1
check bad-jobs-exit-2 [ $? = 2 ]

# Text input: stdin is "-"; an empty file is an empty article.
printf 'Sebuah berita pendek.\n' | "$KUTIP" --emit=doc > "$T/out"
check stdin-doc-name grep -q '"doc":"-"' "$T/out"
: > "$T/empty.txt"
"$KUTIP" --format=text "$T/empty.txt" > "$T/out"
check empty-file-one-doc [ "$(grep -c '"type":"doc".*"chars":0' "$T/out")" = 1 ]
: | "$KUTIP" > "$T/out"
st=$?
check empty-stdin-exit-0 [ "$st" = 0 ]
check empty-stdin-no-record [ ! -s "$T/out" ]
printf '\n  \n' | "$KUTIP" > "$T/out"
check blank-stdin-no-record [ ! -s "$T/out" ]
printf '\357\273\277  Kata.' | "$KUTIP" -o doc --text > "$T/out"
check bom-text-auto grep -q '"text":"Kata."' "$T/out"

# The size limit gives an error record, never an abort.
head -c 3000 /dev/zero | tr '\0' 'a' > "$T/big.txt"
"$KUTIP" --max-article-bytes=1K "$T/big.txt" "$T/one.txt" > "$T/out" 2> "$T/err"
check limit-exit-1 [ $? = 1 ]
check limit-records [ "$(jq -r .type "$T/out" | tr '\n' ' ')" = "error doc " ]
{ printf '{"id":"big","text":"'; head -c 5000 /dev/zero | tr '\0' 'a'; printf '"}\n{"id":"small","text":"b"}\n'; } > "$T/big.jsonl"
"$KUTIP" --max-article-bytes=1K "$T/big.jsonl" > "$T/out" 2> "$T/err"
check limit-jsonl-records [ "$(jq -r '.type + ":" + (.doc|tostring)' "$T/out" | tr '\n' ' ')" = "error:big doc:small " ]

# The default limit is 1 MiB: one byte over gives an error record.
head -c 1048577 /dev/zero | tr '\0' 'a' > "$T/over.txt"
"$KUTIP" "$T/over.txt" "$T/one.txt" > "$T/out" 2> "$T/err"
check limit-default-1m [ "$(jq -r .type "$T/out" | tr '\n' ' ')" = "error doc " ]
head -c 1048576 /dev/zero | tr '\0' 'a' > "$T/at.txt"
"$KUTIP" -o doc "$T/at.txt" > "$T/out" 2> "$T/err"
check limit-default-at-1m [ "$(jq -r .type "$T/out")" = doc ]

# NUL bytes: never a silent truncation.
printf '{"id":"n","text":"a\000b"}\n{"id":"m","text":"c"}\n' > "$T/nul.jsonl"
"$KUTIP" "$T/nul.jsonl" > "$T/out" 2> "$T/err"
check nul-jsonl-error [ "$(jq -r .type "$T/out" | tr '\n' ' ')" = "error doc " ]
printf 'Kata\000dia.\n' > "$T/nul.txt"
"$KUTIP" --emit=doc --text "$T/nul.txt" > "$T/out"
check nul-text-kept-going grep -q '"chars":' "$T/out"

# Read errors (an LD_PRELOAD shim makes read(2) fail with EIO): the records
# read before the failure are processed, the failure is reported, exit 1.
if cc -shared -fPIC -o "$T/readfail.so" tests/anomaly/readfail.c -ldl 2>/dev/null &&
    ! ldd "$KUTIP" 2>/dev/null | grep -q libasan; then
	head -c 2000 $F/articles.jsonl | head -n 2 > /dev/null
	n=$(head -n 2 $F/articles.jsonl | wc -c)
	KUTIP_READFAIL_AFTER=$n LD_PRELOAD="$T/readfail.so" "$KUTIP" \
	    $F/articles.jsonl > "$T/out" 2> "$T/err"
	st=$?
	check readerr-exit-1 [ "$st" = 1 ]
	check readerr-message grep -q 'read error: Input/output error' "$T/err"
	check readerr-records [ "$(jq -r 'select(.type == "doc" or .type == "error") | .type' "$T/out" | tr '\n' ' ')" = "doc doc error " ]
	KUTIP_READFAIL_AFTER=100 LD_PRELOAD="$T/readfail.so" "$KUTIP" \
	    $F/lampung-timur-lpse.txt "$T/one.txt" > "$T/out" 2> "$T/err"
	check readerr-text-next-file [ "$(jq -r .type "$T/out" | tr '\n' ' ')" = "error error " ]
	# failing in the middle of line 3: one error record for it, no other
	n=$(head -n 2 $F/articles.jsonl | wc -c)
	KUTIP_READFAIL_AFTER=$((n + 10)) LD_PRELOAD="$T/readfail.so" "$KUTIP" \
	    $F/articles.jsonl > "$T/out" 2> "$T/err"
	check readerr-midline-records [ "$(jq -r 'select(.type == "doc" or .type == "error") | .type + ":" + (.line|tostring)' "$T/out" | tr '\n' ' ')" = "doc:null doc:null error:3 " ]
	check readerr-midline-message [ "$(cat "$T/err")" = "kutip: tests/fixtures/articles.jsonl:3: read error: Input/output error" ]
fi

# -u: each article is written as soon as its line is read, before the
# writer sends the next one or closes (tail -f pipelines).
mkfifo "$T/fifo"
"$KUTIP" -u -f jsonl < "$T/fifo" > "$T/uout" 2>&1 &
kpid=$!
exec 3> "$T/fifo"
echo '{"id":"live","text":"Berita pertama."}' >&3
wait_for '"doc":"live"' "$T/uout"
check unbuffered-live grep -q '"doc":"live"' "$T/uout"
exec 3>&-
wait $kpid
# ... also when the format is sniffed from a feed that trickles in
rm -f "$T/fifo" "$T/uout"
mkfifo "$T/fifo"
"$KUTIP" -u < "$T/fifo" > "$T/uout" 2>&1 &
kpid=$!
exec 3> "$T/fifo"
echo '{"id":"auto","text":"Berita."}' >&3
wait_for '"doc":"auto"' "$T/uout"
check unbuffered-auto-format grep -q '"doc":"auto"' "$T/uout"
exec 3>&-
wait $kpid
# ... and for text files: the first is written before the second is read
rm -f "$T/fifo" "$T/uout"
mkfifo "$T/fifo"
"$KUTIP" -u "$T/one.txt" "$T/fifo" > "$T/uout" 2>&1 &
kpid=$!
exec 3> "$T/fifo"
wait_for "one.txt" "$T/uout"
check unbuffered-text-files grep -q "one.txt" "$T/uout"
exec 3>&-
wait $kpid

# A line over the line limit is reported with its real length.
{ printf '{"id":"long","text":"'; head -c 70000 /dev/zero | tr '\0' 'a'; printf '"}\n'; } > "$T/long.jsonl"
"$KUTIP" --max-article-bytes=1K "$T/long.jsonl" > "$T/out" 2> "$T/err"
check line-limit-message grep -q "long.jsonl:1: line of 70023 bytes is over the limit of 67584" "$T/err"

# Unused fields cost no memory: a 10 MB "meta" array beside a short text.
if command -v /usr/bin/time > /dev/null && ! ldd "$KUTIP" 2>/dev/null | grep -q libasan; then
	{ printf '{"id":"m","text":"Ya.","meta":['; awk 'BEGIN { for (i = 0; i < 2500000; i++) printf "0,"; print "0]}" }'; } > "$T/meta.jsonl"
	/usr/bin/time -f '%M' -o "$T/rss" "$KUTIP" --max-article-bytes=16M "$T/meta.jsonl" > "$T/out" 2>&1
	check unused-field-memory [ "$(tail -1 "$T/rss")" -lt 40000 ]
	check unused-field-doc grep -q '"doc":"m"' "$T/out"
fi

# -k and --id-field choose the fields; {"text":null} falls back to content.
printf '{"url":"u1","isi":"Teks isi.","text":"bukan ini"}\n{"id":"n","text":null,"content":"Dari content."}\n' > "$T/fields.jsonl"
"$KUTIP" -k isi --id-field=url -o doc --text "$T/fields.jsonl" > "$T/out"
check field-options [ "$(jq -r '.doc + "=" + .text' "$T/out" | head -1)" = "u1=Teks isi." ]
check text-null-falls-back [ "$(jq -r '.text' "$T/out" | tail -1)" = "Dari content." ]

# -l forces the language; auto decides per article.
printf '{"id":1,"text":"The mayor said that the plan was good."}\n' > "$T/en.jsonl"
check lang-auto-en [ "$("$KUTIP" -o doc "$T/en.jsonl" | jq -r .lang)" = en ]
check lang-forced-id [ "$("$KUTIP" -l id -o doc "$T/en.jsonl" | jq -r .lang)" = id ]
exit 0
