/*
 * jw.h: the JSON writer, after jq's jvp_dump_string.
 *
 * Appends JSON text to a struct buf.  jw_str() writes s[0..n) as a JSON
 * string: '"' and '\\' escaped, control characters as \n \t \r \b \f or
 * \u00XX, DEL and the C1 controls U+0080..U+009F as \u00XX, U+2028 and
 * U+2029 as \u2028 and \u2029 (so no line splitter cuts a record), and
 * every byte that is not part of valid UTF-8 replaced by U+FFFD: the output
 * is valid UTF-8 JSON, one record a line, whatever the input.  Other
 * non-ASCII text is written as UTF-8, not escaped.
 */
#ifndef JW_H
#define JW_H

#include <stddef.h>
#include <string.h>

#include "buf.h"

void	jw_str(struct buf *, const char *s, size_t n);
/* jw_str(), or null when s is NULL */
void	jw_strz(struct buf *, const char *s);
/*
 * ,"key": -- inline, so a literal key is copied with a known length;
 * one check for room, the four bytes around the key stored directly.
 */
static inline void
jw_key(struct buf *b, const char *key)
{
	size_t n = strlen(key);
	char *p;

	buf_grow(b, n + 4);
	p = b->p + b->len;
	p[0] = ',';
	p[1] = '"';
	memcpy(p + 2, key, n);
	p[n + 2] = '"';
	p[n + 3] = ':';
	p[n + 4] = '\0';
	b->len += n + 4;
}

#endif /* JW_H */
