#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "entity.h"
#include "lex.h"
#include "lexicons.h"
#include "quote.h"
#include "utf8.h"
#include "util.h"

/*
 * The quote stage works on its own tokens (see quote.h for why): words,
 * punctuation and quotation marks, each knowing whether white space or a
 * paragraph break comes before it.
 */
enum qt_kind {
	QT_WORD,
	QT_PUNCT,
	QT_MARK		/* a double quotation mark */
};

/* Word classes from quo_words.tsv. */
enum qw_class {
	QW_NONE,
	QW_ROLE,
	QW_ORG,
	QW_FIELD,
	QW_CONN,
	QW_PRON,
	QW_PLUR,
	QW_DET,
	QW_ADV,
	QW_STOP,
	QW_GIVEN	/* a given name often left out: Muhammad, Sri */
};

/* How a quotation mark may be read; see quo_mark_side(). */
enum qm_side {
	QM_OPEN,
	QM_CLOSE,
	QM_AMBIG
};

/* Mark families: a mark only closes a quotation opened by its family. */
enum qm_family {
	QF_CURLY,	/* “ ” „ */
	QF_STRAIGHT,	/* " \" '' */
	QF_GUILLEMET	/* « » */
};

struct qtok {
	uint32_t	s, e;
	uint32_t	para;
	uint8_t		kind;		/* enum qt_kind */
	uint8_t		sp;		/* white space before */
	uint8_t		cap;		/* first letter upper case */
	uint8_t		allcaps;
	uint8_t		cls;		/* enum qw_class */
	uint8_t		title;		/* a title or office (titles.tsv) */
	uint8_t		place;		/* part of a place name */
	uint8_t		inq;		/* inside a direct quotation */
	uint8_t		family;		/* QT_MARK: enum qm_family */
	uint8_t		opener;		/* QT_MARK: “ „ « (always open) */
	uint8_t		closer;		/* QT_MARK: » (always closes) */
	uint8_t		endsent;	/* a sentence ends after this token */
	uint8_t		inind;		/* inside an indirect quotation */
	uint8_t		name;		/* name-like but for place; see
					   tk_namelike() */
	uint8_t		cpos;		/* enum cue_pos of cue */
	uint8_t		cind;		/* the cue reports speech */
	int16_t		cue;		/* index in lex_cues, or -1 */
};

enum spk_kind {
	SPK_NONE,
	SPK_NAME,
	SPK_PRON,	/* dia, ia, beliau, he, she */
	SPK_CLITIC,	/* ujarnya: the cue is the speaker mention */
	SPK_ROLE,	/* kata Bupati */
	SPK_ORG,
	SPK_OTHER,	/* seorang warga, mereka: no entity */
	SPK_ANAPH	/* "grup tersebut", "pria itu": the last speaker */
};

struct spk {
	int		kind;
	struct span	m;	/* the mention */
	struct span	role;	/* SPK_NAME: the role before the name, or 0-0 */
};

/* A quotation found, before its speaker is resolved. */
struct qcand {
	int		kind;		/* enum quo_kind */
	struct span	content;
	int		has_cue;
	struct span	cue;
	struct spk	spk;
	int		floating;	/* direct, no cue of its own */
	int		cont_next;	/* unclosed: the next one goes on */
	uint32_t	para;
};

/* A person name seen in the article, for expanding short names. */
struct qname {
	struct span	name;
	struct span	role;
	uint32_t	freq;	/* records with the same name (2+ words) */
	uint64_t	sig;	/* quo_words_sig() of name */
	uint32_t	words;	/* 1 + the blanks in name (quo_words_sig()) */
	int		inq;	/* inside a quotation's content; 2: a bare
				   run of capitals, too weak for pronouns */
};

struct qstate {
	const struct quoter *qr;
	struct article	*a;
	const char	*t;
	struct qtok	*tok;
	size_t		 ntok;
	uint32_t	*mark;		/* the QT_MARK tokens, in order */
	size_t		 nmark, capmark;
	uint32_t	*cues;		/* the words with a cue, in order */
	size_t		 ncue, capcue;
	uint32_t	*offices;	/* capitalised title or role words */
	size_t		 noffice, capoffice;
	uint32_t	*stops;		/* the tokens quo_sentences() visits */
	size_t		 nstop, capstop;
	uint32_t	*names;		/* the words with qtok.name */
	size_t		 nnames, capnames;
	size_t		 nname;		/* name-like words (tk_namelike()) */
	struct qcand	*c;
	size_t		 nc, capc;
	struct qname	*nm;
	size_t		 nnm, capnm;
	uint32_t	*solo;		/* set of one-word names (token + 1) */
	size_t		 solocap;	/* a power of two, or 0 */
	size_t		 nsolo;		/* names in solo */
	int		 in_quote;	/* reading a cue inside a quotation */
	size_t		 ent_budget;	/* entity mentions left to scan */
};

/* The cue's position column: post, pre, prep, pronoun, passive, en. */
enum cue_pos {
	CUE_NONE,
	CUE_POST,
	CUE_PRE,
	CUE_PASSIVE,
	CUE_PREP,
	CUE_PRONOUN,
	CUE_EN
};

/* Which lexicons a key of the table below comes from. */
enum {
	LX_WORD = 1,	/* quo_words, titles or cues: quo_classify() */
	LX_ABBREV = 2,	/* keeps its period: quo_abbrev() */
	LX_PLACE = 4	/* quo_places: quo_mark_places() */
};

/*
 * The lexicons a word is looked up in (quo_words, titles, cues, the
 * abbreviations and the place names), merged once into one hash table
 * keyed by the lower-case word, so that a word costs one probe.  The
 * tokenizer hashes a word while it reads it (quo_word()), so a lookup
 * never reads the word twice.
 */
struct quo_word {
	const char	*key;
	uint32_t	 len;
	uint32_t	 hash;		/* quo_key() of key */
	uint64_t	 x0;		/* its first 8 bytes, zero padded */
	uint8_t		 lx;		/* LX_* */
	uint8_t		 cls;		/* enum qw_class */
	uint8_t		 title;
	uint8_t		 cpos;		/* enum cue_pos of cue */
	uint8_t		 cind;		/* cue reports speech */
	int16_t		 cue;		/* index in lex_cues, or -1 */
};

/* Bits of quo_shape() over the keys of every lexicon: see quo_word(). */
#define QUO_SHAPE_BITS	65536

struct quoter {
	struct quo_word	*tab;
	size_t		 cap;		/* a power of two */
	uint64_t	 shape[QUO_SHAPE_BITS / 64];
};

/* Limits that keep every search bounded (linear time overall). */
#define QUO_PHRASE_MAX	16	/* tokens in a speaker phrase */
#define QUO_NAME_MAX	4	/* tokens in a name */
#define QUO_NAMES_SCAN	512	/* names compared when expanding a name */
#define QUO_FLOAT_BYTES	2500	/* floating quote: distance to the speaker */
#define QUO_FLOAT_PARAS	3
#define QUO_UNCLOSED_MAX 3000	/* longest quotation without a closing mark */
#define QUO_INLINE_MIN	8	/* words of an uncued quotation mid-sentence */
#define QUO_ENT_BUDGET	65536	/* entity mentions scanned per article */
#define QUO_KEY_MAX	64	/* longest word looked up in the lexicons */

/* FNV-1a, one byte at a time, so that it can run along a scan. */
#define QUO_HASH0	2166136261u
#define QUO_HASH_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 16777619u)

static uint32_t
quo_hash(const char *s, size_t n)
{
	uint32_t h = QUO_HASH0;

	while (n-- > 0)
		h = QUO_HASH_STEP(h, *s++);
	return h;
}

/* Byte classes, independent of the locale. */
enum {
	QB_ALNUM = 1,	/* ASCII letter or digit */
	QB_UPPER = 2,	/* A-Z; QB_UPPER << 4 is the case bit 0x20 */
	QB_LOWER = 4	/* a-z */
};

#define QB_U	(QB_ALNUM | QB_UPPER)
#define QB_L	(QB_ALNUM | QB_LOWER)
static const uint8_t quo_byte[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = QB_U, ['B'] = QB_U, ['C'] = QB_U, ['D'] = QB_U, ['E'] = QB_U,
	['F'] = QB_U, ['G'] = QB_U, ['H'] = QB_U, ['I'] = QB_U, ['J'] = QB_U,
	['K'] = QB_U, ['L'] = QB_U, ['M'] = QB_U, ['N'] = QB_U, ['O'] = QB_U,
	['P'] = QB_U, ['Q'] = QB_U, ['R'] = QB_U, ['S'] = QB_U, ['T'] = QB_U,
	['U'] = QB_U, ['V'] = QB_U, ['W'] = QB_U, ['X'] = QB_U, ['Y'] = QB_U,
	['Z'] = QB_U,
	['a'] = QB_L, ['b'] = QB_L, ['c'] = QB_L, ['d'] = QB_L, ['e'] = QB_L,
	['f'] = QB_L, ['g'] = QB_L, ['h'] = QB_L, ['i'] = QB_L, ['j'] = QB_L,
	['k'] = QB_L, ['l'] = QB_L, ['m'] = QB_L, ['n'] = QB_L, ['o'] = QB_L,
	['p'] = QB_L, ['q'] = QB_L, ['r'] = QB_L, ['s'] = QB_L, ['t'] = QB_L,
	['u'] = QB_L, ['v'] = QB_L, ['w'] = QB_L, ['x'] = QB_L, ['y'] = QB_L,
	['z'] = QB_L
};
#undef QB_U
#undef QB_L

/* ASCII lower case of one byte; other bytes unchanged. */
static inline unsigned char
quo_lc(unsigned char c)
{
	return (unsigned char)(c | (quo_byte[c] & QB_UPPER) << 4);
}

#define QUO_ONES	0x0101010101010101ull
#define QUO_HIGH	0x8080808080808080ull

/* The high bit of each byte of x that lies in [lo, hi] (ASCII only). */
static inline uint64_t
quo_swar_range(uint64_t x, unsigned char lo, unsigned char hi)
{
	uint64_t x7 = x & ~QUO_HIGH;

	/* x7 + (0x80 - lo) reaches 0x80 when x7 >= lo, without carrying
	   into the next byte (0x7f + 0x7f < 0x100) */
	return (x7 + QUO_ONES * (0x80 - lo)) & ~(x7 + QUO_ONES * (0x7f - hi)) &
	    ~x & QUO_HIGH;
}

/*
 * Eight bytes from s, of which the first n (at most 8) are wanted and the
 * rest zero; avail bytes from s may be read.  Inside the text one load
 * and a mask do it; near its end (and for keys) a copy of n bytes.
 */
static inline uint64_t
quo_load(const char *s, size_t n, size_t avail)
{
	uint64_t x = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 8) {
		memcpy(&x, s, 8);
		return n < 8 ? x & (((uint64_t)1 << (8 * n)) - 1) : x;
	}
#endif
	(void)avail;
	memcpy(&x, s, n < 8 ? n : 8);
	return x;
}

/* How a word is looked up: see quo_key(). */
struct quo_key {
	uint32_t	hash;
	uint64_t	x0;	/* the first 8 bytes, folded, zero padded */
};

/*
 * The lexicon key of [s, s + n) (avail bytes readable from s): the hash
 * of the bytes folded to ASCII lower case, eight bytes at a time instead
 * of a loop over each byte; the fold by masks is exactly quo_lc() on
 * each byte.  With allcaps not NULL, *allcaps says whether two ASCII
 * letters or more occur and none is lower case.  Keys and words go
 * through this one function (quo_key() below is its inlined fast path),
 * so a key is found by every word that folds to it.
 */
static struct quo_key
quo_key_long(const char *s, size_t n, size_t avail, int *allcaps)
{
	struct quo_key k;
	uint64_t h = (uint64_t)n * 0x9e3779b97f4a7c15ull, x, up, low = 0;
	int seen = 0, two = 0, first = 1;

	k.x0 = 0;
	for (;;) {
		x = quo_load(s, n < 8 ? n : 8, avail);
		up = quo_swar_range(x, 'A', 'Z');
		low |= quo_swar_range(x, 'a', 'z');
		if (up != 0) {
			two |= seen || (up & (up - 1)) != 0;
			seen = 1;
		}
		x |= up >> 2;
		if (first)
			k.x0 = x;
		first = 0;
		h = (h ^ x) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
		if (n <= 8)
			break;
		s += 8;
		n -= 8;
		avail -= 8;
	}
	if (allcaps != NULL)
		*allcaps = two && low == 0;
	k.hash = (uint32_t)h;
	return k;
}

/*
 * Fast path, inlined where words are read: a word of eight bytes or
 * less, one load away; quo_key_long() gives the same key.
 */
static inline struct quo_key
quo_key(const char *s, size_t n, size_t avail, int *allcaps)
{
	struct quo_key k;
	uint64_t h, x, up, low;

	if (!(n <= 8 && avail >= 8))
		return quo_key_long(s, n, avail, allcaps);
	x = quo_load(s, n, avail);
	up = quo_swar_range(x, 'A', 'Z');
	low = quo_swar_range(x, 'a', 'z');
	k.x0 = x | up >> 2;
	h = ((uint64_t)n * 0x9e3779b97f4a7c15ull ^ k.x0) *
	    0xff51afd7ed558ccdull;
	k.hash = (uint32_t)(h ^ h >> 32);
	if (allcaps != NULL)
		*allcaps = (up & (up - 1)) != 0 && low == 0;
	return k;
}

/*
 * A cheap stand-in for the key of [s, s + n) (avail bytes
 * readable from s): a hash of its length and of its first and last
 * eight bytes with the case bit 0x20 set in each.  Bytes that quo_lc()
 * folds alike (a byte and its ASCII capital) agree in every other bit,
 * so a word and every key it could match have the same shape.
 */
