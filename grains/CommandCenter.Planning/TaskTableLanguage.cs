namespace CommandCenter.Planning;

/// <summary>
/// The language of a written task decomposition table (任务分解表): it chooses the header names and the
/// words for target kinds. The reader accepts both languages, in any mix.
/// </summary>
public enum TaskTableLanguage
{
    /// <summary>Simplified Chinese headers (专项行动编号, 任务内容, …) and target kinds (数量, 比率, 节点, 排名).</summary>
    Chinese = 0,

    /// <summary>English headers (line_code, task_title, …) and target kinds (quantity, rate, milestone, ranking).</summary>
    English = 1,
}
