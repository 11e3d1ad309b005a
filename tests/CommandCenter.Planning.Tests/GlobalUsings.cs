global using CommandCenter.Planning;
global using CommandCenter.Tasks;
global using Xunit;
