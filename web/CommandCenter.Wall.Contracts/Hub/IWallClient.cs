namespace CommandCenter.Wall.Contracts;

/// <summary>
/// What <c>/hubs/wall</c> sends a screen, one method per message (the method's name is the message's name): the
/// server's hub is a <c>Hub&lt;IWallClient&gt;</c>, and the screen subscribes with <c>nameof(IWallClient.X)</c>, so
/// the names and bodies are written once (docs/HUB-PROTOCOL.md).
/// </summary>
public interface IWallClient
{
    /// <summary>The whole campaign as of a sequence number; replaces what the screen shows.</summary>
    Task Snapshot(CampaignSnapshot snapshot);

    /// <summary>A frame: the campaign's changes after the screen's last one, in sequence order.</summary>
    Task Changes(IReadOnlyList<WallChange> changes);

    Task Heartbeat(HeartbeatMessage heartbeat);

    /// <summary>The office asks every screen of the campaign to reload its page.</summary>
    Task Reload();

    /// <summary>A weekly report was submitted or returned: the screen reads <see cref="IWallHub.Reports"/> again.</summary>
    Task ReportsChanged();

    /// <summary>The screen's display token was revoked; the connection is closed.</summary>
    Task Revoked();

    /// <summary>The connection came without a display token or an account, and walls are not public; it is closed.</summary>
    Task TokenRequired();

    Task CaseChanged(CaseWallChange change);

    Task Standings(StandingsBoard board);
}
