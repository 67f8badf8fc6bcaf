#pragma once
// The report of a live team session as a PDF (cairo + pango, A4).
#include <string>
#include <vector>

namespace vk::exporter {

struct LiveReportData {
  std::string title, team, date;
  std::string ended;                    // "2027-01-15 10:30 UTC" once ended; empty while open
  struct Cell {
    std::string rule, part;
    std::vector<std::string> thoughts;
  };
  std::vector<Cell> cells;              // thoughts per rule and part (only cells with thoughts)
  std::vector<std::string> unplaced;    // thoughts not placed on the matrix
  std::vector<std::string> sentences;   // "Het is mijn vak om…"
  std::vector<std::string> verses;      // new lines for the song
};

std::string liveReportPdf(const LiveReportData& r);

}  // namespace vk::exporter
