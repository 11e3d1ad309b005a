namespace CommandCenter.Web.Api;

public sealed record CaseRequest(string? GridCode, string? Category, string? Subcategory, string? Source, string? Description, string? Location);
