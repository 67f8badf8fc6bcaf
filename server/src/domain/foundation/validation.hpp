#pragma once
// Checks on what people type when they set up accounts; messages are Dutch.
#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"

namespace vk::domain {

std::string normaliseEmail(std::string_view email);  // trimmed, lower case
bool looksLikeEmail(std::string_view email);
std::string trimmed(std::string_view s);

// Appends a FieldError for each rule that is broken.
void checkPassword(std::string_view field, std::string_view password, std::string_view email,
                   std::vector<FieldError>& errors);
void checkName(std::string_view field, std::string_view name, size_t maxLen, std::vector<FieldError>& errors);
void checkEmail(std::string_view field, std::string_view email, std::vector<FieldError>& errors);

constexpr size_t kMinPasswordLength = 10;

}  // namespace vk::domain
