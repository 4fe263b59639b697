#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "norm_char.h"
#include "swar.h"
#include "utf8.h"

/*
 * Character-level repairs, one linear pass each.  Every pass reads
 * s[0..n) (valid UTF-8) and writes a new arena buffer; the caller keeps the
 * last.  ASCII is copied in runs so the common case costs a few compares
 * per byte.
 */

static int
nc_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int32_t
nc_hex4(const char *s)
{
	int32_t v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		int h = nc_hex((unsigned char)s[i]);

		if (h < 0)
			return -1;
		v = v << 4 | h;
	}
	return v;
}

/*
 * How many backslash escapes a JSON or SQL dump left in the text.  A
 * backslash before a quotation mark, a slash, n, r, t, u+4 hex or another
 * backslash counts; "\d" or "C:\Data" do not.
 */
size_t
nc_count_escapes(const char *s, size_t n, size_t *doubled)
{
	const char *p = s, *end = s + n;
	size_t count = 0;

	*doubled = 0;
	while ((p = memchr(p, '\\', (size_t)(end - p))) != NULL &&
	    p + 1 < end) {
		switch (p[1]) {
		case '"': case '\'': case '/': case 'n': case 'r': case 't':
			count++;
			p += 2;
			break;
		case '\\':
			(*doubled)++;
			p += 2;
			break;
		case 'u':
			if (end - p >= 6 && nc_hex4(p + 2) >= 0)
				count++;
			p += 2;
			break;
		default:
			p++;
			break;
		}
	}
	return count;
}

/*
 * Undo one level of backslash escapes.  \uXXXX pairs make one code point;
 * a lone surrogate becomes U+FFFD and \u0000 is dropped.  \t becomes a
 * space, \r a line feed (the blank pass collapses them).  Never longer than
 * the input.
 */
size_t
nc_unescape(const char *s, size_t n, char *out)
{
	size_t i = 0, k = 0;

	while (i < n) {
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = bs == NULL ? n - i : (size_t)(bs - (s + i));
		int32_t cp, lo;

		memcpy(out + k, s + i, run);
		k += run;
		i += run;
		if (i >= n)
			break;
		if (i + 1 >= n) {
			out[k++] = s[i++];
			break;
		}
		switch (s[i + 1]) {
		case '"': case '\'': case '/': case '\\':
			out[k++] = s[i + 1];
			i += 2;
			break;
		case 'n': case 'r':
			out[k++] = '\n';
			i += 2;
			break;
		case 't':
			out[k++] = ' ';
			i += 2;
			break;
		case 'u':
			if (i + 6 > n || (cp = nc_hex4(s + i + 2)) < 0) {
				out[k++] = s[i++];
				break;
			}
			i += 6;
			if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n &&
			    s[i] == '\\' && s[i + 1] == 'u' &&
			    (lo = nc_hex4(s + i + 2)) >= 0xDC00 && lo <= 0xDFFF) {
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (cp >= 0xD800 && cp <= 0xDFFF)
				cp = 0xFFFD;
			if (cp != 0)
				k += (size_t)utf8_encode(cp, out + k);
			break;
		default:
			out[k++] = s[i++];
			break;
		}
	}
	out[k] = '\0';
	return k;
}

/* HTML named character references: the ones news pages use. Sorted. */
struct nc_entity {
	const char	*name;
	int32_t		 cp;
};

