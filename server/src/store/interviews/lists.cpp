#include "store/interviews/lists.hpp"

#include <boost/json.hpp>

namespace vk::store {

namespace json = boost::json;

namespace {
json::array jarr(const std::vector<std::string>& v) {
  json::array a;
  for (auto& s : v) a.emplace_back(s);
  return a;
}
}  // namespace

std::string toJson(const std::vector<std::string>& v) { return json::serialize(jarr(v)); }

std::vector<std::string> fromJson(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  auto v = json::parse(s);
  for (auto& x : v.as_array()) out.emplace_back(x.as_string());
  return out;
}

std::vector<std::string> splitList(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string joinList(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += (s.empty() ? "" : ",") + x;
  return s;
}

std::vector<int64_t> splitIds(const std::string& s) {
  std::vector<int64_t> out;
  for (auto& x : splitList(s)) out.push_back(std::stoll(x));
  return out;
}

std::string joinIds(const std::vector<int64_t>& v) {
  std::string s;
  for (auto x : v) s += (s.empty() ? "" : ",") + std::to_string(x);
  return s;
}

}  // namespace vk::store
