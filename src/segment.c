#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "lex.h"
#include "lexicons.h"
#include "segment.h"
#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/*
 * The splitter works paragraph by paragraph in three passes over the
 * paragraph, each linear: a byte scanner cuts tokens (seg_word() decides
 * where a full stop belongs), seg_pair_quotes() pairs the quotation marks,
 * seg_bounds() walks the tokens and closes a sentence where a run of . ? !
 * ends one (seg_decide()).  See segment.h for the rules.
 */
/*
 * The segmenter keeps a bit for the hash of every abbreviation (folded to
 * lower case), so that the common word before a full stop is dismissed
 * without a binary search.
 */
#define SEG_BLOOM_BITS	4096

struct segmenter {
	unsigned char	bloom[SEG_BLOOM_BITS / 8];
};

/* character classes */
enum {
	SC_SPACE,
	SC_UPPER,
	SC_LOWER,
	SC_LETTER,	/* caseless letter, combining mark */
	SC_DIGIT,
	SC_TERM,	/* . ? ! U+2026 and kin */
	SC_QUOTE,
	SC_PUNCT,
	SC_HIGH		/* in seg_ctab only: a non-ASCII byte */
};

/* quotation mark types */
enum {
	Q_NONE,
	Q_DOPEN,	/* “ „ « ‟ */
	Q_DCLOSE,	/* ” » */
	Q_DSTRAIGHT,	/* " */
	Q_SOPEN,	/* ‘ ‚ ‹ ` */
	Q_SCLOSE,	/* ’ › */
	Q_SSTRAIGHT	/* ' */
};

/* abbreviation classes, see seg_abbrev.tsv */
enum {
	AB_PRE,
	AB_POST,
	AB_ACR		/* dotted initialism, single initial */
};

#define SEG_NONE	UINT32_MAX

struct seg_state {
	const struct segmenter *sg;
	struct article	*a;
	const unsigned char *t;
	size_t		 len;
	size_t		 tcap;
	size_t		 scap;
	uint32_t	 para;
	/* URL and e-mail detection: the span of URL characters last scanned
	   and the last "@" or "://" in it, so that no byte is scanned twice */
	size_t		 url_end;
	size_t		 url_mark;
	/* the last quotation mark before token qcur (SEG_NONE: none yet),
	   kept by seg_bounds() with a cursor that only moves forward */
	size_t		 qcur;
	size_t		 qlast;
	/* quotation mark tokens in the paragraph: none (most) skips pairing;
	   the first and last of them and whether one is an opening double
	   mark, noted by the tokenizer so that pairing looks at no other */
	size_t		 nquote;
	size_t		 qfirst;
	size_t		 qend;
	int		 has_dopen;
};

static unsigned
seg_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i];

		h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * 16777619u;
	}
	return h % SEG_BLOOM_BITS;
}

struct segmenter *
seg_new(void)
{
	struct segmenter *sg = xcalloc(1, sizeof(struct segmenter));
	const struct lex *l[] = { &lex_seg_abbrev, &lex_titles };
	size_t i, k;
	unsigned h;

	for (k = 0; k < UTIL_ARRAY_LEN(l); k++)
		for (i = 0; i < l[k]->n; i++) {
			h = seg_hash(l[k]->e[i].key, l[k]->e[i].len);
			sg->bloom[h / 8] |= 1u << (h % 8);
		}
	return sg;
}

void
seg_free(struct segmenter *s)
{
	free(s);
}

/* Decode the UTF-8 character at s[i] (i < end); *n is its length.  Bytes
   that are not valid UTF-8 read as U+FFFD, one byte each. */
static uint32_t
seg_decode(const unsigned char *s, size_t i, size_t end, size_t *n)
{
	unsigned c = s[i];
	uint32_t cp;
	size_t k, m;

	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if (c >= 0xf0 && c < 0xf5) {
		m = 4;
		cp = c & 0x07;
	} else if (c >= 0xe0) {
		m = 3;
		cp = c & 0x0f;
	} else if (c >= 0xc2 && c < 0xe0) {
		m = 2;
		cp = c & 0x1f;
	} else {
		*n = 1;
		return 0xfffd;
	}
	if (i + m > end) {
		*n = 1;
		return 0xfffd;
	}
	for (k = 1; k < m; k++) {
		if ((s[i + k] & 0xc0) != 0x80) {
			*n = 1;
			return 0xfffd;
		}
		cp = (cp << 6) | (s[i + k] & 0x3f);
	}
	*n = m;
	return cp;
}

/* ASCII classes by byte; H: a byte of a multi-byte character, decode it */
#define S	SC_SPACE
#define U	SC_UPPER
#define L	SC_LOWER
#define D	SC_DIGIT
#define T	SC_TERM
#define Q	SC_QUOTE
#define P	SC_PUNCT
#define H	SC_HIGH
static const unsigned char seg_ctab[256] = {
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
	S, T, Q, P, P, P, P, Q, P, P, P, P, P, P, T, P,
	D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, T,
	P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
	U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
	Q, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
	L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
	H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef S
#undef U
#undef L
#undef D
#undef T
#undef Q
#undef P
#undef H

#define seg_acls(c)	((int)seg_ctab[(unsigned char)(c)])

/*
 * The bytes that end a word on seg_tokenize()'s fast path: one load and
 * one well-predicted branch, where six compares were several branches
 * that the text's punctuation kept mispredicting.
 */
static const unsigned char seg_fastend[256] = {
	[' '] = 1, [','] = 1, ['\n'] = 1, ['"'] = 1, [')'] = 1, [';'] = 1
};

/* The class of a code point; letters outside the cased blocks are caseless. */
static int
seg_ucls(uint32_t cp)
{
	if (cp < 0x80)
		return seg_acls(cp);
	if (cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200b) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f ||
	    cp == 0x2060 || cp == 0x3000 || cp == 0xfeff || cp < 0xa0)
		return SC_SPACE;
	if (cp == 0xab || cp == 0xbb || (cp >= 0x2018 && cp <= 0x201f) ||
	    cp == 0x2039 || cp == 0x203a || cp == 0xff02)
		return SC_QUOTE;
	if (cp == 0x2026 || cp == 0x203c || (cp >= 0x2047 && cp <= 0x2049) ||
	    cp == 0x3002 || cp == 0xff01 || cp == 0xff1f)
		return SC_TERM;
	if (cp == 0xaa || cp == 0xb2 || cp == 0xb3 || cp == 0xb5 ||
	    cp == 0xb9 || cp == 0xba)
		return SC_LETTER;	/* ª ² ³ µ ¹ º: km², 2³ */
	if (cp < 0xc0 || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x2e00 && cp <= 0x2e7f) ||
	    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
	    (cp >= 0xff00 && cp <= 0xff0f) || (cp >= 0xff1a && cp <= 0xff20) ||
	    (cp >= 0x1f000 && cp <= 0x1faff) || cp == 0xfffd)
		return SC_PUNCT;
	if (cp < 0xdf)
		return SC_UPPER;
	if (cp <= 0xff)
		return SC_LOWER;
	if (cp < 0x180)
		return (cp & 1) ? SC_LOWER : SC_UPPER;
	if (cp >= 0x391 && cp <= 0x3a9)
		return SC_UPPER;
	if (cp >= 0x3b1 && cp <= 0x3c9)
		return SC_LOWER;
	if (cp >= 0x400 && cp <= 0x42f)
		return SC_UPPER;
	if (cp >= 0x430 && cp <= 0x45f)
		return SC_LOWER;
	return SC_LETTER;
}

