using CommandCenter.Domain;
using CommandCenter.Storage.Units;
using CommandCenter.Units;
using Microsoft.Extensions.Localization;

namespace CommandCenter.Web.Features.Units;

/// <summary>
/// The unit directory (单位) for the API, the units page, the pickers and the checks of other features: the office
/// adds and edits units; imports add the units they name for the first time; a name given for a unit must resolve here.
/// </summary>
public sealed class UnitDirectory(UnitStore store, IStringLocalizer<UnitDirectory> text)
{
    public const int MaxName = 100;
    public const int MaxShortName = 40;

    public async Task<IReadOnlyList<UnitResponse>> List() => (await store.List()).Select(UnitResponse.Of).ToList();

    /// <summary>Whether <paramref name="name"/> is a unit of the directory (its current name or an earlier one).</summary>
    public async Task<bool> Knows(string? name) => !string.IsNullOrWhiteSpace(name) && await store.Resolve(name) is not null;

    /// <summary>The refusal of <paramref name="name"/> in <paramref name="field"/> when it names no unit of the directory.</summary>
    public async Task<Refusal?> Unknown(string field, string? name) =>
        await Knows(name) ? null : Refusal.Invalid(field, text["单位“{0}”不在单位目录中，请从目录中选择。", name ?? ""]);

    public Task<Outcome<UnitResponse>> Create(UnitRequest? request) => Write(null, request);

    public Task<Outcome<UnitResponse>> Update(int id, UnitRequest? request) => Write(id, request);

    /// <summary>Adds the units an import names that the directory has not seen, their kind read from the name.</summary>
    public Task<int> Register(IEnumerable<string> names, string? parent = null) =>
        store.Register(names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (n.Trim(), "", UnitKinds.FromName(n), parent)));

    private async Task<Outcome<UnitResponse>> Write(int? id, UnitRequest? request)
    {
        var name = request?.Name?.Trim() ?? "";
        var shortName = request?.ShortName?.Trim() ?? "";
        if (TextRules.Check("name", name, multiLine: false, MaxName) is { } badName)
        {
            return Refusal.Invalid(badName.Field, badName.Reason);
        }

        if (TextRules.Check("shortName", shortName, multiLine: false, MaxShortName) is { } badShort)
        {
            return Refusal.Invalid(badShort.Field, badShort.Reason);
        }

        if (name.Length == 0)
        {
            return Refusal.Invalid("name", text["请填写单位名称。"]);
        }

        if (UnitKinds.Parse(request?.Kind) is not { } kind)
        {
            return Refusal.Invalid("kind", text["单位类别须为处室（department）、直属单位（affiliate）、区县（district）或街道（subdistrict）。"]);
        }

        var (result, unit) = id is { } existing
            ? await store.Update(existing, name, shortName, kind, request!.ParentId)
            : await store.Create(name, shortName, kind, request!.ParentId);
        return result switch
        {
            UnitWriteResult.Stored => UnitResponse.Of(unit!),
            UnitWriteResult.NameTaken => Refusal.Conflict("name", text["单位名称“{0}”已被其他单位使用。", name]),
            UnitWriteResult.UnknownParent => Refusal.Invalid("parentId", text["上级单位 {0} 不存在。", request.ParentId!]),
            UnitWriteResult.ParentCycle => Refusal.Invalid("parentId", text["上级单位不能是本单位或其下级单位。"]),
            _ => Refusal.NotFound(text["单位 {0} 不存在。", id!], "id"),
        };
    }
}
