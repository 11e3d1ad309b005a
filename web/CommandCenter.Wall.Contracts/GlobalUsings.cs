global using CommandCenter.Assessment;
global using CommandCenter.Campaigns;
global using CommandCenter.Cases;
global using CommandCenter.Reports;
global using CommandCenter.Supervision;
global using CommandCenter.Tasks;
global using CommandCenter.Wall;
