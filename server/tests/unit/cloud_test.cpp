// Word clouds that say something (issue 13): on fragments as a team writes them, the words that
// used to dominate (twee, keer, hoeft, mee, neem, blijf, pas, mis, doe) are gone with all their
// inflections, a word's inflections count as one lemma shown in its commonest written form with
// its apostrophe or diacritics, and adjectives weigh less than nouns and verbs.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/interviews/craft.hpp"
#include "text/keys.hpp"
#include "text/lemma.hpp"

namespace vk::domain {
namespace {

const std::vector<std::string> kTeam = {
    "Twee keer per week neem ik een collega mee op huisbezoek. Je hoeft het niet alleen te doen.",
    "Blijf luisteren, ook als het gesprek lastig wordt. Pas dan hoor je wat er echt speelt.",
    "Mijn collega's helpen me als ik vastloop; we luisteren naar elkaar en we vertrouwen elkaar.",
    "Doe het niet alleen: samenwerken met de wijkagent en de huisarts werkt, dat hebben we gemerkt.",
    "Een kort gesprekje bij de koffie met collega's zegt vaak meer dan een lange mail.",
    "We hebben twee keer samengewerkt met gezinnen uit de wijk; één gezin vertrouwt ons nu.",
    "Mis je iets, vraag het dan aan je collega's. Neem de tijd, blijf rustig.",
    "Ze luistert goed naar de cliënt en neemt de tijd voor een gesprek met de cliënten.",
    "Het huisbezoek liep anders dan gedacht, maar de cliënt voelde zich gehoord.",
};

// What a cloud of the team shows: display form → count.
std::map<std::string, int64_t> cloud(const std::vector<std::string>& texts) {
  std::map<std::string, int64_t> counts;
  WrittenForms forms;
  for (auto& t : texts) countWords(t, counts, nullptr, &forms);
  auto best = forms.best();
  std::map<std::string, int64_t> out;
  for (auto& [k, n] : counts) out[best.count(k) ? best[k] : k] += n;
  return out;
}

std::string listed(const std::map<std::string, int64_t>& words) {
  std::string s;
  for (auto& [w, n] : words) s += w + "=" + std::to_string(n) + " ";
  return s;
}

TEST(Cloud, TheWordsThatDominatedAreGoneWithTheirInflections) {
  auto words = cloud(kTeam);
  for (auto w : {"twee", "keer", "hoeft", "mee", "neem", "neemt", "blijf", "pas", "mis", "doe", "week", "lang",
                 "lange", "kort", "zegt", "gedacht", "echt", "goed"})
    EXPECT_FALSE(words.count(w)) << w << " in " << listed(words);
  // Whatever the form, an inflection of a filler is no cloud word either.
  std::string key;
  for (auto w : {"hoeven", "hoefde", "genomen", "nemen", "gebleven", "blijven", "keren", "weken", "doen", "gedaan"})
    EXPECT_FALSE(cloudKey(w, key)) << w;
  // Words with a topic stay.
  for (auto w : {"huisbezoek", "wijkagent", "huisarts", "koffie"}) EXPECT_TRUE(words.count(w)) << w << " in " << listed(words);
}

TEST(Cloud, InflectionsCountAsOneLemmaInItsCommonestWrittenForm) {
  const auto all = cloud(kTeam);
  auto words = [&](const char* w) -> int64_t {
    auto it = all.find(w);
    return it == all.end() ? 0 : it->second;
  };
  // luisteren ×2, luistert ×1 → one lemma.
  EXPECT_EQ(words("luisteren"), 3) << listed(all);
  EXPECT_FALSE(words("luistert")) << listed(all);
  // gesprek ×2, gesprekje ×1.
  EXPECT_EQ(words("gesprek"), 3) << listed(all);
  EXPECT_FALSE(words("gesprekje")) << listed(all);
  // gezin, gezinnen.
  EXPECT_EQ(words("gezin") + words("gezinnen"), 2) << listed(all);
  EXPECT_FALSE(words("gezin") && words("gezinnen")) << listed(all);
  // samenwerken, samengewerkt.
  EXPECT_EQ(words("samenwerken") + words("samengewerkt"), 2) << listed(all);
  EXPECT_FALSE(words("samenwerken") && words("samengewerkt")) << listed(all);
  // vertrouwen, vertrouwt.
  EXPECT_EQ(words("vertrouwen") + words("vertrouwt"), 2) << listed(all);
  // Apostrophes and diacritics as written: collega's (×3) over collega (×1), cliënt.
  EXPECT_EQ(words("collega's"), 4) << listed(all);
  EXPECT_FALSE(words("collegas")) << listed(all);
  EXPECT_FALSE(words("collega")) << listed(all);
  EXPECT_EQ(words("cliënt"), 3) << listed(all);
  EXPECT_FALSE(words("client")) << listed(all);
}

// A word pasted with a zero-width space, a soft hyphen or full-width letters is counted and shown
// as the word it looks like, not as a look-alike with hidden characters.
TEST(Cloud, APastedWordIsShownWithoutItsInvisibleCharacters) {
  const auto all = cloud({"Het huis\u200Bbezoek ging goed.", "Een huis\u00ADbezoek aan de \uFF57\uFF49\uFF4A\uFF4B."});
  ASSERT_TRUE(all.count("huisbezoek")) << listed(all);
  EXPECT_EQ(all.at("huisbezoek"), 2) << listed(all);
  EXPECT_TRUE(all.count("wijk")) << listed(all);
  for (auto& [w, n] : all)
    for (unsigned char c : w) EXPECT_NE(c, 0xEF) << "a full-width or invisible character in " << w;
}

TEST(Cloud, LemmasMergeOnlyIntoWordsTheTextsUse) {
  auto key = [](const char* w) { return text::wordKey(w); };
  std::map<std::string, std::string> tokens;
  for (auto w : {"werkt", "werken", "geluisterd", "luisteren", "gesprekjes", "gesprek", "gezinnen", "gezin",
                 "gevoelens", "gevoel", "meisje", "praat", "gemeente"})
    tokens[w] = key(w);
  auto m = text::lemmaMerges(tokens);
  EXPECT_EQ(m[key("werkt")], key("werken"));
  EXPECT_EQ(m[key("geluisterd")], key("luisteren"));
  EXPECT_EQ(m[key("gesprekjes")], key("gesprek"));
  EXPECT_EQ(m[key("gezinnen")], key("gezin"));
  EXPECT_EQ(m[key("gevoelens")], key("gevoel"));
  EXPECT_FALSE(m.count(key("meisje"))) << "no 'meis' in the texts";
  EXPECT_FALSE(m.count(key("praat")));
  EXPECT_FALSE(m.count(key("gemeente"))) << "gemeente is no participle of menen";
  // Without its base in the texts a form stays itself.
  EXPECT_TRUE(text::lemmaMerges({{"werkt", key("werkt")}}).empty());
}

TEST(Cloud, AVerbFormIsShownAsItsInfinitiveFromTheDutchWordList) {
  if (text::infinitiveOf("voelt") == std::nullopt) GTEST_SKIP() << "built without hunspell-nl";
  const std::map<std::string, std::string> verbs = {
      {"voelt", "voelen"},       {"helpt", "helpen"},   {"kent", "kennen"},     {"pakt", "pakken"},
      {"gelooft", "geloven"},    {"beweegt", "bewegen"}, {"luistert", "luisteren"}, {"hoorde", "horen"},
      {"leefde", "leven"},       {"stapte", "stappen"},  {"voelden", "voelen"},  {"verliest", "verliezen"}};
  for (auto& [form, inf] : verbs) EXPECT_EQ(text::infinitiveOf(form).value_or("-"), inf) << form;
  // Words of their own (nouns, adjectives, participles in -ende), stems alone, words with a
  // diacritic and words the list cannot vouch for stay as written.
  for (auto w : {"kust", "markt", "kracht", "dienst", "plant", "ruimte", "ziekte", "bekende", "werk", "leer",
                 "praat", "zorgkracht", "werkte", "lichte", "borden", "lotte", "creeert", "gesprek", "bewoners", "wijkteam"})
    EXPECT_EQ(text::infinitiveOf(w), std::nullopt) << w;
}

TEST(Cloud, AVerbsFormsCountAsOneWordShownAsItsInfinitive) {
  if (text::infinitiveOf("voelt") == std::nullopt) GTEST_SKIP() << "built without hunspell-nl";
  std::map<std::string, int64_t> counts;
  WrittenForms forms;
  countWords("Ze voelt zich thuis bij het team.", counts, nullptr, &forms);
  countWords("Hij voelde zich gehoord; zij voelden het ook.", counts, nullptr, &forms);
  const std::string k = text::wordKey("voelen");
  EXPECT_EQ(counts[k], 3) << "voelt, voelde and voelden are one word";
  EXPECT_EQ(forms.best()[k], "voelen");
}

TEST(Cloud, ATeamsDistinctiveWordsAgainstTheOrganisationWithTheirCounts) {
  // The rest of the organisation writes about debts and forms; the team about colleagues and
  // listening. The team's distinctive words lead with those, with their merged counts.
  std::vector<std::string> rest = {
      "De schulden van het gezin lopen op; de formulieren voor de gemeente liggen nog thuis.",
      "Schuldhulp en het budgetplan: de formulieren invullen kost tijd, de schulden blijven.",
      "Bij schulden eerst de vaste lasten op een rij, dan de formulieren en de gemeente.",
  };
  std::map<std::string, int64_t> team, org;
  WrittenForms forms;
  for (auto& t : kTeam) {
    countWords(t, team, nullptr, &forms);
    countWords(t, org, nullptr, &forms);
  }
  for (auto& t : rest) countWords(t, org, nullptr, &forms);
  auto top = distinctiveWords(team, org, forms.best(), 8);
  ASSERT_FALSE(top.empty());
  std::set<std::string> shown;
  for (auto& w : top) shown.insert(w.word);
  EXPECT_TRUE(shown.count("collega's")) << top.front().word;
  EXPECT_TRUE(shown.count("luisteren")) << top.front().word;
  EXPECT_FALSE(shown.count("schulden"));
  for (auto& w : top) {
    EXPECT_EQ(w.count, team.at(w.key)) << w.word;
    EXPECT_GT(w.count, 0) << w.word;
  }
}

TEST(Cloud, NounsAndVerbsBeforeAdjectives) {
  EXPECT_EQ(cloudWeight(text::wordKey("moeilijk")), 0.5);
  EXPECT_EQ(cloudWeight(text::wordKey("lastige")), 0.5);
  EXPECT_EQ(cloudWeight(text::wordKey("zichtbaar")), 0.5);
  EXPECT_EQ(cloudWeight(text::wordKey("huisbezoek")), 1.0);
  EXPECT_EQ(cloudWeight(text::wordKey("luisteren")), 1.0);
  // The same count in the team and the organisation: the adjective scores half the noun.
  std::map<std::string, int64_t> team = {{text::wordKey("lastig"), 5}, {text::wordKey("huisbezoek"), 5}};
  std::map<std::string, int64_t> org = {{text::wordKey("lastig"), 6}, {text::wordKey("huisbezoek"), 6}, {"werk", 100}};
  auto top = distinctiveWords(team, org, {}, 2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].key, text::wordKey("huisbezoek"));
  EXPECT_NEAR(top[1].score, top[0].score / 2, 1e-9);
}

}  // namespace
}  // namespace vk::domain
