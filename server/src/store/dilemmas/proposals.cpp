// A member proposes a dilemma from practice; the team's lead, its supervisor or an
// organisation admin accepts it into the team's library or turns it down with a reason.
#include "domain/errors.hpp"
#include "store/dilemmas/internal.hpp"
#include "store/dilemmas/store.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;
using namespace dilemmas;

namespace {

constexpr const char* kProposalSelect =
    "SELECT p.id, p.team_id, p.status, p.content, p.note, p.proposed_by, u.name, p.created_at, p.decided_at, "
    "p.reason, p.dilemma_id FROM dilemma_proposals p LEFT JOIN users u ON u.id = p.proposed_by ";

Proposal proposalOf(const Row& r, const Actor& a, bool reviewer) {
  Proposal p;
  p.id = r.i64(0);
  p.teamId = r.i64(1);
  p.status = r.str(2);
  p.dilemma = parseContent(r.str(3));
  p.note = r.str(4);
  auto by = r.optI64(5);
  if (by && (reviewer || *by == a.userId)) p.proposedBy = PersonRef{*by, r.isNull(6) ? "" : r.str(6)};
  p.createdAt = r.i64(7);
  p.decidedAt = r.optI64(8);
  p.reason = r.str(9);
  if (auto d = r.optI64(10)) {
    p.key = ownKey(*d);
    p.dilemma.key = *p.key;
  }
  return p;
}

Proposal loadProposal(Conn& c, const Actor& a, int64_t id, bool reviewer) {
  auto r = c.query(std::string(kProposalSelect) + "WHERE p.id = $1", {id});
  return proposalOf(r[0], a, reviewer);
}

}  // namespace

Proposal DilemmaStore::propose(const Actor& a, int64_t teamId, const GuardedText& content, const GuardedText& note,
                               int64_t now) {
  Proposal out;
  db_.write([&](Conn& c) {
    auto role = requireTeamMember(c, a, teamId);
    int64_t id = c.query(
                      "INSERT INTO dilemma_proposals (org_id, team_id, proposed_by, content, note, created_at) "
                      "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                      {a.orgId, teamId, a.userId, content.str(), note.str(), now})[0]
                     .i64(0);
    audit(c, a, "dilemma.propose", "dilemma-proposal/" + std::to_string(id), now);
    out = loadProposal(c, a, id, canReviewDilemmas(a, role));
  });
  return out;
}

std::vector<Proposal> DilemmaStore::proposals(const Actor& a, int64_t teamId) {
  std::vector<Proposal> out;
  db_.read([&](Conn& c) {
    bool reviewer = canReviewDilemmas(a, requireTeamView(c, a, teamId));
    // A plain member sees only their own proposals; reviewers see every one of the team.
    auto r = reviewer ? c.query(std::string(kProposalSelect) + "WHERE p.team_id = $1 ORDER BY p.id DESC", {teamId})
                      : c.query(std::string(kProposalSelect) + "WHERE p.team_id = $1 AND p.proposed_by = $2 ORDER BY p.id DESC",
                                {teamId, a.userId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(proposalOf(r[i], a, reviewer));
  });
  return out;
}

Proposal DilemmaStore::decide(const Actor& a, int64_t proposalId, bool accept, const GuardedText& reason, int64_t now) {
  Proposal out;
  db_.write([&](Conn& c) {
    auto r = c.query("SELECT team_id, status, content FROM dilemma_proposals WHERE id = $1 AND org_id = $2",
                     {proposalId, a.orgId});
    if (r.empty()) notFound("Dit voorstel bestaat niet.");
    int64_t teamId = r[0].i64(0);
    auto role = roleInTeam(c, a, teamId);
    if (!canReviewDilemmas(a, role))
      forbidden("Alleen de teamleider, de werkbegeleider of een beheerder beslist over een voorstel.");
    if (r[0].str(1) != "open") throw Error(ErrorKind::Conflict, "Over dit voorstel is al besloten.");
    std::optional<int64_t> dilemmaId;
    if (accept)
      dilemmaId = c.query("INSERT INTO dilemmas (org_id, team_id, content, created_at, updated_at) "
                          "VALUES ($1, $2, $3, $4, $4) RETURNING id",
                          {a.orgId, teamId, r[0].str(2), now})[0]
                      .i64(0);
    c.query("UPDATE dilemma_proposals SET status = $1, reviewed_by = $2, reason = $3, dilemma_id = $4, decided_at = $5 "
            "WHERE id = $6",
            {std::string(accept ? "accepted" : "rejected"), a.userId, reason.str(), optValue(dilemmaId), now, proposalId});
    audit(c, a, accept ? "dilemma.accept" : "dilemma.reject", "dilemma-proposal/" + std::to_string(proposalId), now);
    out = loadProposal(c, a, proposalId, true);
  });
  return out;
}

}  // namespace vk::store