/* Class of the character at i (end when i >= end counts as space).
   Inline for the table lookup of ASCII; decoding stays a call. */
static inline int
seg_cls_at(const unsigned char *t, size_t i, size_t end)
{
	size_t n;

	if (i >= end)
		return SC_SPACE;
	if (t[i] < 0x80)
		return seg_acls(t[i]);
	return seg_ucls(seg_decode(t, i, end, &n));
}

static int
seg_isword(int cls)
{
	return cls == SC_UPPER || cls == SC_LOWER || cls == SC_LETTER ||
	    cls == SC_DIGIT;
}

static int
seg_qtype(uint32_t cp)
{
	switch (cp) {
	case 0x201c: case 0x201e: case 0x201f: case 0xab:
		return Q_DOPEN;
	case 0x201d: case 0xbb:
		return Q_DCLOSE;
	case '"': case 0xff02:
		return Q_DSTRAIGHT;
	case 0x2018: case 0x201a: case 0x201b: case 0x2039: case '`':
		return Q_SOPEN;
	case 0x2019: case 0x203a:
		return Q_SCLOSE;
	case '\'':
		return Q_SSTRAIGHT;
	}
	return Q_NONE;
}

/* Bullets that open list items: • ‣ ⁃ ▪ ● ◦ ∙ · - * */
static int
seg_isbullet(const unsigned char *t, const struct token *tk)
{
	size_t n;
	uint32_t cp = seg_decode(t, tk->start, tk->end, &n);

	return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25aa ||
	    cp == 0x25cf || cp == 0x25e6 || cp == 0x2219 || cp == 0xb7 ||
	    cp == '-' || cp == '*';
}

/*
 * Is s[0..n) (ending in a full stop) an abbreviation?  seg_abbrev.tsv is
 * case sensitive (No. but not no.); titles.tsv has lower-case keys, of
 * which only those with a full stop are abbreviations.
 */
static int
seg_abbrev_class(const struct segmenter *sg, const char *s, size_t n)
{
	const char *v;
	long i;
	unsigned h = seg_hash(s, n);

	if (!(sg->bloom[h / 8] & (1u << (h % 8))))
		return -1;
	if ((i = lex_find(&lex_seg_abbrev, s, n)) >= 0) {
		if (lex_col(&lex_seg_abbrev, i, 0, &v) >= 3) {
			if (v[1] == 'o')
				return AB_POST;
			if (v[1] == 'c')
				return AB_ACR;
		}
		return AB_PRE;
	}
	if (n >= 2 && memchr(s, '.', n - 1) == NULL &&
	    lex_find_fold(&lex_titles, s, n) >= 0)
		return AB_PRE;
	return -1;
}

/*
 * The length of the run of a-z at the start of s[0..n): the rest of most
 * words.  16 bytes a step with SSE2 while 16 are left, then a byte a step.
 */
static inline size_t
seg_lower_run(const unsigned char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	/* a-z moved to -128..-103, the lowest signed bytes */
	const __m128i bias = _mm_set1_epi8((char)(0x80 - 'a')),
	    lim = _mm_set1_epi8((char)(0x80 + 26));

	for (; n - i >= 16; i += 16) {
		__m128i x = _mm_add_epi8(_mm_loadu_si128((const __m128i *)
		    (const void *)(s + i)), bias);
		unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x,
		    lim)) ^ 0xFFFFu;

		if (bits != 0)
			return i + (size_t)__builtin_ctz(bits);
	}
#endif
	while (i < n && (unsigned)(s[i] - 'a') < 26)
		i++;
	return i;
}

/* characters of URLs and e-mail addresses (RFC 3986, less brackets,
   quotes and the sub-delimiters that end sentences) */
static int
seg_urlch(unsigned c)
{
	static const unsigned char extra[128] = {
		['-'] = 1, ['.'] = 1, ['_'] = 1, ['~'] = 1, [':'] = 1,
		['/'] = 1, ['?'] = 1, ['#'] = 1, ['@'] = 1, ['$'] = 1,
		['&'] = 1, ['*'] = 1, ['+'] = 1, ['='] = 1, ['%'] = 1
	};

	return c < 0x80 && (seg_isword(seg_acls(c)) || extra[c]);
}

static void
seg_url_span(struct seg_state *st, size_t i, size_t pe)
{
	const unsigned char *t = st->t;
	size_t u = i;

	st->url_mark = SEG_NONE;
	while (u < pe) {
		unsigned c;

		/* a-z are URL characters and no mark: skipped in one go */
		u += seg_lower_run(t + u, pe - u);
		if (u == pe)
			break;
		c = t[u];
		if (!seg_urlch(c))
			break;
		/* name@host, scheme:// */
		if ((c == '@' && u > i && u + 1 < pe &&
		    seg_isword(seg_acls(t[u - 1])) &&
		    seg_isword(seg_acls(t[u + 1]))) ||
		    (c == ':' && u + 2 < pe && t[u + 1] == '/' &&
		    t[u + 2] == '/'))
			st->url_mark = u;
		u++;
	}
	st->url_end = u;
}

/* A URL or e-mail address starting at i ends at the returned offset, 0 if
   there is none: the span of URL characters, trailing punctuation cut. */
