global using CommandCenter.Domain;
global using CommandCenter.Tasks;
global using Xunit;
