#include "api/read_cache.hpp"

namespace vk::api {

bool ReadCache::current(uint64_t generation) {
  if (generation < generation_) return false;  // a reader that started before the last write
  if (generation > generation_) {
    sessions_.clear();
    responses_.clear();
    generation_ = generation;
  }
  return true;
}

std::optional<store::SessionInfo> ReadCache::session(const std::string& tokenHash, uint64_t generation,
                                                     int64_t now) {
  std::lock_guard lock(mu_);
  if (!current(generation)) return std::nullopt;
  auto it = sessions_.find(tokenHash);
  if (it == sessions_.end() || it->second.expiresAt <= now) return std::nullopt;
  return it->second;
}

void ReadCache::putSession(const std::string& tokenHash, uint64_t generation, const store::SessionInfo& s) {
  std::lock_guard lock(mu_);
  if (!current(generation)) return;
  if (sessions_.size() >= max_) sessions_.clear();
  sessions_[tokenHash] = s;
}

std::optional<http::Response> ReadCache::response(const std::string& key, uint64_t generation) {
  std::shared_ptr<const http::Response> hit;
  {
    std::lock_guard lock(mu_);
    if (!current(generation)) return std::nullopt;
    auto it = responses_.find(key);
    if (it == responses_.end()) return std::nullopt;
    hit = it->second;
  }
  return *hit;  // the copy of headers and body, outside the lock
}

void ReadCache::putResponse(const std::string& key, uint64_t generation, const http::Response& r) {
  auto kept = std::make_shared<const http::Response>(r);  // copied before the lock
  std::lock_guard lock(mu_);
  if (!current(generation)) return;
  if (responses_.size() >= max_) responses_.clear();
  responses_[key] = std::move(kept);
}

}  // namespace vk::api
