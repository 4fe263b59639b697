/*
 * entity.c: entities by rules and lexicons (ent_find) and their linking
 * (ent_link, ent_at, ent_add).  See entity.h for the contract.
 *
 * ent_find() scans a->text into words (ent_int.h) and runs the rule
 * families in this order, each marking the words it takes so that later,
 * weaker rules leave them alone:
 *   1. values: DATE, MONEY, PERCENT (ent_value.c)
 *   2. acronyms defined in the text: "Lembaga Pengadaan Secara Elektronik
 *      (LPSE)", "LPSE (Lembaga ...)"; an acronym defined by a lower-case
 *      phrase ("dana alokasi khusus (DAK)") is a term, never an entity
 *   3. PERSON after a title, office, rank or honorific (titles.tsv), the
 *      office kept as role: "Plt. Bupati Lampung Timur Zaiful Bokhari"
 *   4. ORG and LOC by head words (ent_words.tsv): "Pemerintah Kabupaten X",
 *      "Dinas ...", "Jalan ...", "Desa X", "X University", "PT ... Tbk";
 *      a regional acronym with its region: "Polda Lampung", "DPRD Jambi"
 *   5. the gazetteer (ent_gazetteer.tsv): regions of Indonesia, countries,
 *      world places, known organisations and acronyms
 *   6. a guess for the remaining runs of capitalised words: PERSON, or ORG
 *      for a lone acronym or a camel-case brand, or LOC where a place
 *      stands (di Slipi, Pensacola, Florida)
 *
 * ent_link() then, after overlaps, relabels without rescoring: a guessed
 * person (rules' or tagger's) whose text a rule or lexicon found as a
 * place or body elsewhere takes that label, and a one-word place or body
 * guessed inside a list of persons becomes a person.
 *
 * Scores (the protocol with the tagger, which gives its spans about 700):
 * values, gazetteer entries, defined acronyms and regional acronyms 1000;
 * head-word patterns 900; titled persons 900; districts (kecamatan, often
 * common words) 600; guesses 450..600; a lone capitalised word at the start
 * of a sentence 300, kept by ent_link() only when it names an entity found
 * elsewhere in the article.  Higher score wins an overlap, ties go to the
 * longer span.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "ent_int.h"
#include "entity.h"
#include "lexicons.h"
#include "swar.h"
#include "util.h"

#define SC_SURE		1000
#define SC_PATTERN	900
#define SC_KEC		600
#define SC_GUESS_ORG	600
#define SC_GUESS_MULTI	550
#define SC_GUESS_ONE	450
#define SC_WEAK		300
#define SC_KEEP		400	/* below this a candidate only links */

#define MAXPHRASE	8	/* words in a gazetteer or title key */
#define MAXKEY		128

/* Open addressing from a lower-case key to an int. */
struct ent_hent {
	const char	*key;
	uint32_t	 len;
	uint32_t	 h;		/* the key's hash, compared first */
	int32_t		 val;
};

struct ent_hash {
	struct ent_hent	*t;
	size_t		 mask;
};

/* What a word is: its classes and how long the phrases starting with it. */
struct ent_winfo {
	uint32_t	cls;
	uint8_t		gazmax;
	uint8_t		titmax;
};

struct ent_finder {
	struct ent_hash		 words;	/* word -> index into winfo */
	struct ent_winfo	*winfo;
	size_t			 nwinfo;
	char			*wkeys;	/* storage for first-word keys */
	struct ent_hash		 gaz;	/* phrase -> lex_ent_gazetteer row */
	struct ent_hash		 tit;	/* phrase -> lex_titles row */
	uint8_t			*gkind;	/* per gazetteer row: enum gaz_kind */
	uint8_t			*glabel;	/* per gazetteer row: label */
	uint8_t			*tcat;	/* per title row: enum tit_cat */
	uint64_t		 bloom[1024];	/* words: most text words are
						   in no list; skip their lookup */
	struct ent_hash		 lwords;	/* the few classes a lower-case
						   word can have, in a table
						   that stays in cache */
	uint64_t		 lbloom[1024];	/* and its own filter */
	uint64_t		 lshape[1024];	/* lwords by qshape() */
	uint8_t			 ccls[256];	/* byte -> CC_* */
};

/* Kinds of ASCII characters, for the word scanner. */
enum {
	CC_UPPER = 1,	/* must be 1: shifted to 32 to fold the case */
	CC_LOWER = 2,
	CC_DIGIT = 4,
	CC_ALNUM = 7,
	CC_SPACE = 8,	/* ' ' \t \r \n */
	CC_END = 16	/* ends a word: not alnum, not - ' / . */
};

enum gaz_kind {
	GK_PROV, GK_KAB, GK_KEC, GK_PLACE, GK_ABBR, GK_ACR, GK_ACRR, GK_EXP,
	GK_ORG
};

enum tit_cat {
	TC_ACTING, TC_POSITION, TC_HONORIFIC, TC_NAMEPART, TC_POSTNOMINAL,
	TC_CUE, TC_OTHER
};

static int	all_caps(const char *, size_t);
struct ctx;
static int	place_context(const struct ctx *, size_t, size_t, size_t);

/* lower() of the eight bytes of x: 0x20 set in the lanes holding A-Z */
static inline uint64_t
lower8(uint64_t x)
{
	uint64_t t = x & SWAR_LOW7;

	return x | ((t + SWAR_ONES * (0x80 - 'A')) &
	    ~(t + SWAR_ONES * (0x80 - 'Z' - 1)) & ~x & SWAR_HIGH) >> 2;
}

/* The n bytes at p, 1 <= n < 8, in a word: the loads may overlap. */
static inline uint64_t
kh_tail(const unsigned char *p, size_t n)
{
	if (n >= 4)
		return swar_load4(p) | (uint64_t)swar_load4(p + n - 4) << 32;
	return p[0] | (uint32_t)p[n / 2] << 8 | (uint32_t)p[n - 1] << 16;
}

/*
 * The hash of every key table and bloom filter here: eight bytes a step,
 * where util_fnv1a() took one, as every word of every article is hashed.
 * It is a hash of the bytes with 0x20 set, which lower() only ever sets:
 * so kh_hash(s) == kh_hash(lower(s)), and a word of the text is looked up
 * among lower-case keys without making its key.  (The bytes it folds
 * together beside A-Z only share a hash, and keys are compared in full.)
 * The last load ends at the key's end and may overlap the one before; n
 * goes in first, so that both still tell keys apart.
 */
static inline uint32_t
kh_hash(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	const uint64_t k = 0xbf58476d1ce4e5b9ull;
	uint64_t h = (n + 1) * 0x9e3779b97f4a7c15ull, x;
	size_t i;

	if (n == 0)
		return (uint32_t)(h >> 32);
	for (i = 0; n - i > 8; i += 8) {
		h = (h ^ (swar_load(p + i) | SWAR_ONES * 0x20)) * k;
		h ^= h >> 32;
	}
	x = n >= 8 ? swar_load(p + n - 8) : kh_tail(p, n);
	h ^= x | SWAR_ONES * 0x20;
	h ^= h >> 32;
	/* the top half of a product hangs on every bit of the low half */
	return (uint32_t)((h * k) >> 32);
}

static void
hash_init(struct ent_hash *h, size_t n)
{
	size_t cap = 64;

	while (cap < n * 2)
		cap <<= 1;
	h->t = xcalloc(cap, sizeof(*h->t));
	h->mask = cap - 1;
}

static inline struct ent_hent *
hash_slot_h(const struct ent_hash *h, const char *k, size_t n, uint32_t hv)
{
	size_t i = hv & h->mask;

	while (h->t[i].key != NULL && (h->t[i].h != hv ||
	    h->t[i].len != n || memcmp(h->t[i].key, k, n) != 0))
		i = (i + 1) & h->mask;
	return &h->t[i];
}

static int	lc(int);

/* hash_slot_h() of lower(k): the keys are lower case, k need not be */
static const struct ent_hent *
hash_slot_fold(const struct ent_hash *h, const char *k, size_t n, uint32_t hv)
{
	size_t i = hv & h->mask, j;

	for (;; i = (i + 1) & h->mask) {
		const struct ent_hent *e = &h->t[i];

		if (e->key == NULL)
			return e;
		if (e->h != hv || e->len != n)
			continue;
		for (j = 0; j < n; j++)
			if (e->key[j] != (char)lc((unsigned char)k[j]))
				break;
		if (j == n)
			return e;
	}
}

static struct ent_hent *
hash_slot(const struct ent_hash *h, const char *k, size_t n)
{
	return hash_slot_h(h, k, n, kh_hash(k, n));
}

static int32_t
hash_get(const struct ent_hash *h, const char *k, size_t n)
{
	const struct ent_hent *e;

	if (h->t == NULL)
		return -1;
	e = hash_slot(h, k, n);
	return e->key ? e->val : -1;
}

/* Inserts k unless present; returns the slot's value. */
static int32_t
hash_put(struct ent_hash *h, const char *k, size_t n, int32_t v)
{
	struct ent_hent *e = hash_slot(h, k, n);

	if (e->key == NULL) {
		e->key = k;
		e->len = (uint32_t)n;
		e->h = kh_hash(k, n);
		e->val = v;
	}
	return e->val;
}

/* Sets the bits of a key's hash h in a bloom filter b[1024]. */
static void
bloom_add(uint64_t *b, uint32_t h)
{
	b[(h & 0xffff) >> 6] |= 1ull << (h & 63);
	b[(h >> 16) >> 6] |= 1ull << ((h >> 16) & 63);
}

static inline int
bloom_has(const uint64_t *b, uint32_t h)
{
	return (b[(h & 0xffff) >> 6] >> (h & 63) & 1) &&
	    (b[(h >> 16) >> 6] >> ((h >> 16) & 63) & 1);
}

/*
 * A word's shape, from its length and its first two and last bytes
 * folded to lower case: a filter that needs no pass over the word.
 * Returns a bit number for a 1024-word bit set.  (& 31 folds the case,
 * and some other bytes onto letters: a filter loses nothing by that;
 * one multiply spreads the bits.)
 */
static uint32_t
qshape(const unsigned char *p, size_t n)
{
	uint32_t b1 = n > 1 ? p[1] : 0;

	return ((p[0] & 31u) | (b1 & 31u) << 5 | (p[n - 1] & 31u) << 10 |
	    (uint32_t)n << 15) * 0x9e3779b1u >> 16;
}

/* lower() of a byte: A-Z folded, every other byte as it is; one load,
   as lc() runs on every byte of a key */
static const unsigned char lc_tab[256] = {
	0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
	0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
	0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
	0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
	0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
	0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x2f,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
	0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f,
	0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
	0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
	0x78, 0x79, 0x7a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f,
	0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
	0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
	0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f,
	0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87,
	0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
	0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97,
	0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
	0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
	0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf,
	0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7,
	0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe, 0xbf,
	0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7,
	0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
	0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7,
	0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
	0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7,
	0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef,
	0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7,
	0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
};

static int
lc(int c)
{
	return lc_tab[(unsigned char)c];
}

static size_t
lower(char *dst, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = (char)lc((unsigned char)s[i]);
	return n;
}

/* The winfo of word k (lower case), created when absent. */
static struct ent_winfo *
winfo_of(struct ent_finder *f, const char *k, size_t n, size_t *cap)
{
	int32_t i = hash_get(&f->words, k, n);

	if (i >= 0)
		return &f->winfo[i];
	if (f->nwinfo == *cap) {
		*cap *= 2;
		f->winfo = xrealloc(f->winfo, *cap * sizeof(*f->winfo));
	}
	memset(&f->winfo[f->nwinfo], 0, sizeof(*f->winfo));
	hash_put(&f->words, k, n, (int32_t)f->nwinfo);
	bloom_add(f->bloom, kh_hash(k, n));
	return &f->winfo[f->nwinfo++];
}

/* Words of a key, with a trailing '.' of a word not counted as its own. */
static size_t
key_words(const char *k, size_t n, size_t *first)
{
	size_t i, w = 1;

	*first = n;
	for (i = 0; i < n; i++)
		if (k[i] == ' ') {
			if (w == 1)
				*first = i;
			w++;
		}
	if (*first > 0 && k[*first - 1] == '.')
		(*first)--;
	return w;
}

static uint32_t
word_classes(const char *v)
{
	static const struct { const char *name; uint32_t bit; } names[] = {
		{ "orgpre", ENT_W_ORGPRE }, { "orgsuf", ENT_W_ORGSUF },
		{ "locpre", ENT_W_LOCPRE }, { "locsuf", ENT_W_LOCSUF },
		{ "pconn", ENT_W_PCONN }, { "oconn", ENT_W_OCONN },
		{ "affil", ENT_W_AFFIL }, { "nonname", ENT_W_NONNAME },
		{ "stop", ENT_W_STOP }
	};
	uint32_t cls = 0;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strstr(v, names[i].name) != NULL)
			cls |= names[i].bit;
	return cls;
}

struct ent_finder *
ent_new(void)
{
	struct ent_finder *f = xcalloc(1, sizeof(*f));
	size_t cap = 4096, i, first, nw;
	const struct lex *g = &lex_ent_gazetteer, *t = &lex_titles,
	    *w = &lex_ent_words;

	f->winfo = xcalloc(cap, sizeof(*f->winfo));
	for (i = 0; i < 256; i++)
		f->ccls[i] = i >= 'A' && i <= 'Z' ? CC_UPPER :
		    i >= 'a' && i <= 'z' ? CC_LOWER :
		    i >= '0' && i <= '9' ? CC_DIGIT :
		    i >= 0x80 || strchr("-'/.", (int)i) != NULL ? 0 :
		    CC_END | (strchr(" \t\r\n", (int)i) != NULL ? CC_SPACE : 0);
	hash_init(&f->words, w->n + g->n + t->n + ent_nvwords +
	    lex_ent_common.n);
	hash_init(&f->gaz, g->n);
	hash_init(&f->tit, t->n);
	for (i = 0; i < w->n; i++)
		winfo_of(f, w->e[i].key, w->e[i].len, &cap)->cls |=
		    word_classes(w->e[i].val);
	for (i = 0; i < ent_nvwords; i++)
		winfo_of(f, ent_vwords[i].word, strlen(ent_vwords[i].word),
		    &cap)->cls |= ent_vwords[i].cls;
	for (i = 0; i < lex_ent_common.n; i++)
		winfo_of(f, lex_ent_common.e[i].key, lex_ent_common.e[i].len,
		    &cap)->cls |= ENT_W_COMMON;
	for (i = 0; i < g->n; i++) {
		struct ent_winfo *wi;

		hash_put(&f->gaz, g->e[i].key, g->e[i].len, (int32_t)i);
		nw = key_words(g->e[i].key, g->e[i].len, &first);
		wi = winfo_of(f, g->e[i].key, first, &cap);
		if (nw > MAXPHRASE)
			continue;
		if (wi->gazmax < nw)
			wi->gazmax = (uint8_t)nw;
	}
	f->gkind = xcalloc(g->n + 1, 1);
	f->glabel = xcalloc(g->n + 1, 1);
	for (i = 0; i < g->n; i++) {
		static const char *const kinds[] = { "prov", "kab", "kec",
			"place", "abbr", "acr", "acrR", "exp", "org" };
		const char *s;
		long n = lex_col(g, (long)i, 2, &s);
		size_t k;

		f->gkind[i] = GK_ORG;
		for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
			if ((long)strlen(kinds[k]) == n &&
			    memcmp(s, kinds[k], (size_t)n) == 0)
				f->gkind[i] = (uint8_t)k;
		lex_col(g, (long)i, 0, &s);
		f->glabel[i] = s[0] == 'L' ? ENT_LOC : s[0] == 'P' ?
		    ENT_PERSON : ENT_ORG;
	}
	f->tcat = xcalloc(t->n + 1, 1);
	for (i = 0; i < t->n; i++) {
		static const struct { const char *name; int cat; } cats[] = {
			{ "acting_or_modifier_prefix", TC_ACTING },
			{ "position", TC_POSITION },
			{ "position_or_rank", TC_POSITION },
			{ "police_rank", TC_POSITION },
			{ "military_rank", TC_POSITION },
			{ "org_position", TC_POSITION },
			{ "honorific_prefix", TC_HONORIFIC },
			{ "name_prefix", TC_NAMEPART },
			{ "academic_postnominal", TC_POSTNOMINAL },
			{ "cue_noun", TC_CUE }
		};
		const char *s;
		long n = lex_col(t, (long)i, 2, &s);
		size_t k;

		f->tcat[i] = TC_OTHER;
		for (k = 0; k < sizeof(cats) / sizeof(cats[0]); k++)
			if ((long)strlen(cats[k].name) == n &&
			    memcmp(cats[k].name, s, (size_t)n) == 0)
				f->tcat[i] = (uint8_t)cats[k].cat;
	}
	for (i = 0; i < t->n; i++) {
		struct ent_winfo *wi;

		hash_put(&f->tit, t->e[i].key, t->e[i].len, (int32_t)i);
		nw = key_words(t->e[i].key, t->e[i].len, &first);
		wi = winfo_of(f, t->e[i].key, first, &cap);
		if (nw <= MAXPHRASE && wi->titmax < nw)
			wi->titmax = (uint8_t)nw;
	}
	/* lower-case words matter only as connectors, offices, scales,
	   currencies, months and titles */
	{
		size_t nl = 0;
		uint32_t q;
		const uint32_t lowcls = ENT_W_OCONN | ENT_W_PCONN | ENT_W_AFFIL |
		    ENT_W_SCALE | ENT_W_CURRENCY | ENT_W_MONTH | ENT_W_WEEKDAY;

		for (i = 0; i < f->nwinfo; i++)
			nl += (f->winfo[i].cls & lowcls) || f->winfo[i].titmax;
		hash_init(&f->lwords, nl);
		for (i = 0; i <= f->words.mask; i++) {
			const struct ent_hent *e = &f->words.t[i];

			if (e->key != NULL && ((f->winfo[e->val].cls &
			    lowcls) || f->winfo[e->val].titmax)) {
				hash_put(&f->lwords, e->key, e->len, e->val);
				bloom_add(f->lbloom, e->h);
				q = qshape((const unsigned char *)e->key,
				    e->len);
				f->lshape[q >> 6] |= 1ull << (q & 63);
			}
		}
	}
	return f;
}

