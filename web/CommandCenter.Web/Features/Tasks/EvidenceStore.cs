namespace CommandCenter.Web.Features.Tasks;

/// <summary>Evidence of tasks: files accepted by <see cref="EvidenceRules"/>, kept by <see cref="TaskEvidence"/> (committed before the upload is answered).</summary>
public sealed class EvidenceStore(TaskEvidence files, CommandCenter.Domain.DomainClock clock)
{
    /// <summary>Stores content already accepted by <see cref="EvidenceRules.Check"/>.</summary>
    public async Task<EvidenceFile> Save(TaskView task, string fileName, byte[] content, string by)
    {
        var type = EvidenceRules.Detect(content) ?? throw new ArgumentException("Unchecked evidence content.", nameof(content));
        var file = new EvidenceFile(Guid.CreateVersion7(), task.Id, fileName, type.ContentType, content.Length, clock.GetUtcNow(), by);
        await files.Add(file, task.CampaignId, content);
        return file;
    }

    public Task<IReadOnlyList<EvidenceFile>> List(string taskId) => files.List(taskId);

    /// <summary>The files among <paramref name="ids"/> that belong to <paramref name="taskId"/>.</summary>
    public Task<IReadOnlyList<EvidenceFile>> Find(string taskId, IReadOnlyCollection<Guid> ids) => files.Find(taskId, ids);

    public Task<(EvidenceFile File, byte[] Content)?> Get(Guid id) => files.Get(id);
}
