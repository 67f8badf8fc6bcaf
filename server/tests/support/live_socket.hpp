#pragma once
// A live session's socket from a test's side (connect with a cookie or a guest token, send,
// read frames with a timeout), and the report PDF as text: shared by the live tests.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <optional>
#include <string>

namespace vk::test {

namespace live_socket_detail {
namespace json = boost::json;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;

class Ws {
 public:
  // receiveBuffer > 0: the socket's receive buffer in bytes (a slow phone that fills up soon).
  Ws(uint16_t port, const std::string& target, const std::string& cookie = "", const std::string& origin = "",
     int receiveBuffer = 0) {
    asio::ip::tcp::endpoint ep(asio::ip::make_address("127.0.0.1"), port);
    if (receiveBuffer > 0) {
      auto& sock = ws_.next_layer().socket();
      sock.open(asio::ip::tcp::v4());
      sock.set_option(asio::socket_base::receive_buffer_size(receiveBuffer));
    }
    ws_.next_layer().connect(ep);
    ws_.set_option(websocket::stream_base::decorator([cookie, origin](websocket::request_type& req) {
      if (!cookie.empty()) req.set(beast::http::field::cookie, "vk_session=" + cookie);
      if (!origin.empty()) req.set(beast::http::field::origin, origin);
    }));
    websocket::response_type res;
    ws_.handshake(res, "127.0.0.1", target, ec_);
    status_ = res.result_int();
  }
  bool ok() const { return !ec_; }
  int status() const { return status_; }

  void send(const json::value& v) { ws_.write(asio::buffer(json::serialize(v))); }
  // Writes a ping without reading; false once the server has closed the connection.
  bool ping() {
    boost::system::error_code ec;
    ws_.write(asio::buffer(std::string(R"({"type":"ping"})")), ec);
    return !ec;
  }
  void submit(const std::string& clientId, const std::string& kind, json::object data = {}) {
    send(json::object{{"type", "submit"}, {"clientId", clientId}, {"kind", kind}, {"data", std::move(data)}});
  }
  // The next frame, or nullopt after the timeout (the connection is then unusable).
  std::optional<json::object> next(std::chrono::milliseconds timeout = 3000ms) {
    beast::flat_buffer buf;
    bool done = false;
    boost::system::error_code ec;
    ws_.async_read(buf, [&](boost::system::error_code e, size_t) {
      ec = e;
      done = true;
    });
    ioc_.restart();
    ioc_.run_for(timeout);
    if (!done) {
      ws_.next_layer().socket().cancel();
      ioc_.restart();
      ioc_.run_for(1s);
      return std::nullopt;
    }
    if (ec) return std::nullopt;
    return json::parse(beast::buffers_to_string(buf.data())).as_object();
  }
  // Reads until a frame of the given type (and matching pred) arrives.
  json::object until(const std::string& type, const std::function<bool(const json::object&)>& pred = {}) {
    for (int i = 0; i < 200; ++i) {
      auto f = next();
      if (!f) break;
      if (f->at("type").as_string() == type && (!pred || pred(*f))) return *f;
    }
    ADD_FAILURE() << "no frame of type " << type;
    return {};
  }
  void close() {
    boost::system::error_code ec;
    ws_.next_layer().socket().close(ec);
  }

 private:
  asio::io_context ioc_;
  websocket::stream<beast::tcp_stream> ws_{ioc_};
  boost::system::error_code ec_;
  int status_ = 0;
};

inline std::string pdfText(const std::string& pdf, const std::string& name) {
  std::string file = ::testing::TempDir() + "vk_live_" + name + ".pdf";
  std::ofstream(file, std::ios::binary) << pdf;
  std::string out;
  FILE* p = popen(("pdftotext -layout " + file + " -").c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// Every frame that arrives within a short while, serialised one after the other.
inline std::string drain(Ws& ws) {
  std::string all;
  while (auto f = ws.next(400ms)) all += json::serialize(*f) + "\n";
  return all;
}

inline bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace live_socket_detail

using live_socket_detail::drain;
using live_socket_detail::has;
using live_socket_detail::pdfText;
using live_socket_detail::Ws;

}  // namespace vk::test
