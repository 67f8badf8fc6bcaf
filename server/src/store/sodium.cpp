#include "store/sodium.hpp"

#include <sodium.h>

#include <stdexcept>

namespace vk::store {

void ensureSodium() {
  static const bool ok = sodium_init() >= 0;
  if (!ok) throw std::runtime_error("libsodium did not initialise");
}

std::string randomBytes(std::size_t n) {
  ensureSodium();
  std::string out(n, '\0');
  randombytes_buf(out.data(), n);
  return out;
}

std::string toHex(const unsigned char* b, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), b, n);
  out.pop_back();
  return out;
}

std::optional<std::string> fromHex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::string out(hex.size() / 2, '\0');
  size_t len = 0;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr, &len,
                     nullptr) != 0 ||
      len != out.size())
    return std::nullopt;
  return out;
}

}  // namespace vk::store
