// The partners' view from outside: partner rounds, links without an account, results from
// enough answers: its routes. The team's side is here; the partners' public pages are in
// routes_public.cpp.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/foundation/views.hpp"
#include "api/live/guideline.hpp"
#include "api/partners/routes.hpp"
#include "api/partners/tokens.hpp"
#include "api/partners/views.hpp"
#include "api/privacy/guard.hpp"
#include "domain/foundation/validation.hpp"
#include "export/qr_svg.hpp"
#include "store/live/store.hpp"
#include "store/partners/store.hpp"

namespace vk::api {

using namespace vk::api::partners;
namespace json = boost::json;

namespace {

store::PartnerStore st(Ctx& c) { return store::PartnerStore(c.store.db()); }

struct InvitationIn {
  std::string kind;
  std::string label;
};

// invitations:[{kind, label?}]
std::vector<InvitationIn> invitationsOf(JsonBody& body, bool required) {
  std::vector<InvitationIn> out;
  auto* v = body.root().as_object().if_contains("invitations");
  if (!v || v->is_null()) {
    if (required) body.errors().push_back({"invitations", "Geef minstens één uitnodiging mee."});
    return out;
  }
  if (!v->is_array()) {
    body.errors().push_back({"invitations", "Verwacht een lijst."});
    return out;
  }
  if (v->as_array().size() > 100) body.errors().push_back({"invitations", "Hooguit 100 links tegelijk."});
  size_t i = 0;
  for (auto& x : v->as_array()) {
    std::string at = "invitations[" + std::to_string(i++) + "]";
    if (!x.is_object()) {
      body.errors().push_back({at, "Een uitnodiging heeft kind en eventueel label."});
      continue;
    }
    InvitationIn in;
    for (auto& kv : x.as_object()) {
      if (kv.key() == "kind" && kv.value().is_string()) in.kind = std::string(kv.value().as_string());
      else if (kv.key() == "label" && kv.value().is_string()) in.label = domain::trimmed(kv.value().as_string());
      else if (kv.key() == "label" && kv.value().is_null()) continue;
      else body.errors().push_back({at + "." + std::string(kv.key()), kv.key() == "kind" || kv.key() == "label" ? "Verwacht tekst." : "Onbekend veld."});
    }
    if (!domain::validPartnerKind(in.kind))
      body.errors().push_back({at + ".kind", "Kies school, huisarts, woningcorporatie, schuldhulp, politie, gemeente, welzijn of anders."});
    if (in.label.size() > 120) body.errors().push_back({at + ".label", "Een naam is hooguit 120 tekens."});
    out.push_back(std::move(in));
  }
  return out;
}

// The base of the links (VAKKOMPAS_PUBLIC_URL, or the request's own host).
std::string base(const Ctx& c) {
  std::string u = c.app.config().publicUrl;
  if (!u.empty()) {
    auto p = u.find("://");
    return p == std::string::npos ? u : u.substr(0, u.find_first_of("/?#", p + 3));
  }
  return std::string(c.app.config().secureCookies ? "https://" : "http://") + std::string(c.req.header("host"));
}

json::object linkJson(const Ctx& c, const std::string& token, bool open, const std::string& title) {
  std::string url = base(c) + (open ? "/partner/open/" : "/partner/") + token;
  return json::object{{"token", token}, {"url", url}, {"qrSvg", exporter::qrSvg(url, title)}};
}

struct NewLinks {
  std::vector<store::NewPartnerInvitation> store;
  std::vector<std::string> tokens;
};

NewLinks newLinks(Ctx& c, const std::vector<InvitationIn>& in, bool confirmed) {
  std::vector<FieldText> texts;
  for (size_t i = 0; i < in.size(); ++i) texts.push_back({"invitations[" + std::to_string(i) + "].label", in[i].label});
  auto guarded = texts.empty() ? std::vector<domain::GuardedText>{} : guard(c, texts, confirmed);
  NewLinks out;
  for (size_t i = 0; i < in.size(); ++i) {
    out.tokens.push_back(newPartnerToken());
    out.store.push_back({in[i].kind, guarded[i], partnerTokenHash(out.tokens.back())});
  }
  return out;
}

// The organisation's guideline as questions; `keys` (optional) picks rules from it.
domain::PartnerQuestions questionsFor(Ctx& c, const std::optional<std::vector<std::string>>& keys, JsonBody& body) {
  store::LiveStore ls(c.store);
  auto g = orgGuideline(ls, c.actor().orgId);
  domain::PartnerQuestions q;
  for (auto& r : g.at("rules").as_array()) {
    auto& o = r.as_object();
    std::string key(o.at("key").as_string());
    if (keys && std::find(keys->begin(), keys->end(), key) == keys->end()) continue;
    q.rules.push_back({key, std::string(o.at("name").as_string()),
                       o.if_contains("description") ? std::string(o.at("description").as_string()) : ""});
  }
  if (keys)
    for (auto& k : *keys)
      if (std::none_of(q.rules.begin(), q.rules.end(), [&](auto& r) { return r.ruleKey == k; }))
        body.errors().push_back({"questions", "Onbekende vuistregel: " + k + "."});
  return q;
}

std::optional<std::vector<std::string>> ruleKeysOf(JsonBody& body) {
  auto* v = body.root().as_object().if_contains("questions");
  if (!v || v->is_null()) return std::nullopt;
  std::vector<std::string> keys;
  if (!v->is_array() || v->as_array().size() > 20) {
    body.errors().push_back({"questions", "Verwacht een lijst met vuistregels (ruleKey)."});
    return keys;
  }
  for (auto& x : v->as_array()) {
    if (!x.is_string()) body.errors().push_back({"questions", "Verwacht een lijst met vuistregels (ruleKey)."});
    else keys.emplace_back(x.as_string());
  }
  return keys;
}

}  // namespace

void addPartnerRoutes(RouteTable& r) {
  r.add("POST", "/api/v1/teams/{teamId:int}/partner-rounds", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"title", "anonymous", "closesAt", "minAnswers", "openLink", "invitations", "questions", "privacyConfirmed"});
    std::string title = domain::trimmed(body.requiredString("title"));
    if (title.empty() || title.size() > 120) body.errors().push_back({"title", "Geef de ronde een titel van hooguit 120 tekens."});
    bool anonymous = body.optionalBool("anonymous").value_or(true);
    std::string closesOn = body.requiredString("closesAt");
    int64_t minAnswers = body.optionalInt("minAnswers").value_or(domain::kDefaultMinPartnerAnswers);
    if (minAnswers < domain::kMinPartnerAnswersFloor)
      body.errors().push_back({"minAnswers", "Een partnerronde telt minstens 3 antwoorden, zodat niemand herkenbaar is."});
    bool openLink = body.optionalBool("openLink").value_or(false);
    auto invitations = invitationsOf(body, false);
    if (invitations.empty() && !openLink)
      body.errors().push_back({"invitations", "Maak minstens één persoonlijke link of een open link."});
    auto keys = ruleKeysOf(body);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    auto questions = questionsFor(c, keys, body);
    body.finish();
    store::NewPartnerRound in;
    in.title = guard(c, "title", title, confirmed);
    in.anonymous = anonymous;
    in.closesOn = closesOn;
    in.minAnswers = minAnswers;
    in.questions = std::move(questions);
    auto links = newLinks(c, invitations, confirmed);
    in.invitations = links.store;
    std::string openToken;
    if (openLink) {
      openToken = newPartnerToken();
      in.openTokenHash = partnerTokenHash(openToken);
    }
    auto round = st(c).createRound(c.actor(), c.id("teamId"), in, c.now);
    auto out = roundView(round);
    // The tokens appear in this answer only: the store keeps their hashes.
    auto& inv = out["invitations"].as_array();
    for (size_t i = 0; i < inv.size() && i < links.tokens.size(); ++i)
      for (auto& [k, v] : linkJson(c, links.tokens[i], false, "Uitnodiging voor " + round.teamName)) inv[i].as_object()[k] = v;
    out["openLink"] = openLink ? json::value(linkJson(c, openToken, true, "Open link voor " + round.teamName)) : json::value(nullptr);
    return ok(out, 201);
  }).guardedFields = {"title"};

  r.add("GET", "/api/v1/teams/{teamId:int}/partner-rounds", http::Access::Member, [](Ctx& c) {
    json::array a;
    for (auto& x : st(c).rounds(c.actor(), c.id("teamId"), c.now)) a.push_back(roundView(x));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("GET", "/api/v1/partner-rounds/{partnerRoundId:int}", http::Access::Member,
        [](Ctx& c) { return ok(roundView(st(c).round(c.actor(), c.id("partnerRoundId"), c.now))); });
  r.add("POST", "/api/v1/partner-rounds/{partnerRoundId:int}/invitations", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"invitations", "privacyConfirmed"});
    auto invitations = invitationsOf(body, true);
    bool confirmed = body.optionalBool("privacyConfirmed").value_or(false);
    body.finish();
    auto links = newLinks(c, invitations, confirmed);
    auto added = st(c).addInvitations(c.actor(), c.id("partnerRoundId"), links.store, c.now);
    json::array a;
    for (size_t i = 0; i < added.size(); ++i) {
      json::object o{{"id", added[i].id}, {"kind", added[i].kind}, {"label", added[i].label}};
      for (auto& [k, v] : linkJson(c, links.tokens[i], false, "Uitnodiging")) o[k] = v;
      a.push_back(std::move(o));
    }
    return ok(json::object{{"invitations", std::move(a)}}, 201);
  });
  r.add("POST", "/api/v1/partner-rounds/{partnerRoundId:int}/invitations/{partnerInvitationId:int}/revocation", http::Access::Member,
        [](Ctx& c) { return ok(roundView(st(c).revoke(c.actor(), c.id("partnerRoundId"), c.id("partnerInvitationId"), c.now))); });
  r.add("POST", "/api/v1/partner-rounds/{partnerRoundId:int}/close", http::Access::Member,
        [](Ctx& c) { return ok(roundView(st(c).close(c.actor(), c.id("partnerRoundId"), c.now))); });
  r.add("GET", "/api/v1/partner-rounds/{partnerRoundId:int}/results", http::Access::Member, [](Ctx& c) {
    auto s = st(c);
    auto round = s.round(c.actor(), c.id("partnerRoundId"), c.now);
    return ok(resultsView(s.results(c.actor(), c.id("partnerRoundId"), c.now), round.anonymous));
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/partner-view", http::Access::Member,
        [](Ctx& c) { return ok(partnerView(st(c).teamPartnerView(c.actor(), c.id("teamId"), c.now))); });

  partners::addPartnerPublicRoutes(r);
}

}  // namespace vk::api
