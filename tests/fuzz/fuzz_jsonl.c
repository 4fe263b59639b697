/*
 * fuzz_jsonl.c: libFuzzer target for the whole pipeline in JSONL mode:
 * any line gives exactly one doc or error record, all valid UTF-8 JSON
 * lines, and an error record exactly when jsonl_record() says so.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "jsonl.h"
#include "pipeline.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct pipeline *fz_pipe;
static struct arena fz_arena;
static struct buf fz_scratch;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jsonl_opts o = { "text", "id", 1 << 20 };
	struct buf out = BUF_INIT;
	char msg[160];
	const char *err = NULL;
	int rc;

	if (fz_pipe == NULL) {
		struct pipeline_opts po = { 0, "auto", 0xf, 1 };

		fz_pipe = pipeline_new(&po, &err);
		assert(fz_pipe != NULL);
		arena_init(&fz_arena);
	}
	rc = jsonl_record(fz_pipe, &o, &fz_arena, &fz_scratch,
	    (const char *)data, size, "fuzz.jsonl", 1, &out, msg, sizeof(msg));
	assert(out.len > 0 && out.p[out.len - 1] == '\n');
	if (rc < 0)
		assert(strncmp(out.p, "{\"type\":\"error\"", 15) == 0 &&
		    memchr(out.p, '\n', out.len) == out.p + out.len - 1);
	else
		assert(strncmp(out.p, "{\"type\":\"doc\"", 13) == 0);
	assert(utf8_valid(out.p, out.len));
	buf_release(&out);
	return 0;
}
