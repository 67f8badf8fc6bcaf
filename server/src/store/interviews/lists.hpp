#pragma once
// How the interview tables keep lists in one TEXT column: JSON arrays of strings (card
// questions, codebook words) and comma-separated keys or ids (fragment themes).
#include <cstdint>
#include <string>
#include <vector>

namespace vk::store {

std::string toJson(const std::vector<std::string>& v);
std::vector<std::string> fromJson(const std::string& s);

std::vector<std::string> splitList(const std::string& s);
std::string joinList(const std::vector<std::string>& v);
std::vector<int64_t> splitIds(const std::string& s);
std::string joinIds(const std::vector<int64_t>& v);

}  // namespace vk::store
