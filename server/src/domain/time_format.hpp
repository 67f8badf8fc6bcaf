#pragma once
// ISO 8601 UTC formatting of epoch seconds (the API's timestamp form), and the day as Dutch
// readers write it on paper ("2 december 2026").
#include <cstdint>
#include <string>

namespace vk::domain {
std::string isoUtc(int64_t epochSeconds);
std::string dutchDate(int64_t epochSeconds);
// A day written YYYY-MM-DD as Dutch readers write it ("30 mei 2027"); anything else as it is.
std::string dutchDay(const std::string& isoDay);
}
