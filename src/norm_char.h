/*
 * norm_char.h: the character-level passes of the normalize stage.
 *
 * Each pass reads s[0..n), valid UTF-8, and writes to out, which the
 * caller allocates with the room each function names; out is
 * NUL-terminated and valid UTF-8.  The passes never fail and run in time
 * linear in n.  They are separate so normalize.c can skip the ones a text
 * does not need, and so the unit tests can drive each one.
 */
#ifndef NORM_CHAR_H
#define NORM_CHAR_H

#include <stddef.h>

/* Backslash escapes in s; *doubled counts "\\\\" pairs. */
size_t	nc_count_escapes(const char *s, size_t n, size_t *doubled);
/* One level of escapes undone; out needs n + 1 bytes; returns its length. */
size_t	nc_unescape(const char *s, size_t n, char *out);
/* Entities and tags; out needs n + 3 bytes; returns its length. */
size_t	nc_html(const char *s, size_t n, char *out, int *ents, int *tags);
/* 1 when s may hold mojibake (cheap test before nc_mojibake). */
int	nc_maybe_mojibake(const char *s, size_t n);
/* One round of mojibake repair; out needs n + 1 bytes; returns repairs.
   bold: an earlier round found mojibake, so weaker signs count. */
size_t	nc_mojibake(const char *s, size_t n, char *out, size_t *outlen,
	    int bold);
/* Invisible characters and blanks; out needs n * 5 / 4 + 4 bytes;
   adds ART_REPAIR_* bits to *repairs; returns the length. */
size_t	nc_clean(const char *s, size_t n, char *out, unsigned *repairs);

#endif /* NORM_CHAR_H */
