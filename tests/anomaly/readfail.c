/*
 * readfail.c: an LD_PRELOAD shim for the anomaly tests.  read(2) on a
 * descriptor other than 0-2 fails with EIO once KUTIP_READFAIL_AFTER bytes
 * have been read from it, as a failing disk or network file system would.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

ssize_t read(int, void *, size_t);

ssize_t
read(int fd, void *buf, size_t n)
{
	static ssize_t (*real_read)(int, void *, size_t);
	static long done;
	const char *env = getenv("KUTIP_READFAIL_AFTER");
	ssize_t r;

	if (real_read == NULL)
		real_read = (ssize_t (*)(int, void *, size_t))dlsym(RTLD_NEXT,
		    "read");
	if (fd <= 2 || env == NULL)
		return real_read(fd, buf, n);
	if (done >= atol(env)) {
		errno = EIO;
		return -1;
	}
	if (n > (size_t)(atol(env) - done))
		n = (size_t)(atol(env) - done);
	r = real_read(fd, buf, n);
	if (r > 0)
		done += r;
	return r;
}
