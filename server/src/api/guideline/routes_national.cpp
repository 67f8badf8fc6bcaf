// The national story point for the guideline: an organisation's admin downloads its cell
// counts across teams with at least five contributors (counts only: no team, no text); an
// analyst of the association imports such files and sees the counts across organisations.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/national_file.hpp"
#include "api/foundation/views.hpp"
#include "api/guideline/views.hpp"
#include "store/guideline/store.hpp"

namespace vk::api::guideline {

namespace json = boost::json;

namespace {

constexpr const char* kKind = "vakkompas-guideline";

store::GuidelineStore st(Ctx& c) { return store::GuidelineStore(c.store.db()); }

json::object fileJson(const store::GuidelineExport& f) {
  return {{"kind", kKind}, {"version", 1},          {"source", f.source},
          {"period", f.period}, {"teams", f.teams}, {"cells", cellsJson(f.cells)}};
}

std::string key(const json::object& o, const char* name) {
  auto* v = o.if_contains(name);
  return v && v->is_string() && v->as_string().size() <= 100 ? std::string(v->as_string()) : std::string();
}

// The file, checked field by field; every problem is named at once.
store::GuidelineExport parseFile(const std::string& body) {
  json::object root = national::parseObject(body, "Dit is geen vuistregelbestand van Vakkompas.");
  auto* o = &root;
  std::vector<domain::FieldError> errors;
  national::unknownFields(*o, {"kind", "version", "source", "period", "teams", "cells"}, "", errors);
  store::GuidelineExport out;
  auto head = national::readHead(*o, kKind, errors);
  out.source = head.source;
  out.period = head.period;
  auto teams = national::count(o->if_contains("teams"));
  if (!teams || *teams < 1) errors.push_back({"teams", "Een bestand komt van minstens 1 team met 5 deelnemers."});
  else out.teams = *teams;
  auto* cells = o->if_contains("cells");
  if (!cells || !cells->is_array() || cells->as_array().size() > 100) {
    errors.push_back({"cells", "Verwacht: een lijst van hooguit 100 vakjes."});
  } else {
    size_t i = 0;
    for (auto& x : cells->as_array()) {
      std::string at = "cells[" + std::to_string(i++) + "]";
      auto* e = x.if_object();
      if (!e) {
        errors.push_back({at, "Een vakje heeft ruleKey, partKey en count."});
        continue;
      }
      national::unknownFields(*e, {"ruleKey", "partKey", "count"}, at + ".", errors);
      domain::CellCount cell{key(*e, "ruleKey"), key(*e, "partKey"), 0};
      if (cell.ruleKey.empty()) errors.push_back({at + ".ruleKey", "Verwacht: de sleutel van een vuistregel."});
      if (cell.partKey.empty()) errors.push_back({at + ".partKey", "Verwacht: de sleutel van een onderdeel."});
      auto n = national::count(e->if_contains("count"));
      if (!n) errors.push_back({at + ".count", "Verwacht: een aantal voorbeelden (0 of meer)."});
      else cell.count = *n;
      out.cells.push_back(std::move(cell));
    }
  }
  if (!errors.empty()) domain::invalid("Dit vuistregelbestand klopt niet.", errors);
  return out;
}

}  // namespace

void addNationalGuidelineRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/organisation/guideline/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto f = st(c).exportCells(c.actor(), c.now);
    auto res = ok(fileJson(f));
    res.set("Content-Disposition", "attachment; filename=\"vuistregels-" + f.period + ".json\"");
    return res;
  });
  r.add("POST", "/api/v1/national-guidelines", http::Access::Member, [](Ctx& c) {
    // Who may import comes first: a caller who is no analyst learns nothing about the file.
    if (!st(c).isAnalyst(c.actor().userId))
      domain::forbidden("Alleen analisten van de associatie importeren vuistregels.");
    auto f = parseFile(c.req.body);
    int64_t n = st(c).importCells(c.actor(), f, c.now);
    return ok(json::object{{"imported", n}, {"source", f.source}, {"period", f.period}}, 201);
  });
  r.add("GET", "/api/v1/national-guideline", http::Access::Member, [](Ctx& c) {
    auto n = st(c).nationalCells(c.actor());
    json::object o{{"visible", n.visible}, {"organisations", n.organisations},
                   {"minOrganisations", domain::kMinGuidelineOrganisations}};
    if (n.visible) {
      json::array sources;
      for (auto& s : n.sources) sources.push_back(json::value(s));
      o["sources"] = std::move(sources);
      o["cells"] = cellsJson(n.cells);
    }
    return ok(o);
  });
}

}  // namespace vk::api::guideline