static const struct nc_entity nc_entities[] = {
	{ "AElig", 0xC6 }, { "Aacute", 0xC1 }, { "Agrave", 0xC0 },
	{ "Auml", 0xC4 }, { "Ccedil", 0xC7 }, { "Eacute", 0xC9 },
	{ "Iacute", 0xCD }, { "Ntilde", 0xD1 }, { "Oacute", 0xD3 },
	{ "Ouml", 0xD6 }, { "Uacute", 0xDA }, { "Uuml", 0xDC },
	{ "aacute", 0xE1 }, { "acirc", 0xE2 }, { "acute", 0xB4 },
	{ "aelig", 0xE6 }, { "agrave", 0xE0 }, { "amp", '&' },
	{ "apos", '\'' }, { "aring", 0xE5 }, { "atilde", 0xE3 },
	{ "auml", 0xE4 }, { "bdquo", 0x201E }, { "bull", 0x2022 },
	{ "ccedil", 0xE7 }, { "cent", 0xA2 }, { "copy", 0xA9 },
	{ "deg", 0xB0 }, { "divide", 0xF7 }, { "eacute", 0xE9 },
	{ "ecirc", 0xEA }, { "egrave", 0xE8 }, { "euml", 0xEB },
	{ "euro", 0x20AC }, { "frac12", 0xBD }, { "frac14", 0xBC },
	{ "frac34", 0xBE }, { "gt", '>' }, { "hellip", 0x2026 },
	{ "iacute", 0xED }, { "icirc", 0xEE }, { "iexcl", 0xA1 },
	{ "iquest", 0xBF }, { "iuml", 0xEF }, { "laquo", 0xAB },
	{ "ldquo", 0x201C }, { "lsaquo", 0x2039 }, { "lsquo", 0x2018 },
	{ "lt", '<' }, { "mdash", 0x2014 }, { "middot", 0xB7 },
	{ "nbsp", 0xA0 }, { "ndash", 0x2013 }, { "ntilde", 0xF1 },
	{ "oacute", 0xF3 }, { "ocirc", 0xF4 }, { "ouml", 0xF6 },
	{ "para", 0xB6 }, { "plusmn", 0xB1 }, { "pound", 0xA3 },
	{ "quot", '"' }, { "raquo", 0xBB }, { "rdquo", 0x201D },
	{ "reg", 0xAE }, { "rsaquo", 0x203A }, { "rsquo", 0x2019 },
	{ "sbquo", 0x201A }, { "sect", 0xA7 }, { "shy", 0xAD },
	{ "sup2", 0xB2 }, { "sup3", 0xB3 }, { "szlig", 0xDF },
	{ "thinsp", 0x2009 }, { "times", 0xD7 }, { "trade", 0x2122 },
	{ "uacute", 0xFA }, { "uuml", 0xFC }, { "yen", 0xA5 },
	{ "zwj", 0x200D }, { "zwnj", 0x200C }
};

/* Windows-1252 0x80..0x9F, which HTML5 also applies to &#128;..&#159;. */
static const uint16_t nc_cp1252[32] = {
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178
};

static int
nc_entity_cmp(const void *key, const void *elem)
{
	const struct nc_entity *e = elem;

	return strcmp(key, e->name);
}

/*
 * The character reference at s[0] == '&', or -1.  *len is its length with
 * the ';', which is required: "AT&T" and "&copy" in prose stay.
 */
static int32_t
nc_entity_at(const char *s, size_t n, size_t *len)
{
	size_t i = 1;
	int32_t v = 0;
	char name[12];
	const struct nc_entity *e;

	if (n > 2 && s[1] == '#') {
		int hex = n > 3 && (s[2] == 'x' || s[2] == 'X');

		for (i = hex ? 3 : 2; i < n && i < 12; i++) {
			int d = hex ? nc_hex((unsigned char)s[i]) :
			    (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);

			if (d < 0)
				break;
			/* saturate: &#99999999999; must not overflow */
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + d;
		}
		if (i >= n || s[i] != ';' || i == (size_t)(hex ? 3 : 2) ||
		    i >= 12)
			return -1;
		*len = i + 1;
		if (v >= 0x80 && v <= 0x9F)
			v = nc_cp1252[v - 0x80];
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			v = 0xFFFD;
		return v;
	}
	for (i = 1; i < n && i < sizeof(name); i++) {
		int c = (unsigned char)s[i];

		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
		    !(c >= '0' && c <= '9'))
			break;
		name[i - 1] = (char)c;
	}
	if (i >= n || s[i] != ';' || i == 1 || i >= sizeof(name))
		return -1;
	name[i - 1] = '\0';
	e = bsearch(name, nc_entities, sizeof(nc_entities) / sizeof(nc_entities[0]), sizeof(nc_entities[0]),
	    nc_entity_cmp);
	if (e == NULL)
		return -1;
	*len = i + 1;
	return e->cp;
}

