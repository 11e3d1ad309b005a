namespace CommandCenter.Assessment;

/// <summary>What is ranked: the campaign's units, its grids, or its districts/streets (grids rolled up by district).</summary>
public enum SubjectKind
{
    Units = 0,
    Grids = 1,
    Districts = 2,
}
