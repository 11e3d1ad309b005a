using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

public sealed record CaseRequest(
    [property: TextField] string? GridCode,
    [property: TextField] string? Category,
    [property: TextField] string? Subcategory,
    [property: TextField] string? Source,
    [property: TextField(multiLine: true, maxLength: CasesApi.MaxDescriptionLength)] string? Description,
    [property: TextField(maxLength: 500)] string? Location,
    double? Latitude = null,
    double? Longitude = null);
