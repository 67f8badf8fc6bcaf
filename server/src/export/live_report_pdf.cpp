#include "export/live_report_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "domain/time_format.hpp"
#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace {

// "2027-01-15 10:30 UTC" as Dutch readers write it: "15 januari 2027, 10:30 UTC"
std::string dutchMoment(const std::string& s) {
  if (s.size() < 10) return s;
  std::string day = domain::dutchDay(s.substr(0, 10));
  if (day == s.substr(0, 10)) return s;
  return s.size() > 11 ? day + ", " + s.substr(11) : day;
}


constexpr double kPageW = 210 * kMm, kPageH = 297 * kMm, kMargin = 20 * kMm;

class Writer {
 public:
  explicit Writer(std::string& out) {
    surface_ = cairo_pdf_surface_create_for_stream(appendBytes, &out, kPageW, kPageH);
    cr_ = cairo_create(surface_);
    layout_ = pango_cairo_create_layout(cr_);
    pango_layout_set_width(layout_, static_cast<int>((kPageW - 2 * kMargin) * PANGO_SCALE));
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    y_ = kMargin;
  }
  ~Writer() {
    g_object_unref(layout_);
    cairo_destroy(cr_);
    cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
  }
  void para(const std::string& markup, const char* font, double indent = 0, double after = 2 * kMm) {
    PangoFontDescription* fd = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout_, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(layout_, static_cast<int>((kPageW - 2 * kMargin - indent) * PANGO_SCALE));
    pango_layout_set_markup(layout_, markup.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout_, &w, &h);
    double height = static_cast<double>(h) / PANGO_SCALE;
    if (y_ + height > kPageH - kMargin) {
      cairo_show_page(cr_);
      y_ = kMargin;
    }
    cairo_move_to(cr_, kMargin + indent, y_);
    pango_cairo_show_layout(cr_, layout_);
    y_ += height + after;
  }

 private:
  cairo_surface_t* surface_;
  cairo_t* cr_;
  PangoLayout* layout_;
  double y_;
};

}  // namespace

