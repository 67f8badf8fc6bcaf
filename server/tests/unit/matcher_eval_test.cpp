// Quality of the help-question matcher on labelled Dutch questions, reported separately for:
//   1. the shared eval set, server/tests/data/eval/help-questions.tsv (a copy of ../shared/eval;
//      columns id, question, domains, groups), with the shipped thresholds;
//   2. our own development set, server/tests/data/help-questions-dev.tsv (same columns plus a
//      fold 1..5), cross-validated: for each fold the thresholds are chosen on the other four
//      folds and measured on the held-out fold; the figures are the mean over the five folds.
// Metrics (micro-averaged over the questions of a set or fold):
//   domain recall     = correct predicted domains / labelled domains
//   domain precision  = correct predicted domains / predicted domains
//   first domain      = questions whose best domain is labelled
//   group F1          = F1 over (question, group) pairs
// The assertions are floors a little under what the matcher reaches, so that a regression fails;
// the goals (recall ≥ 0.92, precision ≥ 0.85, first ≥ 0.92, group F1 ≥ 0.90) are in docs/knowledge.md.
//
//   build/vk_unit_matcher_eval_test                 figures
//   3. the held-out set, server/tests/data/help-questions-holdout.tsv (columns as the shared
//      set), written before the lexicon work of issue 13 and never used for tuning: its misses
//      are never printed, so it stays an honest unseen figure (shipped thresholds).
//   4. a second held-out set, server/tests/data/help-questions-holdout2.tsv, written before the
//      third issue-13 session changed any code; misses never printed either.
//   5. a third held-out set, server/tests/data/help-questions-holdout3.tsv, written before the
//      fourth issue-13 session changed any code; misses never printed either.
//   6. a fourth held-out set, server/tests/data/help-questions-holdout4.tsv, written before the
//      sixth round of matcher work (after issue 13's fifth) changed any code; misses never
//      printed either.
//   7. a fifth held-out set, server/tests/data/help-questions-holdout5.tsv, written after issue
//      13's seventh round, while the next one tuned on the dev set, by a session that does not
//      tune the matcher and never read its code or word lists; misses never printed either.
//   8. a sixth held-out set, server/tests/data/help-questions-holdout6.tsv, written after issue
//      13's ninth round, before any tenth, the same way as the fifth; misses never printed.
//   VK_MATCHER_MISSES=1 build/vk_unit_matcher_eval_test   also the misses (dev folds 1-4 only:
//                                                    fold 5 and the held-out set are never shown)
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "domain/knowledge/catalogue.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/resources.hpp"

namespace {

using vk::domain::Matcher;
using vk::domain::MatchResult;
using vk::domain::RawScores;
using vk::domain::Thresholds;

struct Row {
  std::string id, question;
  std::set<std::string> domains, groups;
  int fold = 0;
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
    cols.resize(5);
    rows.push_back(Row{cols[0], cols[1], splitList(cols[2]), splitList(cols[3]), cols[4].empty() ? 0 : std::stoi(cols[4])});
  }
  return rows;
}

