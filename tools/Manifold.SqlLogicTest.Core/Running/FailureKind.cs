namespace Manifold.SqlLogicTest;

/// <summary>Why a record failed.</summary>
public enum FailureKind
{
    /// <summary><c>statement ok</c> raised an error.</summary>
    StatementFailed,

    /// <summary><c>statement error</c> succeeded.</summary>
    StatementSucceeded,

    /// <summary>The query raised an error.</summary>
    QueryFailed,

    /// <summary><c>query error</c> succeeded.</summary>
    QuerySucceeded,

    /// <summary><c>statement error NAME</c> or <c>query error NAME</c> failed with an error of another name.</summary>
    WrongError,

    /// <summary>A result row has a different number of columns than the record's type letters.</summary>
    ColumnCountMismatch,

    /// <summary>The rendered (sorted, maybe hashed) values differ from the expected output.</summary>
    WrongResult,

    /// <summary>The values match the expected output but not the hash remembered for the record's label.</summary>
    LabelMismatch,

    /// <summary>The file ran past its time limit; the rest of it was not run.</summary>
    Timeout,

    /// <summary>The record could not be parsed; the rest of the file was not run.</summary>
    MalformedRecord,

    /// <summary>The engine could not be created or reset for the file; nothing of it was run.</summary>
    EngineError,
}
