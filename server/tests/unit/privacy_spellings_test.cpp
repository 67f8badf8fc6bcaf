// The privacy guard on adversarial spellings: valid BSNs (elfproef) and IBANs (mod 97) written the
// ways people and their software write them (Unicode spaces, tabs, slashes, dashes, dots, soft
// hyphens and zero-width characters inside, spaced digits, glued to "BSN", full-width and other
// Unicode digits, followed by another number; IBANs with dashes, dots, double spaces, split after
// the country, lower case, full-width, with look-alike letters). Every spelling must be found with
// the right kind, at exactly the bytes of the number in the ORIGINAL text (multi-byte text around
// it). A decoy corpus (amounts, times, years, counts, dates, postcodes, phone numbers, the same
// spellings with a failing checksum) must give no BSN and no IBAN. Prints the catch rate.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "text/privacy_detail.hpp"
#include "text/privacy_guard.hpp"

namespace {

using vk::text::Finding;
using vk::text::FindingKind;
using vk::text::scanPrivacy;

std::string u8(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Decimal digit sets: the code point of their zero (0 = ASCII).
struct DigitSet {
  const char* name;
  char32_t zero;
};
constexpr DigitSet kAscii{"ascii", 0};
constexpr DigitSet kFullWidth{"full-width", 0xFF10};
constexpr DigitSet kDigitSets[] = {{"full-width", 0xFF10},   {"arabic-indic", 0x0660}, {"ext-arabic-indic", 0x06F0},
                                   {"devanagari", 0x0966},   {"bengali", 0x09E6},      {"thai", 0x0E50},
                                   {"math-bold", 0x1D7CE},   {"math-monospace", 0x1D7F6}};

std::string digit(char d, DigitSet set) { return set.zero == 0 ? std::string(1, d) : u8(set.zero + (d - '0')); }

// Letters and digits of an IBAN in full-width forms (U+FF21 'A', U+FF41 'a', U+FF10 '0').
std::string fullWidth(char c) {
  if (c >= '0' && c <= '9') return u8(0xFF10 + (c - '0'));
  if (c >= 'A' && c <= 'Z') return u8(0xFF21 + (c - 'A'));
  if (c >= 'a' && c <= 'z') return u8(0xFF41 + (c - 'a'));
  return std::string(1, c);
}

// Latin capitals with a Cyrillic / Greek twin.
std::string cyrillic(char c) {
  switch (c) {
    case 'A': return u8(0x0410);
    case 'B': return u8(0x0412);
    case 'E': return u8(0x0415);
    case 'K': return u8(0x041A);
    case 'M': return u8(0x041C);
    case 'H': return u8(0x041D);
    case 'O': return u8(0x041E);
    case 'P': return u8(0x0420);
    case 'C': return u8(0x0421);
    case 'T': return u8(0x0422);
    case 'X': return u8(0x0425);
    case 'I': return u8(0x0406);
    case 'S': return u8(0x0405);
  }
  return std::string(1, c);
}
std::string greek(char c) {
  switch (c) {
    case 'A': return u8(0x0391);
    case 'B': return u8(0x0392);
    case 'E': return u8(0x0395);
    case 'Z': return u8(0x0396);
    case 'H': return u8(0x0397);
    case 'I': return u8(0x0399);
    case 'K': return u8(0x039A);
    case 'M': return u8(0x039C);
    case 'N': return u8(0x039D);
    case 'O': return u8(0x039F);
    case 'P': return u8(0x03A1);
    case 'T': return u8(0x03A4);
    case 'X': return u8(0x03A7);
  }
  return std::string(1, c);
}

// One spelling: the text and the bytes of the number in it.
struct Spelling {
  std::string text;
  std::size_t start, end;
  FindingKind kind;
  std::string label;
};

Spelling place(const std::string& before, const std::string& number, const std::string& after, FindingKind kind,
               const std::string& label) {
  return {before + number + after, before.size(), before.size() + number.size(), kind, label};
}

// --- BSN spellings -------------------------------------------------------------------------

// A way of writing nine digits.
struct BsnForm {
  std::string label;
  std::vector<int> groups;  // digits per group
  std::string sep;          // between groups
  DigitSet digits = kAscii;
  std::string invisible;    // inserted after the 3rd and 6th digit of a compact number
};

BsnForm form(std::string label, std::vector<int> groups, std::string sep, DigitSet digits = kAscii,
             std::string invisible = "") {
  return {std::move(label), std::move(groups), std::move(sep), digits, std::move(invisible)};
}

std::string writeBsn(const std::string& d9, const BsnForm& f) {
  std::string out;
  std::size_t k = 0;
  for (std::size_t g = 0; g < f.groups.size(); ++g) {
    if (g > 0) out += f.sep;
    for (int j = 0; j < f.groups[g]; ++j, ++k) {
      out += digit(d9[k], f.digits);
      if (!f.invisible.empty() && (k == 2 || k == 5)) out += f.invisible;
    }
  }
  return out;
}

std::vector<BsnForm> bsnForms() {
  std::vector<BsnForm> forms;
  forms.push_back(form("compact", {9}, ""));
  for (const DigitSet& ds : kDigitSets) forms.push_back(form(std::string("compact ") + ds.name, {9}, "", ds));
  const std::pair<const char*, char32_t> invisibles[] = {{"soft hyphen", 0x00AD}, {"zwsp", 0x200B}, {"zwnj", 0x200C},
                                                         {"zwj", 0x200D},         {"word joiner", 0x2060},
                                                         {"bom", 0xFEFF},        {"lrm", 0x200E}};
  for (auto [name, cp] : invisibles) forms.push_back(form(std::string("compact + ") + name, {9}, "", kAscii, u8(cp)));
  forms.push_back(form("full-width + zwsp", {9}, "", kFullWidth, u8(0x200B)));
  const std::pair<const char*, std::string> seps[] = {
      {"space", " "},          {"double space", "  "},      {"nbsp", u8(0x00A0)},     {"narrow nbsp", u8(0x202F)},
      {"thin space", u8(0x2009)}, {"figure space", u8(0x2007)}, {"ideographic space", u8(0x3000)},
      {"en quad", u8(0x2000)},  {"tab", "\t"},               {"hyphen", "-"},          {"dot", "."},
      {"slash", "/"},           {"en dash", u8(0x2013)},     {"em dash", u8(0x2014)},  {"nb hyphen", u8(0x2011)},
      {"minus", u8(0x2212)},    {"unicode hyphen", u8(0x2010)}, {"full-width dot", u8(0xFF0E)},
      {"middle dot", u8(0x00B7)}, {"full-width hyphen", u8(0xFF0D)}, {"fraction slash", u8(0x2044)}};
  for (auto& [name, sep] : seps) forms.push_back(form(std::string("3-3-3 ") + name, {3, 3, 3}, sep));
  forms.push_back(form("3-3-3 space full-width", {3, 3, 3}, " ", kFullWidth));
  forms.push_back(form("3-3-3 nbsp arabic-indic", {3, 3, 3}, u8(0x00A0), {"arabic-indic", 0x0660}));
  forms.push_back(form("3-3-3 zwsp+space", {3, 3, 3}, u8(0x200B) + " "));
  forms.push_back(form("3-3-3 soft hyphen+dot", {3, 3, 3}, "." + u8(0x00AD)));
  for (auto& [name, sep] : {std::pair<const char*, std::string>{"space", " "}, {"dot", "."}, {"nbsp", u8(0x00A0)},
                            {"hyphen", "-"}, {"thin space", u8(0x2009)}})
    forms.push_back(form(std::string("4-2-3 ") + name, {4, 2, 3}, sep));
  for (auto& [name, sep] : {std::pair<const char*, std::string>{"space", " "}, {"nbsp", u8(0x00A0)},
                            {"thin space", u8(0x2009)}, {"tab", "\t"}})
    forms.push_back(form(std::string("spaced digits ") + name, {1, 1, 1, 1, 1, 1, 1, 1, 1}, sep));
  return forms;
}

struct Context {
  std::string before, after;
};

std::vector<Context> bsnContexts() {
  return {{"Haar BSN is ", " volgens de brief."},
          {"BSN", ""},  // glued
          {"bsn:", " (moeder)"},
          {"BSN-nr.", ", vader onbekend"},
          {"Cli\xC3\xABnt Ay\xC5\x9F" "e \xE2\x80\x94 burgerservicenummer ", ", woont in Zeist."},
          {"BSN ", " 2 kinderen"},  // followed by another number
          {"Nummer op de brief van de SVB: ", "."},
          {"\xE2\x80\x9C", "\xE2\x80\x9D stond op het formulier"},
          {"Sofinummer\t", "\n"}};
}

const std::vector<std::string> kBsns{"111222333", "123456782", "628194821", "252760189", "507529170", "121547280"};
const std::vector<std::string> kNotBsns{"123456789", "111222334", "628194822", "987654320"};  // fail the elfproef

std::vector<Spelling> bsnSpellings(const std::vector<std::string>& numbers) {
  std::vector<Spelling> out;
  for (const auto& n : numbers)
    for (const auto& f : bsnForms())
      for (const auto& c : bsnContexts())
        out.push_back(place(c.before, writeBsn(n, f), c.after, FindingKind::Bsn, "bsn " + n + " " + f.label));
  return out;
}

// --- IBAN spellings ------------------------------------------------------------------------

const std::vector<std::string> kIbans{"NL91ABNA0417164300",     "NL44RABO0123456789",  "NL20INGB0001234567",
                                      "NL02ABNA0123456789",     "BE68539007547034",    "DE89370400440532013000",
                                      "GB29NWBK60161331926819", "FR1420041010050500013M02606"};
// same, one check digit off
const std::vector<std::string> kNotIbans{"NL92ABNA0417164300", "NL45RABO0123456789", "BE69539007547034",
                                         "DE88370400440532013000"};

// Groups of four ("NL91 ABNA 0417 1643 00") with `sep` between them.
std::string grouped(const std::string& iban, const std::string& sep, std::size_t first = 4) {
  std::string out;
  for (std::size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && (i == first || (i > first && (i - first) % 4 == 0))) out += sep;
    out += iban[i];
  }
  return out;
}

// Applies `f` to the characters at [from, to) (by position in the compact IBAN), keeping the
// separators of `sep`-grouped output.
template <class F>
std::string mapped(const std::string& iban, std::size_t from, std::size_t to, F f, const std::string& sep = " ") {
  std::string out;
  for (std::size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && i % 4 == 0 && !sep.empty()) out += sep;
    out += (i >= from && i < to) ? f(iban[i]) : std::string(1, iban[i]);
  }
  return out;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<std::pair<std::string, std::string>> ibanForms(const std::string& iban) {
  std::vector<std::pair<std::string, std::string>> forms;
  forms.push_back({"compact", iban});
  forms.push_back({"compact lower", lower(iban)});
  forms.push_back({"mixed case", lower(iban.substr(0, 2)) + iban.substr(2)});
  const std::pair<const char*, std::string> seps[] = {
      {"space", " "},          {"double space", "  "},       {"hyphen", "-"},          {"dot", "."},
      {"nbsp", u8(0x00A0)},    {"narrow nbsp", u8(0x202F)},  {"thin space", u8(0x2009)}, {"en dash", u8(0x2013)},
      {"tab", "\t"},           {"space-dash-space", " - "}};
  for (auto& [name, sep] : seps) forms.push_back({std::string("groups ") + name, grouped(iban, sep)});
  forms.push_back({"groups lower", lower(grouped(iban, " "))});
  // "NL 91 ABNA 0417 1643 00": the country code and check digits apart
  forms.push_back({"split after country", iban.substr(0, 2) + " " + iban.substr(2, 2) + " " + grouped(iban.substr(4), " ", 4)});
  forms.push_back({"split after country, nbsp",
                   iban.substr(0, 2) + u8(0x00A0) + iban.substr(2, 2) + u8(0x00A0) + grouped(iban.substr(4), u8(0x00A0), 4)});
  const std::pair<const char*, char32_t> invisibles[] = {{"zwsp", 0x200B}, {"zwj", 0x200D}, {"word joiner", 0x2060},
                                                         {"bom", 0xFEFF},  {"soft hyphen", 0x00AD}};
  for (auto [name, cp] : invisibles) {
    std::string z = u8(cp);
    forms.push_back({std::string("compact + ") + name, iban.substr(0, 4) + z + iban.substr(4, 6) + z + iban.substr(10)});
    forms.push_back({std::string("groups + ") + name, grouped(iban, z + " ")});
  }
  std::string fw;
  for (char c : iban) fw += fullWidth(c);
  forms.push_back({"full-width", fw});
  forms.push_back({"full-width groups, ideographic space", mapped(iban, 0, iban.size(), fullWidth, u8(0x3000))});
  forms.push_back({"full-width digits only", mapped(iban, 2, iban.size(), [](char c) {
                     return c >= '0' && c <= '9' ? fullWidth(c) : std::string(1, c);
                   })});
  // the letter O for 0 and l for 1 in the digits after the bank code / country
  auto oForZero = [](char c) { return c == '0' ? std::string("O") : c == '1' ? std::string("l") : std::string(1, c); };
  std::size_t digitsFrom = iban[4] >= 'A' && iban[4] <= 'Z' ? 8 : 4;
  if (iban.substr(0, 2) == "FR") digitsFrom = 4;
  std::size_t digitsTo = iban.substr(0, 2) == "FR" ? 14 : iban.size();
  forms.push_back({"O for 0", mapped(iban, digitsFrom, digitsTo, oForZero)});
  forms.push_back({"o for 0 compact lower", lower(mapped(iban, digitsFrom, digitsTo, oForZero, ""))});
  forms.push_back({"cyrillic look-alikes", mapped(iban, 0, iban.size(), [](char c) {
                     return c >= 'A' && c <= 'Z' ? cyrillic(c) : std::string(1, c);
                   })});
  forms.push_back({"greek look-alikes compact", mapped(iban, 0, iban.size(), [](char c) {
                     return c >= 'A' && c <= 'Z' ? greek(c) : std::string(1, c);
                   }, "")});
  forms.push_back({"cyrillic + O for 0 + nbsp", mapped(iban, 0, iban.size(), [&](char c) {
                     return c >= 'A' && c <= 'Z' ? cyrillic(c) : std::string(1, c);
                   }, u8(0x00A0))});
  // cyrillic bank code and O for 0 together (mapped twice)
  {
    std::string out;
    for (std::size_t i = 0; i < iban.size(); ++i) {
      if (i > 0 && i % 4 == 0) out += ' ';
      char c = iban[i];
      if (i >= 4 && i < digitsFrom) out += cyrillic(c);
      else if (i >= digitsFrom && i < digitsTo) out += oForZero(c);
      else out += c;
    }
    forms.push_back({"cyrillic bank code + O for 0", out});
  }
  return forms;
}

std::vector<Context> ibanContexts() {
  return {{"IBAN ", "."},
          {"Rekening ", " van de moeder."},
          {"(iban: ", ")"},
          {"Cli\xC3\xABnt Ay\xC5\x9F" "e betaalt de huur via ", ", elke maand."},
          {"rekeningnummer\xC2\xA0", "\n"}};
}

std::vector<Spelling> ibanSpellings(const std::vector<std::string>& numbers) {
  std::vector<Spelling> out;
  for (const auto& n : numbers)
    for (const auto& [label, written] : ibanForms(n))
      for (const auto& c : ibanContexts())
        out.push_back(place(c.before, written, c.after, FindingKind::Iban, "iban " + n + " " + label));
  return out;
}

std::string describe(const Spelling& sp, const std::vector<Finding>& fs) {
  std::string out = sp.label + " in [" + sp.text + "] ->";
  for (const Finding& f : fs)
    out += " " + std::string(vk::text::kindName(f.kind)) + "[" + sp.text.substr(f.start, f.end - f.start) + "]";
  return out;
}

// Caught: a finding of the right kind whose bytes in the original are exactly the number's.
const Finding* caught(const Spelling& sp, const std::vector<Finding>& fs) {
  for (const Finding& f : fs)
    if (f.kind == sp.kind && f.start == sp.start && f.end == sp.end) return &f;
  return nullptr;
}

TEST(PrivacySpellings, TheNumbersAreValid) {
  using vk::text::privacy_detail::elfproef;
  using vk::text::privacy_detail::ibanMod97;
  auto digits = [](const std::string& s) {
    std::array<int, 9> d{};
    for (int k = 0; k < 9; ++k) d[k] = s[k] - '0';
    return d;
  };
  for (const auto& n : kBsns) {
    auto d = digits(n);
    int raw[9];
    std::copy(d.begin(), d.end(), raw);
    EXPECT_TRUE(elfproef(raw)) << n;
  }
  for (const auto& n : kNotBsns) {
    auto d = digits(n);
    int raw[9];
    std::copy(d.begin(), d.end(), raw);
    EXPECT_FALSE(elfproef(raw)) << n;
  }
  for (const auto& n : kIbans) EXPECT_TRUE(ibanMod97(n)) << n;
  for (const auto& n : kNotIbans) EXPECT_FALSE(ibanMod97(n)) << n;
}

TEST(PrivacySpellings, EverySpellingIsCaughtAtItsOriginalBytes) {
  std::vector<Spelling> all = bsnSpellings(kBsns);
  std::size_t bsnCount = all.size();
  for (auto& s : ibanSpellings(kIbans)) all.push_back(std::move(s));
  int caughtBsn = 0, caughtIban = 0;
  std::vector<std::string> misses;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Spelling& sp = all[i];
    auto fs = scanPrivacy(sp.text);
    if (const Finding* f = caught(sp, fs)) {
      (i < bsnCount ? caughtBsn : caughtIban) += 1;
      // redacting it replaces exactly the number and keeps the multi-byte text around it intact
      EXPECT_EQ(vk::text::redact(sp.text, {*f}),
                sp.text.substr(0, sp.start) + vk::text::placeholderFor(sp.kind) + sp.text.substr(sp.end))
          << describe(sp, fs);
    } else if (misses.size() < 40) {
      misses.push_back(describe(sp, fs));
    }
  }
  int total = static_cast<int>(all.size());
  int bsnTotal = static_cast<int>(bsnCount), ibanTotal = total - bsnTotal;
  std::printf("\nadversarial spellings: caught %d/%d (BSN %d/%d, IBAN %d/%d)\n", caughtBsn + caughtIban, total,
              caughtBsn, bsnTotal, caughtIban, ibanTotal);
  for (const auto& m : misses) std::printf("  missed: %s\n", m.c_str());
  EXPECT_GE(total, 300);
  EXPECT_EQ(caughtBsn, bsnTotal);
  EXPECT_EQ(caughtIban, ibanTotal);
}

