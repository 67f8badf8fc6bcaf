// The team's picture of the craft (seed 001, the seven themes as statements members respond to) and the core of the craft (seed 002): its routes.
// Members answer per statement and per part of the core; the team, the organisation and the
// association see counts under the thresholds the store enforces. The national file is in
// routes_national.cpp.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/craft/routes.hpp"
#include "api/craft/views.hpp"
#include "api/foundation/views.hpp"
#include "api/privacy/guard.hpp"
#include "store/craft/store.hpp"
#include "store/interviews/store.hpp"

namespace vk::api {

namespace json = boost::json;
using namespace vk::api::craft;

namespace {

store::CraftStore st(Ctx& c) { return store::CraftStore(c.store.db()); }

size_t characters(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Reads a list of objects from the body: each with only the fields named; problems named by path.
class ListReader {
 public:
  ListReader(JsonBody& body, const char* field, std::initializer_list<const char*> fields) : body_(body), field_(field) {
    auto* v = body.root().as_object().if_contains(field);
    if (!v || v->is_null()) return;
    if (!v->is_array()) {
      body.errors().push_back({field, "Verwacht een lijst."});
      return;
    }
    if (v->as_array().size() > 200) {
      body.errors().push_back({field, "Dit zijn te veel regels."});
      return;
    }
    size_t i = 0;
    for (auto& x : v->as_array()) {
      std::string at = std::string(field) + "[" + std::to_string(i++) + "]";
      if (!x.is_object()) {
        body.errors().push_back({at, "Verwacht een object."});
        items_.push_back(nullptr);
        continue;
      }
      for (auto& kv : x.as_object()) {
        bool known = false;
        for (auto* f : fields) known = known || kv.key() == f;
        if (!known) body.errors().push_back({at + "." + std::string(kv.key()), "Onbekend veld."});
      }
      items_.push_back(&x.as_object());
    }
  }
  size_t size() const { return items_.size(); }
  std::string at(size_t i, const char* f) const { return std::string(field_) + "[" + std::to_string(i) + "]." + f; }
  std::string str(size_t i, const char* f, bool required = false) {
    if (!items_[i]) return {};
    auto* v = items_[i]->if_contains(f);
    if (!v || v->is_null()) {
      if (required) body_.errors().push_back({at(i, f), "Vul dit in."});
      return {};
    }
    if (!v->is_string()) {
      body_.errors().push_back({at(i, f), "Dit moet tekst zijn."});
      return {};
    }
    return std::string(v->as_string());
  }
  std::optional<std::string> optStr(size_t i, const char* f) {
    if (!items_[i] || !items_[i]->if_contains(f) || items_[i]->at(f).is_null()) return std::nullopt;
    return str(i, f);
  }
  bool flag(size_t i, const char* f) {
    if (!items_[i]) return false;
    auto* v = items_[i]->if_contains(f);
    if (!v || v->is_null()) return false;
    if (!v->is_bool()) {
      body_.errors().push_back({at(i, f), "Kies true of false."});
      return false;
    }
    return v->as_bool();
  }

 private:
  JsonBody& body_;
  const char* field_;
  std::vector<const json::object*> items_;
};

// The team's shared interview fragments and zodatjes: per theme the words that stand out.
std::map<std::string, json::array> teamWords(Ctx& c, int64_t teamId) {
  std::map<std::string, json::array> out;
  auto threads = store::InterviewStore(c.store.db()).teamThreads(c.actor(), teamId);
  for (auto& t : threads.themes) {
    json::array words;
    for (auto& w : t.words) {
      if (words.size() >= 12) break;
      words.push_back(json::object{{"word", w.word}, {"count", w.count}});
    }
    out[t.theme] = std::move(words);
  }
  return out;
}

}  // namespace

void addCraftRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/craft-picture", http::Access::Member, [](Ctx& c) { return ok(view(st(c).picture(c.actor()))); });
  r.add("PUT", "/api/v1/organisation/craft-picture/themes/{themeKey}", http::Access::OrgAdmin, [](Ctx& c) {
    auto body = c.body({"intro", "statements", "privacyConfirmed"});
    std::string intro = trimmed(body.optionalString("intro").value_or(""));
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    ListReader list(body, "statements", {"key", "text"});
    std::vector<FieldText> texts{{"intro", intro}};
    std::vector<std::optional<std::string>> keys;
    for (size_t i = 0; i < list.size(); ++i) {
      keys.push_back(list.optStr(i, "key"));
      texts.push_back({list.at(i, "text"), trimmed(list.str(i, "text", true))});
    }
    body.finish();
    auto guarded = guard(c, texts, confirmed);
    std::vector<store::StatementInput> statements;
    for (size_t i = 0; i < keys.size(); ++i) statements.push_back({keys[i], guarded[i + 1]});
    return ok(view(st(c).editTheme(c.actor(), c.params.str("themeKey"), guarded[0], statements, c.now)));
  }).guardedFields = {"intro"};

