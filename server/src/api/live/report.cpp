#include "api/live/report.hpp"

#include <boost/json.hpp>
#include <map>

#include "api/live/guideline.hpp"
#include "domain/time_format.hpp"
#include "export/live_report_pdf.hpp"
#include "store/live/store.hpp"

namespace vk::api {

namespace json = boost::json;

boost::json::object liveReport(store::LiveStore& ls, const domain::Actor& a, int64_t sessionId) {
  auto seen = ls.report(a, sessionId);
  const auto& s = seen.session;
  auto guide = orgGuideline(ls, s.orgId);  // the organisation's wording
  struct Thought {
    int64_t seq;
    std::string text, rule, part, group;
  };
  std::vector<Thought> thoughts;
  std::map<int64_t, size_t> bySeq;
  json::array sentences, verses;
  for (auto& e : seen.events) {
    auto p = json::parse(e.payload).as_object();
    if (e.kind == "thought") {
      bySeq[e.seq] = thoughts.size();
      thoughts.push_back({e.seq, std::string(p["text"].as_string()), "", "", ""});
    } else if (e.kind == "place" || e.kind == "group") {
      auto it = bySeq.find(p["thought"].as_int64());
      if (it == bySeq.end()) continue;
      auto& t = thoughts[it->second];
      if (e.kind == "place") {
        t.rule = std::string(p["rule"].as_string());
        t.part = std::string(p["part"].as_string());
      } else {
        t.group = std::string(p["group"].as_string());
      }
    } else if (e.kind == "sentence") {
      sentences.push_back(p["text"]);
    } else if (e.kind == "verse") {
      verses.push_back(p["text"]);
    }
  }
  json::array cells, unplaced, all;
  for (auto& rule : guide["rules"].as_array()) {
    for (auto& part : guide["parts"].as_array()) {
      json::array texts;
      for (auto& t : thoughts)
        if (t.rule == rule.at("key").as_string() && t.part == part.at("key").as_string()) texts.push_back(json::value(t.text));
      cells.push_back(json::object{{"rule", rule.at("key")}, {"part", part.at("key")}, {"thoughts", std::move(texts)}});
    }
  }
  for (auto& t : thoughts) {
    all.push_back(json::object{{"seq", t.seq}, {"text", t.text}, {"rule", t.rule}, {"part", t.part}, {"group", t.group}});
    if (t.rule.empty()) unplaced.push_back(json::value(t.text));
  }
  return json::object{{"session", json::object{{"id", s.id}, {"title", s.title}, {"teamName", s.teamName},
                                               {"createdAt", domain::isoUtc(s.createdAt)},
                                               {"endedAt", s.endedAt ? json::value(domain::isoUtc(*s.endedAt))
                                                                     : json::value(nullptr)}}},
                      {"final", s.endedAt.has_value()},
                      {"rules", guide["rules"]},
                      {"parts", guide["parts"]},
                      {"cells", std::move(cells)},
                      {"thoughts", std::move(all)},
                      {"unplaced", std::move(unplaced)},
                      {"sentences", std::move(sentences)},
                      {"verses", std::move(verses)}};
}

std::string liveReportPdf(const boost::json::object& report) {
  exporter::LiveReportData d;
  auto& s = report.at("session").as_object();
  d.title = std::string(s.at("title").as_string());
  d.team = std::string(s.at("teamName").as_string());
  d.date = std::string(s.at("createdAt").as_string()).substr(0, 10);
  if (s.at("endedAt").is_string()) {
    std::string iso(s.at("endedAt").as_string());  // 2027-01-15T10:30:00Z
    d.ended = iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
  }
  std::map<std::string, std::string> names;
  for (auto& r : report.at("rules").as_array())
    names[std::string(r.at("key").as_string())] = std::string(r.at("name").as_string());
  for (auto& p : report.at("parts").as_array())
    names[std::string(p.at("key").as_string())] = std::string(p.at("name").as_string());
  for (auto& c : report.at("cells").as_array()) {
    auto& co = c.as_object();
    if (co.at("thoughts").as_array().empty()) continue;
    exporter::LiveReportData::Cell cell{names[std::string(co.at("rule").as_string())],
                                        names[std::string(co.at("part").as_string())], {}};
    for (auto& t : co.at("thoughts").as_array()) cell.thoughts.emplace_back(t.as_string());
    d.cells.push_back(std::move(cell));
  }
  for (auto& t : report.at("unplaced").as_array()) d.unplaced.emplace_back(t.as_string());
  for (auto& t : report.at("sentences").as_array()) d.sentences.emplace_back(t.as_string());
  for (auto& t : report.at("verses").as_array()) d.verses.emplace_back(t.as_string());
  return exporter::liveReportPdf(d);
}

}  // namespace vk::api
