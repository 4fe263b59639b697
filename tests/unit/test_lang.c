/* test_lang.c: language detection per article (src/lang.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "article.h"
#include "lang.h"

static const struct {
	const char	*text;
	int		 want;
} cases[] = {
	{ "Bupati Lampung Timur mengatakan bahwa server LPSE sedang "
	  "diperbaiki dan tidak bisa diakses.", ART_LANG_ID },
	{ "The council said that the budget was approved on Tuesday and "
	  "it will fund new schools.", ART_LANG_EN },
	{ "\xE2\x80\x9CItu saran LKPP,\xE2\x80\x9D kata Zaiful.", ART_LANG_ID },
	{ "\"This is a good day for the city,\" he said.", ART_LANG_EN },
	/* nothing to go on: Indonesian, the first language */
	{ "12345 !!! ...", ART_LANG_ID },
	{ "", ART_LANG_ID },
};

static void
test_detect(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(lang_detect(cases[i].text,
		    strlen(cases[i].text)), cases[i].want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_detect),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
