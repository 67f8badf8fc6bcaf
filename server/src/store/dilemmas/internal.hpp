#pragma once
// What the dilemma store's files share (library.cpp, proposals.cpp, rounds.cpp): reading a
// stored dilemma and assembling a library inside a transaction.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/dilemmas/store.hpp"
#include "store/audit.hpp"

namespace vk::store::dilemmas {

inline Value optValue(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(); }

// A stored dilemma's JSON (dilemmaJson without key); a row that no longer passes the
// check keeps what can be read of it.
domain::Dilemma parseContent(const std::string& content);
std::string ownKey(int64_t id);                      // "eigen-<id>"
std::optional<int64_t> ownId(const std::string& key);  // the id of "eigen-<id>"

struct LibraryScope {
  std::optional<int64_t> teamId;  // this team's accepted proposals
  bool allTeams = false;          // every team's (the organisation's list for admins)
  bool withRetired = false;
};
std::vector<LibraryDilemma> loadLibrary(Conn& c, int64_t orgId, const LibraryScope& scope);
// Titles by key for a ranking: the library of the scope, retired ones included.
std::map<std::string, std::string> titlesOf(const std::vector<LibraryDilemma>& library);


}  // namespace vk::store::dilemmas
