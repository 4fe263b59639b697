#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "lex.h"
#include "lexicons.h"
#include "tag_feat.h"
#include "tag_model.h"
#include "tagger.h"
#include "util.h"

/*
 * The tagger tags each sentence in chunks of at most TAGGER_CHUNK tokens,
 * so that its scratch memory stays bounded on a sentence without end.
 */
#define TAGGER_CHUNK	256

/* x86-64: the popcount instruction is not in the baseline ISA */
#if defined(__GNUC__) && defined(__x86_64__)
#define TAGGER_HW_POPCNT	1
#endif

/*
 * Candidate scores (see struct ent_cand and entity.c): 650 for a span the
 * model prefers, rising with the smallest emission margin inside the span
 * by 5 per perceptron update, up to 800, so rules' sure matches (1000) and
 * patterns (900) win an overlap and guesses (450-600) lose it.  A span with
 * a unit whose own emission disagrees (margin under TAGGER_WEAK_MARGIN / 4
 * of an update: Viterbi chose it for its neighbours) scores
 * TAGGER_LINK_SCORE, below entity.c's SC_KEEP: it only links.
 *
 * A lone acronym the article defines by a lower-case phrase is a term
 * (tagger_terms()): TAGGER_LINK_SCORE too.
 *
 * Combination with the rule layer (tagger_veto()), for PERSON, ORG, LOC:
 * - a rule guess (score below TAGGER_VETO_BELOW) that no model span
 *   overlaps is demoted to TAGGER_LINK_SCORE, but for a full name of a
 *   person with a word the model takes for a person elsewhere
 *   (tagger_seen(): the model often misses an article's first words);
 * - a one-word PERSON guess counts as overlapped only by a span the model
 *   is sure of, or by one of the same extent: a span the model is unsure
 *   of ("Surface Movement Monitoring", TAGGER_LINK_SCORE) does not
 *   confirm a capitalised word inside it ("Surface", "Monitoring");
 * - a sure match or pattern (the lexicons, 900-1000) wins an overlap, but
 *   for one strictly inside a model span scoring TAGGER_CONTAIN_SCORE or
 *   more: it is demoted, and the longer name stands ("Gedung DPR", a place,
 *   over the lexicon's "DPR"; "Gaza City" over "Gaza");
 * - a rule guess strictly inside a longer model span, sure or not, is
 *   demoted: the model sees a longer name ("Investors Service" inside
 *   "Moody's Investors Service");
 * - an organisation's body by head words that strictly contains a
 *   confident model ORG span not at its start is demoted, and the model's
 *   party stands ("PKB" of "Fraksi PKB", tagger_sub_body()), and so is
 *   one the model sees none of that ends right before a confident model
 *   ORG span ("Dewan Pimpinan Pusat" of "Partai Demokrat");
 * - a sure match the model does not see stays: the lexicons know names
 *   (countries, agencies) that IDNer often leaves untagged, which the
 *   model learned, but that news readers want; but for a place right
 *   after a title or office ("Presiden Suriah", "Gubernur Jambi"), which
 *   qualifies the person's office: never tagged in IDNer's training set
 *   (17 of 17), it only links (tagger_after_title()).
 * Values (DATE, MONEY, PERCENT) are the rules' alone.  Measured on
 * idner-dev (score_ner.py) and on id-news-dev entities (score_quotes.py):
 * letting the model win every overlap, or dropping the sure matches it
 * does not see, gains on the first and loses more on the second.
 */
#define TAGGER_SCORE_MIN	650
#define TAGGER_SCORE_MAX	800
#define TAGGER_SCORE_STEP	5
#define TAGGER_WEAK_MARGIN	4
#define TAGGER_LINK_SCORE	350
#define TAGGER_VETO_BELOW	650
#define TAGGER_CONTAIN_SCORE	700

