#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "article.h"
#include "lang.h"
#include "swar.h"
#include "util.h"

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

/* The first 2 KiB say enough; reading more would cost time on every article. */
#define LANG_SAMPLE	2048

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

/* lanes of y that hold a letter; y has 0x20 set in every byte */
static uint64_t
lang_letters8(uint64_t y)
{
	return ~swar_lt(y, 'a') & swar_lt(y, 'z' + 1);
}

/* y with only the bytes before the first lane set in non (all if none) */
static uint64_t
lang_head(uint64_t y, uint64_t non)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* the lowest set bit is bit 7 of the first such lane */
	return y & (((non & (0 - non)) >> 7) - 1);
#else
	unsigned char b[8];

	if (non == 0)
		return y;
	memcpy(b, &y, 8);
	memset(b + swar_first(non), 0, 8 - swar_first(non));
	memcpy(&y, b, 8);
	return y;
#endif
}

static void
lang_count(uint64_t key, int *id, int *en)
{
	int l = lang_lookup(key);

	*id += l == ART_LANG_ID;
	*en += l == ART_LANG_EN;
}

/*
 * Fast path, while 16 bytes of sample are left: the next word's start and
 * its first 8 bytes are each found with one load (swar.h), the key made
 * with a mask.  The last bytes of the sample go letter by letter.
 */
int
lang_detect(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, k, end = len < LANG_SAMPLE ? len : LANG_SAMPLE;
	int id = 0, en = 0;

	pthread_once(&lang_once, lang_build);
	while (end - i >= 16) {
		uint64_t y = swar_load(u + i) | SWAR_ONES * 0x20;
		uint64_t let = lang_letters8(y), non;

		if (let == 0) {
			i += 8;
			continue;
		}
		i += swar_first(let);
		y = swar_load(u + i) | SWAR_ONES * 0x20;
		non = ~lang_letters8(y) & SWAR_HIGH;
		if (non != 0) {
			lang_count(lang_head(y, non), &id, &en);
			i += swar_first(non);
			continue;
		}
		/* 8 letters: a listed word only if no letter follows */
		i += 8;
		if (!lang_letter(u[i]))
			lang_count(y, &id, &en);
		while (i < end && lang_letter(u[i]))
			i++;
	}
	while (i < end) {
		unsigned char w[8] = { 0 };

		if (!lang_letter(u[i])) {
			i++;
			continue;
		}
		for (k = 0; i < end && lang_letter(u[i]); k++, i++)
			if (k < 8)
				w[k] = (unsigned char)(u[i] | 0x20);
		if (k <= 8)
			lang_count(swar_load(w), &id, &en);
	}
	return en > id ? ART_LANG_EN : ART_LANG_ID;
}
