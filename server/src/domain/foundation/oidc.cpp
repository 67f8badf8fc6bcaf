#include "domain/foundation/oidc.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>

namespace vk::domain {

namespace json = boost::json;

bool acceptableSigningAlg(std::string_view alg) {
  static constexpr std::array<std::string_view, 9> ok = {"RS256", "RS384", "RS512", "PS256", "PS384",
                                                         "PS512", "ES256", "ES384", "ES512"};
  return std::find(ok.begin(), ok.end(), alg) != ok.end();
}

namespace {
constexpr std::string_view kB64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

bool isB64Url(std::string_view s) { return s.find_first_not_of(kB64Url) == std::string_view::npos; }
}  // namespace

std::optional<CompactJws> splitCompactJws(std::string_view token) {
  auto a = token.find('.');
  if (a == std::string_view::npos) return std::nullopt;
  auto b = token.find('.', a + 1);
  if (b == std::string_view::npos || token.find('.', b + 1) != std::string_view::npos) return std::nullopt;
  CompactJws j{std::string(token.substr(0, a)), std::string(token.substr(a + 1, b - a - 1)),
               std::string(token.substr(b + 1))};
  if (j.header.empty() || j.payload.empty() || !isB64Url(j.header) || !isB64Url(j.payload) || !isB64Url(j.signature))
    return std::nullopt;
  return j;
}

std::optional<std::string> base64UrlDecode(std::string_view in) {
  if (in.size() % 4 == 1) return std::nullopt;
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char ch : in) {
    auto v = kB64Url.find(ch);
    if (v == std::string_view::npos) return std::nullopt;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  return out;
}

std::string base64UrlEncode(std::string_view bytes) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char ch : bytes) {
    acc = (acc << 8) | ch;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kB64Url[(acc >> bits) & 0x3f]);
    }
  }
  if (bits > 0) out.push_back(kB64Url[(acc << (6 - bits)) & 0x3f]);
  return out;
}

std::string_view toString(IdTokenProblem p) {
  switch (p) {
    case IdTokenProblem::Issuer: return "issuer";
    case IdTokenProblem::Audience: return "audience";
    case IdTokenProblem::Expired: return "expired";
    case IdTokenProblem::NotYetValid: return "not-yet-valid";
    case IdTokenProblem::Nonce: return "nonce";
    case IdTokenProblem::Subject: return "subject";
  }
  return "unknown";
}

namespace {
std::optional<int64_t> numericDate(const json::object& claims, std::string_view name) {
  auto it = claims.find(name);
  if (it == claims.end()) return std::nullopt;
  if (it->value().is_int64()) return it->value().as_int64();
  if (it->value().is_uint64()) return static_cast<int64_t>(it->value().as_uint64());
  if (it->value().is_double()) return static_cast<int64_t>(it->value().as_double());
  return std::nullopt;
}
}  // namespace

std::optional<IdTokenProblem> checkIdTokenClaims(const json::object& claims, const IdTokenExpectations& e) {
  if (claimString(claims, "iss") != e.issuer || e.issuer.empty()) return IdTokenProblem::Issuer;
  auto aud = claimStrings(claims, "aud");
  if (e.clientId.empty() || std::find(aud.begin(), aud.end(), e.clientId) == aud.end()) return IdTokenProblem::Audience;
  // With several audiences the token must say it was issued to us (OIDC Core §3.1.3.7).
  if (aud.size() > 1 && claimString(claims, "azp") != e.clientId) return IdTokenProblem::Audience;
  auto azp = claims.find("azp");
  if (azp != claims.end() && claimString(claims, "azp") != e.clientId) return IdTokenProblem::Audience;
  auto exp = numericDate(claims, "exp");
  if (!exp || *exp + e.leeway <= e.now) return IdTokenProblem::Expired;
  auto nbf = numericDate(claims, "nbf");
  if (nbf && *nbf - e.leeway > e.now) return IdTokenProblem::NotYetValid;
  auto iat = numericDate(claims, "iat");
  if (iat && *iat - e.leeway > e.now) return IdTokenProblem::NotYetValid;
  if (e.nonce.empty() || claimString(claims, "nonce") != e.nonce) return IdTokenProblem::Nonce;
  if (claimString(claims, "sub").empty()) return IdTokenProblem::Subject;
  return std::nullopt;
}

const json::value* claimAt(const json::object& claims, std::string_view name) {
  const json::object* at = &claims;
  while (true) {
    auto it = at->find(name);  // a claim whose own name holds a dot wins
    if (it != at->end()) return &it->value();
    auto dot = name.find('.');
    if (dot == std::string_view::npos) return nullptr;
    auto head = at->find(name.substr(0, dot));
    if (head == at->end() || !head->value().is_object()) return nullptr;
    at = &head->value().as_object();
    name = name.substr(dot + 1);
  }
}

std::string claimString(const json::object& claims, std::string_view name) {
  auto v = claimAt(claims, name);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::vector<std::string> claimStrings(const json::object& claims, std::string_view name) {
  std::vector<std::string> out;
  auto v = claimAt(claims, name);
  if (!v) return out;
  if (v->is_string()) out.emplace_back(v->as_string());
  if (v->is_array())
    for (auto& x : v->as_array())
      if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

bool emailVerified(const json::object& claims) {
  auto v = claimAt(claims, "email_verified");
  if (!v) return false;
  if (v->is_bool()) return v->as_bool();
  return v->is_string() && v->as_string() == "true";  // some providers send it as text
}

bool providerMfa(const json::object& claims, const std::vector<std::string>& acceptedAcr) {
  auto amr = claimStrings(claims, "amr");
  if (std::find(amr.begin(), amr.end(), "mfa") != amr.end()) return true;
  std::string acr = claimString(claims, "acr");
  return !acr.empty() && std::find(acceptedAcr.begin(), acceptedAcr.end(), acr) != acceptedAcr.end();
}

MappedRole mapRole(const json::object& claims, const RoleMapping& m) {
  MappedRole r;
  if (m.groupsClaim.empty()) return r;
  auto groups = claimStrings(claims, m.groupsClaim);
  auto inAny = [&](const std::vector<std::string>& wanted) {
    return std::any_of(groups.begin(), groups.end(),
                       [&](const std::string& g) { return std::find(wanted.begin(), wanted.end(), g) != wanted.end(); });
  };
  bool admin = inAny(m.adminGroups);
  r.orgAdmin = admin;
  r.allowed = m.memberGroups.empty() || admin || inAny(m.memberGroups);
  return r;
}

std::string emailDomain(std::string_view email) {
  auto at = email.rfind('@');
  if (at == std::string_view::npos) return "";
  std::string d(email.substr(at + 1));
  for (auto& ch : d)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return d;
}

std::vector<std::string> splitList(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find_first_of(",\n", start);
    if (end == std::string_view::npos) end = s.size();
    auto item = s.substr(start, end - start);
    auto b = item.find_first_not_of(" \t\r");
    auto e = item.find_last_not_of(" \t\r");
    if (b != std::string_view::npos) out.emplace_back(item.substr(b, e - b + 1));
    start = end + 1;
  }
  return out;
}

std::string joinList(const std::vector<std::string>& items) {
  std::string out;
  for (auto& x : items) out += (out.empty() ? "" : ", ") + x;
  return out;
}

}  // namespace vk::domain
