#pragma once
// Recognition per organisation, built once and kept until the organisation's knowledge revision
// changes (a catalogue change, a confirmed or corrected help question). Building a Matcher takes
// milliseconds; a help question should not pay for it, nor reload the corrections.
//
//   MatcherCache cache;
//   auto r = cache.get(orgId, revision, [&] { return MatcherCache::Entry{matcherFor(org), corrections}; });
//   r->matcher->match(text, &r->corrections);
//
// Thread-safe; an entry stays valid for whoever holds it while a newer one replaces it. Pure: the
// caller reads the store and gives the revision and a builder.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "domain/knowledge/matcher.hpp"

namespace vk::domain {

class MatcherCache {
 public:
  struct Entry {
    std::shared_ptr<const Matcher> matcher;
    Corrections corrections;
  };
  using Build = std::function<Entry()>;

  // The organisation's entry for this revision; builds it (outside the lock) when missing or stale.
  std::shared_ptr<const Entry> get(int64_t orgId, int64_t revision, const Build& build);
  std::size_t builds() const;  // how often an entry was built (tests)

 private:
  struct Slot {
    int64_t revision = 0;
    std::shared_ptr<const Entry> entry;
  };
  mutable std::mutex mu_;
  std::unordered_map<int64_t, Slot> slots_;
  std::size_t builds_ = 0;
};

}  // namespace vk::domain
