#pragma once
// The audit entry of a store command, written on the command's own connection so that it
// commits with the change or not at all (docs/adr/0002-one-transaction-per-command.md).
#include <cstdint>
#include <string>

#include "domain/foundation/people.hpp"
#include "store/db.hpp"

namespace vk::store {

void audit(Conn& c, const domain::Actor& a, const std::string& action, const std::string& object, int64_t now);

}  // namespace vk::store
