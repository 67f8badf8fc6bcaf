#include "store/foundation/idempotency.hpp"

namespace vk::store {

std::optional<StoredAnswer> findAnswer(Db& db, int64_t userId, const std::string& key, int64_t now) {
  std::optional<StoredAnswer> out;
  db.read([&](Conn& c) {
    auto r = c.query(
        "SELECT fingerprint, status, content_type, body FROM idempotency_keys "
        "WHERE user_id = $1 AND idem_key = $2 AND created_at > $3",
        {userId, key, now - kIdempotencySeconds});
    if (!r.empty()) out = StoredAnswer{r[0].str(0), static_cast<int>(r[0].i64(1)), r[0].str(2), r[0].str(3)};
  });
  return out;
}

void rememberAnswer(Db& db, int64_t userId, const std::string& key, const StoredAnswer& a, int64_t now) {
  db.write([&](Conn& c) {
    c.query("DELETE FROM idempotency_keys WHERE created_at <= $1", {now - kIdempotencySeconds});
    c.query(
        "INSERT INTO idempotency_keys (user_id, idem_key, fingerprint, status, content_type, body, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {userId, key, a.fingerprint, int64_t{a.status}, a.contentType, a.body, now});
  });
}

}  // namespace vk::store
