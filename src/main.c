/*
 * main.c: the kutip command.  The only file that parses argv, prints
 * diagnostics or exits.
 *
 * Input is cut into jobs (a text file, or a JSONL line) in input order.
 * Jobs are processed in batches: with -j N, N threads (this one included)
 * take jobs from the batch by an atomic counter, each with its own
 * pipeline, and this thread then writes the batch's output in input order,
 * so the bytes written do not depend on N.  A batch holds at most
 * BATCH_JOBS jobs and about BATCH_BYTES of input, which bounds memory.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "arena.h"
#include "article.h"
#include "buf.h"
#include "jsonl.h"
#include "jw.h"
#include "pipeline.h"
#include "record.h"
#include "util.h"

#ifndef KUTIP_VERSION
#define KUTIP_VERSION "0.1.0"
#endif

enum kutip_exit {
	KUTIP_EXIT_OK = 0,		/* all input processed */
	KUTIP_EXIT_PARTIAL = 1,	/* some articles or files failed, the rest done */
	KUTIP_EXIT_FATAL = 2		/* usage, or cannot write output */
};

enum fmt {
	FMT_AUTO,
	FMT_TEXT,
	FMT_JSONL
};

#define BATCH_JOBS	256
#define BATCH_BYTES	((size_t)4 << 20)
#define READ_BLOCK	((size_t)256 << 10)
/* writev(2) at most this many buffers a call: POSIX's least IOV_MAX */
#define WRITE_IOVS	16
#define MAX_JOBS	64

struct options {
	enum fmt		 format;
	const char		*text_field;
	const char		*id_field;
	size_t			 max_bytes;	/* --max-article-bytes */
	int			 jobs;
	int			 unbuffered;
	struct pipeline_opts	 pipe;
};

enum job_kind {
	JOB_TEXT,
	JOB_JSONL,
	JOB_ERROR	/* nothing to process: write errmsg as an error record */
};

struct job {
	enum job_kind	 kind;
	char		*data;		/* input bytes, in batch.in while running */
	size_t		 off;		/* where they start in batch.in */
	size_t		 len;
	const char	*file;
	long		 line;		/* JSONL line; 0 for a text file */
	char		 errmsg[160];	/* set when the job failed */
	struct buf	 out;
};

struct worker {
	struct pipeline	*pipe;
	struct jsonl_opts jopts;
	struct arena	 arena;		/* the JSON tree of the current line */
	struct buf	 scratch;
};

/*
 * The input of all the batch's jobs is one buffer, each job's bytes
 * followed by a NUL: lines are read straight into it, with no allocation
 * per line, and it is reused from batch to batch.
 */
struct batch {
	struct job	 jobs[BATCH_JOBS];
	size_t		 njobs;
	struct buf	 in;
	atomic_size_t	 next;
};

static struct options	 opt;
static struct worker	 workers[MAX_JOBS];
static struct batch	 batch;
static int		 status = KUTIP_EXIT_OK;

static void
usage(FILE *f)
{
	fputs("usage: kutip [-huV] [-e encoding] [-f format] [-j jobs] "
	    "[-k field] [-l lang]\n"
	    "             [-o list] [--id-field=name] "
	    "[--max-article-bytes=n] [--text]\n"
	    "             [file ...]\n", f);
}

static void
help(void)
{
	usage(stdout);
	fputs("\n"
	    "Reads news articles and writes JSON Lines: the entities each\n"
	    "article names and the quotations it reports, with their speakers.\n"
	    "\n"
	    "  -f, --format=text|jsonl|auto  input format (auto)\n"
	    "  -k, --text-field=NAME         jsonl text field (text; falls back to\n"
	    "                                text, content, body)\n"
	    "      --id-field=NAME           jsonl field copied to \"doc\" (id)\n"
	    "  -l, --lang=auto|id|en         article language (auto)\n"
	    "  -e, --encoding=auto|NAME      input encoding (auto)\n"
	    "  -o, --emit=LIST               records: doc,sentence,entity,quote\n"
	    "                                (doc,entity,quote)\n"
	    "      --text                    add the normalized text to doc records\n"
	    "  -j, --jobs=N                  worker threads (1)\n"
	    "  -u, --unbuffered              flush after every article\n"
	    "      --max-article-bytes=N     larger articles become error records\n"
	    "                                (1M; suffixes K, M, G)\n"
	    "  -h, --help                    this help\n"
	    "  -V, --version                 the version\n"
	    "\n"
	    "Exit status: 0 all input processed, 1 some input could not be,\n"
	    "2 usage or fatal error.  See kutip(1).\n", stdout);
}

