#pragma once
// Counters against guessing and flooding.
// - AttemptWindow: failures per key in fixed windows (a client address's wrong passwords,
//   wrong join codes, unknown partner links); only what the caller counts counts.
// - LoginThrottle: failed log-ins (or second-step codes) only, per client address and per
//   account, with a growing delay instead of a lock-out (docs/adr/0007-log-in-protection.md).
// Both keep their counts in the store (store/foundation/attempts), so every instance on one
// database counts the same failures (docs/adr/0014-shared-attempt-limits.md); in memory each
// instance only remembers, until it is over, a refusal the store gave (RefusalMemo).
// - FailureWindows: the same fixed windows in memory per instance, for flood limits that are
//   not about guessing (writes per partner link, answers per address on an open link).
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

#include "store/foundation/attempts.hpp"

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

// Until when this instance knows a key is refused: the store's answer, remembered so that a
// flood of knocks on a refused key costs no query. Only refusals: whether a key may go ahead is
// always the store's answer (another instance may have counted meanwhile).
class RefusalMemo {
 public:
  int64_t wait(const std::string& key, int64_t now);  // 0: not known to be refused, ask the store
  void refuse(const std::string& key, int64_t until, int64_t now);

 private:
  std::mutex mu_;
  std::unordered_map<std::string, int64_t> until_;
};

class AttemptWindow {
 public:
  // `name` sets its keys apart from every other limit's in the store.
  AttemptWindow(store::AttemptStore& store, std::string name, int limit, int64_t windowSeconds)
      : store_(store), name_(std::move(name)), limit_(limit), window_(windowSeconds) {}
  // Seconds before this key may try again (after `limit` failures in its window); 0: now.
  int64_t wait(const std::string& key, int64_t now);
  // One failure for this key.
  void count(const std::string& key, int64_t now) { store_.fail({failure(key)}, now); }

  std::string stored(const std::string& key) const { return name_ + '\n' + key; }
  store::AttemptFailure failure(const std::string& key) const { return {stored(key), window_, false, {}}; }

 private:
  store::AttemptStore& store_;
  std::string name_;
  int limit_;
  int64_t window_;
  RefusalMemo memo_;
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
  // `name` ("login", "mfa") sets its keys apart from the other limits' in the store.
  LoginThrottle(store::AttemptStore& store, const std::string& name, LoginThrottleLimits limits)
      : store_(store), name_(name), limits_(limits),
        addresses_(store, name + ".address", limits.addressFailures, limits.addressWindow) {}

  // Seconds before this address may try again at all; 0: go ahead.
  int64_t addressWait(const std::string& address, int64_t now) { return addresses_.wait(address, now); }
  // What accountWait saw: the seconds before an attempt on this account from this address is
  // evaluated (0: now), and whether failures are on record for it, so that succeeded() writes
  // only then and never reads them again.
  struct AccountCheck {
    int64_t wait = 0;
    bool failuresOnRecord = false;
  };
  AccountCheck accountWait(const std::string& account, const std::string& address, int64_t now);
  // A wrong password or an unknown account: counts for the address and the account (one write).
  void failed(const std::string& account, const std::string& address, int64_t now);
  // An attempt refused because of accountWait: counts for the address only (so the
  // delay does not grow by waiting wrongly, but nobody can knock for free).
  void refused(const std::string& address, int64_t now) { addresses_.count(address, now); }
  // The right password: the account's failures are forgotten (the address's are not). `seen`
  // is this attempt's accountWait.
  void succeeded(const AccountCheck& seen, const std::string& account, const std::string& address);

  const LoginThrottleLimits& limits() const { return limits_; }

 private:
  std::string pairKey(const std::string& account, const std::string& address) const;
  std::string accountKey(const std::string& account) const;
  store::AttemptFailure slowing(std::string key, int freeFailures) const;

  store::AttemptStore& store_;
  std::string name_;
  LoginThrottleLimits limits_;
  AttemptWindow addresses_;  // failures per client address, over all accounts
  RefusalMemo memo_;         // slowed-down pairs and accounts
};

}  // namespace vk::api
