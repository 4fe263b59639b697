#include <string.h>

#include "arena.h"
#include "json.h"
#include "swar.h"
#include "utf8.h"

struct json_parser {
	struct arena		*arena;
	const unsigned char	*s;
	size_t			 n;
	size_t			 pos;
	int			 depth;
	const char *const	*keep;	/* top-level keys to keep, or NULL */
	struct json_error	*err;
};

static int json_parse_value(struct json_parser *, struct json_value *);
static int json_literal(struct json_parser *, const char *, enum json_type,
    struct json_value *);
static int json_number_syntax(struct json_parser *);

static int
json_fail(struct json_parser *p, const char *msg)
{
	p->err->offset = p->pos;
	p->err->msg = msg;
	return -1;
}

static void
json_skip_ws(struct json_parser *p)
{
	while (p->pos < p->n && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
	    p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
		p->pos++;
}

static int
json_hex4(const unsigned char *s, unsigned *out)
{
	unsigned v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		unsigned c = s[i], d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -1;
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/*
 * One pass: the string is decoded into an arena buffer as long as the rest
 * of the input (a decoded string is never longer than its source), whose
 * unused end goes back to the arena.  Fast path: the run up to the next
 * '"', '\\' or control character is found 16 or 8 bytes a step (swar.h)
 * and copied with one memcpy.
 */
static int
json_string(struct json_parser *p, char **out, size_t *outlen)
{
	const unsigned char *s = p->s;
	size_t i = p->pos + 1, n = p->n, k = 0, run;
	char *d = arena_alloc(p->arena, n - i + 1);

	for (;;) {
		unsigned u = 0, lo = 0;

		run = swar_json_plain(s + i, n - i);
		memcpy(d + k, s + i, run);
		i += run;
		k += run;
		if (i >= n) {
			p->pos = i;
			return json_fail(p, "unterminated string");
		}
		if (s[i] == '"')
			break;
		if (s[i] < 0x20) {
			p->pos = i;
			return json_fail(p, "control character in string");
		}
		if (s[i] != '\\') {
			d[k++] = (char)s[i++];
			continue;
		}
		if (++i >= n) {
			p->pos = i;
			return json_fail(p, "unterminated string");
		}
		switch (s[i]) {
		case '"': case '\\': case '/': d[k++] = (char)s[i]; break;
		case 'b': d[k++] = '\b'; break;
		case 'f': d[k++] = '\f'; break;
		case 'n': d[k++] = '\n'; break;
		case 'r': d[k++] = '\r'; break;
		case 't': d[k++] = '\t'; break;
		case 'u':
			if (n - i < 5 || json_hex4(s + i + 1, &u) < 0) {
				p->pos = i;
				return json_fail(p, "bad \\u escape");
			}
			i += 4;
			if (u >= 0xD800 && u <= 0xDBFF && n - i > 6 &&
			    s[i + 1] == '\\' && s[i + 2] == 'u' &&
			    json_hex4(s + i + 3, &lo) == 0 &&
			    lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (u >= 0xD800 && u <= 0xDFFF)
				u = 0xFFFD;	/* lone surrogate */
			/* 6 source bytes always hold the 1..3 encoded bytes */
			k += (size_t)utf8_encode((int32_t)u, d + k);
			break;
		default:
			p->pos = i;
			return json_fail(p, "bad escape in string");
		}
		i++;
	}
	d[k] = '\0';
	arena_shrink(p->arena, d, k + 1);
	*out = d;
	*outlen = k;
	p->pos = i + 1;
	return 0;
}

/* Advance over a number's text; the syntax of RFC 8259 section 6. */
static int
json_number_syntax(struct json_parser *p)
{
	const unsigned char *s = p->s;
	size_t i = p->pos;

	if (i < p->n && s[i] == '-')
		i++;
	if (i >= p->n || !(s[i] >= '0' && s[i] <= '9'))
		return json_fail(p, s[p->pos] == '-' ? "bad number" : "not JSON");
	if (s[i] == '0')
		i++;
	else
		while (i < p->n && s[i] >= '0' && s[i] <= '9')
			i++;
	if (i < p->n && s[i] == '.') {
		i++;
		if (i >= p->n || !(s[i] >= '0' && s[i] <= '9')) {
			p->pos = i;
			return json_fail(p, "bad number");
		}
		while (i < p->n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < p->n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < p->n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= p->n || !(s[i] >= '0' && s[i] <= '9')) {
			p->pos = i;
			return json_fail(p, "bad number");
		}
		while (i < p->n && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	p->pos = i;
	return 0;
}

static int
json_number(struct json_parser *p, struct json_value *v)
{
	size_t start = p->pos;

	if (json_number_syntax(p) < 0)
		return -1;
	v->type = JSON_NUMBER;
	v->str = arena_strndup(p->arena, (const char *)p->s + start,
	    p->pos - start);
	v->len = p->pos - start;
	return 0;
}

static int
json_literal(struct json_parser *p, const char *word, enum json_type t,
    struct json_value *v)
{
	size_t len = strlen(word);

	if (p->n - p->pos < len || memcmp(p->s + p->pos, word, len) != 0)
		return json_fail(p, "not JSON");
	p->pos += len;
	if (v != NULL)
		v->type = t;
	return 0;
}

/*
 * Check a string's syntax without storing it.  With it, a NULL value in
 * json_parse_value() checks any value without storing anything: members of
 * the top-level object that nobody asked for (an "html" or "meta" field)
 * are validated but cost no memory, so a record's memory is bounded by the
 * fields kutip reads, not by the line.
 */
static int
json_skip_string(struct json_parser *p)
{
	const unsigned char *s = p->s;
	size_t i;

	for (i = p->pos + 1; ; i++) {
		unsigned u;

		/* fast path as in json_string() */
		i += swar_json_plain(s + i, p->n - i);
		if (i >= p->n) {
			p->pos = i;
			return json_fail(p, "unterminated string");
		}
		if (s[i] == '"')
			break;
		if (s[i] < 0x20) {
			p->pos = i;
			return json_fail(p, "control character in string");
		}
		if (s[i] != '\\')
			continue;
		if (++i >= p->n) {
			p->pos = i;
			return json_fail(p, "unterminated string");
		}
		if (s[i] == 'u') {
			if (p->n - i < 5 || json_hex4(s + i + 1, &u) < 0) {
				p->pos = i;
				return json_fail(p, "bad \\u escape");
			}
			i += 4;
		} else if (strchr("\"\\/bfnrt", s[i]) == NULL || s[i] == '\0') {
			p->pos = i;
			return json_fail(p, "bad escape in string");
		}
	}
	p->pos = i + 1;
	return 0;
}

static int
json_wanted(const struct json_parser *p, const char *key, size_t len)
{
	const char *const *k;

	if (p->keep == NULL || p->depth != 1)
		return 1;
	for (k = p->keep; *k != NULL; k++)
		if (strlen(*k) == len && memcmp(*k, key, len) == 0)
			return 1;
	return 0;
}

/* A member's value: parsed, or only checked when nobody reads it. */
static int
json_member_value(struct json_parser *p, struct json_member *m)
{
	if (json_wanted(p, m->key, m->key_len))
		return json_parse_value(p, &m->value);
	m->value.type = JSON_NULL;
	m->key_len = 0;		/* never found by json_get() */
	return json_parse_value(p, NULL);
}

/*
 * Members and items are collected in a growing arena array; the doubling
 * keeps the copying linear in the number of members.
 */
/*
 * With v NULL, json_object(), json_array() and json_parse_value() only
 * check the syntax: nothing is stored and nothing allocated.
 */
static int
json_object(struct json_parser *p, struct json_value *v)
{
	size_t cap = 0;

	if (v != NULL)
		v->type = JSON_OBJECT;
	p->pos++;
	json_skip_ws(p);
	if (p->pos < p->n && p->s[p->pos] == '}') {
		p->pos++;
		return 0;
	}
	for (;;) {
		struct json_member *m = NULL;

		json_skip_ws(p);
		if (p->pos >= p->n)
			return json_fail(p, "unterminated object");
		if (p->s[p->pos] != '"')
			return json_fail(p, "expected a string key");
		if (v != NULL && v->n == cap) {
			size_t ncap = cap ? cap * 2 : 8;

			v->members = arena_grow(p->arena, v->members,
			    cap * sizeof(*m), ncap * sizeof(*m));
			cap = ncap;
		}
		if (v != NULL) {
			m = &v->members[v->n];
			memset(m, 0, sizeof(*m));
		}
		if ((m != NULL ? json_string(p, &m->key, &m->key_len) :
		    json_skip_string(p)) < 0)
			return -1;
		json_skip_ws(p);
		if (p->pos >= p->n || p->s[p->pos] != ':')
			return json_fail(p, p->pos >= p->n ?
			    "unterminated object" : "expected ':'");
		p->pos++;
		if ((m != NULL ? json_member_value(p, m) :
		    json_parse_value(p, NULL)) < 0)
			return -1;
		if (v != NULL)
			v->n++;
		json_skip_ws(p);
		if (p->pos >= p->n)
			return json_fail(p, "unterminated object");
		if (p->s[p->pos] == '}') {
			p->pos++;
			return 0;
		}
		if (p->s[p->pos] != ',')
			return json_fail(p, "expected ',' or '}'");
		p->pos++;
	}
}

static int
json_array(struct json_parser *p, struct json_value *v)
{
	size_t cap = 0;

	if (v != NULL)
		v->type = JSON_ARRAY;
	p->pos++;
	json_skip_ws(p);
	if (p->pos < p->n && p->s[p->pos] == ']') {
		p->pos++;
		return 0;
	}
	for (;;) {
		struct json_value *item = NULL;

		if (v != NULL && v->n == cap) {
			size_t ncap = cap ? cap * 2 : 8;

			v->items = arena_grow(p->arena, v->items,
			    cap * sizeof(*v->items), ncap * sizeof(*v->items));
			cap = ncap;
		}
		if (v != NULL) {
			item = &v->items[v->n];
			memset(item, 0, sizeof(*item));
		}
		if (json_parse_value(p, item) < 0)
			return -1;
		if (v != NULL)
			v->n++;
		json_skip_ws(p);
		if (p->pos >= p->n)
			return json_fail(p, "unterminated array");
		if (p->s[p->pos] == ']') {
			p->pos++;
			return 0;
		}
		if (p->s[p->pos] != ',')
			return json_fail(p, "expected ',' or ']'");
		p->pos++;
	}
}

static int
json_parse_value(struct json_parser *p, struct json_value *v)
{
	size_t start;
	int rc;

	json_skip_ws(p);
	if (p->pos >= p->n)
		return json_fail(p, "unexpected end of input");
	if (++p->depth > JSON_MAX_DEPTH)
		return json_fail(p, "nesting too deep");
	start = p->pos;
	switch (p->s[p->pos]) {
	case '{':
		rc = json_object(p, v);
		break;
	case '[':
		rc = json_array(p, v);
		break;
	case '"':
		if (v == NULL) {
			rc = json_skip_string(p);
			break;
		}
		v->type = JSON_STRING;
		rc = json_string(p, &v->str, &v->len);
		break;
	case 't':
		rc = json_literal(p, "true", JSON_TRUE, v);
		break;
	case 'f':
		rc = json_literal(p, "false", JSON_FALSE, v);
		break;
	case 'n':
		rc = json_literal(p, "null", JSON_NULL, v);
		break;
	default:
		if (p->s[p->pos] != '-' &&
		    !(p->s[p->pos] >= '0' && p->s[p->pos] <= '9'))
			rc = json_fail(p, "not JSON");
		else if (v == NULL)
			rc = json_number_syntax(p);
		else
			rc = json_number(p, v);
		break;
	}
	p->depth--;
	if (v != NULL) {
		v->raw = (const char *)p->s + start;
		v->raw_len = p->pos - start;
	}
	return rc;
}

int
json_parse(struct arena *a, const char *s, size_t n, struct json_value *out,
    struct json_error *err)
{
	return json_parse_keep(a, s, n, NULL, out, err);
}

int
json_parse_keep(struct arena *a, const char *s, size_t n,
    const char *const *keep, struct json_value *out, struct json_error *err)
{
	struct json_parser p;

	memset(&p, 0, sizeof(p));
	p.keep = keep;
	memset(out, 0, sizeof(*out));
	p.arena = a;
	p.s = (const unsigned char *)s;
	p.n = n;
	p.err = err;
	if (json_parse_value(&p, out) < 0)
		return -1;
	json_skip_ws(&p);
	if (p.pos != n)
		return json_fail(&p, "trailing characters after JSON value");
	return 0;
}

const struct json_value *
json_get(const struct json_value *v, const char *key)
{
	size_t i, klen = strlen(key);

	if (v == NULL || v->type != JSON_OBJECT)
		return NULL;
	for (i = v->n; i-- > 0; )
		if (v->members[i].key_len == klen &&
		    memcmp(v->members[i].key, key, klen) == 0)
			return &v->members[i].value;
	return NULL;
}