static void
die(int code, const char *fmt, ...)
{
	va_list ap;

	fputs("kutip: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(code);
}

static void
die_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "kutip: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	usage(stderr);
	exit(KUTIP_EXIT_FATAL);
}

static unsigned
parse_emit(const char *list)
{
	static const struct {
		const char	*name;
		unsigned	 bit;
	} names[] = {
		{ "doc", PIPE_EMIT_DOC },
		{ "sentence", PIPE_EMIT_SENTENCE },
		{ "entity", PIPE_EMIT_ENTITY },
		{ "quote", PIPE_EMIT_QUOTE },
	};
	unsigned emit = 0;
	const char *p = list;

	while (*p != '\0') {
		size_t len = strcspn(p, ","), i;

		for (i = 0; i < UTIL_ARRAY_LEN(names); i++)
			if (strlen(names[i].name) == len &&
			    strncmp(names[i].name, p, len) == 0)
				break;
		if (len == 0 || i == UTIL_ARRAY_LEN(names))
			die_usage("unknown record type in --emit: %s", list);
		emit |= names[i].bit;
		p += len;
		if (*p == ',')
			p++;
	}
	if (emit == 0)
		die_usage("empty --emit list%s", "");
	return emit;
}

static size_t
parse_size(const char *s)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		die_usage("bad size: %s", s);
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end != '\0' || v == 0)
		die_usage("bad size: %s", s);
	/* Offsets are 32-bit and repair may grow text: cap at 1 GiB. */
	if (v > ((1ULL << 30) >> shift))
		die_usage("--max-article-bytes is at most 1G: %s", s);
	return (size_t)(v << shift);
}

