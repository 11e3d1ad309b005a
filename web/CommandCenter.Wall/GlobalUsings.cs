global using CommandCenter.Campaigns;
global using CommandCenter.Tasks;