static size_t
seg_url(struct seg_state *st, size_t i, size_t pe)
{
	const unsigned char *t = st->t;
	size_t u;

	if (i >= st->url_end)
		seg_url_span(st, i, pe);
	if ((st->url_mark == SEG_NONE || st->url_mark <= i) &&
	    !(st->url_end - i > 4 && (t[i] | 0x20) == 'w' &&
	    (t[i + 1] | 0x20) == 'w' && (t[i + 2] | 0x20) == 'w' &&
	    t[i + 3] == '.'))
		return 0;
	u = st->url_end;
	while (u > i && strchr(".,:;?!*&=#-", (int)t[u - 1]) != NULL)
		u--;
	return u;
}

/* The token array is full: double it (the first one is sized from the text). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void
seg_tokgrow(struct seg_state *st)
{
	struct article *a = st->a;
	size_t ncap = st->tcap ? st->tcap * 2 : st->len / 6 + 64;

	a->tokens = arena_grow(a->arena, a->tokens,
	    st->tcap * sizeof(*a->tokens), ncap * sizeof(*a->tokens));
	st->tcap = ncap;
}

/*
 * Called once a token: inline, with the rare growth out of line.  The
 * token is written whole, one store where there were seven.  stop marks
 * the tokens seg_bounds() must look at: all but words and numbers, and
 * words that end in a full stop (abbreviations, initials).
 */
static inline void
seg_newtok(struct seg_state *st, size_t start, size_t end, int kind,
    int flags, int stop)
{
	struct article *a = st->a;

	if (a->ntokens == st->tcap)
		seg_tokgrow(st);
	a->tokens[a->ntokens++] = (struct token){
		.start = (uint32_t)start,
		.end = (uint32_t)end,
		.sentence = SEG_NONE,
		.kind = (uint8_t)kind,
		.flags = (uint8_t)flags,
		.qmark = TOK_Q_NONE,
		.stop = (uint8_t)stop
	};
}

/*
 * The word or number starting at i (a letter or digit): its end.  A full
 * stop inside is kept when a digit (1.026), a lower-case letter (co.id,
 * a.m.) or an initialism (U.S.A, S.Pd) continues it; a full stop at the end
 * is kept by abbreviations, initials and initialisms; elsewhere it is left
 * out, to be a boundary (selesai.Wartawan).
 */
static size_t
seg_word_scan(struct seg_state *st, size_t i, size_t pe, int *kind,
    int *flags)
{
	const unsigned char *t = st->t;
	size_t j = i, seg = i, n;
	int letters = 0, upper = 0, digits = 0, dotted = 0, single = 0;
	int first = -1, c, nc;

	while (j < pe) {
		if (t[j] >= 0x80) {
			uint32_t cp = seg_decode(t, j, pe, &n);

			c = seg_ucls(cp);
			if (seg_isword(c)) {
				if (first < 0)
					first = c;
				if (c != SC_DIGIT)
					letters++;
				upper += c == SC_UPPER;
				j += n;
				continue;
			}
			/* ’ inside a word is an apostrophe: wasn’t, Jum’at */
			if (cp == 0x2019 && j > i &&
			    seg_isword(seg_cls_at(t, j + n, pe)) && letters) {
				j += n;
				continue;
			}
			break;
		}
		c = seg_acls(t[j]);
		if (c == SC_UPPER || c == SC_LOWER) {
			size_t run;

			if (first < 0)
				first = c;
			letters++;
			upper += c == SC_UPPER;
			/* the lower-case rest of the word in one go */
			run = seg_lower_run(t + j + 1, pe - j - 1);
			j += run + 1;
			letters += (int)run;
			continue;
		}
		if (c == SC_DIGIT) {
			if (first < 0)
				first = c;
			/* Rp78,7: the currency apart from the number */
			if (digits == 0 && j - i == 2 && letters == 2 &&
			    (t[i] | 0x20) == 'r' && (t[i + 1] | 0x20) == 'p')
				break;
			digits++;
			j++;
			continue;
		}
		if (c == SC_SPACE || (c == SC_QUOTE && t[j] != '\''))
			break;
		nc = seg_cls_at(t, j + 1, pe);
		if (t[j] == '-' && !dotted && seg_isword(nc)) {
			j++;
			continue;
		}
		if ((t[j] == ',' || t[j] == '/' || t[j] == ':') &&
		    t[j - 1] >= '0' && t[j - 1] <= '9' && nc == SC_DIGIT) {
			j++;
			continue;
		}
		if (t[j] == '\'' && letters && (nc == SC_UPPER ||
		    nc == SC_LOWER || nc == SC_LETTER)) {
			j++;
			continue;
		}
		if (t[j] != '.')
			break;
		/* a full stop */
		if (t[j - 1] >= '0' && t[j - 1] <= '9' && nc == SC_DIGIT) {
			j++;
			continue;
		}
		if (j - seg == 1 && letters)
			single = 1;
		if (nc == SC_LOWER) {
			dotted = 1;
			seg = ++j;
			continue;
		}
		if (nc == SC_UPPER || nc == SC_LETTER) {
			size_t k = j + 1;

			/* U.S.A, S.Pd.I, Ph.D.: short parts between stops */
			while (k < pe && k - j <= 3 &&
			    seg_isword(seg_acls(t[k])))
				k++;
			if ((j - seg == 1 && letters) || dotted ||
			    (j - seg <= 2 && k < pe && t[k] == '.' &&
			    k - j <= 3)) {
				dotted = 1;
				seg = ++j;
				continue;
			}
			if (seg_abbrev_class(st->sg,
			    (const char *)t + i, j + 1 - i) >= 0)
				j++;
			break;
		}
		if (digits && !letters)
			break;		/* numbers never keep a final stop */
		if (nc == SC_DIGIT) {
			if (seg_abbrev_class(st->sg,
			    (const char *)t + i, j + 1 - i) >= 0)
				j++;
			break;
		}
		if ((j - i == 1 && letters) || (dotted && single) ||
		    seg_abbrev_class(st->sg,
			    (const char *)t + i, j + 1 - i) >= 0)
			j++;
		break;
	}
	*kind = first == SC_DIGIT && letters == 0 ? TOK_NUMBER : TOK_WORD;
	*flags = 0;
	if (first == SC_UPPER)
		*flags |= TOK_CAP;
	if (letters >= 2 && upper == letters)
		*flags |= TOK_ALLCAPS;
	if (digits)
		*flags |= TOK_HAS_DIGIT;
	return j;
}

/*
 * seg_word_scan(), unless a URL or an e-mail address starts at i.  Only
 * a word that stops at a URL character is looked at again, so the scan
 * stays one pass for ordinary words.
 */
