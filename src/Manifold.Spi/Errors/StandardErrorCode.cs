// Numbers and names follow Trino's StandardErrorCode; never renumber a code once released.
namespace Manifold.Spi.Errors;

/// <summary>The engine's error codes, numbered and named as in Trino so that Trino clients react correctly.</summary>
/// <remarks>User errors 0–91, internal errors from 65536, insufficient resources from 131072. Connectors use
/// their own ranges from 0x0100_0000.</remarks>
public static class StandardErrorCode
{
    /// <summary>GENERIC_USER_ERROR (0).</summary>
    public static readonly ErrorCode GenericUserError = new(0, "GENERIC_USER_ERROR", ErrorType.UserError);
    /// <summary>SYNTAX_ERROR (1).</summary>
    public static readonly ErrorCode SyntaxError = new(1, "SYNTAX_ERROR", ErrorType.UserError);
    /// <summary>ABANDONED_QUERY (2).</summary>
    public static readonly ErrorCode AbandonedQuery = new(2, "ABANDONED_QUERY", ErrorType.UserError);
    /// <summary>USER_CANCELED (3).</summary>
    public static readonly ErrorCode UserCanceled = new(3, "USER_CANCELED", ErrorType.UserError);
    /// <summary>PERMISSION_DENIED (4).</summary>
    public static readonly ErrorCode PermissionDenied = new(4, "PERMISSION_DENIED", ErrorType.UserError);
    /// <summary>NOT_FOUND (5).</summary>
    public static readonly ErrorCode NotFound = new(5, "NOT_FOUND", ErrorType.UserError);
    /// <summary>FUNCTION_NOT_FOUND (6).</summary>
    public static readonly ErrorCode FunctionNotFound = new(6, "FUNCTION_NOT_FOUND", ErrorType.UserError);
    /// <summary>INVALID_FUNCTION_ARGUMENT (7).</summary>
    public static readonly ErrorCode InvalidFunctionArgument = new(7, "INVALID_FUNCTION_ARGUMENT", ErrorType.UserError);
    /// <summary>DIVISION_BY_ZERO (8).</summary>
    public static readonly ErrorCode DivisionByZero = new(8, "DIVISION_BY_ZERO", ErrorType.UserError);
    /// <summary>INVALID_CAST_ARGUMENT (9).</summary>
    public static readonly ErrorCode InvalidCastArgument = new(9, "INVALID_CAST_ARGUMENT", ErrorType.UserError);
    /// <summary>OPERATOR_NOT_FOUND (10).</summary>
    public static readonly ErrorCode OperatorNotFound = new(10, "OPERATOR_NOT_FOUND", ErrorType.UserError);
    /// <summary>INVALID_VIEW (11).</summary>
    public static readonly ErrorCode InvalidView = new(11, "INVALID_VIEW", ErrorType.UserError);
    /// <summary>ALREADY_EXISTS (12).</summary>
    public static readonly ErrorCode AlreadyExists = new(12, "ALREADY_EXISTS", ErrorType.UserError);
    /// <summary>NOT_SUPPORTED (13).</summary>
    public static readonly ErrorCode NotSupported = new(13, "NOT_SUPPORTED", ErrorType.UserError);
    /// <summary>INVALID_SESSION_PROPERTY (14).</summary>
    public static readonly ErrorCode InvalidSessionProperty = new(14, "INVALID_SESSION_PROPERTY", ErrorType.UserError);
    /// <summary>INVALID_WINDOW_FRAME (15).</summary>
    public static readonly ErrorCode InvalidWindowFrame = new(15, "INVALID_WINDOW_FRAME", ErrorType.UserError);
    /// <summary>CONSTRAINT_VIOLATION (16).</summary>
    public static readonly ErrorCode ConstraintViolation = new(16, "CONSTRAINT_VIOLATION", ErrorType.UserError);
    /// <summary>TRANSACTION_CONFLICT (17).</summary>
    public static readonly ErrorCode TransactionConflict = new(17, "TRANSACTION_CONFLICT", ErrorType.UserError);
    /// <summary>INVALID_TABLE_PROPERTY (18).</summary>
    public static readonly ErrorCode InvalidTableProperty = new(18, "INVALID_TABLE_PROPERTY", ErrorType.UserError);
    /// <summary>NUMERIC_VALUE_OUT_OF_RANGE (19).</summary>
    public static readonly ErrorCode NumericValueOutOfRange = new(19, "NUMERIC_VALUE_OUT_OF_RANGE", ErrorType.UserError);
    /// <summary>UNKNOWN_TRANSACTION (20).</summary>
    public static readonly ErrorCode UnknownTransaction = new(20, "UNKNOWN_TRANSACTION", ErrorType.UserError);
    /// <summary>NOT_IN_TRANSACTION (21).</summary>
    public static readonly ErrorCode NotInTransaction = new(21, "NOT_IN_TRANSACTION", ErrorType.UserError);
    /// <summary>TRANSACTION_ALREADY_ABORTED (22).</summary>
    public static readonly ErrorCode TransactionAlreadyAborted = new(22, "TRANSACTION_ALREADY_ABORTED", ErrorType.UserError);
    /// <summary>READ_ONLY_VIOLATION (23).</summary>
    public static readonly ErrorCode ReadOnlyViolation = new(23, "READ_ONLY_VIOLATION", ErrorType.UserError);
    /// <summary>MULTI_CATALOG_WRITE_CONFLICT (24).</summary>
    public static readonly ErrorCode MultiCatalogWriteConflict = new(24, "MULTI_CATALOG_WRITE_CONFLICT", ErrorType.UserError);
    /// <summary>AUTOCOMMIT_WRITE_CONFLICT (25).</summary>
    public static readonly ErrorCode AutocommitWriteConflict = new(25, "AUTOCOMMIT_WRITE_CONFLICT", ErrorType.UserError);
    /// <summary>UNSUPPORTED_ISOLATION_LEVEL (26).</summary>
    public static readonly ErrorCode UnsupportedIsolationLevel = new(26, "UNSUPPORTED_ISOLATION_LEVEL", ErrorType.UserError);
    /// <summary>INCOMPATIBLE_CLIENT (27).</summary>
    public static readonly ErrorCode IncompatibleClient = new(27, "INCOMPATIBLE_CLIENT", ErrorType.UserError);
    /// <summary>SUBQUERY_MULTIPLE_ROWS (28).</summary>
    public static readonly ErrorCode SubqueryMultipleRows = new(28, "SUBQUERY_MULTIPLE_ROWS", ErrorType.UserError);
    /// <summary>PROCEDURE_NOT_FOUND (29).</summary>
    public static readonly ErrorCode ProcedureNotFound = new(29, "PROCEDURE_NOT_FOUND", ErrorType.UserError);
    /// <summary>INVALID_PROCEDURE_ARGUMENT (30).</summary>
    public static readonly ErrorCode InvalidProcedureArgument = new(30, "INVALID_PROCEDURE_ARGUMENT", ErrorType.UserError);
    /// <summary>QUERY_REJECTED (31).</summary>
    public static readonly ErrorCode QueryRejected = new(31, "QUERY_REJECTED", ErrorType.UserError);
    /// <summary>AMBIGUOUS_FUNCTION_CALL (32).</summary>
    public static readonly ErrorCode AmbiguousFunctionCall = new(32, "AMBIGUOUS_FUNCTION_CALL", ErrorType.UserError);
    /// <summary>INVALID_SCHEMA_PROPERTY (33).</summary>
    public static readonly ErrorCode InvalidSchemaProperty = new(33, "INVALID_SCHEMA_PROPERTY", ErrorType.UserError);
    /// <summary>SCHEMA_NOT_EMPTY (34).</summary>
    public static readonly ErrorCode SchemaNotEmpty = new(34, "SCHEMA_NOT_EMPTY", ErrorType.UserError);
    /// <summary>QUERY_TEXT_TOO_LARGE (35).</summary>
    public static readonly ErrorCode QueryTextTooLarge = new(35, "QUERY_TEXT_TOO_LARGE", ErrorType.UserError);
    /// <summary>UNSUPPORTED_SUBQUERY (36).</summary>
    public static readonly ErrorCode UnsupportedSubquery = new(36, "UNSUPPORTED_SUBQUERY", ErrorType.UserError);
    /// <summary>EXCEEDED_FUNCTION_MEMORY_LIMIT (37).</summary>
    public static readonly ErrorCode ExceededFunctionMemoryLimit = new(37, "EXCEEDED_FUNCTION_MEMORY_LIMIT", ErrorType.UserError);
    /// <summary>ADMINISTRATIVELY_KILLED (38).</summary>
    public static readonly ErrorCode AdministrativelyKilled = new(38, "ADMINISTRATIVELY_KILLED", ErrorType.UserError);
    /// <summary>INVALID_COLUMN_PROPERTY (39).</summary>
    public static readonly ErrorCode InvalidColumnProperty = new(39, "INVALID_COLUMN_PROPERTY", ErrorType.UserError);
    /// <summary>QUERY_HAS_TOO_MANY_STAGES (40).</summary>
    public static readonly ErrorCode QueryHasTooManyStages = new(40, "QUERY_HAS_TOO_MANY_STAGES", ErrorType.UserError);
    /// <summary>INVALID_SPATIAL_PARTITIONING (41).</summary>
    public static readonly ErrorCode InvalidSpatialPartitioning = new(41, "INVALID_SPATIAL_PARTITIONING", ErrorType.UserError);
    /// <summary>INVALID_ANALYZE_PROPERTY (42).</summary>
    public static readonly ErrorCode InvalidAnalyzeProperty = new(42, "INVALID_ANALYZE_PROPERTY", ErrorType.UserError);
    /// <summary>TYPE_NOT_FOUND (43).</summary>
    public static readonly ErrorCode TypeNotFound = new(43, "TYPE_NOT_FOUND", ErrorType.UserError);
    /// <summary>CATALOG_NOT_FOUND (44).</summary>
    public static readonly ErrorCode CatalogNotFound = new(44, "CATALOG_NOT_FOUND", ErrorType.UserError);
    /// <summary>SCHEMA_NOT_FOUND (45).</summary>
    public static readonly ErrorCode SchemaNotFound = new(45, "SCHEMA_NOT_FOUND", ErrorType.UserError);
    /// <summary>TABLE_NOT_FOUND (46).</summary>
    public static readonly ErrorCode TableNotFound = new(46, "TABLE_NOT_FOUND", ErrorType.UserError);
    /// <summary>COLUMN_NOT_FOUND (47).</summary>
    public static readonly ErrorCode ColumnNotFound = new(47, "COLUMN_NOT_FOUND", ErrorType.UserError);
    /// <summary>ROLE_NOT_FOUND (48).</summary>
    public static readonly ErrorCode RoleNotFound = new(48, "ROLE_NOT_FOUND", ErrorType.UserError);
    /// <summary>SCHEMA_ALREADY_EXISTS (49).</summary>
    public static readonly ErrorCode SchemaAlreadyExists = new(49, "SCHEMA_ALREADY_EXISTS", ErrorType.UserError);
    /// <summary>TABLE_ALREADY_EXISTS (50).</summary>
    public static readonly ErrorCode TableAlreadyExists = new(50, "TABLE_ALREADY_EXISTS", ErrorType.UserError);
    /// <summary>COLUMN_ALREADY_EXISTS (51).</summary>
    public static readonly ErrorCode ColumnAlreadyExists = new(51, "COLUMN_ALREADY_EXISTS", ErrorType.UserError);
    /// <summary>ROLE_ALREADY_EXISTS (52).</summary>
    public static readonly ErrorCode RoleAlreadyExists = new(52, "ROLE_ALREADY_EXISTS", ErrorType.UserError);
    /// <summary>DUPLICATE_NAMED_QUERY (53).</summary>
    public static readonly ErrorCode DuplicateNamedQuery = new(53, "DUPLICATE_NAMED_QUERY", ErrorType.UserError);
    /// <summary>DUPLICATE_COLUMN_NAME (54).</summary>
    public static readonly ErrorCode DuplicateColumnName = new(54, "DUPLICATE_COLUMN_NAME", ErrorType.UserError);
    /// <summary>MISSING_COLUMN_NAME (55).</summary>
    public static readonly ErrorCode MissingColumnName = new(55, "MISSING_COLUMN_NAME", ErrorType.UserError);
    /// <summary>MISSING_CATALOG_NAME (56).</summary>
    public static readonly ErrorCode MissingCatalogName = new(56, "MISSING_CATALOG_NAME", ErrorType.UserError);
    /// <summary>MISSING_SCHEMA_NAME (57).</summary>
    public static readonly ErrorCode MissingSchemaName = new(57, "MISSING_SCHEMA_NAME", ErrorType.UserError);
    /// <summary>TYPE_MISMATCH (58).</summary>
    public static readonly ErrorCode TypeMismatch = new(58, "TYPE_MISMATCH", ErrorType.UserError);
    /// <summary>INVALID_LITERAL (59).</summary>
    public static readonly ErrorCode InvalidLiteral = new(59, "INVALID_LITERAL", ErrorType.UserError);
    /// <summary>COLUMN_TYPE_UNKNOWN (60).</summary>
    public static readonly ErrorCode ColumnTypeUnknown = new(60, "COLUMN_TYPE_UNKNOWN", ErrorType.UserError);
    /// <summary>MISMATCHED_COLUMN_ALIASES (61).</summary>
    public static readonly ErrorCode MismatchedColumnAliases = new(61, "MISMATCHED_COLUMN_ALIASES", ErrorType.UserError);
    /// <summary>AMBIGUOUS_NAME (62).</summary>
    public static readonly ErrorCode AmbiguousName = new(62, "AMBIGUOUS_NAME", ErrorType.UserError);
    /// <summary>INVALID_COLUMN_REFERENCE (63).</summary>
    public static readonly ErrorCode InvalidColumnReference = new(63, "INVALID_COLUMN_REFERENCE", ErrorType.UserError);
    /// <summary>MISSING_GROUP_BY (64).</summary>
    public static readonly ErrorCode MissingGroupBy = new(64, "MISSING_GROUP_BY", ErrorType.UserError);
    /// <summary>MISSING_ORDER_BY (65).</summary>
    public static readonly ErrorCode MissingOrderBy = new(65, "MISSING_ORDER_BY", ErrorType.UserError);
    /// <summary>MISSING_OVER (66).</summary>
    public static readonly ErrorCode MissingOver = new(66, "MISSING_OVER", ErrorType.UserError);
    /// <summary>NESTED_AGGREGATION (67).</summary>
    public static readonly ErrorCode NestedAggregation = new(67, "NESTED_AGGREGATION", ErrorType.UserError);
    /// <summary>NESTED_WINDOW (68).</summary>
    public static readonly ErrorCode NestedWindow = new(68, "NESTED_WINDOW", ErrorType.UserError);
    /// <summary>EXPRESSION_NOT_IN_DISTINCT (69).</summary>
    public static readonly ErrorCode ExpressionNotInDistinct = new(69, "EXPRESSION_NOT_IN_DISTINCT", ErrorType.UserError);
    /// <summary>TOO_MANY_GROUPING_SETS (70).</summary>
    public static readonly ErrorCode TooManyGroupingSets = new(70, "TOO_MANY_GROUPING_SETS", ErrorType.UserError);
    /// <summary>FUNCTION_NOT_WINDOW (71).</summary>
    public static readonly ErrorCode FunctionNotWindow = new(71, "FUNCTION_NOT_WINDOW", ErrorType.UserError);
    /// <summary>FUNCTION_NOT_AGGREGATE (72).</summary>
    public static readonly ErrorCode FunctionNotAggregate = new(72, "FUNCTION_NOT_AGGREGATE", ErrorType.UserError);
    /// <summary>EXPRESSION_NOT_AGGREGATE (73).</summary>
    public static readonly ErrorCode ExpressionNotAggregate = new(73, "EXPRESSION_NOT_AGGREGATE", ErrorType.UserError);
    /// <summary>EXPRESSION_NOT_SCALAR (74).</summary>
    public static readonly ErrorCode ExpressionNotScalar = new(74, "EXPRESSION_NOT_SCALAR", ErrorType.UserError);
    /// <summary>EXPRESSION_NOT_CONSTANT (75).</summary>
    public static readonly ErrorCode ExpressionNotConstant = new(75, "EXPRESSION_NOT_CONSTANT", ErrorType.UserError);
    /// <summary>INVALID_ARGUMENTS (76).</summary>
    public static readonly ErrorCode InvalidArguments = new(76, "INVALID_ARGUMENTS", ErrorType.UserError);
    /// <summary>TOO_MANY_ARGUMENTS (77).</summary>
    public static readonly ErrorCode TooManyArguments = new(77, "TOO_MANY_ARGUMENTS", ErrorType.UserError);
    /// <summary>INVALID_PRIVILEGE (78).</summary>
    public static readonly ErrorCode InvalidPrivilege = new(78, "INVALID_PRIVILEGE", ErrorType.UserError);
    /// <summary>DUPLICATE_PROPERTY (79).</summary>
    public static readonly ErrorCode DuplicateProperty = new(79, "DUPLICATE_PROPERTY", ErrorType.UserError);
    /// <summary>INVALID_PARAMETER_USAGE (80).</summary>
    public static readonly ErrorCode InvalidParameterUsage = new(80, "INVALID_PARAMETER_USAGE", ErrorType.UserError);
    /// <summary>VIEW_IS_STALE (81).</summary>
    public static readonly ErrorCode ViewIsStale = new(81, "VIEW_IS_STALE", ErrorType.UserError);
    /// <summary>VIEW_IS_RECURSIVE (82).</summary>
    public static readonly ErrorCode ViewIsRecursive = new(82, "VIEW_IS_RECURSIVE", ErrorType.UserError);
    /// <summary>NULL_TREATMENT_NOT_ALLOWED (83).</summary>
    public static readonly ErrorCode NullTreatmentNotAllowed = new(83, "NULL_TREATMENT_NOT_ALLOWED", ErrorType.UserError);
    /// <summary>INVALID_ROW_FILTER (84).</summary>
    public static readonly ErrorCode InvalidRowFilter = new(84, "INVALID_ROW_FILTER", ErrorType.UserError);
    /// <summary>INVALID_COLUMN_MASK (85).</summary>
    public static readonly ErrorCode InvalidColumnMask = new(85, "INVALID_COLUMN_MASK", ErrorType.UserError);
    /// <summary>MISSING_TABLE (86).</summary>
    public static readonly ErrorCode MissingTable = new(86, "MISSING_TABLE", ErrorType.UserError);
    /// <summary>INVALID_RECURSIVE_REFERENCE (87).</summary>
    public static readonly ErrorCode InvalidRecursiveReference = new(87, "INVALID_RECURSIVE_REFERENCE", ErrorType.UserError);
    /// <summary>MISSING_COLUMN_ALIASES (88).</summary>
    public static readonly ErrorCode MissingColumnAliases = new(88, "MISSING_COLUMN_ALIASES", ErrorType.UserError);
    /// <summary>NESTED_RECURSIVE (89).</summary>
    public static readonly ErrorCode NestedRecursive = new(89, "NESTED_RECURSIVE", ErrorType.UserError);
    /// <summary>INVALID_LIMIT_CLAUSE (90).</summary>
    public static readonly ErrorCode InvalidLimitClause = new(90, "INVALID_LIMIT_CLAUSE", ErrorType.UserError);
    /// <summary>INVALID_ORDER_BY (91).</summary>
    public static readonly ErrorCode InvalidOrderBy = new(91, "INVALID_ORDER_BY", ErrorType.UserError);

