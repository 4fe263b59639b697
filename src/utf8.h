/*
 * utf8.h: UTF-8 helpers that do not depend on the locale.
 *
 * utf8_decode() reads one code point from s (n > 0 bytes available) and
 * returns its length in bytes (1..4), storing the code point in *cp; on an
 * invalid, overlong, surrogate or truncated sequence it stores -1 and
 * returns 1, so a caller always makes progress.
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

int	utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* writes 1..4 bytes of cp (a valid scalar value) to out; returns the count */
int	utf8_encode(int32_t cp, char *out);
/* number of code points in s[0..n), which must be valid UTF-8 */
size_t	utf8_count(const char *s, size_t n);
/* 1 when s[0..n) is valid UTF-8 */
int	utf8_valid(const char *s, size_t n);

#endif /* UTF8_H */
