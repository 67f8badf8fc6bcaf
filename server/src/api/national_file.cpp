#include "api/national_file.hpp"

#include <regex>

namespace vk::api::national {

namespace json = boost::json;

json::object parseObject(const std::string& body, const char* notThisFile) {
  json::value file;
  try {
    file = json::parse(body);
  } catch (const std::exception&) {
    domain::invalid("Dit is geen geldig JSON-bestand.");
  }
  auto* o = file.if_object();
  if (!o) domain::invalid(notThisFile);
  return std::move(*o);
}

std::optional<int64_t> count(const json::value* v) {
  if (!v || !v->is_int64() || v->as_int64() < 0 || v->as_int64() > kMaxCount) return std::nullopt;
  return v->as_int64();
}

void unknownFields(const json::object& o, std::initializer_list<const char*> known, const std::string& at,
                   std::vector<domain::FieldError>& errors) {
  for (auto& kv : o) {
    bool ok = false;
    for (auto* k : known) ok = ok || kv.key() == k;
    if (!ok) errors.push_back({at + std::string(kv.key()), "Onbekend veld."});
  }
}

Head readHead(const json::object& o, const char* kind, std::vector<domain::FieldError>& errors) {
  Head out;
  auto* k = o.if_contains("kind");
  if (!k || !k->is_string() || k->as_string() != kind) errors.push_back({"kind", std::string("Verwacht: ") + kind + "."});
  auto* version = o.if_contains("version");
  if (!version || !version->is_int64() || version->as_int64() != 1) errors.push_back({"version", "Verwacht: versie 1."});
  auto* source = o.if_contains("source");
  if (!source || !source->is_string() || source->as_string().empty() || source->as_string().size() > 200)
    errors.push_back({"source", "Verwacht: de naam van de organisatie (hooguit 200 tekens)."});
  else
    out.source = std::string(source->as_string());
  static const std::regex month("20[0-9]{2}-(0[1-9]|1[0-2])");
  auto* period = o.if_contains("period");
  if (!period || !period->is_string() || !std::regex_match(std::string(period->as_string()), month))
    errors.push_back({"period", "Verwacht: een maand, zoals 2026-12."});
  else
    out.period = std::string(period->as_string());
  return out;
}

}  // namespace vk::api::national
