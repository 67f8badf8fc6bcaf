#pragma once
// The starter catalogue embedded in the binary, and the one Matcher built from it that every
// request shares (built once, on first use; match() is thread-safe).
#include "domain/knowledge/catalogue.hpp"
#include "domain/knowledge/matcher.hpp"

namespace vk::domain {
const Catalogue& starterCatalogue();
const Matcher& sharedMatcher();
}  // namespace vk::domain
