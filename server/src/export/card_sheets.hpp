#pragma once
// What every printable card set shares (the interview deck, the dilemma cards): A4 sheets
// with 2 × 4 cards of 90 × 63 mm and cut marks, every sheet followed by its back side
// (mirrored horizontally for duplex printing along the long edge), and a text box that
// never lets text run off a card. Drawn with cairo and pango in DejaVu Sans.
#include <cairo.h>
#include <pango/pangocairo.h>

#include <functional>
#include <string>

#include "export/pdf_common.hpp"

namespace vk::exporter {

inline constexpr double kCardW = 90 * kMm, kCardH = 63 * kMm;
inline constexpr int kCardCols = 2, kCardRows = 4, kCardsPerSheet = kCardCols * kCardRows;

// The height markup takes when wrapped to width w at the given font size (points).
double textHeight(cairo_t* cr, const std::string& markup, double w, double size);

// Draws markup into the box (x, y, w, h): wrapped at words, the font shrunk from `size`
// down to `minSize` until it fits, and what still does not fit cut off with an ellipsis.
// Says which font size it used and whether text had to be cut off.
struct TextFit {
  double size;
  bool cut;
};
TextFit textBox(cairo_t* cr, const std::string& markup, double x, double y, double w, double h, double size,
               PangoAlignment align = PANGO_ALIGN_LEFT, double minSize = 5.0);

// Draws card `index` with its top-left corner at (x, y).
using CardPainter = std::function<void(cairo_t* cr, size_t index, double x, double y)>;

// The PDF of `count` cards: per sheet of eight the fronts, then the mirrored backs.
// Even with no cards there is one sheet (front and back). Throws on a cairo failure.
std::string cardSheetsPdf(const std::string& title, size_t count, const CardPainter& front, const CardPainter& back);

}  // namespace vk::exporter
