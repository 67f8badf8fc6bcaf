#pragma once
// The members' AVG rights across every part of Vakkompas: each part that stores
// personal data says how to export a person's data and how to erase it when they
// leave, and which texts expire (store/personal_data.cpp lists the parts).
#include <boost/json/value.hpp>
#include <cstdint>
#include <vector>

#include "domain/foundation/people.hpp"
#include "store/db.hpp"

namespace vk::store {

struct PersonalDataPart {
  const char* name;
  // Everything of the person in this part, as JSON (no other person's private data).
  boost::json::value (*exportData)(Conn& c, int64_t userId);
  // Inside the erasure transaction: delete the person's private items and make their
  // contributions to team aggregates anonymous. May be nullptr.
  void (*erase)(Conn& c, int64_t userId);
};

struct RetentionPart {
  const char* name;
  // Deletes texts older than cutoff (epoch seconds), keeping anonymous tags; returns how many.
  int64_t (*purge)(Conn& c, int64_t cutoff);
};

std::vector<PersonalDataPart> personalDataParts();
std::vector<RetentionPart> retentionParts();

// The caller's own data, or (organisation admins) a member's of their organisation.
boost::json::object exportPersonalData(Db& db, const domain::Actor& caller, int64_t userId, int64_t now);
// Organisation admins erase a member who left; not themselves.
void erasePersonalData(Db& db, const domain::Actor& caller, int64_t userId, int64_t now);
// Runs every retention part; returns the number of texts deleted.
int64_t runRetention(Db& db, int64_t now, int64_t retentionSeconds);

}  // namespace vk::store
