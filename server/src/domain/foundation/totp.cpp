#include "domain/foundation/totp.hpp"

#include <liboath/oath.h>

#include <stdexcept>

namespace vk::domain {

namespace {

void ready() {
  static const bool ok = oath_init() == OATH_OK;
  if (!ok) throw std::runtime_error("liboath did not initialise");
}

int flagsOf(TotpHash h) {
  switch (h) {
    case TotpHash::Sha256: return OATH_TOTP_HMAC_SHA256;
    case TotpHash::Sha512: return OATH_TOTP_HMAC_SHA512;
    case TotpHash::Sha1: break;
  }
  return 0;
}

// liboath compares with strcmp; this compares the whole code whatever matches first.
struct Expected {
  std::string_view code;
};
int constantTimeCompare(void* handle, const char* candidate) {
  auto want = static_cast<Expected*>(handle)->code;
  std::string_view got(candidate);
  if (got.size() != want.size()) return 1;
  unsigned char diff = 0;
  for (size_t i = 0; i < want.size(); ++i) diff |= static_cast<unsigned char>(want[i] ^ got[i]);
  return diff == 0 ? 0 : 1;
}

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

}  // namespace

std::string totpCode(std::string_view secret, int64_t unixTime, TotpHash hash, unsigned digits) {
  ready();
  std::string out(digits + 1, '\0');
  int rc = oath_totp_generate2(secret.data(), secret.size(), static_cast<time_t>(unixTime), kTotpStepSeconds,
                               OATH_TOTP_DEFAULT_START_TIME, digits, flagsOf(hash), out.data());
  if (rc != OATH_OK) throw std::runtime_error(std::string("liboath: ") + oath_strerror(rc));
  out.resize(digits);
  return out;
}

std::optional<int64_t> totpStep(std::string_view secret, std::string_view code, int64_t now, int window,
                                TotpHash hash, unsigned digits) {
  if (code.size() != digits) return std::nullopt;
  for (char ch : code)
    if (ch < '0' || ch > '9') return std::nullopt;
  ready();
  std::string want(code);
  Expected e{want};
  int pos = 0;
  uint64_t counter = 0;
  int rc = oath_totp_validate4_callback(secret.data(), secret.size(), static_cast<time_t>(now), kTotpStepSeconds,
                                        OATH_TOTP_DEFAULT_START_TIME, digits, static_cast<size_t>(window), &pos,
                                        &counter, flagsOf(hash), constantTimeCompare, &e);
  if (rc < 0) return std::nullopt;  // OATH_INVALID_OTP, or an error: never a match
  return static_cast<int64_t>(counter);
}

std::optional<int64_t> acceptTotp(std::string_view secret, std::string_view code, int64_t now,
                                  std::optional<int64_t> lastAcceptedStep) {
  auto step = totpStep(secret, code, now);
  if (!step || (lastAcceptedStep && *step <= *lastAcceptedStep)) return std::nullopt;
  return step;
}

std::string base32Encode(std::string_view bytes) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += kAlphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (5 - bits)) & 31];
  return out;
}

std::optional<std::string> base32Decode(std::string_view text) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  bool padding = false;
  for (char ch : text) {
    if (ch == ' ' || ch == '-') continue;
    if (ch == '=') {
      padding = true;
      continue;
    }
    if (padding) return std::nullopt;  // nothing after the padding
    char up = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    auto v = kAlphabet.find(up);
    if (v == std::string_view::npos) return std::nullopt;
    buffer = (buffer << 5) | static_cast<uint32_t>(v);
    bits += 5;
    if (bits >= 8) {
      out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  if (bits >= 5) return std::nullopt;  // a whole unused character: not a valid length
  return out;
}

std::string groupsOfFour(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += text[i];
  }
  return out;
}

namespace {
std::string percentEncode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    bool plain = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
                 ch == '.' || ch == '_' || ch == '~' || ch == '@';
    if (plain) {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  return out;
}
}  // namespace

std::string otpauthUri(std::string_view issuer, std::string_view account, std::string_view secret) {
  return "otpauth://totp/" + percentEncode(issuer) + ":" + percentEncode(account) + "?secret=" + std::string(secret) +
         "&issuer=" + percentEncode(issuer) + "&algorithm=SHA1&digits=" + std::to_string(kTotpDigits) +
         "&period=" + std::to_string(kTotpStepSeconds);
}

std::string normaliseCode(std::string_view typed) {
  std::string out;
  for (char ch : typed)
    if (ch != ' ' && ch != '-' && ch != '\t') out += ch;
  return out;
}

}  // namespace vk::domain
