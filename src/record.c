#include <string.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "jw.h"
#include "pipeline.h"
#include "record.h"
#include "swar.h"
#include "utf8.h"

/*
 * Byte offset -> code point offset.  A checkpoint every 64 bytes keeps the
 * table small (1/16 of the text) and each lookup to at most 64 bytes of
 * counting, whatever order the offsets are asked in.  Fast path: a text
 * that is all ASCII (as most news is) has no table, its offsets are the
 * same in bytes and code points.
 */
#define CP_STEP	64

struct cpmap {
	const char	*text;
	uint32_t	*at;	/* at[k]: code points before byte k * CP_STEP;
				   NULL for ASCII text */
	size_t		 chars;	/* code points in the text */
};

/* Whether s[0..n) is all ASCII: 16 (SSE2) or 8 bytes a step, or'ed. */
static int
rec_ascii(const char *s, size_t n)
{
	uint64_t acc = 0;
	size_t i = 0;

#if defined(__SSE2__)
	__m128i v = _mm_setzero_si128();

	for (; n - i >= 16; i += 16)
		v = _mm_or_si128(v, _mm_loadu_si128((const __m128i *)
		    (const void *)(s + i)));
	if (_mm_movemask_epi8(v) != 0)
		return 0;
#endif
	for (; n - i >= 8; i += 8)
		acc |= swar_load(s + i);
	for (; i < n; i++)
		acc |= (unsigned char)s[i];
	return (acc & SWAR_HIGH) == 0;
}

static void
cpmap_init(struct cpmap *m, const struct article *a)
{
	size_t k, n = a->len / CP_STEP + 1;
	uint32_t count = 0;

	m->text = a->text;
	/* the fast path above, found in one pass that counts nothing */
	if (rec_ascii(a->text, a->len)) {
		m->at = NULL;
		m->chars = a->len;
		return;
	}
	m->at = arena_alloc(a->arena, n * sizeof(*m->at));
	for (k = 0; k < n; k++) {
		size_t from = k * CP_STEP, to = from + CP_STEP;

		m->at[k] = count;
		if (to > a->len)
			to = a->len;
		if (from < to)
			count += (uint32_t)utf8_count(a->text + from, to - from);
	}
	m->chars = count;
	if (count == a->len)
		m->at = NULL;
}

static uint32_t
cpmap_get(const struct cpmap *m, uint32_t off)
{
	size_t k = off / CP_STEP;

	if (m->at == NULL)
		return off;
	return m->at[k] + (uint32_t)utf8_count(m->text + k * CP_STEP,
	    off - k * CP_STEP);
}

/* {"type":"TYPE","doc":DOC -- one check for room, the parts copied */
static void
rec_head(struct buf *b, const char *type, const char *doc, size_t doclen)
{
	size_t tl = strlen(type);
	char *p;

	buf_grow(b, 9 + tl + 8 + doclen);
	p = b->p + b->len;
	memcpy(p, "{\"type\":\"", 9);
	memcpy(p + 9, type, tl);
	memcpy(p + 9 + tl, "\",\"doc\":", 8);
	if (doclen)
		memcpy(p + 17 + tl, doc, doclen);
	p[17 + tl + doclen] = '\0';
	b->len += 17 + tl + doclen;
}

/*
 * An offset in decimal: buf_addi() in 32 bits, the digits counted first
 * and written backwards straight into the buffer (two a step), with one
 * check for room and no copy.  Offsets are written for every span.
 */
static void
rec_offset(struct buf *b, uint32_t v)
{
	static const char pairs[] =
	    "00010203040506070809101112131415161718192021222324252627282930"
	    "31323334353637383940414243444546474849505152535455565758596061"
	    "62636465666768697071727374757677787980818283848586878889909192"
	    "93949596979899";
	size_t nd = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 :
	    v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 :
	    v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
	char *p;

	buf_grow(b, nd);
	p = b->p + b->len + nd;
	*p = '\0';
	b->len += nd;
	while (v >= 100) {
		uint32_t d = v % 100 * 2;

		v /= 100;
		*--p = pairs[d + 1];
		*--p = pairs[d];
	}
	if (v >= 10) {
		size_t d = (size_t)v * 2;

		*--p = pairs[d + 1];
		*--p = pairs[d];
	} else
		*--p = (char)('0' + v);
}

