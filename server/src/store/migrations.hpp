#pragma once
// Versioned schema migrations, written once in SQLite's dialect and translated
// for PostgreSQL (identity keys, BIGINT, group_concat as string_agg).
#include <string>
#include <vector>

#include "store/db.hpp"

namespace vk::store {

struct Migration {
  int version;
  std::string sql;
};

// Each part of Vakkompas owns a range of versions, so parts can add tables without
// renumbering each other: foundation 1–99, knowledge map 100–199, interviews
// 200–299, live sessions 300–399, privacy and AVG 400–499, dilemmas 500–549, craft 550–574, guideline 575–599,
// partners 600–649. A version is applied once;
// versions are applied in ascending order.
std::vector<Migration> foundationMigrations();
std::vector<Migration> liveMigrations();
std::vector<Migration> knowledgeMigrations();
std::vector<Migration> interviewMigrations();
std::vector<Migration> dilemmaMigrations();
std::vector<Migration> craftMigrations();
std::vector<Migration> guidelineMigrations();
std::vector<Migration> partnerMigrations();
const std::vector<Migration>& migrations();  // all parts, sorted by version
std::string translate(const std::string& sql, Dialect d);
// Applies what is missing, in one transaction per version; returns the highest version.
int applyMigrations(Db& db);

}  // namespace vk::store
