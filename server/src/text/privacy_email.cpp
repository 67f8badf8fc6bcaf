// E-mail addresses: local@domain.tld, found from each '@' outwards. Local part and domain are
// length-capped so a long run of '@' signs cannot make the scan quadratic.
#include <cstring>

#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"

namespace vk::text::privacy_detail {
namespace {

bool isLocalChar(unsigned char c) {
  return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
}
bool isDomainChar(unsigned char c) { return isAsciiAlnum(c) || c == '-' || c == '.'; }

}  // namespace

void detectEmails(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  std::size_t from = 0;
  while (from < n) {
    const void* p = std::memchr(s.data() + from, '@', n - from);
    if (!p) break;
    std::size_t at_ = static_cast<const char*>(p) - s.data();
    from = at_ + 1;
    // local part
    std::size_t b = at_;
    while (b > 0 && at_ - b < 64 && isLocalChar(at(s, b - 1))) --b;
    while (b < at_ && (at(s, b) == '.' || at(s, b) == '\'' || at(s, b) == '-')) ++b;
    if (b == at_ || at(s, at_ - 1) == '.') continue;
    // domain: labels separated by single dots, last label alphabetic >= 2
    std::size_t e = at_ + 1;
    while (e < n && e - at_ < 255 && isDomainChar(at(s, e))) ++e;
    while (e > at_ + 1 && (at(s, e - 1) == '.' || at(s, e - 1) == '-')) --e;
    std::string_view domain = s.substr(at_ + 1, e - at_ - 1);
    std::size_t lastDot = domain.rfind('.');
    if (domain.empty() || lastDot == std::string_view::npos || lastDot == 0) continue;
    if (domain.find("..") != std::string_view::npos || domain.front() == '-') continue;
    std::string_view tld = domain.substr(lastDot + 1);
    bool alpha = tld.size() >= 2;
    for (char ch : tld) alpha = alpha && isAsciiAlpha(static_cast<unsigned char>(ch));
    if (!alpha) continue;
    out.push_back({FindingKind::Email, b, e});
    from = e;
  }
}

}  // namespace vk::text::privacy_detail
