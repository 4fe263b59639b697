#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lex.h"
#include "lexicons.h"
#include "swar.h"
#include "tag_feat.h"
#include "util.h"

/* Gazetteer flags (struct tag_unit gaz). */
enum {
	G_REG_B		= 1 << 0,	/* a region name starts here */
	G_REG_I		= 1 << 1,	/* ... goes on here */
	G_REG_PROV	= 1 << 2,	/* the region at B is a province */
	G_REG_KAB	= 1 << 3,	/* ... a regency or city */
	G_REG_KEC	= 1 << 4,	/* ... a district only */
	G_CTRY_B	= 1 << 5,	/* a country or world city starts */
	G_CTRY_I	= 1 << 6,
	G_TITLE_B	= 1 << 7,	/* a title or office starts here */
	G_TITLE_I	= 1 << 8,
	G_HEAD_ORG	= 1 << 9,	/* Kementerian, Partai, PT */
	G_HEAD_LOC	= 1 << 10,	/* Jalan, Pulau, Kabupaten */
	G_DIR		= 1 << 11,	/* Utara, Selatan, Raya */
	G_ACR_ORG	= 1 << 12,	/* KPK, LKPP */
	G_ACR_OTHER	= 1 << 13,	/* APBD, WIB */
	G_STOP		= 1 << 14,	/* a function word */
	G_NFLAGS	= 15
};

#define GAZ_MAXN	4	/* units in a gazetteer key, at most */
#define GAZ_MAXKEY	64	/* bytes in a key (lex_find_fold's limit) */
#define GAZ_BLOOM	(1 << 16)	/* bits in the gazetteer's filter */

/* FNV-1a of the features (h_str()) */
#define H_INIT	2166136261u
#define H_PRIME	16777619u

static void	tf_hashes(struct tag_unit *);
static inline __attribute__((always_inline)) void tf_cached(
		    const struct tag_gaz *, struct tag_wcache *,
		    struct tag_unit *);
static inline int	tf_shut(const struct tag_gaz *, const unsigned char *,
			    size_t);

/* Quotation marks dropped from the units. */

static int
tf_quote(const unsigned char *s, size_t n)
{
	if (n == 1)
		return s[0] == '"' || s[0] == '\'' || s[0] == '`';
	if (n == 2 && s[0] == 0xC2)
		return s[1] == 0xAB || s[1] == 0xBB;	/* « » */
	if (n == 3 && s[0] == 0xE2 && s[1] == 0x80)
		/* U+2018-U+201F: single and double quotation marks */
		return s[2] >= 0x98 && s[2] <= 0x9F;
	return 0;
}

/*
 * Byte classes for tf_flags() and the peeling of ASCII punctuation, one
 * table lookup a byte on the path every unit of the text takes.
 */
enum {
	CU = 1 << 0,	/* A-Z */
	CL = 1 << 1,	/* a-z */
	CD = 1 << 2,	/* 0-9 */
	CH = 1 << 3,	/* - */
	CN = 1 << 4,	/* a byte of a multi-byte character */
	CF = 1 << 5,	/* peeled off the front of a token */
	CB = 1 << 6,	/* ... off the back */
	CX = 1 << 7	/* a letter, A-Z or a-z */
};

#define U_	(CU | CX)
#define L_	(CL | CX)
#define FB	(CF | CB)
#define N_	CN
static const uint8_t tf_ctab[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, FB, FB, 0, 0, 0, 0, FB, CF, CB, FB, 0, FB, CH, FB, 0,
	CD, CD, CD, CD, CD, CD, CD, CD, CD, CD, FB, FB, CF, 0, CB, FB,
	0, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
	U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, CF, 0, CB, 0, 0,
	FB, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
	L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, CF, 0, CB, 0, 0,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
	N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_, N_,
};
#undef U_
#undef L_
#undef FB
#undef N_

/* ASCII punctuation peeled off the front (front) or the back of a token:
   " ' ` , ; : ! ? . * both, ( [ { < the front, ) ] } > the back. */
static size_t
tf_ascii_punct(unsigned char c, int front)
{
	return (tf_ctab[c] & (front ? CF : CB)) != 0;
}

/*
 * Length of the punctuation character at s[0..n) that may be peeled off
 * the front (lead) or the back of a token, or 0.  For the back, s + n is
 * the end and the character ends there.
 */
static size_t
tf_punct_front(const unsigned char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[0] < 0x80)
		return tf_ascii_punct(s[0], 1);
	if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xAB || s[1] == 0xBB))
		return 2;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    ((s[2] >= 0x93 && s[2] <= 0x9F) || s[2] == 0xA6))
		return 3;
	return 0;
}

static size_t
tf_punct_back(const unsigned char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[n - 1] < 0x80)
		return tf_ascii_punct(s[n - 1], 0);
	if (n >= 2 && s[n - 2] == 0xC2 &&
	    (s[n - 1] == 0xAB || s[n - 1] == 0xBB))
		return 2;
	if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 &&
	    ((s[n - 1] >= 0x93 && s[n - 1] <= 0x9F) || s[n - 1] == 0xA6))
		return 3;
	return 0;
}

/*
 * Fast path: the loop over every byte only gathers the classes, four
 * bytes at a time while they are lower-case letters; the letters are
 * counted (for TAG_U_ALLCAPS) in a second pass over the few
 * units with a capital and no lower-case letter, the only ones it changes.
 */
static inline uint16_t
tf_flags(const unsigned char *s, size_t n)
{
	size_t i, letters = 0;
	unsigned all = 0, c;
	uint16_t f = 0;

	/* four lower-case ASCII letters at a time (bytes 0x61-0x7A: the
	   high bit clear in b, b + 5 and ~(b + 0x1F)), their class L_ */
	for (i = 0; i + 4 <= n; i += 4) {
		uint32_t x;

		memcpy(&x, s + i, 4);
		if (((x | (x + 0x05050505u) | ~(x + 0x1F1F1F1Fu)) &
		    0x80808080u) != 0)
			break;
		all |= tf_ctab['a'];
	}
	for (; i < n; i++)
		all |= tf_ctab[s[i]];
	if ((all & (CU | CL)) == CU)
		for (i = 0; i < n; i++)
			letters += tf_ctab[s[i]] >> 7;	/* CX */
	c = tf_ctab[s[0]];
	if (c & CU)
		f |= TAG_U_CAP;
	if (c & CL)
		f |= TAG_U_LOWER;
	if (all & CD)
		f |= TAG_U_DIGIT;
	if (all & CH)
		f |= TAG_U_HYPHEN;
	if (letters >= 2 && !(all & CL))
		f |= TAG_U_ALLCAPS;	/* every letter A-Z */
	if (!(all & (CU | CL | CD | CN)))
		f |= TAG_U_PUNCT;
	else if (!(all & CX) && (f & TAG_U_DIGIT) && !(all & CN))
		f |= TAG_U_NUMBER;
	return f;
}

/*
 * Unit k: len bytes at off of token ti; returns k + 1.  With a cache of the
 * words (tag_units_cached()), also its word's part of tag_annotate().
 */
static inline __attribute__((always_inline)) size_t
tf_unit(const struct tag_gaz *g, struct tag_wcache *wc, struct tag_unit *out,
    size_t k, const char *tok, uint32_t ti, size_t off, size_t len,
    int *first, int *afterq)
{
	const unsigned char *p = (const unsigned char *)tok + off;

	out[k].s = tok + off;
	out[k].len = (uint32_t)len;
	out[k].tok = ti;
	out[k].off = (uint32_t)off;
	out[k].gaz = 0;
	if (wc != NULL && (tf_ctab[p[0]] & CL) && tf_shut(g, p, len)) {
		/* fast path: a lower-case word that is no open word is
		   looked up only if it is near an open unit (TAG_U_LAZY) */
		out[k].cats = out[k].gaz1 = 0;
		out[k].wslot = 0;
		out[k].flags = TAG_U_LOWER | TAG_U_LAZY;
	} else if (wc != NULL)
		tf_cached(g, wc, &out[k]);
	else {
		out[k].hword = out[k].hlower = out[k].hshape = 0;
		out[k].cats = out[k].gaz1 = 0;
		out[k].wslot = 0;
		out[k].flags = tf_flags(p, len);
	}
	if (*afterq)
		out[k].flags |= TAG_U_AFTERQ;
	out[k].first = (uint8_t)*first;
	out[k].pad = 0;
	*first = 0;
	*afterq = 0;
	return k + 1;
}

