using Manifold.Sql.Lexing;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Parsing;

internal sealed partial class Parser
{
    private static readonly Keyword[] s_statementKeywords =
    [
        Keyword.Alter, Keyword.Call, Keyword.Commit, Keyword.Create, Keyword.Deallocate, Keyword.Delete,
        Keyword.Desc, Keyword.Describe, Keyword.Drop, Keyword.Execute, Keyword.Explain, Keyword.Insert,
        Keyword.Prepare, Keyword.Reset, Keyword.Rollback, Keyword.Select, Keyword.Set, Keyword.Show,
        Keyword.Start, Keyword.Table, Keyword.Update, Keyword.Use, Keyword.Values, Keyword.With,
    ];

    private Statement ParseStatement()
    {
        Enter();
        Token start = Current;
        Statement statement;
        if (start.Kind == TokenKind.LeftParen || IsQueryStart(start))
        {
            statement = ParseQuery();
        }
        else
        {
            statement = start.Kind != TokenKind.Identifier ? throw ExpectStatement() : start.Keyword switch
            {
                Keyword.Explain => ParseExplain(),
                Keyword.Show => ParseShow(),
                Keyword.Describe or Keyword.Desc => ParseDescribe(),
                Keyword.Use => ParseUse(),
                Keyword.Create => ParseCreate(),
                Keyword.Drop => ParseDrop(),
                Keyword.Alter => ParseAlter(),
                Keyword.Insert => ParseInsert(),
                Keyword.Delete => ParseDelete(),
                Keyword.Update => ParseUpdate(),
                Keyword.Set => ParseSetSession(),
                Keyword.Reset => ParseResetSession(),
                Keyword.Prepare => ParsePrepare(),
                Keyword.Execute => ParseExecute(),
                Keyword.Deallocate => ParseDeallocate(),
                Keyword.Start => ParseStartTransaction(),
                Keyword.Commit => ParseCommit(),
                Keyword.Rollback => ParseRollback(),
                Keyword.Call => ParseCall(),
                _ => throw ExpectStatement(),
            };
        }
        Leave();
        return statement;
    }

    private SqlParseException ExpectStatement()
    {
        foreach (Keyword keyword in s_statementKeywords)
        {
            Expect(keyword);
        }
        Expect(TokenKind.LeftParen);
        return Mismatch();
    }

    private Statement ParseExplain()
    {
        Token start = Require(Keyword.Explain);
        bool analyze = Accept(Keyword.Analyze);
        bool verbose = Accept(Keyword.Verbose);
        ExplainType? type = null;
        ExplainFormat? format = null;
        if (Is(TokenKind.LeftParen) && (Peek(1).Is(Keyword.Type) || Peek(1).Is(Keyword.Format)))
        {
            Advance();
            do
            {
                Token option = Current;
                if (Accept(Keyword.Type))
                {
                    if (type is not null)
                    {
                        throw Error(option, "duplicate EXPLAIN option: TYPE");
                    }
                    type = Current.Keyword switch
                    {
                        Keyword.Logical => ExplainType.Logical,
                        Keyword.Distributed => ExplainType.Distributed,
                        Keyword.Io => ExplainType.Io,
                        Keyword.Validate => ExplainType.Validate,
                        _ => throw ExpectKeywords(Keyword.Logical, Keyword.Distributed, Keyword.Io, Keyword.Validate),
                    };
                    Advance();
                }
                else if (Accept(Keyword.Format))
                {
                    if (format is not null)
                    {
                        throw Error(option, "duplicate EXPLAIN option: FORMAT");
                    }
                    format = Current.Keyword switch
                    {
                        Keyword.Text => ExplainFormat.Text,
                        Keyword.Json => ExplainFormat.Json,
                        Keyword.Graphviz => ExplainFormat.Graphviz,
                        _ => throw ExpectKeywords(Keyword.Text, Keyword.Json, Keyword.Graphviz),
                    };
                    Advance();
                }
                else
                {
                    throw Mismatch();
                }
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightParen);
        }
        Statement statement = ParseStatement();
        return new ExplainStatement(statement, analyze, verbose, type, format) { Location = Loc(start) };
    }

