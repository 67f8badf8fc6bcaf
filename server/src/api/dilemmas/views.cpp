#include "api/dilemmas/views.hpp"

#include <boost/json.hpp>
#include <cmath>

#include "domain/time_format.hpp"

namespace vk::api::dilemmas {

namespace json = boost::json;
using domain::isoUtc;

namespace {

json::value optTime(const std::optional<int64_t>& t) { return t ? json::value(isoUtc(*t)) : json::value(); }
json::value optInt(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(); }
double rounded(double x) { return std::round(x * 1000.0) / 1000.0; }

}  // namespace

json::object view(const store::LibraryDilemma& d, bool withRetired) {
  json::object o = domain::dilemmaJson(d.dilemma).as_object();
  o["source"] = d.source;
  if (d.teamId) o["teamId"] = *d.teamId;
  o["edited"] = d.edited;
  if (withRetired) o["retired"] = d.retired;
  return o;
}

json::array libraryJson(const std::vector<store::LibraryDilemma>& library, bool withRetired) {
  json::array a;
  for (auto& d : library) a.push_back(view(d, withRetired));
  return a;
}

json::object view(const store::Proposal& p) {
  json::object o{{"id", p.id},
                 {"teamId", p.teamId},
                 {"status", p.status},
                 {"dilemma", domain::dilemmaJson(p.dilemma)},
                 {"note", p.note},
                 {"createdAt", isoUtc(p.createdAt)},
                 {"decidedAt", optTime(p.decidedAt)},
                 {"reason", p.reason},
                 {"key", p.key ? json::value(*p.key) : json::value()}};
  if (p.proposedBy) o["proposedBy"] = json::object{{"id", p.proposedBy->id}, {"name", p.proposedBy->name}};
  return o;
}

json::object view(const store::Round& r) {
  return {{"id", r.id},
          {"teamId", r.teamId},
          {"status", r.open ? "open" : "closed"},
          {"openedAt", isoUtc(r.openedAt)},
          {"closesAt", optTime(r.closesAt)},
          {"closedAt", optTime(r.closedAt)},
          {"minVoters", r.minVoters},
          {"voterCount", r.voterCount},
          {"liveSessionId", optInt(r.liveSessionId)}};
}

json::object view(const store::RoundDetail& r) {
  json::object o = view(r.round);
  json::array dilemmas;
  for (auto& d : r.dilemmas)
    dilemmas.push_back(json::object{{"key", d.dilemma.key},
                                    {"title", d.dilemma.title},
                                    {"tension", d.dilemma.tension},
                                    {"topic", d.dilemma.topic}});
  o["dilemmas"] = std::move(dilemmas);
  json::array mine;
  for (auto& v : r.myVotes)
    mine.push_back(json::object{{"dilemmaKey", v.dilemmaKey}, {"recognisable", v.recognisable}, {"current", v.current}});
  o["myVotes"] = std::move(mine);
  return o;
}

json::array rankingJson(const std::vector<domain::RankingEntry>& ranking) {
  json::array a;
  for (auto& e : ranking) {
    json::array dist;
    for (auto n : e.recognisable) dist.push_back(n);
    a.push_back(json::object{{"dilemmaKey", e.dilemmaKey},
                             {"title", e.title},
                             {"rank", e.rank},
                             {"previousRank", optInt(e.previousRank)},
                             {"change", optInt(e.change)},
                             {"votes", e.votes},
                             {"recognisable", std::move(dist)},
                             {"recognisableMean", rounded(e.recognisableMean)},
                             {"current", json::object{{"ja", e.ja}, {"soms", e.soms}, {"nee", e.nee}}},
                             {"score", rounded(e.score)}});
  }
  return a;
}

json::object view(const store::RoundResults& r) {
  return {{"round", view(r.round)},
          {"visible", r.visible},
          {"voterCount", r.round.voterCount},
          {"minVoters", r.round.minVoters},
          {"ranking", rankingJson(r.ranking)}};
}

json::object view(const domain::AcrossTeams& r) {
  json::object o{{"visible", r.visible}, {"teams", r.teams}};
  if (r.visible) o["ranking"] = rankingJson(r.ranking);
  return o;
}

}  // namespace vk::api::dilemmas
