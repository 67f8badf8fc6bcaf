#pragma once
// Reading the interview part's request bodies: lists of texts or numbers (checked
// beside JsonBody's own fields), trimmed texts with a maximum length, and the routes of
// the organisation's codebook (routes_interviews_codebook.cpp).
#include <cstdint>
#include <string>
#include <vector>

#include "api/app.hpp"
#include "api/json_body.hpp"

namespace vk::api {

std::vector<std::string> stringArray(Ctx& c, const char* name, std::vector<domain::FieldError>& errors);
std::vector<int64_t> intArray(Ctx& c, const char* name, std::vector<domain::FieldError>& errors);
bool hasField(Ctx& c, const char* name);
std::string boundedText(JsonBody& b, const char* field, size_t max, bool required = true);

void addInterviewCodebookRoutes(RouteTable& r);

}  // namespace vk::api
