#pragma once
// Live team sessions in the store: sessions, their event log and guests.
// Access (team members, facilitators, guests with a token) is decided here, in the
// same transaction as the data; the hub in api/ only appends and reads events of a
// session once access was granted.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/guarded_text.hpp"
#include "domain/foundation/people.hpp"
#include "domain/foundation/people.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

class Store;

struct LiveSession {
  int64_t id = 0;
  int64_t orgId = 0;
  int64_t teamId = 0;
  std::string teamName;
  std::string title;
  std::string programme;  // JSON array of blocks
  std::string joinCode;
  std::optional<int64_t> createdBy;
  int64_t createdAt = 0;
  int64_t lastSeq = 0;
  std::optional<int64_t> endedAt;  // set once the session was ended: closed from then on
};

struct LiveEvent {
  int64_t seq = 0;
  std::string clientId;
  std::optional<int64_t> authorUser;
  std::optional<int64_t> authorGuest;
  std::string kind;
  std::string payload;  // JSON object
  int64_t createdAt = 0;
};

// Who is on the other end of a live connection.
struct LiveViewer {
  int64_t sessionId = 0;
  std::optional<int64_t> userId;
  std::optional<int64_t> guestId;
  std::string name;
  bool facilitator = false;
};

// A programme the organisation saved as its own (blocks: JSON array).
struct LiveTemplate {
  int64_t id = 0;
  std::string name;
  std::string blocks;
  std::optional<int64_t> createdBy;
  std::string createdByName;
  int64_t createdAt = 0;
};

// The verses one session of the team added to its song.
struct LiveVerses {
  int64_t sessionId = 0;
  std::string title;
  int64_t createdAt = 0;
  std::vector<std::string> lines;
};

// A member's own thought or sentence in a session, and whether it may go to the team's
// common threads (then it is a shared fragment there, source "live").
struct LiveContribution {
  int64_t seq = 0;
  std::string kind;
  std::string text;
  int64_t createdAt = 0;
  bool toThreads = false;
  bool anonymous = true;
  // A thought placed in a rule x part cell (its latest placement), and whether its author let
  // it join the team's guideline matrix (part `guideline`).
  std::string ruleKey, partKey;
  bool toGuideline = false;
};

// What one actor may see of a session's report: the session and its events, with every
// thought that was not revealed left out unless the actor wrote it or facilitates the
// session (place and group events of a left-out thought are left out with it).
struct LiveReportEvents {
  LiveSession session;
  std::vector<LiveEvent> events;
  bool facilitator = false;
};

// Limits on guests joining one session (a national day: thousands within minutes).
struct LiveJoinLimit {
  int maxJoins = 3000;          // per session within the window
  int64_t windowSeconds = 900;
};

// The what-works conversation of a session (conversation.cpp): where it started and the
// dilemma the group formulated (step 3). Texts were guarded when set; read back as strings.
struct LiveConversation {
  int64_t sessionId = 0;
  int64_t teamId = 0;
  std::string startKind;   // "dilemma" | "case" | "" (not chosen yet)
  std::string startKey;    // the library dilemma it started from
  std::string caseText;    // the case a member brought (no residents' data)
  std::string tension;     // "Moet ik A of B?"
  std::string choiceA, costA, choiceB, costB;
  std::string libraryKey;  // the library dilemma it is linked to
  int64_t updatedAt = 0;
};
struct LiveConversationSet {
  std::string startKind, startKey, libraryKey;  // checked by the route (domain/live/conversation)
  domain::GuardedText caseText, tension, choiceA, costA, choiceB, costB;
};
// An agreement of step 6, kept for the team: what, who, the date to look back on.
struct LiveAgreement {
  int64_t id = 0;
  int64_t teamId = 0;
  int64_t sessionId = 0;
  std::string sessionTitle;
  std::string what, who;
  std::string lookBackOn;  // YYYY-MM-DD
  bool done = false;
  int64_t createdAt = 0;
};
struct LiveAgreementAdd {
  domain::GuardedText what, who;
  std::string lookBackOn;  // checked by the route
};

struct LiveAppend {
  LiveEvent event;
  bool duplicate = false;  // this client id was stored before: nothing new
};

class LiveStore {
 public:
  explicit LiveStore(Store& s) : s_(s) {}

