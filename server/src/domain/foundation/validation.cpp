#include "domain/foundation/validation.hpp"

#include <algorithm>
#include <cctype>

namespace vk::domain {

std::string trimmed(std::string_view s) {
  auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string normaliseEmail(std::string_view email) {
  std::string e = trimmed(email);
  for (auto& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}

bool looksLikeEmail(std::string_view e) {
  if (e.size() < 3 || e.size() > 254) return false;
  auto at = e.find('@');
  if (at == std::string_view::npos || at == 0 || at != e.rfind('@')) return false;
  auto domain = e.substr(at + 1);
  auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(e.begin(), e.end(), [](char c) { return c == ' ' || c == '\t' || c == '<' || c == '>'; });
}

namespace {
size_t utf8Length(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}
}  // namespace

void checkPassword(std::string_view field, std::string_view pw, std::string_view email,
                   std::vector<FieldError>& errors) {
  if (utf8Length(pw) < kMinPasswordLength) {
    errors.push_back({std::string(field), "Kies een wachtwoord van minstens 10 tekens."});
    return;
  }
  if (pw.size() > 200) {
    errors.push_back({std::string(field), "Een wachtwoord is hoogstens 200 tekens lang."});
    return;
  }
  if (std::all_of(pw.begin(), pw.end(), [&](char c) { return c == pw.front(); }))
    errors.push_back({std::string(field), "Kies een wachtwoord dat niet uit één herhaald teken bestaat."});
  else if (!email.empty() && normaliseEmail(pw) == normaliseEmail(email))
    errors.push_back({std::string(field), "Je wachtwoord mag niet gelijk zijn aan je e-mailadres."});
}

void checkName(std::string_view field, std::string_view name, size_t maxLen, std::vector<FieldError>& errors) {
  std::string t = trimmed(name);
  if (t.empty())
    errors.push_back({std::string(field), "Vul dit veld in."});
  else if (utf8Length(t) > maxLen)
    errors.push_back({std::string(field), "Dit is te lang: hoogstens " + std::to_string(maxLen) + " tekens."});
}

void checkEmail(std::string_view field, std::string_view email, std::vector<FieldError>& errors) {
  if (!looksLikeEmail(normaliseEmail(email)))
    errors.push_back({std::string(field), "Vul een geldig e-mailadres in, zoals naam@organisatie.nl."});
}

}  // namespace vk::domain
