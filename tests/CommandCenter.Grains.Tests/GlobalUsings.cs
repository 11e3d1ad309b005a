global using CommandCenter.Campaigns;
global using CommandCenter.Cases;
global using CommandCenter.Grids;
global using CommandCenter.Tasks;
global using CommandCenter.Testing;
global using CommandCenter.Wall;
global using Xunit;
