#pragma once
// The server's key for secrets at rest (libsodium): TOTP secrets are sealed with
// crypto_secretbox (XSalsa20-Poly1305, a fresh nonce each time), recovery codes are stored
// as a keyed BLAKE2b hash. The key is 32 bytes from the key file next to the database
// (created 0600 on first start) or VAKKOMPAS_SECRET_KEY; see docs/operations.md.
#include <optional>
#include <string>
#include <string_view>

namespace vk::store {

class SecretBox {
 public:
  explicit SecretBox(std::string key);  // 32 bytes; throws otherwise
  static std::string randomKey();       // 32 random bytes
  // hex(nonce ‖ MAC ‖ ciphertext)
  std::string seal(std::string_view plain) const;
  // nullopt when it was sealed with another key or changed
  std::optional<std::string> open(std::string_view sealed) const;
  // hex BLAKE2b-256 of data under a subkey of the server key for this purpose
  std::string keyedHash(std::string_view purpose, std::string_view data) const;

 private:
  std::string key_;
};

// The key as hex in `path`: read it, or create the file (mode 0600) with a new key when it
// does not exist. Throws when the file exists but does not hold a key.
std::string loadOrCreateKeyFile(const std::string& path);
// A key written as 64 hex characters (VAKKOMPAS_SECRET_KEY); throws otherwise.
std::string keyFromHex(std::string_view hex);

}  // namespace vk::store
