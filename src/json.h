/*
 * json.h: a small RFC 8259 reader for one JSON Lines record.
 *
 * json_parse() reads exactly one JSON value from s[0..n) (surrounding white
 * space allowed, anything else after the value is an error) into a tree
 * whose nodes and decoded strings live in the caller's arena.  Strings are
 * decoded to UTF-8: "\uXXXX" escapes with surrogate pairs become their code
 * point, a lone surrogate becomes U+FFFD; bytes that are not valid UTF-8
 * are copied as they are (the decode stage repairs them), and a decoded
 * string may contain NUL, so always use its length.
 *
 * It does not: keep duplicate keys apart (json_get() returns the last),
 * convert numbers (a number's text is kept as written), or accept
 * extensions (comments, trailing commas, NaN, single quotes).
 * Nesting deeper than JSON_MAX_DEPTH is an error, not a stack overflow.
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>

struct arena;

#define JSON_MAX_DEPTH	256

enum json_type {
	JSON_NULL,
	JSON_FALSE,
	JSON_TRUE,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT
};

struct json_member;

struct json_value {
	enum json_type		 type;
	const char		*raw;	/* the value's text in the input */
	size_t			 raw_len;
	char			*str;	/* STRING: decoded, NUL-terminated; NUMBER: as written */
	size_t			 len;
	struct json_member	*members;	/* OBJECT */
	struct json_value	*items;		/* ARRAY */
	size_t			 n;	/* members or items */
};

struct json_member {
	char			*key;	/* decoded */
	size_t			 key_len;
	struct json_value	 value;
};

struct json_error {
	size_t		 offset;	/* byte offset of the error in the input */
	const char	*msg;		/* static, lower case, no final period */
};

/* 0 on success; -1 with *err filled in (and *out undefined) on bad input. */
int	json_parse(struct arena *, const char *s, size_t n,
	    struct json_value *out, struct json_error *err);
/*
 * json_parse(), keeping only the members of a top-level object whose keys
 * are in keep (a NULL-terminated list): the others are checked for syntax
 * but not stored, so memory is bounded by the fields kept, not the line.
 */
int	json_parse_keep(struct arena *, const char *s, size_t n,
	    const char *const *keep, struct json_value *out,
	    struct json_error *err);

/* The member called key in an object, or NULL (also when v is no object). */
const struct json_value *json_get(const struct json_value *v, const char *key);

#endif /* JSON_H */
