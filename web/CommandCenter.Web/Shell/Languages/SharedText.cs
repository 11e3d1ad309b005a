namespace CommandCenter.Web.Shell.Languages;

/// <summary>The words many pages share (保存, 取消, 确定…): <c>IStringLocalizer&lt;SharedText&gt;</c>, English in SharedText.en.resx.</summary>
public sealed class SharedText;
