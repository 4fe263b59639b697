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

struct buf {
	char	*p;
	size_t	 len;
	size_t	 cap;
};

#define BUF_INIT { NULL, 0, 0 }

void	buf_init(struct buf *);
void	buf_release(struct buf *);
void	buf_reset(struct buf *);
/* make room for n more bytes */
void	buf_grow(struct buf *, size_t n);
void	buf_add(struct buf *, const void *, size_t);
void	buf_addc(struct buf *, int);
void	buf_adds(struct buf *, const char *);
/* decimal integer */
void	buf_addi(struct buf *, long long);

#endif /* BUF_H */