static inline uint32_t
quo_shape(const char *s, size_t n, size_t avail)
{
	uint64_t x, y = 0;

	x = quo_load(s, n < 8 ? n : 8, avail) | QUO_ONES * 0x20;
	if (n > 8)
		y = quo_load(s + n - 8, 8, avail - (n - 8)) | QUO_ONES * 0x20;
	x = (x * 0x9e3779b97f4a7c15ull + y + n) * 0xff51afd7ed558ccdull;
	return (uint32_t)(x >> 48);
}

static struct quo_word *
quo_word_add(struct quoter *q, const char *key, size_t n, int lx)
{
	struct quo_key qk = quo_key(key, n, n, NULL);
	size_t h = qk.hash & (q->cap - 1);
	struct quo_word *w;
	uint32_t sh;

	while (q->tab[h].key != NULL && !(q->tab[h].len == n &&
	    memcmp(q->tab[h].key, key, n) == 0))
		h = (h + 1) & (q->cap - 1);
	w = &q->tab[h];
	sh = quo_shape(key, n, n);
	q->shape[sh / 64] |= (uint64_t)1 << (sh % 64);
	if (w->key == NULL) {
		w->key = key;
		w->len = (uint32_t)n;
		w->hash = qk.hash;
		/* the key's own bytes: only a word folding to them hits */
		w->x0 = quo_load(key, n < 8 ? n : 8, n);
		w->cue = -1;
	}
	w->lx |= (uint8_t)lx;
	return w;
}

/*
 * The entry of the lexicons lx whose key is s folded to ASCII lower case
 * (k: quo_key(s, n)), or NULL.  This matches exactly the keys the old
 * lookups (fold, then compare bytes) matched: the fold is the same and
 * every byte of the key is compared, the first eight at once.
 */
static inline const struct quo_word *
quo_word_find(const struct quoter *q, struct quo_key k, const char *s,
    size_t n, int lx)
{
	size_t h = k.hash & (q->cap - 1), i;
	const struct quo_word *w;

	for (; (w = &q->tab[h])->key != NULL; h = (h + 1) & (q->cap - 1)) {
		if (w->hash != k.hash || w->len != n || w->x0 != k.x0)
			continue;
		for (i = 8; i < n; i++)
			if ((unsigned char)w->key[i] !=
			    quo_lc((unsigned char)s[i]))
				break;
		if (i >= n)
			return (w->lx & lx) ? w : NULL;
	}
	return NULL;
}

static int
cue_pos_col(size_t i)
{
	const char *col;
	long len;

	if ((len = lex_col(&lex_cues, (long)i, 1, &col)) <= 0)
		return CUE_NONE;
	if (len > 4 && memcmp(col, "post", 4) == 0)
		return CUE_POST;
	if (len > 4 && memcmp(col, "pre_", 4) == 0)
		return CUE_PRE;
	if (memcmp(col, "passive", 7) == 0)
		return CUE_PASSIVE;
	if (memcmp(col, "prep", 4) == 0)
		return CUE_PREP;
	if (memcmp(col, "pronoun", 7) == 0)
		return CUE_PRONOUN;
	if (len == 2 && memcmp(col, "en", 2) == 0)
		return CUE_EN;
	return CUE_NONE;
}

struct quoter *
quo_new(void)
{
	static const char *const cls[] = { "", "role", "org", "field",
	    "conn", "pron", "plur", "det", "adv", "stop", "given" };
	/* Abbreviations whose period belongs to the word (Plt., Dr., Sen.). */
	static const char *const ab[] = { "jl", "jln", "no", "dkk", "dll",
	    "dsb", "tbk", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st",
	    "jr", "sr", "lt", "sgt", "col", "gen", "capt", "prof", "rev",
	    "u.s", "vs", "inc", "corp", "co", "ltd", "kec", "kab", "prov",
	    "kel", "ds", "bpk", "sdr", "ir", "drs", "hj", "h", "plt", "plh",
	    "pj", "pjs", "kh", "ust", "nn", "ny", "tn", "mgr", "pdt", "no" };
	struct quoter *q = xcalloc(1, sizeof(struct quoter));
	size_t i, c, n = lex_quo_words.n + lex_titles.n + lex_cues.n +
	    UTIL_ARRAY_LEN(ab) + lex_quo_places.n;
	const char *col;
	long len;

	q->cap = 64;
	while (q->cap < 4 * n)
		q->cap *= 2;
	q->tab = xcalloc(q->cap, sizeof(*q->tab));
	for (i = 0; i < lex_quo_words.n; i++) {
		struct quo_word *w = quo_word_add(q, lex_quo_words.e[i].key,
		    lex_quo_words.e[i].len, LX_WORD);

		if ((len = lex_col(&lex_quo_words, (long)i, 0, &col)) <= 0 ||
		    w->cls != 0)
			continue;
		for (c = 1; c < UTIL_ARRAY_LEN(cls); c++)
			if ((size_t)len == strlen(cls[c]) &&
			    memcmp(col, cls[c], (size_t)len) == 0)
				w->cls = (uint8_t)c;
	}
	for (i = 0; i < lex_titles.n; i++) {
		const struct lex_entry *e = &lex_titles.e[i];
		struct quo_word *w = quo_word_add(q, e->key, e->len, LX_WORD);

		if ((len = lex_col(&lex_titles, (long)i, 2, &col)) > 0 &&
		    (memcmp(col, "position", 8) == 0 ||
		    memcmp(col, "org_position", 12) == 0 ||
		    memcmp(col, "acting", 6) == 0 ||
		    (memcmp(col, "honorific", 9) == 0 && e->len > 0 &&
		    e->key[e->len - 1] == '.')))
			w->title = 1;
	}
	for (i = 0; i < lex_cues.n; i++) {
		struct quo_word *w = quo_word_add(q, lex_cues.e[i].key,
		    lex_cues.e[i].len, LX_WORD);

		if (w->cue < 0) {
			w->cue = (int16_t)i;
			w->cpos = (uint8_t)cue_pos_col(i);
			/* the cue reports speech: an indirect quotation */
			w->cind = lex_col(&lex_cues, (long)i, 6, &col) > 0 &&
			    col[0] == '1';
		}
	}
	for (i = 0; i < UTIL_ARRAY_LEN(ab); i++)
		(void)quo_word_add(q, ab[i], strlen(ab[i]), LX_ABBREV);
	for (i = 0; i < lex_quo_places.n; i++)
		(void)quo_word_add(q, lex_quo_places.e[i].key,
		    lex_quo_places.e[i].len, LX_PLACE);
	return q;
}

void
quo_free(struct quoter *q)
{
	if (q == NULL)
		return;
	free(q->tab);
	free(q);
}

/* Character classes, independent of the locale. */

static inline int32_t
quo_cp(const char *t, size_t i, size_t n, int *len)
{
	int32_t cp;

	/* Fast path: most of the text is ASCII; skip the decoder call. */
	if ((unsigned char)t[i] < 0x80) {
		*len = 1;
		return (unsigned char)t[i];
	}
	*len = utf8_decode((const unsigned char *)t + i, n - i, &cp);
	return cp;
}

static inline int
quo_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xa0 || cp == 0x2009 || cp == 0x202f || cp == 0x200b;
}

static inline int
quo_letter(int32_t cp)
{
	if (cp < 0x80)	/* -1: an invalid byte (utf8_decode()) */
		return cp >= 0 && (quo_byte[cp] & QB_ALNUM) != 0;
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7)
		return 0;
	/* General Punctuation, arrows, symbols, CJK punctuation */
	if ((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || cp == 0xfeff || cp == 0xfffd)
		return 0;
	return 1;
}

static inline int
quo_upper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 0 && (quo_byte[cp] & QB_UPPER) != 0;
	return cp >= 0xc0 && cp <= 0xde && cp != 0xd7;
}

/*
 * The word [s, s + n) keeps a period after it (Plt., Dr., Sen.): an
 * initial, or an abbreviation (hash: quo_key(s, n)).
 */
static int
quo_abbrev(const struct quoter *qr, const char *s, size_t n,
    struct quo_key hash)
{
	if (n == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return 1;	/* an initial */
	if (n > 4)
		return 0;	/* fast path: no abbreviation is longer */
	return quo_word_find(qr, hash, s, n, LX_ABBREV) != NULL;
}

/*
 * Look the word k up in the lexicons: its class, title and cue.  hash is
 * quo_key() of the word, hdot that of the word without its final period
 * (when it has one).
 */
static inline void
quo_classify(const struct qstate *st, struct qtok *k, struct quo_key hash,
    struct quo_key hdot)
{
	const struct quoter *qr = st->qr;
	size_t n = k->e - k->s;
	const char *s = st->t + k->s;
	const struct quo_word *w, *w2 = NULL;

