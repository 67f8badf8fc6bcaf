#include "api/live/public_url.hpp"

#include <cctype>

namespace vk::api {

static std::string lowered(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// Scheme, host and port of a URL, lower-case: "https://Vakkompas.example/x" → "https://vakkompas.example".
static std::string originOf(const std::string& url) {
  auto p = url.find("://");
  if (p == std::string::npos) return lowered(url);
  return lowered(url.substr(0, url.find_first_of("/?#", p + 3)));
}

// Where people reach us: the configured public URL, else the request's own scheme and host.
static std::string publicBase(const Ctx& c) {
  const auto& configured = c.app.config().publicUrl;
  if (!configured.empty()) return originOf(configured);
  return std::string(c.app.config().secureCookies ? "https://" : "http://") + std::string(c.req.header("host"));
}

std::string joinUrl(const Ctx& c, const store::LiveSession& s) { return publicBase(c) + "/live/join?code=" + s.joinCode; }

bool originAllowed(const Ctx& c) {
  std::string origin = lowered(std::string(c.req.header("origin")));
  if (origin.empty()) return true;
  const auto& configured = c.app.config().publicUrl;
  if (!configured.empty()) return origin == originOf(configured);
  std::string host = lowered(std::string(c.req.header("host")));
  return !host.empty() && (origin == "http://" + host || origin == "https://" + host);
}

}  // namespace vk::api
