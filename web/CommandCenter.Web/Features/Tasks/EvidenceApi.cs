using System.Security.Claims;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Mvc;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>Evidence for task updates: upload (as whoever may update the task), list, download.</summary>
public static class EvidenceApi
{
    /// <summary>The request limit: one file of the largest size plus the multipart framing.</summary>
    public const long MaxRequestBytes = EvidenceRules.MaxBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/tasks/{taskId}/evidence", Upload).WithTags("Evidence")
            .RequireAuthorization(Policies.Writer).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
        app.MapGet("/api/tasks/{taskId}/evidence", List).WithTags("Evidence").RequireAuthorization(Policies.SignedIn);
        app.MapGet("/api/evidence/{id:guid}", Download).WithTags("Evidence").RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>multipart <c>file</c> → 201 with the stored file's id; 413 too large, 415 not an accepted type; nothing stored then.</summary>
    private static async Task<Results<Created<EvidenceFile>, ProblemHttpResult>> Upload(
        string taskId, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store, CancellationToken cancellationToken)
    {
        if (!Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is not { } task)
        {
            return Problems.NotFound($"Task '{taskId}' does not exist.");
        }

        if (!TaskPermissions.MayUpdate(user, task))
        {
            return Problems.OutOfScope("This task belongs to another unit; your account may not add evidence to it.");
        }

        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Send multipart/form-data with one file.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.Invalid("file", "A file is required.");
        }

        if (file.Length > EvidenceRules.MaxBytes)
        {
            return Refused(Refusal.TooLarge("file", $"A file may have at most {EvidenceRules.MaxBytes / 1024 / 1024} MB."));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var name = Path.GetFileName(file.FileName);
        if (EvidenceRules.Check(name, content) is { } refusal)
        {
            return Refused(refusal);
        }

        var stored = await store.Save(task, name, content, user.Identity?.Name ?? "?");
        return TypedResults.Created(stored.Url, stored);
    }

    private static async Task<Results<Ok<IReadOnlyList<EvidenceFile>>, ProblemHttpResult>> List(string taskId, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store) =>
        !Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is not { } task ? Problems.NotFound($"Task '{taskId}' does not exist.")
        : ReadScope.Of(user).MayReadTask(task) ? TypedResults.Ok(await store.List(taskId))
        : Problems.OutOfScope($"The evidence of task '{taskId}' is for the office, viewers and the units the task belongs to.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(Guid id, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store)
    {
        if (await store.Get(id) is not { } found || await grains.GetGrain<ITaskGrain>(found.File.TaskId).GetView() is not { } task)
        {
            return Problems.NotFound($"No evidence with id {id}.");
        }

        return ReadScope.Of(user).MayReadTask(task)
            ? TypedResults.File(found.Content, found.File.ContentType, found.File.FileName)
            : Problems.OutOfScope("This evidence is for the office, viewers and the units its task belongs to.");
    }

    private static ProblemHttpResult Refused(Refusal refusal) => Problems.Of(refusal with { Reason = refusal.Reason + " Nothing was stored." });
}
