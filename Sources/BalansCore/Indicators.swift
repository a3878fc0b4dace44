import Foundation

/// How an indicator (indikator) is measured.
public enum IndicatorUnit: String, CaseIterable, Sendable {
    /// A count (antal).
    case count = "antal"
    /// A percentage (procent).
    case percent = "procent"
    /// A yes/no question (ja/nej): the target and the outcome are answers.
    case yesNo = "ja/nej"
    /// An amount in kronor (belopp).
    case amount = "belopp"
    /// A number of days (dagar), e.g. a waiting time.
    case days = "dagar"
}

/// Which way is better for a number indicator.
public enum IndicatorDirection: String, CaseIterable, Sendable {
    case higher
    case lower
}

/// One indicator's target and outcome for a period (SPEC §3 "Goals and indicators"): a year
/// (`month` nil) or a month (for R12 and monthly indicators).
public struct IndicatorRow: Hashable, Sendable {
    /// The indicator's code, e.g. "RK-OMS"; the Kolada KPI id where riket's figure comes from Kolada.
    public var code: String
    /// The indicator's name as printed.
    public var name: String
    /// The org node that reports it.
    public var node: NodeCode
    /// The goal or commitment (mål/åtagande) it measures; "" when not given.
    public var goal: String
    /// The focus area (fokusområde) the goal belongs to; "" when not given.
    public var focusArea: String
    /// Whether the value is a rolling 12-month figure (R12).
    public var rolling12: Bool
    /// How the target and the outcome are measured.
    public var unit: IndicatorUnit
    /// Which way is better: decides whether the outcome meets the target.
    public var direction: IndicatorDirection
    /// The year of the value.
    public var year: Int
    /// Month 1...12 of a monthly or R12 value; nil for a yearly value.
    public var month: Int?
    /// Målvärde: a number, or for yes/no 1 (ja) / 0 (nej). nil: no target.
    public var target: Decimal?
    /// Utfall: nil when there is no value yet.
    public var outcome: Decimal?
    /// The national figure (riket) for the same period, for comparison; nil when not given.
    public var national: Decimal?
    /// The outcome for women (kvinnor), where the indicator is split by gender; nil otherwise.
    public var outcomeWomen: Decimal?
    /// The outcome for men (män), where the indicator is split by gender; nil otherwise.
    public var outcomeMen: Decimal?
    /// The reporting unit's comment; "" when none.
    public var comment: String
    /// Where the figures come from, as printed under the indicator's chart (seed 004: "Väntetider i vården"); "" when
    /// not given.
    public var source: String = ""

    /// An indicator's value for one period.
    public init(
        code: String, name: String, node: NodeCode, goal: String = "", focusArea: String = "", rolling12: Bool = false,
        unit: IndicatorUnit, direction: IndicatorDirection = .higher,
        year: Int, month: Int? = nil, target: Decimal?, outcome: Decimal?, national: Decimal? = nil,
        outcomeWomen: Decimal? = nil, outcomeMen: Decimal? = nil, comment: String = ""
    ) {
        self.code = code
        self.focusArea = focusArea
        self.rolling12 = rolling12
        self.outcomeWomen = outcomeWomen
        self.outcomeMen = outcomeMen
        self.name = name
        self.node = node
        self.goal = goal
        self.unit = unit
        self.direction = direction
        self.year = year
        self.month = month
        self.target = target
        self.outcome = outcome
        self.national = national
        self.comment = comment
    }
}

/// Whether an indicator meets its target (SPEC §4.6).
public enum IndicatorStatus: String, Sendable {
    /// Uppfyllt.
    case met
    /// Ej uppfyllt.
    case notMet = "not_met"
    /// Inget utfall än, or no target to compare with.
    case noValue = "no_value"
}

/// An indicator as a report shows it: status against the target in its direction and the
/// change since the same period last year.
public struct IndicatorResult: Sendable, Equatable {
    /// The indicator's row for the report period.
    public var row: IndicatorRow
    /// Uppfyllt, ej uppfyllt or no value (`status(_:)`).
    public var status: IndicatorStatus
    /// The outcome of the same period last year (same code and month); nil when there is none.
    public var previousOutcome: Decimal?
    /// Förändring: the outcome minus last year's, in the indicator's unit (percentage points for a
    /// percent indicator); nil for a yes/no indicator or without both outcomes.
    public var change: Decimal?

    /// The status of one row: outcome against target; a yes/no indicator meets its target
    /// only with the same answer (seed 002 4.1.3: target Ja, outcome Nej → not met).
    public static func status(_ r: IndicatorRow) -> IndicatorStatus {
        guard let outcome = r.outcome, let target = r.target else { return .noValue }
        switch r.unit {
        case .yesNo: return outcome == target ? .met : .notMet
        case .count, .percent, .amount, .days:
            switch r.direction {
            case .higher: return outcome >= target ? .met : .notMet
            case .lower: return outcome <= target ? .met : .notMet
            }
        }
    }

    /// An indicator's monthly series up to the period (the last 13 months, as seed 004 shows
    /// availability against the national figure), oldest first.
    public static func series(_ data: FollowUpData, code: String, through period: Period, months: Int = 13)
        -> [IndicatorRow]
    {
        let end = period.year * 12 + period.month - 1
        return data.indicators
            .filter { $0.code == code && $0.month != nil }
            .filter { r in
                let i = r.year * 12 + (r.month ?? 1) - 1
                return i > end - months && i <= end
            }
            .sorted { ($0.year, $0.month ?? 0) < ($1.year, $1.month ?? 0) }
    }

    /// The indicators of `node` (and its subtree) for the period: a month's rows, or the
    /// year's rows for yearly indicators, each with last year's outcome beside it.
    public static func compute(_ data: FollowUpData, node: NodeCode, period: Period) -> [IndicatorResult] {
        let codes = Set(data.tree(for: period.year).subtree(node).map(\.code))
        let rows = data.indicators.filter { codes.contains($0.node) }
        let current = rows.filter { $0.year == period.year && ($0.month == nil || $0.month == period.month) }
        return current.map { r in
            let previous = rows.first { $0.code == r.code && $0.year == r.year - 1 && $0.month == r.month }?.outcome
            var result = IndicatorResult(row: r, status: status(r), previousOutcome: previous)
            if r.unit != .yesNo, let now = r.outcome, let previous { result.change = now - previous }
            return result
        }
    }
}

extension IndicatorResult {
    /// An indicator's target for a year to come (Mål och budget): no outcome to judge yet (`.noValue`).
    public init(target row: IndicatorRow) {
        self.init(row: row, status: .noValue, previousOutcome: nil, change: nil)
    }
}

/// A national figure (riket) for an indicator's year, e.g. from Kolada: the indicator's code
/// (the KPI id), the year and the value.
public struct NationalValue: Hashable, Sendable {
    /// The indicator's code: the Kolada KPI id.
    public var code: String
    /// The year of the value.
    public var year: Int
    /// Riket's value, in the indicator's unit.
    public var value: Decimal
    /// Riket's `value` for indicator `code` in `year`.
    public init(code: String, year: Int, value: Decimal) {
        self.code = code
        self.year = year
        self.value = value
    }
}
