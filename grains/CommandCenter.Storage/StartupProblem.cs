namespace CommandCenter.Storage;

/// <summary>
/// A reason the host cannot start that the person starting it can fix: <see cref="Exception.Message"/> is one
/// sentence saying what is wrong and what to do, printed instead of a stack trace.
/// </summary>
public sealed class StartupProblem(string message, Exception? inner = null) : Exception(message, inner);
