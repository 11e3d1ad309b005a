using System.Security.Claims;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>Case photos (evidence): JPEG, PNG or WebP up to 5 MB, stored in PostgreSQL.</summary>
public static class CasePhotosApi
{
    public static IEndpointRouteBuilder MapCasePhotosApi(this IEndpointRouteBuilder app)
    {
        var photos = app.MapGroup("/api/cases/{id}/photos").WithTags("Cases");
        photos.MapPost("/", Upload).RequireAuthorization(Policies.CaseWorker).DisableAntiforgery();
        photos.MapGet("/{photoId:long}", Download).RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>multipart <c>file</c>. 201 with the case; 413 over the size limit; 415 not an image of an accepted type; nothing stored then.</summary>
    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Upload(
        string id, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, CaseDesk desk, CancellationToken cancellationToken)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICaseGrain>(id).Get() is not { } current)
        {
            return Problems.NotFound($"Case '{id}' does not exist.");
        }

        if (!CasePermissions.MayAttach(user, current))
        {
            return Problems.OutOfScope($"Your account may not attach photos to case {id}.");
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

        await using var content = file.OpenReadStream();
        return Problems.AnswerCreated(await desk.AttachPhoto(user, id, content, file.Length, cancellationToken), c => $"/api/cases/{id}/photos/{c.PhotoIds[^1]}");
    }

    /// <summary>The photo's bytes, for a bearer token or the pages' sign-in cookie (an image on a case page).</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(string id, long photoId, ClaimsPrincipal user, IGrainFactory grains, CasePhotoStore store)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICaseGrain>(id).Get() is not { } view || await store.Get(id, photoId) is not { } photo)
        {
            return Problems.NotFound($"Photo {photoId} of case '{id}' does not exist.");
        }

        return ReadScope.Of(user).MayReadCase(view)
            ? TypedResults.File(photo.Content, photo.ContentType)
            : Problems.OutOfScope($"The photos of case '{id}' are for those who may read the case.");
    }
}
