// The response head the server writes itself (http/response_head.hpp), read back by Beast's
// own parser: what a client sees must be what the handler meant, and nothing more.
#include <gtest/gtest.h>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <string>
#include <vector>

#include "http/response_head.hpp"

namespace vk::http {
namespace {

namespace bhttp = boost::beast::http;

struct Parsed {
  bhttp::response<bhttp::string_body> msg;
  bool keepAlive = false;
};

Parsed parse(const Response& res, unsigned version, bool keepAlive) {
  std::string wire = responseHead(res, version, keepAlive);
  if (carriesBody(res.status)) wire += res.body;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.eager(true);
  if (!carriesBody(res.status)) parser.skip(false);
  boost::beast::error_code ec;
  size_t used = parser.put(boost::asio::buffer(wire), ec);
  EXPECT_FALSE(ec) << ec.message() << "\n" << wire;
  EXPECT_TRUE(parser.is_done()) << wire;
  EXPECT_EQ(used, wire.size()) << "bytes left after the message:\n" << wire;
  Parsed p;
  p.keepAlive = parser.get().keep_alive();
  p.msg = parser.release();
  return p;
}

TEST(ResponseHead, StatusReasonHeadersAndLength) {
  Response r = Response::json(201, R"({"id":7})");
  r.set("Location", "/api/v1/teams/7");
  auto p = parse(r, 11, true);
  EXPECT_EQ(p.msg.result_int(), 201);
  EXPECT_EQ(p.msg.reason(), "Created");
  EXPECT_EQ(p.msg[bhttp::field::content_type], "application/json");
  EXPECT_EQ(p.msg[bhttp::field::location], "/api/v1/teams/7");
  EXPECT_EQ(p.msg[bhttp::field::content_length], "8");
  EXPECT_EQ(p.msg.body(), R"({"id":7})");
  EXPECT_TRUE(p.keepAlive);
}

TEST(ResponseHead, TwoCookiesBothGoOutInOrderAndFixedLinesFollow) {
  Response r = Response::empty(200);
  r.headers.emplace_back("Set-Cookie", "vk_session=a; HttpOnly");
  r.headers.emplace_back("Set-Cookie", "vk_flow=b; HttpOnly");
  r.fixedHeaders = "X-Frame-Options: DENY\r\nReferrer-Policy: no-referrer\r\n";
  auto p = parse(r, 11, true);
  std::vector<std::string> cookies;
  auto [from, to] = p.msg.equal_range(bhttp::field::set_cookie);
  for (auto it = from; it != to; ++it) cookies.emplace_back(it->value());
  EXPECT_EQ(cookies, (std::vector<std::string>{"vk_session=a; HttpOnly", "vk_flow=b; HttpOnly"}));
  EXPECT_EQ(p.msg[bhttp::field::x_frame_options], "DENY");
  EXPECT_EQ(p.msg["Referrer-Policy"], "no-referrer");
  EXPECT_EQ(r.header("referrer-policy"), "no-referrer");  // the handler's view reads them too
  EXPECT_EQ(p.msg[bhttp::field::content_length], "0");
}

TEST(ResponseHead, NoBodyNoLengthFor204And304) {
  for (int status : {204, 304}) {
    Response r = Response::empty(status);
    r.body = "ignored";
    auto p = parse(r, 11, true);
    EXPECT_EQ(p.msg.result_int(), status);
    EXPECT_EQ(p.msg.count(bhttp::field::content_length), 0u) << status;
    EXPECT_TRUE(p.msg.body().empty()) << status;
  }
}

TEST(ResponseHead, ConnectionFollowsTheVersion) {
  Response r = Response::json(200, "{}");
  auto closing11 = parse(r, 11, false);
  EXPECT_FALSE(closing11.keepAlive);
  EXPECT_EQ(closing11.msg[bhttp::field::connection], "close");
  auto open10 = parse(r, 10, true);
  EXPECT_TRUE(open10.keepAlive);
  EXPECT_EQ(open10.msg.version(), 10u);
  EXPECT_FALSE(parse(r, 10, false).keepAlive);
  EXPECT_EQ(parse(r, 11, true).msg.count(bhttp::field::connection), 0u);
}

TEST(ResponseHead, TheServerDecidesLengthAndConnection) {
  Response r = Response::json(200, "{\"a\":1}");
  r.set("Content-Length", "999");
  r.set("Connection", "keep-alive");
  r.set("Transfer-Encoding", "chunked");
  auto p = parse(r, 11, false);
  EXPECT_EQ(p.msg[bhttp::field::content_length], "7");
  EXPECT_EQ(p.msg.count(bhttp::field::transfer_encoding), 0u);
  EXPECT_FALSE(p.keepAlive);
  EXPECT_EQ(p.msg.body(), "{\"a\":1}");
}

TEST(ResponseHead, ALineBreakInAValueStartsNoHeader) {
  Response r = Response::empty(200);
  r.set("Content-Disposition", "attachment; filename=\"a.pdf\"\r\nSet-Cookie: evil=1");
  r.headers.emplace_back("X-Evil\r\nSet-Cookie", "x");
  auto p = parse(r, 11, true);
  EXPECT_EQ(p.msg.count(bhttp::field::set_cookie), 0u);
  EXPECT_EQ(p.msg[bhttp::field::content_disposition], "attachment; filename=\"a.pdf\"  Set-Cookie: evil=1");
  EXPECT_EQ(p.msg.count("X-Evil"), 0u);  // a name that is no token is left out
}

}  // namespace
}  // namespace vk::http
