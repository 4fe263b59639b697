#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

long util_fail_after = -1;

/*
 * The only exit outside main.c: out of memory is an environment failure
 * (exit 2).  Standard output is flushed first: main.c writes whole
 * records, and only while no worker runs, so the stdio buffer may hold the
 * tail of a record whose head already went out, never half of one that
 * is still being made; flushing completes it, and nothing after it exists.
 */
void
util_die_oom(void)
{
	static const char msg[] = "kutip: out of memory\n";

	(void)fflush(stdout);
	if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0)
		_exit(2);
	_exit(2);
}

static int
util_should_fail(void)
{
	if (util_fail_after < 0)
		return 0;
	if (util_fail_after == 0)
		return 1;
	util_fail_after--;
	return 0;
}

void *
xmalloc(size_t n)
{
	void *p;

	if (util_should_fail() || (p = malloc(n ? n : 1)) == NULL)
		util_die_oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (util_should_fail() || (p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		util_die_oom();
	return p;
}

void *
xrealloc(void *old, size_t n)
{
	void *p;

	if (util_should_fail() || (p = realloc(old, n ? n : 1)) == NULL)
		util_die_oom();
	return p;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
