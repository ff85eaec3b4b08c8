namespace Manifold.Sql.Lexing;

/// <summary>The words the parser gives a meaning to. Reserved ones (see <see cref="Keywords.IsReserved"/>) must be quoted to be used as identifiers.</summary>
public enum Keyword
{
    /// <summary>Not a keyword.</summary>
    None,
    /// <summary>ADD.</summary>
    Add,
    /// <summary>ALL.</summary>
    All,
    /// <summary>ALTER (reserved).</summary>
    Alter,
    /// <summary>ANALYZE.</summary>
    Analyze,
    /// <summary>AND (reserved).</summary>
    And,
    /// <summary>ANY.</summary>
    Any,
    /// <summary>ARRAY.</summary>
    Array,
    /// <summary>AS (reserved).</summary>
    As,
    /// <summary>ASC.</summary>
    Asc,
    /// <summary>AT.</summary>
    At,
    /// <summary>BETWEEN (reserved).</summary>
    Between,
    /// <summary>BOTH.</summary>
    Both,
    /// <summary>BY (reserved).</summary>
    By,
    /// <summary>CALL.</summary>
    Call,
    /// <summary>CASCADE.</summary>
    Cascade,
    /// <summary>CASE (reserved).</summary>
    Case,
    /// <summary>CAST (reserved).</summary>
    Cast,
    /// <summary>CATALOGS.</summary>
    Catalogs,
    /// <summary>COLUMN.</summary>
    Column,
    /// <summary>COLUMNS.</summary>
    Columns,
    /// <summary>COMMENT.</summary>
    Comment,
    /// <summary>COMMIT.</summary>
    Commit,
    /// <summary>COMMITTED.</summary>
    Committed,
    /// <summary>CONSTRAINT (reserved).</summary>
    Constraint,
    /// <summary>CREATE (reserved).</summary>
    Create,
    /// <summary>CROSS (reserved).</summary>
    Cross,
    /// <summary>CUBE (reserved).</summary>
    Cube,
    /// <summary>CURRENT.</summary>
    Current,
    /// <summary>CURRENT_CATALOG (reserved).</summary>
    CurrentCatalog,
    /// <summary>CURRENT_DATE (reserved).</summary>
    CurrentDate,
    /// <summary>CURRENT_PATH (reserved).</summary>
    CurrentPath,
    /// <summary>CURRENT_ROLE (reserved).</summary>
    CurrentRole,
    /// <summary>CURRENT_SCHEMA (reserved).</summary>
    CurrentSchema,
    /// <summary>CURRENT_TIME (reserved).</summary>
    CurrentTime,
    /// <summary>CURRENT_TIMESTAMP (reserved).</summary>
    CurrentTimestamp,
    /// <summary>CURRENT_USER (reserved).</summary>
    CurrentUser,
    /// <summary>DATA.</summary>
    Data,
    /// <summary>DAY.</summary>
    Day,
    /// <summary>DEALLOCATE (reserved).</summary>
    Deallocate,
    /// <summary>DELETE (reserved).</summary>
    Delete,
    /// <summary>DESC.</summary>
    Desc,
    /// <summary>DESCRIBE (reserved).</summary>
    Describe,
    /// <summary>DISTINCT (reserved).</summary>
    Distinct,
    /// <summary>DISTRIBUTED.</summary>
    Distributed,
    /// <summary>DOUBLE.</summary>
    Double,
    /// <summary>DROP (reserved).</summary>
    Drop,
    /// <summary>ELSE (reserved).</summary>
    Else,
    /// <summary>END (reserved).</summary>
    End,
    /// <summary>ESCAPE (reserved).</summary>
    Escape,
    /// <summary>EXCEPT (reserved).</summary>
    Except,
    /// <summary>EXCLUDING.</summary>
    Excluding,
    /// <summary>EXECUTE (reserved).</summary>
    Execute,
    /// <summary>EXISTS (reserved).</summary>
    Exists,
    /// <summary>EXPLAIN.</summary>
    Explain,
    /// <summary>EXTRACT (reserved).</summary>
    Extract,
    /// <summary>FALSE (reserved).</summary>
    False,
    /// <summary>FETCH.</summary>
    Fetch,
    /// <summary>FILTER.</summary>
    Filter,
    /// <summary>FIRST.</summary>
    First,
    /// <summary>FOLLOWING.</summary>
    Following,
    /// <summary>FOR (reserved).</summary>
    For,
    /// <summary>FORMAT.</summary>
    Format,
    /// <summary>FROM (reserved).</summary>
    From,
    /// <summary>FULL (reserved).</summary>
    Full,
    /// <summary>FUNCTIONS.</summary>
    Functions,
    /// <summary>GRAPHVIZ.</summary>
    Graphviz,
    /// <summary>GROUP (reserved).</summary>
    Group,
    /// <summary>GROUPING (reserved).</summary>
    Grouping,
    /// <summary>GROUPS.</summary>
    Groups,
    /// <summary>HAVING (reserved).</summary>
    Having,
    /// <summary>HOUR.</summary>
    Hour,
    /// <summary>IF.</summary>
    If,
    /// <summary>IGNORE.</summary>
    Ignore,
    /// <summary>IMMEDIATE.</summary>
    Immediate,
    /// <summary>IN (reserved).</summary>
    In,
    /// <summary>INCLUDING.</summary>
    Including,
    /// <summary>INDEX.</summary>
    Index,
    /// <summary>INNER (reserved).</summary>
    Inner,
    /// <summary>INPUT.</summary>
    Input,
    /// <summary>INSERT (reserved).</summary>
    Insert,
    /// <summary>INTERSECT (reserved).</summary>
    Intersect,
    /// <summary>INTERVAL.</summary>
    Interval,
    /// <summary>INTO (reserved).</summary>
    Into,
    /// <summary>IO.</summary>
    Io,
    /// <summary>IS (reserved).</summary>
    Is,
    /// <summary>ISOLATION.</summary>
    Isolation,
    /// <summary>JOIN (reserved).</summary>
    Join,
    /// <summary>JSON.</summary>
    Json,
    /// <summary>JSON_ARRAY (reserved).</summary>
    JsonArray,
    /// <summary>JSON_EXISTS (reserved).</summary>
    JsonExists,
    /// <summary>JSON_OBJECT (reserved).</summary>
    JsonObject,
    /// <summary>JSON_QUERY (reserved).</summary>
    JsonQuery,
    /// <summary>JSON_TABLE (reserved).</summary>
    JsonTable,
    /// <summary>JSON_VALUE (reserved).</summary>
    JsonValue,
    /// <summary>KEY.</summary>
    Key,
    /// <summary>LAST.</summary>
    Last,
    /// <summary>LATERAL.</summary>
    Lateral,
    /// <summary>LEADING.</summary>
    Leading,
    /// <summary>LEFT (reserved).</summary>
    Left,
    /// <summary>LEVEL.</summary>
    Level,
    /// <summary>LIKE (reserved).</summary>
    Like,
    /// <summary>LIMIT.</summary>
    Limit,
    /// <summary>LISTAGG (reserved).</summary>
    Listagg,
    /// <summary>LOCALTIME (reserved).</summary>
    Localtime,
    /// <summary>LOCALTIMESTAMP (reserved).</summary>
    Localtimestamp,
    /// <summary>LOGICAL.</summary>
    Logical,
    /// <summary>MINUTE.</summary>
    Minute,
    /// <summary>MONTH.</summary>
    Month,
    /// <summary>NATURAL (reserved).</summary>
    Natural,
    /// <summary>NEXT.</summary>
    Next,
    /// <summary>NFC.</summary>
    Nfc,
    /// <summary>NFD.</summary>
    Nfd,
    /// <summary>NFKC.</summary>
    Nfkc,
    /// <summary>NFKD.</summary>
    Nfkd,
    /// <summary>NO.</summary>
    No,
    /// <summary>NORMALIZE (reserved).</summary>
    Normalize,
    /// <summary>NOT (reserved).</summary>
    Not,
    /// <summary>NULL (reserved).</summary>
    Null,
    /// <summary>NULLS.</summary>
    Nulls,
    /// <summary>OFFSET.</summary>
    Offset,
    /// <summary>ON (reserved).</summary>
    On,
    /// <summary>ONLY.</summary>
    Only,
    /// <summary>OR (reserved).</summary>
    Or,
    /// <summary>ORDER (reserved).</summary>
    Order,
    /// <summary>ORDINALITY.</summary>
    Ordinality,
    /// <summary>OUTER (reserved).</summary>
    Outer,
    /// <summary>OUTPUT.</summary>
    Output,
    /// <summary>OVER.</summary>
    Over,
    /// <summary>PARTITION.</summary>
    Partition,
    /// <summary>POSITION.</summary>
    Position,
    /// <summary>PRECEDING.</summary>
    Preceding,
    /// <summary>PRECISION.</summary>
    Precision,
    /// <summary>PREPARE (reserved).</summary>
    Prepare,
    /// <summary>PRIMARY.</summary>
    Primary,
    /// <summary>PROPERTIES.</summary>
    Properties,
    /// <summary>RANGE.</summary>
    Range,
    /// <summary>READ.</summary>
    Read,
    /// <summary>RECURSIVE (reserved).</summary>
    Recursive,
    /// <summary>RENAME.</summary>
    Rename,
    /// <summary>REPEATABLE.</summary>
    Repeatable,
    /// <summary>REPLACE.</summary>
    Replace,
    /// <summary>RESET.</summary>
    Reset,
    /// <summary>RESPECT.</summary>
    Respect,
    /// <summary>RESTRICT.</summary>
    Restrict,
    /// <summary>RIGHT (reserved).</summary>
    Right,
    /// <summary>ROLLBACK.</summary>
    Rollback,
    /// <summary>ROLLUP (reserved).</summary>
    Rollup,
    /// <summary>ROW.</summary>
    Row,
    /// <summary>ROWS.</summary>
    Rows,
    /// <summary>SCHEMA.</summary>
    Schema,
    /// <summary>SCHEMAS.</summary>
    Schemas,
    /// <summary>SECOND.</summary>
    Second,
    /// <summary>SELECT (reserved).</summary>
    Select,
    /// <summary>SERIALIZABLE.</summary>
    Serializable,
    /// <summary>SESSION.</summary>
    Session,
    /// <summary>SET.</summary>
    Set,
    /// <summary>SETS.</summary>
    Sets,
    /// <summary>SHOW.</summary>
    Show,
    /// <summary>SKIP (reserved).</summary>
    Skip,
    /// <summary>SOME.</summary>
    Some,
    /// <summary>START.</summary>
    Start,
    /// <summary>SUBSTRING.</summary>
    Substring,
    /// <summary>TABLE (reserved).</summary>
    Table,
    /// <summary>TABLES.</summary>
    Tables,
    /// <summary>TEXT.</summary>
    Text,
    /// <summary>THEN (reserved).</summary>
    Then,
    /// <summary>TIES.</summary>
    Ties,
    /// <summary>TIME.</summary>
    Time,
    /// <summary>TIMESTAMP.</summary>
    Timestamp,
    /// <summary>TO.</summary>
    To,
    /// <summary>TRAILING.</summary>
    Trailing,
    /// <summary>TRANSACTION.</summary>
    Transaction,
    /// <summary>TRIM (reserved).</summary>
    Trim,
    /// <summary>TRUE (reserved).</summary>
    True,
    /// <summary>TRY_CAST.</summary>
    TryCast,
    /// <summary>TYPE.</summary>
    Type,
    /// <summary>UESCAPE (reserved).</summary>
    Uescape,
    /// <summary>UNBOUNDED.</summary>
    Unbounded,
    /// <summary>UNCOMMITTED.</summary>
    Uncommitted,
    /// <summary>UNION (reserved).</summary>
    Union,
    /// <summary>UNIQUE.</summary>
    Unique,
    /// <summary>UNNEST (reserved).</summary>
    Unnest,
    /// <summary>UPDATE.</summary>
    Update,
    /// <summary>USE.</summary>
    Use,
    /// <summary>USING (reserved).</summary>
    Using,
    /// <summary>VALIDATE.</summary>
    Validate,
    /// <summary>VALUES (reserved).</summary>
    Values,
    /// <summary>VERBOSE.</summary>
    Verbose,
    /// <summary>VIEW.</summary>
    View,
    /// <summary>WHEN (reserved).</summary>
    When,
    /// <summary>WHERE (reserved).</summary>
    Where,
    /// <summary>WINDOW.</summary>
    Window,
    /// <summary>WITH (reserved).</summary>
    With,
    /// <summary>WITHIN.</summary>
    Within,
    /// <summary>WITHOUT.</summary>
    Without,
    /// <summary>WORK.</summary>
    Work,
    /// <summary>WRITE.</summary>
    Write,
    /// <summary>YEAR.</summary>
    Year,
    /// <summary>ZONE.</summary>
    Zone,
}