struct Counts {
  std::size_t questions = 0, gold = 0, predicted = 0, correct = 0, firstOk = 0, gTp = 0, gFp = 0, gFn = 0;
  double recall() const { return gold ? double(correct) / gold : 0; }
  double precision() const { return predicted ? double(correct) / predicted : 0; }
  double first() const { return questions ? double(firstOk) / questions : 0; }
  double domainF1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double groupF1() const {
    const double p = gTp + gFp ? double(gTp) / (gTp + gFp) : 0;
    const double r = gTp + gFn ? double(gTp) / (gTp + gFn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Adds one question to `c`; true when the matcher said exactly what the label says.
bool count(const Row& r, const MatchResult& m, Counts& c) {
  std::set<std::string> pd, pg;
  for (auto& s : m.domains) pd.insert(s.id);
  for (auto& s : m.groups) pg.insert(s.id);
  std::size_t hit = 0;
  for (auto& d : pd) hit += r.domains.count(d);
  const bool first = !m.domains.empty() && r.domains.count(m.domains.front().id);
  std::size_t tp = 0;
  for (auto& g : pg) tp += r.groups.count(g);
  ++c.questions;
  c.gold += r.domains.size();
  c.predicted += pd.size();
  c.correct += hit;
  c.firstOk += first;
  c.gTp += tp;
  c.gFp += pg.size() - tp;
  c.gFn += r.groups.size() - tp;
  return hit == r.domains.size() && hit == pd.size() && first && tp == pg.size() && tp == r.groups.size();
}

void printMiss(const Row& r, const MatchResult& m) {
  std::cout << r.id << " " << r.question << "\n   domains:";
  for (auto& s : m.domains) std::cout << ' ' << s.id << '=' << s.score << (r.domains.count(s.id) ? "" : "(!)");
  for (auto& d : r.domains)
    if (std::none_of(m.domains.begin(), m.domains.end(), [&](auto& s) { return s.id == d; })) std::cout << " missing:" << d;
  std::cout << "\n   groups:";
  for (auto& s : m.groups) std::cout << ' ' << s.id << (r.groups.count(s.id) ? "" : "(!)");
  for (auto& g : r.groups)
    if (std::none_of(m.groups.begin(), m.groups.end(), [&](auto& s) { return s.id == g; })) std::cout << " missing:" << g;
  std::cout << '\n';
}

void printFigures(const std::string& label, const Counts& c) {
  std::cout << std::fixed << std::setprecision(3) << label << ": questions=" << c.questions
            << " domain_recall=" << c.recall() << " domain_precision=" << c.precision()
            << " first_domain=" << c.first() << " group_f1=" << c.groupF1() << "\n";
}

const Matcher& starterMatcher() {
  static const Matcher m = [] {
    auto json = vk::resources::get("content/nl/catalogue.json");
    if (!json) throw std::runtime_error("catalogue missing");
    return Matcher(vk::domain::parseCatalogue(*json));
  }();
  return m;
}

bool showMisses() { return std::getenv("VK_MATCHER_MISSES") != nullptr; }

// The grid the cut-offs are chosen from (the shipped Thresholds lie on it).
std::vector<Thresholds> grid() {
  std::vector<Thresholds> out;
  for (double minScore : {0.4, 0.5, 0.6, 0.69, 0.8, 0.9, 1.0})
    for (double relative : {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6})
      for (double clear : {0.95, 1.2, 1.5, 2.0, 2.5})
        for (double group : {0.6, 0.7, 0.85, 1.0}) {
          Thresholds t;
          t.minDomainScore = minScore;
          t.relativeCutoff = relative;
          t.clearEvidence = clear;
          t.minGroupScore = group;
          out.push_back(t);
        }
  return out;
}

// What a choice of thresholds is judged by on the training folds: domain F1, the first domain
// and group F1, equally.
double objective(const Counts& c) { return c.domainF1() + c.first() + c.groupF1(); }

// Chooses thresholds on the rows whose fold is not `heldOut` (0: all rows): the grid, then a
// calibration factor per domain (one round of coordinate ascent), then the grid again with it.
// One round, not two: the factors of a second round fit the training folds' noise (dev CV
// 0.832 / 0.785 / 0.930 with two rounds, 0.840 / 0.787 / 0.937 with one; docs/knowledge.md).
Thresholds choose(const Matcher& matcher, const std::vector<Row>& rows, const std::vector<RawScores>& raw,
                  int heldOut) {
  auto judge = [&](const Thresholds& t) {
    Counts c;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].fold != heldOut) count(rows[i], matcher.select(raw[i], t), c);
    return objective(c);
  };
  const std::vector<Thresholds> candidates = grid();
  auto bestOfGrid = [&](const std::vector<std::pair<std::string, double>>& scale,
                        const std::vector<Thresholds::GroupPrior>& priors, double inferredBonus) {
    double bestScore = -1;
    Thresholds best;
    for (Thresholds t : candidates) {
      t.domainScale = scale;
      t.groupPriors = priors;
      t.inferredBonus = inferredBonus;
      const double v = judge(t);
      if (v > bestScore + 1e-12) {
        bestScore = v;
        best = t;
      }
    }
    return best;
  };
  Thresholds best = bestOfGrid({}, {}, 0.0);
  double bestScore = judge(best);
  // Who it is about: a child recognised → opvoeden-opgroeien (the bonus chosen here too).
  for (double bonus : {0.25, 0.5, 0.75, 1.0, 1.5}) {
    Thresholds t = best;
    t.groupPriors = {{"kinderen-jongeren", "opvoeden-opgroeien", bonus}};
    const double v = judge(t);
    if (v > bestScore + 1e-12) {
      bestScore = v;
      best = t;
    }
  }
  for (int round = 0; round < 1; ++round)
    for (const std::string& id : matcher.domainIds()) {
      for (double f : {0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.5}) {
        Thresholds t = best;
        bool found = false;
        for (auto& [d, x] : t.domainScale)
          if (d == id) x = f, found = true;
        if (!found) t.domainScale.emplace_back(id, f);
        const double v = judge(t);
        if (v > bestScore + 1e-12) {
          bestScore = v;
          best = t;
        }
      }
    }
  // A domain the situation implies (Thresholds::inferredBonus): how much it counts is chosen here,
  // after the calibration factors, so that it is weighed against calibrated scores.
  for (double bonus : {0.25, 0.5, 0.75, 1.0, 1.5}) {
    Thresholds t = best;
    t.inferredBonus = bonus;
    const double v = judge(t);
    if (v > bestScore + 1e-12) {
      bestScore = v;
      best = t;
    }
  }
  Thresholds again = bestOfGrid(best.domainScale, best.groupPriors, best.inferredBonus);
  return judge(again) > bestScore ? again : best;
}

std::string describe(const Thresholds& t) {
  std::ostringstream o;
  o << "minDomain=" << t.minDomainScore << " relative=" << t.relativeCutoff << " clear=" << t.clearEvidence
    << " minGroup=" << t.minGroupScore << " scale:";
  for (auto& [id, f] : t.domainScale)
    if (f != 1.0) o << ' ' << id << '=' << f;
  for (auto& p : t.groupPriors) o << " prior:" << p.group << "->" << p.domain << '=' << p.bonus;
  if (t.inferredBonus > 0) o << " inferred=" << t.inferredBonus;
  return o.str();
}

}  // namespace

