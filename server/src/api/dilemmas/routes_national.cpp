// The national story point for dilemmas: an organisation's admin downloads the ranking across
// its teams as a file (counts of starter dilemmas only, once that ranking is visible); an
// analyst of the association imports such files and sees the ranking across organisations.
#include <boost/json.hpp>
#include <regex>

#include "api/app.hpp"
#include "api/dilemmas/body.hpp"
#include "api/dilemmas/views.hpp"
#include "api/foundation/views.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::api::dilemmas {

namespace json = boost::json;

namespace {

constexpr const char* kKind = "vakkompas-dilemma-ranking";
constexpr int64_t kMaxCount = 1000000;

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

// A whole count: an integer from 0 to kMaxCount.
std::optional<int64_t> count(const json::value* v) {
  if (!v || !v->is_int64() || v->as_int64() < 0 || v->as_int64() > kMaxCount) return std::nullopt;
  return v->as_int64();
}

void unknownFields(const json::object& o, std::initializer_list<const char*> known, const std::string& at,
                   std::vector<domain::FieldError>& errors) {
  for (auto& kv : o) {
    bool ok = false;
    for (auto* k : known) ok = ok || kv.key() == k;
    if (!ok) errors.push_back({at + std::string(kv.key()), "Onbekend veld."});
  }
}

// The file, checked field by field; every problem is named at once.
store::RankingExport parseFile(const std::string& body) {
  json::value file;
  try {
    file = json::parse(body);
  } catch (const std::exception&) {
    domain::invalid("Dit is geen geldig JSON-bestand.");
  }
  auto* o = file.if_object();
  if (!o) domain::invalid("Dit is geen ranglijstbestand van Vakkompas.");
  std::vector<domain::FieldError> errors;
  unknownFields(*o, {"kind", "version", "source", "period", "teams", "ranking"}, "", errors);
  store::RankingExport out;
  auto* kind = o->if_contains("kind");
  if (!kind || !kind->is_string() || kind->as_string() != kKind)
    errors.push_back({"kind", "Verwacht: vakkompas-dilemma-ranking."});
  auto* version = o->if_contains("version");
  if (!version || !version->is_int64() || version->as_int64() != 1) errors.push_back({"version", "Verwacht: versie 1."});
  auto* source = o->if_contains("source");
  if (!source || !source->is_string() || source->as_string().empty() || source->as_string().size() > 200)
    errors.push_back({"source", "Verwacht: de naam van de organisatie (hooguit 200 tekens)."});
  else
    out.source = std::string(source->as_string());
  auto* period = o->if_contains("period");
  static const std::regex month("20[0-9]{2}-(0[1-9]|1[0-2])");
  if (!period || !period->is_string() || !std::regex_match(std::string(period->as_string()), month))
    errors.push_back({"period", "Verwacht: een maand, zoals 2026-12."});
  else
    out.period = std::string(period->as_string());
  auto teams = count(o->if_contains("teams"));
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
      unknownFields(*e, {"dilemmaKey", "votes", "recognisable", "current"}, at + ".", errors);
      domain::RankingEntry r;
      auto* key = e->if_contains("dilemmaKey");
      if (!key || !key->is_string() || key->as_string().empty() || key->as_string().size() > 100)
        errors.push_back({at + ".dilemmaKey", "Verwacht: de sleutel van een dilemma."});
      else
        r.dilemmaKey = std::string(key->as_string());
      auto votes = count(e->if_contains("votes"));
      if (!votes || *votes < 1) errors.push_back({at + ".votes", "Verwacht: het aantal stemmen (minstens 1)."});
      else r.votes = *votes;
      auto* dist = e->if_contains("recognisable");
      int64_t sum = 0;
      bool distOk = dist && dist->is_array() && dist->as_array().size() == 5;
      for (size_t k = 0; distOk && k < 5; ++k) {
        auto n = count(&dist->as_array()[k]);
        if (!n) distOk = false;
        else sum += (r.recognisable[k] = *n);
      }
      if (!distOk || (votes && sum != *votes))
        errors.push_back({at + ".recognisable", "Verwacht: vijf aantallen (1 tot en met 5) die samen het aantal stemmen zijn."});
      auto* cur = e->if_contains("current");
      bool curOk = cur && cur->is_object();
      if (curOk) {
        std::vector<domain::FieldError> extra;
        unknownFields(cur->as_object(), {"ja", "soms", "nee"}, at + ".current.", extra);
        auto ja = count(cur->as_object().if_contains("ja")), soms = count(cur->as_object().if_contains("soms")),
             nee = count(cur->as_object().if_contains("nee"));
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
