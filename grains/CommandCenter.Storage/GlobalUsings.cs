global using CommandCenter.Cases;
global using Microsoft.Extensions.Logging;
global using Npgsql;
