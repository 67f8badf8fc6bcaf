#pragma once
// An organisation's own catalogue: the starter catalogue with the organisation's changes applied,
// so that recognition (domain::Matcher) knows the organisation's local aspects and words.
//
//   Catalogue mine = orgCatalogue(starterCatalogue(), {
//       {"lokaal-1", "inkomen", "Stadspas Demostad", AspectKind::Specific, "", {"stadspas", "meedoenregeling"}, true, false},
//       {"armoede", "inkomen", "Armoede", AspectKind::General, "", {}, false, true}});   // retired
//   Matcher m(mine);   // "stadspas" → inkomen / lokaal-1; armoede's words no longer count
//
// A changed starter aspect keeps its starter words, takes the new name and the given words;
// a local aspect has its name and the given words; a retired aspect leaves the catalogue (its
// words count neither for the aspect nor for its life domain). Pure: no I/O.
#include <string>
#include <vector>

#include "domain/knowledge/catalogue.hpp"

namespace vk::domain {

struct AspectChange {
  std::string id, domainId, name;
  AspectKind kind = AspectKind::Specific;
  std::string description;
  std::vector<std::string> terms;  // the organisation's words and synonyms for it
  bool local = false, retired = false;
};

// Changes for unknown life domains are ignored; a local aspect whose id a starter aspect has is
// treated as a change of that aspect.
Catalogue orgCatalogue(const Catalogue& starter, const std::vector<AspectChange>& changes);

// Splits what an admin typed ("stadspas, meedoenregeling; Stadspas-regeling") into words and
// phrases: separated by commas, semicolons or new lines, trimmed, empty and repeated ones dropped.
std::vector<std::string> splitTerms(std::string_view text);

}  // namespace vk::domain
