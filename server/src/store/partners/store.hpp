#pragma once
// Partner rounds: a team lead asks partners outside the organisation (a school, a GP, the
// housing corporation, …; never a resident) whether they recognise the guideline's rules
// in the team's work. Partners have no account: they answer through a personal link (its
// token is stored only as a hash) or the round's open link. Results show only from the
// round's minimum of answers, decided in the query that reads them; in an anonymous round
// nothing ties an answer to its link.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/foundation/people.hpp"
#include "domain/guarded_text.hpp"
#include "domain/partners/partners.hpp"
#include "store/db.hpp"

namespace vk::store {

struct NewPartnerInvitation {
  std::string kind;
  domain::GuardedText label;  // an organisation's name, guarded
  std::string tokenHash;
};

struct NewPartnerRound {
  domain::GuardedText title;
  bool anonymous = true;
  std::string closesOn;  // YYYY-MM-DD
  int64_t minAnswers = domain::kDefaultMinPartnerAnswers;
  domain::PartnerQuestions questions;
  std::optional<std::string> openTokenHash;
  std::vector<NewPartnerInvitation> invitations;
};

struct PartnerInvitation {
  int64_t id = 0;
  std::string kind;
  std::string label;
  std::string status;  // nieuw, bewaard, ingestuurd, ingetrokken; empty in anonymous rounds
};

struct PartnerRound {
  int64_t id = 0;
  int64_t teamId = 0;
  std::string teamName;
  std::string title;
  bool anonymous = true;
  std::string closesOn;
  int64_t minAnswers = domain::kDefaultMinPartnerAnswers;
  bool open = true;
  int64_t answerCount = 0;
  bool openLink = false;
  int64_t createdAt = 0;
  domain::PartnerQuestions questions;
  std::vector<PartnerInvitation> invitations;
  std::map<std::string, int64_t> statusCounts;  // nieuw, bewaard, ingestuurd, ingetrokken
};

// What a partner's link opens: the round (or why it no longer opens).
enum class LinkState { Open, Used, Closed, Revoked, Unknown };
struct PartnerLink {
  LinkState state = LinkState::Unknown;
  int64_t roundId = 0;
  int64_t orgId = 0;
  std::string team;
  std::string organisation;
  std::string title;
  bool anonymous = true;
  std::string closesOn;
  domain::PartnerQuestions questions;
  std::optional<domain::PartnerAnswers> draft;
  std::string kind;   // personal links
  std::string label;
};

// The rules part of a team's latest round with visible results.
struct PartnerView {
  bool visible = false;
  int64_t answerCount = 0;
  std::optional<int64_t> roundId;
  std::vector<domain::PartnerRuleResult> rules;  // without examples
};

class PartnerStore {
 public:
  explicit PartnerStore(Db& db) : db_(db) {}

  // The team's lead or supervisor, or an organisation admin.
  PartnerRound createRound(const domain::Actor& a, int64_t teamId, const NewPartnerRound& in, int64_t now);
  std::vector<PartnerInvitation> addInvitations(const domain::Actor& a, int64_t roundId,
                                                const std::vector<NewPartnerInvitation>& in, int64_t now);
  std::vector<PartnerRound> rounds(const domain::Actor& a, int64_t teamId, int64_t now);
  PartnerRound round(const domain::Actor& a, int64_t roundId, int64_t now);
  PartnerRound revoke(const domain::Actor& a, int64_t roundId, int64_t invitationId, int64_t now);
  PartnerRound close(const domain::Actor& a, int64_t roundId, int64_t now);
  // The team's members see the results, from the round's minimum of answers.
  domain::PartnerResults results(const domain::Actor& a, int64_t roundId, int64_t now);
  // Per rule of the guideline: how the partners in the team's latest visible round answered.
  PartnerView teamPartnerView(const domain::Actor& a, int64_t teamId, int64_t now);

  // Public, by the hash of a token; no actor.
  PartnerLink personalLink(const std::string& tokenHash, int64_t now);
  // 410-states throw nothing: the caller answers by the state (Open: saved or accepted).
  // Saving moves the link to "bewaard"; submitting moves the answers to partner_answers and
  // the link to "ingestuurd".
  PartnerLink saveDraft(const std::string& tokenHash, const domain::GuardedText& answers, bool overridden, int64_t now);
  PartnerLink submit(const std::string& tokenHash, const domain::GuardedText& answers, bool overridden, int64_t now);
  PartnerLink openLink(const std::string& tokenHash, int64_t now);
  // challengeHash: spent once (a replay is refused with 409).
  PartnerLink submitOpen(const std::string& tokenHash, const domain::GuardedText& answers, bool overridden,
                         const std::string& challengeHash, int64_t challengeExpires, int64_t now);

 private:
  Db& db_;
};

bool canRunPartnerRounds(const domain::Actor& a, std::optional<domain::TeamRole> role);

}  // namespace vk::store