void
ent_free(struct ent_finder *f)
{
	if (f == NULL)
		return;
	free(f->words.t);
	free(f->lwords.t);
	free(f->gaz.t);
	free(f->tit.t);
	free(f->winfo);
	free(f->wkeys);
	free(f->gkind);
	free(f->glabel);
	free(f->tcat);
	free(f);
}

void
ent_cands_push(struct article *a, struct ent_cands *c, uint32_t start,
    uint32_t end, int label, int score, const char *canon, const char *role)
{
	struct ent_cand *x;

	if (c->n == c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 32;

		c->v = arena_grow(a->arena, c->v, c->cap * sizeof(*c->v),
		    ncap * sizeof(*c->v));
		c->cap = ncap;
	}
	x = &c->v[c->n++];
	x->start = start;
	x->end = end;
	x->label = (uint8_t)label;
	x->source = score >= SC_SURE ? ENT_SRC_LEXICON : ENT_SRC_RULE;
	x->score = (uint16_t)score;
	x->canon = canon;
	x->role = role;
}

/* --- the word scanner ------------------------------------------------ */

static size_t
u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* A letter outside ASCII: anything but Latin-1 symbols, general
   punctuation (quotes, dashes), currency signs and CJK punctuation. */
static int
u8_letter(const unsigned char *p, size_t n)
{
	if (n == 2 && p[0] == 0xc2)
		return 0;
	if (n == 2 && p[0] == 0xc3 && (p[1] == 0x97 || p[1] == 0xb7))
		return 0;
	if (n == 3 && p[0] == 0xe2)
		return 0;
	if (n == 3 && p[0] == 0xe3 && p[1] == 0x80)
		return 0;
	if (n == 3 && p[0] == 0xef && (p[1] == 0xbc || p[1] == 0xbb))
		return 0;
	return 1;
}

static int
u8_upper(const unsigned char *p, size_t n)
{
	return n == 2 && p[0] == 0xc3 && p[1] >= 0x80 && p[1] <= 0x9e &&
	    p[1] != 0x97;
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is there a letter or digit at p (inside [p, end))? */
static int
alnum_at(const char *p, const char *end)
{
	size_t n;

	if (p >= end)
		return 0;
	if ((unsigned char)*p < 0x80)
		return is_alpha(*p) || is_digit(*p);
	n = u8len((unsigned char)*p);
	return p + n <= end && u8_letter((const unsigned char *)p, n);
}

/*
 * The flags and lexicon classes of word w, whose ASCII letters and digits
 * the scanner classified on its way: kinds, the CC_* of them or'ed, and
 * upper, how many are upper case.
 */
static void
ew_flags(struct ent_finder *f, struct article *a, struct ew *w,
    uint32_t kinds, size_t upper)
{
	const unsigned char *p = (const unsigned char *)a->text + w->s;
	size_t n = w->e - w->s;
	const struct ent_hent *e;
	const struct ent_hash *tab;
	uint32_t h;
	int32_t k;

	/* A-Z, or a capital of Latin-1 (c3 xx): the only ones u8_upper()
	   knows */
	if ((f->ccls[p[0]] & CC_UPPER) || (p[0] == 0xc3 && u8_upper(p, 2)))
		w->f |= EW_CAP;
	if (kinds & CC_DIGIT)
		w->f |= EW_DIGIT;
	if (upper >= 2 && !(kinds & CC_LOWER))
		w->f |= EW_ALLCAPS;
	if (n > MAXKEY)
		return;
	/*
	 * Most words are lower case and in none of the few lists a
	 * lower-case word is looked up in: their shape rules them out
	 * before a pass over them.  (|0x20 folds A-Z as lower() does, and
	 * maps only more bytes onto a shape: none is lost.)
	 */
	if (!(w->f & (EW_CAP | EW_ALLCAPS))) {
		uint32_t q = qshape(p, n);

		if (!(f->lshape[q >> 6] >> (q & 63) & 1))
			return;
	}
	h = kh_hash((const char *)p, n);	/* == of lower() */
	/* most words are in no list: the filter of the table this word
	   would be looked up in (all words, or the few lower-case ones)
	   answers for them without building the key */
	if (w->f & (EW_CAP | EW_ALLCAPS)) {
		if (!bloom_has(f->bloom, h))
			return;
		tab = &f->words;
	} else {
		if (!bloom_has(f->lbloom, h))
			return;
		tab = &f->lwords;
	}
	e = hash_slot_fold(tab, (const char *)p, n, h);
	if ((k = e->key ? e->val : -1) >= 0) {
		w->cls = f->winfo[k].cls;
		w->gazmax = f->winfo[k].gazmax;
		w->titmax = f->winfo[k].titmax;
	}
}

/* A scale glued to a number: $1.13bn, 600m, Rp5M, 3jt, 100rb. */
static int
scale_suffix(const char *q, const char *end)
{
	static const char *const sc[] = { "bn", "m", "mn", "k", "tn", "b",
		"jt", "rb", "M", "T", "B", "K" };
	size_t k, n = 0;

	while (q + n < end && is_alpha(q[n]))
		n++;
	if (q + n < end && alnum_at(q + n, end))
		return 0;
	for (k = 0; k < sizeof(sc) / sizeof(sc[0]); k++)
		if (strlen(sc[k]) == n && memcmp(q, sc[k], n) == 0)
			return 1;
	return 0;
}

/*
 * Scans a->text into words.  A word starts at a letter or digit and goes
 * on over letters and digits, and over - ' ’ / . between two of them; a
 * number over . , : / between digits.  "Rp" is cut before a digit.
 */
static struct ew *
ent_scan(struct ent_finder *f, struct article *a, size_t *np)
{
	const char *t = a->text, *end = a->text + a->len, *p = t;
	struct ew *w = NULL;
	size_t n = 0, cap = 0, para_words = 0, upper;
	int start = 1, space = 1;
	uint32_t kinds;

	while (p < end) {
		unsigned char c = (unsigned char)*p;
		const char *q = p;
		struct ew *x;
		int kind;

		if (f->ccls[c] & CC_SPACE) {
			if (c == '\n') {
				start = 1;
				para_words = 0;
			}
			space = 1;
			p++;
			continue;
		}
		if (c == 0xc2 && p + 1 < end && (unsigned char)p[1] == 0xa0) {
			space = 1;
			p += 2;
			continue;
		}
		kinds = upper = 0;
		if (is_digit(c)) {
			kind = EW_NUM;
			kinds = CC_DIGIT;	/* digits and . , : / */
			while (q < end && (is_digit(*q) || ((*q == '.' ||
			    *q == ',' || *q == ':' || *q == '/') &&
			    q + 1 < end && is_digit(q[1]))))
				q++;
			if (alnum_at(q, end) && !scale_suffix(q, end)) {
				kind = EW_WORD;
				goto word;
			}
		} else if (c < 0x80 ? (f->ccls[c] & CC_ALNUM) != 0 :
		    alnum_at(p, end)) {
			kind = EW_WORD;
word:
			/* the one place where the test below stops at a
			   digit, decided before the fast loop: "Rp" glued to
			   a number (q > p after a number) */
			if (lc(c) == 'r' && q == p && end - p > 2 &&
			    lc(p[1]) == 'p' && is_digit(p[2])) {
				kinds = f->ccls[c] | f->ccls[(unsigned char)p[1]];
				q = p + 2;
			} else for (;;) {
				const uint8_t *cc = f->ccls;
				uint32_t k;

				/* the common case first: ASCII letters and
				   digits, classified for ew_flags() on the
				   way (the test below never takes one, so
				   all are counted).  A letter's or digit's
				   class has no other bit, and the text's
				   NUL at end is none: no bound to test. */
				for (k = cc[(unsigned char)*q]; k & CC_ALNUM;
				    k = cc[(unsigned char)*++q])
					kinds |= k;
				/* none of the tests below takes a space,
				   a comma and the like (k: *q's class) */
				if (q >= end || (k & CC_END))
					break;
				if (q < end && (unsigned char)*q >= 0x80 &&
				    alnum_at(q, end)) {
					q += u8len((unsigned char)*q);
					continue;
				}
				if (q < end && (is_alpha(*q) || is_digit(*q))) {
					if (is_digit(*q) && q - p == 2 &&
					    lc(p[0]) == 'r' && lc(p[1]) == 'p')
						break;
					q++;
					continue;
				}
				/* AOL's: the possessive is not the name's */
				if (*q == '\'' && q + 1 < end && q[1] == 's' &&
				    !alnum_at(q + 2, end))
					break;
				if (q + 4 <= end && memcmp(q, "\xe2\x80\x99s",
				    4) == 0 && !alnum_at(q + 4, end))
					break;
				if (q + 1 < end && (*q == '-' || *q == '\'' ||
				    *q == '/' || *q == '.') && q > p &&
				    alnum_at(q + 1, end) &&
				    !(*q == '.' && is_digit(q[1]))) {
					q++;
					continue;
				}
				if (q + 3 < end && memcmp(q,
				    "\xe2\x80\x99", 3) == 0 &&
				    alnum_at(q + 3, end) && q > p) {
					q += 3;
					continue;
				}
				break;
			}
		} else {
			kind = EW_PUNCT;
			q = p + u8len(c);
			if (q > end)
				q = end;
		}
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 256;

			w = arena_grow(a->arena, w, cap * sizeof(*w),
			    ncap * sizeof(*w));
			cap = ncap;
		}
		x = &w[n++];
		memset(x, 0, sizeof(*x));
		x->s = (uint32_t)(p - t);
		x->e = (uint32_t)(q - t);
		x->kind = (uint8_t)kind;
		if (space)
			x->f |= EW_SPACE;
		if (kind != EW_PUNCT && start)
			x->f |= EW_START;
		if (kind != EW_PUNCT) {
			/* upper matters only to a word with no lower case */
			if ((kinds & (CC_UPPER | CC_LOWER)) == CC_UPPER) {
				const char *r;

				for (r = p; r < q; r++)
					upper += *r >= 'A' && *r <= 'Z';
			}
			ew_flags(f, a, x, kinds, upper);
		}
		if (kind != EW_PUNCT) {
			start = 0;
			para_words++;
		} else if (c == '.' && !space && n > 1 &&
		    w[n - 2].kind == EW_WORD) {
			/* a glued '.' after a word: "Plt." "Dr." "H." (no
			   space skipped: the word ends where it starts) */
			w[n - 2].f |= EW_DOT;
			start = 1;
		} else if ((c == '-' || (c == 0xe2 && q - p == 3 &&
		    (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] == 0x93 ||
		    (unsigned char)p[2] == 0x94))) && para_words < 8 && space)
			start = 1;	/* after a dateline: "JAKARTA, KOMPAS.com - " */
		else if (c == '.' || c == '!' || c == '?' || c == ':' ||
		    c == '"' || (c == 0xe2 && q - p == 3 &&
		    (unsigned char)p[1] == 0x80 && ((unsigned char)p[2] == 0x9c ||
		    (unsigned char)p[2] == 0x9d || (unsigned char)p[2] == 0x98)))
			start = 1;
		/* the one space after most words, taken here rather than by
		   a turn of the loop (at end, *q is the text's NUL) */
		space = *q == ' ';
		p = q + space;
	}
	*np = n;
	return w;
}

/*
 * Headlines are in Title Case: a line of four or more words, nearly all
 * capitalised, gets EW_TLINE, and the guesses of rule 6 skip it.
 */
static void
ent_title_lines(struct article *a, struct ew *w, size_t n)
{
	size_t i = 0, j, k;

	while (i < n) {
		size_t words = 0, caps = 0, capstop = 0, common = 0;
		const char *nl = memchr(a->text + w[i].e, '\n',
		    a->len - w[i].e);
		/* no word holds a '\n': the line's words start before the
		   first one after its first word */
		uint32_t lend = nl != NULL ? (uint32_t)(nl - a->text) :
		    UINT32_MAX;

		for (j = i; j < n; j++) {
			if (w[j].s > lend)
				break;
			if (w[j].kind == EW_WORD) {
				words++;
				caps += (w[j].f & (EW_CAP | EW_ALLCAPS)) != 0;
			}
		}
		/* both tests below want most words capitalised: most lines
		   have their function words counted only if so */
		if (caps * 10 >= words * 8)
			for (k = i; k < j; k++) {
				if (w[k].kind != EW_WORD)
					continue;
				capstop += (w[k].f & EW_CAP) &&
				    !(w[k].f & EW_START) &&
				    (w[k].cls & ENT_W_STOP);
				common += (w[k].cls & (ENT_W_COMMON |
				    ENT_W_STOP)) != 0;
			}
		/* function words capitalised mid-line ("Saat Ini Masih")
		   mark a headline; a list of names has none */
		if (words >= 4 && caps * 10 >= words * 8 && (capstop >= 2 ||
		    (capstop >= 1 && !(w[j - 1].kind == EW_PUNCT &&
		    a->text[w[j - 1].s] == '.'))))
			for (k = i; k < j; k++)
				w[k].f |= EW_TLINE;
		/* a short section heading the normalizer took the "###"
		   from: "Bahas Anggaran", "Sempat Terjadi Kesalahpahaman";
		   ordinary words in it tell it from a name on its own line */
		else if (words >= 2 && words <= 8 && caps == words &&
		    j - i == words && common >= 1)
			for (k = i; k < j; k++)
				w[k].f |= EW_TLINE;
		i = j;
	}
}

/* --- helpers for the rules --------------------------------------------- */

struct memo {
	int32_t		trow;
	int32_t		grow;
	uint32_t	tend;
	uint32_t	gend;
};

struct ctx {
	struct ent_finder	*f;
	struct article		*a;
	struct ew		*w;
	size_t			 n;
	struct ent_cands	 c;
	/* acronyms defined in the text: ACR -> long form or "" for a term */
	struct ent_hash		 defs;
	struct memo		*memo;	/* per word: title and gazetteer */
	uint8_t			*done;	/* per word: 1 trow, 2 grow set */
	/* the words a title or a gazetteer key starts at (titmax, gazmax
	   not 0), in order: rule_titles() and rule_gazetteer() visit
	   only these */
	uint32_t		*tit;
	size_t			 ntit;
	uint32_t		*gaz;
	size_t			 ngaz;
	uint32_t		*cap;	/* capword()s, for rule_heads(), rule_guess() */
	size_t			 ncap;
	uint32_t		*suf;	/* tail heads (ORGSUF, LOCSUF): rule_heads() */
	size_t			 nsuf;
	uint32_t		*par;	/* '(' tokens: rule_acronyms() */
	size_t			 npar;
	uint32_t		*val;	/* where ent_values() may start */
	size_t			 nval;
};


static int
is_punct(const struct ctx *x, size_t i, char ch)
{
	return i < x->n && x->w[i].kind == EW_PUNCT &&
	    x->w[i].e - x->w[i].s == 1 && x->a->text[x->w[i].s] == ch;
}

static int
capword(const struct ctx *x, size_t i)
{
	return i < x->n && x->w[i].kind == EW_WORD &&
	    (x->w[i].f & (EW_CAP | EW_ALLCAPS));
}

static int
used(const struct ctx *x, size_t i)
{
	return (x->w[i].f & EW_USED) != 0;
}

static void
mark(struct ctx *x, size_t i, size_t j)
{
	for (; i < j; i++)
		x->w[i].f |= EW_USED;
}

static void
cand(struct ctx *x, size_t i, size_t j, int label, int score,
    const char *canon, const char *role)
{
	if (j <= i)
		return;
	ent_cands_push(x->a, &x->c, x->w[i].s, x->w[j - 1].e, label, score,
	    canon, role);
	mark(x, i, j);
}

static char *
span_dup(const struct ctx *x, size_t i, size_t j)
{
	return arena_strndup(x->a->arena, x->a->text + x->w[i].s,
	    x->w[j - 1].e - x->w[i].s);
}

/*
 * The longest key of hash h (first-word bound max) matching the words
 * from i: its row, with *end set past its last word (and a glued dot when
 * the key has it), or -1.  With dots, a word followed by '.' is tried as
 * "word." first (titles: "plt.", "dr.").
 */
static int32_t
phrase_at(const struct ctx *x, const struct ent_hash *h, size_t i, size_t max,
    int dots, size_t *end)
{
	char key[MAXKEY];
	size_t lens[MAXPHRASE], nw = 0, j = i, len = 0;
	size_t wend[MAXPHRASE];
	int32_t r;

	while (nw < max && j < x->n && x->w[j].kind == EW_WORD) {
		size_t wl = x->w[j].e - x->w[j].s;

		if (len + wl + 3 > sizeof(key))
			break;
		if (nw > 0)
			key[len++] = ' ';
		len += lower(key + len, x->a->text + x->w[j].s, wl);
		lens[nw] = len;
		wend[nw] = j + 1;
		nw++;
		if (dots && (x->w[j].f & EW_DOT)) {
			j += 2;
			if (nw < max && j < x->n && x->w[j].kind == EW_WORD)
				key[len++] = '.';
			else {
				key[len] = '.';
				lens[nw - 1] = len + 1;
				wend[nw - 1] = j;
				break;
			}
			lens[nw - 1] = len;
			wend[nw - 1] = j;
		} else
			j++;
	}
	while (nw > 0) {
		size_t l = lens[nw - 1];

		if ((r = hash_get(h, key, l)) >= 0) {
			*end = wend[nw - 1];
			return r;
		}
		if (dots && key[l - 1] == '.' &&
		    (r = hash_get(h, key, l - 1)) >= 0) {
			*end = wend[nw - 1] - 1;
			return r;
		}
		nw--;
	}
	return -1;
}

static int
gaz_kind(const struct ent_finder *f, long r)
{
	return f->gkind[r];
}

static int
gaz_label(const struct ent_finder *f, long r)
{
	return f->glabel[r];
}

static const char *
gaz_canon(const struct ctx *x, long r)
{
	const char *s;
	long n = lex_col(&lex_ent_gazetteer, r, 1, &s);

	return n > 0 ? arena_strndup(x->a->arena, s, (size_t)n) : NULL;
}

/*
 * A gazetteer match at i that the text's case allows: every word
 * capitalised (connectors aside), an acronym written as the lexicon writes
 * it or in capitals.  Returns the row and sets *end, or -1.
 */
