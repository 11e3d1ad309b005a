global using CommandCenter.Wall.Contracts;
