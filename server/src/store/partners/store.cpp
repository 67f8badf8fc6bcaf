// Partner rounds: create, list, revoke a link, close, results from enough answers, the
// team's partner view; and the partners' side by token hash (no actor, no session).
#include "store/partners/store.hpp"

#include <boost/json.hpp>

#include "domain/errors.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;
namespace json = boost::json;

bool canRunPartnerRounds(const Actor& a, std::optional<TeamRole> role) {
  return a.orgAdmin || role == TeamRole::TeamLead || role == TeamRole::Supervisor;
}

namespace {

void audit(Conn& c, std::optional<int64_t> orgId, std::optional<int64_t> userId, const std::string& action,
           const std::string& object, int64_t now) {
  c.query("INSERT INTO audit_log (org_id, user_id, action, object, at) VALUES ($1, $2, $3, $4, $5)",
          {orgId ? Value(*orgId) : Value(), userId ? Value(*userId) : Value(), action, object, now});
}

void requireRunner(Conn& c, const Actor& a, int64_t teamId) {
  if (!canRunPartnerRounds(a, roleInTeam(c, a, teamId)))
    forbidden("Alleen de teamleider, de werkbegeleider of een beheerder zet een partnerronde uit.");
}

constexpr const char* kRoundSelect =
    "SELECT r.id, r.team_id, t.name, r.title, r.anonymous, r.closes_on, r.min_answers, r.closed_at, "
    "CASE WHEN r.open_token_hash IS NULL THEN 0 ELSE 1 END, r.created_at, r.questions, "
    "(SELECT COUNT(*) FROM partner_answers x WHERE x.round_id = r.id) "
    "FROM partner_rounds r JOIN teams t ON t.id = r.team_id ";

PartnerRound roundOf(const Row& r, int64_t now) {
  PartnerRound x;
  x.id = r.i64(0);
  x.teamId = r.i64(1);
  x.teamName = r.str(2);
  x.title = r.str(3);
  x.anonymous = r.flag(4);
  x.closesOn = r.str(5);
  x.minAnswers = r.i64(6);
  x.open = partnerRoundOpen(x.closesOn, !r.isNull(7), now);
  x.openLink = r.flag(8);
  x.createdAt = r.i64(9);
  x.questions = questionsFrom(json::parse(r.str(10)));
  x.answerCount = r.i64(11);
  return x;
}

void loadInvitations(Conn& c, PartnerRound& x) {
  auto r = c.query("SELECT id, kind, label, status FROM partner_invitations WHERE round_id = $1 ORDER BY id", {x.id});
  for (const char* s : {"nieuw", "bewaard", "ingestuurd", "ingetrokken"}) x.statusCounts[s] = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    // In an anonymous round the lead sees counts, not who answered.
    x.invitations.push_back({r[i].i64(0), r[i].str(1), r[i].str(2), x.anonymous ? std::string() : r[i].str(3)});
    ++x.statusCounts[r[i].str(3)];
  }
}

// The round in the caller's organisation (404 otherwise), with the team's view checked.
PartnerRound roundInOrg(Conn& c, const Actor& a, int64_t roundId, int64_t now) {
  auto r = c.query(std::string(kRoundSelect) + "WHERE r.id = $1 AND r.org_id = $2", {roundId, a.orgId});
  if (r.empty()) notFound("Deze partnerronde bestaat niet.");
  auto x = roundOf(r[0], now);
  loadInvitations(c, x);
  return x;
}

