#include <string.h>

#include "buf.h"
#include "jw.h"
#include "utf8.h"

void
jw_str(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run;

	buf_grow(b, n + 2);
	buf_addc(b, '"');
	while (i < n) {
		/* Fast path: copy a run of bytes that need no escaping. */
		for (run = i; run < n && u[run] >= 0x20 && u[run] < 0x7f &&
		    u[run] != '"' && u[run] != '\\'; run++)
			;
		if (run > i) {
			buf_add(b, s + i, run - i);
			i = run;
			continue;
		}
		if (u[i] >= 0x80) {
			int32_t cp;
			int len = utf8_decode(u + i, n - i, &cp);

			if (cp < 0)
				buf_add(b, "\xEF\xBF\xBD", 3);
			else if (cp <= 0x9F || cp == 0x2028 || cp == 0x2029) {
				/*
				 * C1 controls and the Unicode line and
				 * paragraph separators are valid in JSON,
				 * but line splitters (Python's splitlines)
				 * cut records at NEL, U+2028 and U+2029.
				 */
				char e[6] = { '\\', 'u', hex[cp >> 12],
				    hex[(cp >> 8) & 15], hex[(cp >> 4) & 15],
				    hex[cp & 15] };

				buf_add(b, e, 6);
			} else
				buf_add(b, s + i, (size_t)len);
			i += (size_t)len;
			continue;
		}
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
		i++;
	}
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

void
jw_key(struct buf *b, const char *key)
{
	buf_addc(b, ',');
	buf_addc(b, '"');
	buf_adds(b, key);
	buf_add(b, "\":", 2);
}
