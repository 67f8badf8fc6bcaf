#pragma once
// The demo organisation "Wijkteams Demostad": two teams at work, so that a
// newcomer who runs `make run` sees something real.
#include <cstdint>
#include <string>

namespace vk::store {
class Store;
}

namespace vk::app {

constexpr const char* kDemoAdminEmail = "beheer@demostad.nl";
constexpr const char* kDemoMemberEmail = "sanne.bakker@demostad.nl";
constexpr const char* kDemoPassword = "demo-wachtwoord";

// Seeds the demo when the store has no organisation yet; returns false if it had one.
bool seedDemo(store::Store& store, int64_t now);

}  // namespace vk::app
