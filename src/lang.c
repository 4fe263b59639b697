#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "article.h"
#include "lang.h"
#include "swar.h"

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
 * hash of the key picks the slot.  Open addressing, under half full.
 */
#define LANG_SLOTS	128

static struct {
	uint64_t	 key;
	int		 lang;	/* ART_LANG_ID, ART_LANG_EN; 0 for an empty slot */
} lang_table[LANG_SLOTS];
static pthread_once_t lang_once = PTHREAD_ONCE_INIT;

/* The first 2 KiB say enough; reading more would cost time on every article. */
#define LANG_SAMPLE	2048

static size_t
lang_slot(uint64_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 57);
}

static void
lang_add(const char *w, int lang)
{
	uint64_t key = 0;
	size_t h;

	memcpy(&key, w, strlen(w));
	for (h = lang_slot(key); lang_table[h].lang != 0;
	    h = (h + 1) % LANG_SLOTS)
		;
	lang_table[h].key = key;
	lang_table[h].lang = lang;
}

static void
lang_build(void)
{
	size_t i;

	for (i = 0; i < sizeof(lang_id_words) / sizeof(lang_id_words[0]); i++)
		lang_add(lang_id_words[i], ART_LANG_ID);
	for (i = 0; i < sizeof(lang_en_words) / sizeof(lang_en_words[0]); i++)
		lang_add(lang_en_words[i], ART_LANG_EN);
}

static int
lang_lookup(uint64_t key)
{
	size_t h;

	for (h = lang_slot(key); lang_table[h].lang != 0;
	    h = (h + 1) % LANG_SLOTS)
		if (lang_table[h].key == key)
			return lang_table[h].lang;
	return 0;
}

/* A letter is ASCII: (c | 0x20) in a..z. */
static int
lang_letter(unsigned c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

/* y with only its first k bytes (in memory order) kept, k < 8 */
static uint64_t
lang_head(uint64_t y, size_t k)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return y & ((1ULL << (8 * k)) - 1);
#else
	unsigned char b[8];

	memcpy(b, &y, 8);
	memset(b + k, 0, 8 - k);
	memcpy(&y, b, 8);
	return y;
#endif
}

/*
 * Fast path: a word with 8 bytes of sample left is read in one load, its
 * length found with swar.h, its key made with a mask; only the last
 * words of the sample go letter by letter.
 */
int
lang_detect(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, k, end = len < LANG_SAMPLE ? len : LANG_SAMPLE;
	int id = 0, en = 0;

	pthread_once(&lang_once, lang_build);
	while (i < end) {
		uint64_t key;

		if (!lang_letter(u[i])) {
			i++;
			continue;
		}
		if (end - i >= 8) {
			uint64_t y = swar_load(u + i) | SWAR_ONES * 0x20;
			uint64_t non = swar_lt(y, 'a') |
			    (~swar_lt(y, 'z' + 1) & SWAR_HIGH);

			k = non != 0 ? swar_first(non) : 8;
			key = k < 8 ? lang_head(y, k) : y;
		} else {
			unsigned char w[8] = { 0 };

			for (k = 0; i + k < end && lang_letter(u[i + k]); k++)
				w[k] = (unsigned char)(u[i + k] | 0x20);
			key = swar_load(w);
		}
		i += k;
		if (k == 8 && i < end && lang_letter(u[i])) {
			/* longer than any listed word */
			while (i < end && lang_letter(u[i]))
				i++;
			continue;
		}
		switch (lang_lookup(key)) {
		case ART_LANG_ID:
			id++;
			break;
		case ART_LANG_EN:
			en++;
			break;
		}
	}
	return en > id ? ART_LANG_EN : ART_LANG_ID;
}