static void
parse_options(int argc, char **argv)
{
	enum { OPT_ID_FIELD = 256, OPT_TEXT, OPT_MAX_BYTES };
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "text-field", required_argument, NULL, 'k' },
		{ "id-field", required_argument, NULL, OPT_ID_FIELD },
		{ "lang", required_argument, NULL, 'l' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "emit", required_argument, NULL, 'o' },
		{ "text", no_argument, NULL, OPT_TEXT },
		{ "jobs", required_argument, NULL, 'j' },
		{ "unbuffered", no_argument, NULL, 'u' },
		{ "max-article-bytes", required_argument, NULL, OPT_MAX_BYTES },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;
	char *end;
	long n;

	opt.format = FMT_AUTO;
	opt.text_field = "text";
	opt.id_field = "id";
	/*
	 * 1 MiB: forty times the longest article of the corpus dumps, and
	 * what keeps one article's working memory (about 50 bytes a byte of
	 * text with entities and quotes) under 64 MB.
	 */
	opt.max_bytes = (size_t)1 << 20;
	opt.jobs = 1;
	opt.pipe.lang = ART_LANG_AUTO;
	opt.pipe.encoding = "auto";
	opt.pipe.emit = PIPE_EMIT_DOC | PIPE_EMIT_ENTITY | PIPE_EMIT_QUOTE;

	while ((c = getopt_long(argc, argv, "e:f:hj:k:l:o:uV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "text") == 0)
				opt.format = FMT_TEXT;
			else if (strcmp(optarg, "jsonl") == 0)
				opt.format = FMT_JSONL;
			else if (strcmp(optarg, "auto") == 0)
				opt.format = FMT_AUTO;
			else
				die_usage("unknown format: %s", optarg);
			break;
		case 'k':
			if (*optarg == '\0')
				die_usage("empty --text-field%s", "");
			opt.text_field = optarg;
			break;
		case OPT_ID_FIELD:
			if (*optarg == '\0')
				die_usage("empty --id-field%s", "");
			opt.id_field = optarg;
			break;
		case 'l':
			if (strcmp(optarg, "id") == 0)
				opt.pipe.lang = ART_LANG_ID;
			else if (strcmp(optarg, "en") == 0)
				opt.pipe.lang = ART_LANG_EN;
			else if (strcmp(optarg, "auto") == 0)
				opt.pipe.lang = ART_LANG_AUTO;
			else
				die_usage("unknown language: %s", optarg);
			break;
		case 'e':
			if (*optarg == '\0')
				die_usage("empty --encoding%s", "");
			opt.pipe.encoding = optarg;
			break;
		case 'o':
			opt.pipe.emit = parse_emit(optarg);
			break;
		case OPT_TEXT:
			opt.pipe.with_text = 1;
			break;
		case 'j':
			errno = 0;
			n = strtol(optarg, &end, 10);
			if (errno || end == optarg || *end != '\0' || n < 1 ||
			    n > MAX_JOBS)
				die_usage("--jobs must be 1 to 64: %s", optarg);
			opt.jobs = (int)n;
			break;
		case 'u':
			opt.unbuffered = 1;
			break;
		case OPT_MAX_BYTES:
			opt.max_bytes = parse_size(optarg);
			break;
		case 'h':
			help();
			exit(KUTIP_EXIT_OK);
		case 'V':
			puts("kutip " KUTIP_VERSION);
			exit(KUTIP_EXIT_OK);
		default:
			usage(stderr);
			exit(KUTIP_EXIT_FATAL);
		}
	}
}

/* ---- output ------------------------------------------------------------ */

/*
 * Records go to the file descriptor with writev(2), straight from the
 * jobs' buffers: no copy into a stdio buffer, and one system call for
 * many articles.  stdout's FILE is never used for them.
 */
