#pragma once
// Precompiled header for the translation units that see Beast and Asio (http/ and API tests).
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
