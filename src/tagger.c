#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "tag_feat.h"
#include "tag_model.h"
#include "tagger.h"
#include "util.h"

/*
 * The tagger tags each sentence in chunks of at most TAGGER_CHUNK tokens,
 * so that its scratch memory stays bounded on a sentence without end.
 */
#define TAGGER_CHUNK	256

/*
 * Candidate scores (see struct ent_cand and entity.c): 650 for a span the
 * model prefers, rising with the smallest emission margin inside the span
 * by 5 per perceptron update, up to 800, so rules' sure matches (1000) and
 * patterns (900) win an overlap and guesses (450-600) lose it.  A span with
 * a unit whose own emission disagrees (margin under TAGGER_WEAK_MARGIN / 4
 * of an update: Viterbi chose it for its neighbours) scores
 * TAGGER_LINK_SCORE, below entity.c's SC_KEEP: it only links.
 *
 * Combination with the rule layer (tagger_veto()): a rule guess for a
 * person, body or place (score below TAGGER_VETO_BELOW) that no model span
 * overlaps is demoted to TAGGER_LINK_SCORE too.  On idner-dev and
 * id-news-dev both rules improve every label over the rules alone.
 */
#define TAGGER_SCORE_MIN	650
#define TAGGER_SCORE_MAX	800
#define TAGGER_SCORE_STEP	5
#define TAGGER_WEAK_MARGIN	4
#define TAGGER_LINK_SCORE	350
#define TAGGER_VETO_BELOW	650

struct tagger {
	struct tag_gaz	*gaz;
	int16_t		*table;		/* 1 << bits rows of 8 weights */
	uint32_t	 mask;
	int32_t		 trans[(TAG_NTAGS + 1) * TAG_NTAGS];

	/* scratch for one chunk, grown on demand */
	struct tag_tok	*tok;
	size_t		 tokcap;
	struct tag_unit	*unit;
	int32_t		*emit;
	uint8_t		*open, *bp, *tags;
	struct tag_span	*spans;
	size_t		 unitcap;
	uint32_t	 feat[TAG_MAXFEAT];
};

struct tagger *
tagger_new(void)
{
	struct tagger *t = xcalloc(1, sizeof(*t));
	const struct tag_model *m = &tag_model;
	size_t i;
	int k;

	t->gaz = tag_gaz_new();
	tag_gaz_open(t->gaz, m->open, m->nopen);
	t->table = xcalloc((size_t)1 << m->bits, 8 * sizeof(*t->table));
	t->mask = ((uint32_t)1 << m->bits) - 1;
	for (i = 0; i < m->nrows; i++)
		for (k = 0; k < TAG_NTAGS; k++)
			t->table[(size_t)m->row[i] * 8 + k] =
			    m->w[(size_t)i * TAG_NTAGS + k];
	for (i = 0; i < (size_t)(TAG_NTAGS + 1) * TAG_NTAGS; i++)
		t->trans[i] = m->trans[i];
	return t;
}

void
tagger_free(struct tagger *t)
{
	if (t == NULL)
		return;
	tag_gaz_free(t->gaz);
	free(t->table);
	free(t->tok);
	free(t->unit);
	free(t->emit);
	free(t->open);
	free(t->bp);
	free(t->tags);
	free(t->spans);
	free(t);
}

static void
tagger_reserve(struct tagger *t, size_t ntok, size_t nunit)
{
	if (ntok > t->tokcap) {
		t->tokcap = ntok;
		t->tok = xrealloc(t->tok, ntok * sizeof(*t->tok));
	}
	if (nunit > t->unitcap) {
		t->unitcap = nunit;
		t->unit = xrealloc(t->unit, nunit * sizeof(*t->unit));
		t->emit = xrealloc(t->emit,
		    nunit * TAG_NTAGS * sizeof(*t->emit));
		t->open = xrealloc(t->open, nunit);
		t->bp = xrealloc(t->bp, nunit * TAG_NTAGS);
		t->tags = xrealloc(t->tags, nunit);
		t->spans = xrealloc(t->spans, nunit * sizeof(*t->spans));
	}
}

static uint16_t
tagger_score(int margin)
{
	long s = TAGGER_SCORE_MIN + (long)margin * TAGGER_SCORE_STEP /
	    (tag_model.scale > 0 ? tag_model.scale : 1);

	if (4L * margin < TAGGER_WEAK_MARGIN * (long)tag_model.scale)
		return TAGGER_LINK_SCORE;

	return (uint16_t)(s > TAGGER_SCORE_MAX ? TAGGER_SCORE_MAX : s);
}

