/// The version of Roundtable, shown by `--version`; a change invalidates every build cache.
public enum RoundtableVersion {
    public static let current = "0.2.0"
}
