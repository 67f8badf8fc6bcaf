#include "export/card_sheets.hpp"

#include <cairo-pdf.h>

#include <stdexcept>

namespace vk::exporter {

namespace {

constexpr double kMarginX = (kA4W - kCardCols * kCardW) / 2, kMarginY = (kA4H - kCardRows * kCardH) / 2;

PangoLayout* layoutFor(cairo_t* cr, const std::string& markup, double w, PangoAlignment align) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_layout_set_width(layout, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, align);
  pango_layout_set_markup(layout, markup.c_str(), -1);
  return layout;
}

double heightAt(PangoLayout* layout, double size) {
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  int pw = 0, ph = 0;
  pango_layout_get_size(layout, &pw, &ph);
  return ph / double(PANGO_SCALE);
}

void cutMarks(cairo_t* cr) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, 0.4);
  const double len = 5 * kMm, gap = 1.5 * kMm;
  for (int c = 0; c <= kCardCols; ++c) {
    double x = kMarginX + c * kCardW;
    cairo_move_to(cr, x, kMarginY - gap);
    cairo_line_to(cr, x, kMarginY - gap - len);
    cairo_move_to(cr, x, kMarginY + kCardRows * kCardH + gap);
    cairo_line_to(cr, x, kMarginY + kCardRows * kCardH + gap + len);
  }
  for (int r = 0; r <= kCardRows; ++r) {
    double y = kMarginY + r * kCardH;
    cairo_move_to(cr, kMarginX - gap, y);
    cairo_line_to(cr, kMarginX - gap - len, y);
    cairo_move_to(cr, kMarginX + kCardCols * kCardW + gap, y);
    cairo_line_to(cr, kMarginX + kCardCols * kCardW + gap + len, y);
  }
  cairo_stroke(cr);
  // faint card outlines help when cutting by hand
  cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
  cairo_set_line_width(cr, 0.3);
  for (int c = 0; c < kCardCols; ++c)
    for (int r = 0; r < kCardRows; ++r)
      cairo_rectangle(cr, kMarginX + c * kCardW, kMarginY + r * kCardH, kCardW, kCardH);
  cairo_stroke(cr);
}

}  // namespace

double textHeight(cairo_t* cr, const std::string& markup, double w, double size) {
  PangoLayout* layout = layoutFor(cr, markup, w, PANGO_ALIGN_LEFT);
  double h = heightAt(layout, size);
  g_object_unref(layout);
  return h;
}

TextFit textBox(cairo_t* cr, const std::string& markup, double x, double y, double w, double h, double size,
               PangoAlignment align, double minSize) {
  PangoLayout* layout = layoutFor(cr, markup, w, align);
  double s = size;
  while (heightAt(layout, s) > h && s - 0.5 >= minSize) s -= 0.5;
  const bool cut = heightAt(layout, s) > h;
  if (cut) {
    // Still too tall at the smallest size: keep the lines that fit and end with "…".
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout, static_cast<int>(h * PANGO_SCALE));
  }
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);  // a last guard: nothing is drawn outside the box
  cairo_clip(cr);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  cairo_restore(cr);
  g_object_unref(layout);
  return {s, cut};
}

std::string cardSheetsPdf(const std::string& title, size_t count, const CardPainter& front, const CardPainter& back) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, kA4W, kA4H);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Vakkompas");
  cairo_t* cr = cairo_create(surface);
  for (size_t sheet = 0; sheet * kCardsPerSheet < count || (count == 0 && sheet == 0); ++sheet) {
    for (int side = 0; side < 2; ++side) {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_paint(cr);
      cutMarks(cr);
      for (int i = 0; i < kCardsPerSheet; ++i) {
        size_t idx = sheet * kCardsPerSheet + size_t(i);
        if (idx >= count) break;
        int col = i % kCardCols, row = i / kCardCols;
        if (side == 1) col = kCardCols - 1 - col;  // mirrored for the back
        double x = kMarginX + col * kCardW, y = kMarginY + row * kCardH;
        cairo_save(cr);
        (side == 0 ? front : back)(cr, idx, x, y);
        cairo_restore(cr);
      }
      cairo_show_page(cr);
    }
    if (count == 0) break;
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("PDF maken mislukt");
  return out;
}

}  // namespace vk::exporter