/* tf_unit(), or a dropped quotation mark. */
static size_t
tf_add(const struct tag_gaz *g, struct tag_wcache *wc, struct tag_unit *out,
    size_t k, const char *tok, uint32_t ti, size_t off, size_t len,
    int *first, int *afterq)
{
	if (tf_quote((const unsigned char *)tok + off, len)) {
		if (k > 0)
			out[k - 1].flags |= TAG_U_BEFOREQ;
		*afterq = 1;
		return k;
	}
	return tf_unit(g, wc, out, k, tok, ti, off, len, first, afterq);
}

static inline size_t
tf_units(const struct tag_gaz *g, struct tag_wcache *wc,
    const struct tag_tok *toks, size_t ntok, struct tag_unit *out)
{
	size_t ti, k = 0;
	int afterq = 0;

	for (ti = 0; ti < ntok; ti++) {
		const unsigned char *s = (const unsigned char *)toks[ti].s;
		size_t a = 0, b = toks[ti].len, m, back[64], nback = 0, i;
		int first = 1, nfront = 0;

		/* fast path, most tokens: an ASCII letter or digit at both
		   ends peels nothing and is no quotation mark */
		if (b > 0 && (tf_ctab[s[0]] & (CU | CL | CD)) &&
		    (tf_ctab[s[b - 1]] & (CU | CL | CD))) {
			k = tf_unit(g, wc, out, k, toks[ti].s, (uint32_t)ti,
			    0, b, &first, &afterq);
			continue;
		}
		/* leading punctuation, one unit each (64 at most, so that a
		   token gives TAG_MAXUNITS units at most) */
		while (a < b && nfront++ < 64 &&
		    (m = tf_punct_front(s + a, b - a)) > 0) {
			k = tf_add(g, wc, out, k, toks[ti].s, (uint32_t)ti,
			    a, m, &first, &afterq);
			a += m;
		}
		/* trailing punctuation, kept apart until the core is in */
		while (b > a && nback < 64 &&
		    (m = tf_punct_back(s + a, b - a)) > 0) {
			if (m == 1 && s[b - 1] == '.' &&
			    (b - 1 - a == 1 ||
			    memchr(s + a, '.', b - 1 - a) != NULL))
				break;	/* A.  U.S. */
			back[nback++] = b - m;
			b -= m;
		}
		if (b > a)
			k = tf_add(g, wc, out, k, toks[ti].s, (uint32_t)ti,
			    a, b - a, &first, &afterq);
		for (i = nback; i > 0; i--)
			k = tf_add(g, wc, out, k, toks[ti].s, (uint32_t)ti,
			    back[i - 1], (i > 1 ? back[i - 2] : toks[ti].len) -
			    back[i - 1], &first, &afterq);
	}
	return k;
}

size_t
tag_units(const struct tag_tok *toks, size_t ntok, struct tag_unit *out)
{
	return tf_units(NULL, NULL, toks, ntok, out);
}

/*
 * The gazetteers, merged into one open-addressing hash table from a key
 * (lower case; acronyms as written, after a \001 byte) to the categories
 * that list it, so that one probe answers for all lexicons.
 */
enum {
	C_PROV = 1 << 0, C_KAB = 1 << 1, C_ABBR = 1 << 2, C_KEC = 1 << 3,
	C_CTRY = 1 << 4, C_TITLE = 1 << 5, C_HEAD_ORG = 1 << 6,
	C_HEAD_LOC = 1 << 7, C_DIR = 1 << 8, C_STOP = 1 << 9,
	C_ACR_ORG = 1 << 10, C_ACR_OTHER = 1 << 11,
	C_PREFIX = 1 << 12,	/* the first words of a longer key */
	C_REGION = C_PROV | C_KAB | C_ABBR | C_KEC
};

struct tag_gaz_slot {
	const char	*key;		/* NULL: empty */
	uint32_t	 len;
	uint32_t	 hash;
	uint32_t	 cats;
};

/*
 * The main table probes hash and categories only, 8 bytes a slot, so that
 * the probes of frequent words (function words are in it) stay in cache;
 * the key is compared on a hash match.  cats == 0: empty.
 */
struct tag_gaz_hc {
	uint32_t	 hash;
	uint32_t	 cats;
};

struct tag_gaz_key {
	const char	*key;
	uint32_t	 len;
};

struct tag_gaz {
	struct tag_gaz_hc	*hc;
	struct tag_gaz_key	*key;
	uint32_t		 mask;
	char			*acr;	/* the acronym keys */
	size_t			 n, cap;
	struct tag_gaz_slot	*oslot;	/* the open words, folded */
	uint32_t		 omask;
	char			*open;
	/* open words: bit len (31: longer) of olen[32 * (first byte - 'a')
	   + (last byte & 31)], folded either way by the & 31 */
	uint32_t		 olen[26 * 32];
	uint64_t		 bloom[GAZ_BLOOM / 64];	/* of all keys */
};

/* FNV-1a over s (A-Z folded when fold), going on from h. */
static uint32_t
gz_fnv(uint32_t h, const char *s, size_t n, int fold)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];

		if (fold && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		h = (h ^ c) * 16777619u;
	}
	return h;
}

static uint32_t
gz_fin(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	return h;
}

static uint32_t
gz_hash(const char *s, size_t n, int fold)
{
	return gz_fin(gz_fnv(2166136261u, s, n, fold));
}

static int
gz_eq(const char *key, const char *s, size_t n, int fold)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];

		if (fold && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if ((unsigned char)key[i] != c)
			return 0;
	}
	return 1;
}

/* Two bits of the hash in a filter that fits the L1 cache: most words are
   in no list, and are turned away without touching the table. */
static int
gz_maybe(const struct tag_gaz *g, uint32_t h)
{
	uint32_t a = h & (GAZ_BLOOM - 1), b = (h >> 16) & (GAZ_BLOOM - 1);

	return (g->bloom[a / 64] >> (a % 64) & 1) &&
	    (g->bloom[b / 64] >> (b % 64) & 1);
}

static uint32_t
gz_find(const struct tag_gaz *g, const char *s, size_t n, int fold)
{
	uint32_t h = gz_hash(s, n, fold), i;

	if (!gz_maybe(g, h))
		return 0;
	for (i = h & g->mask; g->hc[i].cats != 0; i = (i + 1) & g->mask)
		if (g->hc[i].hash == h && g->key[i].len == n &&
		    gz_eq(g->key[i].key, s, n, fold))
			return g->hc[i].cats;
	return 0;
}

/*
 * gz_find() for the key of units u[0..k) joined by spaces, folded, of len
 * bytes, whose FNV-1a state is fnv.
 */
static uint32_t
gz_find_units(const struct tag_gaz *g, uint32_t fnv, const struct tag_unit *u,
    size_t k, size_t len)
{
	uint32_t h = gz_fin(fnv), i;
	size_t j, off;

	if (!gz_maybe(g, h))
		return 0;
	for (i = h & g->mask; g->hc[i].cats != 0; i = (i + 1) & g->mask) {
		const char *key;

		if (g->hc[i].hash != h || g->key[i].len != len)
			continue;
		key = g->key[i].key;
		for (j = 0, off = 0; j < k; j++) {
			if (j > 0 && key[off++] != ' ')
				break;
			if (!gz_eq(key + off, u[j].s, u[j].len, 1))
				break;
			off += u[j].len;
		}
		if (j == k)
			return g->hc[i].cats;
	}
	return 0;
}