    /// <summary>GENERIC_INTERNAL_ERROR (65536).</summary>
    public static readonly ErrorCode GenericInternalError = new(65536, "GENERIC_INTERNAL_ERROR", ErrorType.InternalError);
    /// <summary>TOO_MANY_REQUESTS_FAILED (65537).</summary>
    public static readonly ErrorCode TooManyRequestsFailed = new(65537, "TOO_MANY_REQUESTS_FAILED", ErrorType.InternalError);
    /// <summary>PAGE_TOO_LARGE (65538).</summary>
    public static readonly ErrorCode PageTooLarge = new(65538, "PAGE_TOO_LARGE", ErrorType.InternalError);
    /// <summary>PAGE_TRANSPORT_ERROR (65539).</summary>
    public static readonly ErrorCode PageTransportError = new(65539, "PAGE_TRANSPORT_ERROR", ErrorType.InternalError);
    /// <summary>PAGE_TRANSPORT_TIMEOUT (65540).</summary>
    public static readonly ErrorCode PageTransportTimeout = new(65540, "PAGE_TRANSPORT_TIMEOUT", ErrorType.InternalError);
    /// <summary>NO_NODES_AVAILABLE (65541).</summary>
    public static readonly ErrorCode NoNodesAvailable = new(65541, "NO_NODES_AVAILABLE", ErrorType.InternalError);
    /// <summary>REMOTE_TASK_ERROR (65542).</summary>
    public static readonly ErrorCode RemoteTaskError = new(65542, "REMOTE_TASK_ERROR", ErrorType.InternalError);
    /// <summary>COMPILER_ERROR (65543).</summary>
    public static readonly ErrorCode CompilerError = new(65543, "COMPILER_ERROR", ErrorType.InternalError);
    /// <summary>REMOTE_TASK_MISMATCH (65544).</summary>
    public static readonly ErrorCode RemoteTaskMismatch = new(65544, "REMOTE_TASK_MISMATCH", ErrorType.InternalError);
    /// <summary>SERVER_SHUTTING_DOWN (65545).</summary>
    public static readonly ErrorCode ServerShuttingDown = new(65545, "SERVER_SHUTTING_DOWN", ErrorType.InternalError);
    /// <summary>FUNCTION_IMPLEMENTATION_MISSING (65546).</summary>
    public static readonly ErrorCode FunctionImplementationMissing = new(65546, "FUNCTION_IMPLEMENTATION_MISSING", ErrorType.InternalError);
    /// <summary>REMOTE_BUFFER_CLOSE_FAILED (65547).</summary>
    public static readonly ErrorCode RemoteBufferCloseFailed = new(65547, "REMOTE_BUFFER_CLOSE_FAILED", ErrorType.InternalError);
    /// <summary>SERVER_STARTING_UP (65548).</summary>
    public static readonly ErrorCode ServerStartingUp = new(65548, "SERVER_STARTING_UP", ErrorType.InternalError);
    /// <summary>FUNCTION_IMPLEMENTATION_ERROR (65549).</summary>
    public static readonly ErrorCode FunctionImplementationError = new(65549, "FUNCTION_IMPLEMENTATION_ERROR", ErrorType.InternalError);
    /// <summary>INVALID_PROCEDURE_DEFINITION (65550).</summary>
    public static readonly ErrorCode InvalidProcedureDefinition = new(65550, "INVALID_PROCEDURE_DEFINITION", ErrorType.InternalError);
    /// <summary>PROCEDURE_CALL_FAILED (65551).</summary>
    public static readonly ErrorCode ProcedureCallFailed = new(65551, "PROCEDURE_CALL_FAILED", ErrorType.InternalError);
    /// <summary>AMBIGUOUS_FUNCTION_IMPLEMENTATION (65552).</summary>
    public static readonly ErrorCode AmbiguousFunctionImplementation = new(65552, "AMBIGUOUS_FUNCTION_IMPLEMENTATION", ErrorType.InternalError);
    /// <summary>ABANDONED_TASK (65553).</summary>
    public static readonly ErrorCode AbandonedTask = new(65553, "ABANDONED_TASK", ErrorType.InternalError);
    /// <summary>CORRUPT_SERIALIZED_IDENTITY (65554).</summary>
    public static readonly ErrorCode CorruptSerializedIdentity = new(65554, "CORRUPT_SERIALIZED_IDENTITY", ErrorType.InternalError);
    /// <summary>CORRUPT_PAGE (65555).</summary>
    public static readonly ErrorCode CorruptPage = new(65555, "CORRUPT_PAGE", ErrorType.InternalError);
    /// <summary>OPTIMIZER_TIMEOUT (65556).</summary>
    public static readonly ErrorCode OptimizerTimeout = new(65556, "OPTIMIZER_TIMEOUT", ErrorType.InternalError);
    /// <summary>OUT_OF_SPILL_SPACE (65557).</summary>
    public static readonly ErrorCode OutOfSpillSpace = new(65557, "OUT_OF_SPILL_SPACE", ErrorType.InternalError);
    /// <summary>REMOTE_HOST_GONE (65558).</summary>
    public static readonly ErrorCode RemoteHostGone = new(65558, "REMOTE_HOST_GONE", ErrorType.InternalError);
    /// <summary>CONFIGURATION_INVALID (65559).</summary>
    public static readonly ErrorCode ConfigurationInvalid = new(65559, "CONFIGURATION_INVALID", ErrorType.InternalError);
    /// <summary>CONFIGURATION_UNAVAILABLE (65560).</summary>
    public static readonly ErrorCode ConfigurationUnavailable = new(65560, "CONFIGURATION_UNAVAILABLE", ErrorType.InternalError);
    /// <summary>INVALID_RESOURCE_GROUP (65561).</summary>
    public static readonly ErrorCode InvalidResourceGroup = new(65561, "INVALID_RESOURCE_GROUP", ErrorType.InternalError);
    /// <summary>SERIALIZATION_ERROR (65562).</summary>
    public static readonly ErrorCode SerializationError = new(65562, "SERIALIZATION_ERROR", ErrorType.InternalError);

