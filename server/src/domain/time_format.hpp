#pragma once
// ISO 8601 UTC formatting of epoch seconds (the API's timestamp form), and the day as Dutch
// readers write it on paper ("2 december 2026").
#include <cstdint>
#include <string>

namespace vk::domain {
std::string isoUtc(int64_t epochSeconds);
std::string dutchDate(int64_t epochSeconds);
}