/* the ranges of the first four indices of tag_features_small() */
#define TAGGER_NQ	(TAG_SM_CAPSEQ - TAG_SM_QUOTE)
#define TAGGER_NCS	(TAG_SM_LEN - TAG_SM_CAPSEQ)
#define TAGGER_NLEN	(TAG_SM_GAZ - TAG_SM_LEN)

/*
 * The weights stay where the model has them (tag_model.w, the non-zero
 * rows packed in row order); a feature finds its row through a bitmap of
 * the rows that are there and, per 64 rows, the number of rows before,
 * side by side so that one cache line answers both.
 * Most features of running text have no row: the index (256 KB at 20
 * bits) answers them without touching the weights.
 */
struct tagger {
	struct tag_gaz	*gaz;
	struct tag_wcache *wc;	/* tag_units_cached() */
	uint8_t		*wok;	/* tag_wcache_user(): TAGGER_WOK_* */
	/* the weights of the features of a word's bytes alone
	   (tag_features_word(), a third of a unit's features), by the
	   word's slot in wc: names repeat */
	int32_t		(*wemit)[8];
	/* the rows of the features of a word as the neighbour at -2, -1, 1
	   and 2 of an open unit (tag_feature_nb()), by its slot in wc: the
	   function words next to names repeat most */
	uint32_t	(*wnb)[4];
	uint32_t	 padnb[4];	/* the same of the padding */
	uint32_t	 zrow;		/* the all-zero row after the model's:
					   a feature without a row */
	struct tagger_shc *shc;	/* tagger_shapes() */
	struct tagger_blk {
		uint64_t	have;	/* rows [64 i, 64 i + 64) stored */
		uint64_t	before;	/* rows stored before them */
	}		*blk;
	int16_t		*w;	/* the rows, 8 weights each (one unused):
				   the adds vectorise */
	uint32_t	 mask;
	int		 hwpop;	/* the CPU has a popcount instruction */
	int32_t		 trans[(TAG_NTAGS + 1) * TAG_NTAGS];

	/* scratch for one chunk, grown on demand */
	struct tag_tok	*tok;
	size_t		 tokcap;
	struct tag_unit	*unit;
	int32_t		*emit;
	uint8_t		*bp, *tags;
	uint32_t	*openu;	/* tag_annotate_cached() */
	struct tag_span	*spans;
	size_t		 unitcap;
	struct tag_tok	*terms;	/* tagger_terms(), per article */
	size_t		 nterms, termcap;
	int		 terms_done;
	uint32_t	 feat[TAG_MAXFEAT];
	int32_t		 small[TAG_NSMALL][8];	/* tag_features_small() */
	/* the sums of its first two indices, and of the next two, which
	   every unit has (tag_feat.h): two adds, not four */
	int32_t		 small01[TAG_SM_QUOTE][TAGGER_NQ][8];
	int32_t		 small23[TAGGER_NCS][TAGGER_NLEN][8];
};

/* struct tagger wok: which of the per-word results of a slot are set */
#define TAGGER_WOK_EMIT	1	/* wemit */
#define TAGGER_WOK_NB	2	/* wnb */

/*
 * The weights of the three shape features of a unit (tag_features_shape())
 * by the shapes of the unit and its two neighbours, in a direct-mapped
 * cache: there are few shapes, so nearly every unit hits it.
 */
#define TAGGER_SHC_BITS	9

struct tagger_shc {
	uint32_t	key[3];		/* shapes at -1, 0, 1 */
	uint32_t	ok;		/* sum is set */
	int32_t		sum[8];
};

static void	tagger_emit(const struct tagger *, const uint32_t *, size_t,
		    int32_t *);
static uint32_t	tagger_row(const struct tagger *, uint32_t);

/* Bits set in x (no popcount instruction in the baseline x86-64 ISA). */
static uint32_t
tagger_popcount(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555u;
	x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
	return (uint32_t)((x * 0x0101010101010101u) >> 56);
}

