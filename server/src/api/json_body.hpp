#pragma once
// Strict reading of JSON request bodies, the one way every part reads them: malformed
// JSON, wrong types and unknown fields each give a clear Dutch 400 (problem+json) that
// names the field, instead of being ignored.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"

namespace vk::api {

class JsonBody {
 public:
  // Parses the body and checks that every field is one of `allowed`.
  JsonBody(std::string_view body, std::vector<std::string_view> allowed);

  std::string requiredString(std::string_view field);
  std::optional<std::string> optionalString(std::string_view field);
  std::optional<bool> optionalBool(std::string_view field);
  std::optional<int64_t> optionalInt(std::string_view field);
  // Lists of texts or whole numbers; absent or null gives an empty list.
  std::vector<std::string> stringArray(std::string_view field);
  std::vector<int64_t> intArray(std::string_view field);
  bool has(std::string_view field) const;  // present and not null
  // The whole body, for nested structures the typed readers above do not cover.
  const boost::json::value& root() const { return root_; }
  // Throws Invalid with every collected field error, if any.
  void finish();
  std::vector<domain::FieldError>& errors() { return errors_; }

 private:
  const boost::json::value* get(std::string_view field) const;
  boost::json::value root_;
  std::vector<domain::FieldError> errors_;
};

}  // namespace vk::api
