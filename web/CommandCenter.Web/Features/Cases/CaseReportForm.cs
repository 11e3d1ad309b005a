using System.Text.Json;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// A case report sent as one multipart form: the case as JSON in <c>case</c> (the body of <c>POST /api/cases</c>) and
/// its photos as files in <c>photos</c>, so the server checks the photos before it creates the case.
/// </summary>
public sealed record CaseReportForm(CaseRequest? Case, IReadOnlyList<PickedPhoto> Photos)
{
    public static async Task<Outcome<CaseReportForm>> Read(HttpRequest request, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Refusal.Invalid("case", "请以 multipart/form-data 发送：case 为事件 JSON，photos 为照片 / send multipart/form-data with the case as JSON in 'case' and the photos in 'photos'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Refusal.Invalid("photos", "表单无法读取 / the multipart form could not be read: " + exception.Message);
        }

        CaseRequest? report;
        try
        {
            report = form["case"].ToString() is { Length: > 0 } text ? JsonSerializer.Deserialize<CaseRequest>(text, json) : null;
        }
        catch (JsonException exception)
        {
            return Refusal.Invalid("case", $"case 无效 / case is not acceptable: {exception.Message}");
        }

        var files = form.Files.GetFiles("photos");
        if (files.Count > PhotoRules.MaxPhotosPerCase)
        {
            return Refusal.Invalid("photos", PhotoRules.TooManyMessage);
        }

        var photos = new List<PickedPhoto>();
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var bytes = file.Length > PhotoRules.MaxBytes ? null : await PhotoRules.ReadBounded(content, cancellationToken);
            if (bytes is null)
            {
                return Refusal.TooLarge("photos", $"{file.FileName}: {PhotoRules.TooLargeMessage}");
            }

            photos.Add(new PickedPhoto(file.FileName, bytes));
        }

        return new CaseReportForm(report, photos);
    }
}
