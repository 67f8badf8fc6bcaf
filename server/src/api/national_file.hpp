#pragma once
// What the parts' national story point files share (dilemmas, craft, guideline): an
// organisation's admin downloads counts as a JSON file; an analyst of the association's
// installation uploads it. Reading one checks it field by field and names every problem at
// once; the head (kind, version, source, period) is the same in every file.
#include <boost/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "domain/errors.hpp"

namespace vk::api::national {

inline constexpr int64_t kMaxCount = 1000000;

// The uploaded body as a JSON object, or a 400 ("geen geldig JSON-bestand" / `notThisFile`).
boost::json::object parseObject(const std::string& body, const char* notThisFile);

// A whole count from 0 to kMaxCount, or nothing.
std::optional<int64_t> count(const boost::json::value* v);

// Every field of `o` that is not in `known` is an error at `at` + its name.
void unknownFields(const boost::json::object& o, std::initializer_list<const char*> known, const std::string& at,
                   std::vector<domain::FieldError>& errors);

struct Head {
  std::string source;  // the organisation's name
  std::string period;  // a month, 2026-12
};
// kind must be `kind`, version 1, source a name of at most 200 characters, period a month.
Head readHead(const boost::json::object& o, const char* kind, std::vector<domain::FieldError>& errors);

}  // namespace vk::api::national