void insertInvitations(Conn& c, int64_t roundId, const std::vector<NewPartnerInvitation>& in, int64_t now,
                       std::vector<PartnerInvitation>* out) {
  for (auto& inv : in) {
    if (!validPartnerKind(inv.kind)) invalid("De uitnodiging klopt niet.", {{"kind", "Kies een soort partner."}});
    int64_t id = c.query("INSERT INTO partner_invitations (round_id, kind, label, token_hash, created_at) "
                         "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                         {roundId, inv.kind, inv.label.str(), inv.tokenHash, now})[0]
                     .i64(0);
    if (out) out->push_back({id, inv.kind, inv.label.str(), "nieuw"});
  }
}

// The answers of a round, only when there are enough of them: the threshold is part of
// the query itself, so no caller can read fewer than the round's minimum (never below 3).
struct StoredAnswers {
  std::vector<PartnerAnswers> answers;
  std::vector<std::string> kinds;
};
StoredAnswers answersFromEnough(Conn& c, int64_t roundId) {
  auto r = c.query(
      "SELECT a.answers, a.kind FROM partner_answers a JOIN partner_rounds r ON r.id = a.round_id "
      "WHERE a.round_id = $1 AND r.min_answers >= 3 AND "
      "(SELECT COUNT(*) FROM partner_answers x WHERE x.round_id = a.round_id) >= r.min_answers ORDER BY a.id",
      {roundId});
  StoredAnswers out;
  for (size_t i = 0; i < r.size(); ++i) {
    out.answers.push_back(answersFrom(json::parse(r[i].str(0))));
    out.kinds.push_back(r[i].isNull(1) ? std::string() : r[i].str(1));
  }
  return out;
}

PartnerResults resultsOf(Conn& c, const PartnerRound& x) {
  auto stored = answersFromEnough(c, x.id);
  // The count alone, unless the query gave the answers.
  int64_t count = stored.answers.empty() ? x.answerCount : static_cast<int64_t>(stored.answers.size());
  return aggregatePartnerAnswers(x.questions, stored.answers, stored.kinds, count, x.minAnswers, x.anonymous);
}

constexpr const char* kLinkSelect =
    "SELECT r.id, r.org_id, t.name, o.name, r.title, r.anonymous, r.closes_on, r.closed_at, r.questions ";
constexpr const char* kLinkFrom =
    "JOIN teams t ON t.id = r.team_id JOIN organisations o ON o.id = r.org_id ";

void fillRound(PartnerLink& l, const Row& r, int64_t now) {
  l.roundId = r.i64(0);
  l.orgId = r.i64(1);
  l.team = r.str(2);
  l.organisation = r.str(3);
  l.title = r.str(4);
  l.anonymous = r.flag(5);
  l.closesOn = r.str(6);
  l.questions = questionsFrom(json::parse(r.str(8)));
  l.state = partnerRoundOpen(l.closesOn, !r.isNull(7), now) ? LinkState::Open : LinkState::Closed;
}

struct PersonalRow {
  PartnerLink link;
  int64_t invitationId = 0;
};

PersonalRow personal(Conn& c, const std::string& tokenHash, int64_t now) {
  PersonalRow out;
  auto r = c.query(std::string(kLinkSelect) +
                       ", i.id, i.status, i.kind, i.label, i.draft FROM partner_invitations i "
                       "JOIN partner_rounds r ON r.id = i.round_id " + kLinkFrom + "WHERE i.token_hash = $1",
                   {tokenHash});
  if (r.empty()) return out;  // Unknown
  fillRound(out.link, r[0], now);
  out.invitationId = r[0].i64(9);
  std::string status = r[0].str(10);
  out.link.kind = r[0].str(11);
  out.link.label = r[0].str(12);
  if (status == "ingetrokken") out.link.state = LinkState::Revoked;
  else if (status == "ingestuurd") out.link.state = LinkState::Used;
  if (out.link.state == LinkState::Open && !r[0].isNull(13))
    out.link.draft = answersFrom(json::parse(r[0].str(13)));
  return out;
}

void overrideAudit(Conn& c, const PartnerLink& l, bool overridden, int64_t now) {
  // A partner confirmed a finding: recorded without the text and without the link.
  if (overridden) audit(c, l.orgId, std::nullopt, "privacy.override", "partner-round/" + std::to_string(l.roundId) + "#answers", now);
}

}  // namespace

PartnerRound PartnerStore::createRound(const Actor& a, int64_t teamId, const NewPartnerRound& in, int64_t now) {
  PartnerRound out;
  db_.write([&](Conn& c) {
    requireRunner(c, a, teamId);
    std::vector<FieldError> errors;
    if (in.minAnswers < kMinPartnerAnswersFloor)
      errors.push_back({"minAnswers", "Een partnerronde telt minstens 3 antwoorden, zodat niemand herkenbaar is."});
    if (in.minAnswers > 1000) errors.push_back({"minAnswers", "Kies hooguit 1000 antwoorden."});
    if (!parseUtcDay(in.closesOn)) errors.push_back({"closesAt", "Verwacht een datum, zoals 2027-02-01."});
    else if (in.closesOn < utcDay(now)) errors.push_back({"closesAt", "Kies vandaag of een dag in de toekomst."});
    if (in.questions.rules.empty()) errors.push_back({"questions", "Kies minstens één vuistregel."});
    if (!errors.empty()) invalid("De partnerronde klopt nog niet.", errors);
    int64_t id = c.query("INSERT INTO partner_rounds (org_id, team_id, created_by, title, anonymous, closes_on, "
                         "min_answers, questions, open_token_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
                         "$9, $10) RETURNING id",
                         {a.orgId, teamId, a.userId, in.title.str(), int64_t{in.anonymous}, in.closesOn, in.minAnswers,
                          json::serialize(questionsJson(in.questions)),
                          in.openTokenHash ? Value(*in.openTokenHash) : Value(), now})[0]
                     .i64(0);
    insertInvitations(c, id, in.invitations, now, nullptr);
    audit(c, a.orgId, a.userId, "partner_round.create", "partner-round/" + std::to_string(id), now);
    out = roundInOrg(c, a, id, now);
  });
  return out;
}

