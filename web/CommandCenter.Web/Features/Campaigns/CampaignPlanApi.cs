using CommandCenter.Planning;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Import and export of a campaign's task decomposition table (任务分解表).</summary>
public static class CampaignPlanApi
{
    /// <summary>The largest import request: the largest table file plus room for the form around it.</summary>
    public const long MaxImportRequestBytes = TaskTableReader.MaxFileBytes + 1024 * 1024;

    public static IEndpointRouteBuilder MapCampaignPlanApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaign plans");
        campaigns.MapPost("/import", Import).RequireAuthorization(Policies.Office).DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxImportRequestBytes));
        campaigns.MapGet("/{id}/export", Export).RequireAuthorization(Policies.Reader);
        campaigns.MapPost("/{id}/clone", Clone).RequireAuthorization(Policies.Office);
        campaigns.MapPut("/{id}/settings", SaveSettings).RequireAuthorization(Policies.Office);
        return app;
    }

    /// <summary>
    /// multipart: <c>file</c> (.xlsx or .csv), <c>name</c>, <c>startDate</c>, <c>endDate</c>, optional <c>timeZone</c> and <c>id</c>.
    /// 201 with the new campaign's id; 400 for a bad form, 422 with every row error; nothing is stored unless all is valid.
    /// </summary>
    private static async Task<Results<Created<ImportedCampaign>, ProblemHttpResult>> Import(HttpRequest request, CampaignImporter importer, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Send multipart/form-data with a file and the campaign's name and dates.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Of(Refusal.TooLarge("file", $"An import may be at most {TaskTableReader.MaxFileBytes / (1024 * 1024)} MB; nothing was imported."));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problems.Invalid("file", "The multipart form could not be read: " + exception.Message);
        }

        var (campaign, formError) = ImportForm.Read(form);
        if (formError is { } error)
        {
            return Problems.Invalid(error.Field, error.Reason);
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problems.Invalid("file", "A non-empty .xlsx or .csv file is required.");
        }

        await using var content = file.OpenReadStream();
        var table = await TaskTableReader.ReadAsync(content, file.FileName, cancellationToken);
        var result = table.IsValid ? await importer.Import(campaign!, table.Rows) : new ImportResult(null, table.Errors);
        if (result.RowErrors.Count > 0)
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The table has errors",
                Detail = $"{result.RowErrors.Count} error(s); nothing was imported.",
                Extensions = { ["errors"] = result.RowErrors.Select(e => new { row = e.Row, column = e.Column, reason = e.Reason }) },
            });
        }

        if (result.Conflict is { } conflict)
        {
            return Problems.Of(Refusal.Conflict("id", conflict));
        }

        return TypedResults.Created($"/api/campaigns/{campaign!.Id}", new ImportedCampaign(campaign.Id, result.Tasks));
    }

    /// <summary><c>{ name, startDate, endDate?, id? }</c> → 201 with the new campaign (same plan, dates shifted, no progress).</summary>
    private static async Task<Results<Created<ImportedCampaign>, ProblemHttpResult>> Clone(string id, CloneRequest? request, CampaignCloner cloner)
    {
        if (!Ids.IsValid(id))
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        return Problems.AnswerCreated(await cloner.Clone(id, request), c => $"/api/campaigns/{c.Id}");
    }

    /// <summary>Name, dates, time zone, tolerance and report window; the tasks keep their progress.</summary>
    private static async Task<Results<Ok<CampaignDefinition>, ProblemHttpResult>> SaveSettings(string id, CampaignSettingsRequest? request, CampaignSettings settings)
    {
        if (!Ids.IsValid(id))
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        return Problems.Answer(await settings.Save(id, request));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Export(string id, string? format, string? language, IGrainFactory grains)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICampaignGrain>(id).GetSnapshot() is not { } snapshot)
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        var lang = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? TaskTableLanguage.English : TaskTableLanguage.Chinese;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Invalid("format", "format is xlsx (default) or csv.");
        }

        var buffer = new MemoryStream();
        var rows = CampaignPlan.ToRows(snapshot);
        if (csv)
        {
            TaskTableWriter.WriteCsv(rows, buffer, lang);
        }
        else
        {
            TaskTableWriter.WriteXlsx(rows, buffer, lang);
        }

        buffer.Position = 0;
        return TypedResults.File(buffer,
            csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{id}-任务分解表.{(csv ? "csv" : "xlsx")}");
    }
}
