namespace Annalist;

/// <summary>
/// Stable error codes. Each is documented, with how to fix it, in docs/ERRORS.md
/// (a test keeps the two in step). Codes are never reused or renumbered.
/// </summary>
public static class ErrorCodes
{
    // Reading input (ANL1xxx)
    public const string InputNotFound = "ANL1001";
    public const string InvalidUtf8 = "ANL1002";
    public const string BinaryInput = "ANL1003";
    public const string InputTooLarge = "ANL1004";
    public const string ReadFailed = "ANL1005";
    public const string InvalidDateHeader = "ANL1006";
    public const string UnsupportedFile = "ANL1007";
    public const string EmptyDocument = "ANL1008";
    public const string MalformedJsonLine = "ANL1101";
    public const string MissingTextField = "ANL1102";
    public const string InvalidDateField = "ANL1103";
    public const string HtmlUnreadable = "ANL1201";
    public const string InvalidHtmlDate = "ANL1202";
    public const string ArticleExtractionFailed = "ANL1203";
    public const string MalformedFeed = "ANL1301";
    public const string FeedItemFailed = "ANL1302";
    public const string InvalidFeedDate = "ANL1303";

    // Pipeline (ANL2xxx)
    public const string MissingPrerequisite = "ANL2001";
    public const string StageFailed = "ANL2002";
    public const string DuplicateProducer = "ANL2003";
    public const string LayerAlreadySet = "ANL2004";
    public const string LayerMissing = "ANL2005";

    // Syntax: tagger, lemmatizer, parser (ANL3xxx)
    public const string BadModel = "ANL3001";
    public const string MalformedConllu = "ANL3002";

    // Time expressions (ANL4xxx)
    public const string TimeMLUnreadable = "ANL4001";

    // Quotes (ANL5xxx)
    public const string BratUnreadable = "ANL5001";

    // Events (ANL6xxx)
    public const string PloverUnreadable = "ANL6001";

    // Corpus store (ANL8xxx)
    public const string DatabaseLocked = "ANL8001";
    public const string DatabaseReadOnly = "ANL8002";
    public const string DatabaseUnopenable = "ANL8003";
    public const string NotAStore = "ANL8004";
    public const string NewerStore = "ANL8005";
    public const string DatabaseNotFound = "ANL8006";
    public const string DatabaseFailed = "ANL8007";
    public const string AlreadyStored = "ANL8101";
    public const string ExportUnwritable = "ANL8201";

    // Web page and API, `annalist serve` (ANL85xx)
    public const string WebNotFound = "ANL8501";
    public const string WebBadParameter = "ANL8502";
    public const string WebTokenRequired = "ANL8503";
    public const string WebReadOnly = "ANL8504";
    public const string WebRequestTooLarge = "ANL8505";
    public const string WebRateLimited = "ANL8506";
    public const string WebFailed = "ANL8507";

    // Command line (ANL9xxx)
    public const string BadUsage = "ANL9001";
    public const string BadDateOption = "ANL9002";
    public const string DataNotFound = "ANL9003";
    public const string BelowThreshold = "ANL9004";

    /// <summary>Every code defined above, for documentation checks.</summary>
    public static IEnumerable<string> All =>
        typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
}
