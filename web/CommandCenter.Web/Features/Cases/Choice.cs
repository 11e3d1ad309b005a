namespace CommandCenter.Web.Features.Cases;

/// <summary>One entry of a drop-down: the value it stands for and the text people read.</summary>
public sealed record Choice<T>(T Value, string Text);
