#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "segment.h"
#include "util.h"

/*
 * XXX: first cut: paragraphs, then ". ? !" followed by white space and an
 * upper-case ASCII letter.  Tokens are runs of non-space bytes.
 */
struct segmenter {
	int	unused;
};

struct segmenter *
seg_new(void)
{
	return xcalloc(1, sizeof(struct segmenter));
}

void
seg_free(struct segmenter *s)
{
	free(s);
}

static int
seg_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static void
seg_add(struct article *a, size_t *cap, size_t start, size_t end, uint32_t para)
{
	struct sentence *s;

	while (end > start && seg_space(a->text[end - 1]))
		end--;
	while (start < end && seg_space(a->text[start]))
		start++;
	if (start >= end)
		return;
	if (a->nsentences == *cap) {
		size_t ncap = *cap ? *cap * 2 : 16;

		a->sentences = arena_grow(a->arena, a->sentences,
		    *cap * sizeof(*s), ncap * sizeof(*s));
		*cap = ncap;
	}
	s = &a->sentences[a->nsentences++];
	memset(s, 0, sizeof(*s));
	s->start = (uint32_t)start;
	s->end = (uint32_t)end;
	s->para = para;
}

void
seg_run(struct segmenter *sg, struct article *a)
{
	const char *t = a->text;
	size_t i, start = 0, cap = 0, tcap = 0, si;
	uint32_t para = 0;

	(void)sg;
	for (i = 0; i < a->len; i++) {
		if (t[i] == '\n' && i + 1 < a->len && t[i + 1] == '\n') {
			seg_add(a, &cap, start, i, para);
			while (i + 1 < a->len && seg_space(t[i + 1]))
				i++;
			start = i + 1;
			para++;
		} else if ((t[i] == '.' || t[i] == '?' || t[i] == '!') &&
		    i + 2 < a->len && t[i + 1] == ' ' &&
		    t[i + 2] >= 'A' && t[i + 2] <= 'Z') {
			seg_add(a, &cap, start, i + 1, para);
			start = i + 1;
		}
	}
	seg_add(a, &cap, start, a->len, para);
	for (si = 0; si < a->nsentences; si++) {
		struct sentence *s = &a->sentences[si];

		s->tok_first = (uint32_t)a->ntokens;
		for (i = s->start; i < s->end; ) {
			struct token *tk;
			size_t j = i;

			while (j < s->end && !seg_space(t[j]))
				j++;
			if (a->ntokens == tcap) {
				size_t ncap = tcap ? tcap * 2 : 64;

				a->tokens = arena_grow(a->arena, a->tokens,
				    tcap * sizeof(*tk), ncap * sizeof(*tk));
				tcap = ncap;
			}
			tk = &a->tokens[a->ntokens++];
			memset(tk, 0, sizeof(*tk));
			tk->start = (uint32_t)i;
			tk->end = (uint32_t)j;
			tk->sentence = (uint32_t)si;
			while (j < s->end && seg_space(t[j]))
				j++;
			i = j;
		}
		s->tok_end = (uint32_t)a->ntokens;
	}
}
