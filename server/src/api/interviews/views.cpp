#include "api/interviews/views.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace vk::api::interviews {

namespace json = boost::json;
using namespace vk::domain;

namespace {
json::value orNull(const std::optional<int64_t>& x) { return x ? json::value(*x) : json::value(nullptr); }
json::array strings(const std::vector<std::string>& xs) {
  json::array a;
  for (auto& x : xs) a.emplace_back(x);
  return a;
}
json::object summaryOf(const store::InterviewSummary& r) {
  return {{"id", r.id},
          {"purpose", r.purpose},
          {"teamId", orNull(r.teamId)},
          {"teamName", r.teamName},
          {"interviewerId", orNull(r.interviewerId)},
          {"interviewerName", r.interviewerName},
          {"intervieweeId", r.intervieweeId},
          {"intervieweeName", r.intervieweeName},
          {"myRole", r.myRole},
          {"deckId", orNull(r.deckId)},
          {"parentId", orNull(r.parentId)},
          {"createdAt", isoUtc(r.createdAt)},
          {"completedAt", r.completedAt ? json::value(isoUtc(*r.completedAt)) : json::value(nullptr)}};
}
json::object cloudOf(const store::ThemeCloud& t, bool people) {
  json::object o{{"theme", t.theme}, {"title", t.title}, {"fragmentCount", t.fragmentCount}};
  if (people) o["peopleCount"] = t.peopleCount;
  o["words"] = arrayOf(t.words);
  return o;
}
}  // namespace

json::object view(const store::DeckSummary& d) {
  return {{"id", d.id}, {"name", d.name}, {"starter", d.starter}, {"cardCount", d.cardCount}};
}

json::object view(const store::DeckDetail& d) {
  return {{"id", d.id}, {"name", d.name}, {"starter", d.starter}, {"cards", arrayOf(d.cards)}};
}

json::object view(const Card& c) {
  return {{"id", c.id},       {"group", c.group}, {"groupTitle", c.groupTitle},       {"title", c.title},
          {"quote", c.quote}, {"questions", strings(c.questions)}, {"prompts", strings(c.prompts)}};
}

json::object view(const store::InterviewSummary& s) { return summaryOf(s); }

json::object view(const store::InterviewList& l) {
  return {{"items", arrayOf(l.items)}, {"chainInvitations", arrayOf(l.chainInvitations)}};
}

json::object view(const store::InterviewNote& n) {
  return {{"cardId", n.cardId}, {"text", n.text}, {"updatedAt", isoUtc(n.updatedAt)}};
}

json::object view(const store::Fragment& f) {
  json::object o{{"id", f.id},
                 {"teamId", f.teamId},
                 {"text", f.text},
                 {"anonymous", f.anonymous},
                 {"themes", strings(f.themes)},
                 {"themesConfirmed", f.themesConfirmed},
                 {"sharedAt", isoUtc(f.sharedAt)},
                 {"period", quarterOf(f.sharedAt)},
                 {"source", f.source},
                 {"leadMayChangeThemes", f.leadMayChangeThemes}};
  json::array subs;
  for (auto id : f.subthemes) subs.emplace_back(id);
  o["subthemes"] = std::move(subs);
  if (f.authorName) o["authorName"] = *f.authorName;
  o["canChangeThemes"] = f.canChangeThemes;
  return o;
}

json::object view(const store::InterviewDetail& d) {
  auto o = summaryOf(d.summary);
  o["cards"] = arrayOf(d.cards);
  o["notes"] = arrayOf(d.notes);
  o["sharedFragments"] = arrayOf(d.sharedFragments);
  return o;
}

json::object view(const store::CloudWord& w) { return {{"word", w.word}, {"count", w.count}, {"score", w.score}}; }

json::object view(const store::ThemeCloud& t) { return cloudOf(t, true); }

json::object view(const store::ThreadsPeriod& p) {
  json::object counts;
  for (auto& [t, n] : p.counts) counts[t] = n;
  return {{"period", p.period}, {"counts", std::move(counts)}};
}

json::object view(const store::TeamThreads& t) {
  return {{"themes", arrayOf(t.themes)}, {"fragments", arrayOf(t.fragments)}, {"timeline", arrayOf(t.timeline)}};
}

json::object view(const store::ChainPerson& p) { return {{"id", p.id}, {"name", p.name}}; }

json::object view(const store::ChainLink& l) {
  return {{"id", l.id},
          {"from", orNull(l.from)},
          {"to", l.to},
          {"purpose", l.purpose},
          {"date", isoUtc(l.createdAt).substr(0, 10)},
          {"completed", l.completed},
          {"parentId", orNull(l.parentId)}};
}

json::object view(const store::TeamChain& c) { return {{"people", arrayOf(c.people)}, {"links", arrayOf(c.links)}}; }

json::object view(const store::OrgThreads& o) {
  return {{"minGroupSize", o.minGroupSize}, {"teamCount", o.teamCount}, {"themes", arrayOf(o.themes)}};
}

json::object view(const store::ThreadsExport& e) {
  json::array threads;
  for (auto& t : e.threads)
    threads.push_back(
        json::object{{"theme", t.theme}, {"fragment", t.fragment}, {"period", t.period}, {"teamSizeBand", t.teamSizeBand}});
  return {{"format", "vakkompas-rode-draden/1"},
          {"source", e.source},
          {"exportedAt", isoUtc(e.exportedAt).substr(0, 10)},
          {"threads", std::move(threads)}};
}

json::object view(const store::NationalThreads& n) {
  json::array themes;
  for (auto& t : n.themes) {
    auto o = cloudOf(t.cloud, false);
    o["organisationCount"] = t.organisationCount;
    json::array examples;
    for (auto& x : t.examples) examples.push_back(json::object{{"fragment", x.fragment}, {"period", x.period}});
    o["examples"] = std::move(examples);
    themes.push_back(std::move(o));
  }
  return {{"sources", strings(n.sources)}, {"themes", std::move(themes)}};
}

json::object view(const store::Zodatje& z) {
  return {{"id", z.id},
          {"text", z.text},
          {"themes", strings(z.themes)},
          {"createdAt", isoUtc(z.createdAt)},
          {"sharedWithTeamId", orNull(z.sharedWithTeamId)},
          {"anonymous", z.anonymous}};
}

json::object view(const store::CraftStatement& s) {
  return {{"userId", s.userId}, {"name", s.name}, {"text", s.text}, {"updatedAt", isoUtc(s.updatedAt)}, {"outside", s.outside}};
}

json::object savedView(const store::CraftStatement& s) {
  return {{"teamId", s.teamId}, {"userId", s.userId}, {"text", s.text}, {"updatedAt", isoUtc(s.updatedAt)},
          {"outside", s.outside}};
}

json::object view(const store::CodebookSubtheme& x) {
  auto& s = x.subtheme;
  return {{"id", s.id},
          {"title", s.title},
          {"description", s.description},
          {"keywords", strings(s.keywords)},
          {"retired", s.retired},
          {"confirmedCount", x.confirmedCount}};
}

json::object view(const store::CodebookTheme& t) {
  return {{"key", t.key},
          {"title", t.title},
          {"description", t.description},
          {"keywords", strings(t.keywords)},
          {"subthemes", arrayOf(t.subthemes)}};
}

json::object view(const store::CodeSuggestion& s) {
  json::array subs;
  for (auto id : s.subthemes) subs.emplace_back(id);
  return {{"themes", strings(s.themes)}, {"subthemes", std::move(subs)}};
}

}  // namespace vk::api::interviews