static void
out_writev(struct iovec *iov, size_t n)
{
	while (n > 0) {
		ssize_t w = writev(STDOUT_FILENO, iov,
		    (int)(n < WRITE_IOVS ? n : WRITE_IOVS));

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			die(KUTIP_EXIT_FATAL, "write error: %s", strerror(errno));
		/* a short write: go on from where it stopped */
		for (; n > 0 && (size_t)w >= iov->iov_len; iov++, n--)
			w -= (ssize_t)iov->iov_len;
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
}

static void
out_finish(void)
{
	errno = 0;
	if (fflush(stdout) == EOF || ferror(stdout) || fclose(stdout) == EOF) {
		if (errno != 0)
			die(KUTIP_EXIT_FATAL, "write error: %s", strerror(errno));
		die(KUTIP_EXIT_FATAL, "write error");
	}
}

/* ---- jobs -------------------------------------------------------------- */

static void
doc_json_string(struct buf *b, const char *s, size_t n)
{
	buf_reset(b);
	jw_str(b, s, n);
}

static void
job_run(struct worker *w, struct job *j)
{
	struct pipeline_input in;

	switch (j->kind) {
	case JOB_JSONL:
		(void)jsonl_record(w->pipe, &w->jopts, &w->arena, &w->scratch,
		    j->data, j->len, j->file, j->line, &j->out, j->errmsg,
		    sizeof(j->errmsg));
		break;
	case JOB_TEXT:
		doc_json_string(&w->scratch, j->file, strlen(j->file));
		memset(&in, 0, sizeof(in));
		in.bytes = j->data;
		in.len = j->len;
		in.doc_json = w->scratch.p;
		in.doc_json_len = w->scratch.len;
		in.file = j->file;
		pipeline_run(w->pipe, &in, &j->out);
		break;
	case JOB_ERROR:
		doc_json_string(&w->scratch, j->file, strlen(j->file));
		if (j->line > 0) {
			/* a JSONL line we could not even read: doc unknown */
			record_error(&j->out, "null", 4, j->file, j->line,
			    j->errmsg);
		} else
			record_error(&j->out, w->scratch.p, w->scratch.len,
			    j->file, 0, j->errmsg);
		break;
	}
	j->data = NULL;
}

static void *
worker_main(void *arg)
{
	struct worker *w = arg;
	size_t i;

	while ((i = atomic_fetch_add(&batch.next, 1)) < batch.njobs)
		job_run(w, &batch.jobs[i]);
	return NULL;
}

/* Run the batch on opt.jobs threads, then write it in input order. */
static void
batch_flush(void)
{
	static struct iovec iov[BATCH_JOBS];
	pthread_t tid[MAX_JOBS];
	size_t i, niov = 0;
	int t, nthreads = opt.jobs;

	if (batch.njobs == 0)
		return;
	for (i = 0; i < batch.njobs; i++)
		batch.jobs[i].data = batch.in.p + batch.jobs[i].off;
	atomic_store(&batch.next, 0);
	if ((size_t)nthreads > batch.njobs)
		nthreads = (int)batch.njobs;
	/* a thread that cannot start leaves its share to the others */
	for (t = 1; t < nthreads; t++)
		if (pthread_create(&tid[t], NULL, worker_main, &workers[t]) != 0) {
			nthreads = t;
			break;
		}
	worker_main(&workers[0]);
	for (t = 1; t < nthreads; t++)
		pthread_join(tid[t], NULL);
	for (i = 0; i < batch.njobs; i++) {
		struct job *j = &batch.jobs[i];

		if (j->errmsg[0] != '\0') {
			if (j->line > 0)
				fprintf(stderr, "kutip: %s:%ld: %s\n", j->file,
				    j->line, j->errmsg);
			else
				fprintf(stderr, "kutip: %s: %s\n", j->file,
				    j->errmsg);
			status = KUTIP_EXIT_PARTIAL;
		}
		if (j->out.len > 0) {
			iov[niov].iov_base = j->out.p;
			iov[niov].iov_len = j->out.len;
			niov++;
		}
	}
	out_writev(iov, niov);
	for (i = 0; i < batch.njobs; i++) {
		struct job *j = &batch.jobs[i];

		/* keep small buffers for reuse, give back what one big
		   article grew, so memory stays bounded by one batch */
		if (j->out.cap > ((size_t)64 << 10))
			buf_release(&j->out);
		else
			buf_reset(&j->out);
		j->errmsg[0] = '\0';
	}
	batch.njobs = 0;
	/* as for the output: an article that grew it gives the memory back */
	if (batch.in.cap > 2 * BATCH_BYTES)
		buf_release(&batch.in);
	else
		buf_reset(&batch.in);
}

/* Flush a full batch before more input is read into it. */
static void
batch_room(void)
{
	if (batch.njobs == BATCH_JOBS || batch.in.len >= BATCH_BYTES)
		batch_flush();
}

/*
 * Queue a job whose input is the last len bytes of batch.in (call
 * batch_room() before putting them there); a NUL is added after them.
 */
static struct job *
batch_add(enum job_kind kind, size_t len, const char *file, long line)
{
	struct job *j = &batch.jobs[batch.njobs++];

	j->kind = kind;
	j->data = NULL;
	j->off = batch.in.len - len;
	j->len = len;
	j->file = file;
	j->line = line;
	j->errmsg[0] = '\0';
	buf_addc(&batch.in, '\0');
	return j;
}

static void
batch_add_error(const char *file, long line, const char *fmt, ...)
{
	struct job *j;
	va_list ap;

	batch_room();
	j = batch_add(JOB_ERROR, 0, file, line);
	va_start(ap, fmt);
	vsnprintf(j->errmsg, sizeof(j->errmsg), fmt, ap);
	va_end(ap);
	if (opt.unbuffered)
		batch_flush();
}

/* ---- input ------------------------------------------------------------- */

struct input {
	int		 fd;
	const char	*name;
	char		*buf;
	size_t		 len;	/* bytes in buf */
	size_t		 pos;	/* next unread byte */
	int		 eof;
	int		 err;	/* errno of a read error */
};

/* Read more into in->buf; 0 at end of file or error (in->err). */
static size_t
input_fill(struct input *in)
{
	ssize_t n;

	if (in->eof)
		return 0;
	if (in->pos > 0) {
		memmove(in->buf, in->buf + in->pos, in->len - in->pos);
		in->len -= in->pos;
		in->pos = 0;
	}
	for (;;) {
		n = read(in->fd, in->buf + in->len, READ_BLOCK);
		if (n < 0 && errno == EINTR)
			continue;
		break;
	}
	if (n < 0) {
		in->err = errno;
		in->eof = 1;
		return 0;
	}
	if (n == 0) {
		in->eof = 1;
		return 0;
	}
	in->len += (size_t)n;
	return (size_t)n;
}

/*
 * Append one line (without the '\n') to out; 0 at end of input.  A line
 * longer than limit is consumed but not kept: out is left as it was,
 * *toolong set and *outlen its length, so a 100 MB line costs no more
 * memory than the limit.  A read error discards the partial line (it is
 * reported once, as the read error) and returns 0 with in->err set.
 */
static int
input_line(struct input *in, size_t limit, struct buf *out, size_t *outlen,
    int *toolong)
{
	size_t total = 0, mark = out->len;
	int any = 0;

	*toolong = 0;
	for (;;) {
		char *nl;
		size_t avail;

		if (in->pos == in->len) {
			in->pos = in->len = 0;
			if (input_fill(in) == 0)
				break;
		}
		any = 1;
		avail = in->len - in->pos;
		nl = memchr(in->buf + in->pos, '\n', avail);
		if (nl != NULL)
			avail = (size_t)(nl - (in->buf + in->pos));
		total += avail;
		if (!*toolong && total <= limit)
			buf_add(out, in->buf + in->pos, avail);
		else if (!*toolong) {
			*toolong = 1;
			buf_truncate(out, mark);
		}
		in->pos += avail;
		if (nl != NULL) {
			in->pos++;
			break;
		}
	}
	*outlen = total;
	if (in->err || *toolong || (!any && total == 0)) {
		buf_truncate(out, mark);
		if (in->err)
			*toolong = 0;
		return 0;
	}
	return 1;
}

static int
is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

/* Each line of in a job, each blank line nothing, a read error one error. */
static void
read_jsonl(struct input *in)
{
	/* JSON escapes grow a text: allow the line twice the article limit. */
	size_t limit = opt.max_bytes * 2 + 65536, len;
	long lineno = 0;
	char *line;
	int toolong;

	for (;;) {
		batch_room();
		if (!input_line(in, limit, &batch.in, &len, &toolong) &&
		    !toolong)
			break;
		lineno++;
		if (toolong) {
			batch_add_error(in->name, lineno,
			    "line of %zu bytes is over the limit of %zu", len,
			    limit);
			continue;
		}
		line = batch.in.p + batch.in.len - len;
		/* a UTF-8 BOM before the first record */
		if (lineno == 1 && len >= 3 &&
		    memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
			memmove(line, line + 3, len - 3);
			len -= 3;
			buf_truncate(&batch.in, batch.in.len - 3);
		}
		if (is_blank(line, len)) {
			buf_truncate(&batch.in, batch.in.len - len);
			continue;
		}
		batch_add(JOB_JSONL, len, in->name, lineno);
		/* -u: the article is written before the next line is read */
		if (opt.unbuffered)
			batch_flush();
	}
	/* a file that cannot be read at all is one error, without a line */
	if (in->err)
		batch_add_error(in->name, lineno + (in->len > 0 || lineno > 0),
		    "read error: %s", strerror(in->err));
}

/* The whole input is one article, unless it is over the size limit. */
static void
read_text(struct input *in)
{
	size_t limit = opt.max_bytes;

	while (!in->eof && in->len <= limit)
		input_fill(in);
	if (in->err) {
		batch_add_error(in->name, 0, "read error: %s", strerror(in->err));
		return;
	}
	if (in->len > limit) {
		/* drain the rest, so a pipe writer is not left blocked */
		while (!in->eof) {
			in->pos = in->len = 0;
			input_fill(in);
		}
		batch_add_error(in->name, 0,
		    "article is over the limit of %zu bytes", limit);
		return;
	}
	batch_room();
	buf_add(&batch.in, in->buf, in->len);
	batch_add(JOB_TEXT, in->len, in->name, 0);
	if (opt.unbuffered)
		batch_flush();
}

/*
 * --format=auto: JSON Lines when the first byte that is not white space
 * (after a UTF-8 BOM) is '{'.  Reads only as far as that byte, so a feed
 * that trickles in is not held back.  Input with no such byte holds no
 * record: it is read as JSON Lines, which gives none.
 */
static enum fmt
sniff_format(struct input *in)
{
	size_t i = 0;

	for (;;) {
		for (; i < in->len; i++) {
			unsigned char c = (unsigned char)in->buf[i];

			if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
				continue;
			/* a BOM, or the start of one still arriving */
			if (i == 0 && c == 0xEF && (in->len < 3 ||
			    memcmp(in->buf, "\xEF\xBB\xBF", 3) == 0)) {
				if (in->len < 3 && !in->eof)
					break;
				if (in->len >= 3) {
					i = 2;
					continue;
				}
			}
			return c == '{' ? FMT_JSONL : FMT_TEXT;
		}
		if (in->eof || in->len > opt.max_bytes || input_fill(in) == 0)
			break;
	}
	/* nothing but blanks (or a lone BOM): no record */
	return FMT_JSONL;
}

static void
process_file(const char *name, struct input *in)
{
	enum fmt f = opt.format;
	int fd;

	if (strcmp(name, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(name, O_RDONLY)) < 0) {
		batch_add_error(name, 0, "%s", strerror(errno));
		return;
	}
	in->fd = fd;
	in->name = name;
	in->len = in->pos = 0;
	in->eof = 0;
	in->err = 0;
	if (f == FMT_AUTO)
		f = sniff_format(in);
	if (f == FMT_JSONL)
		read_jsonl(in);
	else
		read_text(in);
	if (fd != STDIN_FILENO)
		close(fd);
}

int
main(int argc, char **argv)
{
	struct input in;
	const char *err = NULL;
	int i;

	parse_options(argc, argv);
	argc -= optind;
	argv += optind;

	for (i = 0; i < opt.jobs; i++) {
		if ((workers[i].pipe = pipeline_new(&opt.pipe, &err)) == NULL)
			/* the only option a stage can refuse is --encoding */
			die_usage("unknown encoding: %s", opt.pipe.encoding);
		workers[i].jopts.text_field = opt.text_field;
		workers[i].jopts.id_field = opt.id_field;
		workers[i].jopts.max_bytes = opt.max_bytes;
		arena_init(&workers[i].arena);
		buf_init(&workers[i].scratch);
	}
	memset(&in, 0, sizeof(in));
	/* room for the article limit plus one read block */
	in.buf = xmalloc(READ_BLOCK + 1 + (opt.format == FMT_JSONL ? 0 :
	    opt.max_bytes) + READ_BLOCK);

	if (argc == 0)
		process_file("-", &in);
	for (i = 0; i < argc; i++)
		process_file(argv[i], &in);
	batch_flush();
	out_finish();

	free(in.buf);
	for (i = 0; i < opt.jobs; i++) {
		pipeline_free(workers[i].pipe);
		arena_release(&workers[i].arena);
		buf_release(&workers[i].scratch);
	}
	for (i = 0; i < BATCH_JOBS; i++)
		buf_release(&batch.jobs[i].out);
	buf_release(&batch.in);
	return status;
}
