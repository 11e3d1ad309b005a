namespace CommandCenter.Web.Features.Map;

/// <summary>
/// Re-reads for a live page: a request while a read runs asks for one more read after it, never a pile of them;
/// a failed read is logged and the next request tries again.
/// </summary>
public sealed class CoalescedReads(Func<Func<Task>, Task> dispatch, Func<Task> read, ILogger logger)
{
    private int _pending;

    public void Request()
    {
        if (Interlocked.Increment(ref _pending) > 1)
        {
            return;
        }

        _ = dispatch(async () =>
        {
            try
            {
                do
                {
                    Volatile.Write(ref _pending, 1);
                    await read();
                }
                while (Interlocked.CompareExchange(ref _pending, 0, 1) != 1);
            }
            catch (Exception error)
            {
                Volatile.Write(ref _pending, 0);
                logger.LogWarning(error, "A live page could not read again");
            }
        });
    }
}
