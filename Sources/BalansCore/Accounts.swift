/// A line of the resultaträkning or balansräkning (SPEC §4.3). Raw values are the keys of
/// the mapping file (docs/formats.md).
public enum StatementLine: String, Sendable, CaseIterable, Hashable {
    /// Verksamhetens intäkter
    case revenue
    /// Verksamhetens kostnader
    case costs
    /// Avskrivningar
    case depreciation
    /// Skatteintäkter
    case tax
    /// Generella statsbidrag och utjämning
    case grants
    /// Finansiella intäkter (excluding unrealised market-value changes)
    case financialIncome = "financial_income"
    /// Förändring marknadsvärdering finansiella placeringar (orealiserad); an item affecting
    /// comparability (jämförelsestörande post, seed 003 2.5.1).
    case unrealised
    /// Finansiella kostnader
    case financialCosts = "financial_costs"
    /// Extraordinära poster
    case extraordinary
    /// Anläggningstillgångar
    case fixedAssets = "fixed_assets"
    /// Bidrag till statlig infrastruktur
    case infrastructureGrants = "infrastructure_grants"
    /// Omsättningstillgångar
    case currentAssets = "current_assets"
    /// Eget kapital
    case equity
    /// Avsättningar för pensioner
    case pensionProvisions = "pension_provisions"
    /// Övriga avsättningar
    case otherProvisions = "other_provisions"
    /// Långfristiga skulder
    case longTermLiabilities = "long_term_liabilities"
    /// Kortfristiga skulder
    case shortTermLiabilities = "short_term_liabilities"

    /// Lines of the resultaträkning, in order.
    public static let incomeLines: [StatementLine] = [
        .revenue, .costs, .depreciation, .tax, .grants, .financialIncome, .unrealised, .financialCosts, .extraordinary,
    ]
    /// Asset lines of the balansräkning.
    public static let assetLines: [StatementLine] = [.fixedAssets, .infrastructureGrants, .currentAssets]
    /// Equity and liability lines of the balansräkning.
    public static let liabilityLines: [StatementLine] = [
        .equity, .pensionProvisions, .otherProvisions, .longTermLiabilities, .shortTermLiabilities,
    ]

    /// Whether the line is on the resultaträkning (`incomeLines`); otherwise it is on the balansräkning.
    public var isIncomeStatement: Bool { StatementLine.incomeLines.contains(self) }
}

/// One rule of an account mapping: an inclusive account range to a statement line.
public struct MappingRule: Hashable, Sendable {
    /// First account of the range, inclusive: a 4-digit Kommun-Bas number.
    public var from: Int
    /// Last account of the range, inclusive (may equal `from`).
    public var to: Int
    /// nil: the accounts appear on no statement line.
    public var line: StatementLine?
    /// Internal account (intern handel, regionbidrag): left out of the statements; must net to
    /// zero over the whole organisation (SPEC §4.3).
    public var isInternal: Bool
    /// A rule putting accounts `from`...`to` on `line` (nil: on no line); `isInternal` marks internal accounts.
    public init(from: Int, to: Int, line: StatementLine?, isInternal: Bool = false) {
        self.from = from
        self.to = to
        self.line = line
        self.isInternal = isInternal
    }
}

/// Which statement line an account belongs to. The mapping is data, per organisation
/// (SPEC §3); where rules overlap, the narrowest range wins.
public struct AccountMapping: Sendable {
    /// The rules as given, in the order of the mapping file.
    public let rules: [MappingRule]
    private let sorted: [MappingRule]

    /// A mapping of `rules`; ranges may overlap, and the narrowest range that holds an account decides it.
    public init(rules: [MappingRule]) {
        self.rules = rules
        self.sorted = rules.sorted { ($0.to - $0.from) < ($1.to - $1.from) }
    }

    /// The rule for `account` (a 4-digit Kommun-Bas number; longer numbers use their first four digits).
    public func rule(for account: Int) -> MappingRule? {
        let a = AccountMapping.fourDigit(account)
        return sorted.first { $0.from <= a && a <= $0.to }
    }

    /// The statement line of `account`, nil for internal or unmapped accounts.
    public func line(for account: Int) -> StatementLine? {
        guard let r = rule(for: account), !r.isInternal else { return nil }
        return r.line
    }

    /// Whether `account` is an internal account (intern handel, regionbidrag): left out of the statements, and its
    /// total over the organisation must be zero (SPEC §4.3).
    public func isInternal(_ account: Int) -> Bool { rule(for: account)?.isInternal ?? false }

    /// Result accounts (klass 3–8) are those whose totals make the year's result.
    public static func isResultAccount(_ account: Int) -> Bool {
        let a = fourDigit(account)
        return a >= 3000 && a <= 8999
    }

    /// Cost accounts for cost development: klass 4–7 (verksamhetens kostnader and avskrivningar).
    public static func isCostAccount(_ account: Int) -> Bool {
        let a = fourDigit(account)
        return a >= 4000 && a <= 7999
    }

    static func fourDigit(_ account: Int) -> Int {
        var a = account
        while a >= 10_000 { a /= 10 }
        return a
    }

    /// The default Kommun-Bas 13 mapping of SPEC §4.3. Internal accounts are not known by
    /// default; an organisation's mapping file marks them.
    public static let kommunBas13 = AccountMapping(rules: [
        MappingRule(from: 1000, to: 1399, line: .fixedAssets),
        MappingRule(from: 1400, to: 1499, line: .infrastructureGrants),
        MappingRule(from: 1500, to: 1999, line: .currentAssets),
        MappingRule(from: 2000, to: 2099, line: .equity),
        MappingRule(from: 2100, to: 2199, line: .otherProvisions),
        MappingRule(from: 2200, to: 2299, line: .pensionProvisions),
        MappingRule(from: 2300, to: 2399, line: .longTermLiabilities),
        MappingRule(from: 2400, to: 2999, line: .shortTermLiabilities),
        MappingRule(from: 3000, to: 3999, line: .revenue),
        MappingRule(from: 4000, to: 7799, line: .costs),
        MappingRule(from: 7800, to: 7899, line: .depreciation),
        MappingRule(from: 7900, to: 7999, line: .costs),
        MappingRule(from: 8000, to: 8099, line: .tax),
        MappingRule(from: 8200, to: 8399, line: .grants),
        MappingRule(from: 8400, to: 8499, line: .financialIncome),
        MappingRule(from: 8468, to: 8469, line: .unrealised),
        MappingRule(from: 8500, to: 8599, line: .financialCosts),
        MappingRule(from: 8568, to: 8569, line: .unrealised),
        MappingRule(from: 8600, to: 8799, line: .extraordinary),
    ])
}