static int32_t
gaz_at_raw(const struct ctx *x, size_t i, size_t *end)
{
	const struct lex *g = &lex_ent_gazetteer;
	size_t j, max = x->w[i].gazmax;
	int32_t r;

	if (max == 0 || !capword(x, i))
		return -1;
	while (max > 0) {
		int kind;

		if ((r = phrase_at(x, &x->f->gaz, i, max, 0, end)) < 0)
			return -1;
		kind = gaz_kind(x->f, r);
		for (j = i; j < *end; j++)
			if (!capword(x, j) && !(x->w[j].cls & ENT_W_OCONN) &&
			    x->w[j].kind != EW_NUM)
				break;
		/* acronyms as the lexicon writes them: ITS, not "Its" */
		if (j == *end && *end == i + 1 && !(x->w[i].f & EW_ALLCAPS) &&
		    x->w[i].e - x->w[i].s <= 6) {
			const char *form;
			long fl = lex_col(g, r, 3, &form);

			if (fl >= 2 && all_caps(form, (size_t)fl))
				j = 0;
		}
		if (j == *end && *end == i + 1 && (kind == GK_ACR ||
		    kind == GK_ACRR || kind == GK_ABBR)) {
			const char *form;
			long fl = lex_col(g, r, 3, &form);
			size_t tl = x->w[*end - 1].e - x->w[i].s;

			if (!(fl == (long)tl && memcmp(form, x->a->text +
			    x->w[i].s, tl) == 0) &&
			    !((x->w[i].f & EW_ALLCAPS) && kind != GK_ABBR))
				j = 0;
		}
		if (j == *end)
			return r;
		max = *end - i - 1;
	}
	return -1;
}

/*
 * The title at i (lex_titles row, end past it, its category) and the
 * gazetteer entry at i, each looked up once per word: the rules ask for
 * the same words many times.
 */
static int32_t
title_at(const struct ctx *x, size_t i, size_t *end, int *cat)
{
	struct memo *m;

	if (i >= x->n || x->w[i].titmax == 0)
		return -1;
	m = &x->memo[i];
	if (!(x->done[i] & 1)) {
		size_t e = 0;

		m->trow = phrase_at(x, &x->f->tit, i, x->w[i].titmax, 1, &e);
		m->tend = (uint32_t)e;
		x->done[i] |= 1;
	}
	if (m->trow < 0)
		return -1;
	*end = m->tend;
	*cat = x->f->tcat[m->trow];
	return m->trow;
}

static int32_t
gaz_at(const struct ctx *x, size_t i, size_t *end)
{
	struct memo *m;

	if (i >= x->n || x->w[i].gazmax == 0)
		return -1;
	m = &x->memo[i];
	if (!(x->done[i] & 2)) {
		size_t e = 0;

		m->grow = gaz_at_raw(x, i, &e);
		m->gend = (uint32_t)e;
		x->done[i] |= 2;
	}
	if (m->grow < 0)
		return -1;
	*end = m->gend;
	return m->grow;
}

static int32_t	title_at(const struct ctx *, size_t, size_t *, int *);

/*
 * An Indonesian derived noun or verb, capitalised at the start of a
 * sentence but no name: ke-an, pe(r/m/n/ng/ny)-an, -nya (Kekalahan,
 * Pelanggaran, Perseroan, Keputusannya); English -tion, -ment, -ness.
 */
static int
derived_noun(const char *s, size_t n)
{
	static const char *const pre[] = { "ke", "pe", "per", "pen", "pem",
		"peng", "peny" };
	static const char *const suf[] = { "tion", "sion", "ment", "ness",
		"ship" };
	size_t i;

	if (n < 7)
		return 0;
	if (memcmp(s + n - 3, "nya", 3) == 0)
		return 1;
	/* English: Redemption, Management, Fitness, Championship */
	for (i = 0; i < sizeof(suf) / sizeof(suf[0]); i++)
		if (memcmp(s + n - 4, suf[i], 4) == 0)
			return 1;
	if (memcmp(s + n - 2, "an", 2) != 0)
		return 0;
	for (i = 0; i < sizeof(pre) / sizeof(pre[0]); i++)
		if (lc((unsigned char)s[0]) == pre[i][0] &&
		    memcmp(s + 1, pre[i] + 1, strlen(pre[i]) - 1) == 0)
			return 1;
	return 0;
}

/* A word that may be part of a person's name. */
static int
namepart(const struct ctx *x, size_t i)
{
	const struct ew *w;

	if (!capword(x, i))
		return 0;
	w = &x->w[i];
	/* Balinese names: I Made, I Wayan, Ni Luh */
	if (w->e - w->s == 1 && x->a->text[w->s] == 'I' && i + 1 < x->n &&
	    x->w[i + 1].titmax && (x->w[i + 1].f & EW_CAP)) {
		size_t e;
		int cat;

		return title_at(x, i + 1, &e, &cat) >= 0 && cat == TC_NAMEPART;
	}
	if (w->cls & (ENT_W_NONNAME | ENT_W_MONTH | ENT_W_WEEKDAY |
	    ENT_W_ORGPRE | ENT_W_LOCPRE))
		return 0;
	if ((w->cls & ENT_W_COMMON) && (w->f & (EW_START | EW_TLINE)))
		return 0;
	/* a function word capitalised mid-sentence is a name (My Esti) */
	if ((w->cls & ENT_W_STOP) && ((w->f & (EW_START | EW_TLINE)) ||
	    w->e - w->s == 1 || (i > 0 && !capword(x, i - 1) &&
	    !capword(x, i + 1))))
		return 0;
	if ((w->f & EW_DIGIT) || ((w->f & EW_ALLCAPS) && w->e - w->s > 3 &&
	    !(w->f & EW_TLINE)))
		return 0;
	if (derived_noun(x->a->text + w->s, w->e - w->s))
		return 0;
	/* barang/jasa, Hilirisasi/Kepala: no name has a slash */
	if (memchr(x->a->text + w->s, '/', w->e - w->s) != NULL)
		return 0;
	if (w->titmax) {
		size_t e;
		int cat;

		if (title_at(x, i, &e, &cat) >= 0 && cat != TC_NAMEPART &&
		    cat != TC_OTHER)
			return 0;
	}
	return 1;
}

/* An initial: one capital letter with a glued dot ("B." of "B.J."). */
static int
initial(const struct ctx *x, size_t i)
{
	const struct ew *w = &x->w[i];
	const char *p = x->a->text + w->s;

	if (!(w->f & EW_DOT) || !(w->f & EW_CAP))
		return 0;
	if (w->e - w->s == 1)
		return 1;
	/* B.J or M.H: letters and dots */
	return w->e - w->s == 3 && p[1] == '.';
}

/*
 * The end of a name starting at i: capitalised words, initials and
 * connectors (bin, van, de) between them, at most 5 words.
 */
static size_t
name_end(const struct ctx *x, size_t i)
{
	size_t j = i, words = 0, last = i;

	while (j < x->n && words < 5) {
		if (j > i && (x->w[j].f & EW_START))
			break;
		if (initial(x, j)) {
			j += 2;
			words++;
			continue;
		}
		if (namepart(x, j) && !used(x, j)) {
			size_t e2;
			int cat;

			if (j > i && title_at(x, j, &e2, &cat) >= 0 &&
			    (cat == TC_POSITION || cat == TC_ACTING))
				break;
			j++;
			words++;
			last = j;
			continue;
		}
		if (j > i && (x->w[j].cls & ENT_W_PCONN) &&
		    x->w[j].kind == EW_WORD && !(x->w[j].f & EW_CAP) &&
		    namepart(x, j + 1)) {
			j++;
			continue;
		}
		/* a Korean given name split by a spaced hyphen, as tokenized
		   news writes it: Kim Jong - un, Moon Jae - in */
		if (words >= 2 && j == last && is_punct(x, j, '-') &&
		    j + 1 < x->n && x->w[j + 1].kind == EW_WORD &&
		    !(x->w[j + 1].f & (EW_CAP | EW_ALLCAPS | EW_DIGIT)) &&
		    x->w[j + 1].e - x->w[j + 1].s <= 3 &&
		    x->w[j - 1].e - x->w[j - 1].s <= 4 &&
		    !(j + 2 < x->n && x->w[j + 2].kind == EW_WORD &&
		    !(x->w[j + 2].f & EW_SPACE))) {
			last = j + 2;
			break;
		}
		break;
	}
	return last;
}

static size_t	caprun_end(const struct ctx *, size_t, size_t);

/* --- rule 2: acronyms defined in the text ---------------------------- */

static int
acronym(const struct ctx *x, size_t i)
{
	size_t n;

	if (i >= x->n || x->w[i].kind != EW_WORD)
		return 0;
	n = x->w[i].e - x->w[i].s;
	return n >= 2 && n <= 12 && (x->w[i].f & EW_ALLCAPS);
}

/* An acronym in parentheses may be in mixed case: (Kemensos). */
static int
acr_like(const struct ctx *x, size_t i)
{
	if (acronym(x, i))
		return 1;
	return i < x->n && x->w[i].kind == EW_WORD && (x->w[i].f & EW_CAP) &&
	    x->w[i].e - x->w[i].s <= 16 && !(x->w[i].f & EW_DOT);
}

static int
first_letter(const struct ctx *x, size_t i)
{
	return lc((unsigned char)x->a->text[x->w[i].s]);
}

static void
define(struct ctx *x, size_t acr, const char *longform)
{
	struct ent_hent *e;

	/* the table, in the arena, when the first acronym is defined:
	   most articles define none (hash_get() finds nothing in none) */
	if (x->defs.t == NULL) {
		size_t cap = 16;

		while (cap < x->n / 4 + 8)
			cap <<= 1;
		x->defs.t = arena_zalloc(x->a->arena, cap * sizeof(*x->defs.t));
		x->defs.mask = cap - 1;
	}
	e = hash_slot(&x->defs, x->a->text + x->w[acr].s,
	    x->w[acr].e - x->w[acr].s);

	if (e->key == NULL) {
		e->key = x->a->text + x->w[acr].s;
		e->len = x->w[acr].e - x->w[acr].s;
		e->h = kh_hash(e->key, e->len);
		e->val = -1;
	}
	/* the value indexes nothing: keep the long form in a side list */
	(void)longform;
}

static const char *
def_canon(const struct ctx *x, size_t i, const char **longforms,
    size_t nlong)
{
	int32_t k = hash_get(&x->defs, x->a->text + x->w[i].s,
	    x->w[i].e - x->w[i].s);

	if (k < 0 || (size_t)k >= nlong)
		return NULL;
	return longforms[k];
}

static int	namepart(const struct ctx *, size_t);
static int32_t	gaz_at(const struct ctx *, size_t, size_t *);
static int	gaz_label(const struct ent_finder *, long);

/*
 * Label of the long form w[i..e): the gazetteer's when it knows it, LOC
 * when a place word starts it, PERSON when it is all name words (RK
 * (Ridwan Kamil)) with no ordinary word nor title inside, else ORG.
 */
static int
long_label(const struct ctx *x, size_t i, size_t e)
{
	size_t k, ge;
	int32_t r;

	if (x->w[i].gazmax && (r = gaz_at(x, i, &ge)) >= 0 && ge == e)
		return gaz_label(x->f, r);
	if (x->w[i].cls & ENT_W_LOCPRE)
		return ENT_LOC;
	for (k = i; k < e; k++)
		if (!namepart(x, k) || (x->w[k].cls & (ENT_W_AFFIL |
		    ENT_W_ORGSUF | ENT_W_COMMON)) || (x->w[k].f & EW_ALLCAPS))
			return ENT_ORG;
	/* a name inside names a place or body after a person: Gelora
	   Bung Karno (GBK) */
	for (k = i + 1; k < e; k++)
		if ((x->w[k].cls & ENT_W_STOP) || x->w[k].titmax)
			return ENT_ORG;
	return ENT_PERSON;
}

/*
 * A capitalised long form of ordinary words with no head of a body is a
 * term: "Pajak Pertambahan Nilai (PPN)", "Wajib Pajak Dalam Negeri (WP
 * DN)", not "Komisi Pemberantasan Korupsi (KPK)" nor "Bursa Efek
 * Indonesia (BEI)".
 */
static int
term_phrase(const struct ctx *x, size_t ls, size_t le)
{
	size_t k;

	for (k = ls; k < le; k++) {
		if (x->w[k].cls & (ENT_W_ORGPRE | ENT_W_ORGSUF | ENT_W_LOCPRE |
		    ENT_W_LOCSUF) || x->w[k].gazmax)
			return 0;
		if (!(x->w[k].cls & (ENT_W_COMMON | ENT_W_OCONN | ENT_W_STOP)) &&
		    !derived_noun(x->a->text + x->w[k].s, x->w[k].e - x->w[k].s))
			return 0;
	}
	return 1;
}

static void
rule_acronyms(struct ctx *x, const char ***lfp, size_t *nlp)
{
	const char **lf = NULL;
	size_t nl = 0, cap = 0, i, j, k, sp0, p;
	int cat0;

	/* Fast path: the '(' tokens only, listed by ent_find() */
	for (p = 0; p < x->npar; p++) {
		const char *longform = NULL;
		size_t ls = 0, le = 0, ac = 0;
		int lower_def = 0;

		i = x->par[p];
		if (i < 1 || i + 1 >= x->n || !is_punct(x, i, '('))
			continue;
		if (acr_like(x, i + 1) && is_punct(x, i + 2, ')') &&
		    !(x->w[i + 1].cls & ENT_W_ORGSUF)) {
			/* Long Form (ACR): walk back over the long form */
			ac = i + 1;
			le = i;
			k = i;
			while (k > 0 && i - k < 12 && x->w[k - 1].kind == EW_WORD &&
			    !(x->w[k - 1].f & EW_USED))
				k--;
			/*
			 * The capitalised words right before "(" are the long
			 * form when they start with the acronym's initial:
			 * "merapat ke Partai Persatuan Pembangunan (PPP)",
			 * not from "Partai Gerindra" four words back.  Else
			 * trim to the first word whose initial is the
			 * acronym's ("lembaga pengadaan ... (LKPP)").
			 */
			for (ls = le; ls > k && (capword(x, ls - 1) ||
			    ((x->w[ls - 1].cls & ENT_W_OCONN) && ls - 1 > k &&
			    capword(x, ls - 2))); ls--)
				;
			while (ls < le && !capword(x, ls))
				ls++;
			/* a ministry's acronym leaves out its head:
			   Kementerian Energi dan Sumber Daya Mineral (ESDM) */
			if (le - ls >= 3 && first_letter(x, ls) !=
			    first_letter(x, ac) && (x->w[ls].cls & ENT_W_ORGPRE) &&
			    first_letter(x, ls + 1) == first_letter(x, ac) &&
			    acronym(x, ac))
				;
			else if (le - ls < 2 ||
			    first_letter(x, ls) != first_letter(x, ac))
				for (ls = k; ls < le; ls++)
					if (first_letter(x, ls) ==
					    first_letter(x, ac) &&
					    !(x->w[ls].cls & ENT_W_STOP))
						break;
			if (le - ls < 2 || (x->w[ls].titmax &&
			    title_at(x, ls, &sp0, &cat0) >= 0))
				continue;
			/* Kemensos: an acronym in mixed case needs a head word */
			if (!acronym(x, ac) && !(x->w[ls].cls &
			    (ENT_W_ORGPRE | ENT_W_LOCPRE)))
				continue;
			for (j = ls; j < le; j++)
				if (!capword(x, j) && !(x->w[j].cls & ENT_W_OCONN))
					break;
			if (j < le) {
				/* lower case: a term unless it names an
				   organisation ("lembaga ...") */
				for (j = ls; j < le; j++)
					if (!(x->w[j].f & (EW_CAP | EW_ALLCAPS)))
						break;
				lower_def = !(x->w[ls].cls & ENT_W_ORGPRE);
				if (!lower_def)
					continue;
			} else
				lower_def = term_phrase(x, ls, le);
		} else if (i >= 1 && acronym(x, i - 1) && capword(x, i + 1)) {
			/* ACR (Long Form) */
			ac = i - 1;
			ls = i + 1;
			for (le = ls; le < x->n && le - ls < 12 &&
			    (capword(x, le) || (x->w[le].cls & ENT_W_OCONN)); le++)
				;
			if (!is_punct(x, le, ')') || le - ls < 2 ||
			    first_letter(x, ls) != first_letter(x, ac))
				continue;
		} else
			continue;
		if (lower_def) {
			size_t sp;

			if (hash_get(&x->defs, x->a->text + x->w[ac].s,
			    x->w[ac].e - x->w[ac].s) >= 0)
				continue;
			/* known to the gazetteer: an entity after all */
			if (x->w[ac].gazmax > 0 && gaz_at(x, ac, &sp) >= 0)
				continue;
			define(x, ac, NULL);
			hash_slot(&x->defs, x->a->text + x->w[ac].s,
			    x->w[ac].e - x->w[ac].s)->val = -2;
			continue;
		}
		longform = span_dup(x, ls, le);
		if (nl == cap) {
			size_t ncap = cap ? cap * 2 : 8;

			lf = arena_grow(x->a->arena, lf, cap * sizeof(*lf),
			    ncap * sizeof(*lf));
			cap = ncap;
		}
		lf[nl] = longform;
		define(x, ac, longform);
		hash_slot(&x->defs, x->a->text + x->w[ac].s,
		    x->w[ac].e - x->w[ac].s)->val = (int32_t)nl;
		nl++;
		/* one mention, as news NER corpora mark it: "Bursa Efek
		   Indonesia (BEI)" */
		if (ac > ls)
			cand(x, ls, ac + 2, long_label(x, ls, le), SC_SURE,
			    longform, NULL);
		else
			cand(x, ac, le + 1, long_label(x, ls, le), SC_SURE,
			    longform, NULL);
	}
	*lfp = lf;
	*nlp = nl;
}

/* --- rule 3: persons after titles ------------------------------------- */

/* A word of an office or affiliation, or a known place or organisation,
   between a title and a name: sets *end past it. */
static int
affil_at(const struct ctx *x, size_t i, size_t *end)
{
	const struct ew *w;
	int32_t r;

	if (i >= x->n || x->w[i].kind != EW_WORD)
		return 0;
	w = &x->w[i];
	if ((r = gaz_at(x, i, end)) >= 0)
		return gaz_label(x->f, r) != ENT_PERSON;
	*end = i + 1;
	if (w->cls & (ENT_W_AFFIL | ENT_W_ORGPRE | ENT_W_ORGSUF))
		return 1;
	if ((w->f & EW_ALLCAPS) && !(w->f & EW_TLINE) && capword(x, i + 1))
		return 1;
	if ((w->cls & ENT_W_OCONN) && capword(x, i + 1) &&
	    !(w->f & (EW_CAP | EW_ALLCAPS)))
		return 1;
	/* Roman numerals of commissions: Komisi X, Kodam V */
	if ((w->f & (EW_CAP | EW_ALLCAPS)) && w->e - w->s <= 4 &&
	    strspn(x->a->text + w->s, "IVXL") == w->e - w->s)
		return 1;
	return 0;
}

