// The free-text fields that used to be saved unguarded (craft statements, training-plan notes,
// partner organisation and role, fragments of a national import, card texts, aspect and
// codebook descriptions, a member's discipline) and the nested texts of a dilemma, its
// proposal note and a decision's reason: on each store, a valid BSN and a valid IBAN in
// any of them are refused with the standard 422 findings body and reach no table; a clean
// text in the same body is saved (so the refusal is about the text). A confirmed finding is
// recorded in the audit log as privacy.override, without the text.
#include <gtest/gtest.h>

#include <set>

#include "authz.hpp"
#include "store/db.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class GuardedFields : public ::testing::TestWithParam<std::string> {};

constexpr const char* kBsn = "Mevrouw gaf haar BSN 111222333 door.";       // elfproef holds
constexpr const char* kIban = "Stort het op NL91 ABNA 0417 1643 00 graag.";  // mod 97 holds

struct Case {
  const char* route;  // "METHOD /path" with the placeholders of the authorisation matrix
  Who caller;
  const char* body;   // a valid body
  std::vector<std::pair<std::string, std::string>> fields;  // where in the body ("threads/0/fragment"), finding's field
};

const std::vector<Case>& cases() {
  static const std::vector<Case> c = {
      {"PUT /api/v1/teams/{teamA}/craft-statements/me", Who::Member, R"({"text":"verbinden waar het vastzit."})",
       {{"text", "text"}}},
      {"PATCH /api/v1/teams/{teamA}/training-plan/items/{planItemId}", Who::Lead, R"({"note":"Samen oefenen."})",
       {{"note", "note"}}},
      {"POST /api/v1/teams/{teamA}/partners", Who::Member,
       R"({"aspectId":"ziekte-en-klachten","organisation":"Huisartsenpraktijk","role":"praktijkondersteuner"})",
       {{"organisation", "organisation"}, {"role", "role"}}},
      {"POST /api/v1/national-threads", Who::OtherOrgMember,
       R"({"source":"Wijkteam X","threads":[{"theme":"team","fragment":"Samen sterk.","period":"2026-K4","teamSizeBand":"10-19"}]})",
       {{"threads/0/fragment", "threads[0].fragment"}}},
      {"POST /api/v1/card-decks/{deckId}/cards", Who::Admin,
       R"({"group":"element","title":"Nieuw","quote":"Een eigen citaat.","questions":["Wat drijft je?"],"prompts":["Waarom?"]})",
       {{"quote", "quote"}, {"questions/0", "questions[0]"}, {"prompts/0", "prompts[0]"}}},
      {"PUT /api/v1/card-decks/{deckId}/cards/{cardId}", Who::Admin,
       R"({"group":"element","title":"Anders","quote":"Een citaat.","questions":["Wat drijft je?"],"prompts":["Waarom?"]})",
       {{"quote", "quote"}, {"questions/0", "questions[0]"}, {"prompts/0", "prompts[0]"}}},
      {"POST /api/v1/knowledge/aspects", Who::Admin,
       R"({"domainId":"inkomen","name":"Lokale regeling","description":"Een regeling van de gemeente."})",
       {{"description", "description"}}},
      {"PATCH /api/v1/knowledge/aspects/{aspectId}", Who::Admin, R"({"description":"In onze woorden."})",
       {{"description", "description"}}},
      {"PATCH /api/v1/members/{userId}", Who::Admin, R"({"discipline":"jongerenwerker"})", {{"discipline", "discipline"}}},
      {"POST /api/v1/invitations", Who::Admin,
       R"({"email":"nieuw@org1.test","name":"Nieuw","teamId":{teamA},"discipline":"jongerenwerker"})",
       {{"discipline", "discipline"}}},
      {"PUT /api/v1/craft-themes/{themeKey}", Who::Admin,
       R"({"title":"Het team","description":"Onze thuisbasis.","keywords":["team"]})", {{"description", "description"}}},
      {"POST /api/v1/craft-themes/{themeKey}/subthemes", Who::Admin,
       R"({"title":"Humor","description":"Samen lachen.","keywords":["humor"]})", {{"description", "description"}}},
      {"PUT /api/v1/craft-themes/{themeKey}/subthemes/{subthemeId}", Who::Admin,
       R"({"title":"Humor en steun","description":"Lachen helpt.","keywords":["humor"]})",
       {{"description", "description"}}},
      // A dilemma is guarded as one document: every text in it, named as the body names it.
      {"POST /api/v1/teams/{teamA}/dilemma-proposals", Who::Member,
       R"({"title":"Snel of zorgvuldig?","tension":"Nu helpen of eerst kijken?",)"
       R"("a":{"choice":"Nu helpen","values":["tempo"]},"b":{"choice":"Eerst kijken"},)"
       R"("perspectives":[{"who":"bewoner","stake":"Wil snel duidelijkheid."}],)"
       R"("examples":["Een gezin met een brief van de woningcorporatie."],"questions":["Wat is nu het eerste?"],)"
       R"("note":"Uit het casusoverleg."})",
       {{"a/choice", "a.choice"}, {"a/values/0", "a.values[0]"}, {"perspectives/0/stake", "perspectives[0].stake"},
        {"examples/0", "examples[0]"}, {"questions/0", "questions[0]"}, {"note", "note"}}},
      {"PUT /api/v1/organisation/dilemmas/{dilemmaKey}", Who::Admin,
       R"({"title":"Onze versie","tension":"Nu helpen of eerst kijken?","a":{"choice":"Nu helpen"},)"
       R"("b":{"choice":"Eerst kijken","cost":"Het duurt langer."}})",
       {{"b/cost", "b.cost"}, {"tension", "tension"}}},
      {"POST /api/v1/dilemma-proposals/{proposalId}/decision", Who::Lead, R"({"accept":false,"reason":"Staat er al in."})",
       {{"reason", "reason"}}},
      // The craft part: a member's own lines and core texts, an admin's theme.
      {"PUT /api/v1/teams/{teamA}/craft-picture/me", Who::Member,
       R"({"answers":[{"statementKey":"werker-stem","recognition":"herken"}],)"
       R"("lines":[{"themeKey":"werker","text":"Bij ons in de huisbezoeken.","shared":true}]})",
       {{"lines/0/text", "lines[0].text"}}},
      {"PUT /api/v1/teams/{teamA}/craft-core/me", Who::Member,
       R"({"responses":[{"partKey":"gesprek","fit":"anders","text":"Wij zeggen het korter.","share":"team"}]})",
       {{"responses/0/text", "responses[0].text"}}},
      {"PUT /api/v1/organisation/craft-picture/themes/werk", Who::Admin,
       R"({"intro":"Het werk bij ons.","statements":[{"key":"werk-contact-eerst","text":"Contact eerst."},)"
       R"({"text":"Tempo van het gezin."},{"text":"Samen in de wijk."},{"text":"Samen met de gemeente."}]})",
       {{"intro", "intro"}, {"statements/1/text", "statements[1].text"}}},
      // Partners: a link's label (an organisation, never a resident) and a partner's answers,
      // guarded as one document on the public page (the caller's session plays no part).
      {"POST /api/v1/teams/{teamA}/partner-rounds", Who::Lead,
       R"({"title":"Partners over ons werk","closesAt":"2027-02-15","invitations":[{"kind":"school","label":"Basisschool"}]})",
       {{"invitations/0/label", "invitations[0].label"}}},
      {"PUT /api/v1/partner-answers/{partnerToken}", Who::Member,
       R"({"rules":[{"ruleKey":"verbinding","recognition":"herken","example":"Ze komen langs."}],"distinctive":"Ze kennen de buurt.","missing":"Meer tijd."})",
       {{"rules/0/example", "rules[0].example"}, {"distinctive", "distinctive"}, {"missing", "missing"}}},
  };
  return c;
}