/* Tags tokens [t0, t1) of a->tokens, appending spans to *out. */
static void
tagger_chunk(struct tagger *t, struct article *a, size_t t0, size_t t1,
    struct ent_cand **out, size_t *nout, size_t *outcap)
{
	static const uint8_t label[] = { ENT_PERSON, ENT_ORG, ENT_LOC };
	size_t i, n, ns, nunit = 0;

	for (i = t0; i < t1; i++) {
		size_t len = a->tokens[i].end - a->tokens[i].start;

		nunit += len < TAG_MAXUNITS ? len : TAG_MAXUNITS;
	}
	tagger_reserve(t, t1 - t0, nunit + 1);
	for (i = t0; i < t1; i++) {
		t->tok[i - t0].s = a->text + a->tokens[i].start;
		t->tok[i - t0].len = a->tokens[i].end - a->tokens[i].start;
	}
	n = tag_units(t->tok, t1 - t0, t->unit);
	if (n == 0)
		return;
	tag_annotate(t->gaz, t->unit, n);
	for (i = 0; i < n; i++) {
		int32_t *e = &t->emit[i * TAG_NTAGS];

		t->open[i] = (t->unit[i].flags & TAG_U_OPEN) != 0;
		if (!t->open[i]) {
			memset(e, 0, TAG_NTAGS * sizeof(*e));
			continue;
		}
		tag_emit(t->table, t->mask, t->feat,
		    tag_features(t->unit, n, i, t->feat), e);
	}
	tag_viterbi(t->emit, t->trans, t->open, n, t->bp, t->tags);
	ns = tag_spans(t->unit, t->tags, t->emit, n, t->spans);
	for (i = 0; i < ns; i++) {
		const struct tag_unit *f = &t->unit[t->spans[i].first];
		const struct tag_unit *l = &t->unit[t->spans[i].end - 1];
		struct ent_cand *c;

		if (*nout == *outcap) {
			size_t ncap = *outcap ? *outcap * 2 : 16;

			*out = arena_grow(a->arena, *out,
			    *outcap * sizeof(**out), ncap * sizeof(**out));
			*outcap = ncap;
		}
		c = &(*out)[(*nout)++];
		memset(c, 0, sizeof(*c));
		c->start = a->tokens[t0 + f->tok].start + f->off;
		c->end = a->tokens[t0 + l->tok].start + l->off + l->len;
		c->label = label[t->spans[i].label];
		c->source = ENT_SRC_MODEL;
		c->score = tagger_score(t->spans[i].margin);
	}
}

/*
 * Demotes the rule guesses among a->cands[0..nrule) that no model span
 * overlaps (see above).  model[] is sorted by start.
 */
static void
tagger_veto(struct article *a, size_t nrule, const struct ent_cand *model,
    size_t nmodel)
{
	size_t i;

	for (i = 0; i < nrule; i++) {
		struct ent_cand *c = &a->cands[i];
		size_t lo = 0, hi = nmodel;

		if (c->label > ENT_LOC || c->score >= TAGGER_VETO_BELOW ||
		    c->source == ENT_SRC_MODEL)
			continue;
		/* the first model span ending after c starts */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (model[mid].end <= c->start)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < nmodel && model[lo].start < c->end)
			continue;
		if (c->score > TAGGER_LINK_SCORE)
			c->score = TAGGER_LINK_SCORE;
	}
}

void
tagger_tag(struct tagger *t, struct article *a)
{
	struct ent_cand *out = NULL;
	size_t si, nout = 0, outcap = 0;

	if (a->lang == ART_LANG_EN)
		return;		/* no permissively licensed English data */
	for (si = 0; si < a->nsentences; si++) {
		const struct sentence *s = &a->sentences[si];
		size_t i;

		for (i = s->tok_first; i < s->tok_end; i += TAGGER_CHUNK)
			tagger_chunk(t, a, i, i + TAGGER_CHUNK < s->tok_end ?
			    i + TAGGER_CHUNK : s->tok_end, &out, &nout,
			    &outcap);
	}
	tagger_veto(a, a->ncands, out, nout);
	if (nout == 0)
		return;
	a->cands = arena_grow(a->arena, a->cands,
	    a->ncands * sizeof(*a->cands),
	    (a->ncands + nout) * sizeof(*a->cands));
	memcpy(a->cands + a->ncands, out, nout * sizeof(*out));
	a->ncands += nout;
}
