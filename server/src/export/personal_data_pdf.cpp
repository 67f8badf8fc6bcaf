#include "export/personal_data_pdf.hpp"

#include <boost/json.hpp>
#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <cctype>
#include <string_view>
#include <utility>

#include "domain/time_format.hpp"
#include "export/audit_words.hpp"
#include "export/pdf_common.hpp"

namespace vk::exporter {

namespace json = boost::json;

namespace {

constexpr double kMargin = 18 * kMm;
constexpr double kWidth = kA4W - 2 * kMargin;

// The export's keys in the words of the person reading it.
constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
    {"foundation", "Account en teams"}, {"knowledge", "Kennis en scholing"}, {"interviews", "Vakgesprekken"},
    {"live", "Live teamsessies"}, {"dilemmas", "Dilemma's"}, {"craft", "Ons vak"}, {"guideline", "Richtlijn"},
    {"account", "Account"}, {"name", "Naam"}, {"email", "E-mailadres"}, {"discipline", "Discipline"},
    {"experience", "Ervaring"}, {"orgAdmin", "Beheerder van de organisatie"}, {"createdAt", "Aangemaakt op"},
    {"organisation", "Organisatie"}, {"teams", "Teams"}, {"team", "Team"}, {"role", "Rol"},
    {"sessions", "Inlogsessies"}, {"expiresAt", "Verloopt op"}, {"invitations", "Uitnodigingen"},
    {"accepted", "Aangenomen"}, {"revoked", "Ingetrokken"}, {"auditLog", "Auditlog: wat er met de gegevens gebeurde"},
    {"action", "Handeling"}, {"object", "Waarover"}, {"at", "Op"}, {"byThisPerson", "Zelf gedaan"},
    {"profile", "Kennisprofiel"}, {"item", "Onderdeel"}, {"level", "Niveau"}, {"wantsToLearn", "Wil dit leren"},
    {"helpQuestions", "Hulpvragen"}, {"text", "Tekst"}, {"interviewsAboutMe", "Interviews over jou"},
    {"interviewsConducted", "Interviews die je afnam"}, {"purpose", "Soort gesprek"}, {"notes", "Aantekeningen"},
    {"sharedFragments", "Gedeelde fragmenten"}, {"anonymous", "Anoniem"}, {"themes", "Thema's"},
    {"sharedAt", "Gedeeld op"}, {"zodatjes", "Zodatjes"}, {"shared", "Gedeeld"}, {"craftStatements", "Het is mijn vak om…"},
    {"updatedAt", "Bijgewerkt op"}, {"contributions", "Bijdragen"}, {"kind", "Soort"}, {"session", "Sessie"},
    {"writtenAt", "Geschreven op"}, {"toTeamThreads", "Naar de rode draden van het team"},
    {"sessionsStarted", "Sessies die je begeleidde"}, {"openedAt", "Geopend op"}, {"templates", "Sjablonen"},
    {"agreementsRecorded", "Vastgelegde afspraken"}, {"proposals", "Voorstellen"}, {"votes", "Stemmen"},
    {"dilemmaKey", "Dilemma"}, {"loadings", "Weging"}, {"coreResponses", "Antwoorden"}, {"pictureAnswers", "Antwoorden bij het beeld"},
    {"pictureLines", "Regels bij het beeld"}, {"examples", "Voorbeelden"}, {"ruleKey", "Vuistregel"},
    {"partKey", "Onderdeel"}, {"source", "Bron"}, {"current", "Geldend"}, {"recognisable", "Herkenbaar"},
    {"cardTitle", "Kaart"}, {"interviewer", "Interviewer"}, {"interviewee", "Geïnterviewde"},
    {"completedAt", "Afgerond op"}, {"mentor", "Mentor"}, {"targetLevel", "Doelniveau"}, {"targetDate", "Streefdatum"},
};

// Values that are codes in the file.
constexpr std::pair<std::string_view, std::string_view> kValues[] = {
    {"member", "lid"}, {"team_lead", "teamleider"}, {"supervisor", "begeleider"}, {"collegial", "collegiaal gesprek"},
    {"thought", "gedachte"}, {"sentence", "zin"}, {"verse", "regel voor het lied"}, {"self", "jijzelf"},
    {"organisation", "de organisatie"},
};

std::string label(std::string_view key) {
  for (auto& [k, v] : kLabels)
    if (k == key) return std::string(v);
  // a key added later: its words ("partnerRounds" → "Partner rounds")
  std::string out;
  for (char ch : key) {
    if (std::isupper(static_cast<unsigned char>(ch))) {
      out += ' ';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else {
      out += ch == '_' || ch == '-' ? ' ' : ch;
    }
  }
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

bool isIsoTime(std::string_view s) {
  return s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-' && s[7] == '-' &&
         (s.size() == 10 || s[10] == 'T');
}

std::string value(std::string_view key, const json::value& v) {
  if (v.is_null()) return "–";
  if (v.is_bool()) return v.as_bool() ? "ja" : "nee";
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_uint64()) return std::to_string(v.as_uint64());
  if (v.is_double()) return json::serialize(v);
  if (!v.is_string()) return json::serialize(v);
  std::string s(v.as_string());
  if (key == "action") return auditActionInWords(s);
  if (key == "object") return auditObjectInWords(s);
  if (isIsoTime(s)) return domain::dutchDay(s.substr(0, 10));
  for (auto& [k, t] : kValues)
    if (k == s && (key == "role" || key == "purpose" || key == "kind" || key == "requestedBy")) return std::string(t);
  if (key == "themes") {
    std::string out;
    for (char ch : s) out += ch == ',' ? std::string(", ") : std::string(1, ch);
    return out;
  }
  return s;
}

bool scalar(const json::value& v) { return !v.is_object() && !v.is_array(); }

class Writer {
 public:
  explicit Writer(std::string& out) {
    surface_ = cairo_pdf_surface_create_for_stream(appendBytes, &out, kA4W, kA4H);
    cr_ = cairo_create(surface_);
    layout_ = pango_cairo_create_layout(cr_);
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);  // a word breaks only when wider than a line
  }
  ~Writer() {
    g_object_unref(layout_);
    cairo_destroy(cr_);
    cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
  }
  void para(const std::string& markup, double size, double indent = 0, double after = 1.2 * kMm, bool keepWithNext = false) {
    PangoFontDescription* fd = pango_font_description_from_string("Sans");
    pango_font_description_set_size(fd, static_cast<int>(size * PANGO_SCALE));
    pango_layout_set_font_description(layout_, fd);
    pango_font_description_free(fd);
    pango_layout_set_width(layout_, static_cast<int>((kWidth - indent) * PANGO_SCALE));
    pango_layout_set_markup(layout_, markup.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout_, &w, &h);
    double height = static_cast<double>(h) / PANGO_SCALE;
    // a heading keeps at least a few lines of what follows on its page
    double need = height + (keepWithNext ? 20 * kMm : 0);
    if (y_ + need > kA4H - kMargin && y_ > kMargin) newPage();
    cairo_move_to(cr_, kMargin + indent, y_);
    pango_cairo_show_layout(cr_, layout_);
    y_ += height + after;
  }
  void space(double mm) { y_ += mm * kMm; }

 private:
  void newPage() {
    cairo_show_page(cr_);
    y_ = kMargin;
  }
  cairo_surface_t* surface_;
  cairo_t* cr_;
  PangoLayout* layout_;
  double y_ = kMargin;
};

// "Label: value" lines of an object's scalar fields, as one block of markup.
std::string fields(const json::object& o) {
  std::string out;
  for (auto& [k, v] : o) {
    if (!scalar(v)) continue;
    if (!out.empty()) out += "\n";
    out += "<b>" + markupEscape(label(k)) + ":</b> " + markupEscape(value(k, v));
  }
  return out;
}

void writeValue(Writer& w, std::string_view key, const json::value& v, int depth);

void writeList(Writer& w, std::string_view key, const json::array& a, int depth) {
  w.para("<b>" + markupEscape(label(key)) + "</b>" + (a.empty() ? " – geen" : " (" + std::to_string(a.size()) + ")"),
         depth == 0 ? 12 : 10.5, depth * 4 * kMm, 1 * kMm, !a.empty());
  for (auto& item : a) {
    double indent = (depth + 1) * 4 * kMm;
    if (item.is_object()) {
      auto block = fields(item.as_object());
      if (!block.empty()) w.para(block, 9.5, indent, 1.8 * kMm);
      for (auto& [k, v] : item.as_object())
        if (!scalar(v)) writeValue(w, k, v, depth + 2);
    } else {
      w.para("• " + markupEscape(value(key, item)), 9.5, indent, 1 * kMm);
    }
  }
  w.space(1.5);
}

void writeValue(Writer& w, std::string_view key, const json::value& v, int depth) {
  if (v.is_array()) return writeList(w, key, v.as_array(), depth);
  if (v.is_object()) {
    auto& o = v.as_object();
    w.para("<b>" + markupEscape(label(key)) + "</b>", depth == 0 ? 12 : 10.5, depth * 4 * kMm, 1 * kMm, true);
    auto block = fields(o);
    if (!block.empty()) w.para(block, 9.5, (depth + 1) * 4 * kMm, 2 * kMm);
    for (auto& [k, x] : o)
      if (!scalar(x)) writeValue(w, k, x, depth + 1);
    return;
  }
  w.para("<b>" + markupEscape(label(key)) + ":</b> " + markupEscape(value(key, v)), 9.5, depth * 4 * kMm);
}

std::string accountName(const json::object& data) {
  auto* f = data.if_contains("foundation");
  if (!f || !f->is_object()) return "";
  auto* a = f->as_object().if_contains("account");
  if (!a || !a->is_object()) return "";
  auto* n = a->as_object().if_contains("name");
  return n && n->is_string() ? std::string(n->as_string()) : "";
}

}  // namespace

