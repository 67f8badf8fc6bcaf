#include "domain/knowledge/matcher_cache.hpp"

namespace vk::domain {

std::shared_ptr<const MatcherCache::Entry> MatcherCache::get(int64_t orgId, int64_t revision, const Build& build) {
  {
    std::lock_guard lock(mu_);
    auto it = slots_.find(orgId);
    if (it != slots_.end() && it->second.revision == revision) return it->second.entry;
  }
  auto entry = std::make_shared<const Entry>(build());
  std::lock_guard lock(mu_);
  ++builds_;
  Slot& slot = slots_[orgId];
  // Two requests may build the same revision at once; a newer revision is never replaced by an older one.
  if (!slot.entry || revision >= slot.revision) slot = Slot{revision, entry};
  return entry;
}

std::size_t MatcherCache::builds() const {
  std::lock_guard lock(mu_);
  return builds_;
}

}  // namespace vk::domain
