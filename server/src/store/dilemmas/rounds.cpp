// A team's vote rounds: which dilemmas are recognisable and current in the team now. One
// open round per team; a member replaces their own votes until it closes; results only
// when it is closed and enough people voted, and never who voted what.
#include <algorithm>
#include <set>

#include "domain/errors.hpp"
#include "store/dilemmas/internal.hpp"
#include "store/dilemmas/store.hpp"
#include "store/scope.hpp"

namespace vk::store {

using namespace vk::domain;
using namespace dilemmas;

namespace {

// Voters are ballots with at least one vote: a count, never a list.
constexpr const char* kRoundSelect =
    "SELECT r.id, r.team_id, r.opened_at, r.closes_at, r.closed_at, r.min_voters, r.live_session_id, "
    "(SELECT COUNT(*) FROM dilemma_ballots b WHERE b.round_id = r.id AND "
    "EXISTS (SELECT 1 FROM dilemma_votes v WHERE v.ballot_id = b.id)) FROM dilemma_rounds r ";

Round roundOf(const Row& r, int64_t now) {
  Round x;
  x.id = r.i64(0);
  x.teamId = r.i64(1);
  x.openedAt = r.i64(2);
  x.closesAt = r.optI64(3);
  x.closedAt = r.optI64(4);
  x.minVoters = r.i64(5);
  x.liveSessionId = r.optI64(6);
  x.voterCount = r.i64(7);
  // A round whose closing time has passed is closed, also before anyone closes it.
  if (!x.closedAt && x.closesAt && *x.closesAt <= now) x.closedAt = x.closesAt;
  x.open = !x.closedAt;
  return x;
}

// The round in the caller's organisation (404 otherwise).
Round roundInOrg(Conn& c, const Actor& a, int64_t roundId, int64_t now) {
  auto r = c.query(std::string(kRoundSelect) + "WHERE r.id = $1 AND r.org_id = $2", {roundId, a.orgId});
  if (r.empty()) notFound("Deze stemronde bestaat niet.");
  return roundOf(r[0], now);
}

void requireReviewer(Conn& c, const Actor& a, int64_t teamId) {
  if (!canReviewDilemmas(a, roleInTeam(c, a, teamId)))
    forbidden("Alleen de teamleider, de werkbegeleider of een beheerder opent en sluit een stemronde.");
}

// Only dilemma keys, answers: the one query results are made from.
std::vector<DilemmaVote> roundVotes(Conn& c, int64_t roundId) {
  auto r = c.query("SELECT dilemma_key, recognisable, current_answer FROM dilemma_votes WHERE round_id = $1", {roundId});
  std::vector<DilemmaVote> out;
  for (size_t i = 0; i < r.size(); ++i)
    out.push_back({r[i].str(0), static_cast<int>(r[i].i64(1)), r[i].str(2)});
  return out;
}

bool visible(const Round& r) { return resultsVisible(!r.open, r.voterCount, r.minVoters); }

// The team's latest visible round before `beforeId` (or the latest at all).
std::optional<Round> latestVisible(Conn& c, int64_t teamId, std::optional<int64_t> beforeId, int64_t now) {
  auto r = beforeId ? c.query(std::string(kRoundSelect) + "WHERE r.team_id = $1 AND r.id < $2 ORDER BY r.id DESC",
                              {teamId, *beforeId})
                    : c.query(std::string(kRoundSelect) + "WHERE r.team_id = $1 ORDER BY r.id DESC", {teamId});
  for (size_t i = 0; i < r.size(); ++i) {
    auto x = roundOf(r[i], now);
    if (visible(x)) return x;
  }
  return std::nullopt;
}

std::vector<MyVote> myVotes(Conn& c, int64_t roundId, int64_t userId) {
  auto r = c.query(
      "SELECT v.dilemma_key, v.recognisable, v.current_answer FROM dilemma_votes v JOIN dilemma_ballots b ON b.id = v.ballot_id "
      "WHERE b.round_id = $1 AND b.user_id = $2 ORDER BY v.dilemma_key",
      {roundId, userId});
  std::vector<MyVote> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back({r[i].str(0), static_cast<int>(r[i].i64(1)), r[i].str(2)});
  return out;
}

RoundDetail detail(Conn& c, const Actor& a, const Round& round) {
  return {round, loadLibrary(c, a.orgId, {round.teamId, false, false}), myVotes(c, round.id, a.userId)};
}

}  // namespace

Round DilemmaStore::openRound(const Actor& a, int64_t teamId, const NewRound& in, int64_t now) {
  Round out;
  db_.write([&](Conn& c) {
    requireReviewer(c, a, teamId);
    std::vector<FieldError> errors;
    if (in.minVoters && *in.minVoters < kMinRoundVoters)
      errors.push_back({"minVoters", "Een stemronde telt minstens " + std::to_string(kMinRoundVoters) + " stemmers."});
    if (in.minVoters && *in.minVoters > 1000) errors.push_back({"minVoters", "Kies hooguit 1000 stemmers."});
    if (in.closesAt && *in.closesAt <= now) errors.push_back({"closesAt", "Kies een moment in de toekomst."});
    if (in.liveSessionId &&
        c.query("SELECT 1 FROM live_sessions WHERE id = $1 AND team_id = $2", {*in.liveSessionId, teamId}).empty())
      errors.push_back({"liveSessionId", "Deze teamsessie hoort niet bij dit team."});
    if (!errors.empty()) invalid("De stemronde klopt nog niet.", errors);
    // A round whose closing time passed is closed now, so a new one may open.
    c.query("UPDATE dilemma_rounds SET closed_at = closes_at WHERE team_id = $1 AND closed_at IS NULL AND "
            "closes_at IS NOT NULL AND closes_at <= $2",
            {teamId, now});
    if (!c.query("SELECT 1 FROM dilemma_rounds WHERE team_id = $1 AND closed_at IS NULL", {teamId}).empty())
      throw Error(ErrorKind::Conflict, "Er loopt al een stemronde in dit team. Sluit die eerst.");
    int64_t id = c.query(
                      "INSERT INTO dilemma_rounds (org_id, team_id, opened_by, opened_at, closes_at, min_voters, "
                      "live_session_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                      {a.orgId, teamId, a.userId, now, optValue(in.closesAt), effectiveMinVoters(in.minVoters),
                       optValue(in.liveSessionId)})[0]
                     .i64(0);
    audit(c, a, "dilemma_round.open", "dilemma-round/" + std::to_string(id), now);
    out = roundInOrg(c, a, id, now);
  });
  return out;
}

