#pragma once
// Time-based one-time passwords (RFC 6238) for the second log-in step, and the base32
// (RFC 4648) that authenticator apps read the secret in. Pure computation on liboath
// (oath-toolkit): the HMAC and the truncation are the library's, the window and the
// replay rule are ours. No I/O: the caller brings the secret and the time.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vk::domain {

enum class TotpHash { Sha1, Sha256, Sha512 };

constexpr int64_t kTotpStepSeconds = 30;  // what every authenticator app uses
constexpr unsigned kTotpDigits = 6;
constexpr int kTotpWindow = 1;            // one step either side: clocks that are up to 30 s apart
constexpr size_t kTotpSecretBytes = 20;   // 160 bits, RFC 4226's recommendation for HMAC-SHA1

// The code for the time step that unixTime falls in.
std::string totpCode(std::string_view secret, int64_t unixTime, TotpHash hash = TotpHash::Sha1,
                     unsigned digits = kTotpDigits);
// The time step (unixTime / 30) whose code this is, within ±window steps of now; nullopt when
// the code is of none of them (or is not `digits` digits). Compared in constant time.
std::optional<int64_t> totpStep(std::string_view secret, std::string_view code, int64_t now,
                                int window = kTotpWindow, TotpHash hash = TotpHash::Sha1,
                                unsigned digits = kTotpDigits);
// The replay rule: a code counts only when its step is later than the last step that was
// accepted for the account (so a code works once, and an older one after a newer one never).
// Returns the step to remember, or nullopt.
std::optional<int64_t> acceptTotp(std::string_view secret, std::string_view code, int64_t now,
                                  std::optional<int64_t> lastAcceptedStep);

// Base32 with the RFC 4648 alphabet, upper case, without padding.
std::string base32Encode(std::string_view bytes);
// Accepts upper and lower case, spaces and hyphens (as people type a secret), and padding.
std::optional<std::string> base32Decode(std::string_view text);
// "ABCD EFGH IJKL …": the secret in groups of four, for typing it over.
std::string groupsOfFour(std::string_view text);

// otpauth://totp/Issuer:account?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30,
// the URI that an authenticator app reads from the QR code (label and issuer percent-encoded).
std::string otpauthUri(std::string_view issuer, std::string_view account, std::string_view secret);

// What a person types as a code: digits only, spaces removed ("123 456" is "123456").
std::string normaliseCode(std::string_view typed);

}  // namespace vk::domain