static void
gz_insert(struct tag_gaz *g, const char *key, size_t n, uint32_t cats)
{
	uint32_t h = gz_hash(key, n, 0), i;

	assert(cats != 0);
	for (i = h & g->mask; g->hc[i].cats != 0; i = (i + 1) & g->mask)
		if (g->hc[i].hash == h && g->key[i].len == n &&
		    memcmp(g->key[i].key, key, n) == 0) {
			g->hc[i].cats |= cats;
			return;
		}
	g->n++;
	assert(2 * g->n <= g->cap);	/* sized by the callers */
	g->bloom[(h & (GAZ_BLOOM - 1)) / 64] |= (uint64_t)1 << (h % 64);
	g->bloom[((h >> 16) & (GAZ_BLOOM - 1)) / 64] |=
	    (uint64_t)1 << ((h >> 16) % 64);
	g->key[i].key = key;
	g->key[i].len = (uint32_t)n;
	g->hc[i].hash = h;
	g->hc[i].cats = cats;
}

/* A key, and its first words as prefixes, so that lookups of longer keys
   stop as soon as no key goes on. */
static void
gz_add(struct tag_gaz *g, const char *key, size_t n, uint32_t cats)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (key[i] == ' ')
			gz_insert(g, key, i, C_PREFIX);
	gz_insert(g, key, n, cats);
}

static void
gz_add_lex(struct tag_gaz *g, const struct lex *l, uint32_t (*cat)(const
    char *))
{
	size_t i;
	const char *v;

	for (i = 0; i < l->n; i++) {
		if (lex_col(l, (long)i, 0, &v) < 0)
			v = "";
		gz_add(g, l->e[i].key, l->e[i].len, cat(v));
	}
}

static uint32_t
cat_region(const char *v)
{
	return v[0] == '1' ? C_PROV : v[0] == '3' ? C_ABBR :
	    v[0] == '4' ? C_KEC : C_KAB;
}

static uint32_t
cat_country(const char *v)
{
	(void)v;
	return C_CTRY;
}

static uint32_t
cat_title(const char *v)
{
	(void)v;
	return C_TITLE;
}

static uint32_t
cat_head(const char *v)
{
	return v[0] == 'O' ? C_HEAD_ORG : v[0] == 'L' ? C_HEAD_LOC : C_DIR;
}

static uint32_t
cat_stop(const char *v)
{
	(void)v;
	return C_STOP;
}

struct tag_gaz *
tag_gaz_new(void)
{
	const struct lex *acr = &lex_tag_acronym;
	const struct lex *lexs[] = { &lex_tag_region, &lex_tag_country,
	    &lex_tag_titles, &lex_tag_heads, &lex_tag_stop };
	struct tag_gaz *g;
	size_t n, cap = 1024, i, j;
	char *keys, *k;

	n = acr->n;
	for (i = 0; i < UTIL_ARRAY_LEN(lexs); i++)
		for (j = 0; j < lexs[i]->n; j++) {
			const char *key = lexs[i]->e[j].key;
			size_t m;

			for (m = 0, n++; m < lexs[i]->e[j].len; m++)
				n += key[m] == ' ';	/* prefixes */
		}
	while (cap < 2 * n)
		cap *= 2;
	g = xcalloc(1, sizeof(*g));
	g->hc = xcalloc(cap, sizeof(*g->hc));
	g->key = xcalloc(cap, sizeof(*g->key));
	g->mask = (uint32_t)cap - 1;
	g->cap = cap;
	gz_add_lex(g, &lex_tag_region, cat_region);
	gz_add_lex(g, &lex_tag_country, cat_country);
	gz_add_lex(g, &lex_tag_titles, cat_title);
	gz_add_lex(g, &lex_tag_heads, cat_head);
	gz_add_lex(g, &lex_tag_stop, cat_stop);
	/* acronyms as written, behind a byte no word starts with */
	for (i = 0, n = 0; i < acr->n; i++)
		n += acr->e[i].len + 1;
	keys = k = xmalloc(n ? n : 1);
	for (i = 0; i < acr->n; i++) {
		const char *v;

		k[0] = '\001';
		memcpy(k + 1, acr->e[i].key, acr->e[i].len);
		if (lex_col(acr, (long)i, 0, &v) < 0)
			v = "";
		gz_add(g, k, acr->e[i].len + 1, v[0] == 'O' ? C_ACR_ORG :
		    C_ACR_OTHER);
		k += acr->e[i].len + 1;
	}
	g->acr = keys;
	return g;
}

void
tag_gaz_free(struct tag_gaz *g)
{
	if (g == NULL)
		return;
	free(g->hc);
	free(g->key);
	free(g->acr);
	free(g->open);
	free(g->oslot);
	free(g);
}

void
tag_gaz_open(struct tag_gaz *g, const char *const *words, size_t n)
{
	size_t i, len = 0, cap = 16;
	char *k;

	assert(g->open == NULL);
	while (cap < 4 * n)
		cap *= 2;
	g->oslot = xcalloc(cap, sizeof(*g->oslot));
	g->omask = (uint32_t)cap - 1;
	for (i = 0; i < n; i++)
		len += strlen(words[i]);
	g->open = k = xmalloc(len ? len : 1);
	for (i = 0; i < n; i++) {
		size_t j, m = strlen(words[i]);
		uint32_t h;

		for (j = 0; j < m; j++)
			k[j] = words[i][j] >= 'A' && words[i][j] <= 'Z' ?
			    (char)(words[i][j] + 'a' - 'A') : words[i][j];
		h = gz_hash(k, m, 0);
		for (j = h & g->omask; g->oslot[j].key != NULL;
		    j = (j + 1) & g->omask)
			;
		g->oslot[j].key = k;
		g->oslot[j].len = (uint32_t)m;
		if (m > 0 && k[0] >= 'a' && k[0] <= 'z')
			g->olen[32 * (k[0] - 'a') + (k[m - 1] & 31)] |=
			    (uint32_t)1 << (m < 31 ? m : 31);
		g->oslot[j].hash = h;
		k += m;
	}
}

/* Punctuation that may stand inside a name: Johnson & Johnson, (PKB). */
static int
tf_inner_punct(const struct tag_unit *u)
{
	return u->len == 1 && (u->s[0] == '(' || u->s[0] == ')' ||
	    u->s[0] == '&' || u->s[0] == '-' || u->s[0] == '/');
}

/* Whether lower-case unit u is an open word: the table's answer. */
static int
tf_open_word(const struct tag_gaz *g, const struct tag_unit *u)
{
	uint32_t h = gz_hash(u->s, u->len, 1), i;

	for (i = h & g->omask; g->oslot[i].key != NULL; i = (i + 1) & g->omask)
		if (g->oslot[i].hash == h && g->oslot[i].len == u->len &&
		    gz_eq(g->oslot[i].key, u->s, u->len, 1))
			return 1;
	return 0;
}

/*
 * Whether the n bytes at s, a word starting a-z, are surely no open word:
 * the first and last bytes and the length turn nearly all lower-case
 * words away before the word is hashed.
 */
static inline int
tf_shut(const struct tag_gaz *g, const unsigned char *s, size_t n)
{
	return g->oslot == NULL || !(g->olen[32 * (s[0] - 'a') +
	    (s[n - 1] & 31)] & (uint32_t)1 << (n < 31 ? n : 31));
}

/* tag_gaz_opens(), inlined into tag_annotate() and the cache's miss;
   the hash lookup stays out of line, so that the filters are inlined */
static inline int
tf_opens(const struct tag_gaz *g, const struct tag_unit *u)
{
	if (u->flags & TAG_U_PUNCT)
		return tf_inner_punct(u);
	if (u->flags & TAG_U_NUMBER)
		return 0;	/* 2014, 1.026 */
	if (!(u->flags & TAG_U_LOWER))
		return 1;
	/* fast path: most lower-case words are not open */
	if (tf_shut(g, (const unsigned char *)u->s, u->len))
		return 0;
	return tf_open_word(g, u);
}

