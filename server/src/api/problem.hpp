#pragma once
// RFC 9457 application/problem+json responses with Dutch titles.
#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "http/message.hpp"

namespace vk::api {

http::Response problem(int status, const std::string& title, const std::vector<domain::FieldError>& fields = {});
http::Response problemFrom(const domain::Error& e);
int statusOf(domain::ErrorKind k);

}  // namespace vk::api