	if (n >= QUO_KEY_MAX)
		return;
	w = quo_word_find(qr, hash, s, n, LX_WORD);
	/* a word ends in a period only when quo_word() kept an
	   abbreviation's: "Sen." "Rep." */
	if (n > 1 && s[n - 1] == '.')
		w2 = quo_word_find(qr, hdot, s, n - 1, LX_WORD);
	if (w != NULL && w->cls != 0)
		k->cls = w->cls;
	else if (w2 != NULL)
		k->cls = w2->cls;
	if (w != NULL) {
		k->title = w->title;
		k->cue = w->cue;
		k->cpos = w->cpos;
		k->cind = w->cind;
	}
	/* "Wamenkeu", "Wakapolda": the deputy of an office we know */
	if (w == NULL && n >= 7 && quo_lc((unsigned char)s[0]) == 'w' &&
	    quo_lc((unsigned char)s[1]) == 'a' &&
	    (w2 = quo_word_find(qr, quo_key(s + 2, n - 2, n - 2, NULL), s + 2,
	    n - 2, LX_WORD)) != NULL && (w2->title || w2->cls == QW_ROLE))
		k->cls = QW_ROLE;
	/* "Said Aqil Siroj": in Indonesian an English verb is a name */
	if (st->a->lang != ART_LANG_EN && k->cap && k->cue >= 0 &&
	    k->cpos == CUE_EN) {
		k->cue = -1;
		k->cpos = CUE_NONE;
		k->cind = 0;
	}
}

/* Is no byte of [s, s + n) an ASCII capital? */
static inline int
quo_no_upper(const char *s, size_t n)
{
	while (n > 0 && !(quo_byte[(unsigned char)*s] & QB_UPPER)) {
		s++;
		n--;
	}
	return n == 0;
}

/*
 * Read the word that starts at byte i (first code point cp, len bytes
 * long) into k: letters and digits, with inner hyphens, apostrophes and
 * number separators; an abbreviation keeps its period.  Returns its end.
 */
static size_t
quo_word(struct qstate *st, struct qtok *k, size_t i, int32_t cp, int len)
{
	const char *t = st->t;
	size_t n = st->a->len, j = i + (size_t)len;
	struct quo_key h, hdot;
	int allcaps, l2;

	k->kind = QT_WORD;
	k->cap = (uint8_t)quo_upper(cp);
	while (j < n) {
		int32_t c2;
		int l3;
		int32_t c3;

		/* Fast path: a run of ASCII letters and digits, four bytes
		   a step with no bound check: the text ends in a NUL
		   (article.h), and a byte is read only when the one before
		   it is no NUL */
		for (;;) {
			if (!(quo_byte[(unsigned char)t[j]] & QB_ALNUM))
				break;
			if (!(quo_byte[(unsigned char)t[j + 1]] & QB_ALNUM)) {
				j++;
				break;
			}
			if (!(quo_byte[(unsigned char)t[j + 2]] & QB_ALNUM)) {
				j += 2;
				break;
			}
			if (!(quo_byte[(unsigned char)t[j + 3]] & QB_ALNUM)) {
				j += 3;
				break;
			}
			j += 4;
		}
		/* Fast path: a blank ends most words */
		if (j == n || t[j] == ' ')
			break;
		c2 = quo_cp(t, j, n, &l2);
		if (quo_letter(c2)) {
			j += (size_t)l2;
			continue;
		}
		/* inner - ' ’ . , joined to a letter/digit */
		if (!((c2 == '-' || c2 == '\'' || c2 == 0x2019 ||
		    ((c2 == '.' || c2 == ',') &&
		    t[j - 1] >= '0' && t[j - 1] <= '9')) &&
		    j + (size_t)l2 < n))
			break;
		c3 = quo_cp(t, j + (size_t)l2, n, &l3);
		if (!(quo_letter(c3) && (c2 != '.' && c2 != ',' ? 1 :
		    (c3 >= '0' && c3 <= '9'))))
			break;
		j += (size_t)l2;
	}
	k->e = (uint32_t)j;
	/*
	 * Fast path: a word whose shape no key has is in no lexicon
	 * (quo_shape() never parts what quo_key() folds together), so each
	 * lookup below would miss: no class, title, cue or abbreviation's
	 * period (an initial is one byte, never taken here).  A word that
	 * starts with an ASCII letter followed by a lower-case one, or in
	 * lower case, is not all capitals; nor is a word with no ASCII
	 * capital, tested only for a word that starts with a digit (a
	 * number, "2024").  "Wa..." words go the long way for the deputy
	 * test in quo_classify().
	 */
	if ((quo_byte[(unsigned char)t[i]] & QB_LOWER ||
	    (k->cap && j - i >= 2 && quo_byte[(unsigned char)t[i + 1]] &
	    QB_LOWER) || (quo_byte[(unsigned char)t[i]] == QB_ALNUM &&
	    quo_no_upper(t + i, j - i))) &&
	    !(quo_lc((unsigned char)t[i]) == 'w' &&
	    j - i >= 7 && quo_lc((unsigned char)t[i + 1]) == 'a')) {
		uint32_t sh = quo_shape(t + i, j - i, n - i);

		if (!(st->qr->shape[sh / 64] >> (sh % 64) & 1)) {
			k->name = k->cap;
			return j;
		}
	}
	hdot = h = quo_key(t + i, j - i, n - i, &allcaps);
	if (j < n && t[j] == '.' && quo_abbrev(st->qr, t + i, j - i, h)) {
		j++;
		h = quo_key(t + i, j - i, n - i, NULL);
	}
	k->e = (uint32_t)j;
	k->allcaps = (uint8_t)allcaps;
	quo_classify(st, k, h, hdot);
	k->name = k->cap && !k->allcaps && (k->cls == QW_NONE ||
	    k->cls == QW_GIVEN) && !k->title && k->cue < 0;
	return j;
}

/* The list *v is full: double its room *cap. */
static void
quo_list_grow(struct qstate *st, uint32_t **v, size_t *cap)
{
	size_t ncap = *cap ? *cap * 2 : 32;

	*v = arena_grow(st->a->arena, *v, *cap * sizeof(**v),
	    ncap * sizeof(**v));
	*cap = ncap;
}

/*
 * Append token i to the list *v (*n entries, room for *cap).  Inline:
 * the tokenizer appends for most tokens, and rarely grows.
 */
static inline void
quo_list_add(struct qstate *st, uint32_t **v, size_t *n, size_t *cap,
    size_t i)
{
	if (*n == *cap)
		quo_list_grow(st, v, cap);
	(*v)[(*n)++] = (uint32_t)i;
}

/*
 * Tokenize the whole text: words (see quo_word()), quotation marks and
 * other punctuation, one code point each.
 */
static void
quo_tokenize(struct qstate *st)
{
	const char *t = st->t;
	size_t n = st->a->len, i = 0, cap;
	uint32_t para = 0;
	int sp = 1, brk = 0;

	/* A guess that is rarely short (news text: 6 bytes a token). */
	cap = n / 4 + 64;
	st->tok = arena_alloc(st->a->arena, cap * sizeof(*st->tok));
	while (i < n) {
		struct qtok *k;
		int len = 1;
		int32_t cp = (unsigned char)t[i];

		/* Fast path: a blank between words, the commonest byte. */
		if (cp == ' ') {
			sp = 1;
			i++;
			continue;
		}
		if (cp >= 0x80)
			cp = quo_cp(t, i, n, &len);
		if (quo_space(cp)) {
			if (cp == '\n') {
				para++;
				brk = 1;
			}
			sp = 1;
			i += (size_t)len;
			continue;
		}
		if (st->ntok == cap) {
			size_t ncap = cap * 2;

			st->tok = arena_grow(st->a->arena, st->tok,
			    cap * sizeof(*st->tok), ncap * sizeof(*st->tok));
			cap = ncap;
		}
		/* the last token of a paragraph, for quo_sentences()
		   (brk: a paragraph started since the last token) */
		if (brk && st->ntok > 0 &&
		    (st->nstop == 0 || st->stops[st->nstop - 1] !=
		    st->ntok - 1))
			quo_list_add(st, &st->stops, &st->nstop,
			    &st->capstop, st->ntok - 1);
		brk = 0;
		k = &st->tok[st->ntok++];
		memset(k, 0, sizeof(*k));
		k->s = (uint32_t)i;
		k->sp = (uint8_t)sp;
		k->para = para;
		k->cue = -1;
		sp = 0;
		if (quo_letter(cp)) {
			i = quo_word(st, k, i, cp, len);
			/* Fast path: the blank that ends most words (t[n]
			   is the text's final NUL, article.h) */
			if (t[i] == ' ') {
				sp = 1;
				i++;
			}
			/* for quo_solo_build(): no place is marked yet */
			st->nname += k->name;
			if (k->name)
				quo_list_add(st, &st->names, &st->nnames,
				    &st->capnames, st->ntok - 1);
			if (k->cue >= 0) {
				quo_list_add(st, &st->cues, &st->ncue,
				    &st->capcue, st->ntok - 1);
				quo_list_add(st, &st->stops, &st->nstop,
				    &st->capstop, st->ntok - 1);
			}
			/* for quo_collect_names() */
			if (k->cap && (k->title || k->cls == QW_ROLE))
				quo_list_add(st, &st->offices, &st->noffice,
				    &st->capoffice, st->ntok - 1);
			continue;
		}
		quo_list_add(st, &st->stops, &st->nstop, &st->capstop,
		    st->ntok - 1);
		k->kind = QT_PUNCT;
		k->e = (uint32_t)(i + (size_t)len);
		switch (cp) {
		case 0x201c:	/* “ */
		case 0x201e:	/* „ */
			k->kind = QT_MARK;
			k->family = QF_CURLY;
			k->opener = 1;
			break;
		case 0x201d:	/* ” */
			k->kind = QT_MARK;
			k->family = QF_CURLY;
			break;
		case 0xab:	/* « */
			k->kind = QT_MARK;
			k->family = QF_GUILLEMET;
			k->opener = 1;
			break;
		case 0xbb:	/* » */
			k->kind = QT_MARK;
			k->family = QF_GUILLEMET;
			k->closer = 1;
			break;
		case '"':
			k->kind = QT_MARK;
			k->family = QF_STRAIGHT;
			break;
		case '\\':
			if (i + 1 < n && t[i + 1] == '"') {
				k->kind = QT_MARK;
				k->family = QF_STRAIGHT;
				k->e++;
			}
			break;
		case '\'':
			if (i + 1 < n && t[i + 1] == '\'') {
				k->kind = QT_MARK;
				k->family = QF_STRAIGHT;
				k->e++;
			}
			break;
		}
		if (k->kind == QT_MARK) {
			if (st->nmark == st->capmark) {
				size_t ncap = st->capmark ? st->capmark * 2 : 32;

				st->mark = arena_grow(st->a->arena, st->mark,
				    st->capmark * sizeof(*st->mark),
				    ncap * sizeof(*st->mark));
				st->capmark = ncap;
			}
			st->mark[st->nmark++] = (uint32_t)st->ntok - 1;
		}
		i = k->e;
	}
	if (st->ntok > 0 && (st->nstop == 0 ||
	    st->stops[st->nstop - 1] != st->ntok - 1))
		quo_list_add(st, &st->stops, &st->nstop, &st->capstop,
		    st->ntok - 1);
}

/* Token helpers. */

static int
tk_is(const struct qstate *st, size_t i, const char *s)
{
	const struct qtok *k = &st->tok[i];
	size_t n = strlen(s);

	return k->e - k->s == n && memcmp(st->t + k->s, s, n) == 0;
}

/* Token i is one of the n words w[] (a linear scan: the lists are short). */
static int
tk_among(const struct qstate *st, size_t i, const char *const *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (tk_is(st, i, w[k]))
			return 1;
	return 0;
}

static int
tk_punct(const struct qstate *st, size_t i, char c)
{
	return i < st->ntok && st->tok[i].kind == QT_PUNCT &&
	    st->tok[i].e - st->tok[i].s == 1 && st->t[st->tok[i].s] == c;
}

/* Same paragraph, and no space-less glue problems. */
static int
tk_same_para(const struct qstate *st, size_t i, size_t j)
{
	return i < st->ntok && j < st->ntok &&
	    st->tok[i].para == st->tok[j].para;
}

/* A cue written in lower case (cues are verbs, names are capitalised). */
static int
tk_cue(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];

	if (k->kind != QT_WORD || k->cue < 0)
		return CUE_NONE;
	if (k->cap && k->cpos != CUE_PREP)
		return CUE_NONE;
	return k->cpos;
}

static int
tk_clitic(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];

	return k->e - k->s > 4 && memcmp(st->t + k->e - 3, "nya", 3) == 0;
}

/*
 * Could this token be part of a person's name?  A capitalised word, not
 * all capitals, of no word class but a given name, not an office, a cue
 * or a place: quo_word() sets k->name from the fixed ones.
 */
static inline int
tk_namelike(const struct qtok *k)
{
	return k->name && !k->place;
}

/*
 * A middle initial: one capital letter, maybe with a period, between two
 * name words ("Leonard E. Burman", "Dedie A Rachim").
 */
static int
tk_initial(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];
	size_t n = k->e - k->s;

	if (k->kind != QT_WORD || i == 0 || i + 1 >= st->ntok || !k->sp ||
	    !st->tok[i + 1].sp || st->tok[i - 1].para != k->para ||
	    st->tok[i + 1].para != k->para)
		return 0;
	if (n == 2 && st->t[k->e - 1] == '.')
		n--;
	if (n != 1 || !(st->t[k->s] >= 'A' && st->t[k->s] <= 'Z'))
		return 0;
	return tk_namelike(&st->tok[i - 1]) && tk_namelike(&st->tok[i + 1]);
}

/* Could this token be part of a speaker phrase (role, affiliation, name)? */
static int
tk_phraselike(const struct qtok *k)
{
	if (k->kind != QT_WORD)
		return 0;
	if (k->cls == QW_STOP || k->cls == QW_ADV || k->cls == QW_PLUR ||
	    k->cls == QW_DET)
		return 0;
	if (k->cap || k->title)
		return 1;
	return k->cls == QW_ROLE || k->cls == QW_FIELD || k->cls == QW_ORG ||
	    k->cls == QW_CONN;
}

/* The words [s, s + n) are a place name (as lex_find_fold() would say). */
static int
quo_place(const struct quoter *qr, const char *s, size_t n)
{
	uint32_t sh;

	if (n > QUO_KEY_MAX)
		return 0;
	/* Fast path: a shape no key has is no key (see quo_word()). */
	sh = quo_shape(s, n, n);
	if (!(qr->shape[sh / 64] >> (sh % 64) & 1))
		return 0;
	return quo_word_find(qr, quo_key(s, n, n, NULL), s, n,
	    LX_PLACE) != NULL;
}

/*
 * Mark the tokens of known place names in [i, j) (longest match of up to
 * three words), so that "Kabupaten Lampung Timur Maryono" is read as an
 * affiliation and then the name Maryono.
 */
static void
quo_mark_places(struct qstate *st, size_t i, size_t j)
{
	size_t p, w;

	for (p = i; p < j; p++) {
		if (st->tok[p].kind != QT_WORD || !st->tok[p].cap)
			continue;
		for (w = 3; w >= 1; w--) {
			size_t q, last = p + w - 1;
			int ok = last < j;

			for (q = p + 1; ok && q <= last; q++)
				ok = st->tok[q].kind == QT_WORD &&
				    st->tok[q].sp && st->tok[q].cap;
			if (ok && quo_place(st->qr, st->t + st->tok[p].s,
			    st->tok[last].e - st->tok[p].s)) {
				for (q = p; q <= last; q++)
					st->tok[q].place = 1;
				p = last;
				break;
			}
		}
	}
}

/*
 * The hash of token i's text for the set of one-word names: equal words
 * hash alike.  Computed when asked, as few tokens are ever asked.
 */
static uint32_t
tk_hash(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];

	return quo_key(st->t + k->s, k->e - k->s, st->a->len - k->s,
	    NULL).hash;
}

static int
tk_eq(const struct qstate *st, size_t i, size_t j)
{
	const struct qtok *a = &st->tok[i], *b = &st->tok[j];

	return a->e - a->s == b->e - b->s &&
	    memcmp(st->t + a->s, st->t + b->s, a->e - a->s) == 0;
}

/* Add token i to the one-word names when it stands alone. */
static void
quo_solo_add(struct qstate *st, size_t i)
{
	size_t h;

	if (!tk_namelike(&st->tok[i]) || (i > 0 &&
	    tk_namelike(&st->tok[i - 1]) && st->tok[i].sp &&
	    st->tok[i - 1].para == st->tok[i].para) ||
	    (i + 1 < st->ntok && tk_namelike(&st->tok[i + 1]) &&
	    st->tok[i + 1].sp &&
	    st->tok[i + 1].para == st->tok[i].para))
		return;
	h = tk_hash(st, i) & (st->solocap - 1);
	while (st->solo[h] != 0 && !tk_eq(st, st->solo[h] - 1, i))
		h = (h + 1) & (st->solocap - 1);
	st->nsolo += st->solo[h] == 0;
	st->solo[h] = (uint32_t)i + 1;
}

/*
 * Words the article uses alone as a speaker's name ("kata Ariston",
 * "Zaiful menambahkan"): they show where a name starts inside a longer run of
 * capitalised words ("PT Doo Financial Futures Ariston Tjendra").
 *
 * Runs right after quo_tokenize(), which counted the name-like words and
 * listed the cues.  Fast path: a name counts only next to a cue, so only
 * the neighbours of the cues are visited, not every token; the set is
 * the same in any order (quo_is_solo() compares texts).
 */
static void
quo_solo_build(struct qstate *st)
{
	size_t x;

	st->solocap = 16;
	while (st->solocap < 2 * st->nname)
		st->solocap *= 2;
	st->solo = arena_zalloc(st->a->arena, st->solocap * sizeof(*st->solo));
	for (x = 0; x < st->ncue; x++) {
		size_t c = st->cues[x];

		/* next to a cue: a speaker, not an office or a place alone */
		if (c > 0)
			quo_solo_add(st, c - 1);
		if (c + 1 < st->ntok)
			quo_solo_add(st, c + 1);
		/* "Zaiful pun menambahkan" */
		if (c > 1 && st->tok[c - 1].cls == QW_ADV)
			quo_solo_add(st, c - 2);
	}
}

static int
quo_is_solo(const struct qstate *st, size_t i)
{
	size_t h;

	/* Fast path: no token is in an empty set, whatever its hash. */
	if (st->nsolo == 0)
		return 0;
	h = tk_hash(st, i) & (st->solocap - 1);
	while (st->solo[h] != 0) {
		if (tk_eq(st, st->solo[h] - 1, i))
			return 1;
		h = (h + 1) & (st->solocap - 1);
	}
	return 0;
}

/*
 * Where the name in the run of name-like tokens [k, j) starts: at the
 * first word the article also uses alone, keeping two words; with no such
 * word, the last three.  A shorter name is safer than a role glued to it.
 */
static size_t
quo_trim_name(const struct qstate *st, size_t k, size_t j)
{
	size_t x;

	if (j - k < 2)
		return k;
	for (x = k; x < j; x++)
		if (quo_is_solo(st, x))
			break;
	if (x == j)
		return j - k > 3 ? j - 3 : k;
	if (x + 2 > j)
		x = j - 2;
	if (x > k && st->tok[x - 1].cls == QW_GIVEN)
		x--;
	return x < k ? k : x;
}