    /// <summary>GENERIC_INSUFFICIENT_RESOURCES (131072).</summary>
    public static readonly ErrorCode GenericInsufficientResources = new(131072, "GENERIC_INSUFFICIENT_RESOURCES", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_GLOBAL_MEMORY_LIMIT (131073).</summary>
    public static readonly ErrorCode ExceededGlobalMemoryLimit = new(131073, "EXCEEDED_GLOBAL_MEMORY_LIMIT", ErrorType.InsufficientResources);
    /// <summary>QUERY_QUEUE_FULL (131074).</summary>
    public static readonly ErrorCode QueryQueueFull = new(131074, "QUERY_QUEUE_FULL", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_TIME_LIMIT (131075).</summary>
    public static readonly ErrorCode ExceededTimeLimit = new(131075, "EXCEEDED_TIME_LIMIT", ErrorType.InsufficientResources);
    /// <summary>CLUSTER_OUT_OF_MEMORY (131076).</summary>
    public static readonly ErrorCode ClusterOutOfMemory = new(131076, "CLUSTER_OUT_OF_MEMORY", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_CPU_LIMIT (131077).</summary>
    public static readonly ErrorCode ExceededCpuLimit = new(131077, "EXCEEDED_CPU_LIMIT", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_SPILL_LIMIT (131078).</summary>
    public static readonly ErrorCode ExceededSpillLimit = new(131078, "EXCEEDED_SPILL_LIMIT", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_LOCAL_MEMORY_LIMIT (131079).</summary>
    public static readonly ErrorCode ExceededLocalMemoryLimit = new(131079, "EXCEEDED_LOCAL_MEMORY_LIMIT", ErrorType.InsufficientResources);
    /// <summary>ADMINISTRATIVELY_PREEMPTED (131080).</summary>
    public static readonly ErrorCode AdministrativelyPreempted = new(131080, "ADMINISTRATIVELY_PREEMPTED", ErrorType.InsufficientResources);
    /// <summary>EXCEEDED_SCAN_LIMIT (131081).</summary>
    public static readonly ErrorCode ExceededScanLimit = new(131081, "EXCEEDED_SCAN_LIMIT", ErrorType.InsufficientResources);

    /// <summary>Every standard code, in numeric order.</summary>
    public static IReadOnlyList<ErrorCode> All { get; } =
    [
        GenericUserError,
        SyntaxError,
        AbandonedQuery,
        UserCanceled,
        PermissionDenied,
        NotFound,
        FunctionNotFound,
        InvalidFunctionArgument,
        DivisionByZero,
        InvalidCastArgument,
        OperatorNotFound,
        InvalidView,
        AlreadyExists,
        NotSupported,
        InvalidSessionProperty,
        InvalidWindowFrame,
        ConstraintViolation,
        TransactionConflict,
        InvalidTableProperty,
        NumericValueOutOfRange,
        UnknownTransaction,
        NotInTransaction,
        TransactionAlreadyAborted,
        ReadOnlyViolation,
        MultiCatalogWriteConflict,
        AutocommitWriteConflict,
        UnsupportedIsolationLevel,
        IncompatibleClient,
        SubqueryMultipleRows,
        ProcedureNotFound,
        InvalidProcedureArgument,
        QueryRejected,
        AmbiguousFunctionCall,
        InvalidSchemaProperty,
        SchemaNotEmpty,
        QueryTextTooLarge,
        UnsupportedSubquery,
        ExceededFunctionMemoryLimit,
        AdministrativelyKilled,
        InvalidColumnProperty,
        QueryHasTooManyStages,
        InvalidSpatialPartitioning,
        InvalidAnalyzeProperty,
        TypeNotFound,
        CatalogNotFound,
        SchemaNotFound,
        TableNotFound,
        ColumnNotFound,
        RoleNotFound,
        SchemaAlreadyExists,
        TableAlreadyExists,
        ColumnAlreadyExists,
        RoleAlreadyExists,
        DuplicateNamedQuery,
        DuplicateColumnName,
        MissingColumnName,
        MissingCatalogName,
        MissingSchemaName,
        TypeMismatch,
        InvalidLiteral,
        ColumnTypeUnknown,
        MismatchedColumnAliases,
        AmbiguousName,
        InvalidColumnReference,
        MissingGroupBy,
        MissingOrderBy,
        MissingOver,
        NestedAggregation,
        NestedWindow,
        ExpressionNotInDistinct,
        TooManyGroupingSets,
        FunctionNotWindow,
        FunctionNotAggregate,
        ExpressionNotAggregate,
        ExpressionNotScalar,
        ExpressionNotConstant,
        InvalidArguments,
        TooManyArguments,
        InvalidPrivilege,
        DuplicateProperty,
        InvalidParameterUsage,
        ViewIsStale,
        ViewIsRecursive,
        NullTreatmentNotAllowed,
        InvalidRowFilter,
        InvalidColumnMask,
        MissingTable,
        InvalidRecursiveReference,
        MissingColumnAliases,
        NestedRecursive,
        InvalidLimitClause,
        InvalidOrderBy,
        GenericInternalError,
        TooManyRequestsFailed,
        PageTooLarge,
        PageTransportError,
        PageTransportTimeout,
        NoNodesAvailable,
        RemoteTaskError,
        CompilerError,
        RemoteTaskMismatch,
        ServerShuttingDown,
        FunctionImplementationMissing,
        RemoteBufferCloseFailed,
        ServerStartingUp,
        FunctionImplementationError,
        InvalidProcedureDefinition,
        ProcedureCallFailed,
        AmbiguousFunctionImplementation,
        AbandonedTask,
        CorruptSerializedIdentity,
        CorruptPage,
        OptimizerTimeout,
        OutOfSpillSpace,
        RemoteHostGone,
        ConfigurationInvalid,
        ConfigurationUnavailable,
        InvalidResourceGroup,
        SerializationError,
        GenericInsufficientResources,
        ExceededGlobalMemoryLimit,
        QueryQueueFull,
        ExceededTimeLimit,
        ClusterOutOfMemory,
        ExceededCpuLimit,
        ExceededSpillLimit,
        ExceededLocalMemoryLimit,
        AdministrativelyPreempted,
        ExceededScanLimit,
    ];
}
