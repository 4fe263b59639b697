#include <string.h>

#include "lex.h"

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