/*
 * Read the speaker phrase tokens [i, j): the name is the longest run of
 * name-like tokens at its end, the rest (trimmed) its role.
 */
static void
quo_phrase(struct qstate *st, size_t i, size_t j, struct spk *out)
{
	size_t k, nname = 0, floor = 0, p;
	int has_org = 0, has_role = 0;

	memset(out, 0, sizeof(*out));
	while (i < j && (st->tok[i].cls == QW_CONN ||
	    st->tok[i].kind != QT_WORD))
		i++;
	while (j > i && (st->tok[j - 1].cls == QW_CONN ||
	    (st->tok[j - 1].kind != QT_WORD && !tk_punct(st, j - 1, ')'))))
		j--;
	if (i >= j)
		return;
	floor = i;
	if (j - i == 1 && st->tok[i].cls == QW_PRON) {
		out->kind = SPK_PRON;
		out->m = (struct span){ st->tok[i].s, st->tok[i].e };
		return;
	}
	if (st->tok[i].cls == QW_PLUR || st->tok[i].cls == QW_DET) {
		out->kind = SPK_OTHER;
		out->m = (struct span){ st->tok[i].s, st->tok[j - 1].e };
		return;
	}
	quo_mark_places(st, i, j);
	/*
	 * The name cannot start before floor: one proper word after an
	 * organisation's head word is the organisation's name ("PT Pertamina
	 * Nicke Widyawati", "Partai Golkar Airlangga").
	 */
	for (p = i; p < j; p++) {
		const struct qtok *q = &st->tok[p];

		if (q->cls == QW_ORG || q->allcaps)
			has_org = 1;
		if (q->cls == QW_ROLE || q->title)
			has_role = 1;
		if (q->cls == QW_ORG && (!q->allcaps || q->e - q->s <= 2)) {
			floor = p + 1;
			if (p + 1 < j && tk_namelike(&st->tok[p + 1]))
				floor = p + 2;
		}
	}
	k = j;
	while (k > floor && nname < QUO_NAME_MAX &&
	    (tk_namelike(&st->tok[k - 1]) || tk_initial(st, k - 1))) {
		k--;
		nname++;
	}
	if (nname > 0) {
		k = quo_trim_name(st, k, j);
		out->kind = SPK_NAME;
		out->m = (struct span){ st->tok[k].s, st->tok[j - 1].e };
		if (k > i) {
			size_t r = k;

			while (r > i && (st->tok[r - 1].cls == QW_CONN ||
			    tk_punct(st, r - 1, ',')))
				r--;
			if (r > i)
				out->role = (struct span){ st->tok[i].s,
				    st->tok[r - 1].e };
		}
		return;
	}
	out->m = (struct span){ st->tok[i].s, st->tok[j - 1].e };
	if (has_role && !(st->tok[i].cls == QW_ORG || st->tok[i].allcaps))
		out->kind = SPK_ROLE;
	else if (has_org || st->tok[i].cap)
		out->kind = SPK_ORG;
	else
		out->kind = SPK_OTHER;
}

/*
 * The speaker phrase that starts at token i (after a cue): tokens while
 * they can belong to a role, an affiliation or a name, within the
 * paragraph.  Returns the index after the phrase.
 */
static size_t
quo_phrase_fwd(struct qstate *st, size_t i, struct spk *out)
{
	size_t j = i, lim = i + QUO_PHRASE_MAX, last = i;

	memset(out, 0, sizeof(*out));
	if (i >= st->ntok)
		return i;
	if (st->tok[i].kind == QT_WORD && (st->tok[i].cls == QW_PRON ||
	    st->tok[i].cls == QW_PLUR)) {
		quo_phrase(st, i, i + 1, out);
		return i + 1;
	}
	/*
	 * "jelas grup tersebut", "kata politisi senior Partai Golkar ini":
	 * a description pointing back.
	 */
	if (st->tok[i].kind == QT_WORD && !st->tok[i].cap &&
	    (st->tok[i].cls == QW_NONE || st->tok[i].cls == QW_ROLE) &&
	    st->tok[i].cue < 0) {
		for (j = i + 1; j < st->ntok && j < i + 10 &&
		    tk_same_para(st, i, j) && (st->tok[j].kind == QT_WORD ||
		    tk_punct(st, j, '(') || tk_punct(st, j, ')') ||
		    tk_punct(st, j, '-')) && !st->tok[j].inq; j++)
			if (tk_is(st, j, "tersebut") || tk_is(st, j, "itu") ||
			    tk_is(st, j, "ini")) {
				if (j + 1 < st->ntok && tk_same_para(st, j,
				    j + 1) && st->tok[j + 1].kind == QT_WORD)
					break;
				out->kind = SPK_ANAPH;
				out->m = (struct span){ st->tok[i].s,
				    st->tok[j].e };
				return j + 1;
			}
		j = i;
	}
	if (st->tok[i].kind == QT_WORD && st->tok[i].cls == QW_DET) {
		/* "the senator", "seorang warga": a description */
		j = i + 1;
		while (j < st->ntok && j < lim && tk_same_para(st, i, j) &&
		    st->tok[j].kind == QT_WORD && st->tok[j].cue < 0)
			j++;
		out->kind = SPK_OTHER;
		out->m = (struct span){ st->tok[i].s, st->tok[j - 1].e };
		/* an office after "the" may still name the holder */
		if (j > i + 1 && (st->tok[j - 1].cls == QW_ROLE ||
		    st->tok[j - 1].title)) {
			out->kind = SPK_ROLE;
			out->m = (struct span){ st->tok[i + 1].s,
			    st->tok[j - 1].e };
		}
		return j;
	}
	while (j < st->ntok && j < lim && tk_same_para(st, i, j)) {
		const struct qtok *k = &st->tok[j];

		if (tk_punct(st, j, '(')) {
			size_t q = j + 1;

			while (q < st->ntok && q < j + 5 &&
			    st->tok[q].kind == QT_WORD)
				q++;
			if (!tk_punct(st, q, ')'))
				break;
			j = q + 1;
			last = j;
			continue;
		}
		if (!tk_phraselike(k) || (k->inq && !st->in_quote))
			break;
		if (k->cue >= 0 && !k->cap)
			break;
		/* lower case: offices ("pelaksana tugas"), connectors */
		if (!k->cap && !k->title && k->cls != QW_ROLE &&
		    k->cls != QW_CONN)
			break;
		/* "Salehudin dari KKP", "Smith of Heritage": the name ended */
		if (k->cls == QW_CONN && j > i && tk_namelike(&st->tok[j - 1]))
			break;
		j++;
		if (k->cls != QW_CONN)
			last = j;
	}
	if (last > i)
		quo_phrase(st, i, last, out);
	return last;
}

/*
 * One capitalised word opening a sentence ("Sebagai", "Namun") is a name
 * only when the article uses it alone as a speaker or knows it as a
 * person.
 */
static int
quo_weak_initial(struct qstate *st, size_t s, const struct spk *sp)
{
	int e;

	if (sp->kind != SPK_NAME || sp->m.start != st->tok[s].s ||
	    sp->m.end != st->tok[s].e || quo_is_solo(st, s))
		return 0;
	e = ent_at(st->a, sp->m.start, sp->m.end);
	return e < 0 || st->a->entities[e].label != ENT_PERSON;
}

/*
 * The subject of the sentence that holds token v: the phrase at the
 * sentence's start (after a leading "Sementara itu,"), when a verb follows
 * it.  Used where the words before a cue are a second clause ("X menoleh
 * pada Y dan berkata") or where a quotation sits inside X's sentence.
 */
static void
quo_subject(struct qstate *st, size_t v, struct spk *out)
{
	size_t s = v, lim = v > 48 ? v - 48 : 0, e, p;
	int retry;

	memset(out, 0, sizeof(out[0]));
	while (s > lim && tk_same_para(st, s - 1, v) &&
	    !(st->tok[s - 1].kind == QT_MARK && st->tok[s - 1].inq == 2) &&
	    !tk_punct(st, s - 1, '.') && !tk_punct(st, s - 1, '?') &&
	    !tk_punct(st, s - 1, '!') && !tk_punct(st, s - 1, ';'))
		s--;
	if (s > lim && tk_same_para(st, s - 1, v) && s - 1 > 0 &&
	    !tk_punct(st, s - 1, '.') && !tk_punct(st, s - 1, '?') &&
	    !tk_punct(st, s - 1, '!') && !tk_punct(st, s - 1, ';') &&
	    !(st->tok[s - 1].kind == QT_MARK && st->tok[s - 1].inq == 2))
		return;		/* no sentence start in reach */
	for (retry = 0; retry < 2 && s < v; retry++) {
		e = quo_phrase_fwd(st, s, out);
		while (e < v && st->tok[e].kind == QT_WORD &&
		    st->tok[e].cls == QW_ADV && !st->tok[e].cap)
			e++;
		if ((out->kind == SPK_NAME || out->kind == SPK_PRON) &&
		    e < v && st->tok[e].kind == QT_WORD && !st->tok[e].cap &&
		    !quo_weak_initial(st, s, out))
			return;
		memset(out, 0, sizeof(out[0]));
		/* "Sementara itu, X ...": the subject after the comma */
		for (p = s; p < v && p < s + 4 && !tk_punct(st, p, ','); p++)
			;
		if (p >= v || !tk_punct(st, p, ','))
			return;
		s = p + 1;
	}
}

/* A coordinating word before a second verb: "... dan berkata". */
static int
tk_coord(const struct qstate *st, size_t i)
{
	static const char *const w[] = { "dan", "lalu", "kemudian", "serta",
	    "and", "then", "sambil", "sembari", "seraya" };

	if (st->tok[i].kind != QT_WORD || st->tok[i].cap)
		return 0;
	return tk_among(st, i, w, UTIL_ARRAY_LEN(w));
}

/*
 * The subject that ends just before token v (a cue verb): skip adverbs
 * ("juga"), then read back over the phrase.  Stays in v's paragraph.
 */
static void quo_phrase_back1(struct qstate *, size_t, struct spk *, int);

static void
quo_phrase_back(struct qstate *st, size_t v, struct spk *out)
{
	quo_phrase_back1(st, v, out, 0);
}

/*
 * "Mika Brzezinski, putri Brzezinski, mengatakan" / "Wali Kota Solo,
 * Respati Ardi, mengatakan": an apposition between commas before the cue
 * (the comma at v - 1).  The name before it speaks, else the name inside.
 */
static void
quo_apposition(struct qstate *st, size_t v, struct spk *out)
{
	size_t p = v - 1, lim = v > 12 ? v - 12 : 0, k;
	struct spk in;

	while (p > lim && tk_same_para(st, p - 1, v) &&
	    !tk_punct(st, p - 1, ',')) {
		const struct qtok *t = &st->tok[p - 1];

		if (t->kind == QT_MARK || t->inq || tk_punct(st, p - 1, '.') ||
		    (t->cue >= 0 && !t->cap))
			return;
		p--;
	}
	if (p <= lim || p == v - 1 || !tk_punct(st, p - 1, ','))
		return;
	quo_phrase_back1(st, p - 1, out, 1);
	if (out->kind == SPK_NAME || out->kind == SPK_PRON)
		return;
	for (k = p; k < v - 1; k++)
		if (st->tok[k].kind != QT_WORD)
			break;
	memset(out, 0, sizeof(*out));
	if (k < v - 1)
		return;
	quo_phrase(st, p, v - 1, &in);
	if (in.kind == SPK_NAME)
		*out = in;
}

static void
quo_phrase_back1(struct qstate *st, size_t v, struct spk *out, int nested)
{
	size_t j = v, i, lim;

	memset(out, 0, sizeof(*out));
	if (!nested && v > 2 && tk_punct(st, v - 1, ',') &&
	    tk_same_para(st, v - 2, v)) {
		quo_apposition(st, v, out);
		return;
	}
	while (j > 0 && v - j < 3 && st->tok[j - 1].kind == QT_WORD &&
	    !st->tok[j - 1].cap && st->tok[j - 1].cls == QW_ADV &&
	    tk_same_para(st, j - 1, v))
		j--;
	if (j == 0 || !tk_same_para(st, j - 1, v))
		return;
	/* "Kylie menoleh pada Kendall dan berkata": Kylie speaks */
	if (tk_coord(st, j - 1)) {
		quo_subject(st, j - 1, out);
		return;
	}
	if (st->tok[j - 1].kind == QT_WORD && (st->tok[j - 1].cls == QW_PRON ||
	    st->tok[j - 1].cls == QW_PLUR)) {
		quo_phrase(st, j - 1, j, out);
		return;
	}
	lim = j > QUO_PHRASE_MAX ? j - QUO_PHRASE_MAX : 0;
	i = j;
	while (i > lim && tk_same_para(st, i - 1, v)) {
		const struct qtok *k = &st->tok[i - 1];

		if (tk_punct(st, i - 1, ')')) {
			size_t q = i - 1;

			while (q > lim && q > i - 6 &&
			    st->tok[q - 1].kind == QT_WORD)
				q--;
			if (q == 0 || !tk_punct(st, q - 1, '('))
				break;
			i = q - 1;
			continue;
		}
		if (!tk_phraselike(k) || k->inq || (k->cue >= 0 && !k->cap))
			break;
		i--;
	}
	/* drop leading connectors and lower-case words before the phrase */
	while (i < j && (st->tok[i].cls == QW_CONN || (st->tok[i].kind ==
	    QT_WORD && !st->tok[i].cap && !st->tok[i].title &&
	    st->tok[i].cls != QW_ROLE)))
		i++;
	if (i < j)
		quo_phrase(st, i, j, out);
}

/* Quotation marks: pairing. */

/*
 * Which way a mark can face, from the characters around it: white space
 * (or an opening bracket) before and a letter after opens; a letter or
 * punctuation before and white space or punctuation after closes.  Kompas
 * writes ” on both sides, so ” is decided the same way; “ „ « always open.
 */