static void
rule_titles(struct ctx *x)
{
	size_t i, j, e2, rs, re, ns, ne, k, last_aff, pe, at = 0;
	int cat, saw_pos, saw_hon;
	int32_t r;

	/* Fast path: the loop over all words, visiting only those
	   with a title (titmax), the others' first test */
	for (i = x->ntit ? x->tit[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(x->tit, x->ntit, &at, i)) {
		if (x->w[i].titmax == 0 || used(x, i))
			continue;
		if (title_at(x, i, &e2, &cat) < 0 || cat == TC_NAMEPART ||
		    cat == TC_POSTNOMINAL || cat == TC_OTHER)
			continue;
		/* Direktorat Jenderal: the title word names a body */
		if (i > 0 && (x->w[i - 1].cls & ENT_W_ORGPRE) &&
		    capword(x, i - 1) && capword(x, i))
			continue;
		rs = i;
		re = i;
		saw_pos = 0;
		saw_hon = 0;
		j = i;
		for (;;) {
			if (j < x->n && title_at(x, j, &e2, &cat) >= 0 &&
			    cat != TC_NAMEPART && cat != TC_POSTNOMINAL &&
			    cat != TC_OTHER) {
				/* a title word must be capitalised after a name
				   could have begun, or when lower case it is a
				   common noun ("bupati" alone is fine) */
				if (cat == TC_HONORIFIC) {
					saw_hon = 1;
					if (!(x->w[j].f & EW_CAP))
						break;
				} else {
					/* a lower-case office then a
					   capitalised one: the first is the
					   previous name's ("Zbigniew B.,
					   penasihat keamanan nasional |
					   Presiden Amerika Jimmy Carter") */
					if (saw_pos && j > rs + 1 &&
					    !(x->w[rs].f & EW_CAP) &&
					    (x->w[j].f & EW_CAP) &&
					    !(x->w[j - 1].f & EW_CAP) &&
					    !is_punct(x, j - 1, ')'))
						rs = j;
					saw_pos = 1;
					re = e2;
				}
				j = e2;
				continue;
			}
			/* Pelaksana tugas (Plt) */
			if (saw_pos && j + 2 < x->n && is_punct(x, j, '(') &&
			    x->w[j + 1].kind == EW_WORD &&
			    is_punct(x, j + 2, ')') &&
			    (x->w[j + 1].f & EW_CAP)) {
				j += 3;
				re = j;
				continue;
			}
			if (saw_pos && affil_at(x, j, &e2) &&
			    (!(x->w[j].cls & ENT_W_STOP) ||
			    (x->w[j].f & EW_ALLCAPS))) {
				j = e2;
				re = j;
				continue;
			}
			break;
		}
		if (!saw_pos && !saw_hon)
			continue;
		/*
		 * The phrase after the role: capitalised words, places and
		 * bodies.  The name follows its last affiliation word
		 * (Pengadan Sekretariat Kabupaten Lampung Timur | Maryono); a
		 * place counts only right after one (Wali Kota Bogor | Bima
		 * Arya).
		 */
		ns = j;
		for (pe = ns; pe < x->n && pe - ns < 12 && !used(x, pe); pe++) {
			/* Dinas Pekerjaan Umum dan Perumahan Rakyat (PUPR)
			   Provinsi Jambi | Arfan */
			if (pe > ns && is_punct(x, pe, '(') && acronym(x, pe + 1) &&
			    is_punct(x, pe + 2, ')') && capword(x, pe + 3) &&
			    !used(x, pe + 3)) {
				pe += 2;
				continue;
			}
			if (!capword(x, pe) && !initial(x, pe) &&
			    !is_punct(x, pe, '.') &&
			    !((x->w[pe].cls & ENT_W_OCONN) &&
			    capword(x, pe + 1) && !(x->w[pe].f & EW_CAP)))
				break;
		}
		last_aff = ns;
		for (k = ns; k < pe; k++) {
			size_t ae;

			/* connectors and an acronym in parentheses go on
			   the office's name: Research and Investment */
			if (k == last_aff && k + 1 < pe &&
			    ((x->w[k].cls & ENT_W_OCONN) && !(x->w[k].f &
			    EW_CAP))) {
				last_aff = k + 1;
				continue;
			}
			/* two offices held at once: Hilirisasi/Kepala */
			if (k == last_aff && k + 1 < pe && memchr(x->a->text +
			    x->w[k].s, '/', x->w[k].e - x->w[k].s) != NULL) {
				last_aff = k + 1;
				continue;
			}
			if (k == last_aff && k > ns && is_punct(x, k, '(') &&
			    k + 3 < pe) {
				last_aff = k + 3;
				k += 2;
				continue;
			}
			/* ordinary words after an office name its
			   department: Ditjen Imigrasi | Agung Sampurno */
			if (((x->w[k].cls & (ENT_W_ORGSUF | ENT_W_ORGPRE |
			    ENT_W_AFFIL | ENT_W_LOCPRE)) || ((x->w[k].cls &
			    ENT_W_COMMON) && k == last_aff)) && k + 1 < pe &&
			    !(x->w[k].f & EW_DOT && x->w[k].e - x->w[k].s == 1))
				last_aff = k + 1;
			else if (x->w[k].gazmax && (r = gaz_at(x, k, &ae)) >= 0 &&
			    ae < pe && ((k > ns && k == last_aff &&
			    gaz_label(x->f, r) == ENT_LOC) ||
			    gaz_label(x->f, r) == ENT_ORG)) {
				last_aff = ae;
				k = ae - 1;
			}
		}
		/* a company's name runs into the person's: keep two words
		   for the name (PT Doo Financial Futures | Ariston Tjendra) */
		if (last_aff == ns && ns > 0 && (x->w[ns - 1].cls &
		    ENT_W_ORGPRE) && pe - ns >= 3 && name_end(x, ns) == pe)
			last_aff = pe - 2;
		if (last_aff > ns && saw_pos)
			re = last_aff;
		/* the office's body, a comma, then the name: "Pemilik
		   Warung Bakso Remaja Gading, Thirthania Laura Damayanthie" */
		if (saw_pos && pe > ns && is_punct(x, pe, ',') &&
		    !used(x, pe + 1) && namepart(x, pe + 1) &&
		    name_end(x, pe + 1) >= pe + 3) {
			for (k = rs; k < pe; k++)
				if (x->w[k].cls & (ENT_W_ORGPRE | ENT_W_ORGSUF))
					break;
			if (k < pe) {
				re = pe;
				last_aff = pe + 1;
			}
		}
		ns = last_aff;
		while (ns < x->n && title_at(x, ns, &e2, &cat) >= 0 &&
		    cat == TC_NAMEPART && capword(x, ns) && e2 < x->n &&
		    capword(x, e2))
			ns = e2;
		if (ns >= x->n || (!namepart(x, ns) && !initial(x, ns)))
			continue;
		ne = name_end(x, last_aff);
		/* "Bupati Lampung Timur" and then nothing: no name */
		if (ne <= ns)
			continue;
		/* nor the office's own last word: "Menteri Tenaga Kerja dan
		   Transmigrasi", "Jaksa Agung Muda Pidana Umum" */
		if (ne == last_aff + 1 && (x->w[last_aff].cls & (ENT_W_AFFIL |
		    ENT_W_ORGSUF | ENT_W_ORGPRE)))
			continue;
		/* nor a body or place the lexicon knows: "Direktur Data dan
		   Informasi Kemendagri, Sugiharto" */
		if (x->w[last_aff].gazmax && (r = gaz_at(x, last_aff, &e2)) >= 0 &&
		    e2 >= ne && gaz_label(x->f, r) != ENT_PERSON)
			continue;
		ns = last_aff;
		/* a rank or honorific right before the name is not its role
		   when the role is only that: "Pak Zaiful" */
		cand(x, ns, ne, ENT_PERSON, SC_PATTERN, NULL,
		    saw_pos ? span_dup(x, rs, re) : NULL);
		/* a company named by its last word ends the role: analis
		   [Binaartha Sekuritas] Ivan Rosanova */
		k = ns;
		while (k > rs && is_punct(x, k - 1, ','))
			k--;
		if (k > rs + 1 && (x->w[k - 1].cls & ENT_W_ORGSUF) &&
		    capword(x, k - 1) && !used(x, k - 1)) {
			size_t b = k - 1;

			while (b > rs && capword(x, b - 1) && !used(x, b - 1) &&
			    !(x->w[b - 1].cls & (ENT_W_AFFIL | ENT_W_OCONN |
			    ENT_W_STOP)) && title_at(x, b - 1, &e2, &cat) < 0)
				b--;
			if (b < k - 1)
				cand(x, b, k, ENT_ORG, SC_PATTERN, NULL, NULL);
		}
		/*
		 * The role's own words are taken; the places and bodies in
		 * it stay free for rules 4 and 5 (Bupati [Lampung Timur],
		 * Kepala [Dinas Kesehatan]).
		 */
		for (k = rs; k < ns; ) {
			size_t ae;

			if (title_at(x, k, &ae, &cat) >= 0) {
				mark(x, k, ae);
				k = ae;
			} else if ((x->w[k].gazmax && gaz_at(x, k, &ae) >= 0) ||
			    (x->w[k].cls & (ENT_W_ORGPRE | ENT_W_LOCPRE))) {
				ae = caprun_end(x, k, 10);
				if (ae <= k)
					ae = k + 1;
				k = ae > ns ? ns : ae;
			} else {
				mark(x, k, k + 1);
				k++;
			}
		}
		i = ne - 1;
	}
}

/* --- rule 4: head words ---------------------------------------------- */

/* The end of a run of capitalised words from i, connectors inside. */
static size_t
caprun_end(const struct ctx *x, size_t i, size_t max)
{
	size_t j = i, last = i, ge;
	int32_t r;

	while (j < x->n && j - i < max) {
		if (used(x, j) || (j > i && (x->w[j].f & EW_START)))
			break;
		/* a second head starts a second body: Direktorat Jenderal
		   Imigrasi | Kementerian Hukum dan HAM */
		if (j > i && (x->w[j].cls & ENT_W_ORGPRE) &&
		    (x->w[i - 1].cls & ENT_W_ORGPRE) && capword(x, j + 1) &&
		    !(x->w[j].f & EW_ALLCAPS))
			break;
		if (capword(x, j) || (x->w[j].kind == EW_NUM && j > i &&
		    (x->w[j - 1].f & (EW_CAP | EW_ALLCAPS)))) {
			j++;
			last = j;
			continue;
		}
		/* "Pekerjaan Umum dan Perumahan Rakyat", "Bank of America",
		   "(Persero)" */
		if (j > i && (x->w[j].cls & ENT_W_OCONN) && capword(x, j + 1) &&
		    !used(x, j + 1) && !(x->w[j + 1].cls & (ENT_W_ORGPRE |
		    ENT_W_LOCPRE))) {
			size_t k = j + 1;

			/* "Universitas Gadjah Mada dan Harvard University":
			   the next name ends with its own head */
			while (k < x->n && capword(x, k))
				k++;
			if (x->w[k - 1].cls & (ENT_W_ORGSUF | ENT_W_LOCSUF))
				break;
			/* ... Perjuangan dan Nasional Demokrat: a body the
			   lexicon knows */
			if (x->w[j + 1].gazmax && (r = gaz_at(x, j + 1, &ge)) >= 0 &&
			    gaz_label(x->f, r) == ENT_ORG)
				break;
			j++;
			continue;
		}
		break;
	}
	return last;
}

/*
 * A body's run of capitalised words [s, e) that goes on past a party,
 * body or place the lexicon knows into a person's name ends there: "Fraksi
 * Partai Demokrat | Saan Mustopa", "DPD Partai Demokrat Bali | I Made
 * Mudharta".  The rest must be two or more name words with nothing of an
 * office, a body or a place in them.
 */
static size_t
body_end(const struct ctx *x, size_t s, size_t e)
{
	size_t k, ge, gend = 0;
	int32_t r;

	for (k = s; k < e; k++)
		if (x->w[k].gazmax && (r = gaz_at(x, k, &ge)) >= 0 && ge <= e &&
		    gaz_label(x->f, r) != ENT_PERSON) {
			gend = ge;
			k = ge - 1;
		}
	if (gend == 0 || e - gend < 2)
		return e;
	for (k = gend; k < e; k++) {
		if (x->w[k].kind != EW_WORD || (x->w[k].cls & (ENT_W_AFFIL |
		    ENT_W_ORGSUF | ENT_W_ORGPRE | ENT_W_LOCPRE | ENT_W_LOCSUF |
		    ENT_W_OCONN)) || x->w[k].gazmax)
			return e;
		if ((x->w[k].f & EW_ALLCAPS) || (!namepart(x, k) &&
		    !(k == gend && x->w[k].e - x->w[k].s == 1)))
			return e;
	}
	return gend;
}

/* Desa, Kelurahan, Kecamatan, Kabupaten, Kota, Provinsi, Dusun. */
static int
admin_head(const struct ctx *x, size_t i)
{
	static const char *const units[] = { "desa", "kelurahan",
		"kecamatan", "kabupaten", "kota", "provinsi", "dusun" };
	size_t k, n = x->w[i].e - x->w[i].s;
	char buf[16];

	if (n >= sizeof(buf))
		return 0;
	lower(buf, x->a->text + x->w[i].s, n);
	for (k = 0; k < sizeof(units) / sizeof(units[0]); k++)
		if (strlen(units[k]) == n && memcmp(buf, units[k], n) == 0)
			return 1;
	return 0;
}

/*
 * The full name of a regional body written with its acronym, so that it
 * links to the same body written out: Pemkab Lamtim -> Pemerintah
 * Kabupaten Lampung Timur, Polda Lampung -> Kepolisian Daerah Lampung.
 * r is the acronym's row, [e, s2) an administrative unit between it and
 * the region (row r2).
 */
static const char *
acrr_canon(const struct ctx *x, int32_t r, size_t e, size_t s2, int32_t r2)
{
	const char *a, *u = "", *reg;
	long an = lex_col(&lex_ent_gazetteer, r, 1, &a);
	long rn = lex_col(&lex_ent_gazetteer, r2, 1, &reg);
	size_t un = 0;
	char *out;

	if (an <= 0 || rn <= 0)
		return NULL;
	if (s2 > e) {
		u = x->a->text + x->w[e].s;
		un = x->w[s2 - 1].e - x->w[e].s;
	}
	out = arena_alloc(x->a->arena, (size_t)an + un + (size_t)rn + 3);
	memcpy(out, a, (size_t)an);
	if (un > 0) {
		out[an] = ' ';
		memcpy(out + an + 1, u, un);
		an += (long)un + 1;
	}
	out[an] = ' ';
	memcpy(out + an + 1, reg, (size_t)rn);
	out[an + 1 + rn] = '\0';
	return out;
}

static void
rule_heads(struct ctx *x)
{
	size_t i, e, e2, k, at = 0;

	/* Fast path: the capitalised words only, as in rule_titles() */
	for (i = x->ncap ? x->cap[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(x->cap, x->ncap, &at, i)) {
		const struct ew *w = &x->w[i];

		if (used(x, i) || !capword(x, i))
			continue;
		/* a regional acronym and its region: Polda Lampung */
		if (w->gazmax) {
			int32_t r = gaz_at(x, i, &e);

			if (r >= 0 && gaz_kind(x->f, r) == GK_ACRR &&
			    e < x->n && x->w[e].gazmax) {
				size_t s2 = e;
				int32_t r2;

				/* Pemkab Lamtim, DPRD Kabupaten Lampung Timur */
				if ((x->w[s2].cls & ENT_W_LOCPRE) &&
				    s2 + 1 < x->n)
					s2++;
				r2 = gaz_at(x, s2, &e2);
				if (r2 >= 0 && gaz_label(x->f, r2) == ENT_LOC) {
					size_t s0 = i;

					/* its unit is part of the name: Unit
					   Cyber Polda Lampung */
					while (s0 > 0 && i - s0 < 4 &&
					    capword(x, s0 - 1) && !used(x, s0 - 1) &&
					    !(x->w[s0].f & EW_START) &&
					    (x->w[s0 - 1].cls & ENT_W_AFFIL) &&
					    !(x->w[s0 - 1].cls & ENT_W_STOP))
						s0--;
					cand(x, s0, e2, ENT_ORG, SC_SURE,
					    s0 == i ? acrr_canon(x, r, e, s2, r2) :
					    NULL, NULL);
					i = e2 - 1;
					continue;
				}
			}
		}
		if ((w->cls & (ENT_W_ORGPRE | ENT_W_LOCPRE)) &&
		    !(w->f & EW_ALLCAPS && !(w->cls & ENT_W_ORGPRE))) {
			int label = (w->cls & ENT_W_ORGPRE) ? ENT_ORG : ENT_LOC;
			size_t s = i + 1;

			/* Jl. Sudirman */
			if ((w->f & EW_DOT) && label == ENT_LOC &&
			    w->e - w->s <= 3)
				s++;
			e = caprun_end(x, s, 10);
			if (label == ENT_ORG)
				e = body_end(x, s, e);
			/* PT Bank ... (Persero) Tbk */
			if (e < x->n && is_punct(x, e, '(') && e + 2 < x->n &&
			    capword(x, e + 1) && is_punct(x, e + 2, ')') &&
			    label == ENT_ORG && (x->w[e + 1].cls & ENT_W_ORGSUF))
				e += 3;
			if (e < x->n && (x->w[e].cls & ENT_W_ORGSUF) &&
			    capword(x, e))
				e++;
			/* a known body's building is a place: Gedung KPK */
			for (k = s; k < e; k++)
				if (!(x->w[k].cls & (ENT_W_AFFIL | ENT_W_OCONN)) ||
				    (x->w[k].gazmax && gaz_at(x, k, &e2) >= 0))
					break;
			if (k == e && !(w->cls & ENT_W_ORGPRE))
				continue;
			if (e > s) {
				/*
				 * "Kota X" names a place, "Pemerintah Kota X"
				 * an organisation.  The place after an
				 * administrative unit is named without it, as
				 * news names it: Kelurahan Cipinang ->
				 * Cipinang, Kabupaten Lamtim -> Lampung Timur.
				 */
				const char *canon = NULL;
				int32_t r;

				if (label == ENT_LOC && admin_head(x, i)) {
					if (x->w[s].gazmax &&
					    (r = gaz_at(x, s, &e2)) >= 0 &&
					    e2 == e)
						canon = gaz_canon(x, r);
					else
						canon = span_dup(x, s, e);
				}
				cand(x, i, e, label, SC_PATTERN, canon, NULL);
				i = e - 1;
			}
			continue;
		}
	}
	/* tail heads: "Harvard University", "Bank Central Asia Tbk" */
	at = 0;
	for (i = x->nsuf ? x->suf[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(x->suf, x->nsuf, &at, i)) {
		size_t s;

		if (!(x->w[i].cls & (ENT_W_ORGSUF | ENT_W_LOCSUF)) ||
		    used(x, i) || !capword(x, i) || i == 0)
			continue;
		s = i;
		while (s > 0 && capword(x, s - 1) && !used(x, s - 1) &&
		    !(x->w[s - 1].cls & ENT_W_STOP) && i - s < 6)
			s--;
		if (s < i)
			cand(x, s, i + 1, (x->w[i].cls & ENT_W_ORGSUF) ?
			    ENT_ORG : ENT_LOC, SC_PATTERN, NULL, NULL);
	}
}

/* --- rule 5: the gazetteer ------------------------------------------- */

/* After a lower-case noun that is no preposition of place. */
static int
adjectival(const struct ctx *x, size_t i)
{
	static const char *const loc[] = { "di", "ke", "dari", "wilayah",
		"kawasan", "negara", "negeri", "antara", "dan", "atau", "of",
		"in", "at", "from", "to", "seluruh", "sekitar", "daerah",
		"menuju", "asal", "luar", "dalam", "timur", "barat", "utara",
		"selatan", "tengah", "pulau", "provinsi", "kota", "kabupaten",
		"se", "hingga", "sampai", "melawan", "lawan", "versus", "dengan",
		"bagi", "untuk", "oleh", "pada", "mengunjungi", "kunjungan",
		"tiba", "meninggalkan", "masuk", "keluar", "tinggal", "the",
		"and", "or", "into", "across", "near" };
	const struct ew *p;
	size_t k, n;
	char buf[16];

	if (i == 0)
		return 0;
	p = &x->w[i - 1];
	if (p->kind != EW_WORD || (p->f & (EW_CAP | EW_ALLCAPS | EW_DIGIT)))
		return 0;
	n = p->e - p->s;
	if (n >= sizeof(buf))
		return 1;
	lower(buf, x->a->text + p->s, n);
	for (k = 0; k < sizeof(loc) / sizeof(loc[0]); k++)
		if (strlen(loc[k]) == n && memcmp(buf, loc[k], n) == 0)
			return 0;
	return 1;
}

/* Is the word before i the lower-case word w? */
static int
after_word(const struct ctx *x, size_t i, const char *w)
{
	size_t n = strlen(w);

	return i > 0 && x->w[i - 1].kind == EW_WORD &&
	    x->w[i - 1].e - x->w[i - 1].s == n &&
	    memcmp(x->a->text + x->w[i - 1].s, w, n) == 0;
}

/* persons_only: the first pass, before rule 4, so that "Partai Republik"
   does not run into "Donald Trump" */
static void
rule_gazetteer(struct ctx *x, const char **lf, size_t nl, int persons_only)
{
	size_t i, e, k, at = 0;

	/* Fast path: only the words with a key (gazmax), as in
	   rule_titles() */
	for (i = x->ngaz ? x->gaz[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(x->gaz, x->ngaz, &at, i)) {
		int32_t r;
		int kind, score = SC_SURE;
		const char *canon;

		if (used(x, i) || !x->w[i].gazmax)
			continue;
		if ((r = gaz_at(x, i, &e)) < 0)
			continue;
		if (persons_only && gaz_label(x->f, r) != ENT_PERSON)
			continue;
		for (k = i; k < e; k++)
			if (used(x, k))
				break;
		if (k < e)
			continue;
		kind = gaz_kind(x->f, r);
		if (kind == GK_KEC) {
			if (e == i + 1 && (x->w[i].f & EW_START))
				continue;
			/* a district's name inside a person's: Muhammad
			   Nuri Nuha Naufal */
			if (e == i + 1 && i > 0 && namepart(x, i - 1) &&
			    !used(x, i - 1) && !(x->w[i].f & EW_START) &&
			    namepart(x, e) && !used(x, e))
				continue;
			/* one-word districts are often given names
			   (Bambang): a place only where places stand */
			if (e == i + 1 && !place_context(x, i, e, (size_t)-1) &&
			    !after_word(x, i, "ke") && !after_word(x, i, "dari"))
				continue;
			score = SC_KEC;
		}
		/*
		 * A country or region naming people or things of it ("warga
		 * Palestina", "militer Israel", "tim Indonesia") is no place
		 * on its own: kept only when the article names the place
		 * elsewhere (NER corpora mark only the place).
		 */
		if (gaz_label(x->f, r) == ENT_LOC && kind != GK_ABBR &&
		    adjectival(x, i))
			score = SC_WEAK;
		canon = gaz_canon(x, r);
		/* Sri Mulyani [Indrawati] */
		if (gaz_label(x->f, r) == ENT_PERSON && e < x->n &&
		    namepart(x, e) && !used(x, e)) {
			e = name_end(x, e);
			canon = NULL;
		}
		/* [Herawati] Boediono: a given name before a known one */
		if (gaz_label(x->f, r) == ENT_PERSON && !(x->w[i].f &
		    EW_START)) {
			size_t b = i;

			while (b > 0 && i - b < 3 && namepart(x, b - 1) &&
			    !used(x, b - 1) && !(x->w[b - 1].cls &
			    ENT_W_COMMON) && !(x->w[b].f & EW_START))
				b--;
			if (b < i) {
				i = b;
				canon = NULL;
			}
		}
		/* a definition in the text wins over the lexicon's */
		if (e == i + 1 && def_canon(x, i, lf, nl) != NULL)
			canon = def_canon(x, i, lf, nl);
		cand(x, i, e, gaz_label(x->f, r), score, canon, NULL);
		i = e - 1;
	}
}

/* --- rule 6: guesses -------------------------------------------------- */

/*
 * A lower-case letter then a capital inside a word, as brands write
 * themselves (PacSun, YouTube, WhatsApp); the Mc, Mac, De, Di, La, Le,
 * Van of surnames aside (McGregor, DeChambeau).
 */
static int
camel_case(const char *s, size_t n)
{
	static const char *const pre[] = { "Mc", "Mac", "De", "Di", "La",
		"Le", "Van", "Von", "Du", "O" };
	size_t i, k;

	for (i = 1; i + 1 < n; i++) {
		if (!(s[i] >= 'A' && s[i] <= 'Z') ||
		    !(s[i - 1] >= 'a' && s[i - 1] <= 'z'))
			continue;
		for (k = 0; k < sizeof(pre) / sizeof(pre[0]); k++)
			if (strlen(pre[k]) == i && memcmp(s, pre[k], i) == 0)
				return 0;
		return 1;
	}
	return 0;
}

/*
 * An unknown name in a place's position: after "di", "menuju", "sekitar"
 * (di Slipi, menuju Slipi dan Semanggi), before ", Province" (Pensacola,
 * Florida), or joined by "dan" or a comma to such a place (last: the end
 * of the previous place guess, or -1).  Persons rarely stand there.
 */
static int
place_context(const struct ctx *x, size_t i, size_t e, size_t last)
{
	static const char *const pre[] = { "di", "menuju", "sekitar",
		"kawasan", "wilayah", "arah", "daerah", "kota", "desa",
		"kampung", "kecamatan", "kabupaten", "provinsi", "negara",
		"pulau" };
	const struct ew *p;
	size_t k, n, ge;
	char buf[16];
	int32_t r;

	if (i == 0)
		return 0;
	p = &x->w[i - 1];
	if (last != (size_t)-1 && (last == i - 1) && p->kind == EW_PUNCT &&
	    x->a->text[p->s] == ',')
		return 1;
	if (p->kind == EW_WORD && !(p->f & (EW_CAP | EW_ALLCAPS)) &&
	    (n = p->e - p->s) < sizeof(buf)) {
		lower(buf, x->a->text + p->s, n);
		if (last != (size_t)-1 && last == i - 1 && n == 3 &&
		    memcmp(buf, "dan", 3) == 0)
			return 1;
		for (k = 0; k < sizeof(pre) / sizeof(pre[0]); k++)
			if (strlen(pre[k]) == n && memcmp(buf, pre[k], n) == 0)
				return 1;
	}
	/* Pensacola, Florida */
	if (is_punct(x, e, ',') && e + 1 < x->n && x->w[e + 1].gazmax &&
	    (r = gaz_at(x, e + 1, &ge)) >= 0 && gaz_label(x->f, r) == ENT_LOC &&
	    gaz_kind(x->f, r) != GK_KEC && (ge >= x->n ||
	    !capword(x, ge)))
		return 1;
	return 0;
}

static void
rule_guess(struct ctx *x, const char **lf, size_t nl)
{
	size_t i, j, k, e, common, lastloc = (size_t)-1, at = 0;

	/* Fast path: the capitalised words only, as in rule_titles() */
	for (i = x->ncap ? x->cap[0] : (size_t)-1; i != (size_t)-1;
	    i = ent_list_next(x->cap, x->ncap, &at, i)) {
		int label = ENT_PERSON, score;
		const char *canon = NULL;
		int32_t d;

		if (used(x, i) || !capword(x, i) || (x->w[i].f & EW_TLINE))
			continue;
		/* an acronym: defined in the text, a term, or a guess */
		if (acronym(x, i) && !namepart(x, i + 1)) {
			/* SCROLL TO CONTINUE: capitals in a row are shouting */
			if ((i > 0 && acronym(x, i - 1)) || acronym(x, i + 1))
				continue;
			d = hash_get(&x->defs, x->a->text + x->w[i].s,
			    x->w[i].e - x->w[i].s);
			if (d == -2 || (x->w[i].cls & (ENT_W_NONNAME |
			    ENT_W_STOP)))
				continue;
			canon = def_canon(x, i, lf, nl);
			cand(x, i, i + 1, ENT_ORG, canon ? SC_SURE :
			    SC_GUESS_ONE, canon, NULL);
			continue;
		}
		/* a mixed-case acronym the text defined: Kemendikdasmen */
		if (!(x->w[i].f & EW_ALLCAPS) && (d = hash_get(&x->defs,
		    x->a->text + x->w[i].s, x->w[i].e - x->w[i].s)) >= 0 &&
		    (canon = def_canon(x, i, lf, nl)) != NULL) {
			cand(x, i, i + 1, ENT_ORG, SC_SURE, canon, NULL);
			continue;
		}
		if (!namepart(x, i))
			continue;
		/* a lone letter is a label: ADS - B, Hall B */
		if (x->w[i].e - x->w[i].s == 1 && !initial(x, i) &&
		    x->a->text[x->w[i].s] != 'I')
			continue;
		/* PacSun, TopShop, YouTube: a brand, not a person */
		if (camel_case(x->a->text + x->w[i].s, x->w[i].e - x->w[i].s) &&
		    !namepart(x, i + 1)) {
			cand(x, i, i + 1, ENT_ORG, SC_GUESS_ONE, NULL, NULL);
			continue;
		}
		e = name_end(x, i);
		if (e <= i)
			continue;
		for (k = i; k < e; k++)
			if (used(x, k))
				break;
		e = k;
		if (e <= i)
			continue;
		for (j = i, k = 0, common = 0; j < e; j++) {
			if (x->w[j].cls & (ENT_W_ORGSUF | ENT_W_ORGPRE))
				label = ENT_ORG;
			k += (x->w[j].cls & ENT_W_AFFIL) != 0;
			common += (x->w[j].cls & ENT_W_COMMON) != 0;
		}
		/* ordinary words capitalised: "Sistem Navigasi", "Surat" */
		if (common == e - i && label == ENT_PERSON) {
			i = e - 1;
			continue;
		}
		/* office words: "Pekerjaan Umum dan Perumahan Rakyat" */
		if (k * 2 >= e - i) {
			if (e - i < 2) {
				i = e - 1;
				continue;
			}
			label = ENT_ORG;
		}
		if (label == ENT_ORG)
			score = SC_GUESS_ORG;
		else if (e - i >= 2)
			score = SC_GUESS_MULTI;
		else if (x->w[i].f & EW_START)
			score = SC_WEAK;
		else
			score = SC_GUESS_ONE;
		/* a sentence-initial word before a name: "Namun Zaiful" */
		if ((x->w[i].f & EW_START) && e - i >= 2 &&
		    (x->w[i].cls & ENT_W_STOP)) {
			i++;
			score = e - i >= 2 ? SC_GUESS_MULTI : SC_GUESS_ONE;
		}
		if (label == ENT_PERSON && place_context(x, i, e, lastloc))
			label = ENT_LOC;
		cand(x, i, e, label, score, NULL, NULL);
		lastloc = label == ENT_LOC ? e : (size_t)-1;
		i = e - 1;
	}
}

void
ent_find(struct ent_finder *f, struct article *a)
{
	struct ctx x;
	const char **lf;
	size_t nl, i;

	if (a->text == NULL || a->len == 0)
		return;
	memset(&x, 0, sizeof(x));
	x.f = f;
	x.a = a;
	x.w = ent_scan(f, a, &x.n);
	ent_title_lines(a, x.w, x.n);
	/* only the done flags need clearing; a memo is read once done */
	x.memo = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.memo));
	x.done = arena_zalloc(a->arena, x.n + 1);
	x.tit = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.tit));
	x.gaz = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.gaz));
	x.cap = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.cap));
	x.suf = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.suf));
	x.par = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.par));
	x.val = arena_alloc(a->arena, (x.n + 1) * sizeof(*x.val));
	for (i = 0; i < x.n; i++) {
		const struct ew *wi = &x.w[i];

		/* most tokens are in none of these lists: lower-case words
		   in no word list, punctuation other than '(' (each store
		   below only counts when its count goes up) */
		if (wi->kind == EW_PUNCT ? a->text[wi->s] != '(' :
		    wi->kind == EW_WORD && !(wi->f & (EW_CAP | EW_ALLCAPS)) &&
		    (wi->cls | wi->gazmax | wi->titmax) == 0)
			continue;
		x.tit[x.ntit] = (uint32_t)i;
		x.ntit += x.w[i].titmax != 0;
		x.gaz[x.ngaz] = (uint32_t)i;
		x.ngaz += x.w[i].gazmax != 0;
		x.cap[x.ncap] = (uint32_t)i;
		x.ncap += capword(&x, i);
		x.suf[x.nsuf] = (uint32_t)i;
		x.nsuf += (x.w[i].cls & (ENT_W_ORGSUF | ENT_W_LOCSUF)) != 0;
		x.par[x.npar] = (uint32_t)i;
		x.npar += x.w[i].kind == EW_PUNCT && a->text[x.w[i].s] == '(';
		x.val[x.nval] = (uint32_t)i;
		x.nval += x.w[i].kind == EW_NUM || (x.w[i].kind == EW_WORD &&
		    (x.w[i].f & EW_CAP) &&
		    (x.w[i].cls & (ENT_W_WEEKDAY | ENT_W_MONTH)));
	}
	x.c.v = a->cands;
	x.c.n = x.c.cap = a->ncands;
	ent_values(a, x.w, x.n, x.val, x.nval, &x.c);
	rule_acronyms(&x, &lf, &nl);
	rule_titles(&x);
	rule_gazetteer(&x, lf, nl, 1);
	rule_heads(&x);
	rule_gazetteer(&x, lf, nl, 0);
	rule_guess(&x, lf, nl);
	a->cands = x.c.v;
	a->ncands = x.c.n;
}

