/*
 * util.h: the one place where running out of memory is handled.
 *
 * xmalloc() and friends never return NULL: on failure they call
 * util_die_oom(), which writes "kutip: out of memory" to standard error and
 * exits with status 2.  Nobody else checks the result of an allocation.
 * A test build may set util_fail_after to make the n-th allocation fail
 * (fault injection); it is -1 (never) by default.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>

/* a test hook: set it only while a single thread allocates */
extern long util_fail_after;

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrndup(const char *, size_t);
void	 util_die_oom(void);

#define UTIL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* FNV-1a of s[0..n): the hash of the lexicon and word tables */
static inline uint32_t
util_fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

#endif /* UTIL_H */
