#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "util.h"

struct arena_block {
	struct arena_block	*next;
	size_t			 size;	/* usable bytes after the header */
	alignas(max_align_t) unsigned char data[];
};

#define ARENA_MIN_BLOCK	((size_t)64 << 10)
#define ARENA_ALIGN	(alignof(max_align_t))

void
arena_init(struct arena *a)
{
	a->head = NULL;
	a->used = 0;
	a->total = 0;
}

/*
 * Keep only the largest block: it is usually big enough for the next
 * article, and dropping the rest bounds what a single huge article leaves
 * behind to one block.
 */
void
arena_clear(struct arena *a)
{
	struct arena_block *b, *next, *keep = NULL;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		if (keep == NULL || b->size > keep->size) {
			if (keep != NULL)
				free(keep);
			keep = b;
		} else
			free(b);
	}
	/*
	 * A block over 4 MiB is not kept: an ordinary article needs far
	 * less, and a rare big one should not pin its memory in every
	 * worker for the rest of the run.
	 */
	if (keep != NULL && keep->size > ((size_t)4 << 20)) {
		free(keep);
		keep = NULL;
	}
	a->head = keep;
	if (keep != NULL)
		keep->next = NULL;
	a->used = 0;
	a->total = keep ? keep->size : 0;
}

void
arena_release(struct arena *a)
{
	struct arena_block *b, *next;

	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	arena_init(a);
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b;
	size_t size;
	void *p;

	n = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	if (n == 0)
		n = ARENA_ALIGN;
	if (a->head == NULL || a->head->size - a->used < n) {
		size = a->total < ARENA_MIN_BLOCK ? ARENA_MIN_BLOCK : a->total;
		if (size < n)
			size = n;
		if (size > SIZE_MAX - sizeof(*b))
			util_die_oom();
		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->next = a->head;
		a->head = b;
		a->used = 0;
		a->total += size;
	}
	p = a->head->data + a->used;
	a->used += n;
	return p;
}

void *
arena_zalloc(struct arena *a, size_t n)
{
	void *p = arena_alloc(a, n);

	memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

/*
 * The last allocation p keeps its first n bytes, the rest goes back: for a
 * buffer sized for the worst case and filled in one pass (JSON strings).
 * Anything else is left as it is.
 */
void
arena_shrink(struct arena *a, void *p, size_t n)
{
	unsigned char *c = p;
	size_t off;

	if (a->head == NULL || c < a->head->data ||
	    c > a->head->data + a->used)
		return;
	off = (size_t)(c - a->head->data);
	n = (n + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
	if (n == 0)
		n = ARENA_ALIGN;
	if (off + n < a->used)
		a->used = off + n;
}

void *
arena_grow(struct arena *a, void *old, size_t oldbytes, size_t newbytes)
{
	void *p;

	if (newbytes <= oldbytes)
		return old;
	p = arena_alloc(a, newbytes);
	if (oldbytes)
		memcpy(p, old, oldbytes);
	return p;
}
