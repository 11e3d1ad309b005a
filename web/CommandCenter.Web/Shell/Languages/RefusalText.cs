namespace CommandCenter.Web.Shell.Languages;

public static class RefusalText
{
    /// <summary>A refusal's reason as a page shows it: in the page's language (<see cref="Bilingual"/>).</summary>
    public static string Text(this Refusal refusal) => Bilingual.Pick(refusal.Reason);
}
