// The demo team's word clouds say something (issue 13): after `serve --demo`'s seed, Wijkteam
// Noord's threads have clouds, without the words that used to dominate them (twee, keer, hoeft,
// mee, neem, blijf, pas, mis, doe), with "collega's" as written, one lemma per word, and a verb
// shown as its infinitive ("voelen", where the demo writes "voelt").
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "app/demo.hpp"
#include "harness.hpp"
#include "store/db.hpp"
#include "text/keys.hpp"
#include "text/lemma.hpp"
#include "text/normalise.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class ThreadsDemo : public ::testing::TestWithParam<std::string> {};

TEST_P(ThreadsDemo, NoordsCloudsHoldNoFillersAndOneLemmaPerWord) {
  TestServer srv(GetParam());
  ASSERT_TRUE(app::seedDemo(srv.store(), srv.now));
  int64_t sanne = 0;
  srv.store().db().read([&](store::Conn& c) {
    sanne = c.query("SELECT id FROM users WHERE email = $1", {std::string(app::kDemoMemberEmail)})[0].i64(0);
  });
  Client member(srv.port());
  signIn(srv, member, sanne);
  auto me = member.get("/api/v1/me").json();
  int64_t noord = 0;
  for (auto& t : me.at("teams").as_array())
    if (t.at("name").as_string() == "Wijkteam Noord") noord = t.at("id").as_int64();
  ASSERT_TRUE(noord);
  auto threads = member.get("/api/v1/teams/" + std::to_string(noord) + "/threads");
  ASSERT_EQ(threads.status, 200) << threads.body;
  auto t = threads.json();
  size_t themesWithWords = 0, words = 0;
  std::set<std::string> shown;
  const std::set<std::string> bad = {"twee", "keer", "hoeft", "mee", "neem", "blijf", "pas", "mis", "doe", "collegas"};
  for (auto& th : t.at("themes").as_array()) {
    auto& ws = th.at("words").as_array();
    if (ws.empty()) continue;
    ++themesWithWords;
    std::map<std::string, std::string> keyOf;  // folded word → key
    std::map<std::string, std::string> byKey;  // one word per key in a cloud
    for (auto& w : ws) {
      std::string word(w.at("word").as_string());
      ++words;
      EXPECT_FALSE(bad.count(word)) << word << " in " << th.at("theme").as_string();
      EXPECT_GT(w.at("count").as_int64(), 0) << word;
      auto toks = text::tokenize(word);
      ASSERT_EQ(toks.size(), 1u) << word;
      shown.insert(word);
      if (auto inf = text::infinitiveOf(toks[0].text)) ADD_FAILURE() << word << " is shown, not " << *inf;
      auto key = text::wordKey(toks[0].text);
      keyOf[toks[0].text] = key;
      auto [it, fresh] = byKey.emplace(key, word);
      EXPECT_TRUE(fresh) << word << " and " << it->second << " share a key";
    }
    // No word of a cloud is an inflection of another one (werkt next to werken).
    for (auto& [from, to] : text::lemmaMerges(keyOf)) ADD_FAILURE() << from << " is a form of " << to;
  }
  EXPECT_GE(themesWithWords, 2u) << "the demo's confirmed themes give clouds: " << threads.body;
  EXPECT_GE(words, 20u);
  if (text::infinitiveOf("voelt")) { EXPECT_TRUE(shown.count("voelen")) << threads.body; }  // with hunspell-nl
}

INSTANTIATE_TEST_SUITE_P(Stores, ThreadsDemo, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
