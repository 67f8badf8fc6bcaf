#include "api/client_address.hpp"

#include <arpa/inet.h>

#include <cstring>
#include <stdexcept>

namespace vk::api {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool isV4Mapped(const std::array<uint8_t, 16>& a) {
  static constexpr uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  return std::memcmp(a.data(), prefix, 12) == 0;
}

bool inRange(const std::array<uint8_t, 16>& a, const std::array<uint8_t, 16>& net, int prefix) {
  int full = prefix / 8, rest = prefix % 8;
  if (std::memcmp(a.data(), net.data(), static_cast<size_t>(full)) != 0) return false;
  if (rest == 0) return true;
  uint8_t mask = static_cast<uint8_t>(0xff << (8 - rest));
  return (a[static_cast<size_t>(full)] & mask) == (net[static_cast<size_t>(full)] & mask);
}

}  // namespace

std::optional<std::array<uint8_t, 16>> parseAddress(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 64) return std::nullopt;
  std::string s(text);
  if (s.front() == '[') {  // [v6] or [v6]:port
    auto close = s.find(']');
    if (close == std::string::npos) return std::nullopt;
    s = s.substr(1, close - 1);
  } else if (s.find(':') != std::string::npos && s.find(':') == s.rfind(':') && s.find('.') != std::string::npos) {
    s = s.substr(0, s.find(':'));  // a.b.c.d:port
  }
  if (auto zone = s.find('%'); zone != std::string::npos) s.resize(zone);  // fe80::1%eth0
  std::array<uint8_t, 16> out{};
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    out[10] = out[11] = 0xff;
    std::memcpy(out.data() + 12, &v4, 4);
    return out;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) == 1) {
    std::memcpy(out.data(), &v6, 16);
    return out;
  }
  return std::nullopt;
}

std::string formatAddress(const std::array<uint8_t, 16>& a) {
  char buf[INET6_ADDRSTRLEN];
  if (isV4Mapped(a)) return inet_ntop(AF_INET, a.data() + 12, buf, sizeof buf);
  return inet_ntop(AF_INET6, a.data(), buf, sizeof buf);
}

TrustedProxies TrustedProxies::parse(std::string_view list) {
  TrustedProxies out;
  while (!list.empty()) {
    auto comma = list.find(',');
    std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (item.empty()) continue;
    auto slash = item.find('/');
    auto addr = parseAddress(item.substr(0, slash));
    auto bad = [&] {
      return std::invalid_argument("trusted proxies: '" + std::string(item) +
                                   "' is no IPv4 or IPv6 address or CIDR range");
    };
    if (!addr) throw bad();
    Range r{*addr, 128};
    bool v4 = isV4Mapped(*addr) && item.substr(0, slash).find(':') == std::string_view::npos;
    if (slash != std::string_view::npos) {
      std::string_view bits = item.substr(slash + 1);
      if (bits.empty() || bits.size() > 3 || bits.find_first_not_of("0123456789") != std::string_view::npos)
        throw bad();
      int n = std::stoi(std::string(bits));
      if (n > (v4 ? 32 : 128)) throw bad();
      r.prefix = v4 ? 96 + n : n;
    }
    out.ranges_.push_back(r);
  }
  return out;
}

bool TrustedProxies::contains(std::string_view address) const {
  auto a = parseAddress(address);
  if (!a) return false;
  for (auto& r : ranges_)
    if (inRange(*a, r.net, r.prefix)) return true;
  return false;
}

std::string clientAddress(const http::Request& req, const TrustedProxies& proxies) {
  if (proxies.empty()) return req.remoteAddr;
  auto peer = parseAddress(req.remoteAddr);
  if (!peer) return req.remoteAddr;
  std::string hop = formatAddress(*peer);
  if (!proxies.contains(hop)) return hop;
  // Every X-Forwarded-For entry, first header first; walked from the right.
  std::vector<std::string_view> entries;
  for (auto& [name, value] : req.headers) {
    if (name != "x-forwarded-for") continue;
    std::string_view v = value;
    while (true) {
      auto comma = v.find(',');
      entries.push_back(trim(v.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      v.remove_prefix(comma + 1);
    }
  }
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    auto a = parseAddress(*it);
    if (!a) return hop;  // unreadable: the last hop we trust is as far as we know
    hop = formatAddress(*a);
    if (!proxies.contains(hop)) return hop;
  }
  return hop;  // every hop is a trusted proxy: the left-most one
}

}  // namespace vk::api