int
tag_gaz_opens(const struct tag_gaz *g, const struct tag_unit *u)
{
	return tf_opens(g, u);
}

static void
tf_mark(struct tag_unit *u, size_t i, size_t k, uint32_t b, uint32_t in)
{
	size_t j;

	u[i].gaz |= b;
	for (j = i + 1; j < i + k; j++)
		u[j].gaz |= in;
}

/* The acronym flags of capitalised unit u (a key behind \001). */
static uint32_t
tf_acr(const struct tag_gaz *g, const struct tag_unit *u)
{
	char key[GAZ_MAXKEY + 1];

	key[0] = '\001';
	memcpy(key + 1, u->s, u->len);
	return gz_find(g, key, u->len + 1, 0);
}

/* struct tag_unit cats: the unit as a one-unit gazetteer key, and its
   acronym categories (when it is capitalised) / C_ACR_ORG, shifted by
   CATS_ACR: 15 bits */
#define CATS_ACR	13
#define CATS_ONE	((1u << CATS_ACR) - 1)
_Static_assert(C_PREFIX < 1 << CATS_ACR && C_ACR_OTHER == 2 * C_ACR_ORG,
    "cats");

/*
 * What tag_annotate() computes of a unit's bytes alone: its hashes and,
 * unless it is punctuation, u->cats.
 */
static void
tf_word(const struct tag_gaz *g, struct tag_unit *u)
{
	uint32_t cats1 = 0, acr = 0;

	tf_hashes(u);
	if (!(u->flags & TAG_U_PUNCT)) {
		if (u->len <= GAZ_MAXKEY)
			cats1 = gz_find_units(g, u->hlower, u, 1, u->len);
		if ((u->flags & (TAG_U_CAP | TAG_U_ALLCAPS)) &&
		    u->len < GAZ_MAXKEY)
			acr = tf_acr(g, u);
	}
	u->cats = (uint16_t)(cats1 | acr / C_ACR_ORG << CATS_ACR);
}

/*
 * Gazetteer flags of unit i, not punctuation, whose own categories are
 * u[i].cats: the keys of 1 to GAZ_MAXN units starting there (joined by
 * spaces, lower case) are looked up once each; the longest match of each
 * category wins.  Region and country names must start with a capital.
 */
static void
tf_gaz_unit(const struct tag_gaz *g, struct tag_unit *u, size_t n, size_t i)
{
	uint32_t cats[GAZ_MAXN + 1];
	uint32_t seen = 0, c, h, acr = (uint32_t)(u[i].cats >> CATS_ACR) *
	    C_ACR_ORG;
	int cap = (u[i].flags & (TAG_U_CAP | TAG_U_ALLCAPS)) != 0;
	size_t k, maxn, len;

	cats[1] = u[i].cats & CATS_ONE;
	if (cats[1] == 0) {
		/* fast path, most words: in no list and the first word of no
		   key, so no longer key is looked up */
		if (acr != 0)
			u[i].gaz |= (acr & C_ACR_ORG) ? G_ACR_ORG : G_ACR_OTHER;
		return;
	}
	maxn = cap ? GAZ_MAXN : 3;
	/* the key of units [i, i + k): the hash goes on from the unit's own,
	   which is the same FNV-1a of the folded bytes */
	h = u[i].hlower;
	len = u[i].len;
	for (k = 1; k <= maxn && i + k - 1 < n; k++) {
		const struct tag_unit *w = &u[i + k - 1];

		if (k > 1) {
			if (len + w->len + 1 > GAZ_MAXKEY ||
			    ((w->flags & TAG_U_PUNCT) && w->s[0] != '-'))
				break;
			h = gz_fnv(gz_fnv(h, " ", 1, 0), w->s, w->len, 1);
			len += 1 + w->len;
		} else if (len > GAZ_MAXKEY)
			break;
		if (k > 1)	/* k == 1: tf_word()'s */
			cats[k] = gz_find_units(g, h, u + i, k, len);
		if (!(cats[k] & C_PREFIX)) {
			/* no longer key starts here (gz_add() marks every
			   first words of a key): stop before hashing the next
			   unit */
			k++;
			break;
		}
	}
	for (k = k - 1; k > 0; k--) {
		if ((c = cats[k] & ~C_PREFIX) == 0)
			continue;
		if (cap && (c & C_REGION) && !(seen & C_REGION)) {
			tf_mark(u, i, k, G_REG_B | ((c & C_PROV) ? G_REG_PROV :
			    (c & (C_KAB | C_ABBR)) ? G_REG_KAB : G_REG_KEC),
			    G_REG_I);
			seen |= C_REGION;
		}
		if (cap && (c & C_CTRY) && !(seen & C_CTRY)) {
			tf_mark(u, i, k, G_CTRY_B, G_CTRY_I);
			seen |= C_CTRY;
		}
		if ((c & C_TITLE) && !(seen & C_TITLE)) {
			tf_mark(u, i, k, G_TITLE_B, G_TITLE_I);
			seen |= C_TITLE;
		}
		if (k <= 2 && (c & (C_HEAD_ORG | C_HEAD_LOC | C_DIR)) &&
		    !(seen & C_HEAD_ORG)) {
			u[i].gaz |= (c & C_HEAD_ORG) ? G_HEAD_ORG :
			    (c & C_HEAD_LOC) ? G_HEAD_LOC : G_DIR;
			seen |= C_HEAD_ORG;
		}
		if (k == 1 && (c & C_STOP))
			u[i].gaz |= G_STOP;
	}
	if (acr != 0)
		u[i].gaz |= (acr & C_ACR_ORG) ? G_ACR_ORG : G_ACR_OTHER;
}

void
tag_annotate(const struct tag_gaz *g, struct tag_unit *u, size_t n)
{
	size_t i, j;

	/* only the open units and their neighbours are looked at; marked
	   in the same pass (tf_opens() reads no TAG_U_NEAR) */
	for (i = 0; i < n; i++)
		if (tf_opens(g, &u[i])) {
			u[i].flags |= TAG_U_OPEN;
			for (j = i > 2 ? i - 2 : 0; j < n && j <= i + 2; j++)
				u[j].flags |= TAG_U_NEAR;
		}
	for (i = 0; i < n; i++) {
		if (!(u[i].flags & TAG_U_NEAR))
			continue;
		tf_word(g, &u[i]);
		if (!(u[i].flags & TAG_U_PUNCT))
			tf_gaz_unit(g, u, n, i);
	}
}

/*
 * The per-word part of the units and of tag_annotate() (the flags of the
 * bytes, whether the word is open, its hashes, its one-unit gazetteer key
 * and acronym) depends on the unit's bytes alone; news repeats its words
 * (function words next to names, the names themselves), so the tagger
 * keeps it in a direct-mapped cache keyed by the exact bytes.  A hit
 * gives what the lookups would: the output does not depend on it.
 * A slot that an earlier unit of the same call holds is not replaced (the
 * later word goes uncached), so that a unit's slot (struct tag_unit wslot)
 * keeps its word until the next call: the tagger keeps its own per-word
 * results by slot (tag_wcache_user()).
 */
#define WC_BITS		14
#define WC_KEY		24	/* longer words are not cached */

/* the flags of a unit's bytes, as the cache keeps them */
#define TAG_U_WORD	(TAG_U_CAP | TAG_U_ALLCAPS | TAG_U_LOWER | \
			 TAG_U_DIGIT | TAG_U_PUNCT | TAG_U_HYPHEN | \
			 TAG_U_OPEN | TAG_U_NUMBER)

_Static_assert(1 << WC_BITS == TAG_WCACHE_SLOTS, "tag_feat.h");

