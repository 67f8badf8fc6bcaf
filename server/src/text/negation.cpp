#include "text/negation.hpp"

#include <initializer_list>
#include <string_view>

namespace vk::text {
namespace {

bool isOneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (auto s : set)
    if (w == s) return true;
  return false;
}

// Length of a denial cue starting at tokens[i], or 0.
std::size_t cueLength(const std::vector<Token>& t, std::size_t i) {
  auto at = [&](std::size_t k) -> std::string_view { return i + k < t.size() ? std::string_view(t[i + k].text) : ""; };
  if (at(0) == "geen" || at(0) == "niets" || at(0) == "nergens") {
    if (at(1) == "sprake" && at(2) == "van") return 3;
    if (isOneOf(at(1), {"probleem", "problemen", "zorgen", "zorg", "last", "moeite", "klachten", "aanwijzingen",
                        "signalen", "mis"}) &&
        isOneOf(at(2), {"met", "over", "om", "van", "bij", "rond"}))
      return 3;
    if (at(0) == "niets" && at(1) == "mis" && at(2) == "met") return 3;
  }
  if (at(0) == "niet" && at(1) == "van" && at(2) == "toepassing") return 3;
  return 0;
}

// "geen schulden", "geen achterstanden": the denial of one problem noun, not of the clause
// ("geen schulden, wel moeite met rondkomen"). Not for lacks that are the problem itself
// ("geen geld", "geen huis", "geen werk").
bool deniedProblemNoun(std::string_view w) {
  return isOneOf(w, {"schulden", "schuld", "achterstand", "achterstanden", "betalingsachterstanden",
                     "huurachterstand", "geldproblemen", "geldzorgen", "geweld", "verslaving", "schuldeisers"});
}

}  // namespace

void markNegated(const std::vector<Token>& tokens, std::vector<char>& negated) {
  negated.assign(tokens.size(), 0);
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t len = cueLength(tokens, i);
    if (len == 0 && tokens[i].text == "geen" && i + 1 < tokens.size() && deniedProblemNoun(tokens[i + 1].text)) {
      negated[i] = negated[i + 1] = 1;
      i += 2;
      continue;
    }
    if (len == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    for (; j < tokens.size(); ++j) {
      if (j > i && (tokens[j].clauseStart || tokens[j].text == "maar" || tokens[j].text == "wel")) break;
      negated[j] = 1;
    }
    i = j;
  }
}

}  // namespace vk::text