struct tagger *
tagger_new(void)
{
	struct tagger *t = xcalloc(1, sizeof(*t));
	const struct tag_model *m = &tag_model;
	size_t i, j, k, nw;

	t->gaz = tag_gaz_new();
	t->wc = tag_wcache_new();
	t->wok = tag_wcache_user(t->wc);
	t->wemit = xcalloc(TAG_WCACHE_SLOTS, sizeof(*t->wemit));
	t->wnb = xcalloc(TAG_WCACHE_SLOTS, sizeof(*t->wnb));
	t->shc = xcalloc((size_t)1 << TAGGER_SHC_BITS, sizeof(*t->shc));
	tag_gaz_open(t->gaz, m->open, m->nopen);
	nw = ((size_t)1 << m->bits) / 64;
	t->blk = xcalloc(nw, sizeof(*t->blk));
	t->mask = ((uint32_t)1 << m->bits) - 1;
#ifdef TAGGER_HW_POPCNT
	__builtin_cpu_init();
	t->hwpop = __builtin_cpu_supports("popcnt");
#else
	t->hwpop = 1;	/* __builtin_popcountll is the target's own */
#endif
	t->w = xcalloc(m->nrows + 1, 8 * sizeof(*t->w));
	t->zrow = (uint32_t)m->nrows;
	for (i = 0; i < m->nrows; i++) {
		t->blk[m->row[i] / 64].have |= (uint64_t)1 << (m->row[i] % 64);
		memcpy(&t->w[i * 8], &m->w[i * TAG_NTAGS],
		    TAG_NTAGS * sizeof(*t->w));
	}
	for (i = 1; i < nw; i++)
		t->blk[i].before = t->blk[i - 1].before +
		    tagger_popcount(t->blk[i - 1].have);
	for (i = 0; i < (size_t)(TAG_NTAGS + 1) * TAG_NTAGS; i++)
		t->trans[i] = m->trans[i];
	for (i = 0; i < TAG_NSMALL; i++) {
		uint32_t f = tag_small_feature((unsigned)i);

		tagger_emit(t, &f, 1, t->small[i]);
	}
	for (i = 0; i < TAG_SM_QUOTE; i++)
		for (j = 0; j < TAGGER_NQ; j++)
			for (k = 0; k < 8; k++)
				t->small01[i][j][k] = t->small[i][k] +
				    t->small[TAG_SM_QUOTE + j][k];
	for (i = 0; i < TAGGER_NCS; i++)
		for (j = 0; j < TAGGER_NLEN; j++)
			for (k = 0; k < 8; k++)
				t->small23[i][j][k] =
				    t->small[TAG_SM_CAPSEQ + i][k] +
				    t->small[TAG_SM_LEN + j][k];
	t->padnb[0] = tagger_row(t, tag_feature_nb(-2, TAG_PAD_BEFORE));
	t->padnb[1] = tagger_row(t, tag_feature_nb(-1, TAG_PAD_BEFORE));
	t->padnb[2] = tagger_row(t, tag_feature_nb(1, TAG_PAD_AFTER));
	t->padnb[3] = tagger_row(t, tag_feature_nb(2, TAG_PAD_AFTER));
	return t;
}