    private SqlParseException ExpectKeywords(params Keyword[] keywords)
    {
        foreach (Keyword keyword in keywords)
        {
            Expect(keyword);
        }
        return Mismatch();
    }

    private Statement ParseShow()
    {
        Token start = Require(Keyword.Show);
        NodeLocation location = Loc(start);
        switch (Current.Keyword)
        {
            case Keyword.Catalogs:
            {
                Advance();
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowCatalogsStatement(pattern, escape) { Location = location };
            }
            case Keyword.Schemas:
            {
                Advance();
                Identifier? catalog = null;
                if (Accept(Keyword.From) || Accept(Keyword.In))
                {
                    catalog = ParseIdentifier();
                }
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowSchemasStatement(catalog, pattern, escape) { Location = location };
            }
            case Keyword.Tables:
            {
                Advance();
                QualifiedName? schema = null;
                if (Accept(Keyword.From) || Accept(Keyword.In))
                {
                    schema = ParseQualifiedName();
                }
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowTablesStatement(schema, pattern, escape) { Location = location };
            }
            case Keyword.Columns:
            {
                Advance();
                if (!Accept(Keyword.From))
                {
                    Require(Keyword.In);
                }
                QualifiedName table = ParseQualifiedName();
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowColumnsStatement(table, pattern, escape) { Location = location };
            }
            case Keyword.Functions:
            {
                Advance();
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowFunctionsStatement(pattern, escape) { Location = location };
            }
            case Keyword.Session:
            {
                Advance();
                (StringLiteral? pattern, StringLiteral? escape) = ParseShowLike();
                return new ShowSessionStatement(pattern, escape) { Location = location };
            }
            case Keyword.Create:
            {
                Advance();
                ShowCreateKind kind = Current.Keyword switch
                {
                    Keyword.Table => ShowCreateKind.Table,
                    Keyword.View => ShowCreateKind.View,
                    Keyword.Schema => ShowCreateKind.Schema,
                    _ => throw ExpectKeywords(Keyword.Schema, Keyword.Table, Keyword.View),
                };
                Advance();
                return new ShowCreateStatement(kind, ParseQualifiedName()) { Location = location };
            }
            default:
                throw ExpectKeywords(Keyword.Catalogs, Keyword.Columns, Keyword.Create, Keyword.Functions,
                    Keyword.Schemas, Keyword.Session, Keyword.Tables);
        }
    }

    private (StringLiteral? Pattern, StringLiteral? Escape) ParseShowLike()
    {
        if (!Accept(Keyword.Like))
        {
            return (null, null);
        }
        StringLiteral pattern = ParseStringLiteral();
        StringLiteral? escape = Accept(Keyword.Escape) ? ParseStringLiteral() : null;
        return (pattern, escape);
    }

    private StringLiteral ParseStringLiteral()
    {
        Token token = Current;
        if (token.Kind == TokenKind.String)
        {
            Advance();
            return new StringLiteral(token.Value) { Location = Loc(token) };
        }
        if (token.Kind == TokenKind.UnicodeString)
        {
            return ParseUnicodeString();
        }
        Expect(ExpectedCategory.String);
        throw Mismatch();
    }

    private Statement ParseDescribe()
    {
        Token start = Advance();
        NodeLocation location = Loc(start);
        if ((Is(Keyword.Input) || Is(Keyword.Output)) && Peek(1).IsIdentifier)
        {
            bool input = Advance().Is(Keyword.Input);
            Identifier name = ParseIdentifier();
            return input
                ? new DescribeInputStatement(name) { Location = location }
                : new DescribeOutputStatement(name) { Location = location };
        }
        return new ShowColumnsStatement(ParseQualifiedName(), null, null) { Location = location };
    }

