using CommandCenter.Domain;
using CommandCenter.Reports;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

/// <summary>
/// <c>/hubs/wall</c>: a screen invokes <c>Subscribe(campaignId)</c> and receives <c>Snapshot</c>, then <c>Changes</c>
/// frames; after a reconnect, <c>Resume(campaignId, sequence)</c> sends what it missed. A screen connects with a
/// display token (<c>access_token</c>) or a signed-in account; a revoked token is refused with <c>Revoked</c>, a
/// connection with neither with <c>TokenRequired</c> (unless <c>Wall:Public</c>). The wall gets only what it draws:
/// no report texts, notice contents or names. See docs/HUB-PROTOCOL.md.
/// </summary>
public sealed class WallHub(IGrainFactory grains, DisplayConnections displays, DomainClock clock, CommandCenter.Ledger.ICaseLedger ledger, WallAccess access, CommandCenter.Web.Features.Map.GridMaps maps, WallScreens screens) : Hub<W.IWallClient>, W.IWallHub
{
    public const string Path = "/hubs/wall";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.Identity?.IsAuthenticated != true)
        {
            if (DisplaySecret(Context.GetHttpContext()) is { Length: > 0 } secret)
            {
                if (!await displays.Admit(Context, secret))
                {
                    await Refuse(Clients.Caller.Revoked);
                    return;
                }
            }
            else if (!access.Public)
            {
                await Refuse(Clients.Caller.TokenRequired);
                return;
            }
        }

        await base.OnConnectedAsync();
    }

    private async Task Refuse(Func<Task> say)
    {
        await say();
        Context.Abort();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        displays.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Browsers send the token as <c>access_token</c> in the query; other clients as a bearer header.</summary>
    private static string? DisplaySecret(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var query = http.Request.Query["access_token"].ToString();
        if (query.Length > 0)
        {
            return query;
        }

        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public Task Subscribe(string campaignId) => Resume(campaignId, -1);

    /// <summary>Joins the campaign, then sends the changes after <paramref name="sequence"/> or, if they are gone, a snapshot.</summary>
    public async Task Resume(string campaignId, long sequence)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId))
        {
            throw new HubException("Unknown campaign.");
        }

        // Join first, then read: a change that lands in between arrives twice at worst, never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId));
        screens.Watch(Context.ConnectionId, campaignId);
        var catchUp = await grains.GetGrain<ICampaignGrain>(campaignId).CatchUp(sequence);
        if (catchUp is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId));
            screens.Unwatch(Context.ConnectionId, campaignId);
            throw new HubException("Unknown campaign.");
        }

        if (catchUp.Snapshot is { } snapshot)
        {
            await Clients.Caller.Snapshot(snapshot.ToWall(catchUp.Recent));
        }
        else if (catchUp.Changes.Count > 0)
        {
            // The latest change of each task since the screen's sequence: bounded by the campaign, not the log.
            await Clients.Caller.Changes(FrameCoalescer.Compact(catchUp.Changes, sequence).ToWall());
        }
    }

    /// <summary>This week's weekly-report status per lead unit (screens poll it; it changes a few times a week).</summary>
    public async Task<WeekReports?> Reports(string campaignId)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId)
            || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is not { } campaign)
        {
            throw new HubException("Unknown campaign.");
        }

        var week = ReportWeek.Current(clock, campaign.TimeZone);
        return WallRedaction.Of(await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, week)).Get());
    }

    /// <summary>The campaign's grids with their counts, the totals and the latest reported cases (the grid page's start; then <c>CaseChanged</c>).</summary>
    public async Task<GridBoard> Grids(string campaignId)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId)
            || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is null)
        {
            throw new HubException("Unknown campaign.");
        }

        var rows = (await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List()).Where(r => r.Grid.CampaignId == campaignId).ToList();
        var recent = await ledger.Query(new CommandCenter.Ledger.CaseQuery { CampaignId = campaignId, Withdrawn = false, PageSize = 20 });
        return new GridBoard
        {
            Grids = rows.Select(r => new GridTile { Code = r.Grid.Code, Name = r.Grid.Name, District = r.Grid.District, Stats = r.Stats }).ToList(),
            Total = rows.Aggregate(CaseStats.Zero, (sum, r) => sum + r.Stats),
            Recent = recent.Items.Select(c => new CaseTick
            {
                Id = c.Id, GridCode = c.GridCode, Category = c.Category, Subcategory = c.Subcategory, Status = c.Status, Unit = c.Unit, Overdue = c.Overdue, At = c.ReportedAt,
            }).ToList(),
        };
    }

    /// <summary>The map page's grids with their boundaries and the campaign's open cases that have a position (colours come from <c>Grids</c> and <c>CaseChanged</c>).</summary>
    public async Task<W.MapData> Map(string campaignId)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId)
            || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is null)
        {
            throw new HubException("Unknown campaign.");
        }

        return await maps.Read(campaignId, null);
    }

    /// <summary>The campaign's open supervision notices with their stage as of now (screens poll it: stages move with the clock).</summary>
    public async Task<IReadOnlyList<SupervisionNotice>> Notices(string campaignId)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId)
            || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is null)
        {
            throw new HubException("Unknown campaign.");
        }

        return (await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List())
            .Where(n => n.CampaignId == campaignId && n.Status != NoticeStatus.Closed)
            .OrderByDescending(n => n.Stage).ThenBy(n => n.Deadline).Select(WallRedaction.Of).ToList();
    }

    /// <summary>The open period's unit, grid and district standings (the 排名 page's start; then <c>Standings</c> messages).</summary>
    public async Task<CommandCenter.Assessment.StandingsBoard?> Standings(string campaignId)
    {
        if (!Ids.IsValid(campaignId) || !displays.MayWatch(Context.ConnectionId, campaignId)
            || await grains.GetGrain<CommandCenter.Assessment.IAssessmentGrain>(campaignId).GetBoard() is not { } board)
        {
            throw new HubException("Unknown campaign.");
        }

        return board;
    }

    public Task Unsubscribe(string campaignId)
    {
        if (!Ids.IsValid(campaignId))
        {
            return Task.CompletedTask;
        }

        screens.Unwatch(Context.ConnectionId, campaignId);
        return Groups.RemoveFromGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId));
    }
}