std::vector<PartnerInvitation> PartnerStore::addInvitations(const Actor& a, int64_t roundId,
                                                            const std::vector<NewPartnerInvitation>& in, int64_t now) {
  std::vector<PartnerInvitation> out;
  db_.write([&](Conn& c) {
    auto x = roundInOrg(c, a, roundId, now);
    requireRunner(c, a, x.teamId);
    if (!x.open) throw Error(ErrorKind::Conflict, "Deze partnerronde is gesloten.");
    if (x.invitations.size() + in.size() > 200) invalid("Hooguit 200 links per ronde.");
    insertInvitations(c, roundId, in, now, &out);
    audit(c, a.orgId, a.userId, "partner_round.invite", "partner-round/" + std::to_string(roundId), now);
  });
  return out;
}

std::vector<PartnerRound> PartnerStore::rounds(const Actor& a, int64_t teamId, int64_t now) {
  std::vector<PartnerRound> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string(kRoundSelect) + "WHERE r.team_id = $1 ORDER BY r.created_at DESC, r.id DESC", {teamId});
    for (size_t i = 0; i < r.size(); ++i) {
      out.push_back(roundOf(r[i], now));
      loadInvitations(c, out.back());
    }
  });
  return out;
}

PartnerRound PartnerStore::round(const Actor& a, int64_t roundId, int64_t now) {
  PartnerRound out;
  db_.read([&](Conn& c) {
    out = roundInOrg(c, a, roundId, now);
    requireTeamView(c, a, out.teamId);
  });
  return out;
}

PartnerRound PartnerStore::revoke(const Actor& a, int64_t roundId, int64_t invitationId, int64_t now) {
  PartnerRound out;
  db_.write([&](Conn& c) {
    auto x = roundInOrg(c, a, roundId, now);
    requireRunner(c, a, x.teamId);
    auto r = c.query("SELECT status FROM partner_invitations WHERE id = $1 AND round_id = $2", {invitationId, roundId});
    if (r.empty()) notFound("Deze link hoort niet bij de ronde.");
    if (r[0].str(0) == "ingestuurd") throw Error(ErrorKind::Conflict, "Deze partner heeft al geantwoord.");
    // A revoked link loses its draft: nobody will finish it.
    c.query("UPDATE partner_invitations SET status = 'ingetrokken', draft = NULL WHERE id = $1", {invitationId});
    audit(c, a.orgId, a.userId, "partner_round.revoke",
          "partner-round/" + std::to_string(roundId) + "/invitation/" + std::to_string(invitationId), now);
    out = roundInOrg(c, a, roundId, now);
  });
  return out;
}

PartnerRound PartnerStore::close(const Actor& a, int64_t roundId, int64_t now) {
  PartnerRound out;
  db_.write([&](Conn& c) {
    auto x = roundInOrg(c, a, roundId, now);
    requireRunner(c, a, x.teamId);
    if (!x.open) throw Error(ErrorKind::Conflict, "Deze partnerronde is al gesloten.");
    c.query("UPDATE partner_rounds SET closed_at = $1 WHERE id = $2", {now, roundId});
    // Drafts that were never sent stay with nobody.
    c.query("UPDATE partner_invitations SET draft = NULL WHERE round_id = $1", {roundId});
    audit(c, a.orgId, a.userId, "partner_round.close", "partner-round/" + std::to_string(roundId), now);
    out = roundInOrg(c, a, roundId, now);
  });
  return out;
}

PartnerResults PartnerStore::results(const Actor& a, int64_t roundId, int64_t now) {
  PartnerResults out;
  db_.read([&](Conn& c) {
    auto x = roundInOrg(c, a, roundId, now);
    requireTeamView(c, a, x.teamId);
    out = resultsOf(c, x);
  });
  return out;
}

