namespace Manifold.Client;

/// <summary>A stage of a query (<c>GET /v1/stage/{id}</c>, or <c>outputStage</c> of a query's info).</summary>
/// <param name="StageId">The stage id, <c>{queryId}.{n}</c>.</param>
/// <param name="State">PLANNED, RUNNING, FINISHED, FAILED, ...</param>
/// <param name="Self">The stage's URI.</param>
/// <param name="TotalSplits">Splits (drivers) of the stage.</param>
/// <param name="CompletedSplits">Splits finished.</param>
/// <param name="RunningSplits">Splits running.</param>
/// <param name="ProcessedRows">Input rows.</param>
/// <param name="CpuTime">CPU time.</param>
/// <param name="SubStages">Child stages.</param>
public sealed record ManifoldStageInfo(
    string StageId,
    string State,
    string? Self,
    int TotalSplits,
    int CompletedSplits,
    int RunningSplits,
    long ProcessedRows,
    TimeSpan? CpuTime,
    IReadOnlyList<ManifoldStageInfo> SubStages);
