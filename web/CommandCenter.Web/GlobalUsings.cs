global using CommandCenter.Campaigns;
global using CommandCenter.Cases;
global using CommandCenter.Grids;
global using CommandCenter.Supervision;
global using CommandCenter.Tasks;
global using CommandCenter.Wall;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Orleans;
