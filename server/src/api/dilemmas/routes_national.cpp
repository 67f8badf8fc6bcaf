// The national story point for dilemmas: an organisation's admin downloads the ranking across
// its teams as a file (counts of starter dilemmas only, once that ranking is visible); an
// analyst of the association imports such files and sees the ranking across organisations.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/national_file.hpp"
#include "api/dilemmas/body.hpp"
#include "api/dilemmas/views.hpp"
#include "api/foundation/views.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::api::dilemmas {

namespace json = boost::json;

namespace {

constexpr const char* kKind = "vakkompas-dilemma-ranking";

store::DilemmaStore st(Ctx& c) { return store::DilemmaStore(c.store.db()); }

json::object fileJson(const store::RankingExport& f) {
  json::array ranking;
  for (auto& e : f.ranking) {
    json::array dist;
    for (auto n : e.recognisable) dist.push_back(n);
    ranking.push_back(json::object{{"dilemmaKey", e.dilemmaKey},
                                   {"votes", e.votes},
                                   {"recognisable", std::move(dist)},
                                   {"current", json::object{{"ja", e.ja}, {"soms", e.soms}, {"nee", e.nee}}}});
  }
  return {{"kind", kKind}, {"version", 1},          {"source", f.source},
          {"period", f.period}, {"teams", f.teams}, {"ranking", std::move(ranking)}};
}

// The file, checked field by field; every problem is named at once.
store::RankingExport parseFile(const std::string& body) {
  json::object root = national::parseObject(body, "Dit is geen ranglijstbestand van Vakkompas.");
  auto* o = &root;
  std::vector<domain::FieldError> errors;
  national::unknownFields(*o, {"kind", "version", "source", "period", "teams", "ranking"}, "", errors);
  store::RankingExport out;
  auto head = national::readHead(*o, kKind, errors);
  out.source = head.source;
  out.period = head.period;
  auto teams = national::count(o->if_contains("teams"));
  if (!teams || *teams < domain::kMinRankingTeams)
    errors.push_back({"teams", "Een ranglijst komt van minstens 3 teams."});
  else
    out.teams = *teams;
  auto* ranking = o->if_contains("ranking");
  if (!ranking || !ranking->is_array() || ranking->as_array().size() > 500) {
    errors.push_back({"ranking", "Verwacht: een lijst van hooguit 500 dilemma's."});
  } else {
    size_t i = 0;
    for (auto& x : ranking->as_array()) {
      std::string at = "ranking[" + std::to_string(i++) + "]";
      auto* e = x.if_object();
      if (!e) {
        errors.push_back({at, "Een regel heeft dilemmaKey, votes, recognisable en current."});
        continue;
      }
      national::unknownFields(*e, {"dilemmaKey", "votes", "recognisable", "current"}, at + ".", errors);
      domain::RankingEntry r;
      auto* key = e->if_contains("dilemmaKey");
      if (!key || !key->is_string() || key->as_string().empty() || key->as_string().size() > 100)
        errors.push_back({at + ".dilemmaKey", "Verwacht: de sleutel van een dilemma."});
      else
        r.dilemmaKey = std::string(key->as_string());
      auto votes = national::count(e->if_contains("votes"));
      if (!votes || *votes < 1) errors.push_back({at + ".votes", "Verwacht: het aantal stemmen (minstens 1)."});
      else r.votes = *votes;
      auto* dist = e->if_contains("recognisable");
      int64_t sum = 0;
      bool distOk = dist && dist->is_array() && dist->as_array().size() == 5;
      for (size_t k = 0; distOk && k < 5; ++k) {
        auto n = national::count(&dist->as_array()[k]);
        if (!n) distOk = false;
        else sum += (r.recognisable[k] = *n);
      }
      if (!distOk || (votes && sum != *votes))
        errors.push_back({at + ".recognisable", "Verwacht: vijf aantallen (1 tot en met 5) die samen het aantal stemmen zijn."});
      auto* cur = e->if_contains("current");
      bool curOk = cur && cur->is_object();
      if (curOk) {
        std::vector<domain::FieldError> extra;
        national::unknownFields(cur->as_object(), {"ja", "soms", "nee"}, at + ".current.", extra);
        auto ja = national::count(cur->as_object().if_contains("ja")), soms = national::count(cur->as_object().if_contains("soms")),
             nee = national::count(cur->as_object().if_contains("nee"));
        curOk = extra.empty() && ja && soms && nee && (!votes || *ja + *soms + *nee == *votes);
        if (curOk) r.ja = *ja, r.soms = *soms, r.nee = *nee;
      }
      if (!curOk)
        errors.push_back({at + ".current", "Verwacht: ja, soms en nee als aantallen die samen het aantal stemmen zijn."});
      out.ranking.push_back(std::move(r));
    }
  }
  if (!errors.empty()) domain::invalid("Dit ranglijstbestand klopt niet.", errors);
  return out;
}

}  // namespace

void addNationalDilemmaRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/organisation/dilemma-ranking/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto f = st(c).exportRanking(c.actor(), c.now);
    auto res = ok(fileJson(f));
    res.set("Content-Disposition", "attachment; filename=\"dilemma-ranglijst-" + f.period + ".json\"");
    return res;
  });
  r.add("POST", "/api/v1/national-dilemma-rankings", http::Access::Member, [](Ctx& c) {
    // Who may import comes first: a caller who is no analyst learns nothing about the file.
    if (!st(c).isAnalyst(c.actor().userId)) domain::forbidden("Alleen analisten van de associatie importeren ranglijsten.");
    auto f = parseFile(c.req.body);
    int64_t n = st(c).importRanking(c.actor(), f, c.now);
    return ok(json::object{{"imported", n}, {"source", f.source}, {"period", f.period}}, 201);
  });
  r.add("GET", "/api/v1/national-dilemma-ranking", http::Access::Member, [](Ctx& c) {
    auto n = st(c).nationalRanking(c.actor());
    json::object o{{"visible", n.visible}, {"organisations", n.organisations}};
    if (n.visible) {
      json::array sources;
      for (auto& s : n.sources) sources.push_back(json::value(s));
      o["sources"] = std::move(sources);
      o["ranking"] = rankingJson(n.ranking);
    }
    return ok(o);
  });
}

}  // namespace vk::api::dilemmas
