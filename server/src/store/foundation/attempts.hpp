#pragma once
// Failed attempts against guessing (wrong passwords, second-step codes, live join codes), kept
// in the store so that every instance on one database counts the same failures
// (docs/adr/0014-shared-attempt-limits.md). A key ("login.account\n<e-mail>") is stored only as
// a keyed hash under the server key (SecretBox::keyedHash): no e-mail address, client address
// or user id in the table. The rules (how many, how long to wait) are the caller's
// (api/rate_limiter); this store counts atomically, so failures on two instances at once both
// count, and deletes counts that are over.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/foundation/secret_box.hpp"

namespace vk::store {

class Db;

// One key's count now. A key without a count, or whose count is over, reads as zeros.
struct AttemptCount {
  int failures = 0;
  int64_t nextAt = 0;     // no attempt is evaluated before this time (a delay), 0: none
  int64_t expiresAt = 0;  // the count starts again from zero at this time
};

// One failure to count. `period`: how long a count lives; `sliding`: from its latest failure
// (an account's failures, forgotten a day after the last one) rather than from its first (a
// fixed window per client address). `delay`: seconds to wait after this many failures (0:
// none); empty for a window.
struct AttemptFailure {
  std::string key;
  int64_t period = 0;
  bool sliding = false;
  std::function<int64_t(int failures)> delay;
};

class AttemptStore {
 public:
  AttemptStore(Db& db, const SecretBox& box) : db_(db), box_(box) {}

  // The counts of these keys, in their order: one read.
  std::vector<AttemptCount> counts(const std::vector<std::string>& keys, int64_t now);
  // One failure for each, in one write (inside a command: a part of it, so the command's answer
  // and its count commit together). Now and then deletes the counts that are over.
  void fail(const std::vector<AttemptFailure>& failures, int64_t now);
  // Forgets these keys' counts (the right password), in one write. The caller writes only
  // when its counts() showed a failure, so the usual log-in reads once and writes nothing.
  void forget(const std::vector<std::string>& keys);

 private:
  std::string hashed(const std::string& key) const { return box_.keyedHash("attempt", key); }
  std::vector<std::string> hashedAll(const std::vector<std::string>& keys) const;
  Db& db_;
  const SecretBox& box_;
  std::atomic<int64_t> nextSweep_{0};  // when this instance next deletes counts that are over
};

}  // namespace vk::store
