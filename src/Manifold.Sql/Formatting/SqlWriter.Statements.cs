using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

internal sealed partial class SqlWriter
{
    private void WriteStatement(Statement statement)
    {
        switch (statement)
        {
            case Query query:
                WriteQuery(query);
                break;
            case ExplainStatement explain:
                WriteExplain(explain);
                break;
            case ShowCatalogsStatement show:
                Append("SHOW CATALOGS");
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowSchemasStatement show:
                Append("SHOW SCHEMAS");
                if (show.Catalog is not null)
                {
                    Append(" FROM ");
                    WriteIdentifier(show.Catalog);
                }
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowTablesStatement show:
                Append("SHOW TABLES");
                if (show.Schema is not null)
                {
                    Append(" FROM ");
                    WriteName(show.Schema);
                }
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowColumnsStatement show:
                Append("SHOW COLUMNS FROM ");
                WriteName(show.Table);
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowFunctionsStatement show:
                Append("SHOW FUNCTIONS");
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowSessionStatement show:
                Append("SHOW SESSION");
                WriteLike(show.LikePattern, show.Escape);
                break;
            case ShowCreateStatement show:
                Append(show.Kind switch
                {
                    ShowCreateKind.Table => "SHOW CREATE TABLE ",
                    ShowCreateKind.View => "SHOW CREATE VIEW ",
                    ShowCreateKind.Schema => "SHOW CREATE SCHEMA ",
                });
                WriteName(show.Name);
                break;
            case DescribeInputStatement describe:
                Append("DESCRIBE INPUT ");
                WriteIdentifier(describe.Name);
                break;
            case DescribeOutputStatement describe:
                Append("DESCRIBE OUTPUT ");
                WriteIdentifier(describe.Name);
                break;
            case UseStatement use:
                Append("USE ");
                if (use.Catalog is not null)
                {
                    WriteIdentifier(use.Catalog);
                    Append('.');
                }
                WriteIdentifier(use.Schema);
                break;
            case CreateSchemaStatement create:
                Append("CREATE SCHEMA ");
                if (create.IfNotExists)
                {
                    Append("IF NOT EXISTS ");
                }
                WriteName(create.Name);
                WriteProperties(create.Properties);
                break;
            case DropSchemaStatement drop:
                Append("DROP SCHEMA ");
                if (drop.IfExists)
                {
                    Append("IF EXISTS ");
                }
                WriteName(drop.Name);
                if (drop.Cascade)
                {
                    Append(" CASCADE");
                }
                break;
            case CreateTableStatement create:
                WriteCreateTable(create);
                break;
            case CreateTableAsSelectStatement create:
                WriteCreateTableAsSelect(create);
                break;
            case CreateViewStatement create:
                Append(create.Replace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ");
                WriteName(create.Name);
                if (create.Comment is not null)
                {
                    Append(" COMMENT ");
                    WriteString(create.Comment);
                }
                Append(" AS");
                NewLine();
                WriteQuery(create.Query);
                break;
            case CreateIndexStatement create:
                Append(create.Unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
                if (create.IfNotExists)
                {
                    Append("IF NOT EXISTS ");
                }
                WriteIdentifier(create.Name);
                Append(" ON ");
                WriteName(create.Table);
                Append(" (");
                WriteSortItems(create.Columns);
                Append(')');
                break;
            case DropIndexStatement drop:
                WriteDrop("DROP INDEX ", drop.IfExists, drop.Name);
                break;
            case DropTableStatement drop:
                WriteDrop("DROP TABLE ", drop.IfExists, drop.Name);
                break;
            case DropViewStatement drop:
                WriteDrop("DROP VIEW ", drop.IfExists, drop.Name);
                break;
            case InsertStatement insert:
                Append("INSERT INTO ");
                WriteName(insert.Target);
                if (insert.Columns is not null)
                {
                    Append(' ');
                    WriteIdentifierList(insert.Columns);
                }
                NewLine();
                WriteQuery(insert.Query);
                break;
            case DeleteStatement delete:
                Append("DELETE FROM ");
                WriteName(delete.Table);
                if (delete.Where is not null)
                {
                    Append(" WHERE ");
                    WriteExpression(delete.Where, 0);
                }
                break;
            case UpdateStatement update:
                WriteUpdate(update);
                break;
            case RenameTableStatement rename:
                Append("ALTER TABLE ");
                if (rename.IfExists)
                {
                    Append("IF EXISTS ");
                }
                WriteName(rename.Source);
                Append(" RENAME TO ");
                WriteName(rename.Target);
                break;
            case AddColumnStatement add:
                Append("ALTER TABLE ");
                if (add.TableIfExists)
                {
                    Append("IF EXISTS ");
                }
                WriteName(add.Table);
                Append(" ADD COLUMN ");
                if (add.ColumnIfNotExists)
                {
                    Append("IF NOT EXISTS ");
                }
                WriteTableElement(add.Column);
                break;
            case SetSessionStatement set:
                Append("SET SESSION ");
                WriteName(set.Name);
                Append(" = ");
                WriteExpression(set.Value, 0);
                break;
            case ResetSessionStatement reset:
                Append("RESET SESSION ");
                WriteName(reset.Name);
                break;
            case PrepareStatement prepare:
                Append("PREPARE ");
                WriteIdentifier(prepare.Name);
                Append(" FROM");
                NewLine();
                WriteStatement(prepare.Statement);
                break;
            case ExecuteStatement execute:
                Append("EXECUTE ");
                WriteIdentifier(execute.Name);
                WriteUsing(execute.Parameters);
                break;
            case ExecuteImmediateStatement execute:
                Append("EXECUTE IMMEDIATE ");
                WriteString(execute.Statement.Value);
                WriteUsing(execute.Parameters);
                break;
            case DeallocateStatement deallocate:
                Append("DEALLOCATE PREPARE ");
                WriteIdentifier(deallocate.Name);
                break;
            case StartTransactionStatement start:
                Append("START TRANSACTION");
                for (int i = 0; i < start.Modes.Count; i++)
                {
                    Append(i == 0 ? " " : ", ");
                    WriteTransactionMode(start.Modes[i]);
                }
                break;
            case CommitStatement:
                Append("COMMIT");
                break;
            case RollbackStatement:
                Append("ROLLBACK");
                break;
            case CallStatement call:
                Append("CALL ");
                WriteName(call.Name);
                Append('(');
                for (int i = 0; i < call.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        Append(", ");
                    }
                    WriteCallArgument(call.Arguments[i]);
                }
                Append(')');
                break;
            default:
                throw new ArgumentException("cannot format " + statement.GetType().Name, nameof(statement));
        }
    }

    private void WriteExplain(ExplainStatement explain)
    {
        Append("EXPLAIN ");
        if (explain.Analyze)
        {
            Append("ANALYZE ");
        }
        if (explain.Verbose)
        {
            Append("VERBOSE ");
        }
        if (explain.Type is not null || explain.Format is not null)
        {
            Append('(');
            if (explain.Type is ExplainType type)
            {
                Append("TYPE ");
                Append(type switch
                {
                    ExplainType.Logical => "LOGICAL",
                    ExplainType.Distributed => "DISTRIBUTED",
                    ExplainType.Io => "IO",
                    ExplainType.Validate => "VALIDATE",
                });
            }
            if (explain.Format is ExplainFormat format)
            {
                if (explain.Type is not null)
                {
                    Append(", ");
                }
                Append("FORMAT ");
                Append(format switch
                {
                    ExplainFormat.Text => "TEXT",
                    ExplainFormat.Json => "JSON",
                    ExplainFormat.Graphviz => "GRAPHVIZ",
                });
            }
            Append(") ");
        }
        WriteStatement(explain.Statement);
    }

    private void WriteLike(StringLiteral? pattern, StringLiteral? escape)
    {
        if (pattern is null)
        {
            return;
        }
        Append(" LIKE ");
        WriteString(pattern.Value);
        if (escape is not null)
        {
            Append(" ESCAPE ");
            WriteString(escape.Value);
        }
    }

    private void WriteDrop(string prefix, bool ifExists, QualifiedName name)
    {
        Append(prefix);
        if (ifExists)
        {
            Append("IF EXISTS ");
        }
        WriteName(name);
    }

    private void WriteProperties(NodeList<Property> properties)
    {
        if (properties.Count == 0)
        {
            return;
        }
        Append(" WITH (");
        for (int i = 0; i < properties.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteProperty(properties[i]);
        }
        Append(')');
    }

    private void WriteProperty(Property property)
    {
        WriteIdentifier(property.Name);
        Append(" = ");
        WriteExpression(property.Value, 0);
    }

    private void WriteCreateTable(CreateTableStatement create)
    {
        Append("CREATE TABLE ");
        if (create.IfNotExists)
        {
            Append("IF NOT EXISTS ");
        }
        WriteName(create.Name);
        Append(" (");
        _indent++;
        for (int i = 0; i < create.Elements.Count; i++)
        {
            if (i > 0)
            {
                Append(',');
            }
            NewLine();
            WriteTableElement(create.Elements[i]);
        }
        _indent--;
        NewLine();
        Append(')');
        if (create.Comment is not null)
        {
            Append(" COMMENT ");
            WriteString(create.Comment);
        }
        WriteProperties(create.Properties);
    }

    private void WriteTableElement(TableElement element)
    {
        switch (element)
        {
            case ColumnDefinition column:
                WriteIdentifier(column.Name);
                Append(' ');
                WriteType(column.Type);
                if (column.NotNull)
                {
                    Append(" NOT NULL");
                }
                Append(column.Key switch
                {
                    ColumnKeyKind.None => "",
                    ColumnKeyKind.PrimaryKey => " PRIMARY KEY",
                    ColumnKeyKind.Unique => " UNIQUE",
                });
                if (column.Comment is not null)
                {
                    Append(" COMMENT ");
                    WriteString(column.Comment);
                }
                break;
            case LikeClause like:
                Append("LIKE ");
                WriteName(like.Table);
                if (like.IncludingProperties is bool including)
                {
                    Append(including ? " INCLUDING PROPERTIES" : " EXCLUDING PROPERTIES");
                }
                break;
            default:
                throw new ArgumentException("cannot format " + element.GetType().Name, nameof(element));
        }
    }

    private void WriteCreateTableAsSelect(CreateTableAsSelectStatement create)
    {
        Append("CREATE TABLE ");
        if (create.IfNotExists)
        {
            Append("IF NOT EXISTS ");
        }
        WriteName(create.Name);
        if (create.ColumnAliases is not null)
        {
            Append(' ');
            WriteIdentifierList(create.ColumnAliases);
        }
        if (create.Comment is not null)
        {
            Append(" COMMENT ");
            WriteString(create.Comment);
        }
        WriteProperties(create.Properties);
        Append(" AS");
        NewLine();
        WriteQuery(create.Query);
        if (!create.WithData)
        {
            NewLine();
            Append("WITH NO DATA");
        }
    }

    private void WriteUpdate(UpdateStatement update)
    {
        Append("UPDATE ");
        WriteName(update.Table);
        Append(" SET ");
        for (int i = 0; i < update.Assignments.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteIdentifier(update.Assignments[i].Column);
            Append(" = ");
            WriteExpression(update.Assignments[i].Value, 0);
        }
        if (update.Where is not null)
        {
            Append(" WHERE ");
            WriteExpression(update.Where, 0);
        }
    }

    private void WriteUsing(NodeList<Expression> parameters)
    {
        for (int i = 0; i < parameters.Count; i++)
        {
            Append(i == 0 ? " USING " : ", ");
            WriteExpression(parameters[i], 0);
        }
    }

    private void WriteTransactionMode(TransactionMode mode)
        => Append(mode.Kind switch
        {
            TransactionModeKind.ReadUncommitted => "ISOLATION LEVEL READ UNCOMMITTED",
            TransactionModeKind.ReadCommitted => "ISOLATION LEVEL READ COMMITTED",
            TransactionModeKind.RepeatableRead => "ISOLATION LEVEL REPEATABLE READ",
            TransactionModeKind.Serializable => "ISOLATION LEVEL SERIALIZABLE",
            TransactionModeKind.ReadOnly => "READ ONLY",
            TransactionModeKind.ReadWrite => "READ WRITE",
        });

    private void WriteCallArgument(CallArgument argument)
    {
        if (argument.Name is not null)
        {
            WriteIdentifier(argument.Name);
            Append(" => ");
        }
        WriteExpression(argument.Value, 0);
    }
}
