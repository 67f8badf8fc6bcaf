#pragma once
// The status line and headers of an HTTP/1.x response, written as one string: the server
// sends head and body in one gather write, without building a Beast message per response.
#include <string>

#include "http/message.hpp"

namespace vk::http {

// Whether a response with this status carries a body (and so a Content-Length).
bool carriesBody(int status);

// The head of `res` for a request of HTTP version `version` (10 or 11): status line, the
// handler's headers, its fixedHeaders, Content-Length and Connection, ending in an empty line.
// The handler's own Content-Length, Connection and Transfer-Encoding are left out (the server
// decides them), so is a header whose name is not a token, and a CR or LF in a value becomes a
// space: no handler's text can start a header of its own.
std::string responseHead(const Response& res, unsigned version, bool keepAlive);

}  // namespace vk::http
