using CommandCenter.Domain;

namespace CommandCenter.Web.Features.Cases;

/// <summary>The field checks of a reported case, before any grain is asked.</summary>
public static class CaseRequestCheck
{
    /// <summary>The first field at fault and why, or null when every field is acceptable.</summary>
    public static (string Field, string Reason)? Problem(CaseRequest? request)
    {
        if (string.IsNullOrWhiteSpace(request?.GridCode))
        {
            return ("gridCode", "gridCode is required.");
        }

        if (string.IsNullOrWhiteSpace(request.Category) || string.IsNullOrWhiteSpace(request.Subcategory))
        {
            return (string.IsNullOrWhiteSpace(request.Category) ? "category" : "subcategory", "category and subcategory are required (e.g. 市容环境 / 道路保洁).");
        }

        if (!Enum.TryParse<CaseSource>(request.Source, ignoreCase: true, out _) || int.TryParse(request.Source, out _))
        {
            return ("source", "source is one of patrol, hotline, media, inspection, digitalCenter.");
        }

        if ((TextRules.FirstLineProblem(("gridCode", request.GridCode), ("category", request.Category), ("subcategory", request.Subcategory), ("source", request.Source))
            ?? TextRules.Check("location", request.Location, multiLine: false, 500)
            ?? TextRules.Check("description", request.Description, multiLine: true, CasesApi.MaxDescriptionLength)) is { } text)
        {
            return text;
        }

        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > CasesApi.MaxDescriptionLength)
        {
            return ("description", $"A description of 1 to {CasesApi.MaxDescriptionLength} characters is required.");
        }

        if ((request.Location?.Length ?? 0) > CasesApi.MaxLocationLength)
        {
            return ("location", $"位置最多 {CasesApi.MaxLocationLength} 字 / a location has at most {CasesApi.MaxLocationLength} characters.");
        }

        return Cases.CasePosition.Problem(request.Latitude, request.Longitude);
    }
}