/* The first w (3 bytes) in s[0..n), or NULL. */
static const char *
nc_find(const char *s, size_t n, const char *w)
{
	const char *p = s, *end = s + n;

	while ((size_t)(end - p) >= 3 &&
	    (p = memchr(p, w[0], (size_t)(end - p) - 2)) != NULL) {
		if (p[1] == w[1] && p[2] == w[2])
			return p;
		p++;
	}
	return NULL;
}

/* Tags stripped; block-level ones leave a paragraph break. */
struct nc_tag {
	const char	*name;
	int		 brk;	/* 0 inline, 1 line break, 2 paragraph */
};

static const struct nc_tag nc_tags[] = {
	{ "a", 0 }, { "abbr", 0 }, { "b", 0 }, { "blockquote", 2 },
	{ "br", 1 }, { "caption", 2 }, { "center", 2 }, { "cite", 0 },
	{ "code", 0 }, { "dd", 2 }, { "del", 0 }, { "div", 2 }, { "dl", 2 },
	{ "dt", 2 }, { "em", 0 }, { "figcaption", 2 }, { "figure", 2 },
	{ "font", 0 }, { "h1", 2 }, { "h2", 2 }, { "h3", 2 }, { "h4", 2 },
	{ "h5", 2 }, { "h6", 2 }, { "hr", 2 }, { "i", 0 }, { "iframe", 0 },
	{ "img", 0 }, { "ins", 0 }, { "li", 2 }, { "mark", 0 }, { "ol", 2 },
	{ "p", 2 }, { "picture", 0 }, { "q", 0 }, { "s", 0 },
	{ "section", 2 }, { "small", 0 }, { "source", 0 }, { "span", 0 },
	{ "strong", 0 }, { "sub", 0 }, { "sup", 0 }, { "table", 2 },
	{ "tbody", 2 }, { "td", 2 }, { "th", 2 }, { "thead", 2 },
	{ "tr", 2 }, { "u", 0 }, { "ul", 2 }
};

static int
nc_tag_cmp(const void *key, const void *elem)
{
	const struct nc_tag *t = elem;

	return strcmp(key, t->name);
}

/*
 * The HTML tag at s[0] == '<': its length, with *brk set, or 0
 * when it is not one we know ("a < b", "<3" stay).  A tag ends at the first
 * '>' within 512 bytes and holds no '<'.
 */
static size_t
nc_tag_at(const char *s, size_t n, int *brk)
{
	size_t i = 1, j;
	char name[12];
	const struct nc_tag *t;

	*brk = 0;
	if (i < n && s[i] == '/')
		i++;
	for (j = 0; i < n && j < sizeof(name) - 1; i++, j++) {
		int c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (!(c >= 'a' && c <= 'z') && !(c >= '1' && c <= '6' && j > 0))
			break;
		name[j] = (char)c;
	}
	if (j == 0 || i >= n)
		return 0;
	name[j] = '\0';
	if (s[i] != '>' && s[i] != ' ' && s[i] != '/' && s[i] != '\t' &&
	    s[i] != '\n')
		return 0;
	t = bsearch(name, nc_tags, sizeof(nc_tags) / sizeof(nc_tags[0]),
	    sizeof(nc_tags[0]), nc_tag_cmp);
	if (t == NULL)
		return 0;
	/* attributes have values: "<b and c>" is prose, "<br />" a tag */
	for (j = i; i < n && i < 512; i++) {
		if (s[i] == '<')
			return 0;
		if (s[i] == '>') {
			if (s[j] != '>' && s[j] != '/' && s[j] != '\n' &&
			    memchr(s + j, '=', i - j) == NULL &&
			    !(s[i - 1] == '/' && i - j <= 2))
				return 0;
			*brk = t->brk;
			return i + 1;
		}
	}
	return 0;
}