void
tagger_free(struct tagger *t)
{
	if (t == NULL)
		return;
	tag_gaz_free(t->gaz);
	tag_wcache_free(t->wc);
	free(t->wemit);
	free(t->wnb);
	free(t->shc);
	free(t->blk);
	free(t->w);
	free(t->tok);
	free(t->unit);
	free(t->emit);
	free(t->bp);
	free(t->tags);
	free(t->openu);
	free(t->spans);
	free(t->terms);
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
		t->bp = xrealloc(t->bp, nunit * TAG_NTAGS);
		t->tags = xrealloc(t->tags, nunit);
		t->openu = xrealloc(t->openu, nunit * sizeof(*t->openu));
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

/*
 * Adds the weights of nf features f to acc[8].  hw: use the popcount
 * instruction.  Always inlined into the two callers below, so that each
 * gets its own popcount and the test of hw is gone.
 */
static inline __attribute__((always_inline)) void
tagger_emit_body(const struct tagger *t, const uint32_t *f, size_t nf,
    int32_t *acc, int hw)
{
	int32_t a[8];
	size_t i;
	int k;

	memcpy(a, acc, sizeof(a));
	for (i = 0; i < nf; i++) {
		uint32_t r = f[i] & t->mask;
		const struct tagger_blk *b = &t->blk[r / 64];
		uint64_t bit = (uint64_t)1 << (r % 64);
		uint64_t below = b->have & (bit - 1);
		const int16_t *row;

		if (!(b->have & bit))
			continue;
		row = t->w + (size_t)(b->before + (hw ?
		    (uint32_t)__builtin_popcountll(below) :
		    tagger_popcount(below))) * 8;
		for (k = 0; k < 8; k++)
			a[k] += row[k];
	}
	memcpy(acc, a, sizeof(a));
}

static void
tagger_emit_sw(const struct tagger *t, const uint32_t *f, size_t nf,
    int32_t *acc)
{
	tagger_emit_body(t, f, nf, acc, 0);
}

/*
 * Fast path: the row lookup is a popcount, one instruction where the CPU
 * has it (any x86-64 since 2008, checked at run time in tagger_new())
 * against a dozen in software; the baseline ISA the binary is built for
 * lacks it.
 */
#ifdef TAGGER_HW_POPCNT
__attribute__((target("popcnt")))
#endif
static void
tagger_emit_hw(const struct tagger *t, const uint32_t *f, size_t nf,
    int32_t *acc)
{
	tagger_emit_body(t, f, nf, acc, 1);
}

static void
tagger_emit(const struct tagger *t, const uint32_t *f, size_t nf,
    int32_t *acc)
{
	if (t->hwpop)
		tagger_emit_hw(t, f, nf, acc);
	else
		tagger_emit_sw(t, f, nf, acc);
}

/* acc[0..8) += x[0..8), row[0..8): restrict and fixed length, so that the
   adds vectorise */
static inline void
tagger_add32(int32_t *restrict acc, const int32_t *restrict x)
{
	int k;

	for (k = 0; k < 8; k++)
		acc[k] += x[k];
}

static inline void
tagger_add16(int32_t *restrict acc, const int16_t *restrict row)
{
	int k;

	for (k = 0; k < 8; k++)
		acc[k] += row[k];
}

/* The row of feature f: its index in t->w, t->zrow if it has none. */
static uint32_t
tagger_row(const struct tagger *t, uint32_t f)
{
	uint32_t r = f & t->mask;
	const struct tagger_blk *b = &t->blk[r / 64];
	uint64_t bit = (uint64_t)1 << (r % 64);

	if (!(b->have & bit))
		return t->zrow;
	return (uint32_t)b->before + tagger_popcount(b->have & (bit - 1));
}

/*
 * The row of the feature of unit u as the neighbour k (0 to 3: at -2, -1,
 * 1, 2) of an open unit.  Fast path: from its word's slot (struct tagger
 * wnb), all four looked up on the word's first time there.
 */
static inline uint32_t
tagger_nb_row(struct tagger *t, const struct tag_unit *u, int k)
{
	static const int dist[4] = { -2, -1, 1, 2 };
	uint32_t s;
	int d;

	if (u->wslot == 0)
		return tagger_row(t, tag_feature_nb(dist[k], u->hlower));
	s = u->wslot - 1u;
	if (!(t->wok[s] & TAGGER_WOK_NB)) {
		for (d = 0; d < 4; d++)
			t->wnb[s][d] = tagger_row(t,
			    tag_feature_nb(dist[d], u->hlower));
		t->wok[s] |= TAGGER_WOK_NB;
	}
	return t->wnb[s][k];
}

/* The weights of the shape features of a unit of shape s0 between shapes
   sm1 and sp1, from the cache (struct tagger_shc). */
static const int32_t *
tagger_shapes(struct tagger *t, uint32_t sm1, uint32_t s0, uint32_t sp1)
{
	uint32_t h = ((sm1 * 0x9E3779B1u + s0) * 0x85EBCA6Bu + sp1) *
	    0xC2B2AE35u, f[3];
	struct tagger_shc *c = &t->shc[h >> (32 - TAGGER_SHC_BITS)];

	if (!c->ok || c->key[0] != sm1 || c->key[1] != s0 ||
	    c->key[2] != sp1) {
		memset(c->sum, 0, sizeof(c->sum));
		tagger_emit(t, f, tag_features_shape(sm1, s0, sp1, f), c->sum);
		c->key[0] = sm1;
		c->key[1] = s0;
		c->key[2] = sp1;
		c->ok = 1;
	}
	return c->sum;
}

/*
 * The emission scores of open unit i of n into e: the cached weights of its
 * word (struct tagger wemit), plus those of its context: the features of
 * its neighbours (tag_features_near(), by parts: those of one neighbour's
 * word by its slot, those of the shapes from a cache, the bigrams hashed),
 * and those of few values from the table (struct tagger small).  The sums
 * are of integers: the same in any order.
 */
static void
tagger_unit_emit(struct tagger *t, size_t n, size_t i, int32_t *e)
{
	const struct tag_unit *u = &t->unit[i];
	int32_t acc[8] = { 0 }, *we;
	uint32_t lm1, lp1, sm1, sp1, nb[4], f[2];
	uint8_t sm[TAG_MAXFEAT];
	size_t ns, j;

	if (u->wslot == 0) {
		tagger_emit(t, t->feat, tag_features_word(u, t->feat), acc);
	} else {
		we = t->wemit[u->wslot - 1];
		if (!(t->wok[u->wslot - 1] & TAGGER_WOK_EMIT)) {
			memset(we, 0, sizeof(*t->wemit));
			tagger_emit(t, t->feat, tag_features_word(u, t->feat),
			    we);
			t->wok[u->wslot - 1] |= TAGGER_WOK_EMIT;
		}
		memcpy(acc, we, sizeof(acc));
	}
	nb[0] = i >= 2 ? tagger_nb_row(t, u - 2, 0) : t->padnb[0];
	nb[1] = i >= 1 ? tagger_nb_row(t, u - 1, 1) : t->padnb[1];
	nb[2] = i + 1 < n ? tagger_nb_row(t, u + 1, 2) : t->padnb[2];
	nb[3] = i + 2 < n ? tagger_nb_row(t, u + 2, 3) : t->padnb[3];
	for (j = 0; j < 4; j++)
		tagger_add16(acc, t->w + (size_t)nb[j] * 8);
	lm1 = i >= 1 ? u[-1].hlower : TAG_PAD_BEFORE;
	sm1 = i >= 1 ? u[-1].hshape : TAG_PAD_BEFORE;
	lp1 = i + 1 < n ? u[1].hlower : TAG_PAD_AFTER;
	sp1 = i + 1 < n ? u[1].hshape : TAG_PAD_AFTER;
	tagger_emit(t, f, tag_features_bi(lm1, u->hlower, lp1, f), acc);
	tagger_add32(acc, tagger_shapes(t, sm1, u->hshape, sp1));
	ns = tag_features_small(t->unit, n, i, sm);
	tagger_add32(acc, t->small01[sm[0]][sm[1] - TAG_SM_QUOTE]);
	tagger_add32(acc, t->small23[sm[2] - TAG_SM_CAPSEQ][sm[3] -
	    TAG_SM_LEN]);
	for (j = 4; j < ns; j++)
		tagger_add32(acc, t->small[sm[j]]);
	memcpy(e, acc, TAG_NTAGS * sizeof(*e));
}

/*
 * The acronyms the article defines by a lower-case phrase, "dana alokasi
 * khusus (DAK)": terms, not names (entity.c decides so for its own
 * candidates).  Found in one pass over the text, on the first lone
 * acronym the model tags in an article.
 */
static void
tagger_terms(struct tagger *t, const struct article *a)
{
	const char *p = a->text, *end = a->text + a->len, *q, *w;

	t->nterms = 0;
	t->terms_done = 1;
	while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
		w = p++;
		for (q = p; q < end && *q != ')' && *q != '(' && *q != ' ' &&
		    q - p < 64; q++)
			;
		if (q == end || *q != ')' || q == p)
			continue;
		while (w > a->text && w[-1] == ' ')
			w--;
		while (w > a->text && ((w[-1] >= 'a' && w[-1] <= 'z') ||
		    (w[-1] >= 'A' && w[-1] <= 'Z')))
			w--;
		if (!(*w >= 'a' && *w <= 'z'))
			continue;
		if (t->nterms == t->termcap) {
			t->termcap = t->termcap ? 2 * t->termcap : 8;
			t->terms = xrealloc(t->terms,
			    t->termcap * sizeof(*t->terms));
		}
		t->terms[t->nterms].s = p;
		t->terms[t->nterms++].len = (uint32_t)(q - p);
	}
}

