#pragma once
// The partners' links and the open link's proof of work: 128-bit tokens as 26 lowercase
// base32 characters (short enough for a text message), stored as SHA-256 hashes; and
// stateless challenges signed with HMAC-SHA-256 by a server secret, with an expiry.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vk::api::partners {

std::string newPartnerToken();                        // 16 random bytes, base32 lowercase
std::string partnerTokenHash(std::string_view token);  // SHA-256, hex
std::string sha256Hex(std::string_view text);

constexpr int64_t kChallengeSeconds = 30 * 60;  // time to fill in the page after it opened

// A challenge for this open link, valid until now + kChallengeSeconds.
std::string newChallenge(const std::string& tokenHash, int64_t now);
// Why a proof is refused, or nullopt when it holds (signature, expiry, difficulty).
std::optional<std::string> proofProblem(const std::string& tokenHash, std::string_view challenge,
                                        std::string_view nonce, int difficulty, int64_t now);
// The expiry written in a well-formed challenge (0 otherwise).
int64_t challengeExpires(std::string_view challenge);
// Finds a nonce (tests and the demo): what a browser does with crypto.subtle.
std::string solveChallenge(std::string_view challenge, int difficulty);

}  // namespace vk::api::partners