TEST(MatcherEval, SharedEvalSet) {
  const std::string path = VK_SOURCE_DIR "/server/tests/data/eval/help-questions.tsv";
  std::vector<Row> rows = readEval(path);
  ASSERT_GE(rows.size(), 20u) << "eval file missing or short: " << path;
  const Matcher& matcher = starterMatcher();
  Counts c;
  for (const Row& r : rows) {
    MatchResult m = matcher.match(r.question);
    if (!count(r, m, c) && showMisses()) printMiss(r, m);
  }
  printFigures("shared eval set (../shared/eval, shipped thresholds)", c);
  EXPECT_GE(c.recall(), 0.93);
  EXPECT_GE(c.precision(), 0.85);
  EXPECT_GE(c.first(), 0.92);
  EXPECT_GE(c.groupF1(), 0.92);
}

TEST(MatcherEval, DevSetCrossValidated) {
  const std::string path = VK_SOURCE_DIR "/server/tests/data/help-questions-dev.tsv";
  std::vector<Row> rows = readEval(path);
  ASSERT_GE(rows.size(), 450u) << "dev set missing or short: " << path;
  const Matcher& matcher = starterMatcher();
  std::vector<RawScores> raw;
  raw.reserve(rows.size());
  for (const Row& r : rows) {
    ASSERT_GE(r.fold, 1) << r.id;
    ASSERT_LE(r.fold, 5) << r.id;
    raw.push_back(matcher.scores(r.question));
  }
  Counts pooled;
  double sumR = 0, sumP = 0, sumF = 0, sumG = 0;
  for (int fold = 1; fold <= 5; ++fold) {
    // Choose on the other four folds.
    const Thresholds best = choose(matcher, rows, raw, fold);
    Counts test;
    for (std::size_t i = 0; i < rows.size(); ++i)
      if (rows[i].fold == fold) {
        MatchResult m = matcher.select(raw[i], best);
        count(rows[i], m, test);
        count(rows[i], m, pooled);
      }
    std::ostringstream label;
    label << "dev fold " << fold << " (chosen on the others: " << describe(best) << ")";
    printFigures(label.str(), test);
    sumR += test.recall();
    sumP += test.precision();
    sumF += test.first();
    sumG += test.groupF1();
  }
  std::cout << std::fixed << std::setprecision(3) << "dev set, 5-fold cross-validated mean: questions="
            << rows.size() << " domain_recall=" << sumR / 5 << " domain_precision=" << sumP / 5
            << " first_domain=" << sumF / 5 << " group_f1=" << sumG / 5 << "\n";

  // The shipped thresholds on the whole dev set (they were chosen on all of it, so this is not
  // a held-out figure), and the misses of folds 1-4 on request.
  Counts shipped;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    MatchResult m = matcher.select(raw[i], matcher.thresholds());
    if (!count(rows[i], m, shipped) && showMisses() && rows[i].fold != 5) printMiss(rows[i], m);
  }
  printFigures("dev set, shipped thresholds (not held out)", shipped);
  // What the whole dev set prefers (how the shipped thresholds were chosen), and the objective of
  // both on the whole dev set: the search (grid, then one round of factors) is local, so the
  // shipped thresholds may score higher than what it finds.
  const Thresholds preferred = choose(matcher, rows, raw, 0);
  Counts pref;
  for (std::size_t i = 0; i < rows.size(); ++i) count(rows[i], matcher.select(raw[i], preferred), pref);
  std::cout << "dev set prefers: " << describe(preferred) << "\n";
  std::cout << std::fixed << std::setprecision(4) << "dev set objective (domain F1 + first + group F1): shipped "
            << objective(shipped) << ", preferred " << objective(pref) << "\n";

  // 0.923 / 0.847 / 0.957 / 0.946 on the first 300 rows after the eighth round (inferred
  // domains); 0.857 / 0.790 / 0.880 / 0.917 on all 450 since d-301..d-450 joined, unseen until then;
  // 0.871 / 0.796 / 0.891 / 0.917 after the ninth round.
  EXPECT_GE(sumR / 5, 0.85);
  EXPECT_GE(sumP / 5, 0.78);
  EXPECT_GE(sumF / 5, 0.87);
  EXPECT_GE(sumG / 5, 0.89);
}

