// Worked examples for the privacy guard: every kind, its look-alikes, the API helpers and
// robustness on arbitrary bytes.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/privacy_detail.hpp"
#include "text/privacy_guard.hpp"
#include "text/privacy_normalise.hpp"

namespace {

using vk::text::Finding;
using vk::text::FindingKind;
using vk::text::scanPrivacy;

struct Hit {
  std::string kind;
  std::string text;
  bool operator==(const Hit&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Hit& h) { return os << h.kind << ":[" << h.text << "]"; }

std::vector<Hit> hits(const std::string& s) {
  std::vector<Hit> out;
  for (const Finding& f : scanPrivacy(s)) out.push_back({std::string(vk::text::kindName(f.kind)), s.substr(f.start, f.end - f.start)});
  return out;
}

std::vector<Hit> one(const char* kind, const char* text) { return {{kind, text}}; }
const std::vector<Hit> kNone;

// --- BSN ---------------------------------------------------------------------------------

TEST(PrivacyBsn, ElfproefChecksum) {
  using vk::text::privacy_detail::elfproef;
  EXPECT_TRUE(elfproef({1, 1, 1, 2, 2, 2, 3, 3, 3}));
  EXPECT_TRUE(elfproef({1, 2, 3, 4, 5, 6, 7, 8, 2}));
  EXPECT_FALSE(elfproef({1, 2, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_FALSE(elfproef({0, 0, 0, 0, 0, 0, 0, 0, 0}));
}

TEST(PrivacyBsn, ValidNumbersInAllNotations) {
  EXPECT_EQ(hits("Haar BSN is 111222333 volgens de brief."), one("bsn", "111222333"));
  EXPECT_EQ(hits("bsn 123.456.782"), one("bsn", "123.456.782"));
  EXPECT_EQ(hits("bsn 123 456 782 bekend"), one("bsn", "123 456 782"));
  EXPECT_EQ(hits("BSN kind 6201.16.419 staat erop."), one("bsn", "6201.16.419"));  // as on an identity card
  EXPECT_EQ(hits("bsn 1234 56 782"), one("bsn", "1234 56 782"));
  EXPECT_EQ(hits("(628194821)"), one("bsn", "628194821"));
  EXPECT_EQ(hits("BSN: 89693504"), one("bsn", "89693504"));  // leading zero left out, keyword present
}

TEST(PrivacyBsn, LookAlikesAreNotFlagged) {
  EXPECT_EQ(hits("Factuur 123456789 staat nog open."), kNone);  // fails the elfproef
  EXPECT_EQ(hits("Nummer 123.456.789 klopt niet"), kNone);
  EXPECT_EQ(hits("Nummer 1234.56.789 klopt niet"), kNone);          // 4-2-3 failing the elfproef
  EXPECT_EQ(hits("code 1234.56.782.1 en 1234.56.7820"), kNone);      // longer than a BSN
  EXPECT_EQ(hits("1234 56 78 x"), kNone);                           // 8 digits
  EXPECT_EQ(hits("Kenmerk 89693504 zonder context"), kNone);       // 8 digits without "bsn"
  EXPECT_EQ(hits("code 1111222333 of 11122233"), kNone);           // 10 digits, 8 digits
  EXPECT_EQ(hits("bedrag 1.111.222.333 euro"), kNone);             // glued to a longer number
  EXPECT_EQ(hits("000000000"), kNone);
}

// --- IBAN --------------------------------------------------------------------------------

TEST(PrivacyIban, Mod97) {
  using vk::text::privacy_detail::ibanMod97;
  EXPECT_TRUE(ibanMod97("NL91ABNA0417164300"));
  EXPECT_FALSE(ibanMod97("NL91ABNA0417164301"));
  EXPECT_TRUE(ibanMod97("BE68539007547034"));
}

TEST(PrivacyIban, CompactSpacedAndLowerCase) {
  EXPECT_EQ(hits("Betalen op NL91ABNA0417164300 graag."), one("iban", "NL91ABNA0417164300"));
  EXPECT_EQ(hits("rekening NL91 ABNA 0417 1643 00 van de moeder"), one("iban", "NL91 ABNA 0417 1643 00"));
  EXPECT_EQ(hits("iban nl91abna0417164300"), one("iban", "nl91abna0417164300"));
  EXPECT_EQ(hits("BE68 5390 0754 7034."), one("iban", "BE68 5390 0754 7034"));
  EXPECT_EQ(hits("DE89370400440532013000"), one("iban", "DE89370400440532013000"));
}

TEST(PrivacyIban, InvalidChecksumOrShapeIsNotFlagged) {
  EXPECT_EQ(hits("NL91ABNA0417164301"), kNone);
  EXPECT_EQ(hits("NL91ABNA041716430"), kNone);       // one digit short
  EXPECT_EQ(hits("XX91ABNA0417164300"), kNone);      // no such country
  EXPECT_EQ(hits("ANL91ABNA0417164300"), kNone);     // glued to a letter
}

// --- Phone -------------------------------------------------------------------------------

TEST(PrivacyPhone, DutchAndInternationalNumbers) {
  EXPECT_EQ(hits("Bel 06-12345678 na vijf uur"), one("phone", "06-12345678"));
  EXPECT_EQ(hits("Bel 06 1234 5678"), one("phone", "06 1234 5678"));
  EXPECT_EQ(hits("Bel 0612345678."), one("phone", "0612345678"));
  EXPECT_EQ(hits("vast 010-1234567"), one("phone", "010-1234567"));
  EXPECT_EQ(hits("vast 020 123 4567"), one("phone", "020 123 4567"));
  EXPECT_EQ(hits("vast 0297-123456"), one("phone", "0297-123456"));
  EXPECT_EQ(hits("mob +31 6 12345678"), one("phone", "+31 6 12345678"));
  EXPECT_EQ(hits("werk 0031 20 1234567"), one("phone", "0031 20 1234567"));
  EXPECT_EQ(hits("Telefoon +31 20 123 4567 (werk)."), one("phone", "+31 20 123 4567"));
  EXPECT_EQ(hits("België +32 470 12 34 56"), one("phone", "+32 470 12 34 56"));
  EXPECT_EQ(hits("tel (020) 123 4567"), one("phone", "(020) 123 4567"));
}

TEST(PrivacyPhone, AmountsTimesYearsDatesCountsAreNotPhones) {
  EXPECT_EQ(hits("Het bedrag is \xE2\x82\xAC 1.250,00 per maand."), kNone);
  EXPECT_EQ(hits("om 14:30 en om 09.15 uur"), kNone);
  EXPECT_EQ(hits("in 2015, 2019 en 2024"), kNone);
  EXPECT_EQ(hits("afspraak 06-12-2024 10:30"), kNone);  // date, not 06-...
  EXPECT_EQ(hits("van 01-02-2024 tot 01-03-2024"), kNone);
  EXPECT_EQ(hits("0,50 euro per stuk"), kNone);
  EXPECT_EQ(hits("code 061234567"), kNone);              // 9 digits: too short
  EXPECT_EQ(hits("zaak 2024-0612345678"), kNone);        // glued to another number
}

// --- E-mail ------------------------------------------------------------------------------

TEST(PrivacyEmail, Addresses) {
  EXPECT_EQ(hits("Mail naar k.devries@example.nl voor het verslag."), one("email", "k.devries@example.nl"));
  EXPECT_EQ(hits("<a_b+c@sub.domein-x.co.uk>."), one("email", "a_b+c@sub.domein-x.co.uk"));
}

TEST(PrivacyEmail, NotAnAddress) {
  EXPECT_EQ(hits("overleg @ kantoor, 3 @ 5 euro"), kNone);
  EXPECT_EQ(hits("naam@localhost"), kNone);
  EXPECT_EQ(hits("x@y.1"), kNone);
}

// --- Address -----------------------------------------------------------------------------

TEST(PrivacyAddress, StreetAndHouseNumber) {
  EXPECT_EQ(hits("woont op Kerkstraat 12."), one("address", "Kerkstraat 12"));
  EXPECT_EQ(hits("Adres Van Goghlaan 3a"), one("address", "Van Goghlaan 3a"));
  EXPECT_EQ(hits("op Burgemeester de Vlugtlaan 14-2 sinds mei"), one("address", "Burgemeester de Vlugtlaan 14-2"));
  EXPECT_EQ(hits("aan de Oude Gracht 123 bis"), one("address", "Oude Gracht 123 bis"));
  EXPECT_EQ(hits("Laan van Meerdervoort 55"), one("address", "Laan van Meerdervoort 55"));
}

TEST(PrivacyAddress, Postcodes) {
  EXPECT_EQ(hits("Het gezin woont aan de Lindelaan 14b, 3581 KL Utrecht."),
            (std::vector<Hit>{{"address", "Lindelaan 14b"}, {"address", "3581 KL"}}));
  EXPECT_EQ(hits("postcode 1012AB"), one("address", "1012AB"));
}

TEST(PrivacyAddress, NumbersAfterOrdinaryWordsAreNoAddress) {
  EXPECT_EQ(hits("Moeder heeft 3 kinderen in groep 7."), kNone);
  EXPECT_EQ(hits("Zie artikel 12 en hoofdstuk 4."), kNone);
  EXPECT_EQ(hits("De vergadering 3 was kort, week 12 ook."), kNone);
  EXPECT_EQ(hits("op de straat 3 keer gezien"), kNone);
  EXPECT_EQ(hits("in Rotterdam 3 jaar gewoond"), kNone);
  EXPECT_EQ(hits("0123 AB en 1234 ab en 1234 SS"), kNone);  // leading zero, lower case, never issued
}

// --- Birthdate ---------------------------------------------------------------------------

TEST(PrivacyBirthdate, DatesWithBirthContext) {
  EXPECT_EQ(hits("Vader is geboren op 4 juli 1979."), one("birthdate", "4 juli 1979"));
  EXPECT_EQ(hits("Geb. 04-07-1979, woont alleen."), one("birthdate", "04-07-1979"));
  EXPECT_EQ(hits("geb. 12/3/85"), one("birthdate", "12/3/85"));
  EXPECT_EQ(hits("geboortedatum: 1985-03-12"), one("birthdate", "1985-03-12"));
  EXPECT_EQ(hits("Zoon is van 12-03-2010"), one("birthdate", "12-03-2010"));
  EXPECT_EQ(hits("DOB 4 jul. 1979"), one("birthdate", "4 jul. 1979"));
}

TEST(PrivacyBirthdate, AppointmentDatesAreNotBirthdates) {
  EXPECT_EQ(hits("Afspraak op 12-03-2024 om 10 uur."), kNone);
  EXPECT_EQ(hits("Op 4 juli 1979 verhuisde het gezin."), kNone);
  EXPECT_EQ(hits("Baby geboren. Afspraak op 12-03-2024."), kNone);  // keyword in another sentence
  EXPECT_EQ(hits("Geboren in 1979 en op 12-03-2024 verhuisd."), kNone);  // a number in between
  EXPECT_EQ(hits("geb. 32-13-1985"), kNone);  // no valid date
}

// --- Names -------------------------------------------------------------------------------

TEST(PrivacyName, TitlesFirstNamesAndContext) {
  EXPECT_EQ(hits("Gesprek met mevrouw Bakker over haar zoon."), one("name", "mevrouw Bakker"));
  EXPECT_EQ(hits("Ahmed Benali belde over de huurachterstand."), one("name", "Ahmed Benali"));
  EXPECT_EQ(hits("Fatima El Amrani komt morgen."), one("name", "Fatima El Amrani"));
  EXPECT_EQ(hits("met Jan de Vries gebeld"), one("name", "Jan de Vries"));
  EXPECT_EQ(hits("de heer Van der Berg"), one("name", "de heer Van der Berg"));
  EXPECT_EQ(hits("dhr. J.P. van 't Hof"), one("name", "dhr. J.P. van 't Hof"));
  EXPECT_EQ(hits("zoon Daan"), one("name", "Daan"));
  EXPECT_EQ(hits("afgesproken met Sanne"), one("name", "Sanne"));
  EXPECT_EQ(hits("dochter Kiki wil niet"), one("name", "Kiki"));  // unknown name after relation word
  EXPECT_EQ(hits("Zoon Mark wil niet"), one("name", "Mark"));     // ambiguous name with context
}

TEST(PrivacyName, OrdinaryWordsPlacesAndSentenceStartsAreNoNames) {
  EXPECT_EQ(hits("Amsterdam, Utrecht en Rotterdam doen mee."), kNone);
  EXPECT_EQ(hits("Maandag en in Juli is het dicht."), kNone);
  EXPECT_EQ(hits("Vandaag was moeder boos. Gisteren ook."), kNone);
  EXPECT_EQ(hits("Mark het dossier als klaar. Wil je bellen? Ben je er?"), kNone);
  EXPECT_EQ(hits("Roos de bloem stond op tafel."), kNone);
  EXPECT_EQ(hits("Mevrouw is ziek en meneer ook."), kNone);
  EXPECT_EQ(hits("De Gemeente Utrecht en Jeugdzorg zijn ingelicht."), kNone);
  EXPECT_EQ(hits("Boodschappen bij Albert Heijn."), kNone);
}

// --- Overlaps, API -----------------------------------------------------------------------

TEST(PrivacyGuard, MixedTextSortedAndDisjoint) {
  std::string s =
      "Mevrouw Jansen (geb. 12-03-1985, BSN 111222333) woont op Kerkstraat 12, 3512 AB Utrecht. "
      "Bel 06-12345678 of mail m.jansen@example.nl. Rekening NL91ABNA0417164300.";
  auto fs = scanPrivacy(s);
  std::vector<Hit> want{{"name", "Mevrouw Jansen"},   {"birthdate", "12-03-1985"}, {"bsn", "111222333"},
                        {"address", "Kerkstraat 12"}, {"address", "3512 AB"},      {"phone", "06-12345678"},
                        {"email", "m.jansen@example.nl"}, {"iban", "NL91ABNA0417164300"}};
  EXPECT_EQ(hits(s), want);
  for (std::size_t i = 1; i < fs.size(); ++i) EXPECT_LE(fs[i - 1].end, fs[i].start);
}

TEST(PrivacyGuard, EmailWinsOverNameInside) {
  EXPECT_EQ(hits("mail Jan.Bakker@example.nl"), one("email", "Jan.Bakker@example.nl"));
}

TEST(PrivacyGuard, KindNamesPlaceholdersRefusal) {
  EXPECT_EQ(vk::text::kindName(FindingKind::Birthdate), "birthdate");
  EXPECT_EQ(vk::text::kindName(FindingKind::Email), "email");
  EXPECT_EQ(vk::text::placeholderFor(FindingKind::Phone), "[telefoon]");
  EXPECT_EQ(vk::text::placeholderFor(FindingKind::Email), "[e-mail]");
  EXPECT_EQ(vk::text::placeholderFor(FindingKind::Birthdate), "[geboortedatum]");
  EXPECT_TRUE(vk::text::isRefused(FindingKind::Bsn));
  EXPECT_TRUE(vk::text::isRefused(FindingKind::Iban));
  EXPECT_FALSE(vk::text::isRefused(FindingKind::Name));
  EXPECT_FALSE(vk::text::isRefused(FindingKind::Phone));
}

TEST(PrivacyGuard, Redact) {
  std::string s = "Gesprek met mevrouw Bakker, bel 06-12345678.";
  EXPECT_EQ(vk::text::redact(s, scanPrivacy(s)), "Gesprek met [naam], bel [telefoon].");
  EXPECT_EQ(vk::text::redact(s, {}), s);
  // out-of-bounds and overlapping findings are ignored, unsorted input is fine
  std::vector<Finding> odd{{FindingKind::Name, 20, 26}, {FindingKind::Bsn, 12, 31}, {FindingKind::Email, 40, 400},
                           {FindingKind::Phone, 5, 3}};
  EXPECT_EQ(vk::text::redact(s, odd), "Gesprek met [bsn] 06-12345678.");
}

TEST(PrivacyGuard, ArbitraryBytesAreSafe) {
  std::mt19937 rng(42);
  const std::string alphabet = std::string("0123456789 .-/+@()'abcNLZzéÖ\xE2\x82\xAC\xC3\x80\xFF\x80", 38) + '\0';
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 200);
    for (int i = 0; i < len; ++i) {
      if (rng() % 4 == 0) s += static_cast<char>(rng() % 256);
      else s += alphabet[rng() % alphabet.size()];
    }
    auto fs = scanPrivacy(s);
    std::size_t prevEnd = 0;
    for (const Finding& f : fs) {
      ASSERT_LT(f.start, f.end);
      ASSERT_LE(f.end, s.size());
      ASSERT_GE(f.start, prevEnd);
      prevEnd = f.end;
    }
    (void)vk::text::redact(s, fs);
  }
  EXPECT_EQ(hits(std::string("\0\0\0", 3)), kNone);
  EXPECT_EQ(hits(""), kNone);
  std::string nul = std::string("bsn\0", 4) + "111222333";
  EXPECT_EQ(hits(nul), one("bsn", "111222333"));
}

}  // namespace

// --- Normalisation (privacy_normalise.hpp) -------------------------------------------------

namespace {

using vk::text::privacy_detail::GuardText;

TEST(PrivacyNormalise, PlainTextIsNotCopied) {
  std::string s = "Cli\xC3\xABnt betaalt \xE2\x82\xAC 12,50 op 4 juli.";  // é, € need no change
  GuardText g(s);
  EXPECT_FALSE(g.changed());
  EXPECT_EQ(g.text().data(), s.data());
  EXPECT_EQ(g.originalStart(3), 3u);
  EXPECT_EQ(g.originalEnd(7), 7u);
}

TEST(PrivacyNormalise, SpacesDashesDigitsInvisiblesAndNfkc) {
  // nbsp, narrow nbsp, tab, en dash, minus, soft hyphen, zero-width space, word joiner, BOM,
  // full-width and Arabic-Indic digits, full-width letters and @, the ligature "ﬁ", e + combining acute
  std::string s = "a\xC2\xA0" "b\xE2\x80\xAF" "c\td\xE2\x80\x93" "e\xE2\x88\x92" "f\xC2\xAD" "g\xE2\x80\x8B" "h"
                  "\xE2\x81\xA0" "i\xEF\xBB\xBF" "j \xEF\xBC\x91\xD9\xA2 \xEF\xBC\xA1\xEF\xBC\xA0 \xEF\xAC\x81 Rene\xCC\x81" "e";
  GuardText g(s);
  EXPECT_TRUE(g.changed());
  EXPECT_EQ(g.text(), "a b c d-e-fghij 12 A@ fi Ren\xC3\xA9" "e");
}

TEST(PrivacyNormalise, OffsetsMapBackToWholeOriginalCharacters) {
  // "BSN " + full-width 1, nbsp, zero-width space, 2, then ASCII
  std::string s = "\xC3\xA9 \xEF\xBC\x91\xC2\xA0\xE2\x80\x8B" "2x";
  GuardText g(s);
  ASSERT_EQ(g.text(), "\xC3\xA9 1 2x");
  // normalised: é(0,1) ' '(2) '1'(3) ' '(4) '2'(5) 'x'(6)
  EXPECT_EQ(g.originalStart(0), 0u);
  EXPECT_EQ(g.originalStart(3), 3u);   // the full-width 1 starts at byte 3
  EXPECT_EQ(g.originalEnd(4), 6u);     // and ends at byte 6
  EXPECT_EQ(g.originalEnd(5), 8u);     // the nbsp ends at 8
  EXPECT_EQ(g.originalStart(5), 11u);  // the 2 comes after the removed zero-width space
  EXPECT_EQ(g.originalEnd(6), 12u);
  EXPECT_EQ(g.originalStart(7), s.size());
  EXPECT_EQ(g.originalEnd(7), s.size());
  EXPECT_EQ(g.originalEnd(0), 0u);
}

TEST(PrivacyNormalise, InvalidUtf8IsKeptByteForByte) {
  std::string s = "a\xFF\xC3(\x80 b\xE2\x82";
  GuardText g(s);
  EXPECT_EQ(g.text(), s);
}

TEST(PrivacyNormalise, FindingsAreInOriginalOffsets) {
  // multi-byte text before the number, a narrow nbsp and a zero-width joiner inside it
  std::string s = "Cli\xC3\xABnt met \xC3\xA9\xC3\xA9n kind \xE2\x80\x94 BSN 111\xE2\x80\xAF" "222\xE2\x80\x8D"
                  "333, bel 06\xC2\xA0" "12345678.";
  EXPECT_EQ(hits(s), (std::vector<Hit>{{"bsn", "111\xE2\x80\xAF" "222\xE2\x80\x8D" "333"},
                                       {"phone", "06\xC2\xA0" "12345678"}}));
  std::string e = "mail \xEF\xBD\x8A\xEF\xBD\x81\xEF\xBD\x8E\xEF\xBC\xA0" "example.nl";  // full-width "jan@"
  EXPECT_EQ(hits(e), one("email", "\xEF\xBD\x8A\xEF\xBD\x81\xEF\xBD\x8E\xEF\xBC\xA0" "example.nl"));
  std::string d = "geboren op \xD9\xA1\xD9\xA2-03-1985";  // Arabic-Indic 12
  EXPECT_EQ(hits(d), one("birthdate", "\xD9\xA1\xD9\xA2-03-1985"));
}

}  // namespace

namespace {

// Random text from the characters the normalisation changes (Unicode spaces, dashes, invisible
// characters, combining marks, full-width and other digits, look-alike letters) mixed with digits
// and letters: findings stay in bounds, sorted, disjoint, and never split a character of the
// (valid UTF-8) original.
TEST(PrivacyNormalise, ArbitraryUnicodeIsSafe) {
  const std::vector<std::string> pieces{
      "0", "1", "2", "3", "6", "9", " ", "-", ".", "/", "+", "@", ",", "N", "L", "B", "S", "n", "a", "x", "BSN",
      "NL91", "06", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89", "\t", "\xC2\xAD", "\xE2\x80\x8B", "\xE2\x81\xA0",
      "\xEF\xBB\xBF", "\xE2\x80\x93", "\xE2\x88\x92", "\xCC\x81", "\xCC\x88", "\xEF\xBC\x91", "\xEF\xBC\x90",
      "\xD9\xA3", "\xDB\xB4", "\xF0\x9D\x9F\x8F", "\xD0\x90", "\xD0\x9E", "\xCE\x9F", "\xEF\xAC\x81", "\xC2\xBD",
      "\xE2\x91\xA0", "\xC3\xA9", "\xE2\x82\xAC", "\xE2\x80\x9C", "\xC2\xB7", "\xE2\x81\x84", "\xEF\xBC\xA0"};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 60);
    for (int i = 0; i < len; ++i) s += pieces[rng() % pieces.size()];
    auto fs = scanPrivacy(s);
    std::size_t prevEnd = 0;
    for (const Finding& f : fs) {
      ASSERT_LT(f.start, f.end) << s;
      ASSERT_LE(f.end, s.size()) << s;
      ASSERT_GE(f.start, prevEnd) << s;
      ASSERT_NE(static_cast<unsigned char>(s[f.start]) & 0xC0, 0x80) << "starts inside a character: " << s;
      if (f.end < s.size()) {
        ASSERT_NE(static_cast<unsigned char>(s[f.end]) & 0xC0, 0x80) << "ends inside a character: " << s;
      }
      prevEnd = f.end;
    }
    (void)vk::text::redact(s, fs);
  }
}

}  // namespace
