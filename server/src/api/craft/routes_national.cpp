// The national story point for the craft, one file for the picture and the core: an
// organisation's admin downloads the counts across its teams with at least 5 responders (and
// the core texts members chose to share nationally); an analyst of the association imports
// such files (the texts pass the privacy guard again) and sees the view across organisations.
#include <boost/json.hpp>

#include "api/app.hpp"
#include "api/national_file.hpp"
#include "api/craft/routes.hpp"
#include "api/craft/views.hpp"
#include "api/foundation/views.hpp"
#include "api/privacy/guard.hpp"
#include "store/craft/store.hpp"

namespace vk::api::craft {

namespace json = boost::json;

namespace {

constexpr const char* kKind = "vakkompas-craft";

store::CraftStore st(Ctx& c) { return store::CraftStore(c.store.db()); }

json::object fileJson(const store::CraftExport& f) {
  json::array themes;
  for (auto& t : domain::starterPicture().themes) {
    json::array statements;
    for (auto& s : f.statements)
      if (s.themeKey == t.key)
        statements.push_back(json::object{{"key", s.tally.statementKey},
                                          {"herken", s.tally.herken},
                                          {"anders", s.tally.anders},
                                          {"current", s.tally.current},
                                          {"answered", s.tally.answered}});
    themes.push_back(json::object{{"key", t.key}, {"statements", std::move(statements)}});
  }
  json::array parts;
  for (auto& p : f.parts) {
    json::array texts;
    for (auto& t : p.texts) texts.push_back(json::value(t));
    parts.push_back(json::object{{"key", p.key},
                                 {"past", p.tally.past},
                                 {"mist", p.tally.mist},
                                 {"anders", p.tally.anders},
                                 {"texts", std::move(texts)}});
  }
  return {{"kind", kKind},
          {"version", 1},
          {"source", f.source},
          {"period", f.period},
          {"teams", f.teams},
          {"picture", json::object{{"themes", std::move(themes)}}},
          {"core", json::object{{"parts", std::move(parts)}}}};
}

const json::array* list(const json::object& o, const char* key, const std::string& at, size_t max,
                        std::vector<domain::FieldError>& errors) {
  auto* v = o.if_contains(key);
  if (!v || !v->is_array() || v->as_array().size() > max) {
    errors.push_back({at + key, "Verwacht: een lijst van hooguit " + std::to_string(max) + "."});
    return nullptr;
  }
  return &v->as_array();
}

std::string keyOf(const json::object& o, const std::string& at, std::vector<domain::FieldError>& errors) {
  auto* k = o.if_contains("key");
  if (!k || !k->is_string() || k->as_string().empty() || k->as_string().size() > 100) {
    errors.push_back({at + "key", "Verwacht: een sleutel."});
    return {};
  }
  return std::string(k->as_string());
}

struct ParsedFile {
  store::CraftImport file;
  std::vector<std::vector<FieldText>> texts;  // per part, before the guard
};

ParsedFile parseFile(const std::string& body) {
  json::object root = national::parseObject(body, "Dit is geen bestand van het beeld van het vak.");
  auto* o = &root;
  std::vector<domain::FieldError> errors;
  ParsedFile out;
  auto& f = out.file;
  national::unknownFields(*o, {"kind", "version", "source", "period", "teams", "picture", "core"}, "", errors);
  auto head = national::readHead(*o, kKind, errors);
  f.source = head.source;
  f.period = head.period;
  auto teams = national::count(o->if_contains("teams"));
  if (!teams || *teams < 1) errors.push_back({"teams", "Verwacht: het aantal teams (minstens 1)."});
  else f.teams = *teams;

  auto* picture = o->if_contains("picture");
  if (!picture || !picture->is_object()) {
    errors.push_back({"picture", "Verwacht: het beeld met zijn thema's."});
  } else if (auto* themes = list(picture->as_object(), "themes", "picture.", 20, errors)) {
    size_t i = 0;
    for (auto& tv : *themes) {
      std::string at = "picture.themes[" + std::to_string(i++) + "].";
      if (!tv.is_object()) {
        errors.push_back({at, "Verwacht: een thema."});
        continue;
      }
      national::unknownFields(tv.as_object(), {"key", "statements"}, at, errors);
      std::string themeKey = keyOf(tv.as_object(), at, errors);
      auto* statements = list(tv.as_object(), "statements", at, 50, errors);
      if (!statements) continue;
      size_t k = 0;
      for (auto& sv : *statements) {
        std::string sat = at + "statements[" + std::to_string(k++) + "].";
        if (!sv.is_object()) {
          errors.push_back({sat, "Verwacht: een uitspraak met aantallen."});
          continue;
        }
        auto& so = sv.as_object();
        national::unknownFields(so, {"key", "herken", "anders", "current", "answered"}, sat, errors);
        domain::StatementTally t{keyOf(so, sat, errors)};
        auto h = national::count(so.if_contains("herken")), a = national::count(so.if_contains("anders")), cur = national::count(so.if_contains("current")),
             ans = national::count(so.if_contains("answered"));
        if (!h || !a || !cur || !ans || *h + *a > *ans || *cur > *ans) {
          errors.push_back({sat + "answered", "Verwacht: herken, anders, current en answered als aantallen; "
                                              "herken en anders samen en current niet meer dan answered."});
          continue;
        }
        t.herken = *h, t.anders = *a, t.current = *cur, t.answered = *ans;
        f.statements.push_back({themeKey, t});
      }
    }
  }
  auto* core = o->if_contains("core");
  if (!core || !core->is_object()) {
    errors.push_back({"core", "Verwacht: de kern met zijn delen."});
  } else if (auto* parts = list(core->as_object(), "parts", "core.", 10, errors)) {
    size_t i = 0;
    for (auto& pv : *parts) {
      std::string at = "core.parts[" + std::to_string(i++) + "].";
      if (!pv.is_object()) {
        errors.push_back({at, "Verwacht: een deel."});
        continue;
      }
      auto& po = pv.as_object();
      national::unknownFields(po, {"key", "past", "mist", "anders", "texts"}, at, errors);
      store::CraftImport::Part part;
      part.tally.partKey = keyOf(po, at, errors);
      auto p = national::count(po.if_contains("past")), m = national::count(po.if_contains("mist")), a = national::count(po.if_contains("anders"));
      if (!p || !m || !a) errors.push_back({at + "past", "Verwacht: past, mist en anders als aantallen."});
      else part.tally.past = *p, part.tally.mist = *m, part.tally.anders = *a;
      std::vector<FieldText> texts;
      if (auto* tl = list(po, "texts", at, 500, errors)) {
        size_t k = 0;
        for (auto& t : *tl) {
          std::string tat = at + "texts[" + std::to_string(k++) + "]";
          if (!t.is_string() || t.as_string().size() > 4000) errors.push_back({tat, "Verwacht: een tekst."});
          else texts.push_back({tat, std::string(t.as_string())});
        }
      }
      f.parts.push_back(std::move(part));
      out.texts.push_back(std::move(texts));
    }
  }
  if (!errors.empty()) domain::invalid("Dit bestand van het beeld van het vak klopt niet.", errors);
  return out;
}

}  // namespace

void addNationalCraftRoutes(RouteTable& r) {
  r.add("GET", "/api/v1/organisation/craft/export", http::Access::OrgAdmin, [](Ctx& c) {
    auto f = st(c).exportCraft(c.actor(), c.now);
    auto res = ok(fileJson(f));
    res.set("Content-Disposition", "attachment; filename=\"beeld-van-het-vak-" + f.period + ".json\"");
    return res;
  });
  r.add("POST", "/api/v1/national-craft", http::Access::Member, [](Ctx& c) {
    // Who may import comes first: a caller who is no analyst learns nothing about the file.
    if (!st(c).isAnalyst(c.actor().userId))
      domain::forbidden("Alleen analisten van de associatie importeren het beeld van het vak.");
    auto parsed = parseFile(c.req.body);
    // The texts pass the privacy guard again: one with any finding stays out of the view.
    int64_t dropped = 0;
    for (size_t i = 0; i < parsed.texts.size(); ++i) {
      std::vector<FieldText> clean;
      for (auto& t : parsed.texts[i]) {
        if (privacyFindings({t}).empty()) clean.push_back(t);
        else ++dropped;
      }
      parsed.file.parts[i].texts = guard(c, clean, false);
    }
    int64_t n = st(c).importCraft(c.actor(), parsed.file, c.now);
    return ok(json::object{{"imported", n}, {"textsLeftOut", dropped}, {"source", parsed.file.source},
                           {"period", parsed.file.period}},
              201);
  });
  r.add("GET", "/api/v1/national-craft", http::Access::Member,
        [](Ctx& c) { return ok(view(st(c).nationalCraft(c.actor()))); });
}

}  // namespace vk::api::craft
