global using CommandCenter.Campaigns;
global using CommandCenter.Tasks;
global using CommandCenter.Testing;
global using CommandCenter.Wall;
global using Xunit;