std::vector<Round> DilemmaStore::rounds(const Actor& a, int64_t teamId, int64_t now) {
  std::vector<Round> out;
  db_.read([&](Conn& c) {
    requireTeamView(c, a, teamId);
    auto r = c.query(std::string(kRoundSelect) + "WHERE r.team_id = $1 ORDER BY r.opened_at DESC, r.id DESC", {teamId});
    for (size_t i = 0; i < r.size(); ++i) out.push_back(roundOf(r[i], now));
  });
  return out;
}

RoundDetail DilemmaStore::round(const Actor& a, int64_t roundId, int64_t now) {
  RoundDetail out;
  db_.read([&](Conn& c) {
    auto r = roundInOrg(c, a, roundId, now);
    requireTeamView(c, a, r.teamId);
    out = detail(c, a, r);
  });
  return out;
}

RoundDetail DilemmaStore::vote(const Actor& a, int64_t roundId, const std::vector<MyVote>& votes, int64_t now) {
  RoundDetail out;
  db_.write([&](Conn& c) {
    auto r = roundInOrg(c, a, roundId, now);
    requireTeamMember(c, a, r.teamId);
    if (!r.open) throw Error(ErrorKind::Conflict, "De stemronde is gesloten");
    std::set<std::string> keys;
    for (auto& d : loadLibrary(c, a.orgId, {r.teamId, false, false})) keys.insert(d.dilemma.key);
    std::vector<FieldError> errors;
    for (size_t i = 0; i < votes.size(); ++i) {
      std::string at = "votes[" + std::to_string(i) + "]";
      if (!keys.count(votes[i].dilemmaKey))
        errors.push_back({at + ".dilemmaKey", "Dit dilemma staat niet in de bibliotheek van het team."});
      if (votes[i].recognisable < 1 || votes[i].recognisable > 5)
        errors.push_back({at + ".recognisable", "Kies een getal van 1 tot en met 5."});
      if (!validCurrent(votes[i].current)) errors.push_back({at + ".current", "Kies ja, soms of nee."});
    }
    if (!errors.empty()) invalid("De stemmen kloppen nog niet.", errors);
    if (!votes.empty()) {
      auto b = c.query("SELECT id FROM dilemma_ballots WHERE round_id = $1 AND user_id = $2", {roundId, a.userId});
      int64_t ballot = b.empty() ? c.query("INSERT INTO dilemma_ballots (round_id, user_id, voted_at) VALUES ($1, $2, $3) "
                                           "RETURNING id",
                                           {roundId, a.userId, now})[0]
                                       .i64(0)
                                 : b[0].i64(0);
      c.query("UPDATE dilemma_ballots SET voted_at = $1 WHERE id = $2", {now, ballot});
      for (auto& v : votes)
        c.query("INSERT INTO dilemma_votes (ballot_id, round_id, dilemma_key, recognisable, current_answer) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (ballot_id, dilemma_key) DO UPDATE SET "
                "recognisable = excluded.recognisable, current_answer = excluded.current_answer",
                {ballot, roundId, v.dilemmaKey, int64_t{v.recognisable}, v.current});
    }
    out = detail(c, a, roundInOrg(c, a, roundId, now));
  });
  return out;
}

