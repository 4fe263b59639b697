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

#include <stdint.h>
#include <string.h>

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

/*
 * 1 in each lane holding a UTF-8 continuation byte (10xxxxxx: bit 7 set,
 * bit 6 clear), 0 elsewhere: lanes to sum when counting code points.
 */
static inline uint64_t
swar_cont(uint64_t x)
{
	return (x & ~(x << 1) & SWAR_HIGH) >> 7;
}

#endif /* SWAR_H */