/* --- linking --------------------------------------------------------- */

/*
 * Mentions are grouped by a key: the label and the lower-cased canon (or
 * text) for ORG, LOC and values; for PERSON the words of the name, a
 * shorter mention joining the one person whose name holds all its words.
 */
struct grp {
	int		 label;
	const char	*canon;
	const char	*role;
	uint32_t	 first;		/* start of the first mention */
	size_t		 n;		/* mentions */
	size_t		 at;		/* fill position */
	size_t		 best;		/* cand of the fullest mention */
	size_t		 acr;		/* cand of an acronym mention, or -1 */
	const char	*acrs;		/* or the acronym of "Long Form (ACR)" */
	int		 canon_seen;	/* a mention writes the canon out */
	size_t		 acrn;
	int		 from_model;
	size_t		 bwc;		/* nwords() of best's text */
	uint32_t	 fws;		/* its first word: offset in it, */
	uint32_t	 fwl;		/* and length (nickname_of()) */
};

/*
 * Lists of groups under a word, in the order the groups were made: the
 * candidates person_of() and nickname_of() test, so that a long article
 * (many texts joined) costs them a list, not every group, per mention.
 */
struct plist {
	int32_t		 head;		/* first node, or -1 */
	int32_t		 tail;
	uint32_t	 n;
};

struct pnode {
	int32_t		 g;
	int32_t		 next;		/* or -1 */
};

/*
 * A candidate's lowkey() of its text, made by relabel_guesses() and
 * taken again by group_of() when the label is still the one it was made
 * for: the same bytes, so the same lookups.
 */
struct tkey {
	char		*k;		/* or NULL */
	size_t		 kn;
	uint32_t	 hv;
	int		 label;
};

struct lnk {
	struct article	*a;
	struct ent_hash	 keys;		/* key -> group */
	struct ent_hash	 pwords;	/* person name word -> group, -2 many */
	struct ent_hash	 pgw;		/* name word -> plist: the persons */
	struct ent_hash	 pgn;		/* prefix of a first word -> plist */
	struct plist	*pl;
	size_t		 npl, cappl;
	struct pnode	*pn;
	size_t		 npn, cappn;
	struct grp	*g;
	size_t		 ng;
	size_t		 capg;
	size_t		*cwc;		/* per cand: nwords() of its text */
	struct tkey	*tk;		/* per cand: its text's lowkey() */
	int		 indexed;	/* pgw and pgn made (pindex()) */
	size_t		 npgw, npgn;	/* their sizes, once made */
};

/* groups from which person_of() and nickname_of() use lists */
#define PINDEX_MIN	64

static struct ent_hash
arena_hash(struct arena *ar, size_t n)
{
	struct ent_hash h;
	size_t cap = 16;

	while (cap < n * 2 + 8)
		cap <<= 1;
	h.t = arena_zalloc(ar, cap * sizeof(*h.t));
	h.mask = cap - 1;
	return h;
}

