namespace Manifold.Cli.Tests;

/// <summary><c>manifold sql --execute</c> in every output format, compared with what the Trino CLI prints.</summary>
public sealed class OutputFormatTests
{
    private const string ValuesQuery =
        "SELECT * FROM (VALUES (1, 'a', 1.5e0, true, NULL), (22, 'b\"c,d', NULL, false, DATE '2024-01-02')) AS t(id, name, score, ok, day)";

    private const string NationQuery = "SELECT * FROM tpch.tiny.nation ORDER BY nationkey LIMIT 3";

    public static TheoryData<string, string> ValuesGoldens => new()
    {
        {
            "ALIGNED", """
             id | name  | score |  ok   |    day     $
            ----+-------+-------+-------+------------$
              1 | a     |   1.5 | true  | NULL       $
             22 | b"c,d |  NULL | false | 2024-01-02 $
            (2 rows)$
            """
        },
        {
            "VERTICAL", """
            -[ RECORD 1 ]-----$
            id    | 1$
            name  | a$
            score | 1.5$
            ok    | true$
            day   | NULL$
            -[ RECORD 2 ]-----$
            id    | 22$
            name  | b"c,d$
            score | NULL$
            ok    | false$
            day   | 2024-01-02$
            """
        },
        {
            "CSV", """
            "1","a","1.5","true",""$
            "22","b""c,d","","false","2024-01-02"$
            """
        },
        {
            "CSV_HEADER", """
            "id","name","score","ok","day"$
            "1","a","1.5","true",""$
            "22","b""c,d","","false","2024-01-02"$
            """
        },
        {
            "CSV_UNQUOTED", """
            1,a,1.5,true,$
            22,b""c,d,,false,2024-01-02$
            """
        },
        {
            "CSV_HEADER_UNQUOTED", """
            id,name,score,ok,day$
            1,a,1.5,true,$
            22,b""c,d,,false,2024-01-02$
            """
        },
        {
            "TSV", "1\ta\t1.5\ttrue\t$\n22\tb\"c,d\t\tfalse\t2024-01-02$\n"
        },
        {
            "TSV_HEADER", "id\tname\tscore\tok\tday$\n1\ta\t1.5\ttrue\t$\n22\tb\"c,d\t\tfalse\t2024-01-02$\n"
        },
        {
            "JSON", """
            {"id":1,"name":"a","score":1.5,"ok":true,"day":null}$
            {"id":22,"name":"b\"c,d","score":null,"ok":false,"day":"2024-01-02"}$
            """
        },
        {
            "MARKDOWN", """
            | id | name  | score | ok    | day        |$
            | --:| ----- | -----:| ----- | ---------- |$
            |  1 | a     |   1.5 | true  | NULL       |$
            | 22 | b"c,d |  NULL | false | 2024-01-02 |$
            """
        },
        { "NULL", "" },
    };

