#include <string.h>

#include "swar.h"
#include "utf8.h"

int
utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned c = s[0];
	int32_t v;
	int len, i;

	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if ((size_t)len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates and values past U+10FFFF */
	if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
	    (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
		*cp = -1;
		return 1;
	}
	*cp = v;
	return len;
}

int
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * The bytes that do not continue a sequence.  The record writer counts
 * every article, so 8 bytes at a time: continuation flags are summed in
 * byte lanes, folded into the total before a lane can pass 255.
 */
size_t
utf8_count(const char *s, size_t n)
{
	size_t i = 0, cont = 0;

	while (n - i >= 8) {
		size_t words = (n - i) / 8 < 255 ? (n - i) / 8 : 255;
		uint64_t acc = 0;

		for (; words > 0; words--, i += 8)
			acc += swar_cont(swar_load(s + i));
		/* 8 lanes of at most 255 -> 4 of at most 510 -> their sum */
		acc = (acc & 0x00FF00FF00FF00FFULL) +
		    ((acc >> 8) & 0x00FF00FF00FF00FFULL);
		cont += (size_t)((acc * 0x0001000100010001ULL) >> 48);
	}
	for (; i < n; i++)
		cont += ((unsigned char)s[i] & 0xC0) == 0x80;
	return n - cont;
}

/*
 * 16 (SSE2) or 8 bytes of ASCII at a time: news text is mostly ASCII and
 * the decode stage checks every article.
 */
int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int32_t cp;

	while (i < n) {
		uint64_t x;

#if defined(__SSE2__)
		if (n - i >= 16 && _mm_movemask_epi8(_mm_loadu_si128(
		    (const __m128i *)(const void *)(u + i))) == 0) {
			i += 16;
			continue;
		}
#endif

		if (i + 8 <= n) {
			memcpy(&x, u + i, 8);
			if ((x & 0x8080808080808080ULL) == 0) {
				i += 8;
				continue;
			}
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		i += (size_t)utf8_decode(u + i, n - i, &cp);
		if (cp < 0)
			return 0;
	}
	return 1;
}
