using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CommandCenter.Web.Wall;

/// <summary>
/// One message for a campaign's screens; serialized once for every screen that is up to date (as a group send is),
/// merged into the outbox of each screen that is still busy with an earlier one.
/// </summary>
public sealed class ScreenMessage(string target, object? argument)
{
    private SerializedHubMessage? _shared;

    public string Target => target;

    public object? Argument => argument;

    public SerializedHubMessage Shared => _shared ??= Serialized(target, argument);

    public static SerializedHubMessage Serialized(string target, object? argument) =>
        new(new InvocationMessage(target, argument is null ? [] : [WallContract.Wire(argument)]));
}
