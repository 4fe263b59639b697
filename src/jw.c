#include <string.h>

#include "buf.h"
#include "jw.h"
#include "swar.h"
#include "utf8.h"

/* lanes holding a byte jw_str() writes otherwise than as it is */
static inline uint64_t
jw_special(uint64_t x)
{
	return (x & SWAR_HIGH) | swar_lt(x, 0x20) | swar_eq(x, '"') |
	    swar_eq(x, '\\') | swar_eq(x, 0x7F);
}

/*
 * Bytes are copied in runs: a run grows over printable ASCII other than
 * '"' and '\\' (16 or 8 bytes a step, the fast path) and over UTF-8
 * sequences that need nothing, and is flushed with one copy when a byte
 * must be escaped or replaced.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void
jw_str_runs(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, start = 0;

	buf_grow(b, n + 2);
	buf_addc(b, '"');
	while (i < n) {
		int32_t cp;
		int len;

		i += swar_ascii_plain(u + i, n - i);
		if (i >= n)
			break;
		if (u[i] >= 0x20 && u[i] < 0x7F && u[i] != '"' &&
		    u[i] != '\\') {
			i++;
			continue;
		}
		if (u[i] < 0x80) {
			buf_add(b, s + start, i - start);
			switch (u[i]) {
			case '"': buf_add(b, "\\\"", 2); break;
			case '\\': buf_add(b, "\\\\", 2); break;
			case '\n': buf_add(b, "\\n", 2); break;
			case '\t': buf_add(b, "\\t", 2); break;
			case '\r': buf_add(b, "\\r", 2); break;
			case '\b': buf_add(b, "\\b", 2); break;
			case '\f': buf_add(b, "\\f", 2); break;
			default: {
				char e[6] = { '\\', 'u', '0', '0', hex[u[i] >> 4],
				    hex[u[i] & 15] };

				buf_add(b, e, 6);
				break;
			}
			}
			start = ++i;
			continue;
		}
		len = utf8_decode(u + i, n - i, &cp);
		if (cp >= 0xA0 && cp != 0x2028 && cp != 0x2029) {
			i += (size_t)len;
			continue;
		}
		buf_add(b, s + start, i - start);
		if (cp < 0)
			buf_add(b, "\xEF\xBF\xBD", 3);
		else {
			/*
			 * C1 controls and the Unicode line and paragraph
			 * separators are valid in JSON, but line splitters
			 * (Python's splitlines) cut records at NEL, U+2028
			 * and U+2029.
			 */
			char e[6] = { '\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15],
			    hex[(cp >> 4) & 15], hex[cp & 15] };

			buf_add(b, e, 6);
		}
		i += (size_t)len;
		start = i;
	}
	buf_add(b, s + start, n - start);
	buf_addc(b, '"');
}

/*
 * Fast path: a string under 16 bytes of printable ASCII other than '"'
 * and '\\', as most names and mentions are, is checked and copied in
 * two loads and two stores of eight or four bytes (the second
 * overlapping the first, so that no byte past s[n - 1] is read), or
 * byte by byte under four; anything else goes to jw_str_runs(), kept
 * out of line so that the fast path saves no registers.
 */
void
jw_str(struct buf *b, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t x, y;
	uint32_t lo, hi;
	char *p;

	if (n >= 16)
		goto runs;
	buf_grow(b, n + 2);
	p = b->p + b->len;
	if (n >= 8) {
		x = swar_load(u);
		y = swar_load(u + n - 8);
		if ((jw_special(x) | jw_special(y)) != 0)
			goto runs;
		memcpy(p + 1, &x, 8);
		memcpy(p + 1 + n - 8, &y, 8);
	} else if (n >= 4) {
		lo = swar_load4(u);
		hi = swar_load4(u + n - 4);
		if (jw_special((uint64_t)lo | (uint64_t)hi << 32) != 0)
			goto runs;
		memcpy(p + 1, &lo, 4);
		memcpy(p + 1 + n - 4, &hi, 4);
	} else if (n > 0) {
		/* the three bytes, the other lanes a plain 'a' */
		if (jw_special(u[0] | (uint64_t)u[n / 2] << 8 |
		    (uint64_t)u[n - 1] << 16 | SWAR_ONES * 'a' << 24) != 0)
			goto runs;
		p[1] = (char)u[0];
		p[1 + n / 2] = (char)u[n / 2];
		p[n] = (char)u[n - 1];
	}
	p[0] = '"';
	p[n + 1] = '"';
	p[n + 2] = '\0';
	b->len += n + 2;
	return;
runs:
	jw_str_runs(b, s, n);
}

void
jw_strz(struct buf *b, const char *s)
{
	if (s == NULL)
		buf_add(b, "null", 4);
	else
		jw_str(b, s, strlen(s));
}
