#include "api/interviews/body.hpp"


#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;

std::string boundedText(JsonBody& b, const char* field, size_t max, bool required) {
  std::string s = trimmed(required ? b.requiredString(field) : b.optionalString(field).value_or(""));
  if (s.size() > max) b.errors().push_back({field, "Deze tekst is te lang (hoogstens " + std::to_string(max) + " tekens)."});
  return s;
}

}  // namespace vk::api
