// The partners' view from outside: partner rounds, links without an account, results from enough answers: its tables (versions 600–649).
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> partnerMigrations() { return {}; }

}  // namespace vk::store
