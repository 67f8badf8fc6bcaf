#pragma once
// Negation scope in Dutch help questions. In help questions most "niet"/"geen" describe the
// problem itself ("kan niet meer lopen", "heeft geen geld"), so only explicit denials open a
// scope: "geen sprake van", "geen problemen/zorgen/last/moeite met/over/om/van", "niets mis met".
// The scope runs to the end of the clause (punctuation) or to "maar". "geen" before a problem noun
// ("geen schulden") denies that noun only. Hedges stay what they are: "niet onveilig denk ik" is
// no denial (the word still counts; a colleague would still look at veiligheid).
#include <vector>

#include "text/normalise.hpp"

namespace vk::text {

// negated[i] is 1 when tokens[i] lies inside a denial ("Er zijn geen problemen met de huur,
// maar ..." → "huur" negated). Cue words themselves are marked too. `negated` is resized.
void markNegated(const std::vector<Token>& tokens, std::vector<char>& negated);

}  // namespace vk::text
