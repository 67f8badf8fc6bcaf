#pragma once
// Dutch word forms that Snowball does not join to their base: irregular plurals
// ("kinderen" → "kind", "steden" → "stad"), strong verb forms ("sloeg", "geslagen" → "slaan"),
// and some forms whose stem would collide with another word ("ouderen" = the elderly ≠ "ouders";
// the forms of stelen go to "diefstal", because Snowball's "stel" is also stellen: "stelt de
// operatie uit", "onder bewind gesteld" are no theft).
// Diminutives ("zoontje" → "zoon") are undone by rule, checked by the caller against its vocabulary.
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace vk::text {

// The base word for an irregular folded form, if the lexicon knows one.
std::optional<std::string_view> baseForm(std::string_view foldedWord);

// All (form, base) pairs, sorted by form (for tests).
std::span<const std::pair<std::string_view, std::string_view>> irregularForms();

// Candidate bases of a diminutive, most likely first: "kindje" → "kind", "zoontje" → "zoon",
// "mannetje" → "man", "bloempje" → "bloem", "huisjes" → "huis". Empty if the word does not end
// like a diminutive. Candidates are not checked against any vocabulary ("meisje" → "meis").
// Writes into `out` (cleared first); the views point into `foldedWord`.
void diminutiveBases(std::string_view foldedWord, std::vector<std::string_view>& out);

}  // namespace vk::text
