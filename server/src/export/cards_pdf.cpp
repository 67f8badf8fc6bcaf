#include "export/cards_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <stdexcept>

#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace {

constexpr double kPageW = 210 * kMm, kPageH = 297 * kMm;
constexpr double kCardW = 90 * kMm, kCardH = 63 * kMm;
constexpr int kCols = 2, kRows = 4, kPerSheet = kCols * kRows;
constexpr double kMarginX = (kPageW - kCols * kCardW) / 2, kMarginY = (kPageH - kRows * kCardH) / 2;

// Draws markup into a box, shrinking the font until it fits.
void textBox(cairo_t* cr, const std::string& markup, double x, double y, double w, double h, double size,
             PangoAlignment align = PANGO_ALIGN_LEFT) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_layout_set_width(layout, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, align);
  pango_layout_set_markup(layout, markup.c_str(), -1);
  for (double s = size; s >= 5.0; s -= 0.5) {
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, s * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    int pw = 0, ph = 0;
    pango_layout_get_size(layout, &pw, &ph);
    if (ph / double(PANGO_SCALE) <= h) break;
  }
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
}

void cutMarks(cairo_t* cr) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.4);
  const double len = 5 * kMm, gap = 1.5 * kMm;
  for (int c = 0; c <= kCols; ++c) {
    double x = kMarginX + c * kCardW;
    cairo_move_to(cr, x, kMarginY - gap);
    cairo_line_to(cr, x, kMarginY - gap - len);
    cairo_move_to(cr, x, kMarginY + kRows * kCardH + gap);
    cairo_line_to(cr, x, kMarginY + kRows * kCardH + gap + len);
  }
  for (int r = 0; r <= kRows; ++r) {
    double y = kMarginY + r * kCardH;
    cairo_move_to(cr, kMarginX - gap, y);
    cairo_line_to(cr, kMarginX - gap - len, y);
    cairo_move_to(cr, kMarginX + kCols * kCardW + gap, y);
    cairo_line_to(cr, kMarginX + kCols * kCardW + gap + len, y);
  }
  cairo_stroke(cr);
  // faint card outlines help when cutting by hand
  cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
  cairo_set_line_width(cr, 0.3);
  for (int c = 0; c < kCols; ++c)
    for (int r = 0; r < kRows; ++r) cairo_rectangle(cr, kMarginX + c * kCardW, kMarginY + r * kCardH, kCardW, kCardH);
  cairo_stroke(cr);
}

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
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, kPageW, kPageH);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, deck.name.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Vakkompas");
  cairo_t* cr = cairo_create(surface);
  size_t n = deck.cards.size();
  for (size_t sheet = 0; sheet * kPerSheet < n || (n == 0 && sheet == 0); ++sheet) {
    for (int side = 0; side < 2; ++side) {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_paint(cr);
      cutMarks(cr);
      for (int i = 0; i < kPerSheet; ++i) {
        size_t idx = sheet * kPerSheet + size_t(i);
        if (idx >= n) break;
        int col = i % kCols, row = i / kCols;
        if (side == 1) col = kCols - 1 - col;  // mirrored for the back
        double x = kMarginX + col * kCardW, y = kMarginY + row * kCardH;
        if (side == 0)
          front(cr, deck.cards[idx], int(idx) + 1, x, y);
        else
          back(cr, deck.cards[idx], x, y);
      }
      cairo_show_page(cr);
    }
    if (n == 0) break;
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("PDF maken mislukt");
  return out;
}

}  // namespace vk::exporter
