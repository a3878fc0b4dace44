/// Swedish labels used by the computations and reports, kept in one place so an English
/// locale can be added (ENGINEERING.md, "Names").
public enum Labels {
    /// Row for ledger rows whose ansvar code belongs to no org node.
    public static let unallocated = "Ej fördelat (ansvar utan organisationsnod)"
}