static int
quo_mark_side(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];
	int before_ws, after_ws, after_word;

	if (k->opener)
		return QM_OPEN;
	if (k->closer)
		return QM_CLOSE;
	before_ws = k->sp || i == 0 || st->tok[i - 1].para != k->para ||
	    tk_punct(st, i - 1, '(') || tk_punct(st, i - 1, '[');
	after_ws = i + 1 >= st->ntok || st->tok[i + 1].sp ||
	    st->tok[i + 1].para != k->para;
	after_word = !after_ws && st->tok[i + 1].kind == QT_WORD;
	/* "tetap satu, ”kata Henri": a stray blank before a closing mark */
	if (before_ws && after_word && i > 0 && !st->tok[i + 1].cap &&
	    (tk_punct(st, i - 1, ',') || tk_punct(st, i - 1, '.') ||
	    tk_punct(st, i - 1, '?') || tk_punct(st, i - 1, '!')) &&
	    st->tok[i - 1].para == k->para &&
	    (tk_cue(st, i + 1) == CUE_POST || tk_cue(st, i + 1) == CUE_PRONOUN))
		return QM_CLOSE;
	if (before_ws && !after_ws)
		return QM_OPEN;
	if (!before_ws && after_ws)
		return QM_CLOSE;
	if (!before_ws && after_word) {
		/* glued: lagi,”jelas (a lower-case cue) closes */
		if (!st->tok[i + 1].cap && i > 0 &&
		    st->tok[i - 1].kind == QT_PUNCT)
			return QM_CLOSE;
	}
	if (!before_ws && !after_ws && !after_word)
		return QM_CLOSE;	/* ”. or ”, */
	return QM_AMBIG;
}

static void
quo_add_cand(struct qstate *st, const struct qcand *c)
{
	if (st->nc == st->capc) {
		size_t ncap = st->capc ? st->capc * 2 : 32;

		st->c = arena_grow(st->a->arena, st->c, st->capc * sizeof(*c),
		    ncap * sizeof(*c));
		st->capc = ncap;
	}
	st->c[st->nc++] = *c;
}

/* Words in [s, e) of the text, at most lim. */
static size_t
quo_nwords(const struct qstate *st, uint32_t s, uint32_t e, size_t lim)
{
	size_t n = 0;
	uint32_t i = s;
	int inword = 0;

	while (i < e && n < lim) {
		int len;
		int32_t cp = quo_cp(st->t, i, e, &len);

		if (quo_letter(cp)) {
			if (!inword)
				n++;
			inword = 1;
		} else if (cp != '-' && cp != '\'')
			inword = 0;
		i += (uint32_t)len;
	}
	return n;
}

/* A direct quotation between token o (open mark) and c (close mark). */
static void
quo_direct(struct qstate *st, size_t o, size_t c, int unclosed)
{
	struct qcand q;
	uint32_t s = st->tok[o].e, e;
	size_t i;

	if (c <= o + 1)
		return;
	e = unclosed ? st->tok[c - 1].e : st->tok[c].s;
	if (unclosed && e - s > QUO_UNCLOSED_MAX)
		return;
	memset(&q, 0, sizeof(q));
	q.kind = QUO_DIRECT;
	q.content = (struct span){ s, e };
	q.cont_next = unclosed;
	q.para = st->tok[o].para;
	/* content without the white space next to the marks */
	q.content.start = st->tok[o + 1].s;
	q.content.end = st->tok[c - 1].e;
	for (i = o + 1; i < c; i++)
		st->tok[i].inq = 1;
	/* the marks too: they are not sentence material for indirect search */
	st->tok[o].inq = 2;
	if (!unclosed)
		st->tok[c].inq = 2;
	quo_add_cand(st, &q);
	/* remember the marks' token indices through the cue span */
	st->c[st->nc - 1].cue = (struct span){ (uint32_t)o, (uint32_t)c };
}

/*
 * Pair the marks of each paragraph.  Outside a quotation an opening or
 * ambiguous mark opens; inside, a closing or ambiguous mark of the same
 * family closes, a mark of another family nests, and an opening mark of
 * the same family means the quotation was left open (a new one starts).
 * A quotation still open at the paragraph's end runs to it.
 */
/* The first token after open in a later paragraph, or ntok. */
static size_t
quo_para_end(const struct qstate *st, size_t open)
{
	size_t i;

	for (i = open + 1; i < st->ntok &&
	    st->tok[i].para == st->tok[open].para; i++)
		;
	return i;
}

/*
 * Only the marks are visited (st->mark); a quotation left open is
 * closed at the end of its paragraph, as a walk over every token would.
 */
static void
quo_pair(struct qstate *st)
{
	size_t m, i, open = 0;
	int inside = 0, nest = 0;
	uint8_t fam = 0;

	for (m = 0; m < st->nmark; m++) {
		struct qtok *k = &st->tok[i = st->mark[m]];
		int side;

		if (inside && k->para != st->tok[open].para) {
			quo_direct(st, open, quo_para_end(st, open), 1);
			inside = 0;
		}
		side = quo_mark_side(st, i);
		if (!inside) {
			if (side != QM_CLOSE) {
				inside = 1;
				open = i;
				fam = k->family;
				nest = 0;
			}
			continue;
		}
		if (k->family != fam) {
			if (side == QM_OPEN)
				nest++;
			else if (side == QM_CLOSE && nest > 0)
				nest--;
			else if (side == QM_AMBIG)
				nest = nest ? nest - 1 : 1;
			continue;
		}
		if (side == QM_OPEN) {
			quo_direct(st, open, i, 1);
			open = i;
			nest = 0;
			continue;
		}
		quo_direct(st, open, i, 0);
		inside = 0;
	}
	if (inside)
		quo_direct(st, open, quo_para_end(st, open), 1);
}

/* Attribution of direct quotations. */

/*
 * "kata peneliti senior Centropolis, Suryono Herlambang, di Jakarta": an
 * office or body after the cue, then the name set off by a comma (e is
 * the end of the first phrase).  The name speaks, the rest is its role.
 */
static void
quo_role_comma_name(struct qstate *st, size_t e, struct spk *sp)
{
	struct spk n;
	size_t f;

	if (sp->kind != SPK_ROLE && sp->kind != SPK_ORG &&
	    sp->kind != SPK_OTHER)
		return;
	if (e + 1 >= st->ntok || !tk_punct(st, e, ',') ||
	    !tk_same_para(st, e, e + 1))
		return;
	f = quo_phrase_fwd(st, e + 1, &n);
	if (n.kind != SPK_NAME || n.role.end > n.role.start)
		return;
	if (f < st->ntok && tk_same_para(st, e, f) && !tk_punct(st, f, ',') &&
	    !tk_punct(st, f, '.'))
		return;
	n.role = sp->m;
	*sp = n;
}

/*
 * After the closing mark c: `, kata X`, `ujarnya`, `kata dia`, `said
 * Smith`, `X menambahkan`, `he said`.  Returns 1 when found.
 */
static int
quo_after(struct qstate *st, size_t c, struct qcand *q)
{
	size_t i = c + 1, j;
	int pos;

	if (i < st->ntok && (tk_punct(st, i, ',') || tk_punct(st, i, '-') ||
	    tk_is(st, i, "\xe2\x80\x94") || tk_is(st, i, "\xe2\x80\x93") ||
	    tk_is(st, i, "\xe2\x80\x95"))) {
		size_t e;

		/* “…” ― Steve Quinlan: a name alone after a dash */
		if (!tk_punct(st, i, ',') && i + 1 < st->ntok &&
		    tk_same_para(st, c, i + 1)) {
			e = quo_phrase_fwd(st, i + 1, &q->spk);
			if (q->spk.kind == SPK_NAME && (e >= st->ntok ||
			    !tk_same_para(st, i, e) || tk_punct(st, e, '.') ||
			    st->tok[e].kind == QT_MARK)) {
				q->has_cue = 1;
				q->cue = (struct span){ st->tok[i].s,
				    st->tok[i].e };
				return 1;
			}
			memset(&q->spk, 0, sizeof(q->spk));
		}
		i++;
	}
	if (i >= st->ntok || !tk_same_para(st, c, i))
		return 0;
	if (st->tok[i].kind == QT_WORD && (tk_is(st, i, "demikian") ||
	    tk_is(st, i, "begitu")))
		i++;
	if (i >= st->ntok || !tk_same_para(st, c, i))
		return 0;
	pos = tk_cue(st, i);
	/* “…,” ditambahkan (oleh) Tony: a passive cue and its agent */
	if (pos == CUE_PASSIVE && i + 1 < st->ntok &&
	    tk_same_para(st, i, i + 1)) {
		j = i + 1;
		if (tk_is(st, j, "oleh") && j + 1 < st->ntok)
			j++;
		(void)quo_phrase_fwd(st, j, &q->spk);
		if (q->spk.kind == SPK_NAME || q->spk.kind == SPK_ROLE) {
			q->has_cue = 1;
			q->cue = (struct span){ st->tok[i].s, st->tok[i].e };
			return 1;
		}
		memset(&q->spk, 0, sizeof(q->spk));
	}
	if (pos == CUE_POST || pos == CUE_EN || pos == CUE_PRONOUN) {
		q->has_cue = 1;
		q->cue = (struct span){ st->tok[i].s, st->tok[i].e };
		if (pos == CUE_POST && tk_clitic(st, i)) {
			q->spk.kind = SPK_CLITIC;
			q->spk.m = q->cue;
			return 1;
		}
		j = i + 1;
		if (j < st->ntok && tk_same_para(st, i, j) &&
		    tk_cue(st, j) == CUE_PREP)
			j++;	/* "kata menurut" is rare; "according to" */
		if (pos == CUE_EN && tk_is(st, i, "according") &&
		    j < st->ntok && tk_is(st, j, "to"))
			j++;
		if (j < st->ntok && tk_same_para(st, i, j)) {
			size_t e = quo_phrase_fwd(st, j, &q->spk);

			quo_role_comma_name(st, e, &q->spk);
		}
		return 1;
	}
	/* `X menambahkan` / `Smith said` / `he said` */
	if (st->tok[i].kind == QT_WORD) {
		struct spk sp;
		size_t e = quo_phrase_fwd(st, i, &sp);

		/* "Sen. Claire McCaskill (D-Mo.) said" */
		if (sp.kind == SPK_NAME && tk_punct(st, e, '(')) {
			size_t p = e + 1;

			while (p < st->ntok && p < e + 8 &&
			    !tk_punct(st, p, ')'))
				p++;
			if (tk_punct(st, p, ')'))
				e = p + 1;
		}

		while (e < st->ntok && e < i + QUO_PHRASE_MAX + 3 &&
		    st->tok[e].kind == QT_WORD && st->tok[e].cls == QW_ADV &&
		    !st->tok[e].cap)
			e++;
		if (sp.kind != SPK_NONE && e < st->ntok &&
		    tk_same_para(st, i, e) &&
		    ((pos = tk_cue(st, e)) == CUE_PRE || pos == CUE_EN)) {
			q->has_cue = 1;
			q->cue = (struct span){ st->tok[e].s, st->tok[e].e };
			q->spk = sp;
			return 1;
		}
	}
	return 0;
}

/*
 * Before the opening mark o: `X mengatakan, “`, `Smith said: "`, `X: “`,
 * `Menurut X, “`.  Returns 1 when found.
 */
static int
quo_before(struct qstate *st, size_t o, size_t nw, struct qcand *q)
{
	size_t j = o, v, lim;
	int colon = 0, pos, punct = 0;

	if (j == 0)
		return 0;
	/* "The New York Times reports:" closing the paragraph before */
	if (!tk_same_para(st, j - 1, o) && tk_punct(st, j - 1, ':'))
		o = j - 1;
	if (!tk_same_para(st, j - 1, o))
		return 0;
	if (tk_punct(st, j - 1, ',') || tk_punct(st, j - 1, ':')) {
		colon = tk_punct(st, j - 1, ':');
		punct = 1;
		j--;
	}
	/* "menyebut jalan itu “jalur maut”": a name for it, not speech */
	if (!punct && nw <= 3)
		return 0;
	if (j == 0 || !tk_same_para(st, j - 1, o))
		return 0;
	if (st->tok[j - 1].kind == QT_WORD && tk_is(st, j - 1, "bahwa"))
		j--;
	/* the cue, possibly followed by a few words ("kepada wartawan") */
	lim = j > 8 ? j - 8 : 0;
	for (v = j; v > lim && tk_same_para(st, v - 1, o); v--) {
		const struct qtok *k = &st->tok[v - 1];

		if (k->kind != QT_WORD || k->inq)
			break;
		pos = tk_cue(st, v - 1);
		if (pos == CUE_PRE || pos == CUE_EN || pos == CUE_POST) {
			if (!punct && v != j)
				break;	/* no comma: the cue right before */
			if (pos == CUE_POST && !(v - 1 == j - 1 ||
			    tk_clitic(st, v - 1)))
				break;
			q->has_cue = 1;
			q->cue = (struct span){ k->s, k->e };
			if (pos == CUE_POST) {
				/* "kata Zaiful: “…”" is rare; clitic form */
				if (tk_clitic(st, v - 1)) {
					q->spk.kind = SPK_CLITIC;
					q->spk.m = q->cue;
				}
				return 1;
			}
			quo_phrase_back(st, v - 1, &q->spk);
			if (q->spk.kind == SPK_NONE && pos == CUE_EN)
				(void)quo_phrase_fwd(st, v, &q->spk);
			return 1;
		}
		if (k->cue >= 0 && k->cpos == CUE_PREP) {
			/* Menurut X, “…” */
			q->has_cue = 1;
			q->cue = (struct span){ k->s, k->e };
			if (tk_clitic(st, v - 1)) {
				q->spk.kind = SPK_CLITIC;
				q->spk.m = q->cue;
			} else
				(void)quo_phrase_fwd(st, v, &q->spk);
			return 1;
		}
	}
	/* X: “…” */
	if (colon && st->tok[j - 1].kind == QT_WORD && st->tok[j - 1].cap) {
		size_t s = j;

		while (s > 0 && j - s < QUO_PHRASE_MAX &&
		    tk_same_para(st, s - 1, o) &&
		    tk_phraselike(&st->tok[s - 1]))
			s--;
		if (s == 0 || !tk_same_para(st, s - 1, o) ||
		    st->tok[s - 1].kind == QT_PUNCT) {
			quo_phrase(st, s, j, &q->spk);
			if (q->spk.kind == SPK_NAME || q->spk.kind == SPK_ROLE)
				return 1;
			memset(&q->spk, 0, sizeof(q->spk));
		}
	}
	return 0;
}

