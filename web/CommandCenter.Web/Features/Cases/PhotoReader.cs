using Microsoft.AspNetCore.Components.Forms;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// Reads photos picked on a page with the same limits as the API (≤ 5 MB, JPEG/PNG/WebP by content). A refusal is the
/// Chinese key of the page's text (<see cref="TooMany"/>, <see cref="TooLarge"/>, <see cref="WrongType"/>) and the
/// name of the first refused file, so each page says it in its reader's language.
/// </summary>
public static class PhotoReader
{
    public const int MaxPerUpload = 6;

    public const string TooMany = "一次最多 6 张照片";

    public const string TooLarge = "照片不能超过 5 MB";

    public const string WrongType = "照片须为 JPEG、PNG 或 WebP";

    public static async Task<(IReadOnlyList<PickedPhoto> Photos, string? Problem, string File)> Read(InputFileChangeEventArgs picked)
    {
        if (picked.FileCount > MaxPerUpload)
        {
            return ([], TooMany, "");
        }

        var photos = new List<PickedPhoto>();
        foreach (var file in picked.GetMultipleFiles(MaxPerUpload))
        {
            if (file.Size > PhotoRules.MaxBytes)
            {
                return ([], TooLarge, file.Name);
            }

            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(PhotoRules.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var content = buffer.ToArray();
            if (PhotoRules.Sniff(content) is null)
            {
                return ([], WrongType, file.Name);
            }

            photos.Add(new PickedPhoto(file.Name, content));
        }

        return (photos, null, "");
    }
}
