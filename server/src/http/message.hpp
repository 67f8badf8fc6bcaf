#pragma once
// The project's own request/response types: handlers never see Beast or Asio.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vk::http {

using Header = std::pair<std::string, std::string>;

struct Request {
  std::string method;      // "GET", "POST", …
  std::string path;        // decoded path without query, e.g. /api/v1/teams/3
  std::string query;       // raw query string without '?'
  std::vector<Header> headers;  // names in lower case
  std::string body;
  std::string remoteAddr;

  std::string_view header(std::string_view lowerName) const;
  std::string cookie(std::string_view name) const;
  std::string queryParam(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::vector<Header> headers;
  std::string body;
  // Header lines the same for every response ("Name: value\r\n" each), written after
  // `headers`; points at static text (the security headers), so it costs no copy.
  std::string_view fixedHeaders;

  void set(std::string name, std::string value);
  std::string_view header(std::string_view name) const;
  static Response json(int status, std::string body);
  static Response empty(int status);
};

}  // namespace vk::http
