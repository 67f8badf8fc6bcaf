#pragma once
// Reading the interview part's request bodies: trimmed texts with a maximum length
// (lists come from JsonBody itself), and the routes of
// the organisation's codebook (routes_interviews_codebook.cpp).
#include <cstdint>
#include <string>
#include <vector>

#include "api/app.hpp"
#include "api/json_body.hpp"

namespace vk::api {

std::string boundedText(JsonBody& b, const char* field, size_t max, bool required = true);

void addInterviewCodebookRoutes(RouteTable& r);

}  // namespace vk::api