std::string personalDataPdf(const json::object& data) {
  std::string out;
  {
    Writer w(out);
    bool self = !data.contains("requestedBy") || data.at("requestedBy") == "self";
    std::string name = accountName(data);
    std::string when = data.contains("exportedAt") && data.at("exportedAt").is_string()
                           ? domain::dutchDay(std::string(data.at("exportedAt").as_string()).substr(0, 10))
                           : "";
    w.para("<b>" + markupEscape(self ? "Jouw gegevens in Vakkompas" : "Gegevens van " + name + " in Vakkompas") + "</b>", 20,
           0, 1.5 * kMm);
    w.para(markupEscape((name.empty() ? std::string() : name + " · ") + "overzicht van " + when), 10.5, 0, 3 * kMm);
    w.para(markupEscape(
               self ? "Dit is alles wat Vakkompas van jou bewaart, om te lezen. Het bestand vakkompas-mijn-gegevens.json "
                      "bevat hetzelfde voor een computer. Vragen over je gegevens stel je aan de functionaris "
                      "gegevensbescherming van je organisatie."
                    : "Dit is wat de organisatie over deze collega bewaart, opgevraagd door een beheerder: account, "
                      "teams, rollen, profiel, uitnodigingen, het auditlog en wat op naam gedeeld is. De inhoud van "
                      "interviews, privé-zodatjes en hulpvragen staat er niet in: die krijgt alleen de persoon zelf."),
           9.5, 0, 6 * kMm);
    for (auto& [k, v] : data) {
      if (k == "exportedAt" || k == "requestedBy") continue;
      writeValue(w, k, v, 0);
      w.space(4);
    }
  }
  return out;
}

}  // namespace vk::exporter
