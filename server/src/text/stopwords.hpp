#pragma once
// Dutch stop words: function words that carry no topic (articles, pronouns, auxiliaries,
// prepositions, conjunctions, frequent adverbs). Used by the help-question matcher and word clouds.
// Negation words ("niet", "geen", "nooit") are stop words too; callers that need them
// (negation scope, phrases) look at the tokens themselves.
#include <span>
#include <string_view>

namespace vk::text {

// True if the folded, lowercase word is a Dutch stop word.
bool isStopword(std::string_view foldedWord);

// The whole list, sorted (for word-cloud filters and tests).
std::span<const std::string_view> stopwords();

}  // namespace vk::text