// The fold figures move by ±0.04 when one fold's chosen thresholds flip between near-ties, so a
// change is also judged by the mean over other fold assignments: the dev rows dealt into five
// folds anew (a fixed shuffle per round), thresholds chosen on four and measured on the fifth.
TEST(MatcherEval, DevSetRepeatedCrossValidation) {
  const std::string path = VK_SOURCE_DIR "/server/tests/data/help-questions-dev.tsv";
  std::vector<Row> rows = readEval(path);
  ASSERT_GE(rows.size(), 300u);
  const Matcher& matcher = starterMatcher();
  std::vector<RawScores> raw;
  for (const Row& r : rows) raw.push_back(matcher.scores(r.question));
  constexpr int kRounds = 4;
  double sumR = 0, sumP = 0, sumF = 0, sumG = 0;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<Row> dealt = rows;
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::uint64_t x = 0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(round + 1);  // splitmix64
    for (std::size_t i = order.size(); i > 1; --i) {
      x += 0x9E3779B97F4A7C15ull;
      std::uint64_t z = x;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      z ^= z >> 31;
      std::swap(order[i - 1], order[z % i]);
    }
    for (std::size_t k = 0; k < order.size(); ++k) dealt[order[k]].fold = static_cast<int>(k % 5) + 1;
    for (int fold = 1; fold <= 5; ++fold) {
      const Thresholds best = choose(matcher, dealt, raw, fold);
      Counts test;
      for (std::size_t i = 0; i < dealt.size(); ++i)
        if (dealt[i].fold == fold) count(dealt[i], matcher.select(raw[i], best), test);
      sumR += test.recall();
      sumP += test.precision();
      sumF += test.first();
      sumG += test.groupF1();
    }
  }
  const double n = 5.0 * kRounds;
  std::cout << std::fixed << std::setprecision(3) << "dev set, 5-fold CV over " << kRounds
            << " other fold assignments, mean: domain_recall=" << sumR / n << " domain_precision=" << sumP / n
            << " first_domain=" << sumF / n << " group_f1=" << sumG / n << "\n";
  // 0.914 / 0.841 / 0.952 / 0.948 on the first 300 rows after the eighth round; 0.862 / 0.781 /
  // 0.883 / 0.919 on all 450; 0.875 / 0.789 / 0.891 / 0.919 after the ninth round.
  EXPECT_GE(sumR / n, 0.85);
  EXPECT_GE(sumP / n, 0.77);
  EXPECT_GE(sumF / n, 0.87);
  EXPECT_GE(sumG / n, 0.89);
}

