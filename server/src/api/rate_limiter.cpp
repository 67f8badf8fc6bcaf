#include "api/rate_limiter.hpp"

#include <algorithm>
#include <vector>

namespace vk::api {

namespace {
constexpr size_t kMaxEntries = 100000;  // bounded memory under a flood
std::string pairKey(const std::string& account, const std::string& address) { return account + '\n' + address; }
}  // namespace

// Past a size, forget what no longer matters; if a flood still leaves too much, forget
// the oldest half rather than grow without bound.
namespace {
template <typename Map, typename Stale>
void sweep(Map& m, Stale stale) {
  if (m.size() < kMaxEntries) return;
  std::erase_if(m, [&](const auto& kv) { return stale(kv.second); });
  if (m.size() < kMaxEntries) return;
  std::vector<int64_t> ages;
  ages.reserve(m.size());
  for (auto& kv : m) ages.push_back(stale.since(kv.second));
  std::nth_element(ages.begin(), ages.begin() + ages.size() / 2, ages.end());
  int64_t median = ages[ages.size() / 2];
  std::erase_if(m, [&](const auto& kv) { return stale.since(kv.second) <= median; });
}
}  // namespace

int64_t FailureWindows::wait(const std::string& key, int64_t now) {
  std::lock_guard lock(mu_);
  auto it = windows_.find(key);
  if (it == windows_.end() || now - it->second.start >= window_ || it->second.count < limit_) return 0;
  return std::max<int64_t>(1, it->second.start + window_ - now);
}

void FailureWindows::count(const std::string& key, int64_t now) {
  std::lock_guard lock(mu_);
  bound(now);
  auto& w = windows_[key];
  if (now - w.start >= window_) w = Window{now, 0};
  ++w.count;
}

void FailureWindows::bound(int64_t now) {
  struct Stale {
    int64_t now, window;
    bool operator()(const Window& w) const { return now - w.start >= window; }
    int64_t since(const Window& w) const { return w.start; }
  };
  sweep(windows_, Stale{now, window_});
}

int64_t LoginThrottle::addressWait(const std::string& address, int64_t now) { return addresses_.wait(address, now); }

int64_t LoginThrottle::wait(const std::unordered_map<std::string, Slow>& m, const std::string& key,
                            int64_t now) const {
  auto it = m.find(key);
  if (it == m.end() || it->second.nextAt <= now) return 0;
  return it->second.nextAt - now;
}

int64_t LoginThrottle::accountWait(const std::string& account, const std::string& address, int64_t now) {
  std::lock_guard lock(mu_);
  return std::max(wait(pairs_, pairKey(account, address), now), wait(accounts_, account, now));
}

void LoginThrottle::fail(Slow& s, int freeFailures, int64_t now) const {
  if (s.failures > 0 && now - s.last >= limits_.forgetAfter) s = Slow{};
  ++s.failures;
  s.last = now;
  if (s.failures < freeFailures) return;
  // The free-th failure waits firstDelay, each next one twice as long, up to maxDelay.
  int doublings = std::min(s.failures - freeFailures, 30);
  int64_t delay = std::min(limits_.maxDelay, limits_.firstDelay << doublings);
  s.nextAt = now + std::max<int64_t>(1, delay);
}

void LoginThrottle::failed(const std::string& account, const std::string& address, int64_t now) {
  std::lock_guard lock(mu_);
  addresses_.count(address, now);
  bound(now);
  fail(pairs_[pairKey(account, address)], limits_.freeFailures, now);
  fail(accounts_[account], limits_.freeFailuresAllAddresses, now);
}

void LoginThrottle::refused(const std::string& address, int64_t now) { addresses_.count(address, now); }

void LoginThrottle::succeeded(const std::string& account, const std::string& address) {
  std::lock_guard lock(mu_);
  pairs_.erase(pairKey(account, address));
  accounts_.erase(account);
}

void LoginThrottle::bound(int64_t now) {
  struct SlowStale {
    int64_t now, forget;
    bool operator()(const Slow& s) const { return now - s.last >= forget && s.nextAt <= now; }
    int64_t since(const Slow& s) const { return s.last; }
  };
  sweep(pairs_, SlowStale{now, limits_.forgetAfter});
  sweep(accounts_, SlowStale{now, limits_.forgetAfter});
}

}  // namespace vk::api
