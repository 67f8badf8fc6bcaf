#pragma once
// Passwords (argon2id via libsodium) and opaque tokens (sessions, invitations, CSRF).
// Tokens are stored only as hashes.
#include <string>
#include <string_view>

namespace vk::api {

std::string hashPassword(std::string_view password);  // ~60 ms: never on an I/O thread
bool verifyPassword(std::string_view hash, std::string_view password);
std::string randomToken();                  // 32 random bytes, base64url
std::string tokenHash(std::string_view token);  // BLAKE2b-256, hex
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace vk::api
