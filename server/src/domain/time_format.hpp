#pragma once
// ISO 8601 UTC formatting of epoch seconds (the API's timestamp form).
#include <cstdint>
#include <string>

namespace vk::domain {
std::string isoUtc(int64_t epochSeconds);
}
