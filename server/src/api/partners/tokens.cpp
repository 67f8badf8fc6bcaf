#include "api/partners/tokens.hpp"

#include <sodium.h>

#include <cstdlib>
#include <stdexcept>

#include "api/credentials.hpp"
#include "domain/partners/partners.hpp"
#include "store/sodium.hpp"

namespace vk::api::partners {

namespace {

// VAKKOMPAS_PARTNER_SECRET when several servers must accept each other's challenges;
// otherwise a random secret per process (a restart only asks open pages to load again).
const std::string& secret() {
  static const std::string s = [] {
    store::ensureSodium();
    if (const char* env = std::getenv("VAKKOMPAS_PARTNER_SECRET"); env && std::string_view(env).size() >= 16)
      return std::string(env);
    unsigned char buf[32];
    randombytes_buf(buf, sizeof buf);
    return std::string(reinterpret_cast<char*>(buf), sizeof buf);
  }();
  return s;
}

std::string mac(const std::string& tokenHash, const std::string& payload) {
  unsigned char out[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret().data()), secret().size());
  std::string msg = "vakkompas-partner-pow|" + tokenHash + "|" + payload;
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(msg.data()), msg.size());
  crypto_auth_hmacsha256_final(&st, out);
  return store::toHex(out, sizeof out);
}

void digest(std::string_view text, unsigned char out[crypto_hash_sha256_BYTES]) {
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

}  // namespace

std::string newPartnerToken() {
  store::ensureSodium();
  unsigned char buf[domain::kPartnerTokenBytes];
  randombytes_buf(buf, sizeof buf);
  return domain::base32Lower(buf, sizeof buf);
}

std::string sha256Hex(std::string_view text) {
  store::ensureSodium();
  unsigned char out[crypto_hash_sha256_BYTES];
  digest(text, out);
  return store::toHex(out, sizeof out);
}

std::string partnerTokenHash(std::string_view token) { return sha256Hex(token); }

std::string newChallenge(const std::string& tokenHash, int64_t now) {
  store::ensureSodium();
  unsigned char salt[16];
  randombytes_buf(salt, sizeof salt);
  domain::PowChallenge c{now + kChallengeSeconds, store::toHex(salt, sizeof salt), ""};
  return c.payload() + "." + mac(tokenHash, c.payload());
}

std::optional<std::string> proofProblem(const std::string& tokenHash, std::string_view challenge,
                                        std::string_view nonce, int difficulty, int64_t now) {
  auto c = domain::parsePowChallenge(challenge);
  if (!c || !constantTimeEquals(c->mac, mac(tokenHash, c->payload())))
    return "De controle klopt niet. Laad de pagina opnieuw.";
  if (c->expires < now) return "De controle is verlopen. Laad de pagina opnieuw; je antwoorden blijven staan.";
  if (!domain::validPowNonce(nonce)) return "De controle klopt niet. Laad de pagina opnieuw.";
  unsigned char d[crypto_hash_sha256_BYTES];
  digest(std::string(challenge) + ":" + std::string(nonce), d);
  if (domain::leadingZeroBits(d, sizeof d) < difficulty) return "De controle klopt niet. Laad de pagina opnieuw.";
  return std::nullopt;
}

int64_t challengeExpires(std::string_view challenge) {
  auto c = domain::parsePowChallenge(challenge);
  return c ? c->expires : 0;
}

std::string solveChallenge(std::string_view challenge, int difficulty) {
  store::ensureSodium();
  unsigned char d[crypto_hash_sha256_BYTES];
  for (uint64_t n = 0;; ++n) {
    std::string nonce = std::to_string(n);
    digest(std::string(challenge) + ":" + nonce, d);
    if (domain::leadingZeroBits(d, sizeof d) >= difficulty) return nonce;
  }
}

}  // namespace vk::api::partners