// The figures of a held-out set with the shipped thresholds; its misses are never printed.
// Floors a little under a set's figures, so that a regression on unseen questions fails.
struct Floors {
  double recall, precision, first, groupF1;
};

static void heldOutFigures(const std::string& file, const std::string& label, const Floors& floors) {
  const std::string path = VK_SOURCE_DIR "/server/tests/data/" + file;
  std::vector<Row> rows = readEval(path);
  EXPECT_GE(rows.size(), 100u) << "held-out set missing or short: " << path;
  const Matcher& matcher = starterMatcher();
  Counts c;
  for (const Row& r : rows) count(r, matcher.match(r.question), c);  // misses never shown
  printFigures(label, c);
  EXPECT_GE(c.recall(), floors.recall) << label;
  EXPECT_GE(c.precision(), floors.precision) << label;
  EXPECT_GE(c.first(), floors.first) << label;
  EXPECT_GE(c.groupF1(), floors.groupF1) << label;
}

TEST(MatcherEval, HeldOutSet) {
  // Floors a little under the figure at the end of issue 13's fifth round
  // (0.826 / 0.860 / 0.938 / 0.911), so that a regression on unseen questions fails.
  heldOutFigures("help-questions-holdout.tsv", "held-out set (unseen while tuning, shipped thresholds)",
                 {0.82, 0.84, 0.92, 0.89});
}

TEST(MatcherEval, HeldOutSet2) {
  // A second held-out set, server/tests/data/help-questions-holdout2.tsv (112 questions, columns
  // as the shared set), written by the third issue-13 session before it changed any recognition
  // code, after the first held-out set's figures had been read by earlier sessions. Its misses
  // are never printed either (shipped thresholds).
  // Floors a little under the figure at the end of issue 13's fifth round (0.807 / 0.764 / 0.884
  // / 0.866; before the third session's changes 0.797 / 0.736 / 0.866 / 0.866; after the eighth
  // round 0.818 / 0.762 / 0.893 / 0.866).
  heldOutFigures("help-questions-holdout2.tsv", "held-out set 2 (unseen while tuning, shipped thresholds)",
                 {0.80, 0.75, 0.87, 0.85});
}

TEST(MatcherEval, HeldOutSet3) {
  // A third held-out set, server/tests/data/help-questions-holdout3.tsv (116 questions, columns
  // as the shared set), written by the fourth issue-13 session before it changed any recognition
  // code, about situations and wording the other sets do not use. Misses never printed.
  // Floors a little under the figure at the end of issue 13's fifth round (0.808 / 0.719 / 0.853
  // / 0.893; the unchanged code's: 0.773 / 0.704 / 0.810 / 0.893; after the eighth round 0.828 /
  // 0.727 / 0.862 / 0.893).
  heldOutFigures("help-questions-holdout3.tsv", "held-out set 3 (unseen while tuning, shipped thresholds)",
                 {0.81, 0.70, 0.84, 0.87});
}

