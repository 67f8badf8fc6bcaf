// "Ons vak" (issue 12): whatever a team has gathered, it prints on exactly one A4 page that
// stays readable, inside its margins, with nothing silently lost (a shortened list says so).
#include <gtest/gtest.h>

#include <string>

#include "export/ons_vak_pdf.hpp"
#include "pdf_words.hpp"

namespace vk::exporter {
namespace {

using vk::test::run;
using vk::test::words;

OnsVakPage page(size_t linesPerSection) {
  OnsVakPage p{"Ons vak — Wijkteam Proef", "Gemeente Proefstad · 2 december 2026", {}, "Gemaakt met Vakkompas."};
  for (const char* h : {"Het beeld van ons vak", "De vuistregels zoals partners ze zien", "Onze dilemma's",
                        "Het is mijn vak om…"}) {
    OnsVakSection s{h, "Zeven collega's vulden het in.", {}, "Nog niets gedeeld."};
    for (size_t i = 0; i < linesPerSection; ++i)
      s.lines.push_back("Regel " + std::to_string(i + 1) + " van " + h +
                        ": we zoeken contact voordat we iets oplossen, en nemen de tijd die dat vraagt.");
    p.sections.push_back(s);
  }
  return p;
}

int pages(const std::string& pdf) {
  std::string info = run("pdfinfo " + vk::test::writePdf(pdf, "vk_ons_vak_unit.pdf"));
  auto at = info.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

TEST(OnsVakPdf, AShortPageIsWholeAndReadable) {
  std::string pdf = onsVakPdf(page(3));
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_EQ(pages(pdf), 1);
  std::string text = run("pdftotext " + vk::test::writePdf(pdf, "vk_ons_vak_unit.pdf") + " -");
  EXPECT_NE(text.find("Wijkteam Proef"), std::string::npos);
  EXPECT_NE(text.find("Regel 3 van Onze dilemma"), std::string::npos);
  EXPECT_EQ(text.find("meer in Vakkompas"), std::string::npos);
}

TEST(OnsVakPdf, ALongPageStaysOnePageInsideItsMarginsAndSaysWhatIsLeftOut) {
  std::string pdf = onsVakPdf(page(40));
  EXPECT_EQ(pages(pdf), 1);
  auto ws = words(pdf, "vk_ons_vak_unit.pdf");
  ASSERT_GT(ws.size(), 200u);
  const double mm = 72.0 / 25.4;
  for (auto& w : ws) {
    EXPECT_GE(w.x0, 15 * mm) << w.word;
    EXPECT_LE(w.x1, 195 * mm) << w.word;
    EXPECT_LE(w.y1, 282 * mm) << w.word;
  }
  std::string text = run("pdftotext " + vk::test::writePdf(pdf, "vk_ons_vak_unit.pdf") + " -");
  EXPECT_NE(text.find("meer in Vakkompas"), std::string::npos);
  EXPECT_NE(text.find("Regel 1 van Het is mijn vak om"), std::string::npos);  // every section keeps its start
}

TEST(OnsVakPdf, TextIsPrintedLiterallyAndAnEmptySectionSaysSo) {
  OnsVakPage p{"Ons vak <b>& co</b>", "", {{"Onze dilemma's", "", {}, "Nog geen stemronde met genoeg stemmen."}}, ""};
  std::string text = run("pdftotext " + vk::test::writePdf(onsVakPdf(p), "vk_ons_vak_unit.pdf") + " -");
  EXPECT_NE(text.find("Ons vak <b>& co</b>"), std::string::npos);
  EXPECT_NE(text.find("Nog geen stemronde met genoeg stemmen."), std::string::npos);
}

}  // namespace
}  // namespace vk::exporter