static size_t
seg_word(struct seg_state *st, size_t i, size_t pe, int *kind, int *flags)
{
	size_t j = seg_word_scan(st, i, pe, kind, flags), u;
	unsigned c = j < pe ? st->t[j] : ' ';

	if (c < 0x80 && seg_urlch(c) && !seg_isword(seg_acls(c)) &&
	    (u = seg_url(st, i, pe)) > j) {
		*kind = TOK_WORD;
		return u;
	}
	return j;
}

/* Cut [ps, pe) into tokens. */
static void
seg_tokenize(struct seg_state *st, size_t ps, size_t pe)
{
	const struct article *a = st->a;
	const unsigned char *t = st->t;
	size_t i = ps, j, n;
	int kind, flags, c;

	while (i < pe) {
		if (t[i] < 0x80) {
			c = seg_acls(t[i]);
			n = 1;
		} else
			c = seg_ucls(seg_decode(t, i, pe, &n));
		/*
		 * Fast path for most words, ahead of the switch: a letter,
		 * a-z, then a space , \n " ) or ;, where seg_word() stops
		 * with the same kind and flags (one capital is not all caps;
		 * none of these continues a word or a URL).
		 */
		if (c == SC_UPPER || c == SC_LOWER) {
			j = i + n + seg_lower_run(t + i + n, pe - i - n);
			if (j < pe && seg_fastend[t[j]]) {
				seg_newtok(st, i, j, TOK_WORD,
				    c == SC_UPPER ? TOK_CAP : 0, 0);
				i = j + (t[j] == ' ');	/* and the space */
				continue;
			}
		}
		switch (c) {
		case SC_SPACE:
			i += n;
			continue;
		case SC_UPPER:
		case SC_LOWER:
		case SC_LETTER:
		case SC_DIGIT:
			j = seg_word(st, i, pe, &kind, &flags);
			seg_newtok(st, i, j, kind, flags,
			    kind == TOK_WORD && t[j - 1] == '.');
			i = j;
			continue;
		case SC_TERM:
			/* runs of . ? ! ... are one token */
			for (j = i + n; j < pe; j += n) {
				if (t[j] < 0x80) {
					n = 1;
					if (seg_acls(t[j]) != SC_TERM)
						break;
				} else if (seg_ucls(seg_decode(t, j, pe, &n)) !=
				    SC_TERM)
					break;
			}
			seg_newtok(st, i, j, TOK_PUNCT, 0, 1);
			i = j;
			continue;
		case SC_QUOTE:
			if (st->nquote++ == 0)
				st->qfirst = a->ntokens;
			st->qend = a->ntokens + 1;
			if (t[i] >= 0x80 &&
			    seg_qtype(seg_decode(t, i, pe, &n)) == Q_DOPEN)
				st->has_dopen = 1;
			seg_newtok(st, i, i + n, TOK_QUOTE, 0, 1);
			i += n;
			continue;
		default:
			seg_newtok(st, i, i + n, TOK_PUNCT, 0, 1);
			i += n;
			continue;
		}
	}
}

/* Is the character before offset i (in [ps, ...)) blank for flanking? */
static int
seg_blank_before(const unsigned char *t, size_t ps, size_t i)
{
	unsigned c;

	if (i <= ps)
		return 1;
	c = t[i - 1];
	if (c < 0x80)
		return seg_acls(c) == SC_SPACE || c == '(' || c == '[' ||
		    c == '{' || c == '"' || c == '\'' || c == '-';
	/* U+00A0, quotation marks U+2018-U+201F, dashes U+2013/U+2014 */
	if (i - ps >= 2 && t[i - 2] == 0xc2 && c == 0xa0)
		return 1;
	if (i - ps >= 3 && t[i - 3] == 0xe2 && t[i - 2] == 0x80 &&
	    ((c >= 0x98 && c <= 0x9f) || c == 0x93 || c == 0x94))
		return 1;
	return 0;
}

static int
seg_blank_after(const unsigned char *t, size_t i, size_t pe)
{
	int c;

	if (i >= pe)
		return 1;
	c = seg_cls_at(t, i, pe);
	if (c == SC_SPACE || c == SC_TERM || c == SC_QUOTE)
		return 1;
	return t[i] == ',' || t[i] == ';' || t[i] == ':' || t[i] == ')' ||
	    t[i] == ']' || t[i] == '}' || t[i] == '-';
}

/*
 * A mark after , . ? ! and before a lower-case word closes, even when a
 * stray blank puts it against the word (detokenized text: tracing, ”ujarnya).
 */
static int
seg_spaced_close(const unsigned char *t, size_t ps, size_t pe,
    const struct token *tk)
{
	size_t p = tk->start;

	while (p > ps && t[p - 1] == ' ')
		p--;
	if (p == ps || strchr(",.?!", t[p - 1]) == NULL || t[p - 1] == 0)
		return 0;
	return seg_cls_at(t, tk->end, pe) == SC_LOWER;
}

/*
 * Pair the quotation marks of the paragraph [ps, pe), the tokens from
 * st->qfirst to st->qend that seg_tokenize() noted.
 * Sets qmark; an opening mark that has a partner keeps the partner's index
 * in its sentence field until seg_bounds() has read it.  Double marks do
 * not nest: the first opens, the next closes, except that a mark blank on
 * its left only (“Kami) opens and one blank on its right only closes, which
 * mends a lost mark before it can flip the rest of the paragraph.
 */