/*
 * Decode character references and strip known tags.  "&amp;quot;" (a page
 * escaped twice) gives '"': after &amp; a second reference is decoded too.
 * Sets *ents and *tags to what it did.  Output at most n + 2 bytes.
 */
size_t
nc_html(const char *s, size_t n, char *out, int *ents, int *tags)
{
	size_t i = 0, k = 0, close = 0;

	while (i < n) {
		size_t run = strcspn(s + i, "&<"), len;
		int32_t cp;
		int brk;

		if (run > n - i)
			run = n - i;
		memcpy(out + k, s + i, run);
		k += run;
		i += run;
		if (i >= n)
			break;
		if (s[i] == '&') {
			if ((cp = nc_entity_at(s + i, n - i, &len)) < 0) {
				out[k++] = s[i++];
				continue;
			}
			*ents = 1;
			i += len;
			if (cp == '&' && i < n && s[i] != ' ') {
				int32_t cp2 = nc_entity_at(s + i - 1,
				    n - i + 1, &len);

				if (cp2 >= 0) {
					cp = cp2;
					i += len - 1;
				}
			}
			k += (size_t)utf8_encode(cp, out + k);
		} else if (s[i] == '<' && n - i >= 4 &&
		    memcmp(s + i, "<!--", 4) == 0) {
			/* the next "-->", found once for all comments before
			   it, so "<!--" a million times stays linear */
			if (close < i + 4) {
				const char *c = nc_find(s + i + 4, n - i - 4,
				    "-->");

				close = c == NULL ? n : (size_t)(c - s);
			}
			if (close == n) {
				out[k++] = s[i++];
				continue;
			}
			*tags = 1;
			i = close + 3;
		} else if (s[i] == '<' &&
		    (len = nc_tag_at(s + i, n - i, &brk)) > 0) {
			*tags = 1;
			i += len;
			if (brk == 1)
				out[k++] = '\n';
			else if (brk == 2) {
				out[k++] = '\n';
				out[k++] = '\n';
			}
		} else
			out[k++] = s[i++];
	}
	out[k] = '\0';
	return k;
}

/*
 * The byte a Windows-1252 (or Latin-1) decoder turned into cp, or -1.
 * U+0080..U+00FF come from the same byte (Latin-1, and the five bytes
 * Windows-1252 leaves undefined); the rest from the 0x80..0x9F block.
 */
static int
nc_cp1252_byte(int32_t cp)
{
	int b;

	if (cp >= 0x80 && cp <= 0xFF)
		return (int)cp;
	for (b = 0; b < 32; b++)
		if (nc_cp1252[b] == cp)
			return 0x80 + b;
	return -1;
}

/* U+00C2..U+00F4 in UTF-8 (C3 82..C3 B4): a lead byte read as a letter. */
static int
nc_is_lead(const unsigned char *u, size_t n)
{
	return n >= 2 && u[0] == 0xC3 && u[1] >= 0x82 && u[1] <= 0xB4;
}

/*
 * Whether the code point v, which the bytes of `need` misread characters
 * spell, is what the writer meant.  Real text has accented capitals
 * followed by punctuation ("CAFÉ”", "AHÅ™,", "Brontë…”", "10 Å—") whose
 * bytes also spell a character, so:
 *   - a sequence whose last character was Windows-1252 punctuation
 *     (U+0152..U+2122) and that stands before a blank or the end is
 *     punctuation after a letter, unless the lead is "â" (E2: U+2000..,
 *     where "â€" is never meant);
 *   - NBSP continues only "Â" and "Ã" (U+00A0, à): "SELKÄ EDELLÄ" stays;
 *   - two bytes give Latin-1 and Latin Extended-A, or, after a Latin-1
 *     sign, Greek to Arabic (U+0370..U+06FF: "Î³" is γ); three bytes give
 *     Thai and the ranges after U+2000 that text uses (punctuation,
 *     symbols, CJK, Hangul, full-width forms), not U+0800..U+1FFF apart
 *     from Thai and Vietnamese (U+1E00..U+1EFF); four bytes anything.
 */
