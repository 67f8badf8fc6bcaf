#include "api/json_body.hpp"

#include <boost/json.hpp>

namespace vk::api {

using domain::ErrorKind;

JsonBody::JsonBody(std::string_view body, std::vector<std::string_view> allowed) {
  boost::json::parse_options opt;
  opt.max_depth = 32;
  boost::system::error_code ec;
  root_ = boost::json::parse(body, ec, {}, opt);
  if (ec) domain::invalid("De gegevens zijn geen geldige JSON.");
  if (!root_.is_object()) domain::invalid("Verwacht een JSON-object.");
  for (auto& kv : root_.as_object()) {
    bool known = false;
    for (auto a : allowed) known = known || kv.key() == a;
    if (!known) errors_.push_back({std::string(kv.key()), "Onbekend veld."});
  }
}

const boost::json::value* JsonBody::get(std::string_view field) const {
  auto* v = root_.as_object().if_contains(field);
  return (v && !v->is_null()) ? v : nullptr;
}

std::string JsonBody::requiredString(std::string_view field) {
  auto v = optionalString(field);
  if (!v) {
    if (!get(field)) errors_.push_back({std::string(field), "Vul dit veld in."});
    return {};
  }
  return *v;
}

std::optional<std::string> JsonBody::optionalString(std::string_view field) {
  auto* v = get(field);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    errors_.push_back({std::string(field), "Verwacht tekst."});
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::optional<bool> JsonBody::optionalBool(std::string_view field) {
  auto* v = get(field);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    errors_.push_back({std::string(field), "Verwacht waar of onwaar (true/false)."});
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<int64_t> JsonBody::optionalInt(std::string_view field) {
  auto* v = get(field);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() < (1ull << 62)) return static_cast<int64_t>(v->as_uint64());
  errors_.push_back({std::string(field), "Verwacht een geheel getal."});
  return std::nullopt;
}

bool JsonBody::has(std::string_view field) const { return get(field) != nullptr; }

std::vector<std::string> JsonBody::stringArray(std::string_view field) {
  std::vector<std::string> out;
  auto* v = get(field);
  if (!v) return out;
  auto bad = [&] {
    errors_.push_back({std::string(field), "Verwacht een lijst met teksten."});
    return std::vector<std::string>{};
  };
  if (!v->is_array()) return bad();
  for (auto& x : v->as_array()) {
    if (!x.is_string()) return bad();
    out.emplace_back(x.as_string());
  }
  return out;
}

std::vector<int64_t> JsonBody::intArray(std::string_view field) {
  std::vector<int64_t> out;
  auto* v = get(field);
  if (!v) return out;
  auto bad = [&] {
    errors_.push_back({std::string(field), "Verwacht een lijst met nummers."});
    return std::vector<int64_t>{};
  };
  if (!v->is_array()) return bad();
  for (auto& x : v->as_array()) {
    if (x.is_int64()) out.push_back(x.as_int64());
    else if (x.is_uint64() && x.as_uint64() < (1ull << 62)) out.push_back(static_cast<int64_t>(x.as_uint64()));
    else return bad();
  }
  return out;
}

void JsonBody::finish() {
  if (!errors_.empty()) domain::invalid("Niet alle gegevens zijn goed ingevuld.", std::move(errors_));
}

}  // namespace vk::api