    private Statement ParseUse()
    {
        Token start = Require(Keyword.Use);
        Identifier first = ParseIdentifier();
        if (Accept(TokenKind.Dot))
        {
            Identifier schema = ParseIdentifier();
            return new UseStatement(first, schema) { Location = Loc(start) };
        }
        return new UseStatement(null, first) { Location = Loc(start) };
    }

    private Statement ParseCreate()
    {
        Token start = Require(Keyword.Create);
        NodeLocation location = Loc(start);
        if (Accept(Keyword.Or))
        {
            Require(Keyword.Replace);
            Require(Keyword.View);
            return ParseCreateView(location, replace: true);
        }
        if (Accept(Keyword.View))
        {
            return ParseCreateView(location, replace: false);
        }
        if (Accept(Keyword.Schema))
        {
            bool ifNotExists = ParseIfNotExists();
            QualifiedName name = ParseQualifiedName();
            NodeList<Property> properties = ParseWithProperties();
            return new CreateSchemaStatement(name, ifNotExists, properties) { Location = location };
        }
        if (Accept(Keyword.Table))
        {
            return ParseCreateTable(location);
        }
        bool unique = Accept(Keyword.Unique);
        if (Accept(Keyword.Index))
        {
            bool ifNotExists = ParseIfNotExists();
            Identifier name = ParseIdentifier();
            Require(Keyword.On);
            QualifiedName table = ParseQualifiedName();
            Require(TokenKind.LeftParen);
            var columns = new List<SortItem>();
            do
            {
                columns.Add(ParseSortItem());
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightParen);
            return new CreateIndexStatement(name, table, columns, unique, ifNotExists) { Location = location };
        }
        if (!unique)
        {
            Expect(Keyword.Schema);
            Expect(Keyword.Table);
            Expect(Keyword.View);
        }
        throw Mismatch();
    }

    private bool ParseIfNotExists()
    {
        if (Accept(Keyword.If))
        {
            Require(Keyword.Not);
            Require(Keyword.Exists);
            return true;
        }
        return false;
    }

    private bool ParseIfExists()
    {
        if (Accept(Keyword.If))
        {
            Require(Keyword.Exists);
            return true;
        }
        return false;
    }

    private Statement ParseCreateView(NodeLocation location, bool replace)
    {
        QualifiedName name = ParseQualifiedName();
        string? comment = Accept(Keyword.Comment) ? ParseStringLiteral().Value : null;
        Require(Keyword.As);
        Query query = ParseQuery();
        return new CreateViewStatement(name, query, replace, comment) { Location = location };
    }

    private Statement ParseCreateTable(NodeLocation location)
    {
        bool ifNotExists = ParseIfNotExists();
        QualifiedName name = ParseQualifiedName();
        bool columnAliases = Is(TokenKind.LeftParen) && Peek(1).IsIdentifier
            && Peek(2).Kind is TokenKind.Comma or TokenKind.RightParen;
        if (Is(TokenKind.LeftParen) && !columnAliases)
        {
            Advance();
            var elements = new List<TableElement>();
            do
            {
                TableElement? element = ParseTableElement();
                if (element is not null)
                {
                    elements.Add(element);
                }
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightParen);
            string? tableComment = Accept(Keyword.Comment) ? ParseStringLiteral().Value : null;
            NodeList<Property> tableProperties = ParseWithProperties();
            return new CreateTableStatement(name, elements, ifNotExists, tableProperties, tableComment) { Location = location };
        }

        NodeList<Identifier>? aliases = columnAliases ? ParseColumnAliases() : null;
        string? comment = Accept(Keyword.Comment) ? ParseStringLiteral().Value : null;
        NodeList<Property> properties = ParseWithProperties();
        Require(Keyword.As);
        Query query = ParseQuery();
        bool withData = true;
        if (Is(Keyword.With) && (Peek(1).Is(Keyword.No) || Peek(1).Is(Keyword.Data)))
        {
            Advance();
            withData = !Accept(Keyword.No);
            Require(Keyword.Data);
        }
        else
        {
            Expect(Keyword.With);
        }
        return new CreateTableAsSelectStatement(name, aliases, query, ifNotExists, withData, properties, comment) { Location = location };
    }