// Puts text at a path of objects and arrays ("threads/0/fragment").
void setAt(json::value& v, const std::string& path, const std::string& text) {
  json::value* at = &v;
  size_t start = 0;
  while (true) {
    size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    json::value* next = at->is_array() ? &at->as_array().at(std::stoul(part)) : &at->as_object()[part];
    if (slash == std::string::npos) {
      *next = text;
      return;
    }
    at = next;
    start = slash + 1;
  }
}

World seededWorld(TestServer& srv) {
  World w = buildWorld(srv.store(), srv.now);
  for (auto& part : authzParts())
    if (part.seed) part.seed(srv.store(), w, srv.now);
  return w;
}

Res send(TestServer& srv, const World& w, const Case& k, const std::string& path, const std::string& text,
         bool confirmed = false) {
  Client c(srv.port());
  signIn(srv, c, idOf(w, k.caller));
  auto body = json::parse(fill(k.body, w));
  if (!path.empty()) setAt(body, path, text);
  if (confirmed) body.as_object()["privacyConfirmed"] = true;
  std::string route(k.route);
  auto space = route.find(' ');
  return c.request(route.substr(0, space), fill(route.substr(space + 1), w), json::serialize(body));
}

// How many stored texts hold these characters, in every text column of every table.
int64_t storedAnywhere(store::Store& s, const std::string& like) {
  int64_t n = 0;
  s.db().read([&](store::Conn& c) {
    std::vector<std::pair<std::string, std::string>> cols;
    if (s.db().dialect() == store::Dialect::Sqlite) {
      auto t = c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
      for (size_t i = 0; i < t.size(); ++i) {
        auto r = c.query("SELECT name FROM pragma_table_info($1) WHERE upper(type) = 'TEXT'", {t[i].str(0)});
        for (size_t j = 0; j < r.size(); ++j) cols.push_back({t[i].str(0), r[j].str(0)});
      }
    } else {
      auto r = c.query("SELECT table_name::text, column_name::text FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND data_type = 'text'");
      for (size_t i = 0; i < r.size(); ++i) cols.push_back({r[i].str(0), r[i].str(1)});
    }
    EXPECT_GT(cols.size(), 50u);
    for (auto& [table, col] : cols)
      n += c.query("SELECT COUNT(*) FROM " + table + " WHERE " + col + " LIKE $1", {like})[0].i64(0);
  });
  return n;
}

