using System.Diagnostics;
using System.Threading.Channels;
using CommandCenter.Storage.Errors;
using Orleans.Storage;

namespace CommandCenter.Tasks;

/// <summary>
/// Group commit of task writes, one per silo: writes queued while a batch commits go together in the next one — a
/// single statement (state rows version-checked, history rows appended only for the states written) and so a single
/// transaction and WAL flush. Each write completes only after its batch has committed; a stale row fails alone. A
/// batch the database refuses because of one row's data (an invalid byte, a violated constraint) is split and retried
/// without that row, so only its own write fails; a batch that cannot commit at all (the database is gone) fails every
/// write in it and stores none of them.
/// </summary>
public sealed class TaskGroupCommit : IAsyncDisposable
{
    /// <summary>Batches committing at the same time: one fills while another commits.</summary>
    public const int Committers = 2;

    /// <summary>Most writes in one statement.</summary>
    public const int MaxBatch = 500;

    /// <summary>
    /// Traces a batch as a child of the first write it carries, linked to the others, so each request's trace shows
    /// the commit that made it durable.
    /// </summary>
    public static readonly ActivitySource Tracing = new("CommandCenter.Tasks");

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;
    private readonly QuietWarnings _failures;
    private readonly Task[] _committers;

    public TaskGroupCommit(NpgsqlDataSource dataSource, string serviceId, ILogger<TaskGroupCommit> logger)
    {
        (_dataSource, _serviceId, _failures) = (dataSource, serviceId, new QuietWarnings(logger));
        // The committers serve every caller: they must not run in the context (trace) of whichever call created them.
        using (ExecutionContext.SuppressFlow())
        {
            _committers = Enumerable.Range(0, Committers).Select(_ => Task.Run(Commit)).ToArray();
        }
    }

    /// <summary>Completes after the write has committed; fails if its row was stale or its batch did not commit.</summary>
    public Task Write(TaskWrite write)
    {
        var pending = new Pending(write);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(TaskGroupCommit));
        }

        return pending.Done.Task;
    }

    private async Task Commit()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            // A task appears at most once per statement; a second write of the same task (only a duplicate
            // activation can make one) goes in a statement of its own right after.
            while (batch.Count > 0)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var now = batch.Where(p => seen.Add(p.Write.TaskId)).ToList();
                batch = batch.Except(now).ToList();
                await Execute(now);
            }
        }
    }

    private async Task Execute(List<Pending> batch)
    {
        using var activity = Tracing.StartActivity("task group commit", ActivityKind.Internal, batch[0].Caller ?? default,
            links: batch.Skip(1).Where(p => p.Caller is not null).Select(p => new ActivityLink(p.Caller!.Value)));
        activity?.SetTag("commandcenter.batch.writes", batch.Count);
        try
        {
            var written = await TaskWriteStatement.Execute(_dataSource, _serviceId, batch.Select(p => p.Write).ToList());
            foreach (var pending in batch)
            {
                if (written.Contains(pending.Write.TaskId))
                {
                    pending.Done.TrySetResult();
                }
                else
                {
                    pending.Done.TrySetException(new InconsistentStateException(
                        $"Task {pending.Write.TaskId} is no longer at version {pending.Write.ExpectedVersion?.ToString() ?? "(new)"}; nothing was stored."));
                }
            }
        }
        catch (PostgresException refused) when (batch.Count > 1 && DatabaseErrors.IsCausedByData(refused))
        {
            // The statement stored nothing; halves are retried until the row that causes the refusal is alone.
            activity?.SetTag("commandcenter.batch.split", true);
            var half = batch.Count / 2;
            await Execute(batch[..half]);
            await Execute(batch[half..]);
        }
        catch (Exception exception)
        {
            _failures.Warn(exception, "Committing task writes");
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_committers);
    }

    private sealed class Pending(TaskWrite write)
    {
        public TaskWrite Write { get; } = write;

        public ActivityContext? Caller { get; } = Activity.Current?.Context;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
