#!/bin/sh
# tests/eval.sh KUTIP SHARED: run the scorers of SHARED/eval on the
# development data, when SHARED exists (it is not part of the project).
KUTIP=${1:-./kutip}
SHARED=${2:-../shared}
if [ ! -d "$SHARED/eval" ]; then
	echo "eval: $SHARED/eval not found: nothing to score"
	exit 0
fi
E=$SHARED/eval
D=$SHARED/data
run() {
	echo "== $*"
	python3 "$@" --kutip "$KUTIP" | grep -v '^  ' | tail -12
}
run "$E/score_normalize.py" "$D/normalize/id-norm-dev.json"
run "$E/score_segment.py" "$D/segment/id-news-dev.json" --lang id
run "$E/score_segment.py" "$D/segment/seed-article.json" --lang id
run "$E/score_segment.py" "$D/segment/ud-csui-train.json" --lang id
run "$E/score_segment.py" "$D/segment/ud-gsd-dev.json" --lang id
run "$E/score_segment.py" "$D/segment/golden-rules-en.json" --lang en
run "$E/score_quotes.py" "$D/quotes/id-news-dev.gold.jsonl"
run "$E/score_quotes.py" "$D/quotes/pfsa-id-dev.gold.jsonl" --kinds direct
run "$E/score_quotes.py" "$D/quotes/polnear-dev.gold.jsonl" --kinds direct
run "$E/score_ner.py" "$D/ner/idner-dev.conll"