  r.add("GET", "/api/v1/teams/{teamId:int}/craft-picture/me", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).myPicture(c.actor(), c.id("teamId")))); });
  r.add("PUT", "/api/v1/teams/{teamId:int}/craft-picture/me", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"answers", "lines", "privacyConfirmed"});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    std::vector<domain::StatementAnswer> answers;
    ListReader a(body, "answers", {"statementKey", "recognition", "current"});
    for (size_t i = 0; i < a.size(); ++i)
      answers.push_back({a.str(i, "statementKey", true), a.str(i, "recognition"), a.flag(i, "current")});
    ListReader l(body, "lines", {"themeKey", "text", "shared"});
    std::vector<FieldText> texts;
    std::vector<std::pair<std::string, bool>> lineMeta;
    for (size_t i = 0; i < l.size(); ++i) {
      std::string text = trimmed(l.str(i, "text"));
      if (characters(text) > domain::kLineMax)
        body.errors().push_back({l.at(i, "text"), "Een eigen regel is hooguit " + std::to_string(domain::kLineMax) + " tekens."});
      texts.push_back({l.at(i, "text"), text});
      lineMeta.push_back({l.str(i, "themeKey", true), l.flag(i, "shared")});
    }
    body.finish();
    auto guarded = guard(c, texts, confirmed);
    std::vector<store::PictureLineInput> lines;
    for (size_t i = 0; i < guarded.size(); ++i) lines.push_back({lineMeta[i].first, guarded[i], lineMeta[i].second});
    return ok(view(st(c).saveMyPicture(c.actor(), c.id("teamId"), answers, lines, c.now)));
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-picture", http::Access::Member, [](Ctx& c) {
    auto p = st(c).teamPicture(c.actor(), c.id("teamId"));
    std::map<std::string, json::array> words;
    if (p.visible) words = teamWords(c, c.id("teamId"));
    return ok(view(p, words));
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-picture/differences", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).teamDifferences(c.actor(), c.id("teamId")))); });
  r.add("GET", "/api/v1/organisation/craft-picture", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).organisationPicture(c.actor()))); });

  r.add("GET", "/api/v1/craft-core", http::Access::Member, [](Ctx&) { return ok(view(domain::starterCore())); });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-core/me", http::Access::Member,
        [](Ctx& c) { return ok(coreResponsesJson(st(c).myCore(c.actor(), c.id("teamId")))); });
  r.add("PUT", "/api/v1/teams/{teamId:int}/craft-core/me", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"responses", "privacyConfirmed"});
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    ListReader l(body, "responses", {"partKey", "fit", "text", "share"});
    std::vector<FieldText> texts;
    std::vector<store::CoreResponseInput> meta;
    for (size_t i = 0; i < l.size(); ++i) {
      texts.push_back({l.at(i, "text"), trimmed(l.str(i, "text"))});
      meta.push_back({l.str(i, "partKey", true), l.str(i, "fit", true), l.optStr(i, "share").value_or("prive"),
                      domain::GuardedText()});
    }
    body.finish();
    auto guarded = guard(c, texts, confirmed);
    for (size_t i = 0; i < guarded.size(); ++i) meta[i].text = guarded[i];
    return ok(coreResponsesJson(st(c).saveMyCore(c.actor(), c.id("teamId"), meta, c.now)));
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/craft-core", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).teamCore(c.actor(), c.id("teamId")))); });
  r.add("GET", "/api/v1/organisation/craft-core", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).organisationCore(c.actor()))); });

  craft::addNationalCraftRoutes(r);
}

}  // namespace vk::api