// One example IBAN for every country the guard knows (the examples of the IBAN registry): found
// compact and in groups of four, so the length and format table is right for each.
TEST(PrivacySpellings, EveryCountryInTheTable) {
  const std::vector<std::string> examples{
    "AD1200012030200359100100", "AE070331234567890123456", "AL47212110090000000235698741",
    "AT611904300234573201", "BA391290079401028494", "BE68539007547034", "BG80BNBG96611020345678",
    "BR1800360305000010009795493C1", "CH9300762011623852957", "CY17002001280000001200527600",
    "CZ6508000000192000145399", "DE89370400440532013000", "DK5000400440116243", "EE382200221020145685",
    "EG380019000500000000263180002", "ES9121000418450200051332", "FI2112345600000785", "FO6264600001631634",
    "FR1420041010050500013M02606", "GB29NWBK60161331926819", "GE29NB0000000101904917",
    "GI75NWBK000000007099453", "GL8964710001000206", "GR1601101250000000012300695", "HR1210010051863000160",
    "HU42117730161111101800000000", "IE29AIBK93115212345678", "IS140159260076545510730339",
    "IT60X0542811101000000123456", "LI21088100002324013AA", "LT121000011101001000", "LU280019400644750000",
    "LV80BANK0000435195001", "MA64011519000001205000534921", "MC5811222000010123456789030",
    "MD24AG000225100013104168", "ME25505000012345678951", "MK07250120000058984",
    "MT84MALT011000012345MTLCAST001S", "NL91ABNA0417164300", "NO9386011117947", "PL61109010140000071219812874",
    "PT50000201231234567890154", "RO49AAAA1B31007593840000", "RS35260005601001611379",
    "SA0380000000608010167519", "SE4550000000058398257466", "SI56263300012039086", "SK3112000000198742637541",
    "SM86U0322509800000000270100", "TR330006100519786457841326", "UA213223130000026007233566001"};
  ASSERT_EQ(examples.size(), 52u);
  for (const auto& iban : examples) {
    ASSERT_TRUE(vk::text::privacy_detail::ibanMod97(iban)) << iban;
    for (const std::string& written : {iban, grouped(iban, " "), lower(grouped(iban, "-"))}) {
      std::string text = "Rekening " + written + " van de vader.";
      auto fs = scanPrivacy(text);
      ASSERT_EQ(fs.size(), 1u) << text;
      EXPECT_EQ(fs[0].kind, FindingKind::Iban) << text;
      EXPECT_EQ(text.substr(fs[0].start, fs[0].end - fs[0].start), written);
    }
  }
}

