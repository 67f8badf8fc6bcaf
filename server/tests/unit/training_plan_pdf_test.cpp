// The training plan as a PDF (issue 15): headers never break inside a word ("Doelniv-eau"),
// dates are written as Dutch readers write them and wrap at words, not inside "2027-05-30".
#include <gtest/gtest.h>

#include <set>

#include "export/training_plan_export.hpp"
#include "pdf_words.hpp"

namespace vk::exporter {
namespace {

TEST(TrainingPlanPdf, HeadersStayWholeAndDatesReadAsDutch) {
  PlanDocument plan{"Wijkteam Proef", "2026-12-02", {}};
  for (int i = 1; i <= 12; ++i)
    plan.rows.push_back({i, "Financiën en schulden", "Vroegsignalering van betalingsachterstanden bij vaste lasten",
                         "Sanne Bakker (leerling), Ahmed El Amrani (gezel)", "Ingrid Smit", "gezel", "2027-05-30",
                         "0 van 2 op niveau", "Samen met de schuldhulpverlening een casus doorlopen."});
  auto ws = vk::test::words(trainingPlanPdf(plan), "vk_plan_unit.pdf");
  std::set<std::string> seen;
  for (auto& w : ws) seen.insert(w.word);
  for (const char* h : {"Leefgebied", "Kennisaspect", "Mentor", "Doelniveau", "Streefdatum", "Voortgang", "Notitie"})
    EXPECT_TRUE(seen.count(h)) << h << " is not whole on the page";
  EXPECT_TRUE(seen.count("mei"));
  EXPECT_TRUE(seen.count("december"));  // "Gemaakt op 2 december 2026"
  for (auto& w : ws) EXPECT_EQ(w.word.find("2027-"), std::string::npos) << w.word;
}

}  // namespace
}  // namespace vk::exporter