    public static TheoryData<string, string> NationGoldens => new()
    {
        {
            "ALIGNED", """
             nationkey |   name    | regionkey |                                                   comment                                                   $
            -----------+-----------+-----------+-------------------------------------------------------------------------------------------------------------$
                     0 | ALGERIA   |         0 |  haggle. carefully final deposits detect slyly agai                                                         $
                     1 | ARGENTINA |         1 | al foxes promise slyly according to the regular accounts. bold requests alon                                $
                     2 | BRAZIL    |         1 | y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special  $
            (3 rows)$
            """
        },
        {
            "VERTICAL", """
            -[ RECORD 1 ]----------------------------------------------------------------------------------------------------------$
            nationkey | 0$
            name      | ALGERIA$
            regionkey | 0$
            comment   |  haggle. carefully final deposits detect slyly agai$
            -[ RECORD 2 ]----------------------------------------------------------------------------------------------------------$
            nationkey | 1$
            name      | ARGENTINA$
            regionkey | 1$
            comment   | al foxes promise slyly according to the regular accounts. bold requests alon$
            -[ RECORD 3 ]----------------------------------------------------------------------------------------------------------$
            nationkey | 2$
            name      | BRAZIL$
            regionkey | 1$
            comment   | y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special $
            """
        },
        {
            "CSV", """
            "0","ALGERIA","0"," haggle. carefully final deposits detect slyly agai"$
            "1","ARGENTINA","1","al foxes promise slyly according to the regular accounts. bold requests alon"$
            "2","BRAZIL","1","y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special "$
            """
        },
        {
            "CSV_HEADER", """
            "nationkey","name","regionkey","comment"$
            "0","ALGERIA","0"," haggle. carefully final deposits detect slyly agai"$
            "1","ARGENTINA","1","al foxes promise slyly according to the regular accounts. bold requests alon"$
            "2","BRAZIL","1","y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special "$
            """
        },
        {
            "TSV_HEADER",
            "nationkey\tname\tregionkey\tcomment$\n" +
            "0\tALGERIA\t0\t haggle. carefully final deposits detect slyly agai$\n" +
            "1\tARGENTINA\t1\tal foxes promise slyly according to the regular accounts. bold requests alon$\n" +
            "2\tBRAZIL\t1\ty alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special $\n"
        },
        {
            "JSON", """
            {"nationkey":0,"name":"ALGERIA","regionkey":0,"comment":" haggle. carefully final deposits detect slyly agai"}$
            {"nationkey":1,"name":"ARGENTINA","regionkey":1,"comment":"al foxes promise slyly according to the regular accounts. bold requests alon"}$
            {"nationkey":2,"name":"BRAZIL","regionkey":1,"comment":"y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special "}$
            """
        },
        {
            "MARKDOWN", """
            | nationkey | name      | regionkey | comment                                                                                                     |$
            | ---------:| --------- | ---------:| ----------------------------------------------------------------------------------------------------------- |$
            |         0 | ALGERIA   |         0 |  haggle. carefully final deposits detect slyly agai                                                         |$
            |         1 | ARGENTINA |         1 | al foxes promise slyly according to the regular accounts. bold requests alon                                |$
            |         2 | BRAZIL    |         1 | y alongside of the pending deposits. carefully special packages are about the ironic forges. slyly special  |$
            """
        },
    };

    [Theory]
    [MemberData(nameof(ValuesGoldens))]
    public async Task Values_query_prints_as_the_Trino_CLI_in_each_format(string format, string golden)
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", format, "--execute", ValuesQuery);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Golden.Text(golden), run.Out);
    }

    [Theory]
    [MemberData(nameof(NationGoldens))]
    public async Task Nation_query_prints_as_the_Trino_CLI_in_each_format(string format, string golden)
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", format, "--execute", NationQuery);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Golden.Text(golden), run.Out);
    }

    [Fact]
    public async Task Redirected_output_defaults_to_csv_without_header()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute", "SELECT 1 AS a, 'x' AS b");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"1\",\"x\"\n", run.Out);
    }

    [Fact]
    public async Task Output_format_names_are_case_insensitive()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", "csv_header", "--execute", "SELECT 1 AS a");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("\"a\"\n\"1\"\n", run.Out);
    }

    [Fact]
    public async Task Aligned_empty_result_prints_header_and_zero_rows()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", "ALIGNED", "--execute",
            "SELECT name FROM tpch.tiny.nation WHERE nationkey < 0");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(" name $\n------$\n(0 rows)$\n".Replace("$", ""), run.Out);
    }

    [Fact]
    public async Task Vertical_empty_result_says_no_rows()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", "VERTICAL", "--execute",
            "SELECT name FROM tpch.tiny.nation WHERE nationkey < 0");

        Assert.Equal("(no rows)\n", run.Out);
    }

    [Fact]
    public async Task Json_writes_arrays_maps_rows_and_decimals_like_the_Trino_client()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", "JSON", "--execute",
            "SELECT ARRAY[1, NULL, 3] AS a, MAP(ARRAY['k'], ARRAY[2.50]) AS m, CAST(ROW(1, 'x') AS ROW(n integer, s varchar)) AS r, " +
            "DECIMAL '12.50' AS d, nan() AS f, 1e10 AS e");

        Assert.Equal("", run.Error);
        Assert.Equal("{\"a\":[1,null,3],\"m\":{\"k\":\"2.50\"},\"r\":{\"n\":1,\"s\":\"x\"},\"d\":\"12.50\",\"f\":\"NaN\",\"e\":1.0E10}\n", run.Out);
    }
}