struct tf_wslot {		/* 48 bytes */
	char		key[WC_KEY];
	uint32_t	hword, hlower, hshape;
	uint16_t	cats, gaz1;
	uint32_t	call;		/* of the last tag_units_cached() using
					   it */
	uint16_t	flags;		/* TAG_U_WORD */
	uint8_t		len;		/* 0: empty */
};

struct tag_wcache {
	uint32_t	call;		/* calls of tag_units_cached() */
	uint8_t		user[1 << WC_BITS];	/* tag_wcache_user() */
	struct tf_wslot	slot[1 << WC_BITS];
};

struct tag_wcache *
tag_wcache_new(void)
{
	return xcalloc(1, sizeof(struct tag_wcache));
}

void
tag_wcache_free(struct tag_wcache *wc)
{
	free(wc);
}

uint8_t *
tag_wcache_user(struct tag_wcache *wc)
{
	return wc->user;
}

/*
 * Fast path: the slot of a word of 1 to WC_KEY bytes from two or three
 * overlapping loads that cover it, no loop over the bytes and no byte read
 * outside it; wc_eq() compares the same way.
 */
static inline uint32_t
wc_slot(const char *s, size_t n)
{
	uint64_t a, b;

	if (n >= 8) {
		a = swar_load(s);
		b = swar_load(s + n - 8);
		if (n > 16)
			a ^= swar_load(s + 8) * 0xC2B2AE3D27D4EB4Fu;
	} else if (n >= 4) {
		a = swar_load4(s);
		b = swar_load4(s + n - 4);
	} else {
		a = (unsigned char)s[0] | (unsigned)(unsigned char)s[n >> 1]
		    << 8 | (unsigned)(unsigned char)s[n - 1] << 16;
		b = 0;
	}
	a = (a ^ n) * 0x9E3779B97F4A7C15u;
	a ^= (b + (b >> 29)) * 0xBF58476D1CE4E5B9u;
	return (uint32_t)(a >> (64 - WC_BITS));
}

static inline int
wc_eq(const char *k, const char *s, size_t n)
{
	if (n >= 8)
		return swar_load(k) == swar_load(s) &&
		    swar_load(k + n - 8) == swar_load(s + n - 8) &&
		    (n <= 16 || swar_load(k + 8) == swar_load(s + 8));
	if (n >= 4)
		return swar_load4(k) == swar_load4(s) &&
		    swar_load4(k + n - 4) == swar_load4(s + n - 4);
	return k[0] == s[0] && k[n >> 1] == s[n >> 1] && k[n - 1] == s[n - 1];
}

/* tf_cached() on a miss: the lookups, and slot sl (i) takes the word */
static __attribute__((noinline)) void
tf_fill(const struct tag_gaz *g, struct tag_wcache *wc, struct tag_unit *u,
    struct tf_wslot *sl, uint32_t i)
{
	u->flags = tf_flags((const unsigned char *)u->s, u->len);
	if (tf_opens(g, u))
		u->flags |= TAG_U_OPEN;
	tf_word(g, u);
	u->gaz1 = 0;
	if (!(u->cats & C_PREFIX)) {
		/* no longer key starts with the word: its gazetteer flags
		   are its own (tf_gaz_unit() of it alone) */
		struct tag_unit w = *u;

		w.gaz = 0;
		tf_gaz_unit(g, &w, 1, 0);
		u->gaz1 = (uint16_t)w.gaz;
	}
	if (sl == NULL || (sl->len != 0 && sl->call == wc->call))
		return;
	memcpy(sl->key, u->s, u->len);
	sl->len = (uint8_t)u->len;
	sl->hword = u->hword;
	sl->hlower = u->hlower;
	sl->hshape = u->hshape;
	sl->cats = u->cats;
	sl->gaz1 = u->gaz1;
	sl->flags = u->flags;
	sl->call = wc->call;
	wc->user[i] = 0;
	u->wslot = (uint16_t)(i + 1);
}

/* u's flags, hashes, cats and wslot (tf_unit(), with a cache) */
static inline __attribute__((always_inline)) void
tf_cached(const struct tag_gaz *g, struct tag_wcache *wc, struct tag_unit *u)
{
	struct tf_wslot *sl = NULL;
	uint32_t i = 0;

	u->wslot = 0;
	if (u->len <= WC_KEY) {
		i = wc_slot(u->s, u->len);
		sl = &wc->slot[i];
		if (sl->len == u->len && wc_eq(sl->key, u->s, u->len)) {
			u->hword = sl->hword;
			u->hlower = sl->hlower;
			u->hshape = sl->hshape;
			u->cats = sl->cats;
			u->gaz1 = sl->gaz1;
			u->flags = sl->flags;
			u->wslot = (uint16_t)(i + 1);
			sl->call = wc->call;
			return;
		}
	}
	tf_fill(g, wc, u, sl, i);
}

size_t
tag_units_cached(const struct tag_gaz *g, struct tag_wcache *wc,
    const struct tag_tok *toks, size_t ntok, struct tag_unit *out)
{
	if (++wc->call == 0)
		wc->call = 1;	/* 0: no call; a slot used long ago may pass
				   for used in this one, and stays */
	return tf_units(g, wc, toks, ntok, out);
}

size_t
tag_annotate_cached(const struct tag_gaz *g, struct tag_wcache *wc,
    struct tag_unit *u, size_t n, uint32_t *open)
{
	size_t i, j, lo = 0, hi, nopen = 0;
	uint16_t ctx;

	/* the units near an open one, in order, each once: lo is the first
	   not yet seen.  Fast path: a unit whose word starts no longer
	   gazetteer key gets the flags of its word alone, which the cache
	   keeps (gaz1) */
	for (i = 0; i < n; i++) {
		if (!(u[i].flags & TAG_U_OPEN))
			continue;
		open[nopen++] = (uint32_t)i;
		hi = i + 2 < n ? i + 2 : n - 1;
		for (j = i > lo + 2 ? i - 2 : lo; j <= hi; j++) {
			if (u[j].flags & TAG_U_LAZY) {
				/* what tf_unit() put off; the flags of the
				   place stay */
				ctx = u[j].flags & (TAG_U_AFTERQ |
				    TAG_U_BEFOREQ);
				tf_cached(g, wc, &u[j]);
				u[j].flags |= ctx;
			}
			u[j].flags |= TAG_U_NEAR;
			if (u[j].cats & C_PREFIX)
				tf_gaz_unit(g, u, n, j);
			else
				u[j].gaz |= u[j].gaz1;
		}
		lo = hi + 1;
	}
	return nopen;
}

int
tag_maybe_name(const struct tag_unit *u)
{
	return !(u->flags & TAG_U_LOWER);
}

/* FNV-1a, then a finaliser so that the low bits, which pick the bucket,
   depend on every byte (H_INIT, H_PRIME: at the top). */

static uint32_t
h_str(uint32_t h, const char *s, size_t n, int fold)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];

		if (fold && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		h = (h ^ c) * H_PRIME;
	}
	return h;
}

/* A feature from a template and one or two hashed values. */
static uint32_t
h_mix(uint32_t a, uint32_t b)
{
	uint32_t h = (a * 0x9E3779B1u) ^ b;

	h *= 0x85EBCA6Bu;
	return h ^ (h >> 16);
}

/* The hashes of a unit's word, lower-case word and short shape (see
   tf_shape()), in one pass. */
static void
tf_hashes(struct tag_unit *u)
{
	uint32_t hw = H_INIT, hl = H_INIT, hs = H_INIT;
	size_t i, k = 0;
	unsigned last = 0;

	for (i = 0; i < u->len; i++) {
		unsigned c = (unsigned char)u->s[i], l = c, sc;

		if (c >= 'A' && c <= 'Z') {
			l = c + 'a' - 'A';
			sc = 'X';
		} else if (c >= 'a' && c <= 'z')
			sc = 'x';
		else if (c >= '0' && c <= '9')
			sc = 'd';
		else if (c >= 0xC0)
			sc = 'u';
		else if (c >= 0x80)
			sc = 0;
		else
			sc = c;
		hw = (hw ^ c) * H_PRIME;
		hl = (hl ^ l) * H_PRIME;
		if (sc != 0 && sc != last && k < 8) {
			hs = (hs ^ sc) * H_PRIME;
			last = sc;
			k++;
		}
	}
	u->hword = hw;
	u->hlower = hl;
	u->hshape = hs;
}

