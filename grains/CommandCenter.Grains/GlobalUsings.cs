global using CommandCenter.Campaigns;
global using CommandCenter.Domain;
global using CommandCenter.Reports;
global using CommandCenter.Tasks;
global using CommandCenter.Wall;
global using Microsoft.Extensions.Logging;
global using Orleans;
global using Orleans.Runtime;
