using CommandCenter.Cases;
using CommandCenter.Grids;

namespace CommandCenter.Domain;

/// <summary>Turns an imported case into a case of a grid, checking that its status is complete (refused as <see cref="RefusalKind.Invalid"/>, field <c>cases[i].…</c>).</summary>
public static class HistoricalCases
{
    public static Outcome<CaseView> ToView(HistoricalCase c, int index, string id, GridDefinition grid, CaseRules rules, DateTimeOffset now)
    {
        string Field(string name) => $"cases[{index}].{name}";
        if (CaseCategories.Find(rules.Categories, c.Category, c.Subcategory) is not { } category)
        {
            return Refusal.Invalid(Field("subcategory"), $"未知的案件类别 {c.Category}/{c.Subcategory} / unknown category or subcategory.");
        }

        if (c.Status == CaseStatus.Withdrawn)
        {
            return Refusal.Invalid(Field("status"), "不能导入已作废的案件（作废的案件不计入任何统计）/ a withdrawn case is not imported: it counts nowhere.");
        }

        if (c.Status != CaseStatus.Reported && string.IsNullOrWhiteSpace(c.Unit))
        {
            return Refusal.Invalid(Field("unit"), "派遣后的案件需要处置单位 / a dispatched case needs its unit.");
        }

        if ((c.Status == CaseStatus.Closed) != (c.ClosedAt is not null) || c.ClosedAt < c.ReportedAt || c.ReportedAt > now)
        {
            return Refusal.Invalid(Field("closedAt"), "仅已销号案件有销号时间，且不早于上报时间 / closedAt belongs to closed cases only, not before reportedAt (and reportedAt not in the future).");
        }

        var deadline = WorkingTime.Deadline(rules.Calendar, c.ReportedAt, category.Limit);
        var open = c.Status is not (CaseStatus.Closed or CaseStatus.NotAccepted);
        return new CaseView
        {
            Id = id,
            GridCode = grid.Code,
            CampaignId = grid.CampaignId,
            Category = category.Category,
            Subcategory = category.Subcategory,
            Source = c.Source,
            Description = c.Description,
            Location = c.Location,
            Status = c.Status,
            Unit = c.Status == CaseStatus.Reported ? null : c.Unit!.Trim(),
            ReportedAt = c.ReportedAt,
            ReportedBy = c.ReportedBy,
            Limit = category.Limit,
            Deadline = deadline,
            Overdue = open && now >= deadline,
            ClosedAt = c.ClosedAt,
            ClosedOnTime = c.ClosedAt <= deadline,
            Verifier = c.Verifier,
            ReworkCount = c.ReworkCount,
            Handled = c.ReworkCount > 0 || c.Status is CaseStatus.Rectified or CaseStatus.Verified or CaseStatus.Closed or CaseStatus.Rework,
            Steps = [new CaseStep { At = c.ReportedAt, By = c.ReportedBy, To = CaseStatus.Reported, Note = "导入 / imported" }],
            Version = 1,
        };
    }
}
