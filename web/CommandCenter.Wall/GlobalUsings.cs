global using CommandCenter.Campaigns;
global using CommandCenter.Tasks;
global using CommandCenter.Reports;
global using CommandCenter.Cases;
global using CommandCenter.Supervision;
