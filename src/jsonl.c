#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "json.h"
#include "jsonl.h"
#include "jw.h"
#include "pipeline.h"
#include "record.h"

static const char *const jsonl_text_fallbacks[] = { "text", "content", "body" };

int
jsonl_record(struct pipeline *p, const struct jsonl_opts *o, struct arena *a,
    struct buf *scratch, const char *line, size_t len, const char *file,
    long lineno, struct buf *out, char *msg, size_t msglen)
{
	struct json_value root;
	struct json_error jerr;
	const struct json_value *id, *text = NULL, *title;
	struct pipeline_input in;
	const char *doc = "null";
	size_t doclen = 4, i;

	const char *keep[] = { o->id_field, o->text_field, "text", "content",
	    "body", "title", NULL };

	arena_clear(a);
	buf_reset(scratch);
	if (json_parse_keep(a, line, len, keep, &root, &jerr) < 0) {
		snprintf(msg, msglen, "%s at byte %zu", jerr.msg,
		    jerr.offset + 1);
		goto fail;
	}
	if (root.type != JSON_OBJECT) {
		snprintf(msg, msglen, "record is not a JSON object");
		goto fail;
	}
	id = json_get(&root, o->id_field);
	if (id == NULL || id->type == JSON_NULL) {
		/* no id: "FILE:LINE" names the record uniquely */
		char *name = arena_alloc(a, strlen(file) + 24);
		int n = sprintf(name, "%s:%ld", file, lineno);

		jw_str(scratch, name, (size_t)n);
	} else if (id->type == JSON_STRING)
		jw_str(scratch, id->str, id->len);
	else if (id->type == JSON_NUMBER)
		buf_add(scratch, id->raw, id->raw_len);
	else {
		snprintf(msg, msglen, "field \"%.40s\" is not a string or number",
		    o->id_field);
		goto fail;
	}
	doc = scratch->p;
	doclen = scratch->len;

	/*
	 * The named field, else the first of the fall-backs that holds a
	 * string: {"text":null,"content":"..."} is read from content.
	 */
	text = json_get(&root, o->text_field);
	for (i = 0; (text == NULL || text->type != JSON_STRING) &&
	    i < sizeof(jsonl_text_fallbacks) / sizeof(jsonl_text_fallbacks[0]);
	    i++) {
		const struct json_value *t = json_get(&root,
		    jsonl_text_fallbacks[i]);

		if (t != NULL && (text == NULL || t->type == JSON_STRING))
			text = t;
	}
	if (text == NULL) {
		if (strcmp(o->text_field, "text") == 0)
			snprintf(msg, msglen, "no text field (tried text, "
			    "content, body)");
		else
			snprintf(msg, msglen, "no text field (tried %.40s, "
			    "text, content, body)", o->text_field);
		goto fail;
	}
	if (text->type != JSON_STRING) {
		snprintf(msg, msglen, "text field is not a string");
		goto fail;
	}
	if (text->len > o->max_bytes) {
		snprintf(msg, msglen, "article of %zu bytes is over the limit "
		    "of %zu", text->len, o->max_bytes);
		goto fail;
	}
	title = json_get(&root, "title");
	memset(&in, 0, sizeof(in));
	in.bytes = text->str;
	in.len = text->len;
	in.from_json = 1;
	in.doc_json = doc;
	in.doc_json_len = doclen;
	if (title != NULL && title->type == JSON_STRING) {
		in.title = title->str;
		in.title_len = title->len;
	}
	in.file = file;
	in.line = lineno;
	pipeline_run(p, &in, out);
	return 0;
fail:
	record_error(out, doc, doclen, file, lineno, msg);
	return -1;
}
