// Quality of the help-question matcher on the labelled Dutch questions in
// server/tests/data/eval/help-questions.tsv (a copy of ../shared/eval) (columns: id, question, domains, groups; lists comma-separated).
// Metrics (micro-averaged over all questions):
//   domain recall     = correct predicted domains / labelled domains          target ≥ 0.90
//   domain precision  = correct predicted domains / predicted domains         target ≥ 0.75
//   first domain      = questions whose best domain is labelled               target ≥ 0.90
//   group F1          = F1 over (question, group) pairs                       target ≥ 0.85
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "domain/knowledge/catalogue.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/resources.hpp"

namespace {

struct Row {
  std::string id, question;
  std::set<std::string> domains, groups;
};

std::set<std::string> splitList(const std::string& s) {
  std::set<std::string> out;
  std::stringstream ss(s);
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.insert(item);
  return out;
}

std::vector<Row> readEval(const std::string& path) {
  std::ifstream in(path);
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    cols.resize(4);
    rows.push_back(Row{cols[0], cols[1], splitList(cols[2]), splitList(cols[3])});
  }
  return rows;
}

}  // namespace

TEST(MatcherEval, HelpQuestionsMeetTargets) {
  const std::string path = VK_SOURCE_DIR "/server/tests/data/eval/help-questions.tsv";
  std::vector<Row> rows = readEval(path);
  ASSERT_GE(rows.size(), 20u) << "eval file missing or short: " << path;

  auto json = vk::resources::get("content/nl/catalogue.json");
  ASSERT_TRUE(json.has_value());
  const vk::domain::Matcher matcher(vk::domain::parseCatalogue(*json));

  std::size_t gold = 0, predicted = 0, correct = 0, firstOk = 0;
  std::size_t gTp = 0, gFp = 0, gFn = 0;
  for (const Row& r : rows) {
    vk::domain::MatchResult m = matcher.match(r.question);
    std::set<std::string> pd, pg;
    for (auto& s : m.domains) pd.insert(s.id);
    for (auto& s : m.groups) pg.insert(s.id);
    std::size_t hit = 0;
    for (auto& d : pd) hit += r.domains.count(d);
    gold += r.domains.size();
    predicted += pd.size();
    correct += hit;
    bool first = !m.domains.empty() && r.domains.count(m.domains.front().id);
    firstOk += first;
    std::size_t tp = 0;
    for (auto& g : pg) tp += r.groups.count(g);
    gTp += tp;
    gFp += pg.size() - tp;
    gFn += r.groups.size() - tp;
    if (hit != r.domains.size() || hit != pd.size() || !first || tp != pg.size() || tp != r.groups.size()) {
      std::cout << r.id << " " << r.question << "\n   domains:";
      for (auto& s : m.domains) std::cout << ' ' << s.id << '=' << s.score << (r.domains.count(s.id) ? "" : "(!)");
      for (auto& d : r.domains)
        if (!pd.count(d)) std::cout << " missing:" << d;
      std::cout << "\n   groups:";
      for (auto& s : m.groups) std::cout << ' ' << s.id << (r.groups.count(s.id) ? "" : "(!)");
      for (auto& g : r.groups)
        if (!pg.count(g)) std::cout << " missing:" << g;
      std::cout << '\n';
    }
  }
  const double recall = gold ? double(correct) / gold : 0;
  const double precision = predicted ? double(correct) / predicted : 0;
  const double first = double(firstOk) / rows.size();
  const double gp = gTp + gFp ? double(gTp) / (gTp + gFp) : 0;
  const double gr = gTp + gFn ? double(gTp) / (gTp + gFn) : 0;
  const double f1 = gp + gr > 0 ? 2 * gp * gr / (gp + gr) : 0;
  std::cout << "questions=" << rows.size() << " domain_recall=" << recall << " domain_precision=" << precision
            << " first_domain=" << first << " group_f1=" << f1 << " (group P=" << gp << " R=" << gr << ")\n";
  EXPECT_GE(recall, 0.90);
  EXPECT_GE(precision, 0.75);
  EXPECT_GE(first, 0.90);
  EXPECT_GE(f1, 0.85);
}