static int
nc_plausible(int32_t v, int need, int32_t lead, int32_t last, int nbsp,
    int next)
{
	int punct_last = last >= 0x152 && last <= 0x2122;

	if (nbsp && lead != 0xC2 && lead != 0xC3)
		return 0;
	if (punct_last && lead != 0xE2 && !(next >= 'a' && next <= 'z') &&
	    !(next >= 'A' && next <= 'Z') && next != 0xC3 && next != 0xC2)
		return 0;
	if (need == 2)
		return (v >= 0xA0 && v <= 0x17F) ||
		    (v >= 0x370 && v <= 0x6FF && !punct_last) ||
		    (v >= 0x80 && v <= 0x9F && lead == 0xC2);
	if (need == 3)
		return (v >= 0xE00 && v <= 0xE7F) ||
		    (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2000 && v <= 0x2BFF) ||
		    (v >= 0x3000 && v <= 0x9FFF) || (v >= 0xAC00 && v <= 0xD7AF) ||
		    v >= 0xF900;
	return 1;
}

/*
 * Repair UTF-8 that was read as Windows-1252 or Latin-1 and written out
 * again as UTF-8: "â€œ" -> "“", "Ã©" -> "é".  A run of characters is
 * taken back to bytes only when those bytes form one valid UTF-8 sequence
 * and nc_plausible() accepts the result, so "Âme" and "CAFÉ”" stay.
 * "â€" followed by no continuation lost its third byte 0x9D, undefined in
 * Windows-1252, and was a closing quote.  bold: the text is known to hold
 * mojibake, so "Ã " is "à" whose NBSP became a space ("voilÃ le").
 * Returns the number of repairs; the caller runs it again for text
 * garbled twice.
 */
size_t
nc_mojibake(const char *s, size_t n, char *out, size_t *outlen, int bold)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0, fixed = 0;

	while (i < n) {
		unsigned char bytes[4];
		int32_t c0, c = 0, v;
		int need, got, len, b, nbsp = 0;
		size_t j;

		if (!nc_is_lead(u + i, n - i)) {
			const unsigned char *c3 = memchr(u + i + 1, 0xC3,
			    n - i - 1);
			size_t run = c3 == NULL ? n - i : (size_t)(c3 - (u + i));

			memcpy(out + k, s + i, run);
			k += run;
			i += run;
			continue;
		}
		len = utf8_decode(u + i, n - i, &c0);
		need = c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
		bytes[0] = (unsigned char)c0;
		j = i + (size_t)len;
		for (got = 1; got < need && j < n; got++) {
			int l = utf8_decode(u + j, n - j, &c);

			if ((b = nc_cp1252_byte(c)) < 0x80 || b > 0xBF)
				break;
			nbsp |= c == 0xA0;
			bytes[got] = (unsigned char)b;
			j += (size_t)l;
		}
		if (got == need && utf8_decode(bytes, (size_t)need, &v) == need &&
		    v >= 0 && nc_plausible(v, need, c0, c, nbsp,
		    j < n ? u[j] : ' ')) {
			k += (size_t)utf8_encode(v, out + k);
			i = j;
			fixed++;
			continue;
		}
		if (c0 == 0xE2 && got == 2 && bytes[1] == 0x80) {
			/* "â€" whose 0x9D was dropped, or replaced: ” */
			k += (size_t)utf8_encode(0x201D, out + k);
			i = j;
			if (n - i >= 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)
				i += 3;
			fixed++;
			continue;
		}
		if (bold && c0 == 0xC3 && got == 1 && j < n && u[j] == ' ' &&
		    k > 0 && u[i - 1] != ' ') {
			/* "voilÃ le", "jusqu'Ã nos": à lost its NBSP */
			k += (size_t)utf8_encode(0xE0, out + k);
			i = j;
			if (i + 1 < n && u[i + 1] == ' ')
				i++;
			fixed++;
			continue;
		}
		memcpy(out + k, s + i, (size_t)len);
		k += (size_t)len;
		i += (size_t)len;
	}
	out[k] = '\0';
	*outlen = k;
	return fixed;
}

