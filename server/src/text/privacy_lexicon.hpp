#pragma once
// Word lists for the privacy guard (compiled-in data, see privacy_names.cpp and
// privacy_words.cpp). Lookups fold ASCII case unless stated otherwise.
#include <string_view>

namespace vk::text::privacy_detail {

// Common first names in the Netherlands (Dutch, Moroccan, Turkish, Surinamese, Antillean,
// Polish, Syrian, Eritrean, Somali, Ukrainian ...). Case-insensitive.
bool isFirstName(std::string_view w);
// First names that are also ordinary words ("Roos", "Mark", "Wil", "Ben"): only taken as a name
// with supporting context.
bool isAmbiguousFirstName(std::string_view w);

bool isPlaceName(std::string_view w);
// Capitalised words that are never (part of) a person's name: function words, pronouns,
// weekdays, months, holidays, nationalities, institutions, brands.
bool isNameStopword(std::string_view w);
int monthNumber(std::string_view w);  // 1..12 for "juli", "jul", "JULI"; 0 otherwise
bool isWeekday(std::string_view w);
// van, de, der, den, ter, ten, te, 't, op, in, el, al, la, le, du, da, von ...
bool isTussenvoegsel(std::string_view w);
// mevrouw, meneer, mevr, mw, dhr, mr, mej, juf, familie, fam ("heer" is handled by the caller).
bool isPersonTitle(std::string_view w);
// zoon, dochter, moeder, partner, buurvrouw, heet, genaamd ...: the next capitalised word is a name.
bool isRelationWord(std::string_view w);
// Words that end an address backwards or are no street even with a street suffix.
bool isStreetStopword(std::string_view w);
// 0: no street word; 1: street suffix that is safe even in lower case (straat, laan, gracht ...);
// 2: short suffix that needs a capital (weg, hof, dijk, park ...).
int streetSuffixStrength(std::string_view w);
// Standalone street-type words that start names like "Laan van Meerdervoort".
bool isStreetTypeWord(std::string_view w);

}  // namespace vk::text::privacy_detail
