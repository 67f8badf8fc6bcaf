// Names that may stand in a text: the people of an interview in its notes (see privacy_guard.hpp).
#include <algorithm>
#include <string>
#include <vector>

#include "text/privacy_guard.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text {
namespace {

using privacy_detail::isPersonTitle;
using privacy_detail::isTussenvoegsel;

// The words of a name, lower-cased (ASCII; other letters as written), split at anything that is
// no letter, digit or apostrophe ("Anne-Marie" is two words, "D'Souza" one).
std::vector<std::string> wordsOf(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (unsigned char c : s) {
    bool letter = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '\'';
    if (!letter) {
      flush();
      continue;
    }
    cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  flush();
  return out;
}

bool allowed(std::string_view found, const std::vector<std::vector<std::string>>& names) {
  std::vector<std::string> words;
  for (auto& w : wordsOf(found))
    if (!isPersonTitle(w) && !isTussenvoegsel(w)) words.push_back(w);
  if (words.empty()) return false;
  return std::any_of(names.begin(), names.end(), [&](const std::vector<std::string>& name) {
    return std::all_of(words.begin(), words.end(),
                       [&](const std::string& w) { return std::find(name.begin(), name.end(), w) != name.end(); });
  });
}

}  // namespace

std::vector<Finding> withoutAllowedNames(std::string_view text, std::vector<Finding> findings,
                                         const std::vector<std::string>& allowedNames) {
  if (allowedNames.empty()) return findings;
  std::vector<std::vector<std::string>> names;
  for (auto& n : allowedNames)
    if (auto w = wordsOf(n); !w.empty()) names.push_back(std::move(w));
  std::erase_if(findings, [&](const Finding& f) {
    return f.kind == FindingKind::Name && f.end <= text.size() && allowed(text.substr(f.start, f.end - f.start), names);
  });
  return findings;
}

}  // namespace vk::text
