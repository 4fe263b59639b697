/*
 * fuzz_segment.c: libFuzzer target for the sentence splitter
 * (src/segment.c).  The first byte picks the language and whether the
 * text starts with its title; the rest is the text (made valid UTF-8 the
 * way the normalize stage would leave it is not assumed: any bytes).
 * Sentences and tokens must keep the invariants of segment.h.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "article.h"
#include "segment.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct segmenter *sg;

static void
check(const struct article *a)
{
	size_t i, k;

	for (i = 0; i < a->nsentences; i++) {
		const struct sentence *s = &a->sentences[i];

		assert(s->start < s->end && s->end <= a->len);
		assert(s->tok_first < s->tok_end && s->tok_end <= a->ntokens);
		assert(s->start == a->tokens[s->tok_first].start);
		assert(s->end == a->tokens[s->tok_end - 1].end);
		assert(a->tokens[s->tok_first].flags & TOK_SENT_START);
		assert(i == 0 || s->tok_first == a->sentences[i - 1].tok_end);
		assert(i == 0 || s->start >= a->sentences[i - 1].end);
		assert(i == 0 || s->para >= a->sentences[i - 1].para);
		for (k = s->tok_first; k < s->tok_end; k++)
			assert(a->tokens[k].sentence == i);
	}
	for (k = 0; k < a->ntokens; k++) {
		const struct token *t = &a->tokens[k];

		assert(t->start < t->end && t->end <= a->len);
		assert(k == 0 || t->start >= a->tokens[k - 1].end);
		assert(t->kind <= TOK_QUOTE && t->qmark <= TOK_Q_AMBIG);
		assert(t->kind == TOK_QUOTE || t->qmark == TOK_Q_NONE);
		/* white space never starts a token */
		assert(a->text[t->start] != ' ' && a->text[t->start] != '\n');
	}
	assert(a->ntokens == 0 ||
	    a->sentences[a->nsentences - 1].tok_end == a->ntokens);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct arena ar;
	struct article a;
	char *text;

	if (size < 1)
		return 0;
	if (sg == NULL)
		sg = seg_new();
	arena_init(&ar);
	memset(&a, 0, sizeof(a));
	a.arena = &ar;
	text = arena_strndup(&ar, (const char *)data + 1, size - 1);
	a.text = text;
	a.len = size - 1;
	a.lang = data[0] & 1 ? ART_LANG_EN : ART_LANG_ID;
	if (data[0] & 2) {
		const char *nl = memchr(text, '\n', a.len);

		a.title = arena_strndup(&ar, text, nl ? (size_t)(nl - text) :
		    a.len);
	}
	seg_run(sg, &a);
	check(&a);
	arena_release(&ar);
	return 0;
}
