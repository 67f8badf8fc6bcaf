#pragma once
// "Ons vak": one A4 page a team lead brings to the municipality — the picture of the craft
// as the team recognises it, the rules of thumb as partners see them, the team's top
// dilemmas and its "Het is mijn vak om…" sentences. The page is laid out from sections of
// plain lines; what goes into them (and what may not) is decided before this point.
#include <string>
#include <vector>

namespace vk::exporter {

struct OnsVakSection {
  std::string heading;             // "Het beeld van ons vak"
  std::string note;                // one line under the heading ("12 collega's vulden het in")
  std::vector<std::string> lines;  // bullets; may be empty (then `empty` is shown)
  std::string empty;               // shown when there are no lines
};

struct OnsVakPage {
  std::string title;     // "Ons vak — Wijkteam Noord"
  std::string subtitle;  // "Gemeente Demostad · 2 december 2026"
  std::vector<OnsVakSection> sections;
  std::string footer;    // what the page does and does not contain
};

// Always exactly one page: the text shrinks (down to a readable minimum), and then the
// longest sections lose their last lines, with "… en n meer" in their place.
std::string onsVakPdf(const OnsVakPage& page);

}  // namespace vk::exporter