// --- decoys ----------------------------------------------------------------------------------

// The first 9-digit number starting with `prefix` that passes the elfproef: phone numbers whose
// digits also pass it are the hardest decoys.
std::string elfproefWithPrefix(const std::string& prefix) {
  using vk::text::privacy_detail::elfproef;
  std::string n = prefix + std::string("1234567890").substr(0, 9 - prefix.size());
  while (true) {
    int d[9];
    for (int k = 0; k < 9; ++k) d[k] = n[k] - '0';
    if (elfproef(d)) return n;
    for (std::size_t k = 8; k >= prefix.size(); --k) {  // next number with the same prefix
      if (n[k] != '9') {
        ++n[k];
        break;
      }
      n[k] = '0';
    }
  }
}

std::vector<std::string> decoyTexts() {
  const std::string nbsp = u8(0x00A0), thin = u8(0x2009), ndash = u8(0x2013), euro = "\xE2\x82\xAC";
  std::vector<std::string> t{
      // amounts (111222333 and 628194821 pass the elfproef)
      euro + " 111.222.333", euro + "111.222.333", euro + nbsp + "111.222.333", "EUR 628.194.821",
      "bedrag " + euro + " 111 222 333", "1.234.567,89 euro", "111.222.333,00", "111.222.333,- per jaar",
      "schuld van 628.194.821 euro", "111222333 EUR", "bedrag 1.111.222.333 euro", euro + " 1.250,00 per maand",
      "Totaal " + euro + thin + "628" + thin + "194" + thin + "821",
      // times
      "om 14:30 en om 09.15 uur", "van 9.00 tot 17.30 uur", "11:12:22 333 ms", "10.30" + ndash + "11.45 uur",
      // years and counts
      "in 2015, 2019 en 2024", "1998 2001 2005", "Er waren 3 kinderen en 12 volwassenen.", "12 345 mensen in de wijk",
      "groep 1 2 3 4 5 6 7 8", "1 1 1 2 2 2 3 3", "kamer 12 " + ndash + " 345",
      // dates
      "afspraak 12-03-2024", "12 03 2024 om 9 uur", "van 01-01-2024 tot 31-12-2024", "12/03/2024 9 uur",
      "1.2.2024 en 3.4.2024", "12" + ndash + "03" + ndash + "2024",
      // postcodes
      "3581 KL Utrecht", "postcode 1012AB", "3581" + nbsp + "KL",
      // invoice numbers that fail the elfproef, in BSN shapes
      "factuur 123.456.789", "kenmerk 123 456 789", "ordernummer 1234.56.789",
  };
  // phone numbers, also with Unicode spaces and dashes and full-width digits
  const std::string nl9 = elfproefWithPrefix("6");     // +31 6 ... passing the elfproef
  const std::string be9 = elfproefWithPrefix("470");   // +32 470 ...
  const std::string nl20 = elfproefWithPrefix("20");   // +31 20 ...
  std::vector<std::string> phones{
      "06-12345678", "+31 6 1234 5678", "020-1234567", "06 1234 5678", "+31 (0)20 123 4567", "0031 6 1234 5678",
      "+31 6 " + nl9.substr(1, 4) + " " + nl9.substr(5), "+31 " + nl9.substr(0, 3) + " " + nl9.substr(3, 3) + " " + nl9.substr(6),
      "+31" + nl9, "0031 " + nl9.substr(0, 3) + " " + nl9.substr(3, 3) + " " + nl9.substr(6),
      "+32 " + be9.substr(0, 3) + " " + be9.substr(3, 3) + " " + be9.substr(6),
      "0032 " + be9.substr(0, 3) + " " + be9.substr(3, 3) + " " + be9.substr(6),
      "+32 " + be9.substr(0, 3) + " " + be9.substr(3, 2) + " " + be9.substr(5, 2) + " " + be9.substr(7),
      "+31 " + nl20.substr(0, 2) + " " + nl20.substr(2, 3) + " " + nl20.substr(5),
      "06" + nbsp + "12345678", "+31" + nbsp + "6" + nbsp + "1234" + nbsp + "5678", "020" + ndash + "1234567",
      "06" + thin + "1234" + thin + "5678", "+31\t6\t" + nl9.substr(1, 4) + "\t" + nl9.substr(5),
      "+31 6 " + nl9.substr(1, 4) + u8(0x200B) + " " + nl9.substr(5)};
  std::string fw;
  for (char c : std::string("06-12345678")) fw += fullWidth(c);
  phones.push_back(fw);
  for (const auto& p : phones) {
    t.push_back("Bel " + p + " na vijf uur.");
    t.push_back("Mobiel: " + p);
  }
  return t;
}

