// The starter dilemma library loads, and the check for an incoming dilemma knows the life
// domains of the catalogue (named by "id"), the rules of thumb and the craft themes.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "domain/dilemmas/dilemma.hpp"
#include "domain/errors.hpp"

namespace vk::domain {
namespace {

boost::json::value withLinks(const char* domain) {
  return boost::json::parse(std::string(R"({"title":"T","tension":"A of B?","a":{"choice":"A"},"b":{"choice":"B"},"domains":[")") +
                            domain + R"("],"rules":["koers"],"themes":["team"]})");
}

TEST(DilemmaLibrary, StarterLibraryLoadsWithUniqueKeys) {
  const auto& lib = starterDilemmas();
  ASSERT_FALSE(lib.empty());
  std::set<std::string> keys;
  for (auto& d : lib) {
    EXPECT_TRUE(keys.insert(d.key).second) << d.key;
    EXPECT_FALSE(d.title.empty());
    EXPECT_EQ(starterDilemma(d.key), &d);
  }
  EXPECT_EQ(starterDilemma("bestaat-niet"), nullptr);
}

TEST(DilemmaLibrary, KnowsTheCataloguesDomainIds) {
  auto d = checkedDilemma(withLinks("inkomen"));
  ASSERT_EQ(d.domains.size(), 1u);
  EXPECT_EQ(d.domains[0], "inkomen");
  try {
    checkedDilemma(withLinks("onbekend-domein"));
    FAIL() << "an unknown domain passed";
  } catch (const Error& e) {
    ASSERT_FALSE(e.fields().empty());
    EXPECT_EQ(e.fields()[0].field, "domains[0]");
  }
}

}  // namespace
}  // namespace vk::domain
