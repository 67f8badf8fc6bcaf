#pragma once
// The matching key of a word: what the matcher, interview themes and word clouds compare.
// key = Snowball stem of (lexicon base form if the form is irregular, else the word), hyphens removed.
// "kinderen" → "kind", "schulden" → "schuld", "sloeg" → "slan", "ex-partner" → "expartner".
#include <string>
#include <string_view>

namespace vk::text {

void wordKey(std::string_view foldedToken, std::string& out);
std::string wordKey(std::string_view foldedToken);

// Keys of every word of a short phrase, stop words left out, space-separated ("de huur niet
// kunnen betalen" → "hur betal"). Convenient for tests and for learned corrections.
std::string phraseKey(std::string_view text);

}  // namespace vk::text