  // title: free text; programme: the JSON array of blocks, every title and prompt guarded.
  LiveSession create(const domain::Actor& a, int64_t teamId, const domain::GuardedText& title,
                     const domain::GuardedText& programme, int64_t now);
  LiveSession session(const domain::Actor& a, int64_t sessionId);
  // The team's sessions, newest first, each with whether this actor facilitates it.
  std::vector<std::pair<LiveSession, bool>> sessionsOfTeam(const domain::Actor& a, int64_t teamId);
  // Access for a member (team view; facilitator: creator, team lead or admin).
  LiveViewer memberViewer(const domain::Actor& a, int64_t sessionId);
  // A guest joins with the code; returns the session id and stores the token's hash.
  // Unknown code: NotFound; an ended session: Conflict; more joins to the session in the
  // window than the limit allows: TooMany.
  int64_t joinAsGuest(const std::string& code, const std::string& name, const std::string& tokenHash, int64_t now,
                      int64_t expiresAt, const LiveJoinLimit& limit = {});
  // The report's events as this actor may see them (team view; see LiveReportEvents).
  LiveReportEvents report(const domain::Actor& a, int64_t sessionId);
  // Ends the session (its facilitators only): appends the "end" event, sets the end time,
  // expires its guest tokens and writes the audit entry, in one transaction. Ending an ended
  // session changes nothing. Returns the session as it is now; ended tells whether this
  // call ended it (and appendedSeq the number of its end event).
  struct Ended {
    LiveSession session;
    bool ended = false;
    int64_t appendedSeq = 0;
  };
  Ended end(const domain::Actor& a, int64_t sessionId, int64_t now);
  // Access for a guest token: only its own session.
  std::optional<LiveViewer> guestViewer(const std::string& tokenHash, int64_t sessionId, int64_t now);

  // Internal to the hub once access was granted. An ended session takes nothing more
  // (Conflict, Dutch title); an "end" event closes the session as end() does.
  // payload: the JSON object of the event, every text in it guarded.
  LiveAppend append(int64_t sessionId, const std::string& clientId, const LiveViewer& author, const std::string& kind,
                    const domain::GuardedText& payload, int64_t now);
  std::vector<LiveEvent> eventsAfter(int64_t sessionId, int64_t afterSeq);
  LiveSession sessionById(int64_t sessionId);

  // The team's song: verses per session, oldest first (only the team's members).
  std::vector<LiveVerses> teamVerses(const domain::Actor& a, int64_t teamId);
  // Internal to the hub: the verses of the team's sessions before this one.
  std::vector<std::string> earlierVerses(int64_t sessionId);
  std::string songUrl(const domain::Actor& a);
  void setSongUrl(const domain::Actor& a, const std::string& url);
  std::string songUrlOfOrg(int64_t orgId);
  // The organisation's own wording of the guideline (JSON, "" for the default).
  std::string guidelineOfOrg(int64_t orgId);
  void setGuideline(const domain::Actor& a, const domain::GuardedText& overrides);  // JSON, every text guarded

  // Own templates of the organisation (live_templates.cpp).
  std::vector<LiveTemplate> templates(const domain::Actor& a);
  LiveTemplate saveTemplate(const domain::Actor& a, const domain::GuardedText& name, const domain::GuardedText& blocks,
                            int64_t now);
  // By their creator or an organisation admin.
  void deleteTemplate(const domain::Actor& a, int64_t templateId);

  // The caller's own thoughts and sentences in a session, and consent to share them with
  // the team's common threads (live_contributions.cpp).
  std::vector<LiveContribution> contributions(const domain::Actor& a, int64_t sessionId);
  // toGuideline: a placed thought joins (true) or leaves (false) the team's guideline matrix;
  // unchanged when absent. Only a thought placed in a cell can join (Invalid otherwise).
  LiveContribution setConsent(const domain::Actor& a, int64_t sessionId, int64_t seq, bool toThreads, bool anonymous,
                              int64_t now, std::optional<bool> toGuideline = std::nullopt);

  // The what-works conversation (conversation.cpp). Reading: the session's team view.
  // Setting the record and adding agreements: the session's facilitators; each command
  // stores the row, appends its event to the session ("conversation", "agreement": every
  // screen sees it, resumes with it) and writes its audit entry in one transaction; an
  // ended session takes nothing more (Conflict).
  std::optional<LiveConversation> conversation(const domain::Actor& a, int64_t sessionId);
  LiveConversation setConversation(const domain::Actor& a, int64_t sessionId, const LiveConversationSet& set,
                                   int64_t now);
  std::vector<LiveAgreement> sessionAgreements(const domain::Actor& a, int64_t sessionId);
  LiveAgreement addAgreement(const domain::Actor& a, int64_t sessionId, const LiveAgreementAdd& add, int64_t now);
  // The team's agreements, open ones by look-back date first (the team's view).
  std::vector<LiveAgreement> teamAgreements(const domain::Actor& a, int64_t teamId);
  // Done or open again: members of the team and its facilitators (the team's view).
  LiveAgreement setAgreementDone(const domain::Actor& a, int64_t agreementId, bool done, int64_t now);

 private:
  Store& s_;
};

// AVG parts (store/personal_data.cpp, live_personal.cpp): a member's thoughts, sentences and
// verses are exported; erasure keeps them in the sessions without author; guests' names go
// with the retention job once their session ended before the cutoff.
boost::json::value liveExport(Conn& c, int64_t userId, ExportFor who);
void liveErase(Conn& c, int64_t userId);
int64_t livePurgeGuests(Conn& c, int64_t cutoff);

}  // namespace vk::store
