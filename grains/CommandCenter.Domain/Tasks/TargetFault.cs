namespace CommandCenter.Domain;

/// <summary>Why a value does not fit its kind of target (see <see cref="TargetRules.Misfit"/>).</summary>
public enum TargetFault
{
    Negative,

    /// <summary>A rank is a whole number from 1.</summary>
    NotARank,

    /// <summary>A rate or a milestone is a percentage, 0 to 100.</summary>
    NotAPercentage,
}
