// The pure rules of the picture and the core of the craft: the content (seven themes of
// 4–8 statements, four parts), an organisation's edit, the spread of a statement and the
// tallies with their thresholds (3 for the picture, 5 for the core and above a team).
#include <gtest/gtest.h>

#include "domain/craft/craft.hpp"
#include "domain/interviews/craft.hpp"

namespace vk::domain {
namespace {

TEST(CraftPicture, StarterHasTheSevenThemesOfTheCodebook) {
  auto& p = starterPicture();
  ASSERT_EQ(p.themes.size(), 7u);
  std::vector<std::string> keys;
  for (auto& t : p.themes) {
    keys.push_back(t.key);
    EXPECT_TRUE(knownThemeKey(t.key)) << t.key;
    EXPECT_GE(t.statements.size(), kMinStatements) << t.key;
    EXPECT_LE(t.statements.size(), kMaxStatements) << t.key;
    for (auto& s : t.statements) {
      EXPECT_EQ(s.key.rfind(t.key + "-", 0), 0u) << s.key;  // slugs start with their theme
      EXPECT_LE(s.text.size(), kStatementMax * 2);
    }
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"werker", "werk", "team", "organisatie", "kennis", "werkt", "ontwikkel"}));
  EXPECT_TRUE(starterStatement("werker-menselijk"));
  EXPECT_FALSE(starterStatement("werker-eigen-1"));
  // "Het werk" also covers working in the neighbourhood and with the municipality.
  auto* werk = findTheme(p, "werk");
  ASSERT_TRUE(werk);
  int wijk = 0, gemeente = 0;
  for (auto& s : werk->statements) {
    wijk += s.key.find("wijk") != std::string::npos;
    gemeente += s.key.find("gemeente") != std::string::npos;
  }
  EXPECT_GE(wijk, 1);
  EXPECT_GE(gemeente, 1);
}

TEST(CraftPicture, ParseRefusesWrongShapes) {
  EXPECT_THROW(parsePicture("nope"), Error);
  EXPECT_THROW(parsePicture(R"({"version":2,"intro":"x","themes":[]})"), Error);
  EXPECT_THROW(parsePicture(R"({"version":1,"intro":"x","themes":[{"key":"a","title":"A","intro":"i","statements":[
    {"key":"a1","text":"t"}]}]})"),
               Error);  // fewer than 4
  EXPECT_THROW(parseCore(R"({"version":1,"intro":"x","parts":[{"key":"elders","title":"t","text":"t","questions":[]}]})"),
               Error);
}

TEST(CraftCore, StarterHasFourParts) {
  auto& c = starterCore();
  ASSERT_EQ(c.parts.size(), 4u);
  EXPECT_EQ(c.parts[0].key, "context");
  EXPECT_EQ(c.parts[3].key, "instrument");
  for (auto& p : c.parts) EXPECT_FALSE(p.questions.empty()) << p.key;
}

TEST(CraftPicture, SpreadIsZeroWhenAllAgreeAndOneWhenSplitEvenly) {
  EXPECT_DOUBLE_EQ(spread(0, 0), 0.0);
  EXPECT_DOUBLE_EQ(spread(5, 0), 0.0);
  EXPECT_DOUBLE_EQ(spread(0, 4), 0.0);
  EXPECT_DOUBLE_EQ(spread(3, 3), 1.0);
  EXPECT_DOUBLE_EQ(spread(3, 1), 0.5);
  EXPECT_GT(spread(4, 3), spread(5, 2));
}

TEST(CraftPicture, TallyCountsPeopleAndLeavesRetiredKeysOut) {
  std::vector<StatementAnswer> answers = {
      {"a", "herken", true}, {"a", "anders", false}, {"a", "", true}, {"a", "", false},  // the last chose nothing
      {"b", "herken", false}, {"gone", "herken", false}};
  auto t = tallyAnswers(answers, {"a", "b", "c"});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].herken, 1);
  EXPECT_EQ(t[0].anders, 1);
  EXPECT_EQ(t[0].current, 2);
  EXPECT_EQ(t[0].answered, 3);
  EXPECT_EQ(t[1].herken, 1);
  EXPECT_EQ(t[2].answered, 0);
  addTallies(t, tallyAnswers({{"a", "anders", false}}, {"a"}));
  EXPECT_EQ(t[0].anders, 2);
}

