#include "domain/knowledge/catalogue.hpp"

#include <boost/json.hpp>

#include <set>

#include "domain/errors.hpp"

namespace vk::domain {
namespace {

namespace json = boost::json;

[[noreturn]] void bad(const std::string& where, const std::string& what) {
  invalid("De kenniscatalogus is ongeldig: " + where + ": " + what + ".");
}

const json::object& asObject(const json::value& v, const std::string& where) {
  if (!v.is_object()) bad(where, "verwacht een object");
  return v.get_object();
}

std::string str(const json::object& o, std::string_view key, const std::string& where, bool required = true) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) {
    if (required) bad(where, "veld '" + std::string(key) + "' ontbreekt");
    return {};
  }
  if (!v->is_string()) bad(where, "veld '" + std::string(key) + "' moet tekst zijn");
  return std::string(v->get_string());
}

std::vector<std::string> strings(const json::object& o, std::string_view key, const std::string& where) {
  std::vector<std::string> out;
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) return out;
  if (!v->is_array()) bad(where, "veld '" + std::string(key) + "' moet een lijst zijn");
  for (const json::value& e : v->get_array()) {
    if (!e.is_string()) bad(where, "veld '" + std::string(key) + "' mag alleen tekst bevatten");
    out.emplace_back(e.get_string());
  }
  return out;
}

std::optional<int> optInt(const json::object& o, std::string_view key, const std::string& where) {
  const json::value* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  if (!v->is_int64()) bad(where, "veld '" + std::string(key) + "' moet een geheel getal zijn");
  return static_cast<int>(v->get_int64());
}

const json::array& arr(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_array()) bad("catalogus", "lijst '" + std::string(key) + "' ontbreekt");
  return v->get_array();
}

void unique(std::set<std::string>& seen, const std::string& id, const std::string& where) {
  if (id.empty()) bad(where, "lege id");
  if (!seen.insert(id).second) bad(where, "id '" + id + "' komt twee keer voor");
}

}  // namespace

const LifeDomain* Catalogue::domain(std::string_view id) const {
  for (auto& d : domains)
    if (d.id == id) return &d;
  return nullptr;
}

const TargetGroup* Catalogue::group(std::string_view id) const {
  for (auto& g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

std::string_view toString(AspectKind k) { return k == AspectKind::General ? "algemeen" : "specifiek"; }

Catalogue parseCatalogue(std::string_view text) {
  boost::system::error_code ec;
  json::value root = json::parse(text, ec);
  if (ec) bad("JSON", ec.message());
  const json::object& top = asObject(root, "catalogus");
  Catalogue c;
  std::set<std::string> ids;
  for (const json::value& v : arr(top, "competences")) {
    const auto& o = asObject(v, "competentie");
    Competence k{str(o, "id", "competentie"), str(o, "name", "competentie"), str(o, "description", "competentie", false)};
    unique(ids, k.id, "competentie");
    c.competences.push_back(std::move(k));
  }
  for (const json::value& v : arr(top, "domains")) {
    const auto& o = asObject(v, "leefgebied");
    LifeDomain d;
    d.id = str(o, "id", "leefgebied");
    const std::string where = "leefgebied " + d.id;
    unique(ids, d.id, where);
    d.name = str(o, "name", where);
    d.description = str(o, "description", where, false);
    d.terms = strings(o, "terms", where);
    for (const json::value& av : arr(o, "aspects")) {
      const auto& ao = asObject(av, where);
      KnowledgeAspect a;
      a.id = str(ao, "id", where);
      const std::string aw = "kennisaspect " + a.id;
      unique(ids, a.id, aw);
      a.name = str(ao, "name", aw);
      std::string kind = str(ao, "kind", aw);
      if (kind == "algemeen") a.kind = AspectKind::General;
      else if (kind == "specifiek") a.kind = AspectKind::Specific;
      else bad(aw, "soort moet 'algemeen' of 'specifiek' zijn");
      a.description = str(ao, "description", aw, false);
      a.terms = strings(ao, "terms", aw);
      d.aspects.push_back(std::move(a));
    }
    c.domains.push_back(std::move(d));
  }
  for (const json::value& v : arr(top, "groups")) {
    const auto& o = asObject(v, "doelgroep");
    TargetGroup g;
    g.id = str(o, "id", "doelgroep");
    const std::string where = "doelgroep " + g.id;
    unique(ids, g.id, where);
    g.name = str(o, "name", where);
    g.description = str(o, "description", where, false);
    g.terms = strings(o, "terms", where);
    g.minAge = optInt(o, "minAge", where);
    g.maxAge = optInt(o, "maxAge", where);
    c.groups.push_back(std::move(g));
  }
  return c;
}

}  // namespace vk::domain
