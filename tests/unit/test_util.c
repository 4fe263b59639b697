/*
 * test_util.c: memory helpers (src/util.c, src/arena.c, src/buf.c), and
 * out of memory as a user sees it: "kutip: out of memory", exit 2.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "arena.h"
#include "buf.h"
#include "util.h"

static void
test_arena(void **state)
{
	struct arena a;
	char *p, *q;
	size_t i;

	(void)state;
	arena_init(&a);
	p = arena_strndup(&a, "Zaiful Bokhari", 6);
	assert_string_equal(p, "Zaiful");
	/* aligned for any type */
	for (i = 1; i < 100; i++) {
		q = arena_alloc(&a, i);
		assert_int_equal((uintptr_t)q % _Alignof(max_align_t), 0);
	}
	/* a block larger than the default is still served */
	q = arena_zalloc(&a, 1 << 20);
	assert_int_equal(q[(1 << 20) - 1], 0);
	p = arena_grow(&a, p, 7, 100);
	assert_string_equal(p, "Zaiful");
	arena_clear(&a);
	/* memory is reused after clear: a small article needs no new block */
	assert_true(a.total >= (1 << 20));
	arena_release(&a);
	assert_null(a.head);
}

static void
test_buf(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	buf_adds(&b, "Rp");
	buf_addi(&b, 78700000000LL);
	buf_addc(&b, ' ');
	buf_addi(&b, -5);
	assert_string_equal(b.p, "Rp78700000000 -5");
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.p, "");
	buf_addi(&b, INT64_MIN);
	assert_string_equal(b.p, "-9223372036854775808");
	buf_release(&b);
}

/*
 * The n-th allocation fails: the process says so and exits 2, and what
 * was already written to stdout is complete.
 */
static void
test_oom(void **state)
{
	int fds[2], errfds[2], status;
	char out[64], err[64];
	ssize_t n;
	pid_t pid;

	(void)state;
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(pipe(errfds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		dup2(errfds[1], STDERR_FILENO);
		/* a whole record sits in the stdio buffer */
		fputs("{\"type\":\"doc\"}\n", stdout);
		util_fail_after = 2;
		free(xmalloc(10));
		free(xmalloc(10));
		free(xmalloc(10));	/* fails */
		_exit(0);
	}
	close(fds[1]);
	close(errfds[1]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 2);
	n = read(fds[0], out, sizeof(out) - 1);
	assert_true(n >= 0);
	out[n] = '\0';
	assert_string_equal(out, "{\"type\":\"doc\"}\n");
	n = read(errfds[0], err, sizeof(err) - 1);
	assert_true(n >= 0);
	err[n] = '\0';
	assert_string_equal(err, "kutip: out of memory\n");
	close(fds[0]);
	close(errfds[0]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_oom),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
