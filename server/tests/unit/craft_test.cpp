// The pure logic of interviews about the craft: the starter deck and codebook, theme
// suggestions, distinctive words for the word clouds, and the 5-person threshold.
#include <gtest/gtest.h>

#include <set>

#include "domain/interviews/craft.hpp"
#include "domain/resources.hpp"
#include "text/keys.hpp"
#include "text/normalise.hpp"

namespace vk::domain {
namespace {

TEST(Craft, StarterDeckFollowsTheSeedStructure) {
  Deck d = parseDeck(*resources::get("content/nl/interview-cards.json"));
  ASSERT_EQ(d.cards.size(), 11u);  // the opening and ten question cards
  EXPECT_EQ(d.cards[0].group, "opening");
  std::set<std::string> groups;
  for (auto& c : d.cards) {
    groups.insert(c.group);
    EXPECT_FALSE(c.title.empty());
    EXPECT_FALSE(c.questions.empty()) << c.title;
    EXPECT_GE(c.prompts.size(), 1u) << c.title;
    EXPECT_LE(c.prompts.size(), 2u) << c.title;
    EXPECT_FALSE(c.groupTitle.empty()) << c.title;
  }
  EXPECT_EQ(groups.size(), 7u);
}

TEST(Craft, SevenThemesWithSubthemes) {
  auto& t = starterThemes();
  ASSERT_EQ(t.size(), 7u);
  for (auto& x : t) {
    EXPECT_GE(x.subthemes.size(), 4u) << x.key;
    EXPECT_GE(x.keywords.size(), 10u) << x.key;
  }
}

TEST(Craft, SuggestsThemesWithTheSameStemming) {
  auto& t = starterThemes();
  // "collega's" and "teams" reach the keys of "collega" and "team"
  auto a = suggestThemes("Mijn collega's in de teams geven me steun en humor.", t);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0], "team");
  auto b = suggestThemes("Te veel administratie en registratie voor de organisatie.", t);
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0], "organisatie");
  EXPECT_TRUE(suggestThemes("", t).empty());
  EXPECT_TRUE(suggestThemes("de het een en of", t).empty());
}

TEST(Craft, SubthemeWordsPointToTheirThemeUntilRetired) {
  auto book = starterThemes();
  auto& team = book[2];
  ASSERT_EQ(team.key, "team");
  const char* text = "Op de maandagochtend bespreken we de week.";
  EXPECT_TRUE(suggestThemes(text, book).empty());
  team.subthemes.push_back({42, "De maandagochtend", "", {"maandagochtend"}, false});
  auto a = suggestThemes(text, book);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0], "team");
  EXPECT_EQ(suggestSubthemes(text, book, a), std::vector<int64_t>{42});
  EXPECT_TRUE(suggestSubthemes(text, book, {"werk"}).empty());  // only under a chosen theme
  team.subthemes.back().retired = true;
  EXPECT_TRUE(suggestThemes(text, book).empty());
  EXPECT_TRUE(suggestSubthemes(text, book, {"team"}).empty());
}

TEST(Craft, ExtraThemeWordsUseTheSameStemming) {
  auto book = starterThemes();
  book[0].keywords.push_back("keukentafel");
  auto a = suggestThemes("Aan de keukentafels van gezinnen.", book);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0], "werker");
}

TEST(Craft, StarterWordsSurviveCleaning) {
  // An admin who saves a theme unchanged must not meet errors about the starter's own words.
  for (auto& t : starterThemes()) {
    std::vector<FieldError> errors;
    cleanKeywords(t.keywords, "keywords", errors);
    for (auto& e : errors) ADD_FAILURE() << t.key << ": " << e.message;
  }
}

TEST(Craft, CleansTheWordsPeopleType) {
  std::vector<FieldError> errors;
  auto w = cleanKeywords({"  team ", "", "Teams", "de", "het team", "koffietafel"}, "keywords", errors);
  EXPECT_EQ(w, (std::vector<std::string>{"team", "koffietafel"}));  // "Teams" and "het team" are "team" again
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "keywords");
  EXPECT_EQ(errors[0].message, "\"de\" bestaat alleen uit stopwoorden en telt daarom nooit mee.");
  errors.clear();
  cleanKeywords({std::string(61, 'a')}, "keywords", errors);
  EXPECT_EQ(errors.size(), 1u);
  EXPECT_TRUE(knownThemeKey("ontwikkel"));
  EXPECT_FALSE(knownThemeKey("onzin"));
}

TEST(Craft, CountsWordsWithoutStopWords) {
  std::map<std::string, int64_t> counts;
  std::map<std::string, std::string> surface;
  countWords("De kinderen en het kind, 2026, en de schulden", counts, &surface);
  EXPECT_EQ(counts.count("de"), 0u);
  EXPECT_EQ(counts.count("2026"), 0u);
  EXPECT_EQ(counts["kind"], 2);  // kinderen → kind
  EXPECT_EQ(surface["kind"], "kinderen");
}

