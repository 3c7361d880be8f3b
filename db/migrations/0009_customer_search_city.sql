-- A customer is found by its city too (lib/crm/search-text.ts puts it last): rows stored before get it appended,
-- folded as normalizeForSearch folds it (accents off, lower case).
UPDATE "customers" SET "search_text" = "search_text" || ' | ' || lower(translate(trim("city"), 'ÁÀÂÃÄáàâãäÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÕÖóòôõöÚÙÛÜúùûüÇçÑñÝýÿ', 'AAAAAaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNnYyy')) WHERE "city" IS NOT NULL AND trim("city") <> '';
