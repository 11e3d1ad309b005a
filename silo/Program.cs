using CommandCenter.Extensions;
using CommandCenter.Storage.Operations;

// A dedicated silo: joins the cluster recorded in PostgreSQL (ADO.NET clustering) and hosts grains.
// Web hosts started with Orleans:Mode=Client reach the cluster through the silos' gateways.
var builder = Host.CreateApplicationBuilder(args);
builder.ExplainStartupProblems();

var database = await builder.AddCommandCenterStorageAsync();
builder.AddCommandCenterOrleans(database);
builder.AddCommandCenterTelemetry("commandcenter-silo");

await builder.Build().RunAsync();
