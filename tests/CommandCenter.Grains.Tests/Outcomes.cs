namespace CommandCenter.Grains.Tests;

/// <summary>Grain answers a test expects: a stored value, or a refusal of one kind.</summary>
internal static class Outcomes
{
    /// <summary>The value of an answer that must not be a refusal (the test fails with the refusal's reason).</summary>
    public static async Task<T> Accepted<T>(this Task<Outcome<T>> answer)
    {
        var outcome = await answer;
        Assert.True(outcome.Succeeded, $"refused: {outcome.Refusal?.Kind} {outcome.Refusal?.Field} {outcome.Refusal?.Reason}");
        return outcome.Value!;
    }

    /// <summary>The refusal of an answer that must be refused as <paramref name="kind"/>.</summary>
    public static async Task<Refusal> Refused<T>(this Task<Outcome<T>> answer, RefusalKind kind)
    {
        var outcome = await answer;
        Assert.Equal(kind, outcome.Refusal?.Kind);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal!.Reason));
        return outcome.Refusal;
    }
}