/* Feature templates. */
enum {
	F_BIAS = 1, F_WORD, F_LOWER, F_SHAPE, F_PREFIX, F_SUFFIX,
	F_LM1, F_LP1, F_LM2, F_LP2, F_BI_M1, F_BI_P1,
	F_SH_M1, F_SH_P1, F_SH_3, F_START, F_GAZ, F_GAZ_M1, F_GAZ_P1,
	F_LEN, F_QUOTE, F_CAPSEQ, F_GAZ_M2
};

#define PAD_BEFORE	TAG_PAD_BEFORE
#define PAD_AFTER	TAG_PAD_AFTER

static uint32_t
tf_lower(const struct tag_unit *u, size_t n, long i)
{
	return i < 0 ? PAD_BEFORE : (size_t)i >= n ? PAD_AFTER : u[i].hlower;
}

static uint32_t
tf_shapeh(const struct tag_unit *u, size_t n, long i)
{
	return i < 0 ? PAD_BEFORE : (size_t)i >= n ? PAD_AFTER : u[i].hshape;
}

/*
 * tag_features() in two parts: the templates of the word alone (its bytes:
 * the tagger caches their weights by word), then those of its context.
 */
size_t
tag_features_word(const struct tag_unit *w, uint32_t *out)
{
	size_t k = 0, j, lim;

	out[k++] = h_mix(F_BIAS, 0);
	out[k++] = h_mix(F_WORD, w->hword);
	out[k++] = h_mix(F_LOWER, w->hlower);
	out[k++] = h_mix(F_SHAPE, w->hshape);
	lim = w->len > 4 ? 4 : w->len - 1;
	for (j = 1; j <= lim && j <= 3; j++)
		out[k++] = h_mix(F_PREFIX, h_str(H_INIT + (uint32_t)j, w->s,
		    j, 1));
	for (j = 1; j <= lim; j++)
		out[k++] = h_mix(F_SUFFIX, h_str(H_INIT + (uint32_t)j,
		    w->s + w->len - j, j, 1));
	return k;
}

/*
 * The context features of few values (START, QUOTE, CAPSEQ, LEN and the
 * gazetteer flags) by index (tag_features_small()): the tagger sums their
 * weights from a table built at startup instead of hashing each.  Ranges:
 */
#define SM_START	0	/* 3 starts x 16: case flags << 1 | stop */
#define SM_QUOTE	48	/* 4: the quotation flags >> 5 */
#define SM_CAPSEQ	52	/* 8 */
#define SM_LEN		60	/* 13: 0 to 12 */
#define SM_GAZ		73	/* 4 templates x G_NFLAGS */
_Static_assert(SM_QUOTE == TAG_SM_QUOTE && SM_CAPSEQ == TAG_SM_CAPSEQ &&
    SM_LEN == TAG_SM_LEN && SM_GAZ == TAG_SM_GAZ, "tag_feat.h");

uint32_t
tag_small_feature(unsigned idx)
{
	static const unsigned tmpl[] = { F_GAZ, F_GAZ_M1, F_GAZ_M2, F_GAZ_P1 };

	if (idx < SM_QUOTE)
		return h_mix(F_START, (idx >> 4) << 8 | (idx & 15));
	if (idx < SM_CAPSEQ)
		return h_mix(F_QUOTE, (idx - SM_QUOTE) << 5);
	if (idx < SM_LEN)
		return h_mix(F_CAPSEQ, idx - SM_CAPSEQ);
	if (idx < SM_GAZ)
		return h_mix(F_LEN, idx - SM_LEN);
	idx -= SM_GAZ;
	return h_mix(tmpl[idx / G_NFLAGS], idx % G_NFLAGS);
}

/* One index a gazetteer flag set, lowest first; the loop visits the set
   bits only (most units have none or one). */
static size_t
tf_gaz(uint8_t *out, size_t k, unsigned base, uint32_t gaz)
{
	gaz &= (1u << G_NFLAGS) - 1;
	while (gaz != 0) {
		out[k++] = (uint8_t)(base + (unsigned)__builtin_ctz(gaz));
		gaz &= gaz - 1;
	}
	return k;
}

size_t
tag_features_small(const struct tag_unit *u, size_t n, size_t i,
    uint8_t *out)
{
	const struct tag_unit *w = &u[i];
	size_t k = 0;
	unsigned start;

	/* capitalisation means less at the start of a sentence or quote */
	start = i == 0 ? 1 : (w->flags & TAG_U_AFTERQ) ? 1 :
	    (u[i - 1].len == 1 && u[i - 1].s[0] == ':') ? 2 : 0;
	out[k++] = (uint8_t)(SM_START + start * 16 + ((w->flags &
	    (TAG_U_CAP | TAG_U_ALLCAPS | TAG_U_LOWER)) << 1 |
	    ((w->gaz & G_STOP) != 0)));
	out[k++] = (uint8_t)(SM_QUOTE + ((w->flags & (TAG_U_AFTERQ |
	    TAG_U_BEFOREQ)) >> 5));
	/* is this a run of capitalised units? */
	out[k++] = (uint8_t)(SM_CAPSEQ +
	    ((i > 1 && (u[i - 1].flags & TAG_U_CAP) &&
	    !(u[i - 1].flags & TAG_U_AFTERQ)) << 2 |
	    ((w->flags & TAG_U_CAP) != 0) << 1 |
	    (i + 1 < n && (u[i + 1].flags & TAG_U_CAP) != 0)));
	out[k++] = (uint8_t)(SM_LEN + (w->len > 12 ? 12 : w->len));

	k = tf_gaz(out, k, SM_GAZ, w->gaz);
	if (i > 0)
		k = tf_gaz(out, k, SM_GAZ + G_NFLAGS, u[i - 1].gaz &
		    (G_TITLE_B | G_TITLE_I | G_HEAD_ORG | G_HEAD_LOC |
		    G_REG_B | G_REG_I | G_CTRY_B | G_STOP));
	if (i > 1)
		k = tf_gaz(out, k, SM_GAZ + 2 * G_NFLAGS, u[i - 2].gaz &
		    (G_TITLE_B | G_TITLE_I | G_HEAD_ORG | G_HEAD_LOC));
	if (i + 1 < n)
		k = tf_gaz(out, k, SM_GAZ + 3 * G_NFLAGS, u[i + 1].gaz &
		    (G_HEAD_ORG | G_DIR | G_REG_I | G_CTRY_I | G_TITLE_B |
		    G_STOP));
	return k;
}

/* The parts of tag_features_near(): the template of the neighbour at
   distance d (-2, -1, 1, 2) with its lower-case word, ... */
static inline uint32_t
tf_nb(int d, uint32_t hlower)
{
	static const uint8_t tmpl[5] = { F_LM2, F_LM1, 0, F_LP1, F_LP2 };

	return h_mix(tmpl[d + 2], hlower);
}

/* ... the two bigrams of lower-case words, ... */
static inline void
tf_bi(uint32_t lm1, uint32_t hlower, uint32_t lp1, uint32_t *out)
{
	out[0] = h_mix(h_mix(F_BI_M1, lm1), hlower);
	out[1] = h_mix(h_mix(F_BI_P1, hlower), lp1);
}

/* ... and the three of the shapes */
static inline void
tf_shape3(uint32_t sm1, uint32_t hshape, uint32_t sp1, uint32_t *out)
{
	out[0] = h_mix(h_mix(F_SH_M1, sm1), hshape);
	out[1] = h_mix(h_mix(F_SH_P1, hshape), sp1);
	out[2] = h_mix(h_mix(h_mix(F_SH_3, sm1), hshape), sp1);
}