static int
tagger_term(struct tagger *t, const struct article *a, const char *s,
    size_t n)
{
	size_t i;

	if (!t->terms_done)
		tagger_terms(t, a);
	for (i = 0; i < t->nterms; i++)
		if (t->terms[i].len == n && memcmp(t->terms[i].s, s, n) == 0)
			return 1;
	return 0;
}

/* Tags tokens [t0, t1) of a->tokens, appending spans to *out. */
static void
tagger_chunk(struct tagger *t, struct article *a, size_t t0, size_t t1,
    struct ent_cand **out, size_t *nout, size_t *outcap)
{
	static const uint8_t label[] = { ENT_PERSON, ENT_ORG, ENT_LOC };
	size_t i, b, n, ns, nopen, r;

	tagger_reserve(t, t1 - t0, 0);
	for (i = t0; i < t1; i++) {
		t->tok[i - t0].s = a->text + a->tokens[i].start;
		t->tok[i - t0].len = a->tokens[i].end - a->tokens[i].start;
	}
	/* no more units than bytes in the tokens (tag_units()), which lie
	   in the chunk's stretch of the text */
	tagger_reserve(t, 0, a->tokens[t1 - 1].end - a->tokens[t0].start + 1);
	n = tag_units_cached(t->gaz, t->wc, t->tok, t1 - t0, t->unit);
	if (n == 0)
		return;
	nopen = tag_annotate_cached(t->gaz, t->wc, t->unit, n, t->openu);
	/* run by run of open units: the others are O (tag_viterbi_run()),
	   and a run decoded all O has no span */
	ns = 0;
	for (r = 0; r < nopen; ) {
		size_t j, k;

		i = b = t->openu[r];
		do
			tagger_unit_emit(t, n, b, &t->emit[b * TAG_NTAGS]);
		while (++b, ++r < nopen && t->openu[r] == b);
		tag_viterbi_run(t->emit, t->trans, i, b, n, t->bp, t->tags);
		for (j = i; j < b && t->tags[j] == TAG_O; j++)
			;
		if (j == b)
			continue;
		k = tag_spans(t->unit + i, t->tags + i, t->emit + i * TAG_NTAGS,
		    b - i, t->spans + ns);
		for (; k > 0; k--, ns++) {
			t->spans[ns].first += (uint32_t)i;
			t->spans[ns].end += (uint32_t)i;
		}
	}
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
		if (f == l && (f->flags & TAG_U_ALLCAPS) &&
		    tagger_term(t, a, f->s, f->len))
			c->score = TAGGER_LINK_SCORE;
		/* IDNer keeps a bracketed acronym in the name, "Badan
		   Kesehatan Dunia (WHO)"; the entity is named without it */
		if (l - f >= 3 && l->len == 1 && l->s[0] == ')' &&
		    l[-2].len == 1 && l[-2].s[0] == '(') {
			uint32_t e = a->tokens[t0 + l[-2].tok].start +
			    l[-2].off;

			while (e > c->start && a->text[e - 1] == ' ')
				e--;
			c->canon = arena_strndup(a->arena, a->text + c->start,
			    e - c->start);
		}
	}
}