static void
seg_pair_quotes(struct seg_state *st, size_t ps, size_t pe)
{
	struct token *tok = st->a->tokens;
	const unsigned char *t = st->t;
	size_t k, n, dopen = SEG_NONE, sopen = SEG_NONE;
	int has_dopen = st->has_dopen, q, lb, rb;

	for (k = st->qfirst; k < st->qend; k++) {
		if (tok[k].kind != TOK_QUOTE)
			continue;
		q = seg_qtype(seg_decode(t, tok[k].start, pe, &n));
		lb = seg_blank_before(t, ps, tok[k].start);
		rb = seg_blank_after(t, tok[k].end, pe);
		/* Kompas writes ” both ways: a straight mark then */
		if (q == Q_DCLOSE && !has_dopen)
			q = Q_DSTRAIGHT;
		if (q == Q_DOPEN || q == Q_DCLOSE || q == Q_DSTRAIGHT) {
			int spaced = q != Q_DOPEN &&
			    seg_spaced_close(t, ps, pe, &tok[k]);
			/* ” before a word and after a blank opens, even where
			   the paragraph also has “ (Kompas habits mixed) */
			int opens = q == Q_DOPEN || (q != Q_DOPEN && lb &&
			    !rb && !spaced);
			int closes = (q == Q_DCLOSE && !opens) ||
			    (q == Q_DSTRAIGHT && ((rb && !lb) || spaced));

			/* single marks nest inside double ones */
			if (sopen != SEG_NONE &&
			    seg_qtype(seg_decode(t, tok[sopen].start, pe,
			    &n)) == Q_SSTRAIGHT)
				tok[sopen].qmark = TOK_Q_AMBIG;
			sopen = SEG_NONE;
			if (dopen == SEG_NONE) {
				if (closes) {
					tok[k].qmark = TOK_Q_CLOSE;
				} else {
					tok[k].qmark = TOK_Q_OPEN;
					dopen = k;
				}
			} else if (opens) {
				/* the mark before lost its partner */
				if (!(seg_blank_before(t, ps,
				    tok[dopen].start) && !seg_blank_after(t,
				    tok[dopen].end, pe)))
					tok[dopen].qmark = TOK_Q_AMBIG;
				tok[k].qmark = TOK_Q_OPEN;
				dopen = k;
			} else {
				tok[k].qmark = TOK_Q_CLOSE;
				tok[dopen].sentence = (uint32_t)k;
				dopen = SEG_NONE;
			}
			continue;
		}
		/* single marks: pair only what is found on both sides */
		if ((q == Q_SOPEN || q == Q_SSTRAIGHT) && lb && !rb) {
			if (sopen != SEG_NONE)
				tok[sopen].qmark = q == Q_SOPEN ?
				    TOK_Q_OPEN : TOK_Q_AMBIG;
			tok[k].qmark = TOK_Q_OPEN;
			sopen = k;
		} else if ((q == Q_SCLOSE || q == Q_SSTRAIGHT) && !lb) {
			tok[k].qmark = q == Q_SCLOSE ? TOK_Q_CLOSE :
			    TOK_Q_AMBIG;
			if (sopen != SEG_NONE && rb) {
				tok[k].qmark = TOK_Q_CLOSE;
				tok[sopen].sentence = (uint32_t)k;
				sopen = SEG_NONE;
			}
		} else {
			tok[k].qmark = q == Q_SOPEN ? TOK_Q_OPEN :
			    q == Q_SCLOSE ? TOK_Q_CLOSE : TOK_Q_AMBIG;
		}
	}
	/* an unpaired straight mark: AMBIG unless its sides say */
	if (dopen != SEG_NONE && !(seg_blank_before(t, ps, tok[dopen].start) &&
	    !seg_blank_after(t, tok[dopen].end, pe)))
		tok[dopen].qmark = TOK_Q_AMBIG;
	if (sopen != SEG_NONE &&
	    seg_qtype(seg_decode(t, tok[sopen].start, pe, &n)) == Q_SSTRAIGHT)
		tok[sopen].qmark = TOK_Q_AMBIG;
}

static int
seg_tok_is(const struct seg_state *st, const struct token *tk, const char *s)
{
	size_t n = strlen(s);

	return tk->end - tk->start == n &&
	    memcmp(st->t + tk->start, s, n) == 0;
}

/* Does the token end a sentence candidate: . ? ! ... or Plt. U.S. */
static int
seg_is_term(const struct seg_state *st, const struct token *tk)
{
	if (tk->kind == TOK_PUNCT)
		return seg_cls_at(st->t, tk->start, tk->end) == SC_TERM;
	return tk->kind == TOK_WORD && st->t[tk->end - 1] == '.';
}

/*
 * A list marker at token i: [bullet] (1-2 digits | one lower-case letter)
 * then "." ")" or ".)", then a capitalised word.  Returns the index of that
 * word, or 0; *value is the item number, *form how it is written.
 */
static size_t
seg_marker(const struct seg_state *st, size_t i, size_t te, int *value,
    int *form)
{
	const struct token *tok = st->a->tokens;
	const unsigned char *t = st->t;
	size_t m = i;

	*form = 0;
	if (tok[m].kind == TOK_PUNCT && seg_isbullet(t, &tok[m])) {
		*form |= 4;
		if (++m >= te)
			return 0;
	}
	if (tok[m].kind == TOK_NUMBER && tok[m].end - tok[m].start <= 2 &&
	    t[tok[m].end - 1] >= '0' && t[tok[m].end - 1] <= '9' &&
	    (tok[m].end - tok[m].start == 1 || (t[tok[m].start] >= '0' &&
	    t[tok[m].start] <= '9'))) {
		*value = t[tok[m].start] - '0';
		if (tok[m].end - tok[m].start == 2)
			*value = *value * 10 + t[tok[m].start + 1] - '0';
		m++;
	} else if (tok[m].kind == TOK_WORD && tok[m].end - tok[m].start <= 2 &&
	    t[tok[m].start] >= 'a' && t[tok[m].start] <= 'z' &&
	    (tok[m].end - tok[m].start == 1 || t[tok[m].start + 1] == '.')) {
		*value = t[tok[m].start] - 'a' + 1;
		*form |= 8;
		if (tok[m].end - tok[m].start == 2)
			*form |= 1;
		m++;
	} else
		return 0;
	if (m < te && !(*form & 1) && seg_tok_is(st, &tok[m], ".") &&
	    tok[m].start == tok[m - 1].end) {
		*form |= 1;
		m++;
	}
	if (m < te && seg_tok_is(st, &tok[m], ")") &&
	    tok[m].start == tok[m - 1].end) {
		*form |= 2;
		m++;
	}
	if (!(*form & 3) || m >= te || tok[m].start == tok[m - 1].end ||
	    !(tok[m].flags & TOK_CAP))
		return 0;
	return m;
}

static int
seg_starter(const struct seg_state *st, const struct token *tk)
{
	const char *v;
	long i;

	if (tk->kind != TOK_WORD)
		return 0;
	i = lex_find(&lex_seg_starters, (const char *)st->t + tk->start,
	    tk->end - tk->start);
	if (i < 0 || lex_col(&lex_seg_starters, i, 0, &v) < 2)
		return 0;
	if (v[0] == 'b')
		return 1;
	return st->a->lang == ART_LANG_EN ? v[0] == 'e' : v[0] == 'i';
}

static int
seg_tok_abbrev(const struct seg_state *st, const struct token *tk)
{
	size_t n = tk->end - tk->start;
	int c = seg_abbrev_class(st->sg, (const char *)st->t + tk->start, n);

	if (c < 0)
		c = AB_ACR;	/* an initial or a dotted initialism */
	return c;
}

