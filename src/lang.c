#include <string.h>

#include "article.h"
#include "lang.h"

/* Function words frequent in news, none shared between the two lists. */
static const char *const lang_id_words[] = {
	"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari",
	"dalam", "akan", "pada", "juga", "ke", "karena", "tersebut", "bisa",
	"ada", "mereka", "kata", "telah", "sudah", "oleh", "saat", "bahwa"
};
static const char *const lang_en_words[] = {
	"the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on",
	"with", "he", "as", "his", "they", "be", "at", "by", "have", "from",
	"this", "said", "has", "are", "were", "not", "but", "which"
};

static int
lang_in(const char *const *list, size_t n, const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
			return 1;
	return 0;
}

int
lang_detect(const char *text, size_t len)
{
	size_t i = 0, end = len < 4096 ? len : 4096;
	int id = 0, en = 0;

	while (i < end) {
		char w[16];
		size_t k = 0;

		while (i < end && !((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z'))
			i++;
		while (i < end && ((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')) {
			if (k < sizeof(w))
				w[k++] = (char)(text[i] | 0x20);
			i++;
		}
		if (k == 0 || k == sizeof(w))
			continue;
		id += lang_in(lang_id_words, sizeof(lang_id_words) /
		    sizeof(lang_id_words[0]), w, k);
		en += lang_in(lang_en_words, sizeof(lang_en_words) /
		    sizeof(lang_en_words[0]), w, k);
	}
	return en > id ? ART_LANG_EN : ART_LANG_ID;
}
