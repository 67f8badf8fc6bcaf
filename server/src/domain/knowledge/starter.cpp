#include "domain/knowledge/starter.hpp"

#include "domain/resources.hpp"

namespace vk::domain {

const Catalogue& starterCatalogue() {
  static const Catalogue c = parseCatalogue(*resources::get("content/nl/catalogue.json"));
  return c;
}

const Matcher& sharedMatcher() {
  static const Matcher m(starterCatalogue());
  return m;
}

}  // namespace vk::domain