/* 1 when the text may hold mojibake: "Ã", "Â", "â", "ð" and friends. */
int
nc_maybe_mojibake(const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	while ((p = memchr(p, 0xC3, (size_t)(end - p))) != NULL &&
	    p + 1 < end) {
		unsigned char c = (unsigned char)p[1];

		if (c >= 0x82 && c <= 0xB4)
			return 1;
		p++;
	}
	return 0;
}

/* U+FB00..U+FB06 spelt out: ff fi fl ffi ffl, long s + t, s + t. */
static const char *const nc_ligatures[] = {
	"ff", "fi", "fl", "ffi", "ffl", "st", "st"
};

#define NC_ONES	0x0101010101010101ULL
#define NC_HIGH	0x8080808080808080ULL
#define NC_LOW7	0x7F7F7F7F7F7F7F7FULL

/*
 * 1 when the 8 bytes in x need nothing from the clean pass: all printable
 * ASCII or spaces, no two spaces side by side.  Bit tricks after "Bit
 * Twiddling Hacks" (a byte below 0x20, a byte 0x7F, an exact mask of the
 * spaces), so the common case costs a few instructions per 8 bytes.
 */
static int
nc_plain8(uint64_t x)
{
	uint64_t sp, t, v;

	if ((x & NC_HIGH) != 0)
		return 0;
	if (((x - NC_ONES * 0x20) & ~x & NC_HIGH) != 0)
		return 0;		/* a control character */
	if (((x + NC_ONES) & NC_HIGH) != 0)
		return 0;		/* DEL */
	v = x ^ (NC_ONES * 0x20);
	t = (v & NC_LOW7) + NC_LOW7;
	sp = ~(t | v | NC_LOW7);	/* 0x80 where x has a space */
	return (sp & (sp << 8)) == 0;
}

#if defined(__SSE2__)
/*
 * nc_plain8() for 16 bytes, with SSE2, and the last byte not a space (so
 * the next 16 may start with one): the step of the clean pass's fast path
 * on x86-64.
 */
static int
nc_plain16(const unsigned char *s)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i sp = _mm_cmpeq_epi8(x, _mm_set1_epi8(' '));
	/* signed: bytes from 0x80 are below 0x20 too */
	__m128i bad = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));

	bad = _mm_or_si128(bad, _mm_and_si128(sp, _mm_slli_si128(sp, 1)));
	return _mm_movemask_epi8(bad) == 0 &&
	    (_mm_movemask_epi8(sp) & 0x8000) == 0;
}
#endif

/*
 * The clean pass: white space and invisible characters.
 *
 * Drops C0/C1 controls (but tab and line feed), zero-width characters,
 * soft hyphens, BOMs, bidi marks; NBSP and the other Unicode spaces become
 * a space; CR and CRLF a line feed; U+2028 a line, U+2029 a paragraph;
 * ligatures are spelled out.  Then blanks: runs of spaces become one,
 * lines lose leading and trailing blanks, two or more line feeds become
 * exactly "\n\n" (a paragraph break), and the text loses blank lines at
 * either end.  A closing ” glued to the next word after , . ! or ?
 * (",”jelas Zaiful") gets a space.  Flags what it did in *repairs.
 * Output at most 5/4 n + 4 bytes.
 */
