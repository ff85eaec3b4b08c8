using Manifold.Server.Protocol;
using Manifold.Server.Queries;

namespace Manifold.Server.Endpoints;

/// <summary>Turns query snapshots into the documents of <c>/v1/query</c> and <c>/v1/stage</c>.</summary>
internal static class QueryInfoBuilder
{
    public static BasicQueryInfo Basic(ManagedQuery query, string baseUri)
    {
        QuerySnapshot q = query.Snapshot();
        StatementStats stats = query.CurrentStats();
        return new BasicQueryInfo
        {
            QueryId = q.QueryId,
            Session = Session(query),
            ResourceGroupId = q.ResourceGroupId?.Split('.'),
            State = q.State.ToWireName(),
            Scheduled = q.Scheduled,
            Self = $"{baseUri}/v1/query/{q.QueryId}",
            Query = q.Sql,
            QueryType = q.QueryType,
            UpdateType = q.UpdateType,
            QueryStats = new BasicQueryStats
            {
                CreateTime = AirliftFormat.Timestamp(q.CreateTime),
                EndTime = q.EndTime is { } end ? AirliftFormat.Timestamp(end) : null,
                QueuedTime = AirliftFormat.Duration(q.QueuedTime),
                ElapsedTime = AirliftFormat.Duration(q.ElapsedTime),
                ExecutionTime = AirliftFormat.Duration(q.ExecutionTime),
                TotalDrivers = stats.TotalSplits,
                RunningDrivers = stats.RunningSplits,
                CompletedDrivers = stats.CompletedSplits,
                RawInputDataSize = AirliftFormat.DataSize(q.InputBytes),
                RawInputPositions = q.InputRows,
                OutputDataSize = AirliftFormat.DataSize(q.OutputBytes),
                OutputPositions = q.OutputRows,
                UserMemoryReservation = AirliftFormat.DataSize(q.ReservedMemoryBytes),
                TotalMemoryReservation = AirliftFormat.DataSize(q.ReservedMemoryBytes),
                PeakUserMemoryReservation = AirliftFormat.DataSize(q.PeakMemoryBytes),
                PeakTotalMemoryReservation = AirliftFormat.DataSize(q.PeakMemoryBytes),
                TotalCpuTime = AirliftFormat.Duration(q.CpuTime),
                TotalScheduledTime = AirliftFormat.Duration(q.CpuTime),
                FullyBlocked = q.State == QueryState.Finishing,
                BlockedReasons = q.State == QueryState.Finishing ? ["WAITING_FOR_CLIENT"] : [],
                ProgressPercentage = stats.ProgressPercentage,
            },
            ErrorType = q.ErrorCode?.TypeName,
            ErrorCode = ErrorCode(q),
        };
    }

