#pragma once
// The team's training plan (scholingsplan) as an XLSX workbook and as a PDF (cairo + pango,
// DejaVu Sans), both returned as bytes.
#include <string>
#include <vector>

namespace vk::exporter {

struct PlanRow {
  int rank = 0;
  std::string domain, aspect, learners, mentor, targetLevel, targetDate, progress, note;
};

struct PlanDocument {
  std::string team;
  std::string created;  // YYYY-MM-DD
  std::vector<PlanRow> rows;
};

std::string trainingPlanXlsx(const PlanDocument& plan);
std::string trainingPlanPdf(const PlanDocument& plan);

}  // namespace vk::exporter
