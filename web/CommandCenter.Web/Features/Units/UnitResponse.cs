using CommandCenter.Units;

namespace CommandCenter.Web.Features.Units;

/// <summary>One unit of the directory: <c>{ id, name, shortName, kind, parentId }</c>.</summary>
public sealed record UnitResponse(int Id, string Name, string ShortName, string Kind, int? ParentId)
{
    public static UnitResponse Of(UnitEntry unit) => new(unit.Id, unit.Name, unit.ShortName, UnitKinds.Code(unit.Kind), unit.ParentId);
}
