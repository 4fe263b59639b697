#include <stddef.h>
#include <stdint.h>

#include "article.h"
#include "lang.h"

/*
 * Function words frequent in news, none shared between the two languages.
 * Each word (at most 8 letters) is packed into a 64-bit integer, byte i in
 * bits 8i..8i+7, and the table is sorted by that integer, so a lookup is a
 * binary search over integers: this runs on every word of every article.
 * lang: 'i' Indonesian, 'e' English.
 */
static const struct lang_word {
	uint64_t	 key;
	char		 lang;
} lang_words[] = {
	{ 0x0000000000006562ULL, 'e' },	/* be */
	{ 0x0000000000006568ULL, 'e' },	/* he */
	{ 0x000000000000656bULL, 'i' },	/* ke */
	{ 0x000000000000666fULL, 'e' },	/* of */
	{ 0x0000000000006964ULL, 'i' },	/* di */
	{ 0x0000000000006e69ULL, 'e' },	/* in */
	{ 0x0000000000006e6fULL, 'e' },	/* on */
	{ 0x0000000000006f74ULL, 'e' },	/* to */
	{ 0x0000000000007361ULL, 'e' },	/* as */
	{ 0x0000000000007369ULL, 'e' },	/* is */
	{ 0x0000000000007461ULL, 'e' },	/* at */
	{ 0x0000000000007469ULL, 'e' },	/* it */
	{ 0x0000000000007962ULL, 'e' },	/* by */
	{ 0x0000000000616461ULL, 'i' },	/* ada */
	{ 0x0000000000646e61ULL, 'e' },	/* and */
	{ 0x0000000000656874ULL, 'e' },	/* the */
	{ 0x0000000000657261ULL, 'e' },	/* are */
	{ 0x0000000000696e69ULL, 'i' },	/* ini */
	{ 0x00000000006e6164ULL, 'i' },	/* dan */
	{ 0x0000000000726f66ULL, 'e' },	/* for */
	{ 0x0000000000736168ULL, 'e' },	/* has */
	{ 0x0000000000736177ULL, 'e' },	/* was */
	{ 0x0000000000736968ULL, 'e' },	/* his */
	{ 0x0000000000746f6eULL, 'e' },	/* not */
	{ 0x0000000000747562ULL, 'e' },	/* but */
	{ 0x0000000000757469ULL, 'i' },	/* itu */
	{ 0x0000000061646170ULL, 'i' },	/* pada */
	{ 0x000000006167756aULL, 'i' },	/* juga */
	{ 0x0000000061736962ULL, 'i' },	/* bisa */
	{ 0x000000006174616bULL, 'i' },	/* kata */
	{ 0x0000000064696173ULL, 'e' },	/* said */
	{ 0x0000000065726577ULL, 'e' },	/* were */
	{ 0x0000000065766168ULL, 'e' },	/* have */
	{ 0x00000000676e6179ULL, 'i' },	/* yang */
	{ 0x0000000068656c6fULL, 'i' },	/* oleh */
	{ 0x0000000068746977ULL, 'e' },	/* with */
	{ 0x0000000069726164ULL, 'i' },	/* dari */
	{ 0x000000006d6f7266ULL, 'e' },	/* from */
	{ 0x000000006e616b61ULL, 'i' },	/* akan */
	{ 0x0000000073696874ULL, 'e' },	/* this */
	{ 0x0000000074616173ULL, 'i' },	/* saat */
	{ 0x0000000074616874ULL, 'e' },	/* that */
	{ 0x0000000079656874ULL, 'e' },	/* they */
	{ 0x0000006177686162ULL, 'i' },	/* bahwa */
	{ 0x0000006861647573ULL, 'i' },	/* sudah */
	{ 0x00000068616c6574ULL, 'i' },	/* telah */
	{ 0x0000006863696877ULL, 'e' },	/* which */
	{ 0x0000006b61646974ULL, 'i' },	/* tidak */
	{ 0x0000006b75746e75ULL, 'i' },	/* untuk */
	{ 0x0000006d616c6164ULL, 'i' },	/* dalam */
	{ 0x0000616b6572656dULL, 'i' },	/* mereka */
	{ 0x0000616e6572616bULL, 'i' },	/* karena */
	{ 0x00006e61676e6564ULL, 'i' },	/* dengan */
	{ 0x7475626573726574ULL, 'i' },	/* tersebut */
};

/* The first 2 KiB say enough; reading more would cost time on every article. */
#define LANG_SAMPLE	2048

static int
lang_lookup(uint64_t key)
{
	size_t lo = 0, hi = sizeof(lang_words) / sizeof(lang_words[0]);

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (lang_words[mid].key == key)
			return lang_words[mid].lang;
		if (lang_words[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int
lang_detect(const char *text, size_t len)
{
	size_t i = 0, end = len < LANG_SAMPLE ? len : LANG_SAMPLE;
	int id = 0, en = 0;

	while (i < end) {
		uint64_t key = 0;
		size_t k = 0;

		while (i < end && !((text[i] | 0x20) >= 'a' &&
		    (text[i] | 0x20) <= 'z'))
			i++;
		while (i < end && ((text[i] | 0x20) >= 'a' &&
		    (text[i] | 0x20) <= 'z')) {
			if (k < 8)
				key |= (uint64_t)(unsigned char)(text[i] | 0x20) <<
				    (8 * (k & 7));
			k++;
			i++;
		}
		if (k == 0 || k > 8)
			continue;
		switch (lang_lookup(key)) {
		case 'i':
			id++;
			break;
		case 'e':
			en++;
			break;
		}
	}
	return en > id ? ART_LANG_EN : ART_LANG_ID;
}