/* Is the word a reporting verb that follows its quotation (kata, ujarnya)? */
static int
seg_cue(const struct seg_state *st, const struct token *tk)
{
	const char *v;
	long i;

	if (tk->kind != TOK_WORD)
		return 0;
	i = lex_find(&lex_cues, (const char *)st->t + tk->start,
	    tk->end - tk->start);
	return i >= 0 && lex_col(&lex_cues, i, 1, &v) >= 10 &&
	    memcmp(v, "post_quote", 10) == 0;
}

/*
 * A bare full stop or question mark at i, followed by the lower-case word
 * at i + 1, ends a sentence when it closes a plain word or a number too
 * long to be a list marker: texts that start sentences in lower case (sayuran
 * lain. dijaren, 5 Juni 1879. atau, dari komanya? naskah) are far more
 * common than unknown abbreviations of four letters with a vowel, which
 * the abbreviation lists catch anyway (dkk. tsb. approx. carry their stop
 * and never get here).  Before a reporting verb (sadar? tanya dia) the
 * marks of a quotation are missing: no break.  A question mark breaks only
 * where no quotation mark came before it in the sentence, since quoted
 * questions run on in lower case.  The word must stand apart from what
 * precedes it.  Not in English, whose writers
 * capitalise: there a full stop before a lower-case word is a slip
 * (introduced. unless voluntary steps were taken).
 */
static int
seg_lower_ends(const struct seg_state *st, size_t s0, size_t i)
{
	const struct token *tok = st->a->tokens;
	const struct token *p;
	const unsigned char *t = st->t;
	size_t n, x;
	int vowel = 0, question = seg_tok_is(st, &tok[i], "?");
	size_t least = question ? 2 : 4;	/* ini? itu? are plain words */

	if (st->a->lang == ART_LANG_EN || i <= s0 ||
	    !(question || seg_tok_is(st, &tok[i], ".")) ||
	    tok[i - 1].end != tok[i].start || tok[i + 1].start == tok[i].end ||
	    seg_cue(st, &tok[i + 1]))
		return 0;
	p = &tok[i - 1];
	n = p->end - p->start;
	/* Šef?ovi? menyatakan (mojibake), simamaung. com (a spaced domain) */
	if ((i >= 2 && tok[i - 2].end == p->start) ||
	    seg_tok_is(st, &tok[i + 1], "com") ||
	    seg_tok_is(st, &tok[i + 1], "co") ||
	    seg_tok_is(st, &tok[i + 1], "id") ||
	    seg_tok_is(st, &tok[i + 1], "net") ||
	    seg_tok_is(st, &tok[i + 1], "org"))
		return 0;
	if (question && st->qlast != SEG_NONE && st->qlast >= s0)
		return 0;
	/* 1879. atau, but not a list item (kecuali: 1. pihak ... 12. hak) */
	if (p->kind == TOK_NUMBER)
		return n >= 3 && i - 1 > s0;
	if (p->kind != TOK_WORD || n < least ||
	    (p->flags & (TOK_CAP | TOK_HAS_DIGIT)))
		return 0;
	for (x = p->start; x < p->end; x++) {
		if (t[x] == '-' && x > p->start)
			continue;	/* anak-anak */
		if (t[x] >= 0x80 || seg_acls(t[x]) != SC_LOWER)
			return 0;	/* co.id, Jum'at, Élysée: not plain */
		vowel |= strchr("aeiou", t[x]) != NULL;
	}
	return vowel;
}

/*
 * Given the terminators [i, j] and the closing marks up to k, where does
 * the sentence end (s0 is where it starts): the token index it ends
 * before, or SEG_NONE.
 */
