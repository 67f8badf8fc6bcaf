// The personal-data export as a summary a person reads: Dutch headings and labels instead of the
// file's keys, Dutch dates, ja/nee, codes and audit actions in words, every part (also one added
// later), and a long text over pages with no word broken.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>
#include <string>

#include "export/personal_data_pdf.hpp"
#include "pdf_words.hpp"

namespace vk::test {
namespace {

namespace json = boost::json;

json::object sample(const std::string& longText) {
  return json::parse(R"({
    "exportedAt": "2026-12-02T07:02:44Z", "requestedBy": "self",
    "foundation": {
      "account": {"name": "Sanne Bakker", "email": "sanne.bakker@demostad.nl", "orgAdmin": false,
                  "createdAt": "2026-10-04T07:02:44Z", "organisation": "Wijkteams Demostad"},
      "teams": [{"team": "Wijkteam Noord", "role": "member"}, {"team": "Wijkteam Zuid", "role": "team_lead"}],
      "sessions": [],
      "auditLog": [{"action": "invitation.accept", "object": "invitation/1", "at": "2026-10-04T07:02:44Z", "byThisPerson": true},
                   {"action": "team.member.put", "object": "user/7", "at": "2026-10-05T07:02:44Z", "byThisPerson": false},
                   {"action": "team.member.put", "object": "team/3/member/7", "at": "2026-10-05T07:02:44Z", "byThisPerson": false},
                   {"action": "something.new", "object": "thing/3", "at": "2026-10-06T07:02:44Z", "byThisPerson": false}]
    },
    "interviews": {"zodatjes": [{"text": "", "createdAt": "2026-11-27T07:02:44Z", "shared": true}]},
    "partnerRounds": {"answersGiven": [{"question": "Herkent u dit?"}]}
  })").as_object();
}

std::string text(const std::string& pdf, const char* name) {
  return run("pdftotext -layout " + writePdf(pdf, name) + " -");
}

TEST(PersonalDataPdf, ReadsInDutchWithoutTheFilesKeys) {
  auto data = sample("");
  data["interviews"].as_object()["zodatjes"].as_array()[0].as_object()["text"] = "Ik bel elke week, zodat hij zijn post op orde houdt";
  auto pdf = exporter::personalDataPdf(data);
  ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
  auto t = text(pdf, "vk_unit_personal_data.pdf");
  for (const char* want : {"Jouw gegevens in Vakkompas", "Account en teams", "Naam: Sanne Bakker", "Rol: lid", "Rol: teamleider",
                           "Beheerder van de organisatie: nee", "Aangemaakt op: 4 oktober 2026", "overzicht van 2 december 2026",
                           "Handeling: Uitnodiging geaccepteerd", "Zelf gedaan: ja",
                           // what an entry is about in words; a kind added later as it is
                           "Waarover: uitnodiging 1", "Handeling: Rol in team gewijzigd", "Waarover: account 7", "Waarover: team 3, lid 7", "Waarover: thing/3", "Inlogsessies – geen", "Vakgesprekken",
                           "Zodatjes (1)", "Gedeeld: ja", "Ik bel elke week, zodat hij zijn post op orde houdt",
                           // a part added later: its key in words
                           "Partner rounds", "Answers given (1)", "Question: Herkent u dit?"})
    EXPECT_NE(t.find(want), std::string::npos) << want << "\n" << t;
  for (const char* never : {"foundation", "\"role\"", "member", "team_lead", "2026-10-04", "exportedAt", "byThisPerson", "true",
                            "false", "invitation.accept", "user/7", "invitation/1", "team/3"})
    EXPECT_EQ(t.find(never), std::string::npos) << never << "\n" << t;
}

TEST(PersonalDataPdf, AnAdminsDownloadSaysWhatIsLeftOut) {
  auto data = sample("");
  data["requestedBy"] = "organisation";
  auto t = text(exporter::personalDataPdf(data), "vk_unit_personal_data_org.pdf");
  EXPECT_NE(t.find("Gegevens van Sanne Bakker in"), std::string::npos) << t;
  EXPECT_NE(t.find("krijgt alleen de persoon zelf"), std::string::npos) << t;
}

TEST(PersonalDataPdf, LongTextsGoOverPagesAndNoWordBreaks) {
  auto data = sample("");
  auto& zodatjes = data["interviews"].as_object()["zodatjes"].as_array();
  std::set<std::string> typed;
  for (int i = 0; i < 60; ++i) {
    std::string s = "Zodatje" + std::to_string(i) + " ik bereid het keukentafelgesprek voor, zodat ervaringsdeskundigheid "
                    "en schuldhulpverleningstrajecten samenkomen";
    zodatjes.push_back(json::object{{"text", s}, {"createdAt", "2026-11-27T07:02:44Z"}, {"shared", false}});
  }
  auto pdf = exporter::personalDataPdf(data);
  auto ws = words(pdf, "vk_unit_personal_data_long.pdf");
  int pages = 0;
  std::set<std::string> seen;
  for (auto& w : ws) {
    pages = std::max(pages, w.page + 1);
    seen.insert(w.word);
  }
  EXPECT_GE(pages, 3);
  for (int i = 0; i < 60; ++i) EXPECT_TRUE(seen.count("Zodatje" + std::to_string(i))) << i;
  // the long words stay whole (pdftotext gives one word per box)
  for (const char* w : {"keukentafelgesprek", "ervaringsdeskundigheid", "schuldhulpverleningstrajecten"}) EXPECT_TRUE(seen.count(w)) << w;
  for (auto& w : ws) {
    EXPECT_GE(w.x0, 17 * 72.0 / 25.4) << w.word;  // inside the margins
    EXPECT_LE(w.x1, (210 - 17) * 72.0 / 25.4) << w.word;
    EXPECT_LE(w.y1, (297 - 17) * 72.0 / 25.4) << w.word << " on page " << w.page;
  }
}

}  // namespace
}  // namespace vk::test