    public static QueryInfo Full(ManagedQuery query, string baseUri)
    {
        QuerySnapshot q = query.Snapshot();
        StatementStats stats = query.CurrentStats();
        var update = query.SessionUpdate;
        OperatorSummary[] operators = q.Scheduled ? [Output(q)] : [];
        return new QueryInfo
        {
            QueryId = q.QueryId,
            Session = Session(query),
            State = q.State.ToWireName(),
            Scheduled = q.Scheduled,
            Self = $"{baseUri}/v1/query/{q.QueryId}",
            FieldNames = q.ColumnNames,
            Query = q.Sql,
            QueryType = q.QueryType,
            Plan = q.PlanText,
            QueryStats = new QueryStats
            {
                CreateTime = AirliftFormat.Timestamp(q.CreateTime),
                ExecutionStartTime = q.ExecutionStartTime is { } start ? AirliftFormat.Timestamp(start) : null,
                LastHeartbeat = AirliftFormat.Timestamp(q.LastHeartbeat),
                EndTime = q.EndTime is { } end ? AirliftFormat.Timestamp(end) : null,
                ElapsedTime = AirliftFormat.Duration(q.ElapsedTime),
                QueuedTime = AirliftFormat.Duration(q.QueuedTime),
                ExecutionTime = AirliftFormat.Duration(q.ExecutionTime),
                AnalysisTime = AirliftFormat.Duration(TimeSpan.Zero),
                PlanningTime = AirliftFormat.Duration(TimeSpan.Zero),
                TotalTasks = stats.TotalSplits,
                RunningTasks = stats.RunningSplits,
                CompletedTasks = stats.CompletedSplits,
                TotalDrivers = stats.TotalSplits,
                RunningDrivers = stats.RunningSplits,
                CompletedDrivers = stats.CompletedSplits,
                RawInputDataSize = AirliftFormat.DataSize(q.InputBytes),
                RawInputPositions = q.InputRows,
                OutputDataSize = AirliftFormat.DataSize(q.OutputBytes),
                OutputPositions = q.OutputRows,
                PhysicalWrittenDataSize = AirliftFormat.DataSize(0),
                UserMemoryReservation = AirliftFormat.DataSize(q.ReservedMemoryBytes),
                PeakUserMemoryReservation = AirliftFormat.DataSize(q.PeakMemoryBytes),
                TotalCpuTime = AirliftFormat.Duration(q.CpuTime),
                TotalScheduledTime = AirliftFormat.Duration(q.CpuTime),
                ProgressPercentage = stats.ProgressPercentage,
                OperatorSummaries = operators,
            },
            SetCatalog = update?.SetCatalog,
            SetSchema = update?.SetSchema,
            SetSessionProperties = update?.SetProperties ?? new Dictionary<string, string>(),
            ResetSessionProperties = update?.ResetProperties ?? [],
            AddedPreparedStatements = update?.AddedPreparedStatements ?? new Dictionary<string, string>(),
            DeallocatedPreparedStatements = update?.DeallocatedPreparedStatements ?? [],
            StartedTransactionId = update?.StartedTransactionId,
            ClearTransactionId = update?.ClearTransactionId ?? false,
            UpdateType = q.UpdateType,
            OutputStage = q.Scheduled || q.State.IsDone() ? Stage(query, baseUri) : null,
            FailureInfo = query.Error is { } error ? QueryErrors.Failure(error) : null,
            ErrorType = q.ErrorCode?.TypeName,
            ErrorCode = ErrorCode(q),
            ResourceGroupId = q.ResourceGroupId?.Split('.'),
            FinalQueryInfo = q.State.IsDone(),
        };
    }

    /// <summary>Stage 0: the single stage a query runs as on this coordinator, carrying the query's totals.</summary>
    public static StageInfo Stage(ManagedQuery query, string baseUri)
    {
        QuerySnapshot q = query.Snapshot();
        StatementStats stats = query.CurrentStats();
        StageStats stage = stats.RootStage ?? new StageStats { StageId = "0", State = query.StageState(), Done = q.State.IsDone() };
        return new StageInfo
        {
            StageId = $"{q.QueryId}.0",
            State = query.StageState(),
            Self = $"{baseUri}/v1/stage/{q.QueryId}.0",
            Plan = q.PlanText,
            Types = q.ColumnNames.Count == 0 ? [] : ColumnTypes(query),
            StageStats = stage,
            OperatorSummaries = q.Scheduled ? [Output(q)] : [],
            FailureCause = query.Error is { } error ? QueryErrors.Failure(error) : null,
        };
    }

    private static ErrorCodeInfo? ErrorCode(QuerySnapshot q)
        => q.ErrorCode is { } code ? new ErrorCodeInfo(code.Code, code.Name, code.TypeName) : null;

    private static string[] ColumnTypes(ManagedQuery query) => query.Columns?.Select(c => c.Type).ToArray() ?? [];

    private static OperatorSummary Output(QuerySnapshot q) => new()
    {
        PlanNodeId = "0",
        OperatorType = "OutputOperator",
        InputPositions = q.OutputRows,
        InputDataSize = AirliftFormat.DataSize(q.OutputBytes),
        OutputPositions = q.OutputRows,
        OutputDataSize = AirliftFormat.DataSize(q.OutputBytes),
        PeakUserMemoryReservation = AirliftFormat.DataSize(q.PeakMemoryBytes),
    };

    private static SessionRepresentation Session(ManagedQuery query)
    {
        ClientSession client = query.Client;
        return new SessionRepresentation
        {
            QueryId = query.QueryId,
            User = client.User,
            Source = client.Source,
            Catalog = client.Catalog,
            Schema = client.Schema,
            Path = client.Path,
            TimeZone = client.TimeZone,
            Language = client.Language,
            TraceToken = client.TraceToken,
            ClientInfo = client.ClientInfo,
            ClientTags = client.ClientTags,
            ClientCapabilities = client.Capabilities.Order(StringComparer.Ordinal).ToArray(),
            SystemProperties = query.Session.SystemProperties,
            TransactionId = client.TransactionId,
        };
    }
}
