// The pure checks of live team sessions: song links, programmes, and the guideline in an
// organisation's own words.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "domain/live/guideline.hpp"
#include "domain/live/programme.hpp"
#include "domain/resources.hpp"
#include "domain/web_url.hpp"

namespace vk::domain {
namespace {

namespace json = boost::json;

TEST(LiveSongLink, OnlyWebLinksWithAHost) {
  for (auto ok : {"https://example.org/lied.mp3", "http://intranet/lied", "https://example.org:8443/a?b=c#d"})
    EXPECT_TRUE(isWebUrl(ok)) << ok;
  for (auto bad : {"", "javascript:alert(1)", "data:audio/mp3;base64,AA", "ftp://example.org/x", "https://",
                   "https:///pad", "https://exa mple.org", "https://user:pw@example.org/", "www.example.org",
                   "https://example.org/\"onmouseover"})
    EXPECT_FALSE(isWebUrl(bad)) << bad;
  EXPECT_FALSE(isWebUrl("https://example.org/" + std::string(500, 'a')));
}

TEST(LiveProgramme, BlocksAreCheckedAndCleanedUp) {
  auto blocks = checkedBlocks(json::parse(R"([{"title":"  Opening  ","kind":"song"},{"title":"Stemmen","kind":"vote","minutes":5}])"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].at("title").as_string(), "Opening");
  EXPECT_EQ(blocks[0].at("minutes").as_int64(), 10);  // a default duration
  EXPECT_EQ(blocks[0].at("prompt").as_string(), "");
  try {
    checkedBlocks(json::parse(R"([{"title":"","kind":"dans","minutes":0}])"));
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::Invalid);
    EXPECT_EQ(e.fields().size(), 3u);
    EXPECT_EQ(e.fields()[0].field, "blocks[0].kind");
  }
  EXPECT_THROW(checkedBlocks(json::array{}), Error);
  EXPECT_THROW(checkedBlocks(json::value("blokken")), Error);
  json::array many;
  for (int i = 0; i < 31; ++i) many.push_back(json::object{{"title", "Blok"}});
  EXPECT_THROW(checkedBlocks(many), Error);
}

TEST(LiveGuideline, OwnWordsByKeyOverTheDefault) {
  auto base = json::parse(*resources::get("content/nl/guideline.json")).as_object();
  auto plain = guidelineWith(base, "");
  EXPECT_FALSE(plain.at("custom").as_bool());
  json::object edit{{"rules", base.at("rules")}, {"parts", base.at("parts")}};
  edit["rules"].as_array()[0].as_object()["name"] = "Verbind je";
  auto stored = checkedGuidelineEdit(base, edit);
  auto own = guidelineWith(base, stored);
  EXPECT_TRUE(own.at("custom").as_bool());
  EXPECT_EQ(own.at("rules").at(0).at("name").as_string(), "Verbind je");
  EXPECT_EQ(own.at("rules").at(0).at("key").as_string(), "verbinding");
  EXPECT_EQ(own.at("rules").at(1).at("name"), base.at("rules").at(1).at("name"));
  // Unreadable stored overrides fall back to the default.
  EXPECT_FALSE(guidelineWith(base, "{kapot").at("custom").as_bool());
  // The number and the keys stay.
  auto fewer = edit;
  fewer["parts"].as_array().pop_back();
  EXPECT_THROW(checkedGuidelineEdit(base, fewer), Error);
  auto twice = edit;
  twice["rules"].as_array()[1].as_object()["key"] = "verbinding";
  EXPECT_THROW(checkedGuidelineEdit(base, twice), Error);
  auto empty = edit;
  empty["parts"].as_array()[2].as_object()["name"] = "  ";
  EXPECT_THROW(checkedGuidelineEdit(base, empty), Error);
}

}  // namespace
}  // namespace vk::domain