PartnerView PartnerStore::teamPartnerView(const Actor& a, int64_t teamId, int64_t now) {
  PartnerView out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string(kRoundSelect) + "WHERE r.team_id = $1 ORDER BY r.created_at DESC, r.id DESC", {teamId});
    for (size_t i = 0; i < r.size(); ++i) {
      auto x = roundOf(r[i], now);
      auto res = resultsOf(c, x);
      if (!res.visible) continue;
      out.visible = true;
      out.answerCount = res.answerCount;
      out.roundId = x.id;
      for (auto& rule : res.rules) out.rules.push_back({rule.ruleKey, rule.name, rule.herken, rule.soms, rule.niet, {}});
      return;
    }
  });
  return out;
}

PartnerLink PartnerStore::personalLink(const std::string& tokenHash, int64_t now) {
  PartnerLink out;
  db_.read([&](Conn& c) { out = personal(c, tokenHash, now).link; });
  return out;
}

PartnerLink PartnerStore::saveDraft(const std::string& tokenHash, const GuardedText& answers, bool overridden, int64_t now) {
  PartnerLink out;
  db_.write([&](Conn& c) {
    auto p = personal(c, tokenHash, now);
    out = p.link;
    if (out.state != LinkState::Open) return;
    c.query("UPDATE partner_invitations SET draft = $1, status = 'bewaard' WHERE id = $2 AND status IN ('nieuw', 'bewaard')",
            {answers.str(), p.invitationId});
    overrideAudit(c, out, overridden, now);
    out.draft = answersFrom(json::parse(answers.str()));
  });
  return out;
}

PartnerLink PartnerStore::submit(const std::string& tokenHash, const GuardedText& answers, bool overridden, int64_t now) {
  PartnerLink out;
  db_.write([&](Conn& c) {
    auto p = personal(c, tokenHash, now);
    out = p.link;
    if (out.state != LinkState::Open) return;
    // The status moves first, under the row's write: a second submit finds it used.
    auto u = c.query("UPDATE partner_invitations SET status = 'ingestuurd', draft = NULL WHERE id = $1 AND "
                     "status IN ('nieuw', 'bewaard')",
                     {p.invitationId});
    if (u.affected == 0) {
      out.state = LinkState::Used;
      return;
    }
    // Anonymous: no kind, no label, no link; only the day.
    c.query("INSERT INTO partner_answers (round_id, kind, label, answers, submitted_on) VALUES ($1, $2, $3, $4, $5)",
            {out.roundId, out.anonymous ? Value() : Value(out.kind), out.anonymous ? Value() : Value(out.label),
             answers.str(), utcDay(now)});
    overrideAudit(c, out, overridden, now);
    out.draft.reset();  // state stays Open: this submission was accepted
  });
  return out;
}

PartnerLink PartnerStore::openLink(const std::string& tokenHash, int64_t now) {
  PartnerLink out;
  db_.read([&](Conn& c) {
    auto r = c.query(std::string(kLinkSelect) + "FROM partner_rounds r " + kLinkFrom + "WHERE r.open_token_hash = $1",
                     {tokenHash});
    if (!r.empty()) fillRound(out, r[0], now);
  });
  return out;
}

PartnerLink PartnerStore::submitOpen(const std::string& tokenHash, const GuardedText& answers, bool overridden,
                                     const std::string& challengeHash, int64_t challengeExpires, int64_t now) {
  PartnerLink out;
  db_.write([&](Conn& c) {
    auto r = c.query(std::string(kLinkSelect) + "FROM partner_rounds r " + kLinkFrom + "WHERE r.open_token_hash = $1",
                     {tokenHash});
    if (r.empty()) return;
    fillRound(out, r[0], now);
    if (out.state != LinkState::Open) return;
    c.query("DELETE FROM partner_pow_spent WHERE expires_at < $1", {now});
    auto spent = c.query("INSERT INTO partner_pow_spent (challenge_hash, expires_at) VALUES ($1, $2) "
                         "ON CONFLICT (challenge_hash) DO NOTHING",
                         {challengeHash, challengeExpires});
    if (spent.affected == 0) throw Error(ErrorKind::Conflict, "Deze controle is al gebruikt. Laad de pagina opnieuw.");
    c.query("INSERT INTO partner_answers (round_id, kind, label, answers, submitted_on) VALUES ($1, NULL, NULL, $2, $3)",
            {out.roundId, answers.str(), utcDay(now)});
    overrideAudit(c, out, overridden, now);  // state stays Open: accepted
  });
  return out;
}

}  // namespace vk::store
