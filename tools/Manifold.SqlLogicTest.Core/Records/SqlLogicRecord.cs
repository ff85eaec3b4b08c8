namespace Manifold.SqlLogicTest;

/// <summary>One record of a sqllogictest script: a run of non-blank lines, comments removed.</summary>
/// <param name="Line">The 1-based line of the record's first line (its first condition, if any).</param>
/// <param name="Conditions">The <c>skipif</c>/<c>onlyif</c> lines in front of the record, in file order.</param>
public abstract record SqlLogicRecord(int Line, IReadOnlyList<RecordCondition> Conditions)
{
    /// <summary>True when some condition skips this record for the engine called <paramref name="engineName"/>.</summary>
    public bool IsSkippedFor(string engineName)
    {
        for (int i = 0; i < Conditions.Count; i++)
        {
            if (Conditions[i].Skips(engineName))
            {
                return true;
            }
        }
        return false;
    }
}
