#pragma once
// Inside the live part's store only: loading a session, who facilitates it, and appending
// one event in the caller's write transaction (store.cpp), shared by the conversation's
// commands (conversation.cpp), which append their record to the session's event log.
#include <cstdint>
#include <optional>
#include <string>

#include "domain/foundation/people.hpp"
#include "store/db.hpp"
#include "store/live/store.hpp"

namespace vk::store {

// orgId: the actor's organisation (another's session: NotFound); nullopt inside the hub.
LiveSession loadSession(Conn& c, int64_t sessionId, std::optional<int64_t> orgId);
// Its creator, the team's lead and supervisor, an organisation admin.
bool facilitates(const domain::Actor& a, const LiveSession& s, std::optional<domain::TeamRole> role);
// The session's next number, the event, and on PostgreSQL the NOTIFY; an ended session: Conflict.
int64_t appendIn(Conn& c, bool postgres, int64_t sessionId, const std::string& clientId, std::optional<int64_t> userId,
                 std::optional<int64_t> guestId, const std::string& kind, const std::string& payload, int64_t now);

}  // namespace vk::store
