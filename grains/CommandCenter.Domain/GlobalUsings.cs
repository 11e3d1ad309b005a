global using CommandCenter.Assessment;
global using CommandCenter.Campaigns;
global using CommandCenter.Cases;
global using CommandCenter.Domain;
global using CommandCenter.Grids;
global using CommandCenter.Reports;
global using CommandCenter.Supervision;
global using CommandCenter.Tasks;
