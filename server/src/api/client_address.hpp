#pragma once
// The address of the client behind a request. Behind a TLS proxy every TCP peer is
// the proxy, so the client's own address is read from X-Forwarded-For, but only when
// the peer is one of the configured trusted proxies (VAKKOMPAS_TRUSTED_PROXIES): anyone
// else can write that header, so from them it is ignored.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace vk::api {

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // A comma-separated list of addresses and CIDR ranges, IPv4 and IPv6
  // ("10.0.0.0/8, 192.168.1.5, fd00::/8"). Throws std::invalid_argument on a bad entry.
  static TrustedProxies parse(std::string_view list);
  bool empty() const { return ranges_.empty(); }
  bool contains(std::string_view address) const;

 private:
  struct Range {
    std::array<uint8_t, 16> net{};  // IPv4 as IPv4-mapped IPv6 (::ffff:a.b.c.d)
    int prefix = 128;
  };
  std::vector<Range> ranges_;
};

// Parses one address: IPv4, IPv6 (also in brackets, with a zone or a port after it)
// or IPv4 with a port. IPv4-mapped IPv6 counts as IPv4.
std::optional<std::array<uint8_t, 16>> parseAddress(std::string_view text);
// The canonical spelling of a parsed address ("192.0.2.7", "2001:db8::1").
std::string formatAddress(const std::array<uint8_t, 16>& address);

// The TCP peer when it is not a trusted proxy; otherwise the right-most address in
// X-Forwarded-For (all such headers, in order) that is not itself a trusted proxy.
// An unreadable entry ends the walk at the last trusted hop, so a client cannot
// escape its proxy's bucket by writing garbage.
std::string clientAddress(const http::Request& req, const TrustedProxies& proxies);

}  // namespace vk::api