/* A cue inside the quotation: `“…, kata X, …”`. */
static int
quo_inside(struct qstate *st, size_t o, size_t c, struct qcand *q)
{
	size_t i;

	for (i = o + 2; i + 1 < c; i++) {
		int pos;

		if (!tk_punct(st, i - 1, ','))
			continue;
		pos = tk_cue(st, i);
		if (pos != CUE_POST && pos != CUE_PRONOUN)
			continue;
		if (tk_clitic(st, i)) {
			if (!tk_punct(st, i + 1, ','))
				continue;
			q->spk.kind = SPK_CLITIC;
			q->spk.m = (struct span){ st->tok[i].s, st->tok[i].e };
		} else {
			size_t e;

			st->in_quote = 1;
			e = quo_phrase_fwd(st, i + 1, &q->spk);
			st->in_quote = 0;

			if (q->spk.kind != SPK_NAME || !tk_punct(st, e, ',')) {
				memset(&q->spk, 0, sizeof(q->spk));
				continue;
			}
		}
		q->has_cue = 1;
		q->cue = (struct span){ st->tok[i].s, st->tok[i].e };
		return 1;
	}
	return 0;
}

/*
 * The mark o opens inside a sentence: a word or a comma before it, not a
 * sentence end, a colon or the paragraph's start.
 */
static int
quo_inline(const struct qstate *st, size_t o)
{
	const struct qtok *p;

	if (o == 0 || st->tok[o - 1].para != st->tok[o].para)
		return 0;
	p = &st->tok[o - 1];
	if (p->kind == QT_WORD)
		return 1;
	return p->kind == QT_PUNCT && p->e - p->s == 1 &&
	    (st->t[p->s] == ',' || st->t[p->s] == '(');
}

/* Lower-case words a title of a work keeps: "Strategi dan Peluang dalam". */
static int
tk_title_minor(const struct qstate *st, size_t i)
{
	static const char *const w[] = { "dalam", "untuk", "dengan", "terhadap",
	    "bagi", "pada", "dari", "oleh", "serta", "atau", "melalui",
	    "bersama", "tentang", "antara", "menuju", "sebagai", "through",
	    "from", "with", "into", "over", "about", "under" };

	return tk_among(st, i, w, UTIL_ARRAY_LEN(w));
}

/* Every word capitalised: a title of a work, a slogan. */
static int
quo_titlecase(const struct qstate *st, size_t o, size_t c)
{
	size_t i, words = 0;

	for (i = o + 1; i < c; i++) {
		const struct qtok *k = &st->tok[i];

		if (k->kind != QT_WORD)
			continue;
		if (!k->cap && k->cls != QW_CONN && !(k->e - k->s <= 3) &&
		    !(st->t[k->s] >= '0' && st->t[k->s] <= '9') &&
		    !tk_title_minor(st, i))
			return 0;
		words++;
	}
	return words > 0;
}

static void
quo_attribute_direct(struct qstate *st)
{
	size_t i, kept = 0;

	for (i = 0; i < st->nc; i++) {
		struct qcand q = st->c[i];
		size_t o = q.cue.start, c = q.cue.end;
		size_t nw = quo_nwords(st, q.content.start, q.content.end, 9);
		int found;

		memset(&q.cue, 0, sizeof(q.cue));
		found = 0;
		if (!q.cont_next)
			found = quo_after(st, c, &q);
		if (!found)
			found = quo_before(st, o, nw, &q);
		if (!found)
			found = quo_inside(st, o, c, &q);
		if (!found) {
			/*
			 * Scare quotes, nicknames, titles of works; and a
			 * short quoted phrase inside someone's sentence
			 * (called it “a total disaster”) without a cue.
			 */
			if (nw <= 3 || quo_titlecase(st, o, c) ||
			    (nw < QUO_INLINE_MIN && quo_inline(st, o))) {
				size_t k;

				for (k = o; k <= c && k < st->ntok; k++)
					st->tok[k].inq = 0;
				continue;
			}
			/*
			 * Inside a named person's sentence ("Obama memanggil
			 * Brzezinski “…”"): that person, not the last speaker.
			 */
			if (quo_inline(st, o) && st->tok[o - 1].kind == QT_WORD)
				quo_subject(st, o, &q.spk);
			if (q.spk.kind == SPK_NONE)
				q.floating = 1;
		}
		st->c[kept++] = q;
	}
	st->nc = kept;
}

/* Indirect quotations. */

/*
 * Sentence ends outside direct quotations: . ? ! … followed by white
 * space and a capital, a digit or a mark, or by the paragraph's end; a
 * closing mark after . ? ! followed by a capital.
 */
static int
quo_sentence_end(const struct qstate *st, size_t i)
{
	const struct qtok *k = &st->tok[i];
	const struct qtok *n = i + 1 < st->ntok ? &st->tok[i + 1] : NULL;
	int fin;

	if (n == NULL || n->para != k->para)
		return 1;
	/* Fast path: only punctuation and marks end a sentence before the
	   paragraph's end. */
	if (k->inq == 1 || k->kind == QT_WORD)
		return 0;
	fin = tk_punct(st, i, '.') || tk_punct(st, i, '?') ||
		    tk_punct(st, i, '!') || tk_is(st, i, "\xe2\x80\xa6");
	if (k->kind == QT_MARK && k->inq == 2 && i > 0 &&
	    (tk_punct(st, i - 1, '.') || tk_punct(st, i - 1, '?') ||
	    tk_punct(st, i - 1, '!')) && n->sp && n->cap &&
	    n->kind == QT_WORD && n->cue < 0)
		return 1;
	if (fin && (n->kind == QT_MARK || (n->sp && (n->cap ||
	    (n->kind == QT_WORD && st->t[n->s] >= '0' &&
	    st->t[n->s] <= '9')))))
		return 1;
	if (fin && !n->sp && n->kind == QT_WORD && n->cap &&
	    i > 0 && (tk_punct(st, i - 1, ')') ||
	    (st->tok[i - 1].kind == QT_WORD && !st->tok[i - 1].cap &&
	    st->tok[i - 1].e - st->tok[i - 1].s > 2)))
		return 1;	/* glued: "(2/1/2023).Adi menyebut" */
	return 0;
}

static void quo_indirect_sentence(struct qstate *, size_t, size_t);

/* The first entry of st->cues (token indices, ascending) at token s or
   after it. */
