using System.Globalization;
using System.Runtime.CompilerServices;

namespace Annalist.Text;

/// <summary>A precomputed class for every UTF-16 code unit, so the scanner never calls into globalization in its loop.</summary>
internal static class CharClass
{
    public const byte Space = 1, Letter = 2, Digit = 4, Mark = 8, Upper = 16, Lower = 32, Surrogate = 64, Punct = 128;
    public const byte WordChar = Letter | Digit | Mark;

    private static readonly byte[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => Table[c];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => (Table[c] & Space) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWord(char c) => (Table[c] & WordChar) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (Table[c] & Letter) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (Table[c] & Digit) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => (Table[c] & Upper) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => (Table[c] & Lower) != 0;

    private static byte[] Build()
    {
        var t = new byte[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            byte v = 0;
            if (char.IsWhiteSpace(c)) v |= Space;
            if (char.IsSurrogate(c)) v |= Surrogate;
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                    v |= Letter | Upper; break;
                case UnicodeCategory.LowercaseLetter:
                    v |= Letter | Lower; break;
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                    v |= Letter; break;
                case UnicodeCategory.DecimalDigitNumber:
                    v |= Digit; break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    v |= Mark; break;
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.DashPunctuation:
                case UnicodeCategory.OpenPunctuation:
                case UnicodeCategory.ClosePunctuation:
                case UnicodeCategory.InitialQuotePunctuation:
                case UnicodeCategory.FinalQuotePunctuation:
                case UnicodeCategory.OtherPunctuation:
                    v |= Punct; break;
            }
            t[i] = v;
        }
        return t;
    }
}
