/*
 * arena.h: per-article memory.
 *
 * Everything a stage produces for one article is carved from the article's
 * arena and released together by arena_clear() before the next article, so
 * stages never free.  Blocks are kept across arena_clear() (the largest
 * block is reused), so a long run over many articles does not go back to
 * malloc for every article; arena_release() gives everything back.
 *
 * Invariants: memory returned by arena_alloc() is aligned for any type and
 * stays valid until the next arena_clear() or arena_release().  Allocation
 * never fails (out of memory is fatal in util.c).
 */
#ifndef ARENA_H
#define ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block	*head;	/* current block, newest first */
	size_t			 used;	/* bytes used in head */
	size_t			 total;	/* bytes held in all blocks */
};

void	 arena_init(struct arena *);
void	 arena_clear(struct arena *);
void	 arena_release(struct arena *);

/* n bytes, uninitialised / zeroed. */
void	*arena_alloc(struct arena *, size_t n);
void	*arena_zalloc(struct arena *, size_t n);
/* a NUL-terminated copy of n bytes of s */
char	*arena_strndup(struct arena *, const char *s, size_t n);
/* the latest allocation p keeps only its first n bytes (see arena.c) */
void	 arena_shrink(struct arena *, void *p, size_t n);
/*
 * grow an array in arena memory: returns a copy with room for newbytes.
 * The old copy is not freed (arenas never free), so grow geometrically
 * (double the capacity), never by one element, or time and memory go
 * quadratic.
 */
void	*arena_grow(struct arena *, void *old, size_t oldbytes, size_t newbytes);

#endif /* ARENA_H */
