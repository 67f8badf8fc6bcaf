#include "http/response_head.hpp"

#include <algorithm>
#include <boost/beast/http/status.hpp>
#include <cctype>
#include <string_view>

namespace vk::http {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Headers the server writes itself from what it knows of the body and the connection.
bool serverOwned(std::string_view name) {
  return iequals(name, "content-length") || iequals(name, "connection") || iequals(name, "transfer-encoding");
}

// A header name is an RFC 9110 token; a handler's name that is not one is left out.
bool validName(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name)
    if (!(std::isalnum(c) || std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos))
      return false;
  return true;
}

// Appends s with every CR and LF turned into a space: a value can never start a header.
void appendSafe(std::string& out, std::string_view s) {
  if (s.find_first_of("\r\n") == std::string_view::npos) {
    out.append(s);
    return;
  }
  for (char c : s) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
}

}  // namespace

bool carriesBody(int status) { return status >= 200 && status != 204 && status != 304; }

std::string responseHead(const Response& res, unsigned version, bool keepAlive) {
  std::string out;
  size_t size = 64 + res.fixedHeaders.size();
  for (auto& [k, v] : res.headers) size += k.size() + v.size() + 4;
  out.reserve(size);
  out.append(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
  out.append(std::to_string(res.status));
  out.push_back(' ');
  auto reason = boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(res.status));
  out.append(reason.data(), reason.size());
  out.append("\r\n");
  for (auto& [k, v] : res.headers) {
    if (serverOwned(k) || !validName(k)) continue;
    out.append(k);
    out.append(": ");
    appendSafe(out, v);
    out.append("\r\n");
  }
  out.append(res.fixedHeaders);
  if (carriesBody(res.status)) {
    out.append("Content-Length: ");
    out.append(std::to_string(res.body.size()));
    out.append("\r\n");
  }
  if (version == 10 && keepAlive) out.append("Connection: keep-alive\r\n");
  else if (version != 10 && !keepAlive) out.append("Connection: close\r\n");
  out.append("\r\n");
  return out;
}

}  // namespace vk::http