static size_t
seg_decide(const struct seg_state *st, size_t tf, size_t te, size_t s0,
    size_t i, size_t j, size_t k)
{
	const struct token *tok = st->a->tokens;
	const unsigned char *t = st->t;
	size_t w = k;
	int bracket = 0, quote = 0, c;

	/* a quote + attribution is one sentence: not inside a quotation */
	while (w < te && ((tok[w].kind == TOK_QUOTE &&
	    tok[w].qmark != TOK_Q_CLOSE) || seg_tok_is(st, &tok[w], "(") ||
	    seg_tok_is(st, &tok[w], "["))) {
		bracket |= tok[w].kind != TOK_QUOTE;
		quote |= tok[w].qmark == TOK_Q_OPEN;
		w++;
	}
	if (w >= te)
		return SEG_NONE;
	/*
	 * Dumps that join paragraphs with a comma (triliun.,Adapun,
	 * tuturnya.,"Episentrum, 2020., Terkait): after a bare mark, the
	 * comma ends the sentence before a capitalised word or an opening
	 * mark.  Degrees (S.Si.,M.M. and Budi, S.H., Kepala) carry their
	 * stop, so they are not bare and go on; so may a short capitalised
	 * word (Denpasar Tim., Kota; Mph., Panglima).
	 */
	if (w == i + 1 && seg_tok_is(st, &tok[w], ",") && w + 1 < te &&
	    seg_tok_is(st, &tok[i], ".") && i > tf &&
	    !((tok[i - 1].flags & TOK_CAP) &&
	    tok[i - 1].end - tok[i - 1].start <= 3)) {
		const struct token *n = &tok[w + 1];

		if (n->kind == TOK_QUOTE && n->qmark == TOK_Q_OPEN)
			return w + 1;
		if (n->kind == TOK_WORD && (n->flags & TOK_CAP) &&
		    n->end - n->start >= 3 && t[n->end - 1] != '.' &&
		    seg_acls(t[n->start + 1]) == SC_LOWER &&
		    seg_acls(t[n->start + 2]) == SC_LOWER)
			return w + 1;
		return SEG_NONE;
	}
	if (tok[w].kind == TOK_PUNCT)
		return seg_isbullet(t, &tok[w]) ? k : SEG_NONE;
	/* an initial before a number is a code, not a name: No. XI. B. 02 */
	if (tok[w].kind == TOK_WORD && tok[w].end - tok[w].start == 2 &&
	    t[tok[w].end - 1] == '.' && w + 1 < te &&
	    tok[w + 1].kind == TOK_NUMBER)
		return SEG_NONE;
	c = seg_cls_at(t, tok[w].start, tok[w].end);
	/* no break before a lower-case letter, but after a plain word */
	if (c == SC_LOWER)
		return w == i + 1 && seg_lower_ends(st, s0, i) ? w : SEG_NONE;
	/*
	 * nor before a digit (Rp. 500, pukul 21.15, p. 55), unless it opens
	 * a quotation ("1983 was) or an ordinary word ends the sentence and
	 * a counted noun starts the next (sebagai bek. 1 set kursi)
	 */
	if (c == SC_DIGIT && !quote && !(w == k && k == i + 1 &&
	    seg_tok_is(st, &tok[i], ".") && i > tf &&
	    tok[i - 1].kind == TOK_WORD && tok[i - 1].end == tok[i].start &&
	    !(tok[i - 1].flags & (TOK_CAP | TOK_HAS_DIGIT)) &&
	    tok[i - 1].end - tok[i - 1].start >= 3 &&
	    tok[w].kind == TOK_NUMBER && w + 1 < te &&
	    tok[w + 1].kind == TOK_WORD && tok[w + 1].start > tok[w].end))
		return SEG_NONE;
	if (tok[i].kind == TOK_PUNCT) {
		if (t[tok[i].start] != '.' || tok[i].end - tok[i].start > 1)
			return k;
		if (j - i >= 2) {
			/* spaced ellipsis: word. . . . Next / . . . . Next
			   end the sentence, "is . . . I" does not */
			if (i > tf && tok[i - 1].end == tok[i].start)
				return i + 1;
			return j - i >= 3 ? k : SEG_NONE;
		}
		return k;
	}
	switch (seg_tok_abbrev(st, &tok[i])) {
	case AB_PRE:
		return SEG_NONE;
	case AB_POST:
		/* S.H. M.Si.: a degree after a degree continues, and so
		   does a slashed abbreviation (Ltd. C/O PT, a/n, s/d) */
		if (bracket || (tok[w].kind == TOK_WORD &&
		    t[tok[w].end - 1] == '.' &&
		    seg_tok_abbrev(st, &tok[w]) != AB_PRE) ||
		    (w + 2 < te && tok[w].end - tok[w].start == 1 &&
		    seg_tok_is(st, &tok[w + 1], "/") &&
		    tok[w + 1].start == tok[w].end &&
		    tok[w + 2].start == tok[w + 1].end &&
		    tok[w + 2].end - tok[w + 2].start == 1))
			return SEG_NONE;
		return k;
	default:
		/*
		 * at 6 P.M. Mr. Smith: a clock time ends a clause before a
		 * title, unless it opens its sentence (At 5 a.m. Mr. Smith)
		 */
		if (i >= s0 + 4 && tok[i - 1].kind == TOK_NUMBER &&
		    tok[i].end - tok[i].start == 4 &&
		    strchr("apAP", t[tok[i].start]) != NULL &&
		    (t[tok[i].start + 2] | 0x20) == 'm' &&
		    tok[w].kind == TOK_WORD && t[tok[w].end - 1] == '.' &&
		    seg_tok_abbrev(st, &tok[w]) == AB_PRE)
			return k;
		/* Grup A. Timnas ...: a label, not an initial */
		if (tok[i].end - tok[i].start == 2 && i > tf &&
		    tok[i - 1].kind == TOK_WORD &&
		    lex_find_fold(&lex_seg_labels, (const char *)t +
		    tok[i - 1].start, tok[i - 1].end - tok[i - 1].start) >= 0)
			return k;
		return seg_starter(st, &tok[w]) ? k : SEG_NONE;
	}
}

static void
seg_sentence(struct seg_state *st, size_t first, size_t end, int flags)
{
	struct article *a = st->a;
	struct sentence *s;
	size_t k;

	if (first >= end)
		return;
	if (a->nsentences == st->scap) {
		size_t ncap = st->scap ? st->scap * 2 : st->len / 64 + 16;

		a->sentences = arena_grow(a->arena, a->sentences,
		    st->scap * sizeof(*s), ncap * sizeof(*s));
		st->scap = ncap;
	}
	s = &a->sentences[a->nsentences];
	s->start = a->tokens[first].start;
	s->end = a->tokens[end - 1].end;
	s->tok_first = (uint32_t)first;
	s->tok_end = (uint32_t)end;
	s->para = st->para;
	s->flags = (uint32_t)flags;
	for (k = first; k < end; k++)
		a->tokens[k].sentence = (uint32_t)a->nsentences;
	a->tokens[first].flags |= TOK_SENT_START;
	a->nsentences++;
}

/* Walk the tokens [tf, te) of one paragraph and close its sentences. */
static void
seg_bounds(struct seg_state *st, size_t tf, size_t te)
{
	struct token *tok = st->a->tokens;
	size_t i = tf, s0 = tf, j, k, b, m, inside = 0;
	int list_next = -1, list_form = 0, value, form;

	/* the quotation marks of the paragraphs before; in this one the
	   cursor just jumps when it has none */
	for (; st->qcur < tf; st->qcur++)
		if (tok[st->qcur].kind == TOK_QUOTE)
			st->qlast = st->qcur;
	while (i < te) {
		if (i == s0 && (m = seg_marker(st, i, te, &value, &form))) {
			/* a list item: its marker ends nothing */
			list_next = value + 1;
			list_form = form;
			i = m;
			continue;
		}
		/* fast path outside lists: words and numbers that do not end
		   in a full stop neither end a sentence nor are quotes; the
		   tokenizer marked the others (stop), one byte to test */
		if (list_next < 0 && i > s0) {
			while (i < te && !tok[i].stop)
				i++;
			if (i == te)
				break;
		}
		if (i > s0 && list_next >= 0 && tok[i].start > tok[i - 1].end &&
		    seg_marker(st, i, te, &value, &form) &&
		    value == list_next && form == list_form) {
			seg_sentence(st, s0, i, s0 == tf ? SENT_PARA_START : 0);
			s0 = i;
			continue;
		}
		if (tok[i].kind == TOK_QUOTE && tok[i].sentence != SEG_NONE &&
		    tok[i].sentence > inside)
			inside = tok[i].sentence;
		if (!seg_is_term(st, &tok[i])) {
			i++;
			continue;
		}
		/* [...] and (...) mark an omission */
		if (tok[i].kind == TOK_PUNCT && i > tf && i + 1 < te &&
		    tok[i - 1].end == tok[i].start &&
		    tok[i + 1].start == tok[i].end &&
		    (seg_tok_is(st, &tok[i - 1], "[") ||
		    seg_tok_is(st, &tok[i - 1], "(")) &&
		    (seg_tok_is(st, &tok[i + 1], "]") ||
		    seg_tok_is(st, &tok[i + 1], ")"))) {
			i += 2;
			continue;
		}
		j = i;
		if (seg_tok_is(st, &tok[i], "."))
			while (j + 1 < te && seg_tok_is(st, &tok[j + 1], ".") &&
			    tok[j + 1].start == tok[j].end + 1 &&
			    st->t[tok[j].end] == ' ')
				j++;
		for (k = j + 1; k < te; k++) {
			if (tok[k].kind == TOK_QUOTE ?
			    tok[k].qmark != TOK_Q_CLOSE :
			    !(seg_tok_is(st, &tok[k], ")") ||
			    seg_tok_is(st, &tok[k], "]") ||
			    seg_tok_is(st, &tok[k], "}")))
				break;
		}
		/* before the paragraph's first quotation mark and past its
		   last (or with none) no token needs a look */
		if (st->nquote == 0 || st->qcur >= st->qend)
			st->qcur = st->qcur < i ? i : st->qcur;
		else if (st->qcur < st->qfirst)
			st->qcur = st->qfirst < i ? st->qfirst : i;
		for (; st->qcur < i; st->qcur++)
			if (tok[st->qcur].kind == TOK_QUOTE)
				st->qlast = st->qcur;
		b = SEG_NONE;
		if (k < te && inside < k)
			b = seg_decide(st, tf, te, s0, i, j, k);
		if (b != SEG_NONE) {
			seg_sentence(st, s0, b, s0 == tf ? SENT_PARA_START : 0);
			s0 = b;
			i = b;
		} else
			i = k;
	}
	seg_sentence(st, s0, te, s0 == tf ? SENT_PARA_START : 0);
}

