namespace CommandCenter.Web.Api;

/// <summary>The field checks of a reported case, before any grain is asked.</summary>
public static class CaseRequestCheck
{
    public static ProblemHttpResult? Problem(CaseRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.GridCode))
        {
            return Problems.Invalid("gridCode", "gridCode is required.");
        }

        if (string.IsNullOrWhiteSpace(request.Category) || string.IsNullOrWhiteSpace(request.Subcategory))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(request.Category) ? "category" : "subcategory", "category and subcategory are required (e.g. 市容环境 / 道路保洁).");
        }

        if (!Enum.TryParse<CaseSource>(request.Source, ignoreCase: true, out _) || int.TryParse(request.Source, out _))
        {
            return Problems.Invalid("source", "source is one of patrol, hotline, media, inspection, digitalCenter.");
        }

        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > CasesApi.MaxDescriptionLength)
        {
            return Problems.Invalid("description", $"A description of 1 to {CasesApi.MaxDescriptionLength} characters is required.");
        }

        return null;
    }
}
