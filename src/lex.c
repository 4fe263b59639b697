#include <pthread.h>
#include <string.h>

#include "lex.h"
#include "lexicons.h"
#include "util.h"

/* Entries with equal keys are adjacent (sorted): index the first of each. */
static void
lex_index_build(const struct lex *l)
{
	size_t size = 16, i;
	struct lex_slot *slot;

	while (size < 2 * l->n)
		size *= 2;
	slot = xcalloc(size, sizeof(*slot));
	for (i = 0; i < l->n; i++) {
		uint32_t h, hash;

		if (i > 0 && l->e[i].len == l->e[i - 1].len &&
		    memcmp(l->e[i].key, l->e[i - 1].key, l->e[i].len) == 0)
			continue;
		hash = util_fnv1a(l->e[i].key, l->e[i].len);
		h = hash & (uint32_t)(size - 1);
		while (slot[h].idx != 0)
			h = (h + 1) & (uint32_t)(size - 1);
		slot[h].idx = (uint32_t)i + 1;
		slot[h].hash = hash;
	}
	l->ix->mask = (uint32_t)(size - 1);
	l->ix->slot = slot;
}

static void
lex_init_once(void)
{
	size_t i;

	for (i = 0; lex_all[i] != NULL; i++)
		lex_index_build(lex_all[i]);
}

void
lex_init(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	(void)pthread_once(&once, lex_init_once);
}

static int
lex_cmp(const struct lex_entry *e, const char *s, size_t n)
{
	size_t m = e->len < n ? e->len : n;
	int c = memcmp(e->key, s, m);

	if (c != 0)
		return c;
	return e->len < n ? -1 : e->len > n ? 1 : 0;
}

long
lex_find(const struct lex *l, const char *s, size_t n)
{
	size_t lo = 0, hi = l->n;

	if (l->ix != NULL && l->ix->slot != NULL) {
		uint32_t hash = util_fnv1a(s, n), h = hash & l->ix->mask, k;

		while ((k = l->ix->slot[h].idx) != 0) {
			const struct lex_entry *e = &l->e[k - 1];

			if (l->ix->slot[h].hash == hash && e->len == n &&
			    memcmp(e->key, s, n) == 0)
				return (long)k - 1;
			h = (h + 1) & l->ix->mask;
		}
		return -1;
	}

	/* lower bound: the first entry not less than s */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (lex_cmp(&l->e[mid], s, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < l->n && lex_cmp(&l->e[lo], s, n) == 0)
		return (long)lo;
	return -1;
}

long
lex_find_fold(const struct lex *l, const char *s, size_t n)
{
	char tmp[64];
	size_t i;

	if (n > sizeof(tmp))
		return -1;
	for (i = 0; i < n; i++)
		tmp[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	return lex_find(l, tmp, n);
}

long
lex_col(const struct lex *l, long i, int col, const char **out)
{
	const char *p = l->e[i].val, *end;

	while (col-- > 0) {
		p = strchr(p, '\t');
		if (p == NULL)
			return -1;
		p++;
	}
	end = strchr(p, '\t');
	*out = p;
	return end ? (long)(end - p) : (long)strlen(p);
}
