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

// True if the folded word is a filler for word clouds: not a function word, but no topic either
// (numerals, modal and light verbs, verb particles, time and degree adverbs, spoken fillers).
// Not used by the matcher's recognition (a filler can still be part of a phrase it recognises);
// learning from corrections skips fillers, which teach nothing.
bool isFiller(std::string_view foldedWord);
std::span<const std::string_view> fillers();  // sorted

}  // namespace vk::text