size_t
tag_features_near(const struct tag_unit *u, size_t n, size_t i,
    uint32_t *out)
{
	const struct tag_unit *w = &u[i];
	uint32_t lm2, lm1, lp1, lp2, sm1, sp1;

	/* fast path: a unit two or more from either end has all four
	   neighbours, and needs no test for the padding */
	if (i >= 2 && i + 2 < n) {
		lm2 = w[-2].hlower;
		lm1 = w[-1].hlower;
		lp1 = w[1].hlower;
		lp2 = w[2].hlower;
		sm1 = w[-1].hshape;
		sp1 = w[1].hshape;
	} else {
		lm2 = tf_lower(u, n, (long)i - 2);
		lm1 = tf_lower(u, n, (long)i - 1);
		lp1 = tf_lower(u, n, (long)i + 1);
		lp2 = tf_lower(u, n, (long)i + 2);
		sm1 = tf_shapeh(u, n, (long)i - 1);
		sp1 = tf_shapeh(u, n, (long)i + 1);
	}
	out[0] = tf_nb(-1, lm1);
	out[1] = tf_nb(1, lp1);
	out[2] = tf_nb(-2, lm2);
	out[3] = tf_nb(2, lp2);
	tf_bi(lm1, w->hlower, lp1, out + 4);
	tf_shape3(sm1, w->hshape, sp1, out + 6);
	return TAG_NNEAR;
}

uint32_t
tag_feature_nb(int d, uint32_t hlower)
{
	return tf_nb(d, hlower);
}

size_t
tag_features_bi(uint32_t lm1, uint32_t hlower, uint32_t lp1, uint32_t *out)
{
	tf_bi(lm1, hlower, lp1, out);
	return 2;
}

size_t
tag_features_shape(uint32_t sm1, uint32_t hshape, uint32_t sp1,
    uint32_t *out)
{
	tf_shape3(sm1, hshape, sp1, out);
	return 3;
}

size_t
tag_features_ctx(const struct tag_unit *u, size_t n, size_t i, uint32_t *out)
{
	uint8_t sm[TAG_MAXFEAT];
	size_t k = tag_features_near(u, n, i, out), ns, j;

	ns = tag_features_small(u, n, i, sm);
	for (j = 0; j < ns; j++)
		out[k++] = tag_small_feature(sm[j]);
	return k;
}

size_t
tag_features(const struct tag_unit *u, size_t n, size_t i, uint32_t *out)
{
	size_t k = tag_features_word(&u[i], out);

	return k + tag_features_ctx(u, n, i, out + k);
}

void
tag_emit(const int16_t *table, uint32_t mask, const uint32_t *f, size_t nf,
    int32_t *e)
{
	int32_t acc[8] = { 0 };
	size_t i;
	int t;

	for (i = 0; i < nf; i++) {
		const int16_t *row = table + (size_t)(f[i] & mask) * 8;

		for (t = 0; t < 8; t++)
			acc[t] += row[t];
	}
	for (t = 0; t < TAG_NTAGS; t++)
		e[t] = acc[t];
}

/* Whether tag t may follow tag p (p == TAG_NTAGS: the start). */
static int
tf_allowed(int p, int t)
{
	if (t == TAG_O || (t & 1))
		return 1;
	return p == t || p == t - 1;
}

/*
 * The search keeps, besides the best score of each tag, the set of tags a
 * path reaches at all (valid): a predecessor outside it, or a forbidden
 * transition, can never be on the best path, so only the allowed pairs
 * with a path are compared, in ascending order of the previous tag (ties
 * go to the lower one).  After a unit forced to O, only O is reached, so
 * an open unit costs one comparison a tag, and a forced one one addition.
 */
void
tag_viterbi(const int32_t *emit, const int32_t *trans, const uint8_t *open,
    size_t n, uint8_t *bp, uint8_t *out)
{
	/* from[t]: the tags p that tf_allowed(p, t), one bit each */
	static const uint8_t from[TAG_NTAGS] = {
		0x7F, 0x7F, 1 << TAG_B_PER | 1 << TAG_I_PER,
		0x7F, 1 << TAG_B_ORG | 1 << TAG_I_ORG,
		0x7F, 1 << TAG_B_LOC | 1 << TAG_I_LOC
	};
	int64_t cur[TAG_NTAGS], nxt[TAG_NTAGS];
	unsigned valid = 0, nvalid, m;
	size_t i;
	int t, p, best, nt;

	if (n == 0)
		return;
	for (t = 0; t < TAG_NTAGS; t++)
		if ((t == TAG_O || open[0]) && tf_allowed(TAG_NTAGS, t)) {
			cur[t] = (int64_t)emit[t] + trans[TAG_NTAGS * TAG_NTAGS
			    + t];
			valid |= 1u << t;
		}
	for (i = 1; i < n; i++) {
		const int32_t *e = &emit[i * TAG_NTAGS];
		uint8_t *b = &bp[i * TAG_NTAGS];

		if (!open[i] && valid == 1) {
			/* O after O, the common case in running text */
			cur[0] += trans[0] + e[0];
			b[0] = 0;
			continue;
		}
		if (valid == 1) {
			/* an open unit after O: O and B-X from O, no I-X */
			int64_t c0 = cur[0];

			for (t = 0; t < TAG_NTAGS; t++) {
				cur[t] = c0 + trans[t] + e[t];
				b[t] = 0;
			}
			valid = 1 << TAG_O | 1 << TAG_B_PER | 1 << TAG_B_ORG |
			    1 << TAG_B_LOC;
			continue;
		}
		if (open[i] && valid == 0x7F) {
			/* every tag reached (inside a name): the fixed
			   pattern of from[], unrolled, no bit loops */
			for (t = 0; t < TAG_NTAGS; t++) {
				int64_t bs, s;
				int bt;

				if (t != TAG_O && !(t & 1)) {	/* I-X */
					bt = t - 1;
					bs = cur[t - 1] +
					    trans[(t - 1) * TAG_NTAGS + t];
					s = cur[t] + trans[t * TAG_NTAGS + t];
					if (s > bs) {
						bs = s;
						bt = t;
					}
				} else {
					bt = 0;
					bs = cur[0] + trans[t];
					for (p = 1; p < TAG_NTAGS; p++) {
						s = cur[p] +
						    trans[p * TAG_NTAGS + t];
						if (s > bs) {
							bs = s;
							bt = p;
						}
					}
				}
				nxt[t] = bs + e[t];
				b[t] = (uint8_t)bt;
			}
			memcpy(cur, nxt, sizeof(cur));
			continue;
		}
		nvalid = 0;
		nt = open[i] ? TAG_NTAGS : 1;	/* closed: only O */
		for (t = 0; t < nt; t++) {
			int64_t bs, s;
			int bt;

			if ((m = valid & from[t]) == 0)
				continue;	/* no path to t */
			bt = __builtin_ctz(m);
			bs = cur[bt] + trans[bt * TAG_NTAGS + t];
			for (m &= m - 1; m != 0; m &= m - 1) {
				p = __builtin_ctz(m);
				s = cur[p] + trans[p * TAG_NTAGS + t];
				if (s > bs) {
					bs = s;
					bt = p;
				}
			}
			nxt[t] = bs + e[t];
			b[t] = (uint8_t)bt;
			nvalid |= 1u << t;
		}
		for (t = 0; t < nt; t++)
			cur[t] = nxt[t];
		valid = nvalid;
	}
	best = 0;	/* O always has a path */
	for (t = 1; t < TAG_NTAGS; t++)
		if ((valid >> t & 1) && cur[t] > cur[best])
			best = t;
	for (i = n; i > 0; i--) {
		out[i - 1] = (uint8_t)best;
		best = bp[(i - 1) * TAG_NTAGS + best];
	}
}

