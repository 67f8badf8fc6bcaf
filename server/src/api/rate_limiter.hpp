#pragma once
// Counters against guessing, in memory and safe across threads.
// - FailureWindows: failures per key in fixed windows (a client address's wrong passwords,
//   a client address's wrong join codes); only what the caller counts counts.
// - LoginThrottle: failed log-ins only, per client address and per account, with a
//   growing delay instead of a lock-out.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vk::api {

class FailureWindows {
 public:
  FailureWindows(int limit, int64_t windowSeconds) : limit_(limit), window_(windowSeconds) {}
  // Seconds before this key may try again (after `limit` failures in its window); 0: now.
  int64_t wait(const std::string& key, int64_t now);
  // One failure for this key.
  void count(const std::string& key, int64_t now);

 private:
  struct Window {
    int64_t start = 0;
    int count = 0;
  };
  void bound(int64_t now);  // drops windows that are over; under a flood, the oldest half
  int limit_;
  int64_t window_;
  std::mutex mu_;
  std::unordered_map<std::string, Window> windows_;
};

struct LoginThrottleLimits {
  int addressFailures = 20;         // failed attempts per client address per window, over all accounts
  int64_t addressWindow = 300;      // seconds
  int freeFailures = 5;             // failures on an account from one address before the delay starts
  int freeFailuresAllAddresses = 50;  // failures on an account from all addresses together before it starts
  int64_t firstDelay = 1;           // seconds after the first failure beyond the free ones; doubles each time
  int64_t maxDelay = 300;           // the delay stops growing here
  int64_t forgetAfter = 24 * 3600;  // an account's failures are forgotten after this long without one
};

// The account key is the normalised e-mail address as typed, whether or not it has an
// account: an unknown address is slowed down exactly like a known one, so the answers
// do not tell them apart. The client address is App::clientAddress.
//
// Why per account *and address* as well as per account: an attacker at one address
// slows down only their own attempts on an account after freeFailures; a colleague
// typing the right password elsewhere gets straight in. Only an attack from many
// addresses together (freeFailuresAllAddresses) slows the account for everyone, and
// then still by at most maxDelay: the right password gets in after the wait.
class LoginThrottle {
 public:
  explicit LoginThrottle(LoginThrottleLimits limits)
      : limits_(limits), addresses_(limits.addressFailures, limits.addressWindow) {}

  // Seconds before this address may try again at all; 0: go ahead.
  int64_t addressWait(const std::string& address, int64_t now);
  // Seconds before an attempt on this account from this address is evaluated; 0: now.
  int64_t accountWait(const std::string& account, const std::string& address, int64_t now);
  // A wrong password or an unknown account: counts for the address and the account.
  void failed(const std::string& account, const std::string& address, int64_t now);
  // An attempt refused because of accountWait: counts for the address only (so the
  // delay does not grow by waiting wrongly, but nobody can knock for free).
  void refused(const std::string& address, int64_t now);
  // The right password: the account's failures are forgotten (the address's are not).
  void succeeded(const std::string& account, const std::string& address);

  const LoginThrottleLimits& limits() const { return limits_; }

 private:
  struct Slow {
    int failures = 0;
    int64_t last = 0;       // time of the last failure
    int64_t nextAt = 0;     // no evaluation before this time
  };
  void fail(Slow& s, int freeFailures, int64_t now) const;
  int64_t wait(const std::unordered_map<std::string, Slow>& m, const std::string& key, int64_t now) const;
  void bound(int64_t now);

  LoginThrottleLimits limits_;
  FailureWindows addresses_;  // failures per client address, over all accounts
  std::mutex mu_;
  std::unordered_map<std::string, Slow> accounts_;  // account
  std::unordered_map<std::string, Slow> pairs_;     // account + '\n' + address
};

}  // namespace vk::api