/*
 * The words of the model's PERSON spans (split at spaces), as a hash set
 * of offsets into the text, built on the first tagger_seen() of an
 * article: one pass over the spans, where comparing each rule name with
 * every span was quadratic on a long article.
 */
struct tagger_words {
	uint32_t	*off;	/* offset of a word + 1; 0: empty slot */
	uint32_t	*len;
	size_t		 mask;
};

/* slot of word t[p..p+n) in w: where it is, or the empty one to put it */
static size_t
tagger_words_slot(const struct tagger_words *w, const char *t, uint32_t p,
    uint32_t n)
{
	size_t h = util_fnv1a(t + p, n) & w->mask;

	while (w->off[h] != 0 && !(w->len[h] == n &&
	    memcmp(t + w->off[h] - 1, t + p, n) == 0))
		h = (h + 1) & w->mask;
	return h;
}

static void
tagger_words_build(struct tagger_words *w, const struct article *a,
    const struct ent_cand *model, size_t nmodel)
{
	const char *t = a->text;
	size_t j, nw = 0, size = 16, h;
	uint32_t p, q;

	for (j = 0; j < nmodel; j++)
		if (model[j].label == ENT_PERSON)
			for (p = model[j].start; p < model[j].end; p++)
				nw += t[p] == ' ';
	nw += nmodel;
	while (size < 2 * nw)
		size *= 2;
	w->mask = size - 1;
	w->off = arena_alloc(a->arena, size * sizeof(*w->off));
	w->len = arena_alloc(a->arena, size * sizeof(*w->len));
	memset(w->off, 0, size * sizeof(*w->off));
	for (j = 0; j < nmodel; j++) {
		if (model[j].label != ENT_PERSON)
			continue;
		for (p = model[j].start; p < model[j].end; p = q + 1) {
			for (q = p; q < model[j].end && t[q] != ' '; q++)
				;
			if (q == p)
				continue;
			h = tagger_words_slot(w, t, p, q - p);
			w->off[h] = p + 1;
			w->len[h] = q - p;
		}
	}
}

