// The audit log's objects in words, named in one place (audit.object.<kind> in the web app's
// nl.json and en.json): every kind of object the server writes has a name in both languages (the
// test reads the server's sources, so a new "kind/" + id without a name fails here), and the
// codes read as words by the rule the web app's audit page also follows.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "export/audit_words.hpp"

namespace vk::test {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The kinds in the object codes the server writes: `"kind/" + id` first, `+ "/kind/" + id`
// nested, in every source file under server/src that writes or reads the audit log.
std::set<std::string> serverObjectKinds() {
  static const std::regex first(R"re("([a-z][a-z-]*)/"\s*\+)re");
  static const std::regex nested(R"re(\+\s*"/([a-z][a-z-]*)/"\s*\+)re");
  std::set<std::string> kinds;
  for (auto& e : fs::recursive_directory_iterator(fs::path(VK_SOURCE_DIR) / "server/src")) {
    if (!e.is_regular_file() || (e.path().extension() != ".cpp" && e.path().extension() != ".hpp")) continue;
    auto text = slurp(e.path());
    if (text.find("audit") == std::string::npos) continue;
    for (auto* re : {&first, &nested})
      for (std::sregex_iterator m(text.begin(), text.end(), *re), end; m != end; ++m) kinds.insert((*m)[1].str());
  }
  return kinds;
}

json::object messages(const char* file) {
  auto v = json::parse(slurp(fs::path(VK_SOURCE_DIR) / "web/src/i18n" / file));
  return v.as_object();
}

TEST(AuditWords, FindsTheKindsTheServerWrites) {
  auto kinds = serverObjectKinds();
  // a few that must be there, so a broken scan cannot pass with an empty list
  for (const char* k : {"user", "team", "member", "invitation", "organisation", "live-session", "partner-round", "sso"})
    EXPECT_TRUE(kinds.count(k)) << k;
  EXPECT_GT(kinds.size(), 20u);
}

TEST(AuditWords, EveryKindHasADutchAndAnEnglishName) {
  auto nl = messages("nl.json");
  auto en = messages("en.json");
  for (auto& kind : serverObjectKinds()) {
    EXPECT_TRUE(nl.contains("audit.object." + kind)) << "nl.json has no audit.object." << kind;
    EXPECT_TRUE(en.contains("audit.object." + kind)) << "en.json has no audit.object." << kind;
    // and the PDF reads the Dutch one from the embedded nl.json
    EXPECT_EQ(exporter::auditObjectKindName(kind), std::optional<std::string>(nl.at("audit.object." + kind).as_string()))
        << kind;
  }
}

TEST(AuditWords, ObjectsReadAsWords) {
  struct Case {
    const char* code;
    const char* words;
  };
  for (auto [code, words] : {
           Case{"user/7", "account 7"},
           Case{"invitation/1", "uitnodiging 1"},
           Case{"organisation/2", "organisatie 2"},
           Case{"team/3/member/7", "team 3, lid 7"},
           Case{"partner-round/3/invitation/5", "partnerronde 3, uitnodiging 5"},
           Case{"live-session/4/12", "teamsessie 4/12"},          // a contribution's number as it is
           Case{"live-session/4#text", "teamsessie 4 #text"},     // the field a privacy check was about
           Case{"partner-round/3#answers", "partnerronde 3 #answers"},
           Case{"dilemma/own-2", "dilemma own-2"},
           Case{"sso/provider-refused", "reden provider-refused"},
           Case{"team/3/thing/9", "team 3/thing/9"},              // a nested kind without a name: as it is
           Case{"user", "account"},
           Case{"thing/3", "thing/3"},                            // an unknown kind: the code
           Case{"/api/v1/help-questions#text", "/api/v1/help-questions#text"},
           Case{"", ""},
       })
    EXPECT_EQ(exporter::auditObjectInWords(code), words) << code;
}

TEST(AuditWords, ActionsReadAsWords) {
  EXPECT_EQ(exporter::auditActionInWords("personal-data.export"), "Gegevens gedownload");
  EXPECT_EQ(exporter::auditActionInWords("something.new"), "something.new");
}

}  // namespace
}  // namespace vk::test
