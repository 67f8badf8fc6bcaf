#pragma once
// What a live team session produced: thoughts per rule of thumb and part of the broad
// assignment (after the facilitator's placements), the sentences and the new verses.
#include <boost/json/object.hpp>
#include <cstdint>
#include <string>

#include "domain/foundation/people.hpp"

namespace vk::store {
class LiveStore;
}

namespace vk::api {

// The report as JSON, as the actor may see it: the store decides access (team view) and
// leaves out thoughts that were not revealed unless the actor wrote them or facilitates.
// With a what-works conversation: "conversation" (the record, questions, perspectives, what
// works, agreements), else null. now: for whether an agreement is due.
boost::json::object liveReport(store::LiveStore& ls, const domain::Actor& a, int64_t sessionId, int64_t now);
std::string liveReportPdf(const boost::json::object& report);

}  // namespace vk::api