static void
seg_paragraph(struct seg_state *st, size_t ps, size_t pe, int title)
{
	struct article *a = st->a;
	size_t tf = a->ntokens, te;

	st->nquote = 0;
	st->has_dopen = 0;
	seg_tokenize(st, ps, pe);
	te = a->ntokens;
	if (te == tf)
		return;
	a->tokens[tf].flags |= TOK_PARA_START;
	if (st->nquote > 0)
		seg_pair_quotes(st, ps, pe);
	if (title)
		seg_sentence(st, tf, te, SENT_TITLE | SENT_PARA_START);
	else
		seg_bounds(st, tf, te);
	st->para++;
}

/* Does a list item or a heading start at q: "- " "* " "• " "# " "12. "
   "3) "?  One per line, they are paragraphs of their own. */
static int
seg_line_item(const unsigned char *t, size_t q, size_t len)
{
	size_t d = q;

	if (q + 1 < len && (t[q] == '-' || t[q] == '*' || t[q] == '#') &&
	    (t[q + 1] == ' ' || t[q + 1] == '#'))
		return 1;
	if (q + 3 < len && t[q] == 0xe2 && t[q + 1] == 0x80 &&
	    t[q + 2] == 0xa2 && t[q + 3] == ' ')
		return 1;
	while (d < len && d - q < 3 && t[d] >= '0' && t[d] <= '9')
		d++;
	return d > q && d + 1 < len && (t[d] == '.' || t[d] == ')') &&
	    t[d + 1] == ' ';
}

/*
 * Does the line break at nl end a paragraph?  Blank lines do; a single
 * newline does after . ? ! ... or a closing mark, unless a lower-case
 * letter follows, and before a list item (see segment.h).  *next is where the next line starts.
 */
static int
seg_para_break(const unsigned char *t, size_t ps, size_t nl, size_t len,
    size_t *next)
{
	size_t q = nl + 1, p = nl;
	unsigned c;

	while (q < len && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r' ||
	    t[q] == '\n' || t[q] == '\f' || t[q] == '\v')) {
		if (t[q] == '\n') {
			while (q < len && seg_acls(t[q]) == SC_SPACE)
				q++;
			*next = q;
			return 1;
		}
		q++;
	}
	*next = q;
	if (q < len && t[q] >= 'a' && t[q] <= 'z')
		return 0;
	if (seg_line_item(t, q, len))
		return 1;
	while (p > ps && (t[p - 1] == ' ' || t[p - 1] == '\t' ||
	    t[p - 1] == '\r'))
		p--;
	/* a Markdown hard break (pergudangan.\<newline>) ends the line */
	if (p - ps >= 2 && t[p - 1] == '\\' && t[p - 2] != '\\')
		p--;
	if (p == ps)
		return 1;
	c = t[p - 1];
	if (c == '.' || c == '?' || c == '!' || c == ')' || c == '"' ||
	    c == '\'' || c == ']')
		return 1;
	/* … ” ’ (E2 80 A6/9D/99), » (C2 BB) */
	if (p - ps >= 3 && t[p - 3] == 0xe2 && t[p - 2] == 0x80 &&
	    (c == 0xa6 || c == 0x9d || c == 0x99))
		return 1;
	return p - ps >= 2 && t[p - 2] == 0xc2 && c == 0xbb;
}

void
seg_run(struct segmenter *sg, struct article *a)
{
	struct seg_state st;
	const unsigned char *t = (const unsigned char *)a->text;
	size_t pos = 0, ps, next, tl;
	const unsigned char *nl;

	memset(&st, 0, sizeof(st));
	st.sg = sg;
	st.a = a;
	st.t = t;
	st.len = a->len;
	st.qlast = SEG_NONE;
	a->sentences = NULL;
	a->nsentences = 0;
	a->tokens = NULL;
	a->ntokens = 0;
	if (t == NULL)
		return;
	while (pos < a->len && seg_acls(t[pos]) == SC_SPACE)
		pos++;
	/* the title line is a sentence of its own */
	if (a->title != NULL && (tl = strlen(a->title)) > 0 &&
	    a->len - pos >= tl && memcmp(t + pos, a->title, tl) == 0 &&
	    (pos + tl == a->len || t[pos + tl] == '\n' ||
	    t[pos + tl] == '\r')) {
		seg_paragraph(&st, pos, pos + tl, 1);
		pos += tl;
	}
	ps = pos;
	while (pos < a->len) {
		nl = memchr(t + pos, '\n', a->len - pos);
		if (nl == NULL)
			break;
		if (seg_para_break(t, ps, (size_t)(nl - t), a->len, &next)) {
			seg_paragraph(&st, ps, (size_t)(nl - t), 0);
			ps = next;
		}
		pos = next > (size_t)(nl - t) ? next : (size_t)(nl - t) + 1;
	}
	if (ps < a->len)
		seg_paragraph(&st, ps, a->len, 0);
}
