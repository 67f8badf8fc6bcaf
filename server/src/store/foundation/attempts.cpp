#include "store/foundation/attempts.hpp"

#include <unordered_map>

#include "store/db.hpp"

namespace vk::store {

namespace {

constexpr int64_t kSweepEvery = 600;  // seconds between deletions of counts that are over, per instance

// "$1, $2, …" for n keys.
std::string placeholders(size_t n) {
  std::string out;
  for (size_t i = 1; i <= n; ++i) out += (i > 1 ? ", $" : "$") + std::to_string(i);
  return out;
}

std::vector<Value> values(const std::vector<std::string>& keys) { return {keys.begin(), keys.end()}; }

}  // namespace

std::vector<std::string> AttemptStore::hashedAll(const std::vector<std::string>& keys) const {
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (auto& k : keys) out.push_back(hashed(k));
  return out;
}

std::vector<AttemptCount> AttemptStore::counts(const std::vector<std::string>& keys, int64_t now) {
  std::vector<std::string> hashes = hashedAll(keys);
  std::unordered_map<std::string, AttemptCount> found;
  db_.read([&](Conn& c) {
    auto r = c.query("SELECT key_hash, failures, next_at, expires_at FROM attempt_counts WHERE key_hash IN (" +
                         placeholders(hashes.size()) + ")",
                     values(hashes));
    for (size_t i = 0; i < r.size(); ++i)
      if (r[i].i64(3) > now)
        found[r[i].str(0)] = {static_cast<int>(r[i].i64(1)), r[i].i64(2), r[i].i64(3)};
  });
  std::vector<AttemptCount> out;
  for (auto& h : hashes) out.push_back(found.count(h) ? found[h] : AttemptCount{});
  return out;
}

void AttemptStore::fail(const std::vector<AttemptFailure>& failures, int64_t now) {
  int64_t due = nextSweep_.load();
  bool sweep = now >= due && nextSweep_.compare_exchange_strong(due, now + kSweepEvery);
  db_.write([&](Conn& c) {
    if (sweep) c.query("DELETE FROM attempt_counts WHERE expires_at <= $1", {now});
    for (auto& f : failures) {
      std::string key = hashed(f.key);
      // A count that is over starts again at one; otherwise one more. A sliding count lives
      // `period` after its latest failure, a window `period` after its first.
      auto r = c.query(
          "INSERT INTO attempt_counts (key_hash, failures, next_at, expires_at) VALUES ($1, 1, 0, $3) "
          "ON CONFLICT (key_hash) DO UPDATE SET "
          "failures = CASE WHEN attempt_counts.expires_at <= $2 THEN 1 ELSE attempt_counts.failures + 1 END, "
          "next_at = CASE WHEN attempt_counts.expires_at <= $2 THEN 0 ELSE attempt_counts.next_at END, "
          "expires_at = CASE WHEN attempt_counts.expires_at <= $2 OR $4 = 1 THEN $3 ELSE attempt_counts.expires_at END "
          "RETURNING failures",
          {key, now, now + f.period, int64_t{f.sliding ? 1 : 0}});
      int64_t delay = f.delay ? f.delay(static_cast<int>(r[0].i64(0))) : 0;
      if (delay > 0)
        c.query("UPDATE attempt_counts SET next_at = $2, "
                "expires_at = CASE WHEN expires_at < $2 THEN $2 ELSE expires_at END WHERE key_hash = $1",
                {key, now + delay});
    }
  });
}

void AttemptStore::forget(const std::vector<std::string>& keys) {
  std::vector<std::string> hashes = hashedAll(keys);
  db_.write([&](Conn& c) {
    c.query("DELETE FROM attempt_counts WHERE key_hash IN (" + placeholders(hashes.size()) + ")", values(hashes));
  });
}

}  // namespace vk::store