static void
rec_span(struct buf *b, const struct cpmap *m, const struct article *a,
    struct span s, int with_text)
{
	jw_key(b, "start");
	rec_offset(b, cpmap_get(m, s.start));
	jw_key(b, "end");
	rec_offset(b, cpmap_get(m, s.end));
	if (with_text) {
		jw_key(b, "text");
		jw_str(b, a->text + s.start, s.end - s.start);
	}
}

static void
rec_mention(struct buf *b, const struct cpmap *m, const struct article *a,
    struct span s)
{
	/* rec_span starts with a comma; write the first key by hand */
	buf_adds(b, "{\"start\":");
	rec_offset(b, cpmap_get(m, s.start));
	jw_key(b, "end");
	rec_offset(b, cpmap_get(m, s.end));
	jw_key(b, "text");
	jw_str(b, a->text + s.start, s.end - s.start);
	buf_addc(b, '}');
}

static void
rec_doc(struct buf *b, const struct cpmap *m, const struct article *a,
    const char *doc, size_t doclen, int with_text, int counted)
{
	static const char *const repair_names[] = ART_REPAIR_NAMES;
	size_t i;
	int first = 1;

	rec_head(b, "doc", doc, doclen);
	jw_key(b, "lang");
	jw_strz(b, a->lang == ART_LANG_EN ? "en" : "id");
	jw_key(b, "title");
	jw_strz(b, a->title);
	jw_key(b, "source");
	jw_strz(b, a->source);
	jw_key(b, "dateline");
	jw_strz(b, a->dateline);
	jw_key(b, "encoding");
	jw_strz(b, a->encoding);
	jw_key(b, "repairs");
	buf_addc(b, '[');
	for (i = 0; i < sizeof(repair_names) / sizeof(repair_names[0]); i++) {
		if (!(a->repairs & (1u << i)))
			continue;
		if (!first)
			buf_addc(b, ',');
		jw_strz(b, repair_names[i]);
		first = 0;
	}
	buf_addc(b, ']');
	jw_key(b, "chars");
	buf_addi(b, (long long)m->chars);
	jw_key(b, "sentences");
	buf_addi(b, (long long)a->nsentences);
	jw_key(b, "entities");
	if (counted)
		buf_addi(b, (long long)a->nentities);
	else
		buf_adds(b, "null");
	jw_key(b, "quotes");
	if (counted)
		buf_addi(b, (long long)a->nquotes);
	else
		buf_adds(b, "null");
	jw_key(b, "credits");
	buf_addc(b, '[');
	for (i = 0; i < a->ncredits; i++) {
		if (i)
			buf_addc(b, ',');
		jw_strz(b, a->credits[i]);
	}
	buf_addc(b, ']');
	if (with_text) {
		jw_key(b, "text");
		jw_str(b, a->text, a->len);
	}
	buf_add(b, "}\n", 2);
}

static void
rec_entity(struct buf *b, const struct cpmap *m, const struct article *a,
    size_t i, const char *doc, size_t doclen)
{
	static const char *const labels[] = ENT_LABEL_NAMES;
	const struct entity *e = &a->entities[i];
	size_t j;

	rec_head(b, "entity", doc, doclen);
	jw_key(b, "id");
	buf_adds(b, "\"e");
	buf_addi(b, (long long)i + 1);
	buf_addc(b, '"');
	jw_key(b, "label");
	jw_strz(b, labels[e->label]);
	jw_key(b, "name");
	jw_strz(b, e->name);
	if (e->label == ENT_PERSON && e->role != NULL) {
		jw_key(b, "role");
		jw_strz(b, e->role);
	}
	if (e->value != NULL) {
		jw_key(b, "value");
		buf_adds(b, e->value);
	}
	if (e->currency != NULL) {
		jw_key(b, "currency");
		jw_strz(b, e->currency);
	}
	jw_key(b, "mentions");
	buf_addc(b, '[');
	for (j = 0; j < e->nmentions; j++) {
		if (j)
			buf_addc(b, ',');
		rec_mention(b, m, a, e->mentions[j]);
	}
	buf_addc(b, ']');
	if (e->acronym != NULL) {
		jw_key(b, "acronym");
		jw_strz(b, e->acronym);
	}
	buf_add(b, "}\n", 2);
}

