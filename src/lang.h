/*
 * lang.h: decide whether an article is Indonesian or English.
 *
 * Counts frequent function words of each language in the first 2 KiB of
 * the text; Indonesian wins ties, and text with neither is Indonesian.
 * Returns ART_LANG_ID or ART_LANG_EN.
 */
#ifndef LANG_H
#define LANG_H

#include <stddef.h>

int	lang_detect(const char *text, size_t len);

#endif /* LANG_H */
