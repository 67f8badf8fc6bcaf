#pragma once
// Live team sessions in the store: sessions, their event log and guests.
// Access (team members, facilitators, guests with a token) is decided here, in the
// same transaction as the data; the hub in api/ only appends and reads events of a
// session once access was granted.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/people.hpp"

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

struct LiveAppend {
  LiveEvent event;
  bool duplicate = false;  // this client id was stored before: nothing new
};

class LiveStore {
 public:
  explicit LiveStore(Store& s) : s_(s) {}

  LiveSession create(const domain::Actor& a, int64_t teamId, const std::string& title, const std::string& programme,
                     int64_t now);
  LiveSession session(const domain::Actor& a, int64_t sessionId);
  std::vector<LiveSession> sessionsOfTeam(const domain::Actor& a, int64_t teamId);
  // Access for a member (team view; facilitator: creator, team lead or admin).
  LiveViewer memberViewer(const domain::Actor& a, int64_t sessionId);
  // A guest joins with the code; returns the session id and stores the token's hash.
  int64_t joinAsGuest(const std::string& code, const std::string& name, const std::string& tokenHash, int64_t now,
                      int64_t expiresAt);
  // Access for a guest token: only its own session.
  std::optional<LiveViewer> guestViewer(const std::string& tokenHash, int64_t sessionId, int64_t now);

  // Internal to the hub once access was granted.
  LiveAppend append(int64_t sessionId, const std::string& clientId, const LiveViewer& author, const std::string& kind,
                    const std::string& payload, int64_t now);
  std::vector<LiveEvent> eventsAfter(int64_t sessionId, int64_t afterSeq);
  LiveSession sessionById(int64_t sessionId);

  // Verses the team wrote in its sessions, oldest first (team view).
  std::vector<std::string> teamVerses(const domain::Actor& a, int64_t teamId);
  std::string songUrl(const domain::Actor& a);
  void setSongUrl(const domain::Actor& a, const std::string& url);
  std::string songUrlOfOrg(int64_t orgId);

 private:
  Store& s_;
};

}  // namespace vk::store
