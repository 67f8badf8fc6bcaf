// Bad input gets a clear Dutch problem+json answer, the server keeps serving, and
// nothing that was saved is lost.
#include <gtest/gtest.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "harness.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

class BadInput : public ::testing::TestWithParam<std::string> {};

void expectProblem(const Res& r, int status) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/problem+json");
  auto title = r.json().at("title").as_string();
  EXPECT_FALSE(title.empty());
}

TEST_P(BadInput, MalformedUnknownAndWrongTypes) {
  TestServer srv(GetParam());
  World w = buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("admin@org1.test").status, 200);
  auto malformed = c.request("POST", "/api/v1/teams", "{\"name\": ");
  expectProblem(malformed, 400);
  EXPECT_EQ(malformed.json().at("title").as_string(), "De gegevens zijn geen geldige JSON.");
  expectProblem(c.request("POST", "/api/v1/teams", "[1,2]"), 400);
  auto unknown = c.post("/api/v1/teams", json::object{{"name", "Team X"}, {"kleur", "rood"}});
  expectProblem(unknown, 400);
  EXPECT_EQ(unknown.json().at("errors").at(0).at("field").as_string(), "kleur");
  auto wrongType = c.post("/api/v1/teams", json::object{{"name", 42}});
  expectProblem(wrongType, 400);
  EXPECT_EQ(wrongType.json().at("errors").at(0).at("message").as_string(), "Verwacht tekst.");
  expectProblem(c.post("/api/v1/invitations", json::object{{"email", "x@y.nl"}, {"name", "X"}, {"teamId", "vijf"}}), 400);
  expectProblem(c.patch("/api/v1/members/" + std::to_string(w.member), json::object{{"orgAdmin", "ja"}}), 400);
  expectProblem(c.request("POST", "/api/v1/teams", "name=x", {{"Content-Type", "application/x-www-form-urlencoded"}}),
                415);
  std::string deep(200, '[');
  expectProblem(c.request("POST", "/api/v1/teams", deep), 400);
  expectProblem(c.get("/api/v1/bestaat-niet"), 404);
  expectProblem(c.request("PATCH", "/api/v1/teams"), 405);
  expectProblem(c.get("/api/v1/teams/abc"), 404);
  // Nothing was saved by any of the above; the existing teams are intact.
  auto teams = c.get("/api/v1/teams").json().at("items").as_array();
  EXPECT_EQ(teams.size(), 2u);
}

TEST_P(BadInput, OversizedBodyIsRefusedAndTheServerKeepsServing) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("admin@org1.test").status, 200);
  std::string huge = "{\"name\":\"" + std::string(200 * 1024, 'x') + "\"}";
  auto res = c.request("POST", "/api/v1/teams", huge);
  expectProblem(res, 413);
  EXPECT_EQ(c.get("/api/v1/health").status, 200);
  EXPECT_EQ(c.get("/api/v1/teams").json().at("items").as_array().size(), 2u);
}

TEST_P(BadInput, TooLongNameAndDuplicateTeam) {
  TestServer srv(GetParam());
  buildWorld(srv.store(), srv.now);
  Client c(srv.port());
  ASSERT_EQ(c.login("admin@org1.test").status, 200);
  expectProblem(c.post("/api/v1/teams", json::object{{"name", std::string(81, 'a')}}), 400);
  expectProblem(c.post("/api/v1/teams", json::object{{"name", "   "}}), 400);
  auto dup = c.post("/api/v1/teams", json::object{{"name", "Team A org1"}});
  expectProblem(dup, 409);
}

TEST(Server, GarbageOnTheSocketGetsA400AndOthersAreServed) {
  TestServer srv("sqlite");
  namespace asio = boost::asio;
  asio::io_context ioc;
  asio::ip::tcp::socket s(ioc);
  s.connect({asio::ip::make_address("127.0.0.1"), srv.port()});
  std::string junk = "HELLO \x01\x02 nonsense\r\n\r\n";
  asio::write(s, asio::buffer(junk));
  std::string reply(512, '\0');
  boost::system::error_code ec;
  size_t n = s.read_some(asio::buffer(reply), ec);
  reply.resize(n);
  EXPECT_NE(reply.find("400"), std::string::npos) << reply;
  Client c(srv.port());
  EXPECT_EQ(c.get("/api/v1/health").status, 200);
}

TEST(Server, OversizedHeadersAreRefused) {
  TestServer srv("sqlite");
  Client c(srv.port());
  auto res = c.request("GET", "/api/v1/health", "", {{"X-Big", std::string(40 * 1024, 'a')}});
  EXPECT_EQ(res.status, 431);
  EXPECT_EQ(c.get("/api/v1/health").status, 200);
}

INSTANTIATE_TEST_SUITE_P(Stores, BadInput, ::testing::ValuesIn(backends()));

}  // namespace
}  // namespace vk::test
