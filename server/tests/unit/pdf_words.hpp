#pragma once
// What the unit tests of the PDFs share: a command's output, and the words of a PDF with
// their boxes (from poppler's pdftotext), so a test can say where text landed.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace vk::test {

inline std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// A PDF written to the test's temporary directory under `name`; returns the path.
inline std::string writePdf(const std::string& pdf, const std::string& name) {
  std::string file = ::testing::TempDir() + name;
  std::ofstream(file, std::ios::binary) << pdf;
  return file;
}

struct Box {
  int page;
  double x0, y0, x1, y1;
  std::string word;
};

// The words of a PDF with their boxes (points, origin top-left), from pdftotext -bbox.
inline std::vector<Box> words(const std::string& pdf, const std::string& name = "vk_unit_words.pdf") {
  std::string html = run("pdftotext -bbox " + writePdf(pdf, name) + " -");
  std::vector<Box> out;
  static const std::regex token(
      "<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
  int p = -1;
  for (std::sregex_iterator it(html.begin(), html.end(), token), end; it != end; ++it) {
    auto& m = *it;
    if (!m[1].matched) {
      ++p;
      continue;
    }
    out.push_back({p, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
  }
  return out;
}

}  // namespace vk::test