TEST(MatcherEval, HeldOutSet4) {
  // A fourth held-out set, server/tests/data/help-questions-holdout4.tsv (115 questions, columns
  // as the shared set), written after issue 13's fifth round and before the sixth changed any
  // recognition code, by a session that does not tune the matcher, about situations the other
  // sets do not use. Misses never printed.
  // Floors about 0.03 under the figure of the code it was written against (issue 13's fifth
  // round, unchanged): 0.778 / 0.716 / 0.800 / 0.920; after the eighth round 0.789 / 0.718 /
  // 0.809 / 0.920.
  heldOutFigures("help-questions-holdout4.tsv", "held-out set 4 (unseen while tuning, shipped thresholds)",
                 {0.76, 0.69, 0.77, 0.89});
}

TEST(MatcherEval, HeldOutSet5) {
  // A fifth held-out set, server/tests/data/help-questions-holdout5.tsv (115 questions, columns
  // as the shared set), written after issue 13's seventh round while the next one tuned on the
  // dev set, by a session that writes no matcher code or catalogue words and did not read them,
  // about situations the other sets do not use. Misses never printed.
  // Floors 0.02-0.03 under the figure of the code it was written against (main at 5da6ca3,
  // unchanged): 0.744 / 0.697 / 0.774 / 0.891.
  heldOutFigures("help-questions-holdout5.tsv", "held-out set 5 (unseen while tuning, shipped thresholds)",
                 {0.72, 0.67, 0.75, 0.87});
}

TEST(MatcherEval, HeldOutSet6) {
  // A sixth held-out set, server/tests/data/help-questions-holdout6.tsv (115 questions, columns
  // as the shared set), written after issue 13's ninth round and before any tenth, by a session
  // that writes no matcher code or catalogue words and did not read them or any other help
  // question file. Misses never printed.
  // Floors 0.02-0.03 under the figure of the code it was written against (main at 026a986,
  // unchanged): 0.861 / 0.652 / 0.887 / 0.929.
  heldOutFigures("help-questions-holdout6.tsv", "held-out set 6 (unseen while tuning, shipped thresholds)",
                 {0.84, 0.63, 0.86, 0.90});
}

TEST(MatcherEval, SelectWithShippedThresholdsIsMatch) {
  const Matcher& matcher = starterMatcher();
  for (const char* q : {"Mevrouw van 84 heeft een huurachterstand en durft de deur niet uit.",
                        "zoon van 16 spijbelt", "Er is niets aan de hand."}) {
    MatchResult a = matcher.match(q), b = matcher.select(matcher.scores(q), matcher.thresholds());
    ASSERT_EQ(a.domains.size(), b.domains.size()) << q;
    for (std::size_t i = 0; i < a.domains.size(); ++i) EXPECT_EQ(a.domains[i].id, b.domains[i].id) << q;
    ASSERT_EQ(a.groups.size(), b.groups.size()) << q;
  }
}

// VK_MATCHER_EXPLAIN="tekst" build/vk_unit_matcher_eval_test --gtest_filter='*Explain*': how a
// question was read (keys per word) and its domain scores, for looking at dev-set misses.
TEST(MatcherEval, Explain) {
  const char* q = std::getenv("VK_MATCHER_EXPLAIN");
  if (!q) GTEST_SKIP() << "set VK_MATCHER_EXPLAIN";
  const Matcher& matcher = starterMatcher();
  for (const std::string& line : matcher.explain(q)) std::cout << "  " << line << "\n";
  MatchResult m = matcher.match(q);
  for (auto& s : m.domains) std::cout << "  domain " << s.id << " " << s.score << "\n";
  for (auto& s : m.aspects) std::cout << "  aspect " << s.id << " " << s.score << "\n";
  for (auto& s : m.groups) std::cout << "  group " << s.id << " " << s.score << "\n";
}
