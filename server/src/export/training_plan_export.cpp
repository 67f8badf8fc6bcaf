#include "export/training_plan_export.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "domain/time_format.hpp"
#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace {

const char* kHeaders[] = {"#", "Leefgebied", "Kennisaspect", "Wie leert", "Mentor", "Doelniveau", "Streefdatum",
                          "Voortgang", "Notitie"};

std::string rowCell(const PlanRow& r, int col) {
  switch (col) {
    case 0: return std::to_string(r.rank);
    case 1: return r.domain;
    case 2: return r.aspect;
    case 3: return r.learners;
    case 4: return r.mentor;
    case 5: return r.targetLevel;
    case 6: return r.targetDate;
    case 7: return r.progress;
    default: return r.note;
  }
}

}  // namespace

std::string trainingPlanXlsx(const PlanDocument& plan) {
  char path[] = "/tmp/vk-plan-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("cannot create a temporary file");
  close(fd);
  lxw_workbook* wb = workbook_new(path);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Scholingsplan");
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  worksheet_write_string(ws, 0, 0, ("Scholingsplan " + plan.team).c_str(), bold);
  worksheet_write_string(ws, 1, 0, ("Gemaakt op " + plan.created).c_str(), nullptr);
  for (int c = 0; c < 9; ++c) worksheet_write_string(ws, 3, static_cast<lxw_col_t>(c), kHeaders[c], bold);
  lxw_row_t row = 4;
  for (auto& r : plan.rows) {
    worksheet_write_number(ws, row, 0, r.rank, nullptr);
    for (int c = 1; c < 9; ++c) worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), rowCell(r, c).c_str(), nullptr);
    ++row;
  }
  worksheet_set_column(ws, 1, 2, 30, nullptr);
  worksheet_set_column(ws, 3, 4, 28, nullptr);
  worksheet_set_column(ws, 5, 8, 16, nullptr);
  lxw_error err = workbook_close(wb);
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::remove(path);
  if (err != LXW_NO_ERROR) throw std::runtime_error("xlsx export failed");
  return ss.str();
}

namespace {

// Column widths for the page: each at least as wide as its header word (a header never
// breaks inside a word, "Doelniveau" stays whole), the rest shared by weight.
std::vector<double> columnWidths(PangoLayout* layout, double total) {
  const double weight[] = {0, 1.0, 2.4, 1.7, 0.5, 0.1, 0.3, 0.4, 2.1};  // the long texts get the room
  std::vector<double> min(9), out(9);
  double sumWeight = 0, sumMin = 0;
  pango_layout_set_width(layout, -1);
  for (int c = 0; c < 9; ++c) {
    pango_layout_set_markup(layout, (std::string("<b>") + kHeaders[c] + "</b>").c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    min[c] = static_cast<double>(w) / PANGO_SCALE + 8;
    sumWeight += weight[c];
    sumMin += min[c];
  }
  double spare = std::max(0.0, total - sumMin);
  for (int c = 0; c < 9; ++c) out[c] = min[c] + spare * weight[c] / sumWeight;
  return out;
}

}  // namespace

std::string trainingPlanPdf(const PlanDocument& plan) {
  std::string out;
  const double width = 842, height = 595, margin = 36;  // A4 landscape, points
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &out, width, height);
  cairo_t* cr = cairo_create(surface);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans 8");
  pango_layout_set_font_description(layout, font);
  const std::vector<double> cols = columnWidths(layout, width - 2 * margin);
  double y = margin;
  // Words wrap whole; only a word wider than its column breaks.
  auto text = [&](double x, double yy, double w, const std::string& markup) {
    pango_layout_set_width(layout, static_cast<int>(w * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_markup(layout, markup.c_str(), -1);
    cairo_move_to(cr, x, yy);
    pango_cairo_show_layout(cr, layout);
    int pw, ph;
    pango_layout_get_size(layout, &pw, &ph);
    return static_cast<double>(ph) / PANGO_SCALE;
  };
  y += text(margin, y, width - 2 * margin, "<b><big>Scholingsplan " + markupEscape(plan.team) + "</big></b>") + 4;
  y += text(margin, y, width - 2 * margin, "Gemaakt op " + markupEscape(domain::dutchDay(plan.created))) + 10;
  auto header = [&] {
    double x = margin, h = 0;
    for (int c = 0; c < 9; ++c) {
      h = std::max(h, text(x, y, cols[c] - 4, std::string("<b>") + kHeaders[c] + "</b>"));
      x += cols[c];
    }
    y += h + 4;
    cairo_move_to(cr, margin, y - 2);
    cairo_line_to(cr, width - margin, y - 2);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
  };
  header();
  for (auto& r : plan.rows) {
    if (y > height - margin - 40) {
      cairo_show_page(cr);
      y = margin;
      header();
    }
    double x = margin, h = 0;
    for (int c = 0; c < 9; ++c) {
      std::string cell = c == 6 ? domain::dutchDay(r.targetDate) : rowCell(r, c);  // "30 mei 2027" wraps at words
      h = std::max(h, text(x, y, cols[c] - 4, markupEscape(cell)));
      x += cols[c];
    }
    y += h + 6;
  }
  pango_font_description_free(font);
  g_object_unref(layout);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace vk::exporter