TEST(CraftPicture, DifferencesWidestSpreadFirst) {
  std::vector<StatementTally> t = {{"agree", 6, 0, 1, 6}, {"split", 3, 3, 0, 6}, {"half", 3, 1, 2, 4}, {"split-small", 1, 1, 0, 2}};
  auto s = bySpread(t);
  EXPECT_EQ(s[0].statementKey, "split");
  EXPECT_EQ(s[1].statementKey, "split-small");
  EXPECT_EQ(s[2].statementKey, "half");
  EXPECT_EQ(s[3].statementKey, "agree");
}

TEST(CraftPicture, Thresholds) {
  EXPECT_FALSE(pictureVisible(2));
  EXPECT_TRUE(pictureVisible(3));
  EXPECT_FALSE(coreVisible(4));
  EXPECT_TRUE(coreVisible(5));
  EXPECT_FALSE(teamCountsAbove(4));
  EXPECT_TRUE(teamCountsAbove(5));
  EXPECT_TRUE(validRecognition(""));
  EXPECT_FALSE(validRecognition("allebei"));
}

TEST(CraftPicture, ThemeEditKeepsKeysAndNumbersNewOnes) {
  std::set<std::string> theme = {"werker-menselijk", "werker-stem", "werker-eigen-2"};
  std::vector<FieldError> errors;
  auto out = checkThemeEdit("werker", "Inleiding",
                            {{"werker-menselijk", "Mens"}, {std::nullopt, "Nieuw"}, {"werker-stem", "Stem"}, {std::nullopt, "Nog een"}},
                            theme, {"werker-eigen-2", "werk-eigen-9"}, errors);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].key, "werker-menselijk");
  EXPECT_EQ(out[1].key, "werker-eigen-3");
  EXPECT_EQ(out[3].key, "werker-eigen-4");
}

TEST(CraftPicture, ThemeEditNamesEveryProblem) {
  std::vector<FieldError> errors;
  checkThemeEdit("werker", "", {{"werk-contact-eerst", "x"}, {std::nullopt, ""}, {std::nullopt, std::string(300, 'a')}},
                 {"werker-menselijk"}, {}, errors);
  std::set<std::string> fields;
  for (auto& e : errors) fields.insert(e.field);
  EXPECT_TRUE(fields.count("intro"));
  EXPECT_TRUE(fields.count("statements"));
  EXPECT_TRUE(fields.count("statements[0].key"));
  EXPECT_TRUE(fields.count("statements[1].text"));
  EXPECT_TRUE(fields.count("statements[2].text"));
}

TEST(CraftCore, ResponsesNeedTextForMistAndAnders) {
  std::vector<FieldError> errors;
  checkCoreResponses({{"context", "past", "", "prive"},
                      {"gesprek", "mist", " ", "team"},
                      {"houding", "anders", "Zo zou ik het zeggen", "landelijk"},
                      {"houding", "past", "", "prive"},
                      {"elders", "ja", "", "iedereen"}},
                     errors);
  std::set<std::string> fields;
  for (auto& e : errors) fields.insert(e.field);
  EXPECT_FALSE(fields.count("responses[0].text"));
  EXPECT_TRUE(fields.count("responses[1].text"));
  EXPECT_FALSE(fields.count("responses[2].text"));
  EXPECT_TRUE(fields.count("responses[3].partKey"));
  EXPECT_TRUE(fields.count("responses[4].partKey"));
  EXPECT_TRUE(fields.count("responses[4].fit"));
  EXPECT_TRUE(fields.count("responses[4].share"));
  auto t = tallyCore({{"context", "past", "", "prive"}, {"context", "mist", "x", "team"}, {"instrument", "anders", "y", "prive"}});
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].past, 1);
  EXPECT_EQ(t[0].mist, 1);
  EXPECT_EQ(t[3].anders, 1);
}

}  // namespace
}  // namespace vk::domain
