using Microsoft.AspNetCore.Components.Forms;

namespace CommandCenter.Web.Features.Cases;

/// <summary>Reads photos picked on a page with the same limits as the API (≤ 5 MB, JPEG/PNG/WebP by content); a clear message for the first refused one.</summary>
public static class PhotoReader
{
    public const int MaxPerUpload = 6;

    public static async Task<(IReadOnlyList<PickedPhoto> Photos, string? Error)> Read(InputFileChangeEventArgs picked)
    {
        if (picked.FileCount > MaxPerUpload)
        {
            return ([], $"一次最多 {MaxPerUpload} 张照片 / at most {MaxPerUpload} photos at a time.");
        }

        var photos = new List<PickedPhoto>();
        foreach (var file in picked.GetMultipleFiles(MaxPerUpload))
        {
            if (file.Size > PhotoRules.MaxBytes)
            {
                return ([], $"{file.Name}: {PhotoRules.TooLargeMessage}");
            }

            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(PhotoRules.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var content = buffer.ToArray();
            if (PhotoRules.Sniff(content) is null)
            {
                return ([], $"{file.Name}: {PhotoRules.WrongTypeMessage}");
            }

            photos.Add(new PickedPhoto(file.Name, content));
        }

        return (photos, null);
    }
}