TEST(PrivacySpellings, DecoysGiveNoBsnOrIban) {
  std::vector<std::string> texts = decoyTexts();
  // the adversarial spellings again, with numbers that fail the checksum
  for (const auto& s : bsnSpellings(kNotBsns)) texts.push_back(s.text);
  for (const auto& s : ibanSpellings(kNotIbans)) texts.push_back(s.text);
  int flagged = 0;
  for (const auto& text : texts) {
    for (const Finding& f : scanPrivacy(text)) {
      if (f.kind != FindingKind::Bsn && f.kind != FindingKind::Iban) continue;
      ++flagged;
      ADD_FAILURE() << "decoy flagged as " << vk::text::kindName(f.kind) << ": ["
                    << text.substr(f.start, f.end - f.start) << "] in [" << text << "]";
    }
  }
  std::printf("\ndecoys: %zu texts, %d flagged as BSN or IBAN\n", texts.size(), flagged);
  EXPECT_GE(texts.size(), 300u);
}

TEST(PrivacySpellings, PhoneNumbersInUnicodeSpellingsStayPhoneNumbers) {
  const std::string nbsp = u8(0x00A0);
  std::string fw;
  for (char c : std::string("06-12345678")) fw += fullWidth(c);
  for (const std::string& p : {"06" + nbsp + "12345678", "+31" + nbsp + "6" + nbsp + "1234" + nbsp + "5678",
                               "020" + u8(0x2013) + "1234567", "06" + u8(0x2011) + "1234" + u8(0x200B) + "5678", fw}) {
    std::string text = "Bel " + p + " na vijf uur.";
    auto fs = scanPrivacy(text);
    ASSERT_EQ(fs.size(), 1u) << text;
    EXPECT_EQ(fs[0].kind, FindingKind::Phone) << text;
    EXPECT_EQ(text.substr(fs[0].start, fs[0].end - fs[0].start), p);
  }
}

}  // namespace
