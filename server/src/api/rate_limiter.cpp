#include "api/rate_limiter.hpp"

#include <algorithm>
#include <vector>

namespace vk::api {

namespace {
constexpr size_t kMaxEntries = 100000;  // bounded memory under a flood
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

int64_t RefusalMemo::wait(const std::string& key, int64_t now) {
  std::lock_guard lock(mu_);
  auto it = until_.find(key);
  return it == until_.end() || it->second <= now ? 0 : it->second - now;
}

void RefusalMemo::refuse(const std::string& key, int64_t until, int64_t now) {
  std::lock_guard lock(mu_);
  if (until_.size() >= kMaxEntries) {  // bounded under a flood: forget what is over, else all
    std::erase_if(until_, [&](const auto& kv) { return kv.second <= now; });
    if (until_.size() >= kMaxEntries) until_.clear();
  }
  auto& u = until_[key];
  u = std::max(u, until);
}

int64_t AttemptWindow::wait(const std::string& key, int64_t now) {
  if (int64_t known = memo_.wait(key, now)) return known;
  auto count = store_.counts({stored(key)}, now)[0];
  if (count.failures < limit_) return 0;
  memo_.refuse(key, count.expiresAt, now);
  return std::max<int64_t>(1, count.expiresAt - now);
}

std::string LoginThrottle::pairKey(const std::string& account, const std::string& address) const {
  return name_ + ".pair\n" + account + '\n' + address;
}

std::string LoginThrottle::accountKey(const std::string& account) const { return name_ + ".account\n" + account; }

// The free-th failure waits firstDelay, each next one twice as long, up to maxDelay; the count
// is forgotten forgetAfter after its latest failure.
store::AttemptFailure LoginThrottle::slowing(std::string key, int freeFailures) const {
  auto l = limits_;
  return {std::move(key), l.forgetAfter, true, [l, freeFailures](int failures) -> int64_t {
            if (failures < freeFailures) return 0;
            int doublings = std::min(failures - freeFailures, 30);
            return std::max<int64_t>(1, std::min(l.maxDelay, l.firstDelay << doublings));
          }};
}

LoginThrottle::AccountCheck LoginThrottle::accountWait(const std::string& account, const std::string& address,
                                                      int64_t now) {
  std::string keys[] = {pairKey(account, address), accountKey(account)};
  int64_t known = std::max(memo_.wait(keys[0], now), memo_.wait(keys[1], now));
  if (known > 0) return {known, true};
  auto counts = store_.counts({keys[0], keys[1]}, now);
  AccountCheck seen;
  for (size_t i = 0; i < counts.size(); ++i) {
    seen.failuresOnRecord = seen.failuresOnRecord || counts[i].failures > 0;
    if (counts[i].nextAt > now) {
      memo_.refuse(keys[i], counts[i].nextAt, now);
      seen.wait = std::max(seen.wait, counts[i].nextAt - now);
    }
  }
  return seen;
}

void LoginThrottle::failed(const std::string& account, const std::string& address, int64_t now) {
  store_.fail({addresses_.failure(address), slowing(pairKey(account, address), limits_.freeFailures),
               slowing(accountKey(account), limits_.freeFailuresAllAddresses)},
              now);
}

void LoginThrottle::succeeded(const AccountCheck& seen, const std::string& account, const std::string& address) {
  if (seen.failuresOnRecord) store_.forget({pairKey(account, address), accountKey(account)});  // else: no write
}

}  // namespace vk::api