Round DilemmaStore::closeRound(const Actor& a, int64_t roundId, int64_t now) {
  Round out;
  db_.write([&](Conn& c) {
    auto r = roundInOrg(c, a, roundId, now);
    requireReviewer(c, a, r.teamId);
    if (c.query("SELECT 1 FROM dilemma_rounds WHERE id = $1 AND closed_at IS NULL", {roundId}).empty())
      throw Error(ErrorKind::Conflict, "Deze stemronde is al gesloten.");
    // Past its closing time the round closed then; otherwise it closes now.
    c.query("UPDATE dilemma_rounds SET closed_at = $1 WHERE id = $2",
            {r.closedAt ? *r.closedAt : now, roundId});
    audit(c, a, "dilemma_round.close", "dilemma-round/" + std::to_string(roundId), now);
    out = roundInOrg(c, a, roundId, now);
  });
  return out;
}

RoundResults DilemmaStore::results(const Actor& a, int64_t roundId, int64_t now) {
  RoundResults out;
  db_.read([&](Conn& c) {
    out.round = roundInOrg(c, a, roundId, now);
    requireTeamView(c, a, out.round.teamId);
    out.visible = visible(out.round);
    if (!out.visible) return;
    auto titles = titlesOf(loadLibrary(c, a.orgId, {out.round.teamId, false, true}));
    out.ranking = rankDilemmas(roundVotes(c, roundId), titles);
    if (auto prev = latestVisible(c, out.round.teamId, roundId, now))
      withPreviousRanks(out.ranking, rankDilemmas(roundVotes(c, prev->id), titles));
  });
  return out;
}

AcrossTeams DilemmaStore::organisationRanking(const Actor& a, int64_t now) {
  AcrossTeams out;
  db_.read([&](Conn& c) {
    std::vector<TeamRoundVotes> teams;
    auto t = c.query("SELECT id FROM teams WHERE org_id = $1 ORDER BY id", {a.orgId});
    for (size_t i = 0; i < t.size(); ++i)
      if (auto r = latestVisible(c, t[i].i64(0), std::nullopt, now))
        teams.push_back({r->voterCount, roundVotes(c, r->id)});
    // Only the organisation's library counts: a team's own dilemmas stay with the team.
    out = rankAcrossTeams(teams, titlesOf(loadLibrary(c, a.orgId, {std::nullopt, false, true})));
  });
  return out;
}

}  // namespace vk::store
