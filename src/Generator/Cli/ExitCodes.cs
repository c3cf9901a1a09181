namespace Relais.Generator.Cli;

/// <summary>What the process returns, for scripts and CI.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
}