/*
 * tag_viterbi() of the open units [a, b) of n, all of whose neighbours
 * outside are forced to O: unit a - 1 (or the start) before, unit b (or
 * the end) after.  A unit forced to O cuts the search in two (every path
 * goes through its O, and the scores of the paths before it differ by
 * what they were before it, so the best one and the ties are the same),
 * so a sentence decodes run by run, and its closed units cost nothing.
 * TAG_NOPATH is far below any path's score (at most 64 weights of 16 bits a
 * unit, and the transitions, over at most a chunk of units) and stays so
 * after any number of additions of such scores.
 */
#define TAG_NOPATH	(INT64_MIN / 4)
/* The best of the seven tags before into the tag of column tr of the
   transitions, ties to the lower, into *bt; returns its score. */
static inline int64_t
tf_from_any(const int64_t *cur, const int32_t *tr, uint8_t *bt)
{
	int64_t bs = cur[0] + tr[0], s;
	uint8_t b = 0;

#define TF_TRY(p)	s = cur[p] + tr[(size_t)(p) * TAG_NTAGS];	\
			if (s > bs) {				\
				bs = s;				\
				b = p;				\
			}
	TF_TRY(1) TF_TRY(2) TF_TRY(3) TF_TRY(4) TF_TRY(5) TF_TRY(6)
#undef TF_TRY
	*bt = b;
	return bs;
}

/* ... into I-X t, from B-X or I-X */
static inline int64_t
tf_from_bi(const int64_t *cur, const int32_t *trans, int t, uint8_t *bt)
{
	int64_t bs = cur[t - 1] + trans[(t - 1) * TAG_NTAGS + t];
	int64_t s = cur[t] + trans[t * TAG_NTAGS + t];

	*bt = (uint8_t)(s > bs ? t : t - 1);
	return s > bs ? s : bs;
}

void
tag_viterbi_run(const int32_t *emit, const int32_t *trans, size_t a,
    size_t b, size_t n, uint8_t *bp, uint8_t *out)
{
	static const int32_t none[TAG_NTAGS * TAG_NTAGS] = { 0 };
	const int32_t *e = &emit[a * TAG_NTAGS];
	const int32_t *t0 = &trans[(size_t)(a == 0 ? TAG_NTAGS : TAG_O) *
	    TAG_NTAGS];
	int64_t cur[TAG_NTAGS], nxt[TAG_NTAGS];
	size_t i;
	uint8_t bt;

	/* after O or at the start: O and B-X, no I-X.  Fast path: the I-X
	   have no path, and are given a score below any path's instead, so
	   that they never win a comparison; once past them, every tag has
	   a path (I-X after B-X), so there is no set of tags reached to
	   keep, and each step compares the same allowed pairs, unrolled */
	cur[TAG_O] = (int64_t)e[TAG_O] + t0[TAG_O];
	cur[TAG_B_PER] = (int64_t)e[TAG_B_PER] + t0[TAG_B_PER];
	cur[TAG_B_ORG] = (int64_t)e[TAG_B_ORG] + t0[TAG_B_ORG];
	cur[TAG_B_LOC] = (int64_t)e[TAG_B_LOC] + t0[TAG_B_LOC];
	cur[TAG_I_PER] = cur[TAG_I_ORG] = cur[TAG_I_LOC] = TAG_NOPATH;
	for (i = a + 1; i < b; i++) {
		uint8_t *bb = &bp[i * TAG_NTAGS];

		e = &emit[i * TAG_NTAGS];
		nxt[TAG_O] = tf_from_any(cur, trans + TAG_O, &bb[TAG_O]);
		nxt[TAG_B_PER] = tf_from_any(cur, trans + TAG_B_PER,
		    &bb[TAG_B_PER]);
		nxt[TAG_B_ORG] = tf_from_any(cur, trans + TAG_B_ORG,
		    &bb[TAG_B_ORG]);
		nxt[TAG_B_LOC] = tf_from_any(cur, trans + TAG_B_LOC,
		    &bb[TAG_B_LOC]);
		nxt[TAG_I_PER] = tf_from_bi(cur, trans, TAG_I_PER,
		    &bb[TAG_I_PER]);
		nxt[TAG_I_ORG] = tf_from_bi(cur, trans, TAG_I_ORG,
		    &bb[TAG_I_ORG]);
		nxt[TAG_I_LOC] = tf_from_bi(cur, trans, TAG_I_LOC,
		    &bb[TAG_I_LOC]);
		cur[0] = nxt[0] + e[0];
		cur[1] = nxt[1] + e[1];
		cur[2] = nxt[2] + e[2];
		cur[3] = nxt[3] + e[3];
		cur[4] = nxt[4] + e[4];
		cur[5] = nxt[5] + e[5];
		cur[6] = nxt[6] + e[6];
	}
	/* the best last tag: before a unit forced to O, the best way into
	   its O; at the end, the best score */
	tf_from_any(cur, b < n ? trans + TAG_O : none, &bt);
	for (i = b; i > a; i--) {
		out[i - 1] = bt;
		if (i - 1 > a)
			bt = bp[(i - 1) * TAG_NTAGS + bt];
	}
}

void
tag_viterbi_runs(const int32_t *emit, const int32_t *trans,
    const uint8_t *open, size_t n, uint8_t *bp, uint8_t *out)
{
	size_t a = 0, b;

	while (a < n) {
		if (!open[a]) {
			out[a++] = TAG_O;
			continue;
		}
		for (b = a + 1; b < n && open[b]; b++)
			;
		tag_viterbi_run(emit, trans, a, b, n, bp, out);
		a = b;
	}
}

/* How much unit emission e prefers tag t's label over O and the other
   labels (B-X and I-X count as one: either way it is an X); t is not O. */
static int
tf_margin(const int32_t *e, int t)
{
	int b = t - !(t & 1), s;	/* B-X of t's label; I-X is b + 1 */
	int32_t own = e[b] > e[b + 1] ? e[b] : e[b + 1], alt = e[TAG_O];

	for (s = 1; s < TAG_NTAGS; s += 2)
		if (s != b) {
			if (e[s] > alt)
				alt = e[s];
			if (e[s + 1] > alt)
				alt = e[s + 1];
		}
	return own > alt ? (int)(own - alt) : 0;
}

size_t
tag_spans(const struct tag_unit *u, const uint8_t *tags, const int32_t *emit,
    size_t n, struct tag_span *out)
{
	size_t i = 0, ns = 0;

	while (i < n) {
		size_t a, b, j;
		int lab, open = 0, m = INT32_MAX;

		if (tags[i] == TAG_O) {
			i++;
			continue;
		}
		lab = (tags[i] - 1) / 2;
		a = i++;
		while (i < n && tags[i] == 2 * lab + 2)
			i++;
		b = i;
		while (a < b && (u[a].flags & TAG_U_PUNCT))
			a++;
		for (j = a; j < b; j++)
			if (u[j].len == 1 && u[j].s[0] == '(')
				open++;
			else if (u[j].len == 1 && u[j].s[0] == ')')
				open--;
		while (b > a && (u[b - 1].flags & TAG_U_PUNCT)) {
			if (u[b - 1].len == 1 && u[b - 1].s[0] == ')' &&
			    open == 0)
				break;
			if (u[b - 1].len == 1 && u[b - 1].s[0] == ')')
				open++;
			else if (u[b - 1].len == 1 && u[b - 1].s[0] == '(')
				open--;
			b--;
		}
		if (a == b)
			continue;
		if (emit != NULL)
			for (j = a; j < b; j++) {
				int mj = tf_margin(&emit[j * TAG_NTAGS],
				    tags[j]);

				if (mj < m)
					m = mj;
			}
		out[ns].first = (uint32_t)a;
		out[ns].end = (uint32_t)b;
		out[ns].label = lab;
		out[ns].margin = emit != NULL ? m : 0;
		ns++;
	}
	return ns;
}
