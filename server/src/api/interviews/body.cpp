#include "api/interviews/body.hpp"

#include <boost/json.hpp>

#include "domain/foundation/validation.hpp"

namespace vk::api {

using namespace vk::domain;
namespace json = boost::json;

// Arrays are read from the raw body; JsonBody has already checked the fields.
namespace {
const json::value* rawField(Ctx& c, const char* name, json::value& holder) {
  holder = json::parse(c.req.body.empty() ? "{}" : c.req.body);
  return holder.is_object() ? holder.as_object().if_contains(name) : nullptr;
}
}  // namespace

bool hasField(Ctx& c, const char* name) {
  json::value h;
  return rawField(c, name, h) != nullptr;
}

std::vector<std::string> stringArray(Ctx& c, const char* name, std::vector<FieldError>& errors) {
  json::value h;
  std::vector<std::string> out;
  auto* v = rawField(c, name, h);
  if (!v) return out;
  if (!v->is_array()) {
    errors.push_back({name, "Verwacht een lijst met teksten."});
    return out;
  }
  for (auto& x : v->as_array()) {
    if (!x.is_string()) {
      errors.push_back({name, "Verwacht een lijst met teksten."});
      return {};
    }
    out.emplace_back(x.as_string());
  }
  return out;
}
std::vector<int64_t> intArray(Ctx& c, const char* name, std::vector<FieldError>& errors) {
  json::value h;
  std::vector<int64_t> out;
  auto* v = rawField(c, name, h);
  if (!v) return out;
  if (!v->is_array()) {
    errors.push_back({name, "Verwacht een lijst met nummers."});
    return out;
  }
  for (auto& x : v->as_array()) {
    if (!x.is_int64()) {
      errors.push_back({name, "Verwacht een lijst met nummers."});
      return {};
    }
    out.push_back(x.as_int64());
  }
  return out;
}
std::string boundedText(JsonBody& b, const char* field, size_t max, bool required) {
  std::string s = trimmed(required ? b.requiredString(field) : b.optionalString(field).value_or(""));
  if (s.size() > max) b.errors().push_back({field, "Deze tekst is te lang (hoogstens " + std::to_string(max) + " tekens)."});
  return s;
}

}  // namespace vk::api