/*
 * Whether the model names a person elsewhere with a word of the rule's
 * name c: "Kendall Jenner" opens the article where the model sees no
 * name, but it tags "Kendall" later on.  Words of three bytes or more.
 */
static int
tagger_seen(const struct article *a, const struct ent_cand *c,
    const struct tagger_words *w)
{
	const char *t = a->text;
	uint32_t p, q;

	for (p = c->start; p < c->end; p = q + 1) {
		for (q = p; q < c->end && t[q] != ' '; q++)
			;
		if (q - p >= 3 && w->off[tagger_words_slot(w, t, p, q - p)])
			return 1;
	}
	return 0;
}

/*
 * Whether a title or office of one to three words (the tagger's copy of
 * the titles, lex_tag_titles) ends right before c: "Presiden", "Perdana
 * Menteri", "Menteri Luar Negeri".
 */
static int
tagger_after_title(const struct article *a, const struct ent_cand *c)
{
	uint32_t e = c->start, b;
	int nw;

	while (e > 0 && a->text[e - 1] == ' ')
		e--;
	for (b = e, nw = 0; nw < 3 && b > 0; nw++) {
		b--;
		while (b > 0 && a->text[b - 1] != ' ')
			b--;
		if (lex_find_fold(&lex_tag_titles, a->text + b, e - b) >= 0)
			return 1;
		while (b > 0 && a->text[b - 1] == ' ')
			b--;
	}
	return 0;
}

