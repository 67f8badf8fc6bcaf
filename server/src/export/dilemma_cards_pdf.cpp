#include "export/dilemma_cards_pdf.hpp"

#include <algorithm>

#include "export/card_sheets.hpp"

namespace vk::exporter {

namespace {

constexpr double kPad = 5 * kMm;
constexpr double kInnerW = kCardW - 2 * kPad, kInnerH = kCardH - 2 * kPad;
constexpr double kHeadH = 4.5 * kMm;  // the coloured line at the top of both sides
constexpr double kColGap = 4 * kMm;

void accent(cairo_t* cr) { cairo_set_source_rgb(cr, 0.05, 0.33, 0.38); }

std::string topicTitle(const std::string& key) {
  for (auto& t : domain::dilemmaTopics())
    if (t.key == key) return t.title;
  return "Dilemma";
}

void front(cairo_t* cr, const domain::Dilemma& d, size_t number, double x, double y) {
  accent(cr);
  textBox(cr, markupEscape(topicTitle(d.topic)) + "  ·  " + std::to_string(number), x + kPad, y + kPad, kInnerW,
          kHeadH, 7, PANGO_ALIGN_LEFT, 6.5);
  cairo_set_source_rgb(cr, 0, 0, 0);
  const double top = kHeadH + 2 * kMm, foot = 4 * kMm;
  std::string m = "<span size='140%'><b>" + markupEscape(d.title) + "</b></span>\n\n" + markupEscape(d.tension);
  textBox(cr, m, x + kPad, y + kPad + top, kInnerW, kInnerH - top - foot, 11);
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  textBox(cr, "Vakkompas · dilemma's van het wijkteam", x + kPad, y + kCardH - kPad - 3.5 * kMm, kInnerW, 3.5 * kMm, 6,
          PANGO_ALIGN_RIGHT);
}

std::string sideMarkup(const char* letter, const domain::DilemmaSide& s, bool withCost) {
  std::string m = "<b>" + std::string(letter) + " · " + markupEscape(s.choice) + "</b>";
  for (auto& v : s.values) m += "\n• " + markupEscape(v);
  if (withCost && !s.cost.empty()) m += "\n<i>Kost: " + markupEscape(s.cost) + "</i>";
  return m;
}

std::string questionsMarkup(const domain::Dilemma& d) {
  if (d.questions.empty()) return {};
  std::string m = "<b>Vraag door</b>";
  for (auto& q : d.questions) m += "\n• " + markupEscape(q);
  return m;
}

// The back: both sides in two columns, then the questions across the card. Costs are shown
// only when everything still fits at a readable size; the rest shrinks, and at the very
// last is cut off with an ellipsis by textBox.
void back(cairo_t* cr, const domain::Dilemma& d, double x, double y) {
  accent(cr);
  // one readable line: a long title is shortened here (it stands whole on the front)
  textBox(cr, "<b>Wat weegt er?</b>  ·  " + markupEscape(d.title), x + kPad, y + kPad, kInnerW, kHeadH, 7,
          PANGO_ALIGN_LEFT, 6.5);
  cairo_set_source_rgb(cr, 0, 0, 0);
  const double top = kHeadH + 1.5 * kMm, avail = kInnerH - top, gap = 2.5 * kMm;
  const double colW = (kInnerW - kColGap) / 2;
  const std::string q = questionsMarkup(d);

  struct Plan {
    bool withCost;
    double size;
  };
  Plan plan{false, 5.5};
  bool fits = false;
  for (bool withCost : {true, false}) {
    double smallest = withCost ? 6.5 : 5.5;
    for (double s = 8; s >= smallest && !fits; s -= 0.5) {
      double sides = std::max(textHeight(cr, sideMarkup("A", d.a, withCost), colW, s),
                              textHeight(cr, sideMarkup("B", d.b, withCost), colW, s));
      double qs = q.empty() ? 0 : textHeight(cr, q, kInnerW, s) + gap;
      if (sides + qs <= avail) {
        plan = {withCost, s};
        fits = true;
      }
    }
    if (fits) break;
  }
  double sidesH = std::max(textHeight(cr, sideMarkup("A", d.a, plan.withCost), colW, plan.size),
                           textHeight(cr, sideMarkup("B", d.b, plan.withCost), colW, plan.size));
  if (!fits) sidesH = q.empty() ? avail : avail * 0.55;  // nothing fits: share the card, textBox cuts off
  sidesH = std::min(sidesH, avail);
  const double y0 = y + kPad + top;
  textBox(cr, sideMarkup("A", d.a, plan.withCost), x + kPad, y0, colW, sidesH, plan.size, PANGO_ALIGN_LEFT, 5.5);
  textBox(cr, sideMarkup("B", d.b, plan.withCost), x + kPad + colW + kColGap, y0, colW, sidesH, plan.size,
          PANGO_ALIGN_LEFT, 5.5);
  // a thin line between the two sides
  cairo_set_source_rgb(cr, 0.7, 0.7, 0.7);
  cairo_set_line_width(cr, 0.4);
  cairo_move_to(cr, x + kPad + colW + kColGap / 2, y0);
  cairo_line_to(cr, x + kPad + colW + kColGap / 2, y0 + sidesH);
  cairo_stroke(cr);
  if (!q.empty()) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    double qy = y0 + sidesH + gap;
    textBox(cr, q, x + kPad, qy, kInnerW, y + kPad + kInnerH - qy, plan.size, PANGO_ALIGN_LEFT, 5.5);
  }
}

}  // namespace

std::string dilemmaCardsPdf(const std::vector<domain::Dilemma>& library, const std::string& title) {
  return cardSheetsPdf(
      title, library.size(), [&](cairo_t* cr, size_t i, double x, double y) { front(cr, library[i], i + 1, x, y); },
      [&](cairo_t* cr, size_t i, double x, double y) { back(cr, library[i], x, y); });
}

}  // namespace vk::exporter
