#pragma once
// Guests joining a live session: wrong join codes are counted per client address, so one
// address cannot guess codes, while a room full of people joining through one Wi-Fi (a
// national day: a thousand joins within minutes, with typos) is not refused, and right
// codes from other addresses are never held up by someone's guessing. Only wrong codes
// count; the per-session limit on joins is counted in the store (LiveJoinLimit).
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vk::api {

class LiveJoinLimiter {
 public:
  // Seconds to wait before this address may try a code again (after maxWrong wrong codes
  // within windowSeconds); 0 when it may now.
  int64_t wait(const std::string& address, int64_t now, int maxWrong, int64_t windowSeconds);
  // A wrong code from this address.
  void wrong(const std::string& address, int64_t now, int64_t windowSeconds);

 private:
  struct Count {
    int64_t windowStart = 0;
    int wrong = 0;
  };
  void sweep(int64_t now, int64_t windowSeconds);  // drops windows that are over (bounded memory)
  std::mutex mu_;
  std::unordered_map<std::string, Count> counts_;
};

}  // namespace vk::api