size_t
nc_clean(const char *s, size_t n, char *out, unsigned *repairs)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0;
	int space = 0, nl = 0;		/* pending blanks */
	int glued = 0;			/* just wrote ” after punctuation */

	while (i < n) {
		int32_t cp;
		int len;
		const char *rep = NULL;

		if (u[i] >= 0x21 && u[i] < 0x7F) {
			if (nl > 0 && k > 0) {
				out[k++] = '\n';
				if (nl > 1)
					out[k++] = '\n';
			} else if ((space || (glued && u[i] >= 'a' &&
			    u[i] <= 'z')) && k > 0 && nl == 0)
				out[k++] = ' ';
			if (glued && u[i] >= 'a' && u[i] <= 'z' && !space &&
			    nl == 0)
				*repairs |= ART_REPAIR_SPACES;
			space = nl = glued = 0;
			out[k++] = s[i++];
			/* the common case in a tight loop: printable ASCII and
			   single spaces between it */
			while (i < n) {
				uint64_t x;

#if defined(__SSE2__)
				if (n - i >= 16 && nc_plain16(u + i)) {
					memcpy(out + k, u + i, 16);
					k += 16;
					i += 16;
					continue;
				}
#endif
				if (i + 8 <= n && (memcpy(&x, u + i, 8),
				    nc_plain8(x)) && u[i + 7] != ' ') {
					memcpy(out + k, u + i, 8);
					k += 8;
					i += 8;
				} else if (u[i] >= 0x21 && u[i] < 0x7F)
					out[k++] = s[i++];
				else if (u[i] == ' ' && i + 1 < n &&
				    u[i + 1] >= 0x21 && u[i + 1] < 0x7F) {
					out[k++] = ' ';
					out[k++] = s[i + 1];
					i += 2;
				} else
					break;
			}
			continue;
		}
		if (u[i] == ' ') {
			if (space || nl > 0 || k == 0)
				*repairs |= ART_REPAIR_SPACES;
			space = 1;
			i++;
			continue;
		}
		if (u[i] == '\n' || u[i] == '\r') {
			if (u[i] == '\r')
				*repairs |= ART_REPAIR_SPACES;
			if (u[i] == '\r' && i + 1 < n && u[i + 1] == '\n')
				i++;
			if (space)
				*repairs |= ART_REPAIR_SPACES;
			nl++;
			if (nl > 2)
				*repairs |= ART_REPAIR_SPACES;
			space = 0;
			i++;
			continue;
		}
		if (u[i] == '\t') {
			*repairs |= ART_REPAIR_SPACES;
			space = 1;
			i++;
			continue;
		}
		if (u[i] < 0x80) {
			/* C0 controls, DEL */
			*repairs |= ART_REPAIR_INVISIBLE;
			i++;
			continue;
		}
		len = utf8_decode(u + i, n - i, &cp);
		i += (size_t)len;
		if (cp < 0)
			cp = 0xFFFD;
		if (cp >= 0x80 && cp <= 0x9F && nc_cp1252[cp - 0x80] != cp) {
			/* a Windows-1252 byte read as Latin-1: "parlé\x85" */
			*repairs |= ART_REPAIR_MOJIBAKE;
			cp = nc_cp1252[cp - 0x80];
		}
		if (cp <= 0x9F || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
		    (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2060 && cp <= 0x2064) ||
		    (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF) {
			*repairs |= ART_REPAIR_INVISIBLE;
			continue;
		}
		if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) ||
		    cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
		    cp == 0x1680) {
			*repairs |= ART_REPAIR_SPACES;
			space = 1;
			continue;
		}
		if (cp == 0x2028 || cp == 0x2029) {
			*repairs |= ART_REPAIR_SPACES;
			nl += cp == 0x2028 ? 1 : 2;
			space = 0;
			continue;
		}
		if (cp >= 0xFB00 && cp <= 0xFB06)
			rep = nc_ligatures[cp - 0xFB00];
		if (nl > 0 && k > 0) {
			out[k++] = '\n';
			if (nl > 1)
				out[k++] = '\n';
		} else if (space && k > 0)
			out[k++] = ' ';
		space = nl = glued = 0;
		if (rep != NULL) {
			*repairs |= ART_REPAIR_LIGATURES;
			memcpy(out + k, rep, strlen(rep));
			k += strlen(rep);
			continue;
		}
		if (cp == 0x201D && k > 0 && (out[k - 1] == ',' ||
		    out[k - 1] == '.' || out[k - 1] == '!' || out[k - 1] == '?'))
			glued = 1;
		k += (size_t)utf8_encode(cp, out + k);
	}
	out[k] = '\0';
	return k;
}
