#include "api/live/report.hpp"

#include <boost/json.hpp>
#include <map>

#include "api/live/guideline.hpp"
#include "api/live/views.hpp"
#include "domain/dilemmas/dilemma.hpp"
#include "domain/time_format.hpp"
#include "export/live_report_pdf.hpp"
#include "store/live/store.hpp"

namespace vk::api {

namespace json = boost::json;

boost::json::object liveReport(store::LiveStore& ls, const domain::Actor& a, int64_t sessionId, int64_t now) {
  auto seen = ls.report(a, sessionId);
  const auto& s = seen.session;
  auto guide = orgGuideline(ls, s.orgId);  // the organisation's wording
  struct Thought {
    int64_t seq;
    std::string text, rule, part, group;
    std::string step, perspective;  // the block kind it was written in; step 4's perspective
  };
  std::vector<Thought> thoughts;
  std::map<int64_t, size_t> bySeq;
  json::array sentences, verses;
  // The programme as it stood when each thought came in (a programme event replaces it).
  json::array blocks = json::parse(s.programme).as_array();
  bool conversation = false;
  auto isStep = [](std::string_view k) {
    return k == "choose" || k == "case" || k == "dilemma" || k == "perspectives" || k == "whatworks" ||
           k == "agreements" || k == "report";
  };
  for (auto& b : blocks)
    if (isStep(b.at("kind").as_string())) conversation = true;
  for (auto& e : seen.events) {
    auto p = json::parse(e.payload).as_object();
    if (e.kind == "programme" && p.contains("blocks") && p["blocks"].is_array()) {
      blocks = p["blocks"].as_array();
      for (auto& b : blocks)
        if (isStep(b.at("kind").as_string())) conversation = true;
    } else if (e.kind == "thought") {
      bySeq[e.seq] = thoughts.size();
      std::string step, perspective;
      if (auto* b = p.if_contains("block"); b && b->is_int64() && b->as_int64() >= 0 &&
                                            static_cast<size_t>(b->as_int64()) < blocks.size())
        step = std::string(blocks[static_cast<size_t>(b->as_int64())].at("kind").as_string());
      if (auto* w = p.if_contains("perspective"); w && w->is_string()) perspective = std::string(w->as_string());
      thoughts.push_back({e.seq, std::string(p["text"].as_string()), "", "", "", isStep(step) ? step : "", perspective});
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
  // The facilitator's groups, in the order their first thought came in, each with its thoughts.
  json::array groups;
  {
    std::vector<std::string> order;
    std::map<std::string, json::array> byName;
    for (auto& t : thoughts) {
      if (t.group.empty()) continue;
      if (!byName.count(t.group)) order.push_back(t.group);
      byName[t.group].push_back(json::value(t.text));
    }
    for (auto& name : order) groups.push_back(json::object{{"name", name}, {"thoughts", std::move(byName[name])}});
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
    all.push_back(json::object{{"seq", t.seq}, {"text", t.text}, {"rule", t.rule}, {"part", t.part}, {"group", t.group},
                               {"step", t.step}, {"perspective", t.perspective}});
    if (t.rule.empty() && t.step.empty() && t.perspective.empty()) unplaced.push_back(json::value(t.text));
  }
  // The what-works conversation: the record and agreements (the store checks the team view
  // again), with the thoughts this actor may see sorted by step.
  json::value talk = nullptr;
  auto record = ls.conversation(a, sessionId);
  if (conversation || record) {
    auto view = conversationView(s.id, s.teamId, record, ls.sessionAgreements(a, sessionId), now);
    json::array questions, whatWorks, perspectives;
    for (auto& who : domain::dilemmaPerspectives()) {
      json::array texts;
      for (auto& t : thoughts)
        if (t.perspective == who) texts.push_back(json::value(t.text));
      if (!texts.empty()) perspectives.push_back(json::object{{"who", who}, {"thoughts", std::move(texts)}});
    }
    json::array otherPerspective;
    for (auto& t : thoughts) {
      if (t.step == "case") questions.push_back(json::value(t.text));
      else if (t.step == "whatworks") whatWorks.push_back(json::value(t.text));
      else if (t.step == "perspectives" && t.perspective.empty()) otherPerspective.push_back(json::value(t.text));
    }
    if (!otherPerspective.empty())
      perspectives.push_back(json::object{{"who", ""}, {"thoughts", std::move(otherPerspective)}});
    view["questions"] = std::move(questions);
    view["perspectives"] = std::move(perspectives);
    view["whatWorks"] = std::move(whatWorks);
    talk = std::move(view);
  }
  return json::object{{"session", json::object{{"id", s.id}, {"title", s.title}, {"teamName", s.teamName},
                                               {"createdAt", domain::isoUtc(s.createdAt)},
                                               {"endedAt", s.endedAt ? json::value(domain::isoUtc(*s.endedAt))
                                                                     : json::value(nullptr)}}},
                      {"final", s.endedAt.has_value()},
                      {"rules", guide["rules"]},
                      {"parts", guide["parts"]},
                      {"cells", std::move(cells)},
                      {"groups", std::move(groups)},
                      {"thoughts", std::move(all)},
                      {"unplaced", std::move(unplaced)},
                      {"sentences", std::move(sentences)},
                      {"verses", std::move(verses)},
                      {"conversation", std::move(talk)}};
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
  for (auto& g : report.at("groups").as_array()) {
    exporter::LiveReportData::Group group{std::string(g.at("name").as_string()), {}};
    for (auto& t : g.at("thoughts").as_array()) group.thoughts.emplace_back(t.as_string());
    d.groups.push_back(std::move(group));
  }
  for (auto& t : report.at("unplaced").as_array()) d.unplaced.emplace_back(t.as_string());
  for (auto& t : report.at("sentences").as_array()) d.sentences.emplace_back(t.as_string());
  for (auto& t : report.at("verses").as_array()) d.verses.emplace_back(t.as_string());
  if (auto& c = report.at("conversation"); c.is_object()) {
    auto& co = c.as_object();
    auto str = [&](const char* k) { return std::string(co.at(k).as_string()); };
    auto texts = [](const json::value& v) {
      std::vector<std::string> out;
      for (auto& t : v.as_array()) out.emplace_back(t.as_string());
      return out;
    };
    exporter::LiveReportData::Conversation x;
    if (str("startKind") == "case") x.start = "Vertrokken van een casus: " + str("caseText");
    else if (str("startKind") == "dilemma") x.start = "Vertrokken van dilemma " + str("startKey") + " uit de bibliotheek.";
    x.tension = str("tension");
    x.choiceA = str("choiceA");
    x.costA = str("costA");
    x.choiceB = str("choiceB");
    x.costB = str("costB");
    x.libraryKey = str("libraryKey");
    x.questions = texts(co.at("questions"));
    x.whatWorks = texts(co.at("whatWorks"));
    static const std::map<std::string, std::string> names{
        {"bewoner", "Bewoner"}, {"professional", "Professional"}, {"partner", "Partner"}, {"gemeente", "Gemeente"}, {"", "Anders"}};
    for (auto& p : co.at("perspectives").as_array()) {
      auto who = std::string(p.at("who").as_string());
      x.perspectives.push_back({names.count(who) ? names.at(who) : who, texts(p.at("thoughts"))});
    }
    for (auto& a : co.at("agreements").as_array())
      x.agreements.push_back({std::string(a.at("what").as_string()), std::string(a.at("who").as_string()),
                              std::string(a.at("lookBackOn").as_string()), a.at("done").as_bool()});
    d.conversation = std::move(x);
  }
  return exporter::liveReportPdf(d);
}

}  // namespace vk::api
