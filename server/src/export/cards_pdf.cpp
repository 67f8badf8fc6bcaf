#include "export/cards_pdf.hpp"

#include "export/card_sheets.hpp"

namespace vk::exporter {

namespace {

void front(cairo_t* cr, const domain::Card& card, int number, double x, double y) {
  const double pad = 5 * kMm;
  cairo_set_source_rgb(cr, 0.35, 0.1, 0.3);
  textBox(cr, markupEscape(card.groupTitle) + "  ·  " + std::to_string(number), x + pad, y + pad, kCardW - 2 * pad, 4 * kMm, 7);
  cairo_set_source_rgb(cr, 0, 0, 0);
  std::string m = "<b>" + markupEscape(card.title) + "</b>";
  if (!card.quote.empty()) m += "\n<i>“" + markupEscape(card.quote) + "”</i>";
  m += "\n";
  for (auto& q : card.questions) m += "\n" + markupEscape(q);
  textBox(cr, m, x + pad, y + pad + 6 * kMm, kCardW - 2 * pad, kCardH - 2 * pad - 6 * kMm, 10);
}

void back(cairo_t* cr, const domain::Card& card, double x, double y) {
  const double pad = 5 * kMm;
  cairo_set_source_rgb(cr, 0.35, 0.1, 0.3);
  textBox(cr, "<b>Doorvragen</b> · " + markupEscape(card.title), x + pad, y + pad, kCardW - 2 * pad, 5 * kMm, 8);
  cairo_set_source_rgb(cr, 0, 0, 0);
  std::string m;
  for (auto& p : card.prompts) m += (m.empty() ? "" : "\n") + std::string("• ") + markupEscape(p);
  textBox(cr, m, x + pad, y + pad + 7 * kMm, kCardW - 2 * pad, kCardH - 2 * pad - 12 * kMm, 10);
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  textBox(cr, "Vakkompas · gesprek over je vak", x + pad, y + kCardH - pad - 4 * kMm, kCardW - 2 * pad, 4 * kMm, 6.5,
          PANGO_ALIGN_RIGHT);
}

}  // namespace

std::string cardsPdf(const domain::Deck& deck) {
  return cardSheetsPdf(
      deck.name, deck.cards.size(),
      [&](cairo_t* cr, size_t i, double x, double y) { front(cr, deck.cards[i], int(i) + 1, x, y); },
      [&](cairo_t* cr, size_t i, double x, double y) { back(cr, deck.cards[i], x, y); });
}

}  // namespace vk::exporter
