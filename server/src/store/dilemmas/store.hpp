#pragma once
// Dilemmas of wijkteam professionals: the library each team sees (the starter dilemmas with
// the organisation's edits and retirements, its own dilemmas, the team's accepted
// proposals), members' proposals and their review, and the team's vote rounds with their
// results. Every call scopes itself to the actor's organisation and team; results never
// carry who voted what, and show only when a round is closed with enough voters.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/dilemmas/dilemma.hpp"
#include "domain/dilemmas/ranking.hpp"
#include "domain/foundation/people.hpp"
#include "domain/guarded_text.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

// A dilemma as a library lists it.
struct LibraryDilemma {
  domain::Dilemma dilemma;
  std::string source;             // "starter", "organisation", "team"
  std::optional<int64_t> teamId;  // team dilemmas only
  bool retired = false;
  bool edited = false;            // the organisation changed a starter dilemma
};

struct PersonRef {
  int64_t id = 0;
  std::string name;
};

struct Proposal {
  int64_t id = 0;
  int64_t teamId = 0;
  std::string status;  // "open", "accepted", "rejected"
  domain::Dilemma dilemma;
  std::string note;
  std::optional<PersonRef> proposedBy;  // only for reviewers and the proposer
  int64_t createdAt = 0;
  std::optional<int64_t> decidedAt;
  std::string reason;
  std::optional<std::string> key;  // once accepted
};

struct NewRound {
  std::optional<int64_t> minVoters;  // at least 3
  std::optional<int64_t> closesAt;
  std::optional<int64_t> liveSessionId;
};

struct Round {
  int64_t id = 0;
  int64_t teamId = 0;
  bool open = false;
  int64_t openedAt = 0;
  std::optional<int64_t> closesAt;
  std::optional<int64_t> closedAt;
  int64_t minVoters = domain::kMinRoundVoters;
  int64_t voterCount = 0;
  std::optional<int64_t> liveSessionId;
};

struct MyVote {
  std::string dilemmaKey;
  int recognisable = 0;
  std::string current;
};

struct RoundDetail {
  Round round;
  std::vector<LibraryDilemma> dilemmas;  // the library of the round's team
  std::vector<MyVote> myVotes;
};

struct RoundResults {
  Round round;
  bool visible = false;
  std::vector<domain::RankingEntry> ranking;  // empty unless visible
};

// The organisation's ranking as a file for the association: starter dilemmas only, counts
// only (no team names, no team's own dilemma, nothing per person).
struct RankingExport {
  std::string source;  // the organisation's name
  std::string period;  // the month, 2026-12
  int64_t teams = 0;
  std::vector<domain::RankingEntry> ranking;  // key and counts
};

// The association's view across organisations: each source's latest file, counts summed.
struct NationalRanking {
  bool visible = false;
  int64_t organisations = 0;
  std::vector<std::string> sources;  // only when visible
  std::vector<domain::RankingEntry> ranking;  // empty unless visible
};

class DilemmaStore {
 public:
  explicit DilemmaStore(Db& db) : db_(db) {}

  // The library a team sees (teamId), or the organisation's library without team dilemmas.
  std::vector<LibraryDilemma> library(const domain::Actor& a, std::optional<int64_t> teamId);
  LibraryDilemma dilemma(const domain::Actor& a, const std::string& key, std::optional<int64_t> teamId);
  // Organisation admins: everything of the organisation, retired ones included.
  std::vector<LibraryDilemma> organisationDilemmas(const domain::Actor& a);
  // `content` is the guarded serialisation of dilemmaJson (without its key).
  LibraryDilemma addOwn(const domain::Actor& a, const domain::GuardedText& content, int64_t now);
  LibraryDilemma edit(const domain::Actor& a, const std::string& key, const domain::GuardedText& content, int64_t now);
  LibraryDilemma setRetired(const domain::Actor& a, const std::string& key, bool retired, int64_t now);

  Proposal propose(const domain::Actor& a, int64_t teamId, const domain::GuardedText& content,
                   const domain::GuardedText& note, int64_t now);
  std::vector<Proposal> proposals(const domain::Actor& a, int64_t teamId);
  Proposal decide(const domain::Actor& a, int64_t proposalId, bool accept, const domain::GuardedText& reason,
                  int64_t now);

  Round openRound(const domain::Actor& a, int64_t teamId, const NewRound& in, int64_t now);
  std::vector<Round> rounds(const domain::Actor& a, int64_t teamId, int64_t now);
  RoundDetail round(const domain::Actor& a, int64_t roundId, int64_t now);
  // Replaces the caller's votes for the dilemmas named; 409 once the round is closed.
  RoundDetail vote(const domain::Actor& a, int64_t roundId, const std::vector<MyVote>& votes, int64_t now);
  Round closeRound(const domain::Actor& a, int64_t roundId, int64_t now);
  RoundResults results(const domain::Actor& a, int64_t roundId, int64_t now);
  domain::AcrossTeams organisationRanking(const domain::Actor& a, int64_t now);

  // Organisation admins; 409 while the organisation's ranking is not visible.
  RankingExport exportRanking(const domain::Actor& a, int64_t now);
  // Analysts of the association (association_analysts): a file replaces an earlier one of the
  // same source and period; keys that are not starter dilemmas are skipped. Returns the count
  // of dilemmas kept.
  int64_t importRanking(const domain::Actor& a, const RankingExport& file, int64_t now);
  NationalRanking nationalRanking(const domain::Actor& a);
  // Whether the user is one of the association's analysts (the web app shows the national part).
  bool isAnalyst(int64_t userId);

 private:
  Db& db_;
};

// Whether the actor reviews a team's proposals and runs its rounds: its lead or
// supervisor, or an organisation admin.
bool canReviewDilemmas(const domain::Actor& a, std::optional<domain::TeamRole> role);

// AVG parts (store/privacy/personal_data.cpp): the person's proposals and votes; erasure keeps
// proposals without proposer, votes of closed rounds without voter, and deletes open ones.
boost::json::value dilemmasExport(Conn& c, int64_t userId, ExportFor who);
void dilemmasErase(Conn& c, int64_t userId);

}  // namespace vk::store
