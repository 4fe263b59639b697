/*
 * jw.h: the JSON writer, after jq's jvp_dump_string.
 *
 * Appends JSON text to a struct buf.  jw_str() writes s[0..n) as a JSON
 * string: '"' and '\\' escaped, control characters as \n \t \r \b \f or
 * \u00XX, DEL as \u007f, and every byte that is not part of valid UTF-8
 * replaced by U+FFFD, so the output is always valid UTF-8 JSON whatever the
 * input.  Non-ASCII text is written as UTF-8, not escaped.
 */
#ifndef JW_H
#define JW_H

#include <stddef.h>

struct buf;

void	jw_str(struct buf *, const char *s, size_t n);
/* jw_str(), or null when s is NULL */
void	jw_strz(struct buf *, const char *s);
/* ,"key": */
void	jw_key(struct buf *, const char *key);

#endif /* JW_H */
