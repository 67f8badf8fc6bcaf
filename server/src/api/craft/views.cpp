#include "api/craft/views.hpp"

#include <boost/json.hpp>
#include <cmath>

namespace vk::api::craft {

namespace json = boost::json;

namespace {

json::object statementCounts(const store::StatementCounts& s) {
  return {{"key", s.key},
          {"text", s.text},
          {"herken", s.tally.herken},
          {"anders", s.tally.anders},
          {"current", s.tally.current},
          {"answered", s.tally.answered}};
}

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (auto& s : v) a.push_back(json::value(s));
  return a;
}

}  // namespace

json::object view(const domain::PictureTheme& t) {
  json::array st;
  for (auto& s : t.statements) st.push_back(json::object{{"key", s.key}, {"text", s.text}, {"edited", s.edited}});
  return {{"key", t.key}, {"title", t.title}, {"intro", t.intro}, {"statements", std::move(st)}};
}

json::object view(const domain::CraftPicture& p) {
  json::array themes;
  for (auto& t : p.themes) themes.push_back(view(t));
  return {{"intro", p.intro}, {"themes", std::move(themes)}};
}

json::object view(const store::MyPicture& m) {
  json::array answers, lines;
  for (auto& a : m.answers)
    answers.push_back(json::object{{"statementKey", a.statementKey},
                                   {"recognition", a.recognition.empty() ? json::value() : json::value(a.recognition)},
                                   {"current", a.current}});
  for (auto& l : m.lines) lines.push_back(json::object{{"themeKey", l.themeKey}, {"text", l.text}, {"shared", l.shared}});
  return {{"answers", std::move(answers)}, {"lines", std::move(lines)}};
}

json::array themeCountsJson(const std::vector<store::ThemeCounts>& themes, bool withLines) {
  json::array out;
  for (auto& t : themes) {
    json::array st;
    for (auto& s : t.statements) st.push_back(statementCounts(s));
    json::object o{{"key", t.key},         {"title", t.title},     {"recognised", t.recognised},
                   {"differs", t.differs}, {"current", t.current}, {"statements", std::move(st)}};
    if (withLines) o["lines"] = strings(t.lines);
    out.push_back(std::move(o));
  }
  return out;
}

json::object view(const store::TeamPicture& p, const std::map<std::string, json::array>& words) {
  json::object o{{"responders", p.responders}, {"minResponders", domain::kMinPictureResponders}, {"visible", p.visible}};
  if (!p.visible) return o;
  auto themes = themeCountsJson(p.themes, true);
  for (auto& t : themes) {
    auto it = words.find(std::string(t.as_object().at("key").as_string()));
    t.as_object()["words"] = it == words.end() ? json::array() : it->second;
  }
  o["themes"] = std::move(themes);
  return o;
}

json::object view(const store::TeamDifferences& d) {
  json::object o{{"responders", d.responders}, {"minResponders", domain::kMinPictureResponders}, {"visible", d.visible}};
  if (!d.visible) return o;
  json::array items;
  for (auto& x : d.items)
    items.push_back(json::object{{"statementKey", x.statement.key},
                                 {"themeKey", x.themeKey},
                                 {"themeTitle", x.themeTitle},
                                 {"text", x.statement.text},
                                 {"herken", x.statement.tally.herken},
                                 {"anders", x.statement.tally.anders},
                                 {"current", x.statement.tally.current},
                                 {"answered", x.statement.tally.answered},
                                 {"spread", std::round(x.spread * 1000.0) / 1000.0}});
  o["items"] = std::move(items);
  return o;
}

json::object view(const store::OrgPicture& p) {
  json::object o{{"teams", p.teams}, {"minTeamResponders", domain::kMinCraftTeamResponders}, {"visible", p.visible}};
  if (p.visible) o["themes"] = themeCountsJson(p.themes, false);
  return o;
}

json::object view(const domain::CraftCore& c) {
  json::array parts;
  for (auto& p : c.parts)
    parts.push_back(json::object{{"key", p.key}, {"title", p.title}, {"text", p.text}, {"questions", strings(p.questions)}});
  return {{"intro", c.intro}, {"parts", std::move(parts)}};
}

json::object coreResponsesJson(const std::vector<domain::CoreResponse>& r) {
  json::array a;
  for (auto& x : r)
    a.push_back(json::object{{"partKey", x.partKey}, {"fit", x.fit}, {"text", x.text}, {"share", x.share}});
  return {{"responses", std::move(a)}};
}

json::array partCountsJson(const std::vector<store::CorePartCounts>& parts) {
  json::array a;
  for (auto& p : parts)
    a.push_back(json::object{{"key", p.key},
                             {"title", p.title},
                             {"past", p.tally.past},
                             {"mist", p.tally.mist},
                             {"anders", p.tally.anders},
                             {"texts", strings(p.texts)}});
  return a;
}

json::object view(const store::TeamCore& c) {
  json::object o{{"responders", c.responders}, {"minResponders", domain::kMinCoreResponders}, {"visible", c.visible}};
  if (c.visible) o["parts"] = partCountsJson(c.parts);
  return o;
}

json::object view(const store::OrgCore& c) {
  json::object o{{"teams", c.teams}, {"minTeamResponders", domain::kMinCraftTeamResponders}, {"visible", c.visible}};
  if (c.visible) o["parts"] = partCountsJson(c.parts);
  return o;
}

json::object view(const store::NationalCraft& n) {
  json::object o{{"visible", n.visible}, {"organisations", n.organisations},
                 {"minOrganisations", domain::kMinCraftOrganisations}};
  if (!n.visible) return o;
  o["sources"] = strings(n.sources);
  o["themes"] = themeCountsJson(n.themes, false);
  o["parts"] = partCountsJson(n.parts);
  return o;
}

}  // namespace vk::api::craft
