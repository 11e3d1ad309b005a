namespace CommandCenter.Web.Api;

public sealed record GridImportResult(int Imported, IReadOnlyList<string> Codes);
