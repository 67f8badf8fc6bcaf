#include "domain/web_url.hpp"

namespace vk::domain {

bool isWebUrl(std::string_view url) {
  if (url.size() > 500) return false;
  std::string_view rest;
  if (url.starts_with("https://")) rest = url.substr(8);
  else if (url.starts_with("http://")) rest = url.substr(7);
  else return false;
  for (unsigned char ch : url)
    if (ch <= 0x20 || ch == 0x7f || ch == '"' || ch == '<' || ch == '>' || ch == '\\') return false;
  size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  if (auto at = host.rfind('@'); at != std::string_view::npos) return false;  // no user:password@
  if (auto colon = host.rfind(':'); colon != std::string_view::npos && host.find(']') == std::string_view::npos)
    host = host.substr(0, colon);
  return !host.empty() && host.front() != '.' && host.back() != '.';
}

}  // namespace vk::domain
