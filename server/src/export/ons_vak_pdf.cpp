#include "export/ons_vak_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>

#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace {

constexpr double kMargin = 16 * kMm;
constexpr double kWidth = kA4W - 2 * kMargin;

// Lays out the page at `scale` (1 = 10 pt body text); draws only when cr is given.
// Returns the height used, from the top margin.
double layOut(PangoLayout* layout, cairo_t* cr, const OnsVakPage& p, double scale) {
  double y = kMargin;
  auto para = [&](const std::string& markup, const char* family, double size, double indent, double after) {
    PangoFontDescription* fd = pango_font_description_from_string(family);
    pango_font_description_set_size(fd, static_cast<int>(size * scale * PANGO_SCALE));
    pango_layout_set_font_description(layout, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(layout, static_cast<int>((kWidth - indent) * PANGO_SCALE));
    pango_layout_set_markup(layout, markup.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    if (cr) {
      cairo_move_to(cr, kMargin + indent, y);
      pango_cairo_show_layout(cr, layout);
    }
    y += static_cast<double>(h) / PANGO_SCALE + after * scale;
  };
  para("<b>" + markupEscape(p.title) + "</b>", "Sans", 20, 0, 1 * kMm);
  para(markupEscape(p.subtitle), "Sans", 10, 0, 5 * kMm);
  for (auto& s : p.sections) {
    para("<b>" + markupEscape(s.heading) + "</b>", "Sans", 13, 0, 1 * kMm);
    if (!s.note.empty()) para("<i>" + markupEscape(s.note) + "</i>", "Sans", 9, 0, 1.5 * kMm);
    if (s.lines.empty()) para(markupEscape(s.empty), "Sans", 10, 0, 1 * kMm);
    for (auto& l : s.lines) para("• " + markupEscape(l), "Sans", 10, 4 * kMm, 0.8 * kMm);
    y += 3.5 * kMm * scale;
  }
  if (!p.footer.empty()) para("<i>" + markupEscape(p.footer) + "</i>", "Sans", 8, 0, 0);
  return y - kMargin;
}

// Drops the last line of the longest section, keeping a "… en n meer" line at its end.
bool shorten(OnsVakPage& p, std::vector<size_t>& dropped) {
  size_t best = p.sections.size();
  for (size_t i = 0; i < p.sections.size(); ++i) {
    size_t real = p.sections[i].lines.size() - (dropped[i] ? 1 : 0);
    if (real > 1 && (best == p.sections.size() || real > p.sections[best].lines.size() - (dropped[best] ? 1 : 0)))
      best = i;
  }
  if (best == p.sections.size()) return false;
  auto& lines = p.sections[best].lines;
  if (dropped[best]) lines.pop_back();  // the old "… en n meer"
  lines.pop_back();
  ++dropped[best];
  lines.push_back("… en " + std::to_string(dropped[best]) + " meer in Vakkompas");
  return true;
}

}  // namespace

std::string onsVakPdf(const OnsVakPage& page) {
  OnsVakPage p = page;
  std::vector<size_t> dropped(p.sections.size(), 0);
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, kA4W, kA4H);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);  // a word breaks only when it is wider than a line
  const double room = kA4H - 2 * kMargin;
  double scale = 1.0;
  while (layOut(layout, nullptr, p, scale) > room) {
    if (scale > 0.8) scale -= 0.05;
    else if (!shorten(p, dropped)) break;
  }
  layOut(layout, cr, p, scale);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace vk::exporter
