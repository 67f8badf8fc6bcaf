#pragma once
// Where people reach Vakkompas (VAKKOMPAS_PUBLIC_URL), for QR codes and join links, and the
// Origin a live socket must come from. Without a configured URL: the request's own host.
#include <string>

#include "api/app.hpp"
#include "store/live/store.hpp"

namespace vk::api {

// The link a guest follows to join the session (the QR code's content).
std::string joinUrl(const Ctx& c, const store::LiveSession& s);
// A browser always sends Origin with a WebSocket handshake: it must be ours, or another
// site's page is using the visitor's cookie. Without Origin (no browser) there is no such risk.
bool originAllowed(const Ctx& c);

}  // namespace vk::api
