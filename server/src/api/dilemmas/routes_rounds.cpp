// A team's vote rounds on its dilemmas: open, vote (replacing one's own votes), close, and
// the results once closed with enough voters; the ranking across the organisation's teams.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/dilemmas/body.hpp"
#include "api/dilemmas/views.hpp"
#include "api/foundation/views.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::api::dilemmas {

namespace json = boost::json;

namespace {

store::DilemmaStore st(Ctx& c) { return store::DilemmaStore(c.store.db()); }

std::vector<store::MyVote> votesOf(JsonBody& body) {
  std::vector<store::MyVote> out;
  auto* v = body.root().as_object().if_contains("votes");
  if (!v || v->is_null()) {
    body.errors().push_back({"votes", "Geef je stemmen mee."});
    return out;
  }
  if (!v->is_array()) {
    body.errors().push_back({"votes", "Verwacht een lijst."});
    return out;
  }
  if (v->as_array().size() > 200) body.errors().push_back({"votes", "Hooguit 200 stemmen tegelijk."});
  size_t i = 0;
  for (auto& x : v->as_array()) {
    std::string at = "votes[" + std::to_string(i++) + "]";
    if (!x.is_object()) {
      body.errors().push_back({at, "Een stem heeft dilemmaKey, recognisable en current."});
      continue;
    }
    auto& o = x.as_object();
    for (auto& kv : o)
      if (kv.key() != "dilemmaKey" && kv.key() != "recognisable" && kv.key() != "current")
        body.errors().push_back({at + "." + std::string(kv.key()), "Onbekend veld."});
    store::MyVote mv;
    auto* k = o.if_contains("dilemmaKey");
    auto* r = o.if_contains("recognisable");
    auto* cur = o.if_contains("current");
    if (!k || !k->is_string() || k->as_string().empty() || k->as_string().size() > 100)
      body.errors().push_back({at + ".dilemmaKey", "Kies een dilemma."});
    else
      mv.dilemmaKey = std::string(k->as_string());
    if (!r || !r->is_int64() || r->as_int64() < 1 || r->as_int64() > 5)
      body.errors().push_back({at + ".recognisable", "Kies een getal van 1 tot en met 5."});
    else
      mv.recognisable = static_cast<int>(r->as_int64());
    if (!cur || !cur->is_string() || !domain::validCurrent(std::string_view(cur->as_string())))
      body.errors().push_back({at + ".current", "Kies ja, soms of nee."});
    else
      mv.current = std::string(cur->as_string());
    out.push_back(std::move(mv));
  }
  return out;
}

}  // namespace

void addDilemmaRoundRoutes(RouteTable& r) {
  r.add("POST", "/api/v1/teams/{teamId:int}/dilemma-rounds", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"minVoters", "closesAt", "liveSessionId"});
    store::NewRound in;
    in.minVoters = body.optionalInt("minVoters");
    if (in.minVoters && *in.minVoters < domain::kMinRoundVoters)
      body.errors().push_back({"minVoters", "Een stemronde telt minstens 3 stemmers, zodat niemand herkenbaar is."});
    if (auto at = body.optionalString("closesAt")) {
      in.closesAt = parseIsoTime(*at);
      if (!in.closesAt) body.errors().push_back({"closesAt", "Verwacht een datum en tijd, zoals 2027-01-15T17:00:00Z."});
    }
    in.liveSessionId = body.optionalInt("liveSessionId");
    body.finish();
    return ok(view(st(c).openRound(c.actor(), c.id("teamId"), in, c.now)), 201);
  });
  r.add("GET", "/api/v1/teams/{teamId:int}/dilemma-rounds", http::Access::Member, [](Ctx& c) {
    json::array a;
    for (auto& x : st(c).rounds(c.actor(), c.id("teamId"), c.now)) a.push_back(view(x));
    return ok(json::object{{"items", std::move(a)}});
  });
  r.add("GET", "/api/v1/dilemma-rounds/{roundId:int}", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).round(c.actor(), c.id("roundId"), c.now))); });
  r.add("PUT", "/api/v1/dilemma-rounds/{roundId:int}/votes", http::Access::Member, [](Ctx& c) {
    auto body = c.body({"votes"});
    auto votes = votesOf(body);
    body.finish();
    return ok(view(st(c).vote(c.actor(), c.id("roundId"), votes, c.now)));
  });
  r.add("POST", "/api/v1/dilemma-rounds/{roundId:int}/close", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).closeRound(c.actor(), c.id("roundId"), c.now))); });
  r.add("GET", "/api/v1/dilemma-rounds/{roundId:int}/results", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).results(c.actor(), c.id("roundId"), c.now))); });
  r.add("GET", "/api/v1/organisation/dilemma-ranking", http::Access::Member, [](Ctx& c) {
    auto out = view(st(c).organisationRanking(c.actor(), c.now));
    out["analyst"] = st(c).isAnalyst(c.actor().userId);  // the web app shows the national ranking to analysts only
    return ok(out);
  });
}

}  // namespace vk::api::dilemmas
