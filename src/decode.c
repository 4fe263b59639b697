#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "decode.h"
#include "utf8.h"
#include "util.h"

/*
 * A named encoding keeps one iconv descriptor for the life of the decoder;
 * each article starts by resetting its shift state.  A decoder belongs to
 * one pipeline, so one thread, which is all iconv(3) asks.
 */
struct decoder {
	iconv_t		 cd;		/* (iconv_t)-1 for "auto" */
	const char	*name;		/* as the user wrote it */
	int		 unit;		/* bytes skipped after EILSEQ */
	int		 is_utf8;
};

/* Windows-1252 0x80..0x9F; undefined bytes map to U+FFFD. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178
};

enum {
	DEC_UTF16LE,
	DEC_UTF16BE,
	DEC_UTF32LE,
	DEC_UTF32BE
};

static const char *const dec_wide_names[] = {
	"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"
};

/* ASCII case-insensitive name compare, without the locale. */
static int
dec_name_is(const char *s, const char *name)
{
	for (; *s != '\0' && *name != '\0'; s++, name++) {
		int c = (unsigned char)*s;

		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c != *name)
			return 0;
	}
	return *s == *name;
}

struct decoder *
decode_new(const char *encoding, const char **err)
{
	struct decoder *d = xcalloc(1, sizeof(*d));

	d->cd = (iconv_t)-1;
	d->unit = 1;
	if (encoding == NULL || dec_name_is(encoding, "AUTO"))
		return d;
	d->cd = iconv_open("UTF-8", encoding);
	if (d->cd == (iconv_t)-1) {
		*err = errno == EINVAL ? "unknown encoding" :
		    "cannot open the encoding";
		free(d);
		return NULL;
	}
	d->name = encoding;
	d->is_utf8 = dec_name_is(encoding, "UTF-8") ||
	    dec_name_is(encoding, "UTF8");
	/* A bad unit of a wide encoding is skipped whole. */
	if (strstr(encoding, "16") != NULL &&
	    (dec_name_is(encoding, "UTF-16") || dec_name_is(encoding, "UTF16") ||
	    dec_name_is(encoding, "UTF-16LE") ||
	    dec_name_is(encoding, "UTF-16BE") || dec_name_is(encoding, "UCS-2") ||
	    dec_name_is(encoding, "UCS-2LE") || dec_name_is(encoding, "UCS-2BE")))
		d->unit = 2;
	else if (dec_name_is(encoding, "UTF-32") ||
	    dec_name_is(encoding, "UTF-32LE") ||
	    dec_name_is(encoding, "UTF-32BE") || dec_name_is(encoding, "UCS-4"))
		d->unit = 4;
	return d;
}

void
decode_free(struct decoder *d)
{
	if (d == NULL)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	free(d);
}

/*
 * Valid UTF-8 is copied; every byte that does not start a valid sequence is
 * read as Windows-1252 (dumps mix the two).  Returns the number of valid
 * multi-byte sequences, so the caller can tell a wholly Windows-1252 file
 * from a mixed one.  out has room for 3 bytes per input byte.
 */
static size_t
dec_utf8_or_cp1252(const unsigned char *u, size_t n, char *out, size_t *outlen)
{
	size_t i = 0, k = 0, multi = 0;

	while (i < n) {
		int32_t cp;
		int len;

		if (u[i] < 0x80) {
			out[k++] = (char)u[i++];
			continue;
		}
		len = utf8_decode(u + i, n - i, &cp);
		if (cp >= 0) {
			memcpy(out + k, u + i, (size_t)len);
			k += (size_t)len;
			multi++;
		} else {
			cp = u[i] < 0xA0 ? cp1252_high[u[i] - 0x80] : u[i];
			k += (size_t)utf8_encode(cp, out + k);
		}
		i += (size_t)len;
	}
	out[k] = '\0';
	*outlen = k;
	return multi;
}

/*
 * UTF-16 or UTF-32 in either byte order to UTF-8.  Lone surrogates, values
 * past U+10FFFF and a truncated last unit become U+FFFD; returns how many.
 */