static void
rec_quote(struct buf *b, const struct cpmap *m, const struct article *a,
    size_t i, const char *doc, size_t doclen)
{
	const struct quote *q = &a->quotes[i];

	rec_head(b, "quote", doc, doclen);
	jw_key(b, "id");
	buf_adds(b, "\"q");
	buf_addi(b, (long long)i + 1);
	buf_addc(b, '"');
	jw_key(b, "kind");
	jw_strz(b, q->kind == QUO_DIRECT ? "direct" : "indirect");
	jw_key(b, "text");
	jw_str(b, a->text + q->content.start, q->content.end - q->content.start);
	rec_span(b, m, a, q->content, 0);
	jw_key(b, "cue");
	if (q->has_cue)
		jw_str(b, a->text + q->cue.start, q->cue.end - q->cue.start);
	else
		buf_adds(b, "null");
	jw_key(b, "speaker");
	if (q->speaker >= 0) {
		jw_strz(b, a->entities[q->speaker].name);
		jw_key(b, "speaker_id");
		buf_adds(b, "\"e");
		buf_addi(b, (long long)q->speaker + 1);
		buf_addc(b, '"');
	} else {
		buf_adds(b, "null");
		jw_key(b, "speaker_id");
		buf_adds(b, "null");
	}
	jw_key(b, "speaker_mention");
	if (q->has_mention)
		rec_mention(b, m, a, q->speaker_mention);
	else
		buf_adds(b, "null");
	buf_add(b, "}\n", 2);
}

void
record_article(struct buf *out, const struct article *a, const char *doc,
    size_t doclen, unsigned emit, int with_text, int counted)
{
	struct cpmap m;
	size_t i;

	cpmap_init(&m, a);
	if (emit & PIPE_EMIT_DOC)
		rec_doc(out, &m, a, doc, doclen, with_text, counted);
	if (emit & PIPE_EMIT_SENTENCE) {
		/* the head every sentence record starts with, written once */
		size_t head = out->len, headlen;
		char *h;

		rec_head(out, "sentence", doc, doclen);
		jw_key(out, "n");
		headlen = out->len - head;
		h = arena_alloc(a->arena, headlen);
		memcpy(h, out->p + head, headlen);
		buf_truncate(out, head);
		for (i = 0; i < a->nsentences; i++) {
			buf_add(out, h, headlen);
			buf_addi(out, (long long)i);
			rec_span(out, &m, a, (struct span){ a->sentences[i].start,
			    a->sentences[i].end }, 1);
			buf_add(out, "}\n", 2);
		}
	}
	if (emit & PIPE_EMIT_ENTITY)
		for (i = 0; i < a->nentities; i++)
			rec_entity(out, &m, a, i, doc, doclen);
	if (emit & PIPE_EMIT_QUOTE)
		for (i = 0; i < a->nquotes; i++)
			rec_quote(out, &m, a, i, doc, doclen);
}

void
record_error(struct buf *out, const char *doc, size_t doclen, const char *file,
    long line, const char *msg)
{
	rec_head(out, "error", doc, doclen);
	jw_key(out, "file");
	jw_strz(out, file);
	jw_key(out, "line");
	if (line > 0)
		buf_addi(out, line);
	else
		buf_adds(out, "null");
	jw_key(out, "message");
	jw_strz(out, msg);
	buf_add(out, "}\n", 2);
}
