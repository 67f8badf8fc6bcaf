// `vakkompas dilemmas-pdf --out FILE` (issue 11): the starter library as printable cards,
// every title on a front, fronts and backs in pairs for duplex printing.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <regex>

#include "domain/dilemmas/dilemma.hpp"

namespace vk::test {
namespace {

namespace fs = std::filesystem;

std::string run(const std::string& cmd, int* rc = nullptr) {
  std::string out;
  FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
  char buf[4096];
  size_t n;
  while (p && (n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = p ? ::pclose(p) : -1;
  if (rc) *rc = WEXITSTATUS(status);
  return out;
}

// Runs of white space as one space, so a title wrapped over two lines is found whole.
std::string flat(const std::string& s) { return std::regex_replace(s, std::regex("\\s+"), " "); }

TEST(DilemmaCardsCli, PrintsEveryStarterTitleOnEvenPages) {
  auto dir = fs::temp_directory_path() / ("vk-dilemmas-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string file = (dir / "dilemmas.pdf").string();
  int rc = -1;
  std::string out = run(std::string(VK_BINARY) + " dilemmas-pdf --out " + file, &rc);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("20 dilemma's"), std::string::npos) << out;

  std::string text = flat(run("pdftotext " + file + " -"));
  const auto& library = domain::starterDilemmas();
  ASSERT_EQ(library.size(), 20u);
  for (auto& d : library) EXPECT_NE(text.find(flat(d.title)), std::string::npos) << d.title;
  EXPECT_NE(text.find("Vraag door"), std::string::npos);  // the backs carry the questions
  EXPECT_NE(text.find("één"), std::string::npos);         // diacritics print as themselves

  std::smatch m;
  std::string info = run("pdfinfo " + file);
  ASSERT_TRUE(std::regex_search(info, m, std::regex("Pages:\\s+([0-9]+)"))) << info;
  int pages = std::stoi(m[1]);
  EXPECT_EQ(pages % 2, 0) << "every sheet has its back";
  EXPECT_EQ(pages, 6);  // 20 cards, 8 to a sheet: 3 sheets
  EXPECT_NE(run("pdfinfo " + file).find("Dilemma's van het wijkteam"), std::string::npos);

  int bad = -1;
  run(std::string(VK_BINARY) + " dilemmas-pdf --out " + (dir / "nergens" / "x.pdf").string(), &bad);
  EXPECT_EQ(bad, 1) << "a file that cannot be written is an error";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vk::test
