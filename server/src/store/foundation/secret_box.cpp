#include "store/foundation/secret_box.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "store/sodium.hpp"

namespace vk::store {

namespace {

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

}  // namespace

SecretBox::SecretBox(std::string key) : key_(std::move(key)) {
  ensureSodium();
  if (key_.size() != crypto_secretbox_KEYBYTES) throw std::runtime_error("the server key must be 32 bytes");
}

std::string SecretBox::randomKey() { return randomBytes(crypto_secretbox_KEYBYTES); }

std::string SecretBox::seal(std::string_view plain) const {
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* o = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(o, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(o + crypto_secretbox_NONCEBYTES, bytes(plain), plain.size(), o, bytes(key_));
  return toHex(o, out.size());
}

std::optional<std::string> SecretBox::open(std::string_view sealed) const {
  auto raw = fromHex(sealed);
  if (!raw || raw->size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  std::string plain(raw->size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
  const auto* r = bytes(*raw);
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), r + crypto_secretbox_NONCEBYTES,
                                 raw->size() - crypto_secretbox_NONCEBYTES, r, bytes(key_)) != 0)
    return std::nullopt;
  return plain;
}

std::string SecretBox::keyedHash(std::string_view purpose, std::string_view data) const {
  // A subkey per purpose, so the hash key is never the sealing key itself.
  unsigned char sub[crypto_generichash_KEYBYTES];
  std::string label = "vakkompas|" + std::string(purpose);
  crypto_generichash(sub, sizeof sub, bytes(label), label.size(), bytes(key_), key_.size());
  unsigned char out[32];
  crypto_generichash(out, sizeof out, bytes(data), data.size(), sub, sizeof sub);
  return toHex(out, sizeof out);
}

std::string keyFromHex(std::string_view hex) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == ' ' || hex.back() == '\r')) hex.remove_suffix(1);
  auto k = fromHex(hex);
  if (!k || k->size() != crypto_secretbox_KEYBYTES)
    throw std::runtime_error("the server key must be 64 hexadecimal characters (32 bytes)");
  return *k;
}

std::string loadOrCreateKeyFile(const std::string& path) {
  ensureSodium();
  if (std::filesystem::exists(path)) {
    std::ifstream in(path);
    std::string hex((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return keyFromHex(hex);
  }
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  std::string key = SecretBox::randomKey();
  std::string hex = toHex(bytes(key), key.size()) + "\n";
  // O_EXCL: two servers starting at once do not overwrite each other's key.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return loadOrCreateKeyFile(path);
    throw std::runtime_error("cannot create the key file " + path);
  }
  bool ok = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) throw std::runtime_error("cannot write the key file " + path);
  return key;
}

}  // namespace vk::store
