using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Units;

/// <summary>A unit of the directory as the office writes it: <c>kind</c> is department, affiliate, district or subdistrict.</summary>
public sealed record UnitRequest(
    [property: TextField(maxLength: UnitDirectory.MaxName)] string? Name,
    [property: TextField(maxLength: UnitDirectory.MaxShortName)] string? ShortName,
    [property: TextField(maxLength: 20)] string? Kind,
    int? ParentId);
