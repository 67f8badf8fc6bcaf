#pragma once
// What every user of libsodium needs first: starting the library once, random bytes, and bytes
// as hex (the form our hashes, keys and challenges are stored and sent in).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vk::store {

void ensureSodium();  // sodium_init() once per process; throws if it fails
std::string randomBytes(std::size_t n);  // from the CSPRNG
std::string toHex(const unsigned char* bytes, std::size_t n);
std::optional<std::string> fromHex(std::string_view hex);  // nullopt: odd length or not hex

}  // namespace vk::store
