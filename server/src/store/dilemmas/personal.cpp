// The dilemmas part's AVG export and erasure.
#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "store/dilemmas/internal.hpp"
#include "store/dilemmas/store.hpp"

namespace vk::store {

namespace json = boost::json;

json::value dilemmasExport(Conn& c, int64_t userId, ExportFor who) {
  json::object out;
  // Proposals go to the team's reviewers with the proposer's name: the organisation keeps them.
  json::array proposals;
  auto p = c.query(
      "SELECT t.name, p.content, p.note, p.status, p.reason, p.created_at, p.decided_at FROM dilemma_proposals p "
      "JOIN teams t ON t.id = p.team_id WHERE p.proposed_by = $1 ORDER BY p.id",
      {userId});
  for (size_t i = 0; i < p.size(); ++i) {
    auto d = dilemmas::parseContent(p[i].str(1));
    proposals.push_back(json::object{{"team", p[i].str(0)},
                                     {"title", d.title},
                                     {"tension", d.tension},
                                     {"note", p[i].str(2)},
                                     {"status", p[i].str(3)},
                                     {"reason", p[i].str(4)},
                                     {"createdAt", domain::isoUtc(p[i].i64(5))},
                                     {"decidedAt", p[i].isNull(6) ? json::value() : json::value(domain::isoUtc(p[i].i64(6)))}});
  }
  out["proposals"] = std::move(proposals);
  if (who == ExportFor::Organisation) return out;  // how someone voted reaches nobody but them
  json::array rounds;
  auto b = c.query(
      "SELECT b.id, t.name, r.opened_at FROM dilemma_ballots b JOIN dilemma_rounds r ON r.id = b.round_id "
      "JOIN teams t ON t.id = r.team_id WHERE b.user_id = $1 ORDER BY b.id",
      {userId});
  for (size_t i = 0; i < b.size(); ++i) {
    json::array votes;
    auto v = c.query("SELECT dilemma_key, recognisable, current_answer FROM dilemma_votes WHERE ballot_id = $1 "
                     "ORDER BY dilemma_key",
                     {b[i].i64(0)});
    for (size_t k = 0; k < v.size(); ++k)
      votes.push_back(json::object{{"dilemmaKey", v[k].str(0)}, {"recognisable", v[k].i64(1)}, {"current", v[k].str(2)}});
    rounds.push_back(json::object{{"team", b[i].str(1)}, {"openedAt", domain::isoUtc(b[i].i64(2))}, {"votes", votes}});
  }
  out["votes"] = std::move(rounds);
  return out;
}

void dilemmasErase(Conn& c, int64_t userId) {
  // Proposals stay with the team, without who proposed or reviewed them.
  c.query("UPDATE dilemma_proposals SET proposed_by = NULL WHERE proposed_by = $1", {userId});
  c.query("UPDATE dilemma_proposals SET reviewed_by = NULL WHERE reviewed_by = $1", {userId});
  c.query("UPDATE dilemma_rounds SET opened_by = NULL WHERE opened_by = $1", {userId});
  // Votes in an open round go; a closed round keeps its counts, without the voter.
  c.query("DELETE FROM dilemma_votes WHERE ballot_id IN (SELECT b.id FROM dilemma_ballots b JOIN dilemma_rounds r ON "
          "r.id = b.round_id WHERE b.user_id = $1 AND r.closed_at IS NULL)",
          {userId});
  c.query("DELETE FROM dilemma_ballots WHERE user_id = $1 AND round_id IN (SELECT id FROM dilemma_rounds WHERE "
          "closed_at IS NULL)",
          {userId});
  c.query("UPDATE dilemma_ballots SET user_id = NULL WHERE user_id = $1", {userId});
}

}  // namespace vk::store