static size_t
quo_cue_from(const struct qstate *st, size_t s)
{
	size_t lo = 0, hi = st->ncue, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (st->cues[mid] < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Mark the sentence ends and, with indirect, look for an indirect
 * quotation in each sentence as soon as it ends (in the same pass: the
 * search reads no sentence end and changes nothing the ends are made of).
 */
static void
quo_sentences(struct qstate *st, int indirect)
{
	size_t i, s = 0, x;
	int cue = 0;

	/*
	 * Fast path: only the tokens the tokenizer listed in st->stops
	 * (punctuation, marks, cues and each paragraph's last token) can
	 * end a sentence or hold a cue; any other token is a word inside a
	 * paragraph without a cue, on which the loop body does nothing.
	 */
	for (x = 0; x < st->nstop; x++) {
		struct qtok *k = &st->tok[i = st->stops[x]];

		/* Fast path: a word ends a sentence only at a paragraph's
		   end (see quo_sentence_end()). */
		if (k->kind == QT_WORD ? i + 1 == st->ntok ||
		    st->tok[i + 1].para != k->para : quo_sentence_end(st, i))
			k->endsent = 1;
		if (!indirect)
			continue;
		cue |= k->kind == QT_WORD && !k->inq && k->cue >= 0;
		if (!k->endsent)
			continue;
		/* Fast path: quo_indirect_sentence() starts only at such a
		   cue, so a sentence without one gives nothing. */
		if (cue)
			quo_indirect_sentence(st, s, i + 1);
		s = i + 1;
		cue = 0;
	}
}

/* Prepositions that open an aside between a cue and its content. */
static int
tk_aside(const struct qstate *st, size_t i)
{
	static const char *const w[] = { "kepada", "di", "dalam", "saat",
	    "ketika", "usai", "seusai", "melalui", "pada", "dengan", "dari",
	    "kemarin", "lewat", "via", "secara", "sebelumnya",
	    "kepadanya" };

	if (st->tok[i].kind != QT_WORD || st->tok[i].cap)
		return 0;
	return tk_among(st, i, w, UTIL_ARRAY_LEN(w));
}

/*
 * Verbs strong enough to take content without a comma or "bahwa" when a
 * named subject says them ("Adi menyebut Sandiaga bisa ..."; "warga
 * menyebut jalan itu jalur maut" has no named subject).
 */
static int
tk_strong(const struct qstate *st, size_t i)
{
	static const char *const w[] = { "mengatakan", "menyatakan",
	    "menegaskan", "menilai", "mengaku", "mengakui", "menduga",
	    "mengklaim", "membantah", "memperkirakan", "menyebut",
	    "mengungkapkan", "menjelaskan", "memastikan", "menuturkan",
	    "mengungkap", "bilang", "menyebutkan",
	    "membenarkan", "menuding", "menyangkal" };

	return tk_among(st, i, w, UTIL_ARRAY_LEN(w));
}

/*
 * The content of an indirect quotation from token i to the sentence end
 * e (exclusive, the final punctuation dropped).  0 when it is too short
 * or is in fact a direct quotation.
 */
static int
quo_content(struct qstate *st, size_t i, size_t e, struct span *out)
{
	size_t k, inq = 0, all = 0;

	while (e > i && st->tok[e - 1].kind == QT_PUNCT)
		e--;
	if (e <= i || st->tok[i].kind == QT_MARK)
		return 0;
	for (k = i; k < e; k++) {
		if (st->tok[k].kind != QT_WORD)
			continue;
		all++;
		if (st->tok[k].inq)
			inq++;
	}
	if (all < 3 || inq * 10 > all * 6)
		return 0;
	*out = (struct span){ st->tok[i].s, st->tok[e - 1].e };
	return 1;
}

/*
 * `, kata dia, CONTENT` / `, kata Idrus, CONTENT`: a cue set off by commas
 * inside the sentence; the content follows it.
 */
static int
quo_aside_cue(struct qstate *st, size_t v, size_t e, struct qcand *q)
{
	size_t c;

	if (tk_clitic(st, v)) {
		q->spk.kind = SPK_CLITIC;
		q->spk.m = (struct span){ st->tok[v].s, st->tok[v].e };
		c = v + 1;
	} else
		c = quo_phrase_fwd(st, v + 1, &q->spk);
	if (q->spk.kind == SPK_NONE || c >= e || !tk_punct(st, c, ',') ||
	    !quo_content(st, c + 1, e, &q->content)) {
		memset(&q->spk, 0, sizeof(q->spk));
		return 0;
	}
	return 1;
}

/*
 * "Menurut pemerintah Korea Selatan, saat itu Moon juga mengatakan ...":
 * a named subject with a speech verb in [i, e) is the better attribution.
 */
static int
quo_inner_cue(struct qstate *st, size_t i, size_t e)
{
	size_t v;

	for (v = i + 1; v < e && v < i + 12; v++) {
		struct spk sp;

		if (st->tok[v].kind != QT_WORD || st->tok[v].inq ||
		    tk_cue(st, v) != CUE_PRE || !st->tok[v].cind)
			continue;
		quo_phrase_back(st, v, &sp);
		return sp.kind == SPK_NAME || sp.kind == SPK_PRON;
	}
	return 0;
}

/*
 * "Menurut survei CNN,": a described source [i, c) that ends in a
 * capitalised organisation or person gives that one as the speaker.
 */
static void
quo_source(struct qstate *st, size_t i, size_t c, struct spk *out)
{
	size_t k = c;
	int en;

	memset(out, 0, sizeof(*out));
	while (k > i && st->tok[k - 1].kind == QT_WORD && st->tok[k - 1].cap)
		k--;
	if (k == c || k == i)
		return;
	quo_phrase(st, k, c, out);
	if (out->kind == SPK_NAME)
		return;
	en = ent_at(st->a, st->tok[k].s, st->tok[c - 1].e);
	if (out->kind == SPK_ORG && ((en >= 0 &&
	    st->a->entities[en].label == ENT_ORG) ||
	    (k + 1 == c && st->tok[k].allcaps)))
		return;
	memset(out, 0, sizeof(*out));
}

/* One sentence [s, e) of tokens: the first indirect pattern that fits. */
static void
quo_indirect_sentence(struct qstate *st, size_t s, size_t e)
{
	struct qcand q;
	size_t v, x, from = s;

	/*
	 * Fast path: the loop body does something only at a cue, so visit
	 * the cues the tokenizer listed (st->cues, in token order) instead
	 * of every token; from: the first token still to look at.
	 */
	for (x = quo_cue_from(st, s); x < st->ncue && st->cues[x] < e; x++) {
		const struct qtok *k;
		int pos;

		if ((v = st->cues[x]) < from)
			continue;
		k = &st->tok[v];
		if (k->inq)
			continue;
		memset(&q, 0, sizeof(q));
		q.kind = QUO_INDIRECT;
		q.para = k->para;
		pos = k->cpos;
		if (pos == CUE_PREP) {
			size_t c;

			/* Menurut X, CONTENT / Menurutnya, CONTENT */
			if (tk_clitic(st, v)) {
				q.spk.kind = SPK_CLITIC;
				q.spk.m = (struct span){ k->s, k->e };
				c = v + 1;
			} else
				c = quo_phrase_fwd(st, v + 1, &q.spk);
			if (q.spk.kind == SPK_NONE || !tk_punct(st, c, ',')) {
				/* "Menurut survei CNN," "Menurut pengendara
				   tersebut,": a source, described */
				memset(&q.spk, 0, sizeof(q.spk));
				for (c = v + 1; c < e && c < v + 8 &&
				    st->tok[c].kind == QT_WORD; c++)
					;
				if (!tk_punct(st, c, ','))
					continue;
				if (quo_inner_cue(st, c + 1, e)) {
					from = c + 1;
					continue;
				}
				quo_source(st, v + 1, c, &q.spk);
			}
			if (!quo_content(st, c + 1, e, &q.content))
				continue;
		} else if (pos == CUE_PRE && !k->cap && k->cind) {
			size_t c = v + 1;

			quo_phrase_back(st, v, &q.spk);
			/*
			 * A subject we cannot read ("Salah seorang petugas
			 * di lokasi membenarkan bahwa") still reports speech
			 * when "bahwa" or a comma follows; nobody is named.
			 */
			if ((q.spk.kind == SPK_NONE ||
			    q.spk.kind == SPK_OTHER) && !(c < e &&
			    (tk_is(st, c, "bahwa") || tk_punct(st, c, ','))))
				continue;
			if (c < e && (tk_punct(st, c, ',') ||
			    tk_punct(st, c, ':')))
				c++;
			else if (c < e && tk_aside(st, c)) {
				size_t f = c;

				while (f < e && f < c + 12 &&
				    !tk_punct(st, f, ','))
					f++;
				if (!tk_punct(st, f, ','))
					continue;
				c = f + 1;
			} else if (!(c < e && tk_is(st, c, "bahwa")) &&
			    !tk_strong(st, v))
				continue;
			if (c < e && tk_is(st, c, "bahwa"))
				c++;
			if (!quo_content(st, c, e, &q.content))
				continue;
		} else if (pos == CUE_POST && !k->cap && v > s &&
		    tk_punct(st, v - 1, ',') && v + 2 < e &&
		    quo_aside_cue(st, v, e, &q)) {
			/* Minimal, kata dia, CONTENT. */
		} else if (pos == CUE_POST && !k->cap && v > s + 3 &&
		    tk_punct(st, v - 1, ',') &&
		    st->tok[v - 2].kind != QT_MARK) {
			/* CONTENT, kata X. */
			if (tk_clitic(st, v)) {
				q.spk.kind = SPK_CLITIC;
				q.spk.m = (struct span){ k->s, k->e };
			} else
				(void)quo_phrase_fwd(st, v + 1, &q.spk);
			if (q.spk.kind == SPK_NONE ||
			    !quo_content(st, s, v - 1, &q.content))
				continue;
		} else
			continue;
		q.has_cue = 1;
		q.cue = (struct span){ k->s, k->e };
		quo_add_cand(st, &q);
		for (v = s; v < e; v++)
			if (st->tok[v].s >= q.content.start &&
			    st->tok[v].e <= q.content.end)
				st->tok[v].inind = 1;
		return;
	}
}

/*
 * A headline that gives its speaker before a colon: "Server LPSE Lamtim
 * Kena Hack, Plt. Bupati : Saat Ini Masih Diperbaiki".  Only the first
 * paragraph, only when it is short (a title), only when a name or an
 * office stands before the colon.  No cue word.
 */
static void
quo_headline(struct qstate *st)
{
	struct qcand q;
	size_t i, end;

	for (end = 0; end < st->ntok && st->tok[end].para == 0; end++)
		if (end > 40)
			return;
	if (end == st->ntok)
		return;		/* one paragraph: no title line */
	for (i = 1; i + 2 < end; i++) {
		if (!tk_punct(st, i, ':') || st->tok[i + 1].kind == QT_MARK)
			continue;
		memset(&q, 0, sizeof(q));
		quo_phrase_back(st, i, &q.spk);
		if (q.spk.kind != SPK_NAME && q.spk.kind != SPK_ROLE)
			return;
		q.kind = QUO_INDIRECT;
		if (!quo_content(st, i + 1, end, &q.content))
			return;
		quo_add_cand(st, &q);
		return;
	}
}

/* Speakers. */

/*
 * One bit (of 64, from a hash) for each word of s, the words split at
 * blanks as quo_name_covers() splits them: when a bit of m's is missing
 * from n's, some word of m is not a word of n.  *words is 1 + the
 * blanks in s, the count quo_name_covers() returns for a name.
 */
static uint64_t
quo_words_sig(const char *t, struct span s, uint32_t *words)
{
	uint64_t sig = 0;
	uint32_t i = s.start, j, h;

	*words = 1;
	while (i < s.end) {
		/* quo_hash() of the word, while it is read */
		for (j = i, h = QUO_HASH0; j < s.end && t[j] != ' '; j++)
			h = QUO_HASH_STEP(h, t[j]);
		if (j > i)
			sig |= (uint64_t)1 << (h & 63);
		*words += j < s.end;
		i = j + 1;
	}
	return sig;
}

static void
quo_add_name(struct qstate *st, struct span name, struct span role, int inq)
{
	if (st->nnm == st->capnm) {
		size_t ncap = st->capnm ? st->capnm * 2 : 32;

		st->nm = arena_grow(st->a->arena, st->nm,
		    st->capnm * sizeof(*st->nm), ncap * sizeof(*st->nm));
		st->capnm = ncap;
	}
	st->nm[st->nnm].name = name;
	st->nm[st->nnm].role = role;
	st->nm[st->nnm].inq = inq;
	st->nm[st->nnm].freq = 0;
	st->nm[st->nnm].sig = quo_words_sig(st->t, name,
	    &st->nm[st->nnm].words);
	st->nnm++;
}

/*
 * How often each name (of two words or more) is written: the most
 * frequent form a short name fits wins ("Donald Trump" over a one-off
 * "Washington Post Trump").  A hash table keeps it linear.
 */
static void
quo_name_freq(struct qstate *st)
{
	size_t cap = 16, i, h;
	uint32_t *tab;

	while (cap < 2 * st->nnm)
		cap *= 2;
	tab = arena_zalloc(st->a->arena, cap * sizeof(*tab));
	for (i = 0; i < st->nnm; i++) {
		struct span n = st->nm[i].name;

		h = quo_hash(st->t + n.start, n.end - n.start) & (cap - 1);
		while (tab[h] != 0) {
			struct span o = st->nm[tab[h] - 1].name;

			if (o.end - o.start == n.end - n.start &&
			    memcmp(st->t + o.start, st->t + n.start,
			    n.end - n.start) == 0)
				break;
			h = (h + 1) & (cap - 1);
		}
		if (tab[h] == 0)
			tab[h] = (uint32_t)i + 1;
		st->nm[tab[h] - 1].freq++;
	}
	for (i = 0; i < st->nnm; i++) {
		struct span n = st->nm[i].name;

		h = quo_hash(st->t + n.start, n.end - n.start) & (cap - 1);
		while (tab[h] != 0 && tab[h] - 1 != i) {
			struct span o = st->nm[tab[h] - 1].name;

			if (o.end - o.start == n.end - n.start &&
			    memcmp(st->t + o.start, st->t + n.start,
			    n.end - n.start) == 0)
				break;
			h = (h + 1) & (cap - 1);
		}
		st->nm[i].freq = st->nm[tab[h] - 1].freq;
	}
}

/*
 * Names the article gives with a title or office ("Menteri Perhubungan
 * Budi Karya Sumadi"), the tagger's PERSON entities and the speakers found:
 * the forms a short name ("Budi") expands to.
 */
static void
quo_collect_names(struct qstate *st)
{
	struct spk sp;
	size_t i, x, next;

	for (i = 0; i < st->a->nentities; i++) {
		const struct entity *e = &st->a->entities[i];

		if (e->label == ENT_PERSON && e->nmentions > 0)
			quo_add_name(st, e->mentions[0], (struct span){ 0, 0 },
			    2);
	}
	/*
	 * Fast path: the tokenizer listed the capitalised words that are a
	 * title or a role (nothing changes those marks later), so the other
	 * tokens are not visited; a phrase read skips the offices inside it.
	 */
	for (x = 0, next = 0; x < st->noffice; x++) {
		size_t e;

		i = st->offices[x];
		if (i < next)
			continue;
		e = quo_phrase_fwd(st, i, &sp);
		if (sp.kind == SPK_NAME)
			quo_add_name(st, sp.m, sp.role, st->tok[i].inq ||
			    st->tok[i].inind);
		if (e > i)
			next = e;
	}
	for (i = 0; i < st->nc; i++)
		if (st->c[i].spk.kind == SPK_NAME)
			quo_add_name(st, st->c[i].spk.m, st->c[i].spk.role,
			    0);
	/*
	 * Any run of two to four name-like words ("psikolog Devie
	 * Rahmawati"): a full name.  At a sentence start the first word may
	 * be any capitalised word, so it counts only when used alone as a
	 * name elsewhere.  Fast path: only the words the tokenizer found
	 * with qtok.name are visited (no other token is name-like).
	 */
	for (x = 0, next = 0; x < st->nnames; x++) {
		size_t j, k;
		int initial;

		if ((i = st->names[x]) < next)
			continue;
		if (!tk_namelike(&st->tok[i]) || (i > 0 &&
		    tk_namelike(&st->tok[i - 1]) &&
		    st->tok[i - 1].para == st->tok[i].para))
			continue;
		initial = i == 0 || st->tok[i - 1].endsent ||
		    st->tok[i - 1].para != st->tok[i].para ||
		    st->tok[i - 1].kind == QT_MARK;
		j = i + 1;
		while (j < st->ntok && (tk_namelike(&st->tok[j]) ||
		    tk_initial(st, j)) &&
		    st->tok[j].sp && st->tok[j].para == st->tok[i].para)
			j++;
		k = quo_trim_name(st, i, j);
		if (initial && k == i && !quo_is_solo(st, i))
			k++;
		if (j - k >= 2 && j - k <= QUO_NAME_MAX)
			quo_add_name(st, (struct span){ st->tok[k].s,
			    st->tok[j - 1].e }, (struct span){ 0, 0 }, 2);
		next = j;
	}
	quo_name_freq(st);
}

/*
 * Does every word of the name m occur among the words of n?  Returns
 * n's words (nwords: qname.words), or 0.
 */
static size_t
quo_name_covers(const char *t, struct span n, uint32_t nwords,
    struct span m)
{
	uint32_t i = m.start;

	while (i < m.end) {
		uint32_t j = i, p;
		int found = 0;

		while (j < m.end && t[j] != ' ')
			j++;
		for (p = n.start; p + (j - i) <= n.end; p++) {
			if ((p == n.start || t[p - 1] == ' ') &&
			    (p + (j - i) == n.end || t[p + (j - i)] == ' ') &&
			    memcmp(t + p, t + i, j - i) == 0) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
		while (j < m.end && t[j] == ' ')
			j++;
		i = j;
	}
	return nwords;
}

static char *
quo_span_str(struct qstate *st, struct span s)
{
	if (s.end <= s.start)
		return NULL;
	return arena_strndup(st->a->arena, st->t + s.start, s.end - s.start);
}

static size_t quo_tok_at(const struct qstate *, uint32_t);

/*
 * The earlier stages ran a body into the person after it ("Fraksi Nasdem
 * Saan Mustopa" as one ORG) and the speaker phrase split them: the body
 * keeps the words before the name, so that the name can be a person.
 */
static void
quo_unglue(struct qstate *st, int e, struct span name)
{
	struct entity *en = &st->a->entities[e];
	size_t nl = strlen(en->name), bl = name.end - name.start, i;
	uint32_t cut;

	size_t f = quo_tok_at(st, name.start), l = quo_tok_at(st, name.end - 1);

	if (nl <= bl + 1 || en->name[nl - bl - 1] != ' ' ||
	    memcmp(en->name + nl - bl, st->t + name.start, bl) != 0 ||
	    en->nmentions > QUO_NAMES_SCAN)
		return;
	/* only a name the article also uses alone ("ucap Saan"): "KBRI
	   Phnom Penh" stays whole */
	if (f >= st->ntok || l >= st->ntok ||
	    !(quo_is_solo(st, f) || quo_is_solo(st, l)))
		return;
	for (i = 0; i < en->nmentions; i++) {
		struct span *m = &en->mentions[i];

		if (m->end - m->start <= bl + 1 || memcmp(st->t + m->end - bl,
		    st->t + name.start, bl) != 0)
			return;		/* a mention without the name */
	}
	for (i = 0; i < en->nmentions; i++) {
		struct span *m = &en->mentions[i];

		cut = m->end - (uint32_t)bl;
		while (cut > m->start && st->t[cut - 1] == ' ')
			cut--;
		m->end = cut;
	}
	en->name = arena_strndup(st->a->arena, en->name, nl - bl - 1);
}

/*
 * A title-case headline ran a verb into the name ("Hillary Clinton
 * Speaks ..."): when the name came from the title line and the body
 * writes a shorter form of two words or more that starts it, the body's
 * longest such form is the name.
 */
static void
quo_headline_name(struct qstate *st, struct entity *en)
{
	size_t i, nl = strlen(en->name), t0;
	struct span best = { 0, 0 };

	/* English headlines capitalise every word; Indonesian ones give
	   the full name ("Sri Mulyani Indrawati") the body shortens */
	if (st->a->lang != ART_LANG_EN || en->nmentions < 2 ||
	    en->nmentions > QUO_NAMES_SCAN ||
	    (t0 = quo_tok_at(st,
	    en->mentions[0].start)) >= st->ntok || st->tok[t0].para != 0)
		return;
	for (i = 1; i < en->nmentions; i++) {
		struct span m = en->mentions[i];
		size_t ml = m.end - m.start;

		if (ml < nl && en->name[ml] == ' ' &&
		    memchr(st->t + m.start, ' ', ml) != NULL &&
		    memcmp(en->name, st->t + m.start, ml) == 0 &&
		    ml > best.end - best.start)
			best = m;
	}
	if (best.end > best.start)
		en->name = quo_span_str(st, best);
}

/* The entity for a person name mention: its fullest form in the article. */
static int
quo_link_name(struct qstate *st, struct span m, struct span role)
{
	size_t i, best_words = 0, lim;
	uint32_t best_freq = 0;
	struct span best = m, brole = role;
	uint32_t mwords;
	uint64_t sig = quo_words_sig(st->t, m, &mwords);
	int e;

	lim = st->nnm < QUO_NAMES_SCAN ? st->nnm : QUO_NAMES_SCAN;
	for (i = 0; i < lim; i++) {
		size_t w;

		/* Fast path: a word of m is missing from the name's words,
		   so quo_name_covers() would say 0. */
		if ((sig & ~st->nm[i].sig) != 0)
			continue;
		w = quo_name_covers(st->t, st->nm[i].name, st->nm[i].words,
		    m);

		/* more than one word first, then the most frequent form */
		if (w > 0 && ((w > 1) > (best_words > 1) ||
		    ((w > 1) == (best_words > 1) &&
		    (st->nm[i].freq > best_freq ||
		    (st->nm[i].freq == best_freq && w > best_words))))) {
			best_words = w;
			best_freq = st->nm[i].freq;
			best = st->nm[i].name;
			if (role.end <= role.start)
				brole = st->nm[i].role;
		}
	}
	if ((e = ent_at(st->a, m.start, m.end)) >= 0 &&
	    st->a->entities[e].label == ENT_PERSON &&
	    strlen(st->a->entities[e].name) >= best.end - best.start) {
		struct entity *en = &st->a->entities[e];
		size_t nl = strlen(en->name), bl = best.end - best.start;

		/*
		 * The rules ran an office or a body into the name
		 * ("Imigrasi Agung Sampurno") that the article also
		 * writes without it: the speaker's fullest name is the
		 * canonical one.
		 */
		if (nl > bl && bl > 0 && en->name[nl - bl - 1] == ' ' &&
		    memcmp(en->name + nl - bl, st->t + best.start, bl) == 0 &&
		    best_words > 1)
			en->name = quo_span_str(st, best);
		/*
		 * A title-case headline ran a verb into the name
		 * ("Hillary Clinton Speaks ..."): the body's form wins.
		 */
		else
			quo_headline_name(st, en);
		return e;
	}
	if ((e = ent_at(st->a, best.start, best.end)) >= 0 &&
	    st->a->entities[e].label != ENT_PERSON && best_words > 1)
		quo_unglue(st, e, best);
	if ((e = ent_at(st->a, best.start, best.end)) < 0)
		e = ent_add(st->a, ENT_PERSON, best.start, best.end,
		    quo_span_str(st, brole));
	if (st->a->entities[e].label == ENT_PERSON)
		quo_headline_name(st, &st->a->entities[e]);
	return e;
}

/* Case-insensitive: does the word w occur in span s? */
static int
quo_span_has_word(const char *t, struct span s, const char *w, size_t n)
{
	uint32_t p;
	size_t k;

	for (p = s.start; p + n <= s.end; p++) {
		if (p > s.start && t[p - 1] != ' ' && t[p - 1] != '(')
			continue;
		if (p + n < s.end && t[p + n] != ' ' && t[p + n] != ')' &&
		    t[p + n] != ',')
			continue;
		for (k = 0; k < n; k++) {
			char a = t[p + k], b = w[k];

			if (a >= 'A' && a <= 'Z')
				a = (char)(a + 32);
			if (b >= 'A' && b <= 'Z')
				b = (char)(b + 32);
			if (a != b)
				break;
		}
		if (k == n)
			return 1;
	}
	return 0;
}

/* A deputy's office: "Wakil Presiden", "Vice President", "Deputy ...". */
static int
quo_deputy(const char *t, struct span r)
{
	return quo_span_has_word(t, r, "wakil", 5) ||
	    quo_span_has_word(t, r, "vice", 4) ||
	    quo_span_has_word(t, r, "deputy", 6) ||
	    quo_span_has_word(t, r, "wk", 2);
}

/*
 * A role alone ("kata Bupati"): the person named with that office in the
 * article, the nearest before pos first.  -1 when nobody holds it.
 */
static int
quo_link_role(struct qstate *st, struct span r, uint32_t pos)
{
	const char *t = st->t;
	uint32_t ws = r.end, we = r.end;
	size_t i, lim;
	long best = -1;

	/* the head word: the last word of the role */
	while (ws > r.start && t[ws - 1] != ' ')
		ws--;
	while (we > ws && (t[we - 1] == '.' || t[we - 1] == ','))
		we--;
	if (we <= ws)
		return -1;
	lim = st->nnm < QUO_NAMES_SCAN ? st->nnm : QUO_NAMES_SCAN;
	for (i = 0; i < lim; i++) {
		if (st->nm[i].role.end <= st->nm[i].role.start ||
		    !quo_span_has_word(t, st->nm[i].role, t + ws, we - ws))
			continue;
		/* "kata Presiden" is not the Wakil Presiden */
		if (quo_deputy(t, st->nm[i].role) && !quo_deputy(t, r))
			continue;
		if (best < 0 || (st->nm[i].name.start < pos &&
		    (st->nm[best].name.start > pos ||
		    st->nm[i].name.start > st->nm[best].name.start)))
			best = (long)i;
	}
	if (best < 0)
		return -1;
	return quo_link_name(st, st->nm[best].name, st->nm[best].role);
}

/*
 * The person named last in [from, to), outside quotations, or -1.
 */
static int
quo_link_nearest(struct qstate *st, uint32_t from, uint32_t to)
{
	size_t i, lim = st->nnm < QUO_NAMES_SCAN ? st->nnm : QUO_NAMES_SCAN;
	long best = -1;

	for (i = 0; i < lim; i++)
		if (st->nm[i].name.start >= from && st->nm[i].name.end <= to &&
		    !st->nm[i].inq && (best < 0 ||
		    st->nm[i].name.start > st->nm[best].name.start))
			best = (long)i;
	if (best < 0)
		return -1;
	return quo_link_name(st, st->nm[best].name, st->nm[best].role);
}

/*
 * An organisation named by a short form that is the start of exactly one
 * longer organisation name in the article ("KBRI" and "KBRI Phnom Penh"):
 * the speaker is the fuller one.  Two candidates ("Polda" with two
 * regions) leave the short form.
 */
static int
quo_org_fullest(const struct article *a, int e)
{
	const char *n = a->entities[e].name;
	size_t len = strlen(n), i;
	int best = -1;

	for (i = 0; i < a->nentities && i < QUO_NAMES_SCAN; i++) {
		const struct entity *o = &a->entities[i];

		if ((int)i == e || o->label != ENT_ORG ||
		    strncmp(o->name, n, len) != 0 || o->name[len] != ' ')
			continue;
		if (best >= 0)
			return e;
		best = (int)i;
	}
	return best >= 0 ? best : e;
}

/* The first token that ends after the text offset pos.  Binary search. */
static size_t
quo_tok_at(const struct qstate *st, uint32_t pos)
{
	size_t lo = 0, hi = st->ntok;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (st->tok[mid].e <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * A mention [s.start, s.end) that reads as a sentence's subject: outside
 * quotations, a lower-case word (a verb) after it.
 */
static int
quo_subject_mention(const struct qstate *st, struct span s)
{
	size_t i = quo_tok_at(st, s.start), j = quo_tok_at(st, s.end);

	if (i >= st->ntok || st->tok[i].inq == 1)
		return 0;
	while (j < st->ntok && st->tok[j].kind == QT_WORD &&
	    st->tok[j].cls == QW_ADV && !st->tok[j].cap)
		j++;
	return j < st->ntok && st->tok[j].kind == QT_WORD &&
	    st->t[st->tok[j].s] >= 'a' && st->t[st->tok[j].s] <= 'z' &&
	    st->tok[j].para == st->tok[i].para;
}

/*
 * A pronoun before anyone has spoken ("Wali Kota Solo, Respati Ardi
 * meminta maaf. Ia mengakui ..."): the person entity last mentioned as
 * a subject before it, within QUO_FLOAT_BYTES.  -1 if none.
 */
static int
quo_link_entity_before(struct qstate *st, uint32_t pos)
{
	const struct article *a = st->a;
	uint32_t from = pos > QUO_FLOAT_BYTES ? pos - QUO_FLOAT_BYTES : 0;
	uint32_t best_pos = 0;
	size_t i, m;
	int best = -1;

	for (i = 0; i < a->nentities; i++) {
		const struct entity *e = &a->entities[i];

		if (e->label != ENT_PERSON)
			continue;
		for (m = 0; m < e->nmentions; m++) {
			struct span s = e->mentions[m];

			if (s.end > pos || st->ent_budget == 0)
				break;
			st->ent_budget--;
			/* a full name: one capitalised word is too often
			   a misread term ("Nomor 51", "Culture") */
			if (s.start < from || (best >= 0 && s.start <= best_pos) ||
			    memchr(st->t + s.start, ' ', s.end - s.start) ==
			    NULL || !quo_subject_mention(st, s))
				continue;
			best = (int)i;
			best_pos = s.start;
		}
	}
	return best;
}

static int
quo_cmp_cand(const void *x, const void *y)
{
	const struct qcand *a = x, *b = y;

	if (a->content.start != b->content.start)
		return a->content.start < b->content.start ? -1 : 1;
	return a->kind - b->kind;
}

/*
 * Resolve each speaker in text order; clitics, pronouns and floating
 * quotations take the most recent speaker.
 */
static void
quo_resolve(struct qstate *st)
{
	struct article *a = st->a;
	size_t i;
	int last = -1, last_person = -1;
	uint32_t last_end = 0, last_para = 0, last_person_pos = 0;
	char *cont;

	a->quotes = arena_zalloc(a->arena, (st->nc + 1) * sizeof(*a->quotes));
	a->nquotes = 0;
	cont = arena_zalloc(a->arena, st->nc + 1);
	for (i = 0; i < st->nc; i++) {
		struct qcand *c = &st->c[i];
		struct quote *q = &a->quotes[a->nquotes];
		int sp = -1;

		if (a->nquotes > 0 && q[-1].content.end > c->content.start)
			continue;	/* overlaps the one before */
		cont[a->nquotes] = (char)c->cont_next;
		q->kind = c->kind;
		q->content = c->content;
		q->has_cue = c->has_cue;
		q->cue = c->cue;
		switch (c->spk.kind) {
		case SPK_NAME:
			sp = quo_link_name(st, c->spk.m, c->spk.role);
			break;
		case SPK_PRON:
		case SPK_CLITIC:
			/*
			 * The person named since the last person spoke
			 * ("Risma terus mengingatkan warga. “…,” katanya"),
			 * else the last person who spoke.
			 */
			sp = quo_link_nearest(st, last_person_pos,
			    c->kind == QUO_DIRECT ? c->content.start :
			    c->spk.m.start);
			if (sp < 0)
				sp = last_person;
			if (sp < 0)
				sp = quo_link_entity_before(st,
				    c->kind == QUO_DIRECT ? c->content.start :
				    c->spk.m.start);
			break;
		case SPK_ROLE:
			sp = quo_link_role(st, c->spk.m, c->content.start);
			break;
		case SPK_ORG:
			sp = ent_at(a, c->spk.m.start, c->spk.m.end);
			if (sp < 0)
				sp = ent_add(a, ENT_ORG, c->spk.m.start,
				    c->spk.m.end, NULL);
			if (a->entities[sp].label == ENT_ORG)
				sp = quo_org_fullest(a, sp);
			break;
		case SPK_ANAPH:
			/*
			 * The description says it was named before: a
			 * person named since the last one spoke, else the
			 * last speaker, with no paragraph limit.
			 */
			sp = quo_link_nearest(st, last_person_pos,
			    c->content.start);
			if (sp < 0 && last >= 0 &&
			    c->content.start - last_end <= QUO_FLOAT_BYTES)
				sp = last;
			break;
		default:
			if (c->floating && last >= 0 &&
			    c->content.start - last_end <= QUO_FLOAT_BYTES &&
			    c->para - last_para <= QUO_FLOAT_PARAS)
				sp = last;
			break;
		}
		if (c->spk.kind != SPK_NONE && c->spk.kind != SPK_OTHER) {
			q->has_mention = 1;
			q->speaker_mention = c->spk.m;
		}
		q->speaker = sp;
		if (sp >= 0) {
			last = sp;
			last_end = c->content.end;
			last_para = c->para;
			if (a->entities[sp].label == ENT_PERSON) {
				last_person = sp;
				last_person_pos = c->content.end >
				    c->spk.m.end ? c->content.end :
				    c->spk.m.end;
			}
		}
		a->nquotes++;
	}
	/* an unclosed paragraph goes on in the next: same speaker */
	for (i = a->nquotes; i-- > 1; ) {
		struct quote *q = &a->quotes[i - 1];

		if (cont[i - 1] && !q->has_cue &&
		    a->quotes[i].kind == QUO_DIRECT &&
		    a->quotes[i].speaker >= 0)
			q->speaker = a->quotes[i].speaker;
	}
}

void
quo_run(struct quoter *qr, struct article *a)
{
	struct qstate st;

	memset(&st, 0, sizeof(st));
	st.qr = qr;
	st.a = a;
	st.t = a->text;
	a->quotes = NULL;
	a->nquotes = 0;
	if (a->text == NULL || a->len == 0)
		return;
	st.ent_budget = QUO_ENT_BUDGET;
	quo_tokenize(&st);
	quo_solo_build(&st);
	quo_pair(&st);
	quo_attribute_direct(&st);
	/* the headline's quotation comes first, as it did before the
	   indirect ones: it reads no sentence end */
	if (a->lang != ART_LANG_EN)
		quo_headline(&st);
	quo_sentences(&st, a->lang != ART_LANG_EN);
	if (st.nc == 0)
		return;
	qsort(st.c, st.nc, sizeof(*st.c), quo_cmp_cand);
	quo_collect_names(&st);
	quo_resolve(&st);
}