    /// <summary>A column, a LIKE clause, or a table constraint (accepted and dropped: null).</summary>
    private TableElement? ParseTableElement()
    {
        Token start = Current;
        if (Accept(Keyword.Like))
        {
            QualifiedName table = ParseQualifiedName();
            bool? including = null;
            if (Is(Keyword.Including) || Is(Keyword.Excluding))
            {
                including = Advance().Is(Keyword.Including);
                Require(Keyword.Properties);
            }
            return new LikeClause(table, including) { Location = Loc(start) };
        }
        if (Is(Keyword.Constraint) || (Is(Keyword.Primary) && Peek(1).Is(Keyword.Key))
            || (Is(Keyword.Unique) && Peek(1).Kind == TokenKind.LeftParen))
        {
            if (Accept(Keyword.Constraint))
            {
                ParseIdentifier();
            }
            if (Accept(Keyword.Primary))
            {
                Require(Keyword.Key);
            }
            else
            {
                Require(Keyword.Unique);
            }
            ParseColumnAliases();
            return null;
        }
        return ParseColumnDefinition();
    }

    private ColumnDefinition ParseColumnDefinition()
    {
        Token start = Current;
        Identifier name = ParseIdentifier();
        DataType type = ParseDataType();
        bool notNull = false;
        bool nullable = false;
        ColumnKeyKind key = ColumnKeyKind.None;
        string? comment = null;
        while (true)
        {
            Token token = Current;
            if (Is(Keyword.Not) && Peek(1).Is(Keyword.Null))
            {
                if (notNull || nullable)
                {
                    throw Error(token, "conflicting NULL/NOT NULL declarations for column '" + name.Value + "'");
                }
                Advance();
                Advance();
                notNull = true;
            }
            else if (Is(Keyword.Null))
            {
                if (notNull || nullable)
                {
                    throw Error(token, "conflicting NULL/NOT NULL declarations for column '" + name.Value + "'");
                }
                Advance();
                nullable = true;
            }
            else if (Is(Keyword.Primary) || Is(Keyword.Unique))
            {
                if (key != ColumnKeyKind.None)
                {
                    throw Error(token, "multiple key declarations for column '" + name.Value + "'");
                }
                if (Accept(Keyword.Primary))
                {
                    Require(Keyword.Key);
                    key = ColumnKeyKind.PrimaryKey;
                }
                else
                {
                    Advance();
                    key = ColumnKeyKind.Unique;
                }
            }
            else if (Is(Keyword.Comment))
            {
                if (comment is not null)
                {
                    throw Error(token, "multiple comments for column '" + name.Value + "'");
                }
                Advance();
                comment = ParseStringLiteral().Value;
            }
            else
            {
                Expect(Keyword.Not);
                Expect(Keyword.Null);
                Expect(Keyword.Primary);
                Expect(Keyword.Unique);
                Expect(Keyword.Comment);
                break;
            }
        }
        return new ColumnDefinition(name, type, notNull, key, comment) { Location = Loc(start) };
    }

    private NodeList<Property> ParseWithProperties()
    {
        if (!(Is(Keyword.With) && Peek(1).Kind == TokenKind.LeftParen))
        {
            Expect(Keyword.With);
            return NodeList<Property>.Empty;
        }
        Advance();
        Advance();
        var properties = new List<Property>();
        do
        {
            Token start = Current;
            Identifier name = ParseIdentifier();
            Require(TokenKind.Equal);
            Expression value = ParseExpression();
            properties.Add(new Property(name, value) { Location = Loc(start) });
        }
        while (Accept(TokenKind.Comma));
        Require(TokenKind.RightParen);
        return properties;
    }

