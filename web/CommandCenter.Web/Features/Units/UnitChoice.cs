namespace CommandCenter.Web.Features.Units;

/// <summary>A unit as the pickers offer it: its name (the value) and its name with its short name (the text).</summary>
public sealed record UnitChoice(string Name, string Text)
{
    public static UnitChoice Of(UnitResponse unit) =>
        new(unit.Name, unit.ShortName.Length > 0 && unit.ShortName != unit.Name ? $"{unit.Name}（{unit.ShortName}）" : unit.Name);
}
