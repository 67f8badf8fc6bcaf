// The guideline matrix as a pure function: every rule x part cell in the guideline's order,
// counts that include private examples (and never fall below the shared ones), an empty cell's
// question in the organisation's wording, loadings per rule, and counts summed across sources.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/guideline/matrix.hpp"
#include "domain/live/guideline.hpp"

namespace vk::domain {
namespace {

TEST(GuidelineMatrix, EveryCellWithCountsExamplesAndQuestions) {
  auto g = guidelineWith(defaultGuideline(), R"({"rules":[{"key":"stem","name":"Laat horen","description":"Eigen woorden."}]})");
  auto m = buildMatrix(g, 4, {{"verbinding", "buurt", 3}, {"onbekend", "buurt", 9}},
                       {{1, "verbinding", "buurt", "Gedeeld.", "lid", false}, {2, "koers", "partner", "Uit de sessie.", "sessie", true}},
                       {{"vraag", 2}}, {{"vraag", "Doorvragen."}});
  ASSERT_EQ(m.rules.size(), 5u);
  ASSERT_EQ(m.parts.size(), 4u);
  ASSERT_EQ(m.cells.size(), 20u);
  EXPECT_EQ(m.contributors, 4);
  EXPECT_EQ(m.cells[0].ruleKey, "verbinding");
  EXPECT_EQ(m.cells[0].partKey, "buurt");
  EXPECT_EQ(m.cells[0].count, 3);
  EXPECT_EQ(m.cells[0].examples.size(), 1u);
  EXPECT_FALSE(m.cells[0].question.has_value());
  // A shared example with no count behind it still counts.
  for (auto& c : m.cells)
    if (c.ruleKey == "koers" && c.partKey == "partner") {
      EXPECT_EQ(c.count, 1);
      EXPECT_EQ(c.examples.at(0).source, "sessie");
    }
  // An empty cell asks in the organisation's words.
  for (auto& c : m.cells)
    if (c.ruleKey == "stem" && c.partKey == "buurt") { EXPECT_EQ(c.question.value(), "Waar zien jullie 'Laat horen' bij 'De buurt versterken'?"); }
  int64_t total = 0;
  for (auto& c : m.cells) total += c.count;
  EXPECT_EQ(total, 4);  // the unknown key is left out
  ASSERT_EQ(m.loadings.size(), 5u);
  EXPECT_EQ(m.loadings[1].ruleKey, "vraag");
  EXPECT_EQ(m.loadings[1].count, 2);
  EXPECT_EQ(m.loadings[1].lines, std::vector<std::string>{"Doorvragen."});
}

TEST(GuidelineMatrix, KeysAndSums) {
  EXPECT_TRUE(isGuidelineRule("tegenspraak"));
  EXPECT_FALSE(isGuidelineRule("buurt"));
  EXPECT_TRUE(isGuidelinePart("partner"));
  auto sum = sumCells({{{"verbinding", "buurt", 2}}, {{"verbinding", "buurt", 3}, {"stem", "partner", 1}}});
  ASSERT_EQ(sum.size(), 20u);
  EXPECT_EQ(sum[0].count, 5);
  EXPECT_EQ(sum.back().ruleKey, "stem");
  EXPECT_EQ(sum.back().partKey, "partner");
  EXPECT_EQ(sum.back().count, 1);
  EXPECT_EQ(cellQuestion("Zoek tegenspraak", "De buurt versterken"),
            "Waar zien jullie 'Zoek tegenspraak' bij 'De buurt versterken'?");
}

}  // namespace
}  // namespace vk::domain
