using System.Text.Json;

namespace CommandCenter.Seeding;

/// <summary>
/// The demo drive "大干实干一百天 守住底线创亮点", anchored so that today (in its time zone) is the day the file names,
/// so a newcomer's first screen shows a campaign in full swing.
/// </summary>
public sealed class DemoCampaign
{
    public const string Id = DemoCampaignId.Value;

    private const string Resource = "CommandCenter.Seeding.demo-campaign.json";

    private DemoCampaign(CampaignDefinition campaign, IReadOnlyList<(TaskDefinition Task, IReadOnlyList<ProgressEntry> History)> tasks)
    {
        Campaign = campaign;
        Tasks = tasks;
    }

    public CampaignDefinition Campaign { get; }

    public IReadOnlyList<(TaskDefinition Task, IReadOnlyList<ProgressEntry> History)> Tasks { get; }

    public static DemoCampaign Create(TimeProvider time)
    {
        using var stream = typeof(DemoCampaign).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded.");
        var file = JsonSerializer.Deserialize<DemoCampaignFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{Resource} is empty.");

        var zone = CampaignClock.Zone(file.TimeZone);
        var start = CampaignClock.Today(time, file.TimeZone).AddDays(1 - file.CurrentDay);
        DateOnly DayToDate(int day) => start.AddDays(day - 1);
        DateTimeOffset Evening(int day)
        {
            var local = DayToDate(day).ToDateTime(new TimeOnly(17, 0));
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        var tasks = new List<(TaskDefinition, IReadOnlyList<ProgressEntry>)>();
        var lines = new List<LineOfEffortDefinition>();
        foreach (var line in file.Lines)
        {
            var ids = new List<string>();
            foreach (var task in line.Tasks)
            {
                var id = $"{file.Id}.{task.Code}";
                ids.Add(id);
                tasks.Add((new TaskDefinition
                {
                    Id = id,
                    CampaignId = file.Id,
                    LineCode = line.Code,
                    Code = task.Code,
                    Title = task.Title,
                    OwnerUnit = task.OwnerUnit,
                    CoUnits = task.CoUnits ?? [],
                    StartDate = start,
                    DueDate = DayToDate(task.DueDay),
                    Target = new TaskTarget
                    {
                        Kind = Enum.Parse<TargetKind>(task.TargetKind, ignoreCase: true),
                        Value = task.TargetValue,
                        Baseline = task.Baseline,
                        UnitOfMeasure = task.UnitOfMeasure,
                    },
                    TimeZone = file.TimeZone,
                }, task.Updates.Select(u => new ProgressEntry { At = Evening(u.Day), By = u.By, Value = u.Value, Note = u.Note }).ToList()));
            }

            lines.Add(new LineOfEffortDefinition { Code = line.Code, Title = line.Title, LeadUnit = line.LeadUnit, Leader = line.Leader, TaskIds = ids });
        }

        var campaign = new CampaignDefinition
        {
            Id = file.Id,
            Name = file.Name,
            StartDate = start,
            EndDate = DayToDate(file.DurationDays),
            TimeZone = file.TimeZone,
            Lines = lines,
        };
        return new DemoCampaign(campaign, tasks);
    }
}
