/*
 * decode.h: bytes in any encoding -> UTF-8 (pipeline stage 2).
 *
 * Input: the article's bytes as read (a text file, or a JSON string already
 * unescaped).  Output: a->raw, a->raw_len (valid UTF-8, NUL-terminated, in
 * a->arena), a->encoding, and ART_REPAIR_DECODED / ART_REPAIR_INVALID in
 * a->repairs.
 *
 * With encoding "auto": a BOM (UTF-8, UTF-16, UTF-32) decides; else strict
 * UTF-8; else UTF-16 without BOM when the NUL pattern shows it; else each
 * byte that is not part of valid UTF-8 is read as Windows-1252.  With a
 * named encoding, iconv(3) converts and bytes it cannot convert become
 * U+FFFD.  Decoding never fails on bad bytes; it does not normalize.
 */
#ifndef DECODE_H
#define DECODE_H

#include <stddef.h>

struct article;
struct decoder;

/* NULL with *err set when the encoding name is unknown to iconv. */
struct decoder	*decode_new(const char *encoding, const char **err);
void		 decode_free(struct decoder *);

/* from_json: the bytes come from a JSON string (no BOM/UTF-16 sniffing). */
void		 decode_run(struct decoder *, struct article *, const char *bytes,
		    size_t n, int from_json);

#endif /* DECODE_H */
