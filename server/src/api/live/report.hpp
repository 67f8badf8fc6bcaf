#pragma once
// What a live team session produced: thoughts per rule of thumb and part of the broad
// assignment (after the facilitator's placements), the sentences and the new verses.
#include <boost/json/object.hpp>
#include <cstdint>
#include <string>

namespace vk::store {
class LiveStore;
}

namespace vk::api {

// The report as JSON (access is checked by the caller).
boost::json::object liveReport(store::LiveStore& ls, int64_t sessionId);
std::string liveReportPdf(const boost::json::object& report);

}  // namespace vk::api
