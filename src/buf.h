/*
 * buf.h: a growable byte buffer on the heap (after git's strbuf).
 *
 * Invariants: b->p[b->len] == '\0' once anything was added (so b->p may be
 * used as a C string when the content holds no NUL); b->len < b->cap.
 * The buffer owns b->p; buf_release() frees it, buf_reset() empties it but
 * keeps the memory for reuse.  Functions that add may reallocate b->p:
 * never keep a pointer into it across them.  Growth never fails.
 */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	buf_init(struct buf *);
void	buf_release(struct buf *);
void	buf_reset(struct buf *);
/* buf_grow() when the room is not there: reallocates */
void	buf_grow_slow(struct buf *, size_t n);
/* decimal integer */
void	buf_addi(struct buf *, long long);

/*
 * The record writer adds a few bytes at a time, millions of times a run:
 * the adds are inline, and only growing calls out.
 */

/* make room for n more bytes */
static inline void
buf_grow(struct buf *b, size_t n)
{
	if (b->p == NULL || n >= b->cap - b->len)
		buf_grow_slow(b, n);
}

static inline void
buf_add(struct buf *b, const void *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static inline void
buf_addc(struct buf *b, int c)
{
	buf_grow(b, 1);
	b->p[b->len++] = (char)c;
	b->p[b->len] = '\0';
}

/* keep the first len bytes (len <= b->len) */
static inline void
buf_truncate(struct buf *b, size_t len)
{
	b->len = len;
	if (b->p != NULL)
		b->p[len] = '\0';
}

/* strlen() of a string literal is folded where this is inlined */
static inline void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

#endif /* BUF_H */
