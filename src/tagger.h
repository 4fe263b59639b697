/*
 * tagger.h: the statistical entity tagger (part of stage 5).
 *
 * tagger_tag() labels the tokens of each sentence PERSON/ORG/LOC with the
 * compiled model (an averaged perceptron over BIO tags, trained by
 * tools/train.c: `make model`) and appends its spans to a->cands with
 * source ENT_SRC_MODEL, in text order, scored 650-800 by the model's margin
 * or 350 (link only) when the model is unsure.  It runs after the rule
 * layer (ent_find()) and demotes to 350 the rule guesses (score < 650) for
 * PERSON/ORG/LOC that no model span overlaps, and the sure matches that
 * lie inside a longer confident model span (tagger.c says why).
 * Articles in English (a->lang == ART_LANG_EN) are left alone: there is no
 * permissively licensed English training set.
 * Input: a->text, a->sentences, a->tokens, a->lang, a->cands.
 *
 * The tagger cuts tokens again into units (tag_feat.h), so its answer does
 * not depend on how the segmenter splits punctuation.  tagger_new() builds
 * the index of the weights (200 KB at 20 bits, plus 16 bytes a stored row)
 * and gazetteers, and its per-word caches (1.6 MB, tag_units_cached(),
 * results the same with or without them); one tagger per thread.
 */
#ifndef TAGGER_H
#define TAGGER_H

struct article;
struct tagger;

struct tagger	*tagger_new(void);
void		 tagger_free(struct tagger *);
void		 tagger_tag(struct tagger *, struct article *);

#endif /* TAGGER_H */
