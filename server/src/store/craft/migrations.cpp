// The team's picture of the craft (seed 001, the seven themes as statements members respond to) and the core of the craft (seed 002): its tables (versions 550–574).
#include "store/migrations.hpp"

namespace vk::store {

std::vector<Migration> craftMigrations() { return {}; }

}  // namespace vk::store
