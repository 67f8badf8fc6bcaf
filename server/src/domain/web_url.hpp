#pragma once
// A link to somewhere on the web that Vakkompas may show as a link (no javascript: or
// data: links, no spaces, a host after the scheme).
#include <string_view>

namespace vk::domain {

bool isWebUrl(std::string_view url);

}  // namespace vk::domain