static size_t
dec_wide(int kind, const unsigned char *u, size_t n, char *out,
    size_t *outlen)
{
	size_t i = 0, k = 0, bad = 0;
	int wide = kind == DEC_UTF32LE || kind == DEC_UTF32BE;
	size_t unit = wide ? 4 : 2;

	while (i + unit <= n) {
		uint32_t c;

		switch (kind) {
		case DEC_UTF16LE:
			c = (uint32_t)u[i] | (uint32_t)u[i + 1] << 8;
			break;
		case DEC_UTF16BE:
			c = (uint32_t)u[i] << 8 | (uint32_t)u[i + 1];
			break;
		case DEC_UTF32LE:
			c = (uint32_t)u[i] | (uint32_t)u[i + 1] << 8 |
			    (uint32_t)u[i + 2] << 16 | (uint32_t)u[i + 3] << 24;
			break;
		default:
			c = (uint32_t)u[i] << 24 | (uint32_t)u[i + 1] << 16 |
			    (uint32_t)u[i + 2] << 8 | (uint32_t)u[i + 3];
			break;
		}
		i += unit;
		if (!wide && c >= 0xD800 && c <= 0xDBFF && i + 2 <= n) {
			uint32_t lo = kind == DEC_UTF16LE ?
			    ((uint32_t)u[i] | (uint32_t)u[i + 1] << 8) :
			    ((uint32_t)u[i] << 8 | (uint32_t)u[i + 1]);

			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				c = 0x10000 + ((c - 0xD800) << 10) +
				    (lo - 0xDC00);
				i += 2;
			}
		}
		if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
			c = 0xFFFD;
			bad++;
		}
		k += (size_t)utf8_encode((int32_t)c, out + k);
	}
	if (i < n) {
		k += (size_t)utf8_encode(0xFFFD, out + k);
		bad++;
	}
	out[k] = '\0';
	*outlen = k;
	return bad;
}

/*
 * UTF-16 or UTF-32 without a BOM shows itself by NUL bytes at fixed
 * positions: Latin-script text in UTF-16LE has a NUL in most odd bytes and
 * almost none in even ones.  Looks at the first 4 KiB; -1 when no pattern.
 */
static int
dec_sniff_wide(const unsigned char *u, size_t n)
{
	size_t zero[4] = { 0, 0, 0, 0 }, i, m = n < 4096 ? n : 4096;
	size_t per2, per4;

	if (m < 4)
		return -1;
	for (i = 0; i < m; i++)
		zero[i & 3] += u[i] == 0;
	per4 = m / 4;
	if (n % 4 == 0 && zero[1] * 10 >= per4 * 9 && zero[2] * 10 >= per4 * 9 &&
	    zero[3] * 10 >= per4 * 9 && zero[0] * 10 < per4)
		return DEC_UTF32LE;
	if (n % 4 == 0 && zero[0] * 10 >= per4 * 9 && zero[1] * 10 >= per4 * 9 &&
	    zero[2] * 10 >= per4 * 9 && zero[3] * 10 < per4)
		return DEC_UTF32BE;
	per2 = m / 2;
	/* at least 40% of one parity NUL, under 5% of the other */
	if ((zero[1] + zero[3]) * 10 >= per2 * 4 &&
	    (zero[0] + zero[2]) * 20 < per2)
		return DEC_UTF16LE;
	if ((zero[0] + zero[2]) * 10 >= per2 * 4 &&
	    (zero[1] + zero[3]) * 20 < per2)
		return DEC_UTF16BE;
	return -1;
}

/*
 * A named encoding through iconv(3).  EILSEQ: the bytes at the cursor are
 * not in the encoding: write U+FFFD and skip one unit.  EINVAL: the input
 * ends inside a sequence: U+FFFD for the rest.  E2BIG: the output is full:
 * grow it and go on.  Returns the number of U+FFFD written for bad bytes.
 */
