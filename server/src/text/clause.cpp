#include "text/clause.hpp"

#include <algorithm>

namespace vk::text {

std::pair<std::size_t, std::size_t> clauseOf(const std::vector<Token>& t, std::size_t i) {
  std::size_t first = i;
  while (first > 0 && !t[first].clauseStart) --first;
  std::size_t last = i + 1;
  while (last < t.size() && !t[last].clauseStart) ++last;
  return {first, last};
}

bool clauseHas(const std::vector<Token>& t, std::size_t i, std::span<const std::string_view> words,
               ClausePart part) {
  auto [first, last] = clauseOf(t, i);
  if (part == ClausePart::Before) last = i;
  if (part == ClausePart::After) first = i + 1;
  for (std::size_t k = first; k < last; ++k)
    if (std::find(words.begin(), words.end(), std::string_view(t[k].text)) != words.end()) return true;
  return false;
}

}  // namespace vk::text
