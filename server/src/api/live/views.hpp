#pragma once
// JSON shapes of the live part's resources (camelCase, ISO 8601 UTC).
#include <boost/json/object.hpp>

#include "api/app.hpp"
#include "store/live/store.hpp"

namespace vk::api {

// A session; withCode: its join code and link too (for those who may show them).
boost::json::object view(const store::LiveSession& s, bool withCode, const Ctx& c);
boost::json::object contributionView(const store::LiveContribution& x);
// The what-works conversation: the record (or an empty one) with the life domains of its
// library dilemma and the session's agreements; an agreement with whether it is due.
boost::json::object conversationView(int64_t sessionId, int64_t teamId, const std::optional<store::LiveConversation>& x,
                                     const std::vector<store::LiveAgreement>& agreements, int64_t now);
boost::json::object agreementView(const store::LiveAgreement& x, int64_t now);
boost::json::object templateView(const store::LiveTemplate& t, const domain::Actor& a);

}  // namespace vk::api
