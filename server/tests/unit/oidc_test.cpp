#include "domain/foundation/oidc.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace vk::domain;
namespace json = boost::json;

namespace {

json::object goodClaims() {
  return json::parse(R"({"iss":"https://idp.example","aud":"vk","sub":"abc","nonce":"n1",
                          "exp":1000,"iat":400,"nbf":400,"email":"a@b.nl","email_verified":true})")
      .as_object();
}

IdTokenExpectations expect(int64_t now = 500) { return {"https://idp.example", "vk", "n1", now}; }

}  // namespace

TEST(OidcAlg, OnlyAsymmetricAlgorithms) {
  EXPECT_TRUE(acceptableSigningAlg("RS256"));
  EXPECT_TRUE(acceptableSigningAlg("ES256"));
  EXPECT_TRUE(acceptableSigningAlg("PS256"));
  EXPECT_FALSE(acceptableSigningAlg("none"));
  EXPECT_FALSE(acceptableSigningAlg("HS256"));
  EXPECT_FALSE(acceptableSigningAlg("HS512"));
  EXPECT_FALSE(acceptableSigningAlg("rs256"));
  EXPECT_FALSE(acceptableSigningAlg(""));
}

TEST(OidcJws, SplitsCompactForm) {
  auto j = splitCompactJws("eyJh.eyJi.c2ln");
  ASSERT_TRUE(j);
  EXPECT_EQ(j->header, "eyJh");
  EXPECT_EQ(j->payload, "eyJi");
  EXPECT_EQ(j->signature, "c2ln");
  EXPECT_FALSE(splitCompactJws("a.b"));
  EXPECT_FALSE(splitCompactJws("a.b.c.d"));
  EXPECT_FALSE(splitCompactJws(".b.c"));
  EXPECT_FALSE(splitCompactJws("a+.b.c"));
  EXPECT_TRUE(splitCompactJws("a.b."));  // an empty signature is split; verification refuses it
}

TEST(OidcJws, Base64UrlRoundTripsRfc4648Vectors) {
  // RFC 4648 §10, in the URL-safe alphabet without padding
  EXPECT_EQ(base64UrlEncode("f"), "Zg");
  EXPECT_EQ(base64UrlEncode("fo"), "Zm8");
  EXPECT_EQ(base64UrlEncode("foo"), "Zm9v");
  EXPECT_EQ(base64UrlEncode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64UrlEncode("\xfb\xff"), "-_8");
  EXPECT_EQ(*base64UrlDecode("Zm9vYmE"), "fooba");
  EXPECT_EQ(*base64UrlDecode("-_8"), "\xfb\xff");
  EXPECT_FALSE(base64UrlDecode("Zm9v+"));
  EXPECT_FALSE(base64UrlDecode("Z"));
}

TEST(OidcClaims, GoodTokenPasses) { EXPECT_EQ(checkIdTokenClaims(goodClaims(), expect()), std::nullopt); }

TEST(OidcClaims, EachWrongClaimIsNamed) {
  auto c = goodClaims();
  c["iss"] = "https://other.example";
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Issuer);
  c = goodClaims();
  c["aud"] = "someone-else";
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Audience);
  c = goodClaims();
  c["aud"] = json::array{"someone-else", "vk"};  // several audiences: azp must be us
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Audience);
  c["azp"] = "vk";
  EXPECT_EQ(checkIdTokenClaims(c, expect()), std::nullopt);
  c = goodClaims();
  c["nonce"] = "n2";
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Nonce);
  c.erase("nonce");
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Nonce);
  c = goodClaims();
  c["sub"] = "";
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Subject);
  c = goodClaims();
  c.erase("exp");
  EXPECT_EQ(checkIdTokenClaims(c, expect()), IdTokenProblem::Expired);
}

TEST(OidcClaims, TimesHaveSmallLeeway) {
  auto c = goodClaims();
  EXPECT_EQ(checkIdTokenClaims(c, expect(1000 + kIdTokenLeewaySeconds - 1)), std::nullopt);
  EXPECT_EQ(checkIdTokenClaims(c, expect(1000 + kIdTokenLeewaySeconds)), IdTokenProblem::Expired);
  EXPECT_EQ(checkIdTokenClaims(c, expect(400 - kIdTokenLeewaySeconds)), std::nullopt);
  EXPECT_EQ(checkIdTokenClaims(c, expect(400 - kIdTokenLeewaySeconds - 1)), IdTokenProblem::NotYetValid);
}

TEST(OidcClaims, ProviderMfaFromAmrOrAcr) {
  auto c = goodClaims();
  EXPECT_FALSE(providerMfa(c, {}));
  c["amr"] = json::array{"pwd"};
  EXPECT_FALSE(providerMfa(c, {}));
  c["amr"] = json::array{"pwd", "mfa"};
  EXPECT_TRUE(providerMfa(c, {}));
  c = goodClaims();
  c["acr"] = "urn:loa:high";
  EXPECT_FALSE(providerMfa(c, {"urn:loa:substantial"}));
  EXPECT_TRUE(providerMfa(c, {"urn:loa:substantial", "urn:loa:high"}));
}

TEST(OidcClaims, EmailVerifiedOnlyWhenTrue) {
  auto c = goodClaims();
  EXPECT_TRUE(emailVerified(c));
  c["email_verified"] = false;
  EXPECT_FALSE(emailVerified(c));
  c["email_verified"] = "true";
  EXPECT_TRUE(emailVerified(c));
  c.erase("email_verified");
  EXPECT_FALSE(emailVerified(c));
}

TEST(OidcRoles, GroupsMapOntoAdminAndAccess) {
  RoleMapping m{"realm_access.roles", {"vk-admins"}, {"vk-users"}};
  auto c = goodClaims();
  c["realm_access"] = json::object{{"roles", json::array{"vk-users"}}};
  auto r = mapRole(c, m);
  EXPECT_TRUE(r.allowed);
  EXPECT_EQ(r.orgAdmin, false);
  c["realm_access"] = json::object{{"roles", json::array{"vk-admins"}}};
  r = mapRole(c, m);
  EXPECT_TRUE(r.allowed);
  EXPECT_EQ(r.orgAdmin, true);
  c["realm_access"] = json::object{{"roles", json::array{"others"}}};
  EXPECT_FALSE(mapRole(c, m).allowed);
  c.erase("realm_access");
  EXPECT_FALSE(mapRole(c, m).allowed);
  EXPECT_EQ(mapRole(c, RoleMapping{}).orgAdmin, std::nullopt);  // no mapping: roles stay
  EXPECT_TRUE(mapRole(c, RoleMapping{"groups", {"a"}, {}}).allowed);
}

TEST(OidcLists, SplitAndJoin) {
  EXPECT_EQ(splitList(" a, b c\nd ,, "), (std::vector<std::string>{"a", "b c", "d"}));
  EXPECT_EQ(joinList({"a", "b c"}), "a, b c");
  EXPECT_EQ(emailDomain("X@Gemeente.NL"), "gemeente.nl");
  EXPECT_EQ(emailDomain("nope"), "");
}