    private Statement ParseDrop()
    {
        Token start = Require(Keyword.Drop);
        NodeLocation location = Loc(start);
        if (Accept(Keyword.Table))
        {
            bool ifExists = ParseIfExists();
            return new DropTableStatement(ParseQualifiedName(), ifExists) { Location = location };
        }
        if (Accept(Keyword.View))
        {
            bool ifExists = ParseIfExists();
            return new DropViewStatement(ParseQualifiedName(), ifExists) { Location = location };
        }
        if (Accept(Keyword.Index))
        {
            bool ifExists = ParseIfExists();
            return new DropIndexStatement(ParseQualifiedName(), ifExists) { Location = location };
        }
        if (Accept(Keyword.Schema))
        {
            bool ifExists = ParseIfExists();
            QualifiedName name = ParseQualifiedName();
            bool cascade = false;
            if (Accept(Keyword.Cascade))
            {
                cascade = true;
            }
            else
            {
                Accept(Keyword.Restrict);
            }
            return new DropSchemaStatement(name, ifExists, cascade) { Location = location };
        }
        throw ExpectKeywords(Keyword.Index, Keyword.Schema, Keyword.Table, Keyword.View);
    }

    private Statement ParseAlter()
    {
        Token start = Require(Keyword.Alter);
        Require(Keyword.Table);
        bool ifExists = ParseIfExists();
        QualifiedName table = ParseQualifiedName();
        if (Accept(Keyword.Rename))
        {
            Require(Keyword.To);
            return new RenameTableStatement(table, ParseQualifiedName(), ifExists) { Location = Loc(start) };
        }
        if (Accept(Keyword.Add))
        {
            Require(Keyword.Column);
            bool columnIfNotExists = ParseIfNotExists();
            ColumnDefinition column = ParseColumnDefinition();
            return new AddColumnStatement(table, column, ifExists, columnIfNotExists) { Location = Loc(start) };
        }
        throw ExpectKeywords(Keyword.Add, Keyword.Rename);
    }

    private Statement ParseInsert()
    {
        Token start = Require(Keyword.Insert);
        Require(Keyword.Into);
        QualifiedName target = ParseQualifiedName();
        NodeList<Identifier>? columns = null;
        if (Is(TokenKind.LeftParen) && Peek(1).IsIdentifier)
        {
            columns = ParseColumnAliases();
        }
        Query query = ParseQuery();
        return new InsertStatement(target, columns, query) { Location = Loc(start) };
    }

    private Statement ParseDelete()
    {
        Token start = Require(Keyword.Delete);
        Require(Keyword.From);
        QualifiedName table = ParseQualifiedName();
        Expression? where = Accept(Keyword.Where) ? ParseExpression() : null;
        return new DeleteStatement(table, where) { Location = Loc(start) };
    }

    private Statement ParseUpdate()
    {
        Token start = Require(Keyword.Update);
        QualifiedName table = ParseQualifiedName();
        Require(Keyword.Set);
        var assignments = new List<UpdateAssignment>();
        do
        {
            Token assignmentStart = Current;
            Identifier column = ParseIdentifier();
            Require(TokenKind.Equal);
            Expression value = ParseExpression();
            assignments.Add(new UpdateAssignment(column, value) { Location = Loc(assignmentStart) });
        }
        while (Accept(TokenKind.Comma));
        Expression? where = Accept(Keyword.Where) ? ParseExpression() : null;
        return new UpdateStatement(table, assignments, where) { Location = Loc(start) };
    }

    private Statement ParseSetSession()
    {
        Token start = Require(Keyword.Set);
        Require(Keyword.Session);
        QualifiedName name = ParseQualifiedName();
        Require(TokenKind.Equal);
        Expression value = ParseExpression();
        return new SetSessionStatement(name, value) { Location = Loc(start) };
    }

    private Statement ParseResetSession()
    {
        Token start = Require(Keyword.Reset);
        Require(Keyword.Session);
        return new ResetSessionStatement(ParseQualifiedName()) { Location = Loc(start) };
    }

    private Statement ParsePrepare()
    {
        Token start = Require(Keyword.Prepare);
        Identifier name = ParseIdentifier();
        Require(Keyword.From);
        Statement statement = ParseStatement();
        return new PrepareStatement(name, statement) { Location = Loc(start) };
    }