TEST(Craft, CloudWordsLeaveOutNumeralsLightVerbsAndFillers) {
  std::map<std::string, int64_t> counts;
  countWords("Twee keer per week neem ik het mee, dat hoeft niet. Blijf erbij, doe het pas als het misgaat of mis is. "
             "Het huisbezoek en de schulden.",
             counts);
  std::set<std::string> keys;
  for (auto& [k, n] : counts) keys.insert(k);
  EXPECT_EQ(keys.size(), 3u) << [&] {
    std::string all;
    for (auto& k : keys) all += k + " ";
    return all;
  }();
  EXPECT_FALSE(counts.count(vk::text::wordKey("week")));  // "per week" counts, it is no topic
  EXPECT_TRUE(counts.count(vk::text::wordKey("huisbezoek")));
  EXPECT_TRUE(counts.count(vk::text::wordKey("schulden")));
  EXPECT_TRUE(counts.count(vk::text::wordKey("misgaat")));
  EXPECT_FALSE(cloudWord("twee"));
  EXPECT_FALSE(cloudWord("2026"));
  EXPECT_TRUE(cloudWord("collegas"));
}

TEST(Craft, WordsAreShownAsWrittenInTheirCommonestForm) {
  // Apostrophes and diacritics stay as written; capitals are lowered; inflections share one key
  // and show the form written most.
  std::map<std::string, int64_t> counts;
  WrittenForms forms;
  countWords("Mijn Collega's helpen. Een collega belt. De collega's en de collega’s weten het. Één café, twee cafés.",
             counts, nullptr, &forms);
  auto best = forms.best();
  auto key = vk::text::wordKey("collega");
  ASSERT_TRUE(counts.count(key));
  EXPECT_EQ(counts[key], 4);  // collega and collega's share a key
  EXPECT_EQ(best[key], "collega's");
  EXPECT_EQ(best[vk::text::wordKey("cafe")], "café");
  auto toks = vk::text::tokenize("ÉÉN Ärger");
  EXPECT_EQ(writtenForm("ÉÉN Ärger", toks.at(0)), "één");
  EXPECT_EQ(writtenForm("ÉÉN Ärger", toks.at(1)), "ärger");
  // On a tie the first form seen is shown.
  WrittenForms tie;
  tie.add("kind", "kinderen");
  tie.add("kind", "kind");
  EXPECT_EQ(tie.best()["kind"], "kinderen");
}

// Worked example: a team talks about "duo" a lot (8 of its 20 words), the rest of the
// organisation hardly (1 of 329); "werk" is half of the team's words but even more of the
// rest's (190 of 329). "duo" stands out (z ≈ 2.6), "werk" comes last (z ≈ -0.25).
TEST(Craft, DistinctiveWordsAgainstTheOrganisation) {
  std::map<std::string, int64_t> team = {{"duo", 8}, {"werk", 10}, {"wijk", 2}};
  std::map<std::string, int64_t> org = {{"duo", 9}, {"werk", 200}, {"wijk", 40}, {"gemeent", 100}};
  auto w = distinctiveWords(team, org, {{"duo", "duo's"}}, 10);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].key, "duo");
  EXPECT_EQ(w[0].word, "duo's");
  EXPECT_EQ(w[0].count, 8);
  EXPECT_GT(w[0].score, w[1].score);
  EXPECT_EQ(w[1].key, "wijk");
  EXPECT_EQ(w.back().key, "werk");
  EXPECT_NEAR(w[0].score, 2.6, 0.1);
  EXPECT_TRUE(distinctiveWords({}, org, {}, 10).empty());
  EXPECT_EQ(distinctiveWords(team, org, {}, 2).size(), 2u);
}

TEST(Craft, FivePersonThreshold) {
  EXPECT_FALSE(showGroup({}));
  EXPECT_FALSE(showGroup({1, 2, 3, 4}));
  EXPECT_TRUE(showGroup({1, 2, 3, 4, 5}));
  EXPECT_TRUE(showGroup({1, 2, 3}, 3));
  EXPECT_EQ(sizeBand(4), "1-9");
  EXPECT_EQ(sizeBand(12), "10-19");
  EXPECT_EQ(sizeBand(29), "20-29");
  EXPECT_EQ(sizeBand(30), "30+");
  EXPECT_EQ(quarterOf(1'800'000'000), "2027-K1");  // 15 January 2027
  EXPECT_TRUE(validPurpose("onboarding"));
  EXPECT_FALSE(validPurpose("beoordeling"));  // never an appraisal
}

}  // namespace
}  // namespace vk::domain
