namespace CommandCenter.Seeding;

/// <summary>The shape of the embedded demo campaign (Seeding/demo-campaign.json): days are days of the campaign.</summary>
internal sealed record DemoCampaignFile(string Id, string Name, int DurationDays, int CurrentDay, string TimeZone, List<DemoCampaignFile.Line> Lines)
{
    internal sealed record Line(string Code, string Title, string LeadUnit, string Leader, List<Task> Tasks);

    internal sealed record Task(
        string Code, string Title, string OwnerUnit, List<string>? CoUnits, string TargetKind, decimal TargetValue,
        decimal Baseline, string UnitOfMeasure, int DueDay, List<Update> Updates);

    internal sealed record Update(int Day, decimal Value, string Note, string By);
}
