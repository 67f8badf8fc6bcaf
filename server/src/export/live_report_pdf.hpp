#pragma once
// The report of a live team session as a PDF (cairo + pango, A4).
#include <optional>
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
  struct Group {
    std::string name;
    std::vector<std::string> thoughts;
  };
  std::vector<Group> groups;            // the facilitator's groups (only those with thoughts)
  std::vector<std::string> unplaced;    // thoughts not placed on the matrix
  std::vector<std::string> sentences;   // "Het is mijn vak om…"
  std::vector<std::string> verses;      // new lines for the song
  // The what-works conversation (wat-werkt-gesprek), when the session held one.
  struct Conversation {
    std::string start;                  // "Dilemma uit de bibliotheek: …" or the case
    std::string tension, choiceA, costA, choiceB, costB, libraryKey;
    std::vector<std::string> questions; // step 2
    struct Perspective {
      std::string who;                  // "Bewoner", "Professional", "Partner", "Gemeente"
      std::vector<std::string> thoughts;
    };
    std::vector<Perspective> perspectives;  // step 4
    std::vector<std::string> whatWorks;     // step 5
    struct Agreement {
      std::string what, who, lookBackOn;
      bool done = false;
    };
    std::vector<Agreement> agreements;      // step 6
  };
  std::optional<Conversation> conversation;
};

std::string liveReportPdf(const LiveReportData& r);

}  // namespace vk::exporter
