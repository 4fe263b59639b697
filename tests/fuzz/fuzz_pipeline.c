/*
 * fuzz_pipeline.c: libFuzzer target for the whole pipeline on one article
 * (text mode): any bytes give exactly one doc record of valid JSON lines.
 */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "pipeline.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct pipeline *pipe_all;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT;
	struct pipeline_input in;
	const char *err = NULL;

	if (pipe_all == NULL) {
		struct pipeline_opts o = { 0, "auto", 0xf, 1 };

		pipe_all = pipeline_new(&o, &err);
		assert(pipe_all != NULL);
	}
	memset(&in, 0, sizeof(in));
	in.bytes = (const char *)data;
	in.len = size;
	in.doc_json = "\"fuzz\"";
	in.doc_json_len = 6;
	in.file = "fuzz";
	pipeline_run(pipe_all, &in, &out);
	assert(out.len > 0 && out.p[out.len - 1] == '\n');
	assert(strncmp(out.p, "{\"type\":\"doc\"", 13) == 0);
	assert(utf8_valid(out.p, out.len));
	buf_release(&out);
	return 0;
}
