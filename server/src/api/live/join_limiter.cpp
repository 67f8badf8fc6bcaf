#include "api/live/join_limiter.hpp"

namespace vk::api {

int64_t LiveJoinLimiter::wait(const std::string& address, int64_t now, int maxWrong, int64_t windowSeconds) {
  std::lock_guard lock(mu_);
  auto it = counts_.find(address);
  if (it == counts_.end()) return 0;
  auto& c = it->second;
  if (now >= c.windowStart + windowSeconds) {
    counts_.erase(it);
    return 0;
  }
  return c.wrong >= maxWrong ? c.windowStart + windowSeconds - now : 0;
}

void LiveJoinLimiter::wrong(const std::string& address, int64_t now, int64_t windowSeconds) {
  std::lock_guard lock(mu_);
  if (counts_.size() > 10000) sweep(now, windowSeconds);
  auto& c = counts_[address];
  if (c.wrong == 0 || now >= c.windowStart + windowSeconds) c = Count{now, 0};
  ++c.wrong;
}

void LiveJoinLimiter::sweep(int64_t now, int64_t windowSeconds) {
  for (auto it = counts_.begin(); it != counts_.end();)
    if (now >= it->second.windowStart + windowSeconds) it = counts_.erase(it);
    else ++it;
}

}  // namespace vk::api
