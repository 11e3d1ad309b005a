global using CommandCenter.Campaigns;
global using CommandCenter.Tasks;
global using CommandCenter.Reports;
