using System.Globalization;

namespace CommandCenter.Planning.Internal;

/// <summary>Parses numbers, dates and unit lists out of cells.</summary>
internal static class ValueParser
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];

    private static readonly char[] UnitSeparators = ['、', '，', ',', ';', '；'];

    /// <summary>Reads a number: a number cell, or text such as "1,200", "98.5" or "98%" (the % is dropped).</summary>
    public static bool TryNumber(RawCell cell, out decimal value)
    {
        value = 0;
        if (cell.Number is { } number)
        {
            if (!double.IsFinite(number) || Math.Abs(number) > (double)decimal.MaxValue / 2)
            {
                return false;
            }
            // Convert.ToDecimal keeps 15 significant digits, so 98.6 stays 98.6 rather than 98.59999….
            value = Convert.ToDecimal(number);
            return true;
        }
        if (cell.Date is not null)
        {
            return false;
        }
        var text = cell.Text.TrimEnd('%', '％').Trim();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a date: a date cell, or text yyyy-MM-dd (also yyyy/M/d, yyyy.M.d and yyyy年M月d日).</summary>
    public static bool TryDate(RawCell cell, out DateOnly value)
    {
        if (cell.Date is { } date)
        {
            value = DateOnly.FromDateTime(date);
            return true;
        }
        value = default;
        return cell.Number is null
            && DateOnly.TryParseExact(cell.Text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Splits a list of units written with 、 ， , ; or ；, dropping empty entries and repeats.</summary>
    public static IReadOnlyList<string> Units(string text) =>
        text.Split(UnitSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
