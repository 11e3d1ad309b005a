namespace CommandCenter.Web.Features.Grids;

public sealed record GridImportResult(int Imported, IReadOnlyList<string> Codes);
