using System.Security.Claims;
using CommandCenter.Assessment;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>Who reads what of the assessment: the office and viewers everything; a unit head their own unit; a grid head their own grids.</summary>
public static class AssessmentAccess
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Viewer);

    public static bool Owns(ClaimsPrincipal user, SubjectKind kind, string subject) => kind switch
    {
        SubjectKind.Units => user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) == subject,
        SubjectKind.Grids => user.IsInRole(Roles.GridHead) && user.FindAll(ClaimNames.Grid).Any(c => c.Value == subject),
        _ => false,
    };

    public static bool Sees(ClaimsPrincipal user, SubjectKind kind, string subject) => SeesAll(user) || Owns(user, kind, subject);

    public static Standings Visible(ClaimsPrincipal user, Standings standings) =>
        SeesAll(user) ? standings : standings with { Items = standings.Items.Where(i => Owns(user, standings.Subjects, i.Subject)).ToList() };
}