/*
 * Has s[0..n), n >= 8, no c2 byte and no two spaces in a row?  Eight bytes
 * a step, the last step ending at n; the pair across two steps that do
 * not overlap is looked at on its own.
 */
static int
plain_key(const char *s, size_t n)
{
	size_t i;

	for (i = 0;; i += 8) {
		uint64_t x, sp;

		if (i + 8 > n)
			i = n - 8;
		x = swar_load(s + i);
		sp = swar_eq(x, ' ');
		if (swar_eq(x, 0xc2) | (sp & sp >> 8))
			return 0;
		if (i + 8 == n)
			return 1;
		if (s[i + 7] == ' ' && s[i + 8] == ' ')
			return 0;
	}
}

static char *
lowkey(struct article *a, int label, const char *s, size_t n, size_t *kn,
    uint32_t *hv)
{
	char *k = arena_alloc(a->arena, n + 2);
	size_t i, m = 1;

	/* case and runs of spaces do not tell names apart */
	k[0] = (char)('0' + label);
	/* most keys have no run of spaces and no c2 (of c2 a0): they are
	   lower(s), made eight bytes a step, the last step ending at n (it
	   may store some bytes again) */
	if (n >= 8 && plain_key(s, n)) {
		uint64_t y;

		for (i = 0; i + 8 < n; i += 8) {
			y = lower8(swar_load(s + i));
			memcpy(k + 1 + i, &y, 8);
		}
		y = lower8(swar_load(s + n - 8));
		memcpy(k + 1 + n - 8, &y, 8);
		m = n + 1;
	} else for (i = 0; i < n; i++) {
		int sp;

		/* most bytes: no space, no no-break space (c2 a0) */
		if (s[i] != ' ' && (unsigned char)s[i] != 0xc2) {
			k[m++] = (char)lc((unsigned char)s[i]);
			continue;
		}
		sp = s[i] == ' ' || (i + 1 < n &&
		    (unsigned char)s[i] == 0xc2 && (unsigned char)s[i + 1] == 0xa0);

		if (sp && s[i] != ' ')
			i++;
		if (sp && m > 1 && k[m - 1] == ' ')
			continue;
		k[m++] = sp ? ' ' : (char)lc((unsigned char)s[i]);
	}
	k[m] = '\0';
	*kn = m;
	*hv = kh_hash(k, m);
	return k;
}

/* lowkey() of c's text, made once by whichever of its callers is first */
static char *
cand_key(struct article *a, struct tkey *tk, const struct ent_cand *c,
    size_t *kn, uint32_t *hv)
{
	struct tkey *t = &tk[c - a->cands];

	if (t->k == NULL || t->label != c->label) {
		t->k = lowkey(a, c->label, a->text + c->start,
		    c->end - c->start, &t->kn, &t->hv);
		t->label = c->label;
	}
	*kn = t->kn;
	*hv = t->hv;
	return t->k;
}

/* hash_get() and hash_put() of a key whose kh_hash() is known: hv */
static int32_t
hash_get_h(const struct ent_hash *h, const char *k, size_t n, uint32_t hv)
{
	const struct ent_hent *e;

	if (h->t == NULL)
		return -1;
	e = hash_slot_h(h, k, n, hv);
	return e->key ? e->val : -1;
}

static int32_t
hash_put_h(struct ent_hash *h, const char *k, size_t n, uint32_t hv,
    int32_t v)
{
	struct ent_hent *e = hash_slot_h(h, k, n, hv);

	if (e->key == NULL) {
		e->key = k;
		e->len = (uint32_t)n;
		e->h = hv;
		e->val = v;
	}
	return e->val;
}

static size_t	next_word(const char *, size_t, size_t *, size_t *);
static size_t	nwords(const char *, size_t);

static size_t
new_group(struct lnk *l, const struct ent_cand *c, size_t ci)
{
	struct grp *g;

	if (l->ng == l->capg) {
		size_t ncap = l->capg ? l->capg * 2 : 16;

		l->g = arena_grow(l->a->arena, l->g, l->capg * sizeof(*l->g),
		    ncap * sizeof(*l->g));
		l->capg = ncap;
	}
	g = &l->g[l->ng];
	memset(g, 0, sizeof(*g));
	g->label = c->label;
	g->first = c->start;
	g->best = ci;
	g->acr = (size_t)-1;
	/* what nickname_of() asks of every earlier group, counted once:
	   the words of c's text (ent_link() counted them) */
	g->bwc = l->cwc[ci];
	g->fwl = UINT32_MAX;
	return l->ng++;
}

/* Appends group gi to the list of key k (made when absent) in h. */
static void
plist_add(struct lnk *l, struct ent_hash *h, const char *k, size_t n,
    size_t gi)
{
	struct ent_hent *e = hash_slot(h, k, n);
	struct plist *p;
	struct pnode *nd;

	if (e->key == NULL) {
		if (l->npl == l->cappl) {
			size_t ncap = l->cappl ? l->cappl * 2 : 64;

			l->pl = arena_grow(l->a->arena, l->pl,
			    l->cappl * sizeof(*l->pl), ncap * sizeof(*l->pl));
			l->cappl = ncap;
		}
		e->key = k;
		e->len = (uint32_t)n;
		e->h = kh_hash(k, n);
		e->val = (int32_t)l->npl;
		p = &l->pl[l->npl++];
		p->head = p->tail = -1;
		p->n = 0;
	}
	p = &l->pl[e->val];
	/* a word twice in one name: the group once */
	if (p->tail >= 0 && l->pn[p->tail].g == (int32_t)gi)
		return;
	if (l->npn == l->cappn) {
		size_t ncap = l->cappn ? l->cappn * 2 : 64;

		l->pn = arena_grow(l->a->arena, l->pn,
		    l->cappn * sizeof(*l->pn), ncap * sizeof(*l->pn));
		l->cappn = ncap;
	}
	nd = &l->pn[l->npn];
	nd->g = (int32_t)gi;
	nd->next = -1;
	if (p->tail >= 0)
		l->pn[p->tail].next = (int32_t)l->npn;
	else
		p->head = (int32_t)l->npn;
	p->tail = (int32_t)l->npn++;
	p->n++;
}

/* The list of key k in h, or NULL. */
static const struct plist *
plist_get(const struct lnk *l, const struct ent_hash *h, const char *k,
    size_t n)
{
	int32_t v = hash_get(h, k, n);

	return v < 0 ? NULL : &l->pl[v];
}

/* the bytes between words; a '.' ends one only before a space or the end */
static const uint8_t word_gap[256] = {
	[' '] = 1, ['.'] = 1, [','] = 1, ['-'] = 1
};

/* Next word of s[0..n) from *i: sets *ws, returns its length or 0. */
static size_t
next_word(const char *s, size_t n, size_t *i, size_t *ws)
{
	/* k in a local: *i could alias s */
	const uint8_t *gap = word_gap;
	size_t k = *i;

	while (k < n && gap[(unsigned char)s[k]])
		k++;
	*ws = k;
	for (; k < n; k++)
		if (gap[(unsigned char)s[k]] && (s[k] != '.' || k + 1 == n ||
		    s[k + 1] == ' '))
			break;
	*i = k;
	return k - *ws;
}

static int
all_caps(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		letters += s[i] >= 'A' && s[i] <= 'Z';
	}
	return letters >= 2;
}

static int	name_holds(const char *, const char *, size_t);
static int	pindex(struct lnk *);
static int	same_fold(const char *, size_t, const char *, size_t);
static void	ent_dateline(struct ent_finder *, struct article *);
static void	model_nonnames(const struct ent_finder *, struct article *);

static int
name_holds_span(const struct article *a, const struct ent_cand *b,
    const char *s, size_t n)
{
	char buf[MAXKEY];
	size_t bl = b->end - b->start;

	if (bl >= sizeof(buf))
		return 0;
	memcpy(buf, a->text + b->start, bl);
	buf[bl] = '\0';
	return name_holds(buf, s, n);
}

/*
 * best, or group k when k is a person first named by start whose name
 * holds every word of s, and named after best: person_of()'s step.
 */
static long
person_nearer(struct lnk *l, size_t k, const char *s, size_t n,
    uint32_t start, long best)
{
	const struct ent_cand *b = &l->a->cands[l->g[k].best];

	if (l->g[k].label != ENT_PERSON || l->g[k].first > start ||
	    !name_holds_span(l->a, b, s, n))
		return best;
	return best < 0 || l->g[k].first > l->g[best].first ? (long)k : best;
}

/*
 * The person group whose name holds every word of s, or -1; when several
 * do (Zbigniew and Mika Brzezinski), the one first named nearest before
 * the mention at start.
 */
static long
person_of(struct lnk *l, const char *s, size_t n, uint32_t start)
{
	char key[MAXKEY];
	size_t i = 0, ws, wl, k;
	long g = -1, best = -1;
	int32_t v;
	int many = 0;

	while ((wl = next_word(s, n, &i, &ws)) > 0) {
		if (wl > sizeof(key))
			return -1;
		lower(key, s + ws, wl);
		v = hash_get(&l->pwords, key, wl);
		if (v == -1)
			return -1;
		if (v == -2)
			many = 1;
		else if (g >= 0 && v != g)
			many = 1;
		else
			g = v;
	}
	if (!many)
		return g;
	if (!pindex(l)) {
		for (k = 0; k < l->ng; k++)
			best = person_nearer(l, k, s, n, start, best);
		return best;
	}
	/*
	 * Fast path: a group whose name holds s holds each word of s, so
	 * it is in the list of each (person_index() puts a person under
	 * the words name_holds_span() sees).  The shortest list, walked
	 * in the order the groups were made, meets the same groups in
	 * the same order as a walk over all groups: the same answer.
	 */
	{
		const struct plist *p, *pm = NULL;
		int32_t nd;

		i = 0;
		while ((wl = next_word(s, n, &i, &ws)) > 0) {
			lower(key, s + ws, wl);
			if ((p = plist_get(l, &l->pgw, key, wl)) == NULL)
				return -1;
			if (pm == NULL || p->n < pm->n)
				pm = p;
		}
		if (pm == NULL)		/* no word: many is never set then */
			return -1;
		for (nd = pm->head; nd >= 0; nd = l->pn[nd].next)
			best = person_nearer(l, (size_t)l->pn[nd].g, s, n,
			    start, best);
	}
	return best;
}

/*
 * Puts person group gi, just made of cand b, in the lists person_of()
 * and nickname_of() walk: under each word of its name as
 * name_holds_span() reads it (a copy cut at a NUL byte, none when too
 * long), and, when it has two words or more, under each prefix of
 * four bytes or more, but not all, of its first word, lower-cased.
 */
static void
person_index(struct lnk *l, const struct ent_cand *b, size_t gi)
{
	const char *t = l->a->text + b->start;
	size_t bl = b->end - b->start, nl, i = 0, ws, wl, m;
	char *k;

	if (bl < MAXKEY) {
		nl = strnlen(t, bl);
		while ((wl = next_word(t, nl, &i, &ws)) > 0) {
			k = arena_alloc(l->a->arena, wl);
			lower(k, t + ws, wl);
			plist_add(l, &l->pgw, k, wl, gi);
		}
	}
	if (l->g[gi].bwc < 2)
		return;
	i = 0;
	wl = next_word(t, bl, &i, &ws);
	if (wl <= 4)
		return;
	k = arena_alloc(l->a->arena, wl);
	lower(k, t + ws, wl);
	for (m = 4; m < wl; m++)
		plist_add(l, &l->pgn, k, m, gi);
}

/*
 * Whether person_of() and nickname_of() walk lists: from PINDEX_MIN
 * groups on, the lists of every person group so far are made, and
 * group_of() adds each new one.  Below, walking all groups is cheaper
 * than the lists (a short article); either way the same answer.
 */
static int
pindex(struct lnk *l)
{
	size_t k;

	if (l->indexed)
		return 1;
	if (l->ng < PINDEX_MIN)
		return 0;
	l->pgw = arena_hash(l->a->arena, l->npgw);
	l->pgn = arena_hash(l->a->arena, l->npgn);
	for (k = 0; k < l->ng; k++)
		if (l->g[k].label == ENT_PERSON)
			person_index(l, &l->a->cands[l->g[k].best], k);
	l->indexed = 1;
	return 1;
}

static void
person_words(struct lnk *l, const char *s, size_t n, size_t gi)
{
	size_t i = 0, ws, wl;

	while ((wl = next_word(s, n, &i, &ws)) > 0) {
		char *k = arena_alloc(l->a->arena, wl);
		struct ent_hent *e;

		lower(k, s + ws, wl);
		e = hash_slot(&l->pwords, k, wl);
		if (e->key == NULL) {
			e->key = k;
			e->len = (uint32_t)wl;
			e->h = kh_hash(k, wl);
			e->val = (int32_t)gi;
		} else if (e->val != (int32_t)gi)
			e->val = -2;
	}
}

static size_t
nwords(const char *s, size_t n)
{
	size_t i, c = 0;
	int in = 0;

	/* the words next_word() finds, in one pass: each starts at a byte
	   not in word_gap[] after one that ends a word */
	for (i = 0; i < n; i++) {
		if (!word_gap[(unsigned char)s[i]]) {
			c += !in;
			in = 1;
		} else if (s[i] != '.' || i + 1 == n || s[i + 1] == ' ')
			in = 0;
	}
	return c;
}

static int
cmp_score(const void *pa, const void *pb)
{
	const struct ent_cand *a = *(struct ent_cand *const *)pa;
	const struct ent_cand *b = *(struct ent_cand *const *)pb;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->end - a->start != b->end - b->start)
		return a->end - a->start > b->end - b->start ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a < b ? -1 : a > b;
}

static int
cmp_start(const void *pa, const void *pb)
{
	const struct ent_cand *a = *(struct ent_cand *const *)pa;
	const struct ent_cand *b = *(struct ent_cand *const *)pb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a < b ? -1 : a > b;
}

struct wc {
	size_t	wc;
	size_t	i;
};

/* more words first, then text order */
static int
cmp_wc(const void *pa, const void *pb)
{
	const struct wc *a = pa, *b = pb;

	if (a->wc != b->wc)
		return a->wc > b->wc ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

static int
cmp_group(const void *pa, const void *pb)
{
	const struct grp *a = pa, *b = pb;

	return a->first < b->first ? -1 : a->first > b->first;
}

/*
 * A stable merge sort of v[0..n), tmp[0..n) its scratch, BEFORE(a, b)
 * true when a goes strictly before b.  Each order here is total (ties go
 * to the position), so the result is qsort()'s; this one makes no call
 * through a pointer per comparison, once the most of linking's time.
 * (T is a type: it cannot be parenthesised, hence the NOLINT.)
 */
/* NOLINTBEGIN(bugprone-macro-parentheses) */
#define DEFINE_MSORT(name, T, BEFORE)					\
static void								\
name(T *v, size_t n, T *tmp)						\
{									\
	size_t i, j, k, h = n / 2;					\
									\
	if (n <= 12) {							\
		for (i = 1; i < n; i++) {				\
			T x = v[i];					\
									\
			for (j = i; j > 0 && BEFORE(x, v[j - 1]); j--)	\
				v[j] = v[j - 1];			\
			v[j] = x;					\
		}							\
		return;							\
	}								\
	name(v, h, tmp);						\
	name(v + h, n - h, tmp);					\
	if (!BEFORE(v[h], v[h - 1]))					\
		return;							\
	memcpy(tmp, v, h * sizeof(T));					\
	for (i = 0, j = h, k = 0; i < h && j < n; k++)			\
		v[k] = BEFORE(v[j], tmp[i]) ? v[j++] : tmp[i++];	\
	while (i < h)							\
		v[k++] = tmp[i++];					\
}
/* NOLINTEND(bugprone-macro-parentheses) */

#define SCORE_BEFORE(a, b)	(cmp_score(&(a), &(b)) < 0)
#define START_BEFORE(a, b)	(cmp_start(&(a), &(b)) < 0)
#define WC_BEFORE(a, b)		(cmp_wc(&(a), &(b)) < 0)
#define GROUP_BEFORE(a, b)	(cmp_group(&(a), &(b)) < 0)
DEFINE_MSORT(sort_score, struct ent_cand *, SCORE_BEFORE)
DEFINE_MSORT(sort_start, struct ent_cand *, START_BEFORE)
DEFINE_MSORT(sort_wc, struct wc, WC_BEFORE)
DEFINE_MSORT(sort_group, struct grp, GROUP_BEFORE)

/*
 * A one-word name that begins the given name of exactly one person named
 * before it in full is that person's short name: Sandi for Sandiaga Uno,
 * Zbig for Zbigniew Brzezinski.  Returns the group or -1.
 */
/* nickname_of() by a walk over all groups, for a few of them */
static long
nickname_scan(struct lnk *l, const char *s, size_t n, uint32_t start)
{
	size_t k, i, ws, wl;
	long found = -1;

	for (k = 0; k < l->ng; k++) {
		const struct ent_cand *b = &l->a->cands[l->g[k].best];
		const char *t = l->a->text + b->start;

		if (l->g[k].label != ENT_PERSON || l->g[k].first > start)
			continue;
		/* best is still the mention that made the group: bwc and
		   the first word are its nwords() and next_word() */
		if (l->g[k].bwc < 2)
			continue;
		if (l->g[k].fwl == UINT32_MAX) {
			size_t j = 0;

			wl = next_word(t, b->end - b->start, &j, &ws);
			l->g[k].fws = (uint32_t)ws;
			l->g[k].fwl = (uint32_t)wl;
		}
		ws = l->g[k].fws;
		if ((wl = l->g[k].fwl) <= n)
			continue;
		for (i = 0; i < n; i++)
			if (lc((unsigned char)t[ws + i]) !=
			    lc((unsigned char)s[i]))
				break;
		if (i < n)
			continue;
		if (found >= 0)
			return -1;
		found = (long)k;
	}
	return found;
}

static long
nickname_of(struct lnk *l, const char *s, size_t n, uint32_t start)
{
	char kbuf[MAXKEY], *key;
	const struct plist *p;
	size_t k, i;
	int32_t nd;
	long found = -1;

	if (n < 4 || memchr(s, ' ', n) != NULL)
		return -1;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 || !is_alpha(s[i]))
			return -1;
	/*
	 * Fast path: the persons of two words or more (bwc, counted when
	 * best was still the mention that made the group) whose first
	 * word is longer than s and begins with it case folded are the
	 * list of s lower-cased (person_index()); nothing else can match.
	 */
	if (!pindex(l))
		return nickname_scan(l, s, n, start);
	key = n < sizeof(kbuf) ? kbuf : arena_alloc(l->a->arena, n);
	lower(key, s, n);
	if ((p = plist_get(l, &l->pgn, key, n)) == NULL)
		return -1;
	for (nd = p->head; nd >= 0; nd = l->pn[nd].next) {
		k = (size_t)l->pn[nd].g;
		if (l->g[k].label != ENT_PERSON || l->g[k].first > start)
			continue;
		if (found >= 0)
			return -1;
		found = (long)k;
	}
	return found;
}

