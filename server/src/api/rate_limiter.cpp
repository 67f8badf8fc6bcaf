#include "api/rate_limiter.hpp"

namespace vk::api {

int64_t RateLimiter::hit(const std::string& key, int64_t now) {
  std::lock_guard lock(mu_);
  if (windows_.size() > 100000) windows_.clear();  // bounded memory under a flood
  auto& w = windows_[key];
  if (now - w.start >= window_) w = Window{now, 0};
  if (w.count >= limit_) return w.start + window_ - now;
  ++w.count;
  return 0;
}

}  // namespace vk::api
