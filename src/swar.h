/*
 * swar.h: eight bytes at a time in a 64-bit word ("SIMD within a
 * register"), for the loops that touch every byte of every article: JSON
 * strings, UTF-8 checks and counts, JSON escaping.  Plain C11, no
 * intrinsics, after "Bit Twiddling Hacks".
 *
 * A mask has 0x80 in each byte lane that matches, exactly: the sums never
 * carry from one lane into the next, so the masks can be combined with |
 * and the first match found with swar_first() on any byte order.
 */
#ifndef SWAR_H
#define SWAR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define SWAR_ONES	0x0101010101010101ULL
#define SWAR_HIGH	0x8080808080808080ULL
#define SWAR_LOW7	0x7F7F7F7F7F7F7F7FULL

static inline uint64_t
swar_load(const void *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
	return x;
}

/* four bytes: the overlapping loads that cover a short key, 4 to 8 bytes */
static inline uint32_t
swar_load4(const void *p)
{
	uint32_t x;

	memcpy(&x, p, 4);
	return x;
}

/* lanes holding a byte below c (1 <= c <= 0x80) */
static inline uint64_t
swar_lt(uint64_t x, unsigned c)
{
	return ~(((x & SWAR_LOW7) + SWAR_ONES * (0x80 - c)) | x) & SWAR_HIGH;
}

/* lanes holding the byte c */
static inline uint64_t
swar_eq(uint64_t x, unsigned c)
{
	uint64_t v = x ^ (SWAR_ONES * c);

	return ~(((v & SWAR_LOW7) + SWAR_LOW7) | v) & SWAR_HIGH;
}

/* The index (0..7) of the first byte in memory order whose lane is set in m. */
static inline unsigned
swar_first(uint64_t m)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (unsigned)__builtin_ctzll(m) >> 3;
#else
	unsigned char b[8];
	unsigned i;

	memcpy(b, &m, 8);
	for (i = 0; i < 7 && !(b[i] & 0x80); i++)
		;
	return i;
#endif
}

/* the index of the lowest set bit of x, which is not 0 */
static inline unsigned
swar_ctz64(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
#endif
}

/*
 * 1 in each lane holding a UTF-8 continuation byte (10xxxxxx: bit 7 set,
 * bit 6 clear), 0 elsewhere: lanes to sum when counting code points.
 */
static inline uint64_t
swar_cont(uint64_t x)
{
	return (x & ~(x << 1) & SWAR_HIGH) >> 7;
}

/*
 * The length of the run at the start of s[0..n) that a JSON string body
 * holds as it is: no '"', no '\\', no control character (bytes from 0x80
 * are part of the run).  16 bytes a step with SSE2 (every x86-64 has it),
 * else 8 with the masks above.
 */
static inline size_t
swar_json_plain(const unsigned char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    c1f = _mm_set1_epi8(0x1F);

	for (; n - i >= 16; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q),
		    _mm_cmpeq_epi8(x, bs)),
		    _mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x));
		int bits = _mm_movemask_epi8(m);

		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	for (; n - i >= 8; i += 8) {
		uint64_t x = swar_load(s + i);
		uint64_t m = swar_eq(x, '"') | swar_eq(x, '\\') | swar_lt(x, 0x20);

		if (m != 0)
			return i + swar_first(m);
	}
	while (i < n && s[i] != '"' && s[i] != '\\' && s[i] >= 0x20)
		i++;
	return i;
}

/*
 * The same for JSON output: the run of printable ASCII other than '"' and
 * '\\', which is copied as it is.
 */
static inline size_t
swar_ascii_plain(const unsigned char *s, size_t n)
{
	size_t i = 0;

#if defined(__SSE2__)
	/* signed: bytes from 0x80 are below 0x20 too */
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    sp = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);

	for (; n - i >= 16; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q),
		    _mm_cmpeq_epi8(x, bs)), _mm_or_si128(_mm_cmplt_epi8(x, sp),
		    _mm_cmpeq_epi8(x, del)));
		int bits = _mm_movemask_epi8(m);

		if (bits != 0)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
	/*
	 * The last bytes in one more load that overlaps the one before
	 * (every byte before i passed): strings of 16 bytes or more skip
	 * the loops below.
	 */
	if (n >= 16 && i < n) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + n - 16));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q),
		    _mm_cmpeq_epi8(x, bs)), _mm_or_si128(_mm_cmplt_epi8(x, sp),
		    _mm_cmpeq_epi8(x, del)));
		int bits = _mm_movemask_epi8(m);

		return bits == 0 ? n :
		    n - 16 + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
	for (; n - i >= 8; i += 8) {
		uint64_t x = swar_load(s + i);
		uint64_t m = (x & SWAR_HIGH) | swar_lt(x, 0x20) |
		    swar_eq(x, '"') | swar_eq(x, '\\') | swar_eq(x, 0x7F);

		if (m != 0)
			return i + swar_first(m);
	}
	while (i < n && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' &&
	    s[i] != '\\')
		i++;
	return i;
}

#endif /* SWAR_H */
