// A plain version of the dilemma card set: a title page, then per dilemma one A4 page with
// its title, tension, both sides and the questions. (Helper "content" replaces this with the
// card layout with cut marks.)
#include "export/dilemma_cards_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <stdexcept>

#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace {

void textBox(cairo_t* cr, const std::string& markup, double x, double y, double w, double size) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_layout_set_width(layout, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_markup(layout, markup.c_str(), -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
}

std::string side(const domain::DilemmaSide& s) {
  std::string m = "<b>" + markupEscape(s.choice) + "</b>";
  if (!s.cost.empty()) m += "\nWat het kost: " + markupEscape(s.cost);
  if (!s.values.empty()) {
    m += "\nWaarden:";
    for (auto& v : s.values) m += " " + markupEscape(v) + ";";
  }
  return m;
}

}  // namespace

std::string dilemmaCardsPdf(const std::vector<domain::Dilemma>& library, const std::string& title) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, kA4W, kA4H);
  cairo_t* cr = cairo_create(surface);
  const double margin = 20 * kMm, width = kA4W - 2 * margin;
  cairo_set_source_rgb(cr, 0, 0, 0);
  textBox(cr, "<b>" + markupEscape(title) + "</b>\n\n" + std::to_string(library.size()) + " dilemma's", margin, margin,
          width, 20);
  cairo_show_page(cr);
  for (auto& d : library) {
    std::string m = "<b>" + markupEscape(d.title) + "</b>\n\n<i>" + markupEscape(d.tension) + "</i>\n\n" + side(d.a) +
                    "\n\n" + side(d.b);
    if (!d.questions.empty()) {
      m += "\n\n<b>Vragen</b>";
      for (auto& q : d.questions) m += "\n• " + markupEscape(q);
    }
    textBox(cr, m, margin, margin, width, 12);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error("dilemma cards pdf: cairo failed");
  return out;
}

}  // namespace vk::exporter
