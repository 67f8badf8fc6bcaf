#include "domain/knowledge/org_catalogue.hpp"

#include <algorithm>
#include <utility>

namespace vk::domain {

Catalogue orgCatalogue(const Catalogue& starter, const std::vector<AspectChange>& changes) {
  Catalogue c = starter;
  for (const AspectChange& ch : changes) {
    KnowledgeAspect* found = nullptr;
    LifeDomain* home = nullptr;
    for (LifeDomain& d : c.domains)
      for (KnowledgeAspect& a : d.aspects)
        if (a.id == ch.id) {
          found = &a;
          home = &d;
        }
    if (found) {
      if (ch.retired) {
        home->aspects.erase(home->aspects.begin() + (found - home->aspects.data()));
        continue;
      }
      if (ch.name != found->name) found->terms.push_back(std::exchange(found->name, ch.name));
      found->description = ch.description.empty() ? found->description : ch.description;
      found->terms.insert(found->terms.end(), ch.terms.begin(), ch.terms.end());
      continue;
    }
    if (ch.retired) continue;
    auto d = std::find_if(c.domains.begin(), c.domains.end(), [&](const LifeDomain& x) { return x.id == ch.domainId; });
    if (d == c.domains.end()) continue;
    d->aspects.push_back(KnowledgeAspect{ch.id, ch.name, ch.kind, ch.description, ch.terms});
  }
  return c;
}

std::vector<std::string> splitTerms(std::string_view text) {
  std::vector<std::string> out;
  auto flush = [&](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.emplace_back(s);
  };
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i)
    if (i == text.size() || text[i] == ',' || text[i] == ';' || text[i] == '\n') {
      flush(text.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

}  // namespace vk::domain
