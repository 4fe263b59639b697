#include <string.h>

#include "buf.h"
#include "jw.h"
#include "swar.h"
#include "utf8.h"

/*
 * Bytes are copied in runs: a run grows over printable ASCII other than
 * '"' and '\\' (16 or 8 bytes a step, the fast path) and over UTF-8
 * sequences that need nothing, and is flushed with one copy when a byte
 * must be escaped or replaced.
 */
void
jw_str(struct buf *b, const char *s, size_t n)
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

void
jw_strz(struct buf *b, const char *s)
{
	if (s == NULL)
		buf_add(b, "null", 4);
	else
		jw_str(b, s, strlen(s));
}
