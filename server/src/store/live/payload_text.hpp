#pragma once
// The text of a stored live event (thought, sentence, verse): its payload is {"text": …}.
#include <boost/json.hpp>
#include <string>

namespace vk::store {

inline std::string payloadText(const std::string& payload) {
  boost::system::error_code ec;
  auto v = boost::json::parse(payload, ec);
  if (ec || !v.is_object()) return {};
  auto* t = v.as_object().if_contains("text");
  return t && t->is_string() ? std::string(t->as_string()) : std::string();
}

}  // namespace vk::store
