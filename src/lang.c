#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "article.h"
#include "lang.h"
#include "swar.h"
#include "util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Function words frequent in news, none shared between the two languages. */
static const char *const lang_id_words[] = {
	"ada", "akan", "bahwa", "bisa", "dalam", "dan", "dari", "dengan",
	"di", "ini", "itu", "juga", "karena", "kata", "ke", "mereka",
	"oleh", "pada", "saat", "sudah", "telah", "tersebut", "tidak",
	"untuk", "yang",
};

static const char *const lang_en_words[] = {
	"and", "are", "as", "at", "be", "but", "by", "for", "from", "has",
	"have", "he", "his", "in", "is", "it", "not", "of", "on", "said",
	"that", "the", "they", "this", "to", "was", "were", "which",
	"with",
};

/*
 * Every word of the sample is looked up, so the lists go into a hash table
 * on first use: a word of at most 8 letters is its bytes, lower case,
 * zero-padded, read as a 64-bit integer (the key), and a multiplicative
 * hash of the key picks its slot.  The multiplier is chosen so that no two
 * listed words share a slot (a perfect hash): a lookup is one compare,
 * with no branch for the text to mispredict.
 */
#define LANG_BITS	9
#define LANG_SLOTS	(1 << LANG_BITS)

static uint64_t		 lang_keys[LANG_SLOTS];
static unsigned char	 lang_langs[LANG_SLOTS];	/* 0: empty slot */
static uint64_t		 lang_mul;
static pthread_once_t	 lang_once = PTHREAD_ONCE_INIT;

/*
 * The first 2 KiB say enough; reading more would cost time on every
 * article.  The count stops sooner once one language leads by LANG_LEAD
 * listed words: news in one language gets there within a few hundred
 * bytes, and the rest of the sample would only widen the lead.
 */
#define LANG_SAMPLE	2048
#ifndef LANG_LEAD
#define LANG_LEAD	12
#endif

static size_t
lang_slot(uint64_t key)
{
	return (size_t)((key * lang_mul) >> (64 - LANG_BITS));
}

/* 0 when the slot is taken: try another multiplier */
static int
lang_add(const char *w, int lang)
{
	uint64_t key = 0;
	size_t h;

	memcpy(&key, w, strlen(w));
	h = lang_slot(key);
	if (lang_langs[h] != 0)
		return 0;
	lang_keys[h] = key;
	lang_langs[h] = (unsigned char)lang;
	return 1;
}

static void
lang_build(void)
{
	size_t i;
	int ok;

	/* odd multipliers from a fixed sequence; a few dozen tries suffice */
	for (lang_mul = 0x9E3779B97F4A7C15ULL; ;
	    lang_mul = lang_mul * 6364136223846793005ULL + 1442695040888963407ULL) {
		lang_mul |= 1;
		memset(lang_keys, 0, sizeof(lang_keys));
		memset(lang_langs, 0, sizeof(lang_langs));
		ok = 1;
		for (i = 0; ok && i < UTIL_ARRAY_LEN(lang_id_words); i++)
			ok = lang_add(lang_id_words[i], ART_LANG_ID);
		for (i = 0; ok && i < UTIL_ARRAY_LEN(lang_en_words); i++)
			ok = lang_add(lang_en_words[i], ART_LANG_EN);
		if (ok)
			break;
	}
}

/* ART_LANG_ID, ART_LANG_EN, or 0 for a word in neither list */
static int
lang_lookup(uint64_t key)
{
	size_t h = lang_slot(key);

	/* a mask, not a branch: whether a word is listed is not predictable */
	return lang_langs[h] & -(int)(lang_keys[h] == key);
}

/* A letter is ASCII: (c | 0x20) in a..z. */
static int
lang_letter(unsigned c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* key bytes: y with only its first k (1..8) bytes, in memory order */
static uint64_t
lang_head(uint64_t y, size_t k)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return k < 8 ? y & ((1ULL << (8 * k)) - 1) : y;
#else
	unsigned char b[8];

	memcpy(b, &y, 8);
	memset(b + k, 0, 8 - k);
	memcpy(&y, b, 8);
	return y;
#endif
}

/*
 * bits[] gets one bit a byte of s[0..n), set for a letter: 16 bytes a
 * step with SSE2, the rest one by one.  Bits from n on are clear, and so
 * is the word after the last, so every word has an end.
 */
static void
lang_bitmap(const unsigned char *s, size_t n, uint64_t *bits)
{
	size_t i = 0;

	memset(bits, 0, ((n + 63) / 64 + 1) * sizeof(*bits));
#if defined(__SSE2__)
	for (; n - i >= 16; i += 16) {
		__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)
		    (const void *)(s + i)), _mm_set1_epi8(0x20));
		/* signed: bytes from 0x80 are below 'a' */
		__m128i let = _mm_andnot_si128(_mm_cmplt_epi8(y,
		    _mm_set1_epi8('a')), _mm_cmplt_epi8(y,
		    _mm_set1_epi8('z' + 1)));

		bits[i / 64] |= (uint64_t)(unsigned)_mm_movemask_epi8(let) <<
		    (i % 64);
	}
#endif
	for (; i < n; i++)
		if (lang_letter(s[i]))
			bits[i / 64] |= 1ULL << (i % 64);
}

/* the first position from i on whose bit is set (want 1) or clear (0) */
static size_t
lang_scan(const uint64_t *bits, size_t nwords, size_t i, int want)
{
	size_t w = i / 64;
	uint64_t x;

	if (w >= nwords)
		return nwords * 64;
	x = (want ? bits[w] : ~bits[w]) & (~0ULL << (i % 64));
	while (x == 0) {
		if (++w >= nwords)
			return nwords * 64;
		x = want ? bits[w] : ~bits[w];
	}
	return w * 64 + swar_ctz64(x);
}

static void
lang_count(uint64_t key, int *id, int *en)
{
	int l = lang_lookup(key);

	*id += l == ART_LANG_ID;
	*en += l == ART_LANG_EN;
}

/*
 * The sample's letters become a bitmap first; words are then found with
 * bit scans, and each short word's key is one load and a mask.  Finding
 * the words does not wait on loads, so the lookups of successive words
 * overlap.
 */
int
lang_detect(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	uint64_t bits[LANG_SAMPLE / 64 + 1];
	size_t i = 0, end = len < LANG_SAMPLE ? len : LANG_SAMPLE;
	size_t nwords = (end + 63) / 64;
	int id = 0, en = 0;

	pthread_once(&lang_once, lang_build);
	lang_bitmap(u, end, bits);
	for (;;) {
		size_t start = lang_scan(bits, nwords, i, 1), k;
		uint64_t key;

		if (start >= end)
			break;
		/* the word after the last is clear: the end is found */
		i = lang_scan(bits, nwords + 1, start, 0);
		k = i - start;
		if (k > 8)
			continue;
		if (len - start >= 8)
			key = swar_load(u + start) | SWAR_ONES * 0x20;
		else {
			unsigned char w[8] = { 0 };

			memcpy(w, u + start, len - start);
			key = swar_load(w) | SWAR_ONES * 0x20;
		}
		lang_count(lang_head(key, k), &id, &en);
		if (id - en >= LANG_LEAD || en - id >= LANG_LEAD)
			break;
	}
	return en > id ? ART_LANG_EN : ART_LANG_ID;
}
