using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class CampaignPlanTests(PostgresFixture postgres) : AppTests(postgres)
{

    private static MultipartFormDataContent Form(byte[] file, string fileName, string name = "导入的专项行动", string start = "2026-10-11", string end = "2027-01-18", string? id = null)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", fileName },
            { new StringContent(name), "name" },
            { new StringContent(start), "startDate" },
            { new StringContent(end), "endDate" },
        };
        if (id is not null)
        {
            form.Add(new StringContent(id), "id");
        }

        return form;
    }

    /// <summary>The plan of a campaign (what the table carries), one line per task, comparable across campaigns.</summary>
    private static List<string> Plan(JsonElement snapshot) =>
        snapshot.GetProperty("lines").EnumerateArray().SelectMany(line => line.GetProperty("tasks").EnumerateArray().Select(t => string.Join(" | ",
            line.GetProperty("code").GetString(), line.GetProperty("title").GetString(), line.GetProperty("leadUnit").GetString(), line.GetProperty("leader").GetString(),
            t.GetProperty("code").GetString(), t.GetProperty("title").GetString(), t.GetProperty("ownerUnit").GetString(),
            string.Join("、", t.GetProperty("coUnits").EnumerateArray().Select(c => c.GetString())),
            t.GetProperty("target").GetRawText(), t.GetProperty("dueDate").GetString()))).ToList();

    private async Task<int> CampaignCount() => (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).GetArrayLength();

    [Theory]
    [InlineData("xlsx", "zh")]
    [InlineData("csv", "en")]
    public async Task The_seed_plan_round_trips_through_export_and_import(string format, string language)
    {
        var client = await App.AdminClient();
        var original = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var exported = await client.GetByteArrayAsync($"/api/campaigns/dagan100/export?format={format}&language={language}");

        var response = await client.PostAsync("/api/campaigns/import", Form(exported, $"plan.{format}",
            start: original.GetProperty("startDate").GetString()!, end: original.GetProperty("endDate").GetString()!));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var imported = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        Assert.Equal(Plan(original), Plan(imported));
        Assert.Equal(43, Plan(imported).Count);
    }

    [Fact]
    public async Task A_GB18030_csv_with_Chinese_headers_imports()
    {
        var csv = "专项行动编号,专项行动名称,牵头单位,分管领导,任务编号,任务内容,责任单位,目标类型,目标值,计量单位,完成时限\r\n" +
                  "一,背街小巷专项治理行动,城管支队,吴永强,1.1,清理占道经营400处,城管支队,数量,400,处,2026-12-31\r\n" +
                  "一,背街小巷专项治理行动,城管支队,吴永强,1.2,路灯亮灯率达到98%,市政设施管理处,比率,98,%,2026-12-31\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(csv);
        var response = await (await App.AdminClient()).PostAsync("/api/campaigns/import", Form(bytes, "计划.csv", id: "gb-test"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/gb-test");
        var tasks = snapshot.GetProperty("lines")[0].GetProperty("tasks");
        Assert.Equal("清理占道经营400处", tasks[0].GetProperty("title").GetString());
        Assert.Equal("rate", tasks[1].GetProperty("target").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_broken_table_gets_row_errors_and_stores_nothing()
    {
        var csv = "line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,unit_of_measure,due_date\n" +
                  "1,Line,Unit,Leader,1.1,Good task,Unit,quantity,10,pcs,2026-12-31\n" +
                  "1,Line,Unit,Leader,1.2,Bad kind,Unit,sometimes,10,pcs,2026-12-31\n" +
                  "1,Line,Unit,Leader,1.3,Bad date,Unit,quantity,10,pcs,31/12/2026\n";
        var before = await CampaignCount();
        var response = await (await App.AdminClient()).PostAsync("/api/campaigns/import", Form(Encoding.UTF8.GetBytes(csv), "plan.csv", id: "broken"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString() == "target_kind");
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 4 && e.GetProperty("column").GetString() == "due_date");
        Assert.Equal(before, await CampaignCount());
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync("/api/tasks/broken.1.1")).StatusCode);
    }

    [Fact]
    public async Task An_imported_row_whose_baseline_is_not_below_its_target_is_refused_in_the_plan_editor_s_words_and_stores_nothing()
    {
        var csv = "line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,baseline,unit_of_measure,due_date\n" +
                  "1,Line,Unit,Leader,1.1,Good task,Unit,quantity,10,0,pcs,2026-12-31\n" +
                  "1,Line,Unit,Leader,1.2,Baseline at target,Unit,quantity,10,10,pcs,2026-12-31\n";
        var admin = await App.AdminClient();
        var before = await CampaignCount();
        var response = await admin.PostAsync("/api/campaigns/import", Form(Encoding.UTF8.GetBytes(csv), "plan.csv", id: "baseline-at-target"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "baseline"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(before, await CampaignCount());
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync("/api/tasks/baseline-at-target.1.1")).StatusCode);

        // The plan editor refuses the same task on the same field with the same reason.
        var created = await admin.PostAsJsonAsync("/api/campaigns", new { name = "基数检查", startDate = "2026-11-01", endDate = "2027-02-08" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", new { code = "1", title = "Line", leadUnit = "Unit", leader = "Leader" })).EnsureSuccessStatusCode();
        var edited = await admin.PostAsJsonAsync($"/api/campaigns/{id}/tasks", new
        {
            code = "1.2", title = "Baseline at target", lineCode = "1", ownerUnit = "Unit", coUnits = Array.Empty<string>(), dueDate = "2026-12-31",
            targetKind = "quantity", targetValue = 10, baseline = 10, unitOfMeasure = "pcs",
        });
        Assert.Equal(HttpStatusCode.BadRequest, edited.StatusCode);
        var refusal = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("baseline")[0].GetString();
        // The editor answers in the request's language (Chinese by default); the import's row error carries the same reason, Chinese first, with its English after.
        Assert.StartsWith(refusal!, error.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("", "2026-10-11", "2027-01-18", "name")]
    [InlineData("行动", "11/10/2026", "2027-01-18", "startDate")]
    [InlineData("行动", "2026-10-11", "2026-10-01", "endDate")]
    public async Task A_bad_form_is_400_and_stores_nothing(string name, string start, string end, string field)
    {
        var exported = await (await App.AdminClient()).GetByteArrayAsync("/api/campaigns/dagan100/export?format=csv");
        var before = await CampaignCount();
        var response = await (await App.AdminClient()).PostAsync("/api/campaigns/import", Form(exported, "plan.csv", name, start, end));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before, await CampaignCount());
    }

    [Fact]
    public async Task Importing_over_an_existing_campaign_is_409()
    {
        var client = await App.AdminClient();
        var exported = await client.GetByteArrayAsync("/api/campaigns/dagan100/export");
        var response = await client.PostAsync("/api/campaigns/import", Form(exported, "plan.xlsx", id: "dagan100"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Import_and_export_need_an_account()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/campaigns/dagan100/export")).StatusCode);
        var response = await App.Client().PostAsync("/api/campaigns/import", Form([1, 2, 3], "plan.csv"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
