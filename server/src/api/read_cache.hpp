#pragma once
// Answers that depend only on stored data, kept in memory while nothing is written:
// sessions by token hash, and the responses of routes marked cacheable, per session.
// Each lookup names the store's change generation (store::Db::changeGeneration), read
// before the request's reads; an entry from another generation is never served, so a
// write anywhere in the store ends every entry at once.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.hpp"
#include "store/foundation/store.hpp"

namespace vk::api {

class ReadCache {
 public:
  explicit ReadCache(size_t maxEntries = 4096) : max_(maxEntries) {}

  // A live session (expiresAt > now) seen in this generation.
  std::optional<store::SessionInfo> session(const std::string& tokenHash, uint64_t generation, int64_t now);
  void putSession(const std::string& tokenHash, uint64_t generation, const store::SessionInfo& s);

  std::optional<http::Response> response(const std::string& key, uint64_t generation);
  void putResponse(const std::string& key, uint64_t generation, const http::Response& r);

 private:
  // Under mu_: true when entries of `generation` may be read or stored; drops older ones.
  bool current(uint64_t generation);

  size_t max_;
  std::mutex mu_;
  uint64_t generation_ = 0;
  std::unordered_map<std::string, store::SessionInfo> sessions_;
  // Shared and immutable: a hit copies the answer after the lock is released.
  std::unordered_map<std::string, std::shared_ptr<const http::Response>> responses_;
};

}  // namespace vk::api