TEST_P(GuardedFields, BsnAndIbanAreRefusedInEveryPreviouslyUnguardedField) {
  TestServer srv(GetParam());
  World w = seededWorld(srv);
  int checked = 0;
  for (auto& k : cases()) {
    for (auto& [path, field] : k.fields) {
      for (const char* text : {kBsn, kIban}) {
        auto res = send(srv, w, k, path, text, true);  // even confirmed: a BSN or IBAN never goes in
        ASSERT_EQ(res.status, 422) << k.route << " " << path << ": " << res.body;
        EXPECT_NE(res.header("content-type").find("application/problem+json"), std::string::npos) << k.route;
        auto body = res.json().as_object();
        EXPECT_FALSE(body.at("title").as_string().empty());
        auto& findings = body.at("findings").as_array();
        ASSERT_FALSE(findings.empty()) << k.route << " " << path;
        bool refused = false;
        for (auto& f : findings) {
          EXPECT_EQ(f.at("field").as_string(), field) << k.route;
          if (f.at("refused").as_bool()) {
            refused = true;
            std::string kind(f.at("kind").as_string());
            EXPECT_TRUE(kind == "bsn" || kind == "iban") << kind;
            EXPECT_TRUE(f.as_object().contains("start") && f.as_object().contains("placeholder"));
          }
        }
        EXPECT_TRUE(refused) << k.route << " " << path << ": " << res.body;
        ++checked;
      }
    }
  }
  EXPECT_EQ(storedAnywhere(srv.store(), "%111222333%"), 0);
  EXPECT_EQ(storedAnywhere(srv.store(), "%0417 1643%"), 0);
  // The same bodies with their own clean texts are saved: the refusals were about the text.
  for (auto& k : cases()) {
    auto res = send(srv, w, k, "", "");
    EXPECT_LT(res.status, 300) << k.route << ": " << res.body;
  }
  EXPECT_EQ(checked, 70);  // 35 fields, a BSN and an IBAN each
}

TEST_P(GuardedFields, ConfirmedFindingIsAnOverrideInTheAuditLogWithoutTheText) {
  TestServer srv(GetParam());
  World w = seededWorld(srv);
  const Case& statement = cases().at(0);
  const std::string name = "Gesprek met mevrouw Jansen over de huur.";
  EXPECT_EQ(send(srv, w, statement, "text", name).status, 422);         // not confirmed: refused
  EXPECT_EQ(send(srv, w, statement, "text", "Samen de wijk in.", true).status, 200);  // nothing to confirm
  auto res = send(srv, w, statement, "text", name, true);
  ASSERT_EQ(res.status, 200) << res.body;
  const Case& partner = cases().at(2);
  auto p = send(srv, w, partner, "role", "Contact via mevrouw Jansen.", true);
  ASSERT_EQ(p.status, 201) << p.body;

  Client admin(srv.port());
  signIn(srv, admin, w.admin);
  auto log = admin.get("/api/v1/audit-log");
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.body.find("Jansen"), std::string::npos);
  std::multiset<std::string> overrides;
  auto entries = log.json();
  for (auto& e : entries.at("items").as_array())
    if (e.at("action").as_string() == "privacy.override") {
      overrides.insert(std::string(e.at("object").as_string()));
      EXPECT_EQ(e.at("userId").as_int64(), w.member);  // who confirmed
    }
  EXPECT_EQ(overrides.size(), 2u);
  EXPECT_EQ(overrides.count("/api/v1/teams/" + std::to_string(w.teamA) + "/craft-statements/me#text"), 1u);
  EXPECT_EQ(overrides.count("/api/v1/teams/" + std::to_string(w.teamA) + "/partners#role"), 1u);
}

INSTANTIATE_TEST_SUITE_P(Stores, GuardedFields, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
