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

#include "buf.h"

void	jw_str(struct buf *, const char *s, size_t n);
/* jw_str(), or null when s is NULL */
void	jw_strz(struct buf *, const char *s);
/* ,"key": -- inline, so a literal key is copied with a known length */
static inline void
jw_key(struct buf *b, const char *key)
{
	buf_add(b, ",\"", 2);
	buf_adds(b, key);
	buf_add(b, "\":", 2);
}

#endif /* JW_H */
