#pragma once
// Fixed-window counters per key (e.g. client address), safe across threads.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vk::api {

class RateLimiter {
 public:
  RateLimiter(int limit, int64_t windowSeconds) : limit_(limit), window_(windowSeconds) {}
  // Counts one attempt; returns 0 when allowed, otherwise seconds to wait.
  int64_t hit(const std::string& key, int64_t now);

 private:
  struct Window {
    int64_t start = 0;
    int count = 0;
  };
  int limit_;
  int64_t window_;
  std::mutex mu_;
  std::unordered_map<std::string, Window> windows_;
};

}  // namespace vk::api