/* The group of candidate c, creating it (strong) or not (weak): -1. */
static long
group_of(struct lnk *l, struct ent_cand *c, size_t ci, int create)
{
	struct article *a = l->a;
	const char *s = a->text + c->start;
	size_t n = c->end - c->start, kn, ckn = 0, tkn = 0;
	const char *ckey = NULL, *tkey = NULL;
	char *key;
	uint32_t hv, chv = 0, thv = 0;
	long g;

	if (c->label == ENT_PERSON) {
		key = cand_key(a, l->tk, c, &kn, &hv);
		if ((g = hash_get_h(&l->keys, key, kn, hv)) >= 0)
			return g;
		if ((g = person_of(l, s, n, c->start)) >= 0)
			return g;
		if ((g = nickname_of(l, s, n, c->start)) >= 0)
			return g;
		/* a weak word naming a place or body found elsewhere:
		   lowkey() for lab is key with its first byte lab's */
		if (!create) {
			int lab;

			for (lab = ENT_ORG; lab <= ENT_LOC; lab++) {
				key[0] = (char)('0' + lab);
				g = hash_get(&l->keys, key, kn);
				key[0] = (char)('0' + ENT_PERSON);
				if (g >= 0)
					return g;
			}
			return -1;
		}
		g = (long)new_group(l, c, ci);
		hash_put_h(&l->keys, key, kn, hv, (int32_t)g);
		person_words(l, s, n, (size_t)g);
		if (l->indexed)
			person_index(l, c, (size_t)g);
		return g;
	}
	if (c->canon != NULL) {
		ckey = lowkey(a, c->label, c->canon, strlen(c->canon), &ckn,
		    &chv);
		if ((g = hash_get_h(&l->keys, ckey, ckn, chv)) >= 0)
			goto alias;
	}
	tkey = cand_key(a, l->tk, c, &tkn, &thv);
	if ((g = hash_get_h(&l->keys, tkey, tkn, thv)) >= 0)
		return g;
	/* "Golkar" after "Partai Golkar" */
	if (c->label == ENT_ORG && n < 64) {
		char pk[80];

		memcpy(pk, "partai ", 7);
		memcpy(pk + 7, s, n);
		key = lowkey(a, c->label, pk, n + 7, &kn, &hv);
		if ((g = hash_get_h(&l->keys, key, kn, hv)) >= 0)
			return g;
	}
	if (!create)
		return -1;
	g = (long)new_group(l, c, ci);
	if (c->canon != NULL)
		hash_put_h(&l->keys, ckey, ckn, chv, (int32_t)g);
alias:
	/* the text form names the group too: a later bare "LPSE" */
	if (c->label != ENT_DATE && c->label != ENT_MONEY &&
	    c->label != ENT_PERCENT) {
		if (tkey == NULL)
			tkey = cand_key(a, l->tk, c, &tkn, &thv);
		hash_put_h(&l->keys, tkey, tkn, thv, (int32_t)g);
		/* and so does the acronym of "Long Form (ACR)", for a
		   bare ACR that no rule found (Menteri ESDM) */
		if (n > 4 && s[n - 1] == ')') {
			const char *o = s + n - 1;

			while (o > s && *o != '(')
				o--;
			if (o > s && o[-1] == ' ' && s + n - 1 - (o + 1) > 1) {
				key = lowkey(a, c->label, o + 1,
				    (size_t)(s + n - 1 - (o + 1)), &kn, &hv);
				hash_put_h(&l->keys, key, kn, hv, (int32_t)g);
			}
		}
	}
	return g;
}

/* An ORG or LOC found by a rule or lexicon (not a guess, not the model's). */
static int
sure_place(const struct ent_cand *c)
{
	return (c->label == ENT_ORG || c->label == ENT_LOC) &&
	    c->score >= SC_PATTERN && c->source != ENT_SRC_MODEL;
}

/*
 * A guessed person (capitalisation only, the tagger's included) whose
 * words name a place or body found elsewhere in the article by a rule or
 * lexicon is that place or body: "kota Chrey Thum" after "Kota Chrey
 * Thum", "Bea Cukai" after "Direktorat Jenderal Bea Cukai" is not.
 */
static void
relabel_guesses(struct article *a, struct ent_cand **ord, size_t nacc,
    struct tkey *tk)
{
	struct ent_hash h;
	size_t i, kn, nput;
	const char *key;
	uint32_t hv;	/* the whole key's: unused, as h leaves out the label */
	int lab;

	/* two keys (text, canon) at most of each sure ORG or LOC: a table
	   for as many, not for all of nacc, is less to clear; none, and
	   hash_get() finds nothing in no table */
	for (i = nput = 0; i < nacc; i++)
		nput += sure_place(ord[i]);
	h.t = NULL;
	h.mask = 0;
	if (nput > 0)
		h = arena_hash(a->arena, 2 * nput < nacc ? 2 * nput : nacc);
	for (i = 0; i < nacc && nput > 0; i++) {
		const struct ent_cand *c = ord[i];

		if (!sure_place(c))
			continue;
		key = cand_key(a, tk, c, &kn, &hv);
		hash_put(&h, key + 1, kn - 1, c->label);
		if (c->canon != NULL) {
			key = lowkey(a, c->label, c->canon, strlen(c->canon),
			    &kn, &hv);
			hash_put(&h, key + 1, kn - 1, c->label);
		}
	}
	for (i = 0; i < nacc; i++) {
		struct ent_cand *c = ord[i];

		if (c->label != ENT_PERSON || c->role != NULL ||
		    (c->score >= SC_PATTERN && c->source != ENT_SRC_MODEL))
			continue;
		key = cand_key(a, tk, c, &kn, &hv);
		if ((lab = hash_get(&h, key + 1, kn - 1)) >= 0)
			c->label = (uint8_t)lab;
	}
}

/* Only ", ", " dan ", ", dan " (or "and", "&") between p and q? */
static int
list_gap(const struct article *a, uint32_t p, uint32_t q)
{
	const char *s = a->text + p, *e = a->text + q;
	int comma = 0, word = 0;

	while (s < e) {
		if (*s == ' ')
			s++;
		else if (*s == ',' && !comma)
			comma = 1, s++;
		else if (!word && e - s >= 3 && (memcmp(s, "dan", 3) == 0 ||
		    memcmp(s, "and", 3) == 0))
			word = 1, s += 3;
		else if (!word && *s == '&')
			word = 1, s++;
		else
			return 0;
	}
	return comma || word;
}

/*
 * A one-word place or body guessed inside a list of persons is one of
 * them: "Indro, Mandra, Beby Tsabina, Jaja Mihardja, Tarzan, dan Aviani
 * Malik".  Guesses and the tagger's spans only; the lexicon's stay.
 */
static void
relabel_lists(struct article *a, struct ent_cand **ord, size_t nacc)
{
	size_t i;

	for (i = 1; i + 1 < nacc; i++) {
		struct ent_cand *c = ord[i];
		const struct ent_cand *p = ord[i - 1], *q = ord[i + 1];

		if ((c->label != ENT_LOC && c->label != ENT_ORG) ||
		    c->canon != NULL || (c->score >= SC_KEC &&
		    c->source != ENT_SRC_MODEL) ||
		    memchr(a->text + c->start, ' ', c->end - c->start) != NULL)
			continue;
		if (p->label == ENT_PERSON && q->label == ENT_PERSON &&
		    list_gap(a, p->end, c->start) && list_gap(a, c->end,
		    q->start))
			c->label = ENT_PERSON;
	}
}

/* The bits [s, e) of b, 64 at a time: a mask each. */
static uint64_t
bits_mask(uint32_t s, uint32_t e, uint32_t *k)
{
	uint32_t o = s % 64;

	*k = e - s < 64 - o ? e - s : 64 - o;
	return (*k == 64 ? ~0ull : (1ull << *k) - 1) << o;
}

static int
bits_any(const uint64_t *b, uint32_t s, uint32_t e)
{
	uint32_t k;

	for (; s < e; s += k)
		if (b[s / 64] & bits_mask(s, e, &k))
			return 1;
	return 0;
}

static void
bits_set(uint64_t *b, uint32_t s, uint32_t e)
{
	uint32_t k;

	for (; s < e; s += k)
		b[s / 64] |= bits_mask(s, e, &k);
}

void
ent_link(struct ent_finder *f, struct article *a)
{
	struct ent_cand **ord, **tmp, *c;
	long *gof;
	uint64_t *taken;
	struct lnk l;
	size_t i, k, nacc = 0, *byw, *wcount;
	int pass;

	if (a->ncands == 0) {
		ent_dateline(f, a);
		return;
	}
	model_nonnames(f, a);
	/* 1. overlaps: higher score, then longer span, wins */
	ord = arena_alloc(a->arena, a->ncands * sizeof(*ord));
	for (i = 0; i < a->ncands; i++)
		ord[i] = &a->cands[i];
	tmp = arena_alloc(a->arena, a->ncands * sizeof(*tmp));
	sort_score(ord, a->ncands, tmp);
	/* the bytes taken, one bit each: less to clear than a byte map */
	taken = arena_zalloc(a->arena, (a->len / 64 + 1) * sizeof(*taken));
	for (i = 0; i < a->ncands; i++) {
		c = ord[i];
		if (c->end <= c->start || c->end > a->len)
			continue;
		if (bits_any(taken, c->start, c->end))
			continue;
		bits_set(taken, c->start, c->end);
		ord[nacc++] = c;
	}
	sort_start(ord, nacc, tmp);
	memset(&l, 0, sizeof(l));
	l.tk = arena_zalloc(a->arena, a->ncands * sizeof(*l.tk));
	relabel_guesses(a, ord, nacc, l.tk);
	relabel_lists(a, ord, nacc);

	/* 2. groups: full person names first, then the rest in order,
	   then weak candidates that name a group */
	l.a = a;
	l.keys = arena_hash(a->arena, nacc * 2);
	gof = arena_alloc(a->arena, nacc * sizeof(*gof));
	for (i = 0; i < nacc; i++)
		gof[i] = -1;
	/* pass 0 takes the longest names first: "Zumi Zola Zulkifli"
	   before "Zumi Zola" */
	byw = arena_alloc(a->arena, nacc * sizeof(*byw));
	for (i = 0; i < nacc; i++)
		byw[i] = i;
	wcount = arena_alloc(a->arena, nacc * sizeof(*wcount));
	for (i = 0; i < nacc; i++)
		wcount[i] = nwords(a->text + ord[i]->start,
		    ord[i]->end - ord[i]->start);
	l.cwc = arena_alloc(a->arena, a->ncands * sizeof(*l.cwc));
	for (i = 0; i < nacc; i++)
		l.cwc[ord[i] - a->cands] = wcount[i];
	/* person_words() puts in at most the words of the persons */
	{
		size_t npw = 0;

		for (i = 0; i < nacc; i++)
			if (ord[i]->label == ENT_PERSON)
				npw += wcount[i];
		l.pwords = arena_hash(a->arena, npw);
		/* person_index(): no more words, and at most the bytes
		   after the fourth of each first word */
		l.npgw = npw;
		npw = 0;
		for (i = 0; i < nacc; i++)
			if (ord[i]->label == ENT_PERSON && wcount[i] >= 2) {
				size_t j = 0, ws, wl;

				wl = next_word(a->text + ord[i]->start,
				    ord[i]->end - ord[i]->start, &j, &ws);
				if (wl > 4)
					npw += wl - 4;
			}
		l.npgn = npw;
	}
	{
		struct wc *t = arena_alloc(a->arena, nacc * sizeof(*t));
		struct wc *tt = arena_alloc(a->arena, nacc * sizeof(*tt));

		for (i = 0; i < nacc; i++) {
			t[i].wc = ord[i]->label == ENT_PERSON ? wcount[i] : 0;
			t[i].i = i;
		}
		sort_wc(t, nacc, tt);
		for (i = 0; i < nacc; i++)
			byw[i] = t[i].i;
	}
	for (pass = 0; pass < 3; pass++)
		for (k = 0; k < nacc; k++) {
			i = pass == 0 ? byw[k] : k;
			c = ord[i];
			if (gof[i] >= 0)
				continue;
			if (pass == 0 && (c->label != ENT_PERSON ||
			    c->score < SC_KEEP || wcount[i] < 2))
				continue;
			if (pass == 1 && c->score < SC_KEEP)
				continue;
			gof[i] = group_of(&l, c, (size_t)(c - a->cands),
			    pass < 2);
		}
	for (i = 0; i < nacc; i++) {
		struct grp *g;

		if (gof[i] < 0)
			continue;
		c = ord[i];
		g = &l.g[gof[i]];
		g->n++;
		if (c->start < g->first)
			g->first = c->start;
		/* the fullest form: most words, the first of equals */
		if (wcount[i] > g->bwc &&
		    !(c->label == ENT_PERSON && g->label != ENT_PERSON)) {
			g->best = (size_t)(c - a->cands);
			g->bwc = wcount[i];
		}
		if (g->canon == NULL && c->canon != NULL)
			g->canon = c->canon;
		if (g->canon != NULL && !g->canon_seen) {
			size_t cl = strlen(g->canon);

			uint32_t p;

			for (p = c->start; p + cl <= c->end; p++)
				if (same_fold(a->text + p, cl, g->canon, cl)) {
					g->canon_seen = 1;
					break;
				}
		}
		if (g->role == NULL && c->role != NULL)
			g->role = c->role;
		if (all_caps(a->text + c->start, c->end - c->start) &&
		    wcount[i] == 1)
			g->acr = (size_t)(c - a->cands);
		else if (g->acrs == NULL && c->end - c->start > 3 &&
		    a->text[c->end - 1] == ')' && g->label <= ENT_LOC) {
			const char *o = a->text + c->end - 1;

			while (o > a->text + c->start && *o != '(')
				o--;
			if (*o == '(' && o[-1] == ' ') {
				g->acrs = o + 1;
				g->acrn = (size_t)(a->text + c->end - 1 - o - 1);
			}
		}
	}

	/* 3. entities in order of first mention */
	{
		size_t *rank = arena_alloc(a->arena, (l.ng + 1) * sizeof(*rank));
		struct grp *sorted = arena_alloc(a->arena,
		    (l.ng + 1) * sizeof(*sorted));
		size_t base = a->nentities;

		for (k = 0; k < l.ng; k++)
			l.g[k].at = k;
		if (l.ng == 0) {
			ent_dateline(f, a);
			return;
		}
		memcpy(sorted, l.g, l.ng * sizeof(*sorted));
		sort_group(sorted, l.ng, arena_alloc(a->arena,
		    l.ng * sizeof(*sorted)));
		for (k = 0; k < l.ng; k++)
			rank[sorted[k].at] = k;
		a->entities = arena_grow(a->arena, a->entities,
		    base * sizeof(*a->entities),
		    (base + l.ng) * sizeof(*a->entities));
		a->entcap = base + l.ng;
		for (k = 0; k < l.ng; k++) {
			struct entity *e = &a->entities[base + k];
			const struct grp *g = &sorted[k];
			const struct ent_cand *b = &a->cands[g->best];

			memset(e, 0, sizeof(*e));
			e->label = g->label;
			e->role = g->role;
			e->mentions = arena_alloc(a->arena,
			    g->n * sizeof(*e->mentions));
			e->mcap = g->n;
			if (((g->label == ENT_LOC && g->canon_seen) ||
			    ((g->label == ENT_ORG || g->label == ENT_PERSON) &&
			    g->canon_seen &&
			    (nwords(g->canon, strlen(g->canon)) >= g->bwc ||
			    a->text[b->end - 1] == ')'))) &&
			    g->canon != NULL)
				e->name = g->canon;
			else
				e->name = arena_strndup(a->arena,
				    a->text + b->start, b->end - b->start);
			if (g->acr == (size_t)-1 && g->acrs != NULL)
				e->acronym = arena_strndup(a->arena, g->acrs,
				    g->acrn);
			if (g->acr != (size_t)-1) {
				const struct ent_cand *ac = &a->cands[g->acr];
				size_t al = ac->end - ac->start;

				if (strlen(e->name) != al || memcmp(e->name,
				    a->text + ac->start, al) != 0)
					e->acronym = arena_strndup(a->arena,
					    a->text + ac->start, al);
			}
			if (g->label == ENT_MONEY && g->canon != NULL) {
				const char *sp = strchr(g->canon, ' ');

				if (sp != NULL) {
					e->value = arena_strndup(a->arena,
					    g->canon, (size_t)(sp - g->canon));
					e->currency = sp + 1;
				}
			} else if (g->label == ENT_PERCENT)
				e->value = g->canon;
			else if (g->label == ENT_DATE && g->canon != NULL) {
				size_t vl = strlen(g->canon);
				char *v = arena_alloc(a->arena, vl + 3);

				v[0] = '"';
				memcpy(v + 1, g->canon, vl);
				v[vl + 1] = '"';
				v[vl + 2] = '\0';
				e->value = v;
			}
		}
		for (i = 0; i < nacc; i++) {
			struct entity *e;

			if (gof[i] < 0)
				continue;
			e = &a->entities[base + rank[gof[i]]];
			e->mentions[e->nmentions].start = ord[i]->start;
			e->mentions[e->nmentions].end = ord[i]->end;
			e->nmentions++;
		}
		a->nentities = base + l.ng;
	}
	ent_dateline(f, a);
}

/*
 * The lexicon's class of the word at s (n bytes), 0 when it has none.
 */
static uint32_t
word_cls(const struct ent_finder *f, const char *s, size_t n)
{
	char key[MAXKEY];
	int32_t k;

	if (n == 0 || n > MAXKEY)
		return 0;
	lower(key, s, n);
	if ((k = hash_get(&f->words, key, n)) < 0)
		return 0;
	return f->winfo[k].cls;
}

