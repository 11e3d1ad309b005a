namespace CommandCenter.Units;

/// <summary>One entry of the unit directory (单位): a stable id, its name (unique), short name, kind and parent unit.</summary>
[GenerateSerializer, Immutable, Alias("UnitEntry")]
public sealed record UnitEntry(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string ShortName,
    [property: Id(3)] UnitKind Kind,
    [property: Id(4)] int? ParentId);