static size_t
dec_iconv(struct decoder *d, struct article *a, const char *bytes, size_t n)
{
	/* most text grows little; E2BIG doubles the buffer when it does */
	size_t cap = n + n / 2 + 16, k = 0, bad = 0;
	char *out = arena_alloc(a->arena, cap);
	char *in = (char *)(uintptr_t)bytes;
	size_t inleft = n;
	int flushing = 0;

	/* reset the shift state left by the last article */
	iconv(d->cd, NULL, NULL, NULL, NULL);
	for (;;) {
		char *o;
		size_t outleft, r;

		if (cap - k < 16) {
			out = arena_grow(a->arena, out, k, cap * 2);
			cap *= 2;
		}
		o = out + k;
		outleft = cap - k - 4;	/* room for U+FFFD and NUL */

		if (flushing)
			r = iconv(d->cd, NULL, NULL, &o, &outleft);
		else
			r = iconv(d->cd, &in, &inleft, &o, &outleft);
		k = (size_t)(o - out);
		if (r != (size_t)-1) {
			if (flushing)
				break;
			flushing = 1;
			continue;
		}
		if (errno == E2BIG) {
			out = arena_grow(a->arena, out, k, cap * 2);
			cap *= 2;
		} else if (errno == EILSEQ && !flushing) {
			size_t skip = (size_t)d->unit < inleft ?
			    (size_t)d->unit : inleft;

			k += (size_t)utf8_encode(0xFFFD, out + k);
			in += skip;
			inleft -= skip;
			bad++;
		} else if (errno == EINVAL && !flushing) {
			/* an incomplete sequence at the end */
			k += (size_t)utf8_encode(0xFFFD, out + k);
			inleft = 0;
			bad++;
		} else {
			/* nothing else is documented; do not loop on it */
			break;
		}
	}
	out[k] = '\0';
	a->raw = out;
	a->raw_len = k;
	return bad;
}

void
decode_run(struct decoder *d, struct article *a, const char *bytes, size_t n,
    int from_json)
{
	const unsigned char *u = (const unsigned char *)bytes;
	int kind = -1;
	size_t skip = 0, k;
	char *out;

	if (d->cd != (iconv_t)-1) {
		size_t bad = dec_iconv(d, a, bytes, n);

		a->encoding = d->name;
		if (!d->is_utf8)
			a->repairs |= ART_REPAIR_DECODED;
		if (bad > 0)
			a->repairs |= ART_REPAIR_INVALID;
		/* iconv writes valid UTF-8; make sure before anyone relies on it */
		if (utf8_valid(a->raw, a->raw_len))
			return;
		bytes = a->raw;
		u = (const unsigned char *)bytes;
		n = a->raw_len;
		from_json = 1;
	}
	if (!from_json) {
		if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 &&
		    u[3] == 0)
			kind = DEC_UTF32LE, skip = 4;
		else if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE &&
		    u[3] == 0xFF)
			kind = DEC_UTF32BE, skip = 4;
		else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
			kind = DEC_UTF16LE, skip = 2;
		else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
			kind = DEC_UTF16BE, skip = 2;
		else if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
			skip = 3;
		else
			kind = dec_sniff_wide(u, n);
	}
	if (kind >= 0) {
		/* 2 input bytes give at most 3 output bytes, 4 give 4 */
		out = arena_alloc(a->arena, (n - skip) * 2 + 8);
		if (dec_wide(kind, u + skip, n - skip, out, &k) > 0)
			a->repairs |= ART_REPAIR_INVALID;
		a->raw = out;
		a->raw_len = k;
		a->encoding = dec_wide_names[kind];
		a->repairs |= ART_REPAIR_DECODED;
		return;
	}
	u += skip;
	n -= skip;
	if (a->encoding == NULL)
		a->encoding = "UTF-8";
	if (utf8_valid((const char *)u, n)) {
		a->raw = arena_strndup(a->arena, (const char *)u, n);
		a->raw_len = n;
		return;
	}
	out = arena_alloc(a->arena, n * 3 + 1);
	if (dec_utf8_or_cp1252(u, n, out, &k) == 0 && d->cd == (iconv_t)-1) {
		/* no valid multi-byte sequence at all: a legacy file */
		a->encoding = "windows-1252";
		a->repairs |= ART_REPAIR_DECODED;
	} else
		a->repairs |= ART_REPAIR_INVALID;
	a->raw = out;
	a->raw_len = k;
}