/*
 * A model PERSON that opens with a word the lexicons know is no name
 * ("Humas", public relations; "Sang", the; "Showcase Cornetto") only
 * links: the model learned capitals and position, the lexicons know the
 * word.  An ordinary word counts only alone, as names are made of them.
 */
static void
model_nonnames(const struct ent_finder *f, struct article *a)
{
	size_t i, n;

	for (i = 0; i < a->ncands; i++) {
		struct ent_cand *c = &a->cands[i];
		const char *s = a->text + c->start;
		uint32_t cls, bad = ENT_W_NONNAME | ENT_W_AFFIL | ENT_W_STOP;

		if (c->source != ENT_SRC_MODEL || c->label != ENT_PERSON ||
		    c->score < SC_KEEP)
			continue;
		for (n = 0; c->start + n < c->end && s[n] != ' '; n++)
			;
		if (c->start + n == c->end)
			bad |= ENT_W_COMMON;
		cls = word_cls(f, s, n);
		if (cls & bad)
			c->score = SC_WEAK;
	}
}

/*
 * The outlet and the dateline's place, which the normalizer took out of
 * the text (a->source, a->dateline), are entities of the article too: an
 * ORG and a LOC without mentions, first in the list, unless the text names
 * them itself.
 */
static void
ent_dateline(struct ent_finder *f, struct article *a)
{
	struct entity add[2];
	size_t n = 0, i;
	const char *loc = NULL;

	if (a->source != NULL && a->source[0] != '\0') {
		for (i = 0; i < a->nentities; i++)
			if (a->entities[i].label == ENT_ORG &&
			    same_fold(a->entities[i].name,
			    strlen(a->entities[i].name), a->source,
			    strlen(a->source)))
				break;
		if (i == a->nentities) {
			memset(&add[n], 0, sizeof(add[n]));
			add[n].label = ENT_ORG;
			add[n++].name = a->source;
		}
	}
	if (a->dateline != NULL && a->dateline[0] != '\0') {
		size_t dl = strlen(a->dateline);
		char key[MAXKEY];
		int32_t r;

		/* JAKARTA -> Jakarta, as the gazetteer writes it */
		if (dl < sizeof(key)) {
			lower(key, a->dateline, dl);
			if ((r = hash_get(&f->gaz, key, dl)) >= 0 &&
			    f->glabel[r] == ENT_LOC) {
				const char *c;
				long cl = lex_col(&lex_ent_gazetteer, r, 1, &c);

				loc = arena_strndup(a->arena, c, (size_t)cl);
			}
		}
		for (i = 0; loc != NULL && i < a->nentities; i++)
			if (a->entities[i].label == ENT_LOC &&
			    same_fold(a->entities[i].name,
			    strlen(a->entities[i].name), loc, strlen(loc)))
				loc = NULL;
		if (loc != NULL) {
			memset(&add[n], 0, sizeof(add[n]));
			add[n].label = ENT_LOC;
			add[n++].name = loc;
		}
	}
	if (n == 0)
		return;
	a->entities = arena_grow(a->arena, a->entities,
	    a->entcap * sizeof(*a->entities),
	    (a->nentities + n) * sizeof(*a->entities));
	if (a->entcap < a->nentities + n)
		a->entcap = a->nentities + n;
	memmove(a->entities + n, a->entities,
	    a->nentities * sizeof(*a->entities));
	memcpy(a->entities, add, n * sizeof(*add));
	a->nentities += n;
}

/*
 * ent_at() and ent_add() on a long article.  The quote stage calls them
 * once per speaker, and a walk over every mention and every entity made a
 * 15 MB article quadratic.  Past IDX_MIN entities they use an index built
 * on first use and kept by ent_add():
 *
 *  - each mention's start and entity, sorted by start, with a short
 *    unsorted tail that ent_add() appends to and merges when it fills.  A
 *    mention overlapping [s, e) starts in (s - maxlen, e), maxlen the
 *    longest mention indexed, and its entity's own list (in text order)
 *    gives its end now;
 *  - each case-folded word of an entity's name or acronym -> the entities
 *    holding it, in index order.
 *
 * quote.c shortens mentions in place (quo_unglue()) and names to some of
 * their words (quo_link_name(), quo_headline_name()): ends only shrink, so
 * maxlen stays a bound, and names only lose words, so a word's list still
 * holds every entity that can match.  Both are candidates: the full tests
 * run on each.  Entities added other than by ent_add() (a->nentities moved)
 * make the index be built again.
 */
#define IDX_MIN		256	/* entities: fewer are walked, as before */
#define IDX_MIN_MENTIONS 1024	/* ... unless they have this many mentions:
				   a few names repeated all through a long
				   article made ent_at() quadratic */
#define IDX_TAIL	64	/* unsorted mentions before a merge */

struct iment {
	uint32_t	start;
	uint32_t	ent;
};

struct iword {
	const char	*w;		/* NULL: empty slot */
	uint32_t	 wl;
	uint32_t	 hv;
	uint32_t	 first;		/* into node, UINT32_MAX: none */
	uint32_t	 last;
	uint32_t	 count;		/* entities in the list */
};

struct inode {
	uint32_t	ent;
	uint32_t	next;
};

struct ent_idx {
	size_t		 nent;		/* a->entities covered */
	struct iment	*m;
	size_t		 nm;
	size_t		 nsorted;	/* m[0..nsorted) by start */
	size_t		 mcap;
	uint32_t	 maxlen;
	struct iword	*w;
	size_t		 wmask;
	size_t		 nw;
	struct inode	*node;
	size_t		 nnode;
	size_t		 nodecap;
};

static uint32_t
fold_hash(const char *s, size_t n)
{
	return kh_hash(s, n);
}

static struct iword *
idx_slot(const struct ent_idx *x, const char *w, size_t wl, uint32_t hv)
{
	size_t i = hv & x->wmask;

	while (x->w[i].w != NULL && (x->w[i].hv != hv ||
	    !same_fold(x->w[i].w, x->w[i].wl, w, wl)))
		i = (i + 1) & x->wmask;
	return &x->w[i];
}

static void
idx_word(struct article *a, struct ent_idx *x, const char *w, size_t wl,
    uint32_t ent)
{
	uint32_t hv = fold_hash(w, wl);
	struct iword *sl;

	if (2 * (x->nw + 1) > x->wmask + 1) {	/* rehash, doubled */
		struct iword *old = x->w;
		size_t i, ocap = x->wmask + 1;

		x->w = arena_alloc(a->arena, 2 * ocap * sizeof(*x->w));
		memset(x->w, 0, 2 * ocap * sizeof(*x->w));
		x->wmask = 2 * ocap - 1;
		for (i = 0; i < ocap; i++)
			if (old[i].w != NULL)
				*idx_slot(x, old[i].w, old[i].wl,
				    old[i].hv) = old[i];
	}
	sl = idx_slot(x, w, wl, hv);
	if (sl->w == NULL) {
		sl->w = w;
		sl->wl = (uint32_t)wl;
		sl->hv = hv;
		sl->first = UINT32_MAX;
		x->nw++;
	} else if (x->node[sl->last].ent == ent)
		return;			/* a word twice in one name */
	if (x->nnode == x->nodecap) {
		size_t ncap = 2 * x->nodecap;

		x->node = arena_grow(a->arena, x->node,
		    x->nodecap * sizeof(*x->node), ncap * sizeof(*x->node));
		x->nodecap = ncap;
	}
	x->node[x->nnode].ent = ent;
	x->node[x->nnode].next = UINT32_MAX;
	if (sl->first == UINT32_MAX)
		sl->first = (uint32_t)x->nnode;
	else
		x->node[sl->last].next = (uint32_t)x->nnode;
	sl->last = (uint32_t)x->nnode++;
	sl->count++;
}

static void
idx_words(struct article *a, struct ent_idx *x, const char *s, uint32_t ent)
{
	size_t i = 0, ws, wl, n = strlen(s);

	while ((wl = next_word(s, n, &i, &ws)) > 0)
		idx_word(a, x, s + ws, wl, ent);
}

static int
cmp_iment(const void *pa, const void *pb)
{
	const struct iment *p = pa, *q = pb;

	return p->start < q->start ? -1 : p->start > q->start;
}

/* Sorts the tail and merges it into m[0..nsorted), from the back. */
static void
idx_merge(struct ent_idx *x)
{
	struct iment t[IDX_TAIL];
	size_t nt = x->nm - x->nsorted, i = x->nsorted, j = nt, k = x->nm;

	memcpy(t, x->m + x->nsorted, nt * sizeof(*t));
	qsort(t, nt, sizeof(*t), cmp_iment);
	while (j > 0) {
		if (i > 0 && x->m[i - 1].start > t[j - 1].start)
			x->m[--k] = x->m[--i];
		else
			x->m[--k] = t[--j];
	}
	x->nsorted = x->nm;
}

static void
idx_mention(struct article *a, struct ent_idx *x, uint32_t start,
    uint32_t end, uint32_t ent)
{
	if (x->nm - x->nsorted == IDX_TAIL)
		idx_merge(x);
	if (x->nm == x->mcap) {
		size_t ncap = x->mcap ? 2 * x->mcap : 64;

		x->m = arena_grow(a->arena, x->m, x->mcap * sizeof(*x->m),
		    ncap * sizeof(*x->m));
		x->mcap = ncap;
	}
	x->m[x->nm].start = start;
	x->m[x->nm++].ent = ent;
	if (end - start > x->maxlen)
		x->maxlen = end - start;
}

/* The index of a's entities, built when missing or stale; NULL if few. */
static struct ent_idx *
idx_get(struct article *a)
{
	struct ent_idx *x = a->entidx;
	size_t i, j, nm = 0;

	if (x != NULL && x->nent == a->nentities)
		return x;
	for (i = 0; i < a->nentities && i < IDX_MIN; i++)
		nm += a->entities[i].nmentions;
	if (a->nentities < IDX_MIN && nm < IDX_MIN_MENTIONS)
		return NULL;
	x = arena_alloc(a->arena, sizeof(*x));
	memset(x, 0, sizeof(*x));
	for (; i < a->nentities; i++)
		nm += a->entities[i].nmentions;
	x->mcap = nm + IDX_TAIL;
	x->m = arena_alloc(a->arena, x->mcap * sizeof(*x->m));
	x->wmask = 255;
	x->w = arena_alloc(a->arena, 256 * sizeof(*x->w));
	memset(x->w, 0, 256 * sizeof(*x->w));
	x->nodecap = 2 * a->nentities + 16;
	x->node = arena_alloc(a->arena, x->nodecap * sizeof(*x->node));
	for (i = 0; i < a->nentities; i++) {
		const struct entity *e = &a->entities[i];

		for (j = 0; j < e->nmentions; j++) {
			x->m[x->nm].start = e->mentions[j].start;
			x->m[x->nm++].ent = (uint32_t)i;
			if (e->mentions[j].end - e->mentions[j].start >
			    x->maxlen)
				x->maxlen = e->mentions[j].end -
				    e->mentions[j].start;
		}
		idx_words(a, x, e->name, (uint32_t)i);
		if (e->acronym != NULL)
			idx_words(a, x, e->acronym, (uint32_t)i);
	}
	qsort(x->m, x->nm, sizeof(*x->m), cmp_iment);
	x->nsorted = x->nm;
	x->nent = a->nentities;
	a->entidx = x;
	return x;
}

/* Has e a mention that starts at ms and ends after start? */
static int
has_mention(const struct entity *e, uint32_t ms, uint32_t start)
{
	size_t lo = 0, hi = e->nmentions;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (e->mentions[mid].start < ms)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < e->nmentions && e->mentions[lo].start == ms; lo++)
		if (e->mentions[lo].end > start)
			return 1;
	return 0;
}

static int
idx_at(const struct article *a, const struct ent_idx *x, uint32_t start,
    uint32_t end)
{
	uint64_t from = (uint64_t)start + 1 > x->maxlen ?
	    (uint64_t)start + 1 - x->maxlen : 0;
	size_t lo = 0, hi = x->nsorted, i;
	uint32_t best = UINT32_MAX;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->m[mid].start < from)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < x->nsorted && x->m[i].start < end; i++)
		if (x->m[i].ent < best && has_mention(&a->entities[x->m[i].ent],
		    x->m[i].start, start))
			best = x->m[i].ent;
	for (i = x->nsorted; i < x->nm; i++)
		if (x->m[i].start < end && x->m[i].start >= from &&
		    x->m[i].ent < best && has_mention(&a->entities[x->m[i].ent],
		    x->m[i].start, start))
			best = x->m[i].ent;
	return best == UINT32_MAX ? -1 : (int)best;
}

int
ent_at(struct article *a, uint32_t start, uint32_t end)
{
	const struct ent_idx *x;
	size_t i, j;

	if ((x = idx_get(a)) != NULL)
		return idx_at(a, x, start, end);
	for (i = 0; i < a->nentities; i++)
		for (j = 0; j < a->entities[i].nmentions; j++)
			if (a->entities[i].mentions[j].start < end &&
			    a->entities[i].mentions[j].end > start)
				return (int)i;
	return -1;
}

/* Does name hold every word of s[0..n), case folded? */
static int
name_holds(const char *name, const char *s, size_t n)
{
	size_t i = 0, ws, wl, nl = strlen(name);
	int any = 0;

	while ((wl = next_word(s, n, &i, &ws)) > 0) {
		size_t j = 0, ns, nwl;
		int found = 0;

		while ((nwl = next_word(name, nl, &j, &ns)) > 0) {
			size_t k;

			if (nwl != wl)
				continue;
			for (k = 0; k < wl; k++)
				if (lc((unsigned char)name[ns + k]) !=
				    lc((unsigned char)s[ws + k]))
					break;
			if (k == wl) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
		any = 1;
	}
	return any;
}

static int
same_fold(const char *x, size_t xn, const char *y, size_t yn)
{
	size_t i;

	if (xn != yn)
		return 0;
	for (i = 0; i < xn; i++)
		if (lc((unsigned char)x[i]) != lc((unsigned char)y[i]))
			return 0;
	return 1;
}

static void
add_mention(struct article *a, struct entity *e, uint32_t start, uint32_t end)
{
	size_t k;

	/* doubling: the arena never extends in place, so growing by one
	   would copy (and keep) every earlier array, quadratic on an
	   article with a mention per line */
	if (e->nmentions == e->mcap) {
		size_t ncap = e->mcap ? 2 * e->mcap : 4;

		e->mentions = arena_grow(a->arena, e->mentions,
		    e->mcap * sizeof(*e->mentions),
		    ncap * sizeof(*e->mentions));
		e->mcap = ncap;
	}
	k = e->nmentions;
	while (k > 0 && e->mentions[k - 1].start > start) {
		e->mentions[k] = e->mentions[k - 1];
		k--;
	}
	e->mentions[k].start = start;
	e->mentions[k].end = end;
	e->nmentions++;
}

/* May the mention s[0..n) of label name e (ent_add())? */
static int
names(const struct entity *e, int label, const char *s, size_t n)
{
	if (e->label != label)
		return 0;
	if (label == ENT_PERSON)
		return name_holds(e->name, s, n);
	return same_fold(e->name, strlen(e->name), s, n) ||
	    (e->acronym && same_fold(e->acronym, strlen(e->acronym), s, n));
}

/*
 * The entity of those that may take the mention [start, end) whose first
 * mention is nearest before it, else the first; -1 if none.
 */
static int
nearest_named(struct article *a, const struct ent_idx *x, int label,
    uint32_t start, uint32_t end)
{
	const char *s = a->text + start;
	size_t n = end - start, i = 0, ws, wl;
	const struct iword *sl = NULL;
	uint32_t k = UINT32_MAX;
	int best = -1;
	uint32_t best_d = UINT32_MAX;

	/* Fast path: only the entities holding each of the mention's
	   words can hold all of them or be written as it: those of its
	   rarest word are walked */
	while (x != NULL && (wl = next_word(s, n, &i, &ws)) > 0) {
		const struct iword *o = idx_slot(x, s + ws, wl,
		    fold_hash(s + ws, wl));

		if (o->w == NULL)
			return -1;
		if (sl == NULL || o->count < sl->count)
			sl = o;
	}
	if (sl != NULL)
		k = sl->first;
	for (i = 0; sl != NULL ? k != UINT32_MAX : i < a->nentities;) {
		const struct entity *e;
		size_t ei = sl != NULL ? x->node[k].ent : i;
		uint32_t d;

		if (sl != NULL)
			k = x->node[k].next;
		else
			i++;
		e = &a->entities[ei];
		if (!names(e, label, s, n))
			continue;
		d = e->nmentions && e->mentions[0].start < start ?
		    start - e->mentions[0].start : UINT32_MAX - 1;
		if (best < 0 || d < best_d) {
			best = (int)ei;
			best_d = d;
		}
	}
	return best;
}

int
ent_add(struct article *a, int label, uint32_t start, uint32_t end,
    const char *role)
{
	struct ent_idx *x;
	struct entity *e;
	int best;

	if ((best = ent_at(a, start, end)) >= 0) {
		e = &a->entities[best];
		if (e->role == NULL && role != NULL)
			e->role = role;
		return best;
	}
	/*
	 * An existing entity this mention names: a person whose name holds
	 * all its words (the nearest one mentioned before it), or a body or
	 * place by its name or acronym.
	 */
	x = idx_get(a);
	if ((best = nearest_named(a, x, label, start, end)) >= 0) {
		e = &a->entities[best];
		add_mention(a, e, start, end);
		if (x != NULL)
			idx_mention(a, x, start, end, (uint32_t)best);
		if (e->role == NULL && role != NULL)
			e->role = role;
		return best;
	}
	if (a->nentities == a->entcap) {	/* doubling, as above */
		size_t ncap = a->entcap ? 2 * a->entcap : 8;

		a->entities = arena_grow(a->arena, a->entities,
		    a->entcap * sizeof(*e), ncap * sizeof(*e));
		a->entcap = ncap;
	}
	e = &a->entities[a->nentities];
	memset(e, 0, sizeof(*e));
	e->label = label;
	e->name = arena_strndup(a->arena, a->text + start, end - start);
	e->role = role;
	e->mentions = arena_alloc(a->arena, sizeof(*e->mentions));
	e->mcap = 1;
	e->mentions[0].start = start;
	e->mentions[0].end = end;
	e->nmentions = 1;
	if (x != NULL) {
		idx_mention(a, x, start, end, (uint32_t)a->nentities);
		idx_words(a, x, e->name, (uint32_t)a->nentities);
		x->nent++;
	}
	return (int)a->nentities++;
}
