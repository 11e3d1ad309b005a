namespace CommandCenter.Units;

/// <summary>A stored reference to a unit by name (view <c>unit_references</c>): what refers (task, line, notice, case, report, grid, account), which record, the name.</summary>
public sealed record UnitReference(string Kind, string Record, string UnitName, int? UnitId);
