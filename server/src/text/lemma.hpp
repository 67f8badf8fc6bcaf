#pragma once
// One lemma per word in a word cloud, for the inflections the stemmer leaves apart: a verb's
// -t form ("luistert" and "luisteren"), a participle ("geluisterd", "samengewerkt" next to
// "samenwerken"), a diminutive ("gesprekje" next to "gesprek"), a doubled consonant before -en
// ("gezinnen" next to "gezin") and -ens ("gevoelens" next to "gevoel"). A form is merged only
// into a key the same texts also use, so no lemma is invented and a word seen alone stays itself.
// Apart from that, infinitiveOf names the infinitive of a verb form from the Dutch word list.
// Pure: no I/O (the word list is linked into the binary, text/wordlist.hpp).
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace vk::text {

// `keyOfToken`: every folded token of a corpus → its key (text::wordKey). Returns, for each key
// that is an inflection of another key of the corpus, that other key (transitively resolved).
// Keys that stay themselves are not in the result.
std::map<std::string, std::string> lemmaMerges(const std::map<std::string, std::string>& keyOfToken);

// The infinitive of a folded verb form in the present (-t: "voelt", "kijkt", "gelooft") or the
// past ("hoorde", "stapte", "leefden"), when Debian's Dutch word list lists that infinitive and
// not the form itself: a word the list knows ("kust", "markt", "ruimte", "bekende") is a word of
// its own, not read as a verb, and a past is left as written when the list knows the word
// without its -e ("lichte", "borden"; "werkte" too, whose participle it lists). Forms with a
// diacritic, participles and stems alone ("leer", "werk": also nouns) are not changed. Nothing
// without the word list.
std::optional<std::string> infinitiveOf(std::string_view folded);

}  // namespace vk::text
