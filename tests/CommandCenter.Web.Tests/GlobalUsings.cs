global using System.Net;
global using System.Net.Http.Json;
global using CommandCenter.Testing;
global using Xunit;