std::string liveReportPdf(const LiveReportData& r) {
  std::string out;
  {
    Writer w(out);
    w.para("<b>" + markupEscape(r.title) + "</b>", "Sans 18", 0, 1 * kMm);
    w.para(markupEscape(r.team + " · " + domain::dutchDay(r.date)), "Sans 10", 0, 1 * kMm);  // "2 december 2026"
    w.para(r.ended.empty() ? std::string("Nog niet afgesloten: dit verslag kan nog groeien.")
                           : markupEscape("Afgesloten op " + dutchMoment(r.ended) + ". Dit verslag is definitief."),
           "Sans 10", 0, 6 * kMm);
    if (r.conversation) {
      const auto& c = *r.conversation;
      auto list = [&](const std::vector<std::string>& items, const char* none) {
        if (items.empty()) w.para(none, "Sans 10");
        for (auto& t : items) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
        w.para("", "Sans 4");
      };
      w.para("<b>Wat-werkt-gesprek</b>", "Sans 15", 0, 3 * kMm);
      if (!c.start.empty()) w.para(markupEscape(c.start), "Sans 10", 0, 3 * kMm);
      w.para("<b>Het dilemma</b>", "Sans 13", 0, 2 * kMm);
      if (c.tension.empty()) w.para("Het dilemma is nog niet geformuleerd.", "Sans 10");
      else w.para("<b>" + markupEscape(c.tension) + "</b>", "Sans 11", 0, 2 * kMm);
      if (!c.choiceA.empty())
        w.para("A: " + markupEscape(c.choiceA) + (c.costA.empty() ? "" : " — kost: " + markupEscape(c.costA)), "Sans 10",
               5 * kMm, 1 * kMm);
      if (!c.choiceB.empty())
        w.para("B: " + markupEscape(c.choiceB) + (c.costB.empty() ? "" : " — kost: " + markupEscape(c.costB)), "Sans 10",
               5 * kMm, 1 * kMm);
      if (!c.libraryKey.empty()) w.para("Gekoppeld aan dilemma " + markupEscape(c.libraryKey) + " uit de bibliotheek.", "Sans 9", 5 * kMm);
      w.para("", "Sans 4");
      w.para("<b>Vragen om de casus te begrijpen</b>", "Sans 13", 0, 2 * kMm);
      list(c.questions, "Er zijn geen vragen gesteld.");
      w.para("<b>Perspectieven en waarden</b>", "Sans 13", 0, 2 * kMm);
      if (c.perspectives.empty()) w.para("Er zijn geen perspectieven beschreven.", "Sans 10");
      for (auto& p : c.perspectives) {
        w.para("<b>" + markupEscape(p.who) + "</b>", "Sans 11", 0, 1 * kMm);
        for (auto& t : p.thoughts) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
      }
      w.para("", "Sans 4");
      w.para("<b>Wat werkt</b>", "Sans 13", 0, 2 * kMm);
      list(c.whatWorks, "Er is niets opgeschreven over wat werkt.");
      w.para("<b>Afspraken</b>", "Sans 13", 0, 2 * kMm);
      if (c.agreements.empty()) w.para("Er zijn geen afspraken gemaakt.", "Sans 10");
      for (auto& a : c.agreements)
        w.para("• " + markupEscape(a.what) + (a.who.empty() ? "" : " — " + markupEscape(a.who)) + " — terugkijken op " +
                   markupEscape(domain::dutchDay(a.lookBackOn)) + (a.done ? " (gedaan)" : ""),
               "Sans 10", 5 * kMm, 1 * kMm);
      w.para("", "Sans 6");
    }
    if (!r.groups.empty()) {  // the facilitator's groups, as on the projector
      w.para("<b>Gedachten per groep</b>", "Sans 13", 0, 3 * kMm);
      for (auto& g : r.groups) {
        w.para("<b>" + markupEscape(g.name) + "</b>", "Sans 11", 0, 1 * kMm);
        for (auto& t : g.thoughts) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
        w.para("", "Sans 4");
      }
    }
    bool halfDay = !r.conversation || !r.cells.empty() || !r.sentences.empty() || !r.verses.empty();
    if (!halfDay) {
      if (!r.unplaced.empty()) {
        w.para("<b>Andere gedachten</b>", "Sans 13", 0, 3 * kMm);
        for (auto& t : r.unplaced) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
      }
    } else {
    w.para("<b>Gedachten per vuistregel en onderdeel van de opdracht</b>", "Sans 13", 0, 3 * kMm);
    if (r.cells.empty()) w.para("Er zijn geen gedachten op de vuistregels geplaatst.", "Sans 10");
    for (auto& c : r.cells) {
      w.para("<b>" + markupEscape(c.rule) + "</b> × " + markupEscape(c.part), "Sans 11", 0, 1 * kMm);
      for (auto& t : c.thoughts) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
      w.para("", "Sans 4");
    }
    if (!r.unplaced.empty()) {
      w.para("<b>Andere gedachten</b>", "Sans 13", 0, 3 * kMm);
      for (auto& t : r.unplaced) w.para("• " + markupEscape(t), "Sans 10", 5 * kMm, 1 * kMm);
      w.para("", "Sans 4");
    }
    w.para("<b>Het is mijn vak om…</b>", "Sans 13", 0, 3 * kMm);
    if (r.sentences.empty()) w.para("Er zijn geen zinnen geschreven.", "Sans 10");
    for (auto& s : r.sentences) w.para("• " + markupEscape(s), "Sans 10", 5 * kMm, 1 * kMm);
    w.para("", "Sans 4");
    w.para("<b>Nieuwe regels voor het lied</b>", "Sans 13", 0, 3 * kMm);
    if (r.verses.empty()) w.para("Er zijn geen nieuwe regels geschreven.", "Sans 10");
    for (auto& v : r.verses) w.para("<i>" + markupEscape(v) + "</i>", "Serif 11", 5 * kMm, 1 * kMm);
    }
  }
  return out;
}

}  // namespace vk::exporter