    private Statement ParseExecute()
    {
        Token start = Require(Keyword.Execute);
        if (Is(Keyword.Immediate) && Peek(1).Kind is TokenKind.String or TokenKind.UnicodeString)
        {
            Advance();
            StringLiteral text = ParseStringLiteral();
            return new ExecuteImmediateStatement(text, ParseUsing()) { Location = Loc(start) };
        }
        Identifier name = ParseIdentifier();
        return new ExecuteStatement(name, ParseUsing()) { Location = Loc(start) };
    }

    private NodeList<Expression> ParseUsing()
    {
        if (!Accept(Keyword.Using))
        {
            return NodeList<Expression>.Empty;
        }
        var values = new List<Expression>();
        do
        {
            values.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));
        return values;
    }

    private Statement ParseDeallocate()
    {
        Token start = Require(Keyword.Deallocate);
        Require(Keyword.Prepare);
        return new DeallocateStatement(ParseIdentifier()) { Location = Loc(start) };
    }

    private Statement ParseStartTransaction()
    {
        Token start = Require(Keyword.Start);
        Require(Keyword.Transaction);
        var modes = new List<TransactionMode>();
        if (Is(Keyword.Isolation) || Is(Keyword.Read))
        {
            do
            {
                Token modeStart = Current;
                TransactionModeKind kind;
                if (Accept(Keyword.Isolation))
                {
                    Require(Keyword.Level);
                    if (Accept(Keyword.Serializable))
                    {
                        kind = TransactionModeKind.Serializable;
                    }
                    else if (Accept(Keyword.Repeatable))
                    {
                        Require(Keyword.Read);
                        kind = TransactionModeKind.RepeatableRead;
                    }
                    else
                    {
                        Require(Keyword.Read);
                        if (Accept(Keyword.Committed))
                        {
                            kind = TransactionModeKind.ReadCommitted;
                        }
                        else
                        {
                            Require(Keyword.Uncommitted);
                            kind = TransactionModeKind.ReadUncommitted;
                        }
                    }
                }
                else
                {
                    Require(Keyword.Read);
                    if (Accept(Keyword.Only))
                    {
                        kind = TransactionModeKind.ReadOnly;
                    }
                    else
                    {
                        Require(Keyword.Write);
                        kind = TransactionModeKind.ReadWrite;
                    }
                }
                modes.Add(new TransactionMode(kind) { Location = Loc(modeStart) });
            }
            while (Accept(TokenKind.Comma));
        }
        else
        {
            Expect(Keyword.Isolation);
            Expect(Keyword.Read);
        }
        return new StartTransactionStatement(modes) { Location = Loc(start) };
    }

    private Statement ParseCommit()
    {
        Token start = Require(Keyword.Commit);
        Accept(Keyword.Work);
        return new CommitStatement() { Location = Loc(start) };
    }

    private Statement ParseRollback()
    {
        Token start = Require(Keyword.Rollback);
        Accept(Keyword.Work);
        return new RollbackStatement() { Location = Loc(start) };
    }

    private Statement ParseCall()
    {
        Token start = Require(Keyword.Call);
        QualifiedName name = ParseQualifiedName();
        Require(TokenKind.LeftParen);
        var arguments = new List<CallArgument>();
        if (!Accept(TokenKind.RightParen))
        {
            do
            {
                Token argumentStart = Current;
                Identifier? argumentName = null;
                if (Current.IsIdentifier && Peek(1).Kind == TokenKind.DoubleArrow)
                {
                    argumentName = ParseIdentifier();
                    Advance();
                }
                Expression value = ParseExpression();
                arguments.Add(new CallArgument(argumentName, value) { Location = Loc(argumentStart) });
            }
            while (Accept(TokenKind.Comma));
            Require(TokenKind.RightParen);
        }
        return new CallStatement(name, arguments) { Location = Loc(start) };
    }
}
