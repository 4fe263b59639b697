# tools/model.mk: the entity tagger's model, run from the top of the tree
# by `make model` (or `make -f tools/model.mk TARGET SHARED=../shared`).
#
#   model        retrain src/data/tagger_model.gen.c from $(SHARED)/data/ner
#   model-check  retrain into build/ and compare with the committed file
#   model-eval   retrain and score the tagger alone on the dev file
#   lexicons     regenerate src/data/tag_{region,acronym,stop}.tsv
#
# Training is deterministic (integer perceptron, fixed seed and order), so
# model-check passes exactly when the committed weights come from these
# sources and data; rerun `make model` after changing src/tag_feat.c or a
# src/data/tag_*.tsv.  IDNer only: with NERGrit added (per-file weights,
# train.c) the mean dev F1 over four seeds went from 0.819 to 0.821, within
# the spread between seeds (0.81-0.83), so it is left out; at 20 bits it
# gave 0.834 against 0.827 over three seeds for the tagger alone, but
# nothing in the full pipeline (idner-dev, id-news-dev) at three times the
# rows.  20 bits against 16: 0.827 against 0.819 (three seeds); three runs
# averaged (-k 3): 0.833 against 0.827, and steadier between seeds.
# Loss-augmented decoding (-c 32, train.c): mean dev F1 over four seeds
# 0.835 against 0.829 (every seed 0.832 or more, against 0.822-0.833);
# 8 to 64 all gained, 128 less.  Full pipeline: idner-dev 0.794 -> 0.803,
# id-news-dev entities no label lower.

SHARED		?= ../shared
CC		?= cc
NER		= $(SHARED)/data/ner
TRAIN_DATA	= $(NER)/idner-train.conll
DEV_DATA	= $(NER)/idner-dev.conll
EPOCHS		= 12
BITS		= 20
RUNS		= 3
COST		= 32
SEED		= 20201
TRAIN_ARGS	= -n $(EPOCHS) -b $(BITS) -k $(RUNS) -c $(COST) -s $(SEED)
NICE		= nice -n 10

G		= build/gen
LEX_TSV		= $(sort $(wildcard src/data/*.tsv))
LEX_GEN		= $(patsubst src/data/%.tsv,$(G)/lex_%.c,$(LEX_TSV)) $(G)/lex_all.c
TRAIN_SRC	= tools/train.c src/tag_feat.c src/lex.c src/util.c
TRAIN		= build/tools/train

.PHONY: model model-check model-eval lexicons

model: $(TRAIN)
	$(NICE) $(TRAIN) $(TRAIN_ARGS) -o src/data/tagger_model.gen.c.tmp \
	    $(TRAIN_DATA)
	mv src/data/tagger_model.gen.c.tmp src/data/tagger_model.gen.c

model-check: $(TRAIN)
	@mkdir -p build/tools
	$(NICE) $(TRAIN) $(TRAIN_ARGS) -o build/tools/tagger_model.gen.c \
	    $(TRAIN_DATA)
	cmp build/tools/tagger_model.gen.c src/data/tagger_model.gen.c
	@echo "model-check: src/data/tagger_model.gen.c reproduced exactly"

model-eval: $(TRAIN)
	$(NICE) $(TRAIN) $(TRAIN_ARGS) -d $(DEV_DATA) $(TRAIN_DATA)

lexicons:
	sh tools/tag_lexicons.sh $(SHARED)

$(LEX_GEN) $(G)/lexicons.h: $(LEX_TSV)
	$(MAKE) -f Makefile $(LEX_GEN) $(G)/lexicons.h

$(TRAIN): $(TRAIN_SRC) src/tag_feat.h src/lex.h src/util.h $(LEX_GEN) $(G)/lexicons.h
	@mkdir -p build/tools
	$(CC) -O2 -std=c11 -Wall -Wextra -Wno-comment -D_POSIX_C_SOURCE=200809L -Isrc \
	    -I$(G) -o $@ $(TRAIN_SRC) $(LEX_GEN) -pthread
