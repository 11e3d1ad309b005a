using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Cases;

namespace CommandCenter.Web.Api;

/// <summary>Case photos (evidence): JPEG, PNG or WebP up to 5 MB, stored in PostgreSQL.</summary>
public static class CasePhotosApi
{
    public static IEndpointRouteBuilder MapCasePhotosApi(this IEndpointRouteBuilder app)
    {
        var photos = app.MapGroup("/api/cases/{id}/photos").WithTags("Cases");
        photos.MapPost("/", Upload).RequireAuthorization(Policies.CaseWorker).DisableAntiforgery();
        photos.MapGet("/{photoId:long}", Download).RequireAuthorization(Policies.Reader);
        return app;
    }

    /// <summary>multipart <c>file</c>. 201 with the case; 413 over the size limit; 415 not an image of an accepted type; nothing stored then.</summary>
    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Upload(
        string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CasePhotoStore store, DomainClock time, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return Problems.NotFound($"Case '{id}' does not exist.");
        }

        if (!CasePermissions.MayAttach(user, current))
        {
            return CasesApi.Forbidden($"Your account may not attach photos to case {id}.");
        }

        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Send multipart/form-data with the photo in 'file'.");
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problems.Invalid("file", "The multipart form could not be read: " + exception.Message);
        }

        if (file is not { Length: > 0 })
        {
            return Problems.Invalid("file", "A non-empty photo is required in 'file'.");
        }

        if (file.Length > PhotoRules.MaxBytes)
        {
            return TooLarge();
        }

        await using var content = file.OpenReadStream();
        if (await PhotoRules.ReadBounded(content, cancellationToken) is not { } bytes)
        {
            return TooLarge();
        }

        if (PhotoRules.Sniff(bytes) is not { } type)
        {
            return TypedResults.Problem("照片须为 JPEG、PNG 或 WebP / the photo must be a JPEG, PNG or WebP image.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported photo type");
        }

        var by = user.Identity?.Name ?? "?";
        var photoId = await store.Add(id, new CasePhoto(type, bytes), by, time.GetUtcNow());
        try
        {
            return TypedResults.Created($"/api/cases/{id}/photos/{photoId}", await grain.AddPhoto(photoId));
        }
        catch
        {
            await store.Remove(photoId);
            throw;
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(string id, long photoId, CasePhotoStore store) =>
        Ids.IsValid(id) && await store.Get(id, photoId) is { } photo
            ? TypedResults.File(photo.Content, photo.ContentType)
            : Problems.NotFound($"Photo {photoId} of case '{id}' does not exist.");

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"照片不能超过 {PhotoRules.MaxBytes / 1024 / 1024} MB / the photo is larger than {PhotoRules.MaxBytes / 1024 / 1024} MB.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Photo too large");
}
