global using Orleans;
global using Orleans.Concurrency;
global using CommandCenter.Cases;
global using CommandCenter.Grids;
global using CommandCenter.Supervision;
