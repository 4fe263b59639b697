/*
 * lex.h: lexicons compiled into the binary.
 *
 * Every src/data/NAME.tsv becomes `const struct lex lex_NAME` (declared in
 * the generated lexicons.h) at build time: its rows sorted by key in byte
 * order, the first column the key, the other columns the value (tabs kept).
 * Lines starting with '#' are comments: each file opens with its source and
 * licence.  The tables are read-only and shared by all threads.
 *
 * Lookups go through a hash index that lex_init() builds once for every
 * table (one hash and usually one compare per lookup: the stages look up
 * nearly every token); before lex_init(), or for a table it did not index,
 * they fall back to a binary search with the same results.  Keys are
 * matched byte for byte; lex_find_fold() folds ASCII upper case first, for
 * tables whose keys are written in lower case.
 */
#ifndef LEX_H
#define LEX_H

#include <stddef.h>
#include <stdint.h>

struct lex_entry {
	const char	*key;
	uint32_t	 len;
	const char	*val;	/* the other columns, "" when none */
};

/* Built by lex_init(): slot[h & mask] holds entry index + 1, 0 empty. */
/*
 * Open addressing; a slot keeps the key's whole hash next to the entry
 * number, so a probe that does not match is decided without touching the
 * entry or its key (two cache misses saved on most words of an article,
 * which are in no list).
 */
struct lex_slot {
	uint32_t	 idx;	/* entry index + 1; 0 for an empty slot */
	uint32_t	 hash;
};

struct lex_index {
	struct lex_slot	*slot;
	uint32_t	 mask;
};

struct lex {
	const char		*name;
	const struct lex_entry	*e;
	size_t			 n;
	struct lex_index	*ix;
};

/* Index every compiled table; idempotent and safe to call from threads. */
void	lex_init(void);

/* Index of the first entry whose key is s[0..n), or -1. */
long	lex_find(const struct lex *, const char *s, size_t n);
/* lex_find() on s with ASCII A-Z folded to a-z (keys of 64 bytes at most). */
long	lex_find_fold(const struct lex *, const char *s, size_t n);
/* Column col (0 = the first after the key) of entry i into out; its length,
   or -1 when the entry has fewer columns. */
long	lex_col(const struct lex *, long i, int col, const char **out);

#endif /* LEX_H */
