#pragma once
// One lemma per word in a word cloud, for the inflections the stemmer leaves apart: a verb's
// -t form ("luistert" and "luisteren"), a participle ("geluisterd", "samengewerkt" next to
// "samenwerken"), a diminutive ("gesprekje" next to "gesprek"), a doubled consonant before -en
// ("gezinnen" next to "gezin") and -ens ("gevoelens" next to "gevoel"). A form is merged only
// into a key the same texts also use, so no lemma is invented and a word seen alone stays itself.
// Pure: no I/O.
#include <map>
#include <string>

namespace vk::text {

// `keyOfToken`: every folded token of a corpus → its key (text::wordKey). Returns, for each key
// that is an inflection of another key of the corpus, that other key (transitively resolved).
// Keys that stay themselves are not in the result.
std::map<std::string, std::string> lemmaMerges(const std::map<std::string, std::string>& keyOfToken);

}  // namespace vk::text
