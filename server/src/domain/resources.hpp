#pragma once
// Files embedded into the binary at build time (OpenAPI description, starter content).
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace vk::resources {
const std::map<std::string, std::string_view>& all();
inline std::optional<std::string_view> get(const std::string& path) {
  auto& m = all();
  auto it = m.find(path);
  if (it == m.end()) return std::nullopt;
  return it->second;
}
}  // namespace vk::resources
