#pragma once
// Versioned schema migrations, written once in SQLite's dialect and translated
// for PostgreSQL (identity keys, BIGINT).
#include <string>
#include <vector>

#include "store/db.hpp"

namespace vk::store {

struct Migration {
  int version;
  std::string sql;
};

const std::vector<Migration>& migrations();
std::string translate(const std::string& sql, Dialect d);
// Applies what is missing, in one transaction per version; returns the version.
int applyMigrations(Db& db);

}  // namespace vk::store
