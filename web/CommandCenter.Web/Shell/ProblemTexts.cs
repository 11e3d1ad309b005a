namespace CommandCenter.Web.Shell;

/// <summary>The texts of problem details (titles, refusal reasons, the input policy's messages), keyed by their Chinese: English in ProblemTexts.en.resx.</summary>
public sealed class ProblemTexts;
