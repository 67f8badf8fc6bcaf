#pragma once
// Answers remembered for state-changing requests sent with an Idempotency-Key header: a retry
// with the same key (after a lost answer, a crash, a phone on a bad connection) gets the first
// answer back instead of writing twice. Keys belong to the user who sent them and last a day.
// rememberAnswer runs inside the request's command (Db::commandScope), so the answer is stored
// in the same transaction as the change it answers: either both are saved or neither.
#include <cstdint>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace vk::store {

struct StoredAnswer {
  std::string fingerprint;  // of method, path and body: the same key for another request is refused
  int status = 200;
  std::string contentType;
  std::string body;
};

inline constexpr int64_t kIdempotencySeconds = 24 * 3600;

std::optional<StoredAnswer> findAnswer(Db& db, int64_t userId, const std::string& key, int64_t now);
void rememberAnswer(Db& db, int64_t userId, const std::string& key, const StoredAnswer& answer, int64_t now);

}  // namespace vk::store
