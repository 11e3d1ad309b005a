namespace CommandCenter.Web.Features.Supervision;

/// <summary>The Chinese names of a notice's stage and status (keys of the notice pages' look-ups).</summary>
public static class NoticeText
{
    public static string Stage(NoticeStage stage) => stage switch
    {
        NoticeStage.Blue => "蓝色",
        NoticeStage.Yellow => "黄色",
        NoticeStage.Red => "红色",
        _ => "—",
    };

    public static string Status(NoticeStatus status) => status switch
    {
        NoticeStatus.Issued => "待答复",
        NoticeStatus.Answered => "已答复",
        _ => "已办结",
    };
}
