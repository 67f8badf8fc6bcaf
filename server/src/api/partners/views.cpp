#include "api/partners/views.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace vk::api::partners {

namespace json = boost::json;

namespace {
json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (auto& s : v) a.emplace_back(s);
  return a;
}
}  // namespace

json::object roundView(const store::PartnerRound& r) {
  json::array inv;
  for (auto& i : r.invitations) {
    json::object o{{"id", i.id}, {"kind", i.kind}, {"label", i.label}};
    if (!r.anonymous) o["status"] = i.status;  // anonymous: counts only
    inv.push_back(std::move(o));
  }
  json::object counts;
  for (auto& [k, n] : r.statusCounts) counts[k] = n;
  json::array rules;
  for (auto& q : r.questions.rules) rules.push_back(json::object{{"ruleKey", q.ruleKey}, {"name", q.name}});
  return json::object{{"id", r.id},
                      {"teamId", r.teamId},
                      {"teamName", r.teamName},
                      {"title", r.title},
                      {"anonymous", r.anonymous},
                      {"closesAt", r.closesOn},
                      {"minAnswers", r.minAnswers},
                      {"status", r.open ? "open" : "closed"},
                      {"answerCount", r.answerCount},
                      {"invitations", std::move(inv)},
                      {"invitationCounts", std::move(counts)},
                      {"openLink", r.openLink},
                      {"rules", std::move(rules)},
                      {"createdAt", domain::isoUtc(r.createdAt)}};
}

json::object resultsView(const domain::PartnerResults& r, bool anonymous) {
  json::object o{{"answerCount", r.answerCount}, {"minAnswers", r.minAnswers}, {"visible", r.visible}};
  if (!r.visible) return o;
  json::array rules;
  for (auto& x : r.rules)
    rules.push_back(json::object{{"ruleKey", x.ruleKey},
                                 {"name", x.name},
                                 {"herken", x.herken},
                                 {"soms", x.soms},
                                 {"niet", x.niet},
                                 {"examples", strings(x.examples)}});
  o["rules"] = std::move(rules);
  o["distinctive"] = strings(r.distinctive);
  o["missing"] = strings(r.missing);
  if (!anonymous) {
    json::object kinds;
    for (auto& [k, n] : r.kinds) kinds[k] = n;
    o["kinds"] = std::move(kinds);
  }
  return o;
}

json::object partnerView(const store::PartnerView& v) {
  json::object o{{"visible", v.visible}, {"answerCount", v.answerCount}};
  o["roundId"] = v.roundId ? json::value(*v.roundId) : json::value(nullptr);
  json::array rules;
  for (auto& x : v.rules)
    rules.push_back(json::object{{"ruleKey", x.ruleKey}, {"name", x.name}, {"herken", x.herken}, {"soms", x.soms}, {"niet", x.niet}});
  o["rules"] = std::move(rules);
  return o;
}

json::object linkView(const store::PartnerLink& l) {
  json::object o{{"team", l.team},
                 {"organisation", l.organisation},
                 {"title", l.title},
                 {"anonymous", l.anonymous},
                 {"closesAt", l.closesOn},
                 {"questions", domain::questionsJson(l.questions)}};
  o["draft"] = l.draft ? domain::answersJson(*l.draft) : json::value(nullptr);
  if (!l.anonymous && !l.kind.empty()) {
    o["kind"] = l.kind;
    o["label"] = l.label;
  }
  return o;
}

}  // namespace vk::api::partners
