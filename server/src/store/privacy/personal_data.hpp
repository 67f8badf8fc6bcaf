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

// Who asked for a person's data. Self: the person's own download, everything of theirs.
// Organisation: an admin's download for a member (the AVG request path): what the
// organisation keeps about them as a colleague — account, teams, roles, profile,
// invitations, audit entries about them, their shared named contributions — never
// interview content, private zodatjes, help-question texts or which anonymous
// contributions are theirs; those reach the member only through their own download.
enum class ExportFor { Self, Organisation };

struct PersonalDataPart {
  const char* name;
  // The person's data in this part, as JSON (no other person's private data); for
  // ExportFor::Organisation only what the organisation keeps about them as a colleague.
  boost::json::value (*exportData)(Conn& c, int64_t userId, ExportFor who);
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

// The caller's own data (ExportFor::Self), or (organisation admins) what the organisation
// keeps about a member of theirs (ExportFor::Organisation); decided here, not by the route.
boost::json::object exportPersonalData(Db& db, const domain::Actor& caller, int64_t userId, int64_t now);
// Organisation admins erase a member who left; not themselves.
void erasePersonalData(Db& db, const domain::Actor& caller, int64_t userId, int64_t now);
// Runs every retention part; returns the number of texts deleted.
int64_t runRetention(Db& db, int64_t now, int64_t retentionSeconds);

}  // namespace vk::store