/*
 * Whether rule pattern c (an ORG by head words, sure: tagger_veto() tests
 * that once) names a body of an organisation that model span m,
 * confident, strictly inside and not at its start, names: "Fraksi PKB",
 * "DPD Partai Demokrat Bali", "Badan Pemenangan Pemilu PPP"; or, next
 * (one space after c, which the model does not overlap), the organisation
 * the body is of: "Dewan Pimpinan Pusat" of "Partai Demokrat".  The head
 * words make the pattern sure, but the party is the name (IDNer tags
 * "PKB" there); a model span at the start ("PT" of "PT Salma Arowana
 * Lestari") is only the head.
 */
static int
tagger_sub_body(const struct article *a, const struct ent_cand *c,
    const struct ent_cand *m, int overlap)
{
	if (m->label != ENT_ORG || m->score < TAGGER_CONTAIN_SCORE)
		return 0;
	if (m->start == c->end + 1)
		return !overlap && a->text[c->end] == ' ';
	return m->start > c->start && m->end <= c->end;
}

/*
 * Combines the rule candidates a->cands[0..nrule) with the model's spans
 * (sorted by start), see above: a guess no model span overlaps, and a
 * lexicon or pattern match inside a longer confident model span, only
 * link from here on.
 */
static void
tagger_veto(struct article *a, size_t nrule, const struct ent_cand *model,
    size_t nmodel)
{
	struct tagger_words words = { NULL, NULL, 0 };
	size_t i, j;

	for (i = 0; i < nrule; i++) {
		struct ent_cand *c = &a->cands[i];
		size_t lo = 0, hi = nmodel;
		int overlap = 0, inside = 0, multi, within = 0, body;

		if (c->label > ENT_LOC || c->source == ENT_SRC_MODEL)
			continue;
		multi = memchr(a->text + c->start, ' ', c->end - c->start) !=
		    NULL;
		body = c->label == ENT_ORG && c->source == ENT_SRC_RULE &&
		    c->score >= TAGGER_VETO_BELOW;
		/* the first model span ending after c starts */
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (model[mid].end <= c->start)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (j = lo; j < nmodel && model[j].start < c->end; j++) {
			if (model[j].score > TAGGER_LINK_SCORE || multi ||
			    c->label != ENT_PERSON ||
			    (model[j].start == c->start &&
			    model[j].end == c->end))
				overlap = 1;
			if (model[j].start <= c->start &&
			    model[j].end >= c->end &&
			    model[j].end - model[j].start > c->end - c->start &&
			    model[j].score >= TAGGER_CONTAIN_SCORE)
				inside = 1;
			if (model[j].start <= c->start &&
			    model[j].end >= c->end &&
			    model[j].end - model[j].start > c->end - c->start)
				within = 1;
			if (body && tagger_sub_body(a, c, &model[j], 1))
				inside = 1;
		}
		/* j: the first model span after c */
		if (body && j < nmodel &&
		    tagger_sub_body(a, c, &model[j], overlap))
			inside = 1;
		/* a place qualifying an office, which the model leaves */
		if (c->score >= TAGGER_VETO_BELOW && c->label == ENT_LOC &&
		    !overlap && tagger_after_title(a, c))
			inside = 1;
		if (c->score < TAGGER_VETO_BELOW ? overlap && !within :
		    !inside)
			continue;
		/* a full name the model sees in part elsewhere */
		if (c->score < TAGGER_VETO_BELOW && !within &&
		    c->label == ENT_PERSON &&
		    memchr(a->text + c->start, ' ', c->end - c->start) &&
		    (words.off != NULL || (tagger_words_build(&words, a,
		    model, nmodel), 1)) && tagger_seen(a, c, &words))
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
	t->terms_done = 0;
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
