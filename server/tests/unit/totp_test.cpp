// TOTP against RFC 6238 appendix B, base32 against RFC 4648 section 10, the ±1 window and
// the replay rule.
#include <gtest/gtest.h>

#include "domain/foundation/totp.hpp"

using namespace vk::domain;

namespace {

const std::string kSeed20 = "12345678901234567890";
const std::string kSeed32 = "12345678901234567890123456789012";
const std::string kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

struct Vector {
  int64_t time;
  const char* sha1;
  const char* sha256;
  const char* sha512;
};
// RFC 6238, appendix B (8 digits, T0 = 0, X = 30).
const Vector kVectors[] = {
    {59, "94287082", "46119246", "90693936"},
    {1111111109, "07081804", "68084774", "25091201"},
    {1111111111, "14050471", "67062674", "99943326"},
    {1234567890, "89005924", "91819424", "93441116"},
    {2000000000, "69279037", "90698825", "38618901"},
    {20000000000, "65353130", "77737706", "47863826"},
};

}  // namespace

TEST(Totp, Rfc6238AppendixBSha1) {
  for (const auto& v : kVectors) EXPECT_EQ(totpCode(kSeed20, v.time, TotpHash::Sha1, 8), v.sha1) << v.time;
}

TEST(Totp, Rfc6238AppendixBSha256) {
  for (const auto& v : kVectors) EXPECT_EQ(totpCode(kSeed32, v.time, TotpHash::Sha256, 8), v.sha256) << v.time;
}

TEST(Totp, Rfc6238AppendixBSha512) {
  for (const auto& v : kVectors) EXPECT_EQ(totpCode(kSeed64, v.time, TotpHash::Sha512, 8), v.sha512) << v.time;
}

TEST(Totp, SixDigitsAreTheLastSixOfTheRfcCode) {
  // Dynamic truncation modulo 10^6 is the last six digits of the modulo-10^8 value.
  for (const auto& v : kVectors) EXPECT_EQ(totpCode(kSeed20, v.time), std::string(v.sha1).substr(2)) << v.time;
}

TEST(Totp, ValidatesWithinOneStepEitherSide) {
  const int64_t now = 1'800'000'015;  // step 60'000'000
  const int64_t step = now / 30;
  EXPECT_EQ(totpStep(kSeed20, totpCode(kSeed20, now), now), step);
  EXPECT_EQ(totpStep(kSeed20, totpCode(kSeed20, now - 30), now), step - 1);
  EXPECT_EQ(totpStep(kSeed20, totpCode(kSeed20, now + 30), now), step + 1);
  EXPECT_EQ(totpStep(kSeed20, totpCode(kSeed20, now - 60), now), std::nullopt);
  EXPECT_EQ(totpStep(kSeed20, totpCode(kSeed20, now + 60), now), std::nullopt);
}

TEST(Totp, RefusesWrongAndMalformedCodes) {
  const int64_t now = 1'800'000'015;
  std::string right = totpCode(kSeed20, now);
  std::string wrong = right;
  wrong[5] = wrong[5] == '9' ? '0' : static_cast<char>(wrong[5] + 1);
  EXPECT_EQ(totpStep(kSeed20, wrong, now), std::nullopt);
  EXPECT_EQ(totpStep(kSeed20, right.substr(0, 5), now), std::nullopt);
  EXPECT_EQ(totpStep(kSeed20, right + "0", now), std::nullopt);
  EXPECT_EQ(totpStep(kSeed20, "12a456", now), std::nullopt);
  EXPECT_EQ(totpStep(kSeed20, "", now), std::nullopt);
  EXPECT_EQ(totpStep("another secret of 20", right, now), std::nullopt);
}

TEST(Totp, ACodeWorksOnceAndNeverAfterANewerOne) {
  const int64_t now = 1'800'000'015;
  std::string code = totpCode(kSeed20, now);
  auto first = acceptTotp(kSeed20, code, now, std::nullopt);
  ASSERT_TRUE(first);
  EXPECT_EQ(acceptTotp(kSeed20, code, now, first), std::nullopt);       // the same code again
  EXPECT_EQ(acceptTotp(kSeed20, code, now + 20, first), std::nullopt);  // still in the window
  // The previous step's code, after the current one was used: refused too.
  EXPECT_EQ(acceptTotp(kSeed20, totpCode(kSeed20, now - 30), now, first), std::nullopt);
  // The next step's code is new.
  auto next = acceptTotp(kSeed20, totpCode(kSeed20, now + 30), now + 30, first);
  ASSERT_TRUE(next);
  EXPECT_EQ(*next, *first + 1);
}

TEST(Base32, Rfc4648Vectors) {
  // RFC 4648 section 10, without the padding (otpauth URIs leave it out).
  EXPECT_EQ(base32Encode(""), "");
  EXPECT_EQ(base32Encode("f"), "MY");
  EXPECT_EQ(base32Encode("fo"), "MZXQ");
  EXPECT_EQ(base32Encode("foo"), "MZXW6");
  EXPECT_EQ(base32Encode("foob"), "MZXW6YQ");
  EXPECT_EQ(base32Encode("fooba"), "MZXW6YTB");
  EXPECT_EQ(base32Encode("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(base32Decode("MZXW6YTBOI======"), "foobar");
  EXPECT_EQ(base32Decode("MZXW6YQ="), "foob");
  EXPECT_EQ(base32Decode("MY======"), "f");
}

TEST(Base32, DecodesWhatPeopleTypeAndRefusesTheRest) {
  EXPECT_EQ(base32Decode("mzxw 6ytb-oi"), "foobar");
  EXPECT_EQ(base32Decode("MZXW1"), std::nullopt);   // 1 is not in the alphabet
  EXPECT_EQ(base32Decode("MZ=XW"), std::nullopt);   // nothing after padding
  EXPECT_EQ(base32Decode("M"), std::nullopt);       // a lone character holds no byte
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  EXPECT_EQ(base32Decode(base32Encode(bytes)), bytes);
  EXPECT_EQ(base32Encode(kSeed20), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Totp, OtpauthUriAndGroups) {
  EXPECT_EQ(otpauthUri("Vakkompas", "ingrid.smit@demostad.nl", "GEZDGNBV"),
            "otpauth://totp/Vakkompas:ingrid.smit@demostad.nl?secret=GEZDGNBV&issuer=Vakkompas&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(otpauthUri("Wijkteams Demostad", "a b", "X"),
            "otpauth://totp/Wijkteams%20Demostad:a%20b?secret=X&issuer=Wijkteams%20Demostad&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(groupsOfFour("GEZDGNBVGY"), "GEZD GNBV GY");
  EXPECT_EQ(normaliseCode(" 123 456 "), "123456");
}
