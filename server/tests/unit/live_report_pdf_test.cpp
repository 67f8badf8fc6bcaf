// The live session's report as a PDF: its dates as Dutch readers write them (the session's day,
// when it ended, the day to look back on an agreement), never in ISO form.
#include <gtest/gtest.h>

#include "export/live_report_pdf.hpp"
#include "pdf_words.hpp"

namespace vk::test {
namespace {

TEST(LiveReportPdf, DatesAreDutch) {
  exporter::LiveReportData r;
  r.title = "Dagdeel over ons vak";
  r.team = "Wijkteam Noord";
  r.date = "2026-12-02";
  r.ended = "2027-01-15 10:30 UTC";
  exporter::LiveReportData::Conversation c;
  c.agreements.push_back({"Samen naar de huisarts", "Sanne", "2027-02-03", false});
  r.conversation = c;
  auto t = run("pdftotext -layout " + writePdf(exporter::liveReportPdf(r), "vk_unit_live_report.pdf") + " -");
  // pdftotext -layout may break a line anywhere: compare without line breaks
  std::string flat;
  for (char ch : t) flat += ch == '\n' ? ' ' : ch;
  std::string spaced;
  for (char ch : flat)
    if (!(ch == ' ' && !spaced.empty() && spaced.back() == ' ')) spaced += ch;
  for (const char* want : {"2 december 2026", "15 januari 2027, 10:30 UTC", "terugkijken op 3 februari 2027"})
    EXPECT_NE(spaced.find(want), std::string::npos) << want << "\n" << t;
  for (const char* never : {"2026-12-02", "2027-01-15", "2027-02-03"}) EXPECT_EQ(t.find(never), std::string::npos) << never;
}

}  // namespace
}  // namespace vk::test
