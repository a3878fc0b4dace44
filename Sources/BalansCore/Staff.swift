import Foundation

/// A staff measure (personalmått) of an org node: a monthly value, or a yearly target
/// (målvärde). SPEC §3 "Staff" and §4.6.
public enum StaffMeasure: String, CaseIterable, Sendable {
    /// Tillsvidareanställda at the month's end (a stock: averaged over months).
    case headcountPermanent = "headcount_permanent"
    /// Visstidsanställda at the month's end.
    case headcountTemporary = "headcount_temporary"
    /// Årsarbetare.
    case fullTimeEquivalents = "full_time_equivalents"
    /// Scheduled (planned) hours, the base of the sick-leave rate.
    case scheduledHours = "scheduled_hours"
    case workedHours = "worked_hours"
    /// Sjukfrånvaro in hours; or split by length: short (day 1–14), medium (15–59), long (60–).
    case sickHours = "sick_hours"
    case sickHoursShort = "sick_hours_short"
    case sickHoursMedium = "sick_hours_medium"
    case sickHoursLong = "sick_hours_long"
    /// Other absence in hours (övrig frånvaro: ledigheter such as vacation and parental leave).
    case absentHours = "absent_hours"
    /// Övertid/mertid in hours.
    case overtimeHours = "overtime_hours"
    /// Avgångar: to another employer, to another post within the organisation, retirement.
    case leaversExternal = "leavers_external"
    case leaversInternal = "leavers_internal"
    case leaversRetirement = "leavers_retirement"
    /// Inhyrda läkare och sjuksköterskor (bemanningskostnader), kronor.
    case hiredDoctorsCost = "hired_doctors_cost"
    case hiredNursesCost = "hired_nurses_cost"
    /// Personalkostnader, kronor: the base of the hired-staff share.
    case personnelCost = "personnel_cost"
    /// Yearly targets, percent.
    case targetTurnover = "target_turnover"
    case targetSickLeave = "target_sick_leave"
    case targetHiredShare = "target_hired_share"

    /// Whether the measure is a yearly target (målvärde, percent) rather than a monthly value.
    public var isTarget: Bool { rawValue.hasPrefix("target_") }
    /// A stock is averaged over months; every other monthly measure is summed.
    public var isStock: Bool {
        self == .headcountPermanent || self == .headcountTemporary || self == .fullTimeEquivalents
    }
    /// Measured in kronor (exact to the öre).
    public var isAmount: Bool { self == .hiredDoctorsCost || self == .hiredNursesCost || self == .personnelCost }
}

extension StaffRow {
    /// Whether `text` names an age band: "20-49", "-29" (up to 29) or "50-" (50 and older),
    /// whole years.
    public static func isAgeBand(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty),
            parts.allSatisfy({ $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return false }
        if let low = Int(parts[0]), let high = Int(parts[1]) { return low <= high }
        return true
    }

    /// Sort key of an age band: youngest first.
    public static func ageBandOrder(_ band: String) -> Int {
        Int(band.split(separator: "-", omittingEmptySubsequences: false).first ?? "") ?? 0
    }
}

/// One staff value: a month's measure (`month` 1...12) or a year's target (`month` nil).
public struct StaffRow: Hashable, Sendable {
    /// The year of the month, or of the target.
    public var year: Int
    /// Month 1...12 of a monthly measure; nil for a yearly target.
    public var month: Int?
    /// The org node (code) the value is for; a node's figures include its subtree's.
    public var node: NodeCode
    /// What the value measures.
    public var measure: StaffMeasure
    /// Exact decimal: hours, heads, percent, or kronor for the cost measures.
    public var value: Decimal
    /// The part of the staff the value is for: "kvinnor", "män", or "" for all.
    public var gender: String
    /// The age band (åldersgrupp) the value is for, "20-49", "-29", "50-"; "" for all ages.
    public var ageBand: String

    /// A staff value; `gender` and `ageBand` "" for the whole staff.
    public init(
        year: Int, month: Int?, node: NodeCode, measure: StaffMeasure, value: Decimal, gender: String = "",
        ageBand: String = ""
    ) {
        self.gender = gender
        self.ageBand = ageBand
        self.year = year
        self.month = month
        self.node = node
        self.measure = measure
        self.value = value
    }
}

/// The staff figures of one org node (with its whole subtree) at a report period — the
/// "Väsentliga personalförhållanden" of a follow-up report. Rolling 12 (R12) is the 12 months
/// ending with the report month (SPEC §4.6); a measure with any of those months missing has
/// no R12 value (nil, shown as "–"), never a value from fewer months.
public struct StaffReport: Sendable, Equatable {
    /// The report period; the R12 figures end with its month.
    public var period: Period
    /// Tillsvidareanställda R12: the average of the 12 month-end headcounts.
    public var averageHeadcount: Decimal?
    /// Personalomsättning R12, percent of the average permanent headcount, and its parts.
    public var turnover: Decimal?
    /// Personalomsättning R12 to another employer, percent of the average permanent headcount (seed 003 2.7.1: 6,6 %).
    public var turnoverExternal: Decimal?
    /// Personalomsättning R12 to another post within the organisation, percent (seed 003 2.7.1: 4,1 %).
    public var turnoverInternal: Decimal?
    /// Personalomsättning R12 through retirement (pension), percent (seed 003 2.7.1: 1,8 %).
    public var turnoverRetirement: Decimal?
    /// Sjukfrånvaro R12: sick hours / scheduled hours, percent; and its parts by length.
    public var sickLeave: Decimal?
    /// Short sick leave (day 1–14) R12: its sick hours / all scheduled hours, percent.
    public var sickLeaveShort: Decimal?
    /// Medium sick leave (day 15–59) R12: its sick hours / all scheduled hours, percent.
    public var sickLeaveMedium: Decimal?
    /// Long sick leave (day 60–) R12: its sick hours / all scheduled hours, percent.
    public var sickLeaveLong: Decimal?
    /// Övertid/mertid R12: overtime hours / scheduled hours, percent ("arbetsbelastning").
    public var overtime: Decimal?
    /// Övrig frånvaro R12: absent hours / scheduled hours, percent.
    public var otherAbsence: Decimal?
    /// Sjukfrånvaro R12 by gender ("kvinnor", "män"), where the hours are given per gender.
    public var sickLeaveByGender: [String: Decimal] = [:]
    /// Sjukfrånvaro R12 by age band, where the hours are given per age band; keys as in
    /// `StaffRow.ageBand`, ordered youngest first by `StaffRow.ageBandOrder`.
    public var sickLeaveByAgeBand: [String: Decimal] = [:]
    /// Bemanningskostnader läkare och sjuksköterskor, R12.
    public var hiredCostR12: Money?
    /// The same as a share of personalkostnader, R12, percent (target 2 %, SPEC §4.4).
    public var hiredShare: Decimal?
    /// Bemanningskostnader (hired doctors and nurses) January..period, kronor exact to the öre; nil when any
    /// month is missing.
    public var hiredCostToDate: Money?
    /// The same months of last year; nil when any of them is missing.
    public var hiredCostToDateLastYear: Money?
    /// Inhyrda läkare January..period, kronor exact to the öre; nil when any month is missing.
    public var hiredDoctorsToDate: Money?
    /// The same months of last year.
    public var hiredDoctorsToDateLastYear: Money?
    /// Inhyrda sjuksköterskor January..period, kronor exact to the öre; nil when any month is missing.
    public var hiredNursesToDate: Money?
    /// The same months of last year.
    public var hiredNursesToDateLastYear: Money?
    /// Målvärde for personalomsättning, percent. The targets are the `target_` rows of `period`'s year in the
    /// node's subtree; rows of several nodes add up, so a target belongs on one node.
    public var targetTurnover: Decimal?
    /// Målvärde for sjukfrånvaro, percent.
    public var targetSickLeave: Decimal?
    /// Målvärde for the hired-staff share, percent (seed 003 §71: 2 %); nil: the organisation's policy applies.
    public var targetHiredShare: Decimal?

    /// The staff figures of `node` and its subtree (default: the whole organisation) at `period`; at
    /// `period.previousYear` they are the "Utfall april 2023" column.
    public static func compute(_ data: FollowUpData, period: Period, node: NodeCode? = nil) -> StaffReport {
        compute(data, period: period, node: node, byGender: true)
    }

    static func compute(_ data: FollowUpData, period: Period, node: NodeCode?, byGender: Bool) -> StaffReport {
        let tree = data.tree(for: period.year)
        let root = node ?? tree.root.code
        let codes = Set(tree.subtree(root).map(\.code))
        let rows = data.staff.filter { codes.contains($0.node) }
        var byMonth: [StaffMeasure: [Int: Decimal]] = [:]  // key: year * 12 + month - 1
        var targets: [StaffMeasure: Decimal] = [:]
        for r in rows {
            if let m = r.month {
                byMonth[r.measure, default: [:]][r.year * 12 + m - 1, default: 0] += r.value
            } else if r.year == period.year {
                targets[r.measure, default: 0] += r.value
            }
        }
        let end = period.year * 12 + period.month - 1
        /// The 12 monthly values ending with the period, or nil if any is missing.
        func months(_ measure: StaffMeasure) -> [Decimal]? {
            guard let values = byMonth[measure] else { return nil }
            let list = (end - 11...end).compactMap { values[$0] }
            return list.count == 12 ? list : nil
        }
        func r12(_ measure: StaffMeasure) -> Decimal? {
            guard let list = months(measure) else { return nil }
            let sum = list.reduce(0, +)
            return measure.isStock ? sum / 12 : sum
        }
        func toDate(_ measure: StaffMeasure, year: Int) -> Decimal? {
            guard let values = byMonth[measure] else { return nil }
            let list = (1...period.month).compactMap { values[year * 12 + $0 - 1] }
            return list.count == period.month ? list.reduce(0, +) : nil
        }
        func percent(_ part: Decimal?, _ whole: Decimal?) -> Decimal? {
            guard let part, let whole, whole != 0 else { return nil }
            return part / whole * 100
        }
        func money(_ d: Decimal?) -> Money? { d.flatMap(Money.exact) }
        func sum(_ a: Decimal?, _ b: Decimal?) -> Decimal? { a.flatMap { x in b.map { x + $0 } } }

        var s = StaffReport(period: period)
        let headcount = r12(.headcountPermanent)
        s.averageHeadcount = headcount
        s.turnoverExternal = percent(r12(.leaversExternal), headcount)
        s.turnoverInternal = percent(r12(.leaversInternal), headcount)
        s.turnoverRetirement = percent(r12(.leaversRetirement), headcount)
        s.turnover = percent(sum(sum(r12(.leaversExternal), r12(.leaversInternal)), r12(.leaversRetirement)), headcount)
        let scheduled = r12(.scheduledHours)
        s.sickLeaveShort = percent(r12(.sickHoursShort), scheduled)
        s.sickLeaveMedium = percent(r12(.sickHoursMedium), scheduled)
        s.sickLeaveLong = percent(r12(.sickHoursLong), scheduled)
        // The total is given, or the sum of its three parts.
        let parts = sum(sum(r12(.sickHoursShort), r12(.sickHoursMedium)), r12(.sickHoursLong))
        s.sickLeave = percent(r12(.sickHours) ?? parts, scheduled)
        s.overtime = percent(r12(.overtimeHours), scheduled)
        s.otherAbsence = percent(r12(.absentHours), scheduled)
        if byGender {
            // A part's rate is its own sick hours over its own scheduled hours: the part's rows
            // alone, every other split of them added up.
            func part(_ keep: (StaffRow) -> Bool) -> Decimal? {
                StaffReport.compute(
                    FollowUpData(
                        organisationName: data.organisationName, nodes: data.nodes, mapping: data.mapping, ledgers: [:],
                        budgets: [], forecasts: [], figures: [], investments: [],
                        staff: rows.filter(keep)), period: period, node: root, byGender: false
                ).sickLeave
            }
            for gender in Set(rows.map(\.gender)).subtracting([""]) {
                s.sickLeaveByGender[gender] = part { $0.gender == gender }
            }
            for band in Set(rows.map(\.ageBand)).subtracting([""]) {
                s.sickLeaveByAgeBand[band] = part { $0.ageBand == band }
            }
        }
        let hired = sum(r12(.hiredDoctorsCost), r12(.hiredNursesCost))
        s.hiredCostR12 = money(hired)
        s.hiredShare = percent(hired, r12(.personnelCost))
        s.hiredDoctorsToDate = money(toDate(.hiredDoctorsCost, year: period.year))
        s.hiredDoctorsToDateLastYear = money(toDate(.hiredDoctorsCost, year: period.year - 1))
        s.hiredNursesToDate = money(toDate(.hiredNursesCost, year: period.year))
        s.hiredNursesToDateLastYear = money(toDate(.hiredNursesCost, year: period.year - 1))
        s.hiredCostToDate = s.hiredDoctorsToDate.flatMap { d in s.hiredNursesToDate.map { d + $0 } }
        s.hiredCostToDateLastYear = s.hiredDoctorsToDateLastYear.flatMap { d in
            s.hiredNursesToDateLastYear.map { d + $0 }
        }
        s.targetTurnover = targets[.targetTurnover]
        s.targetSickLeave = targets[.targetSickLeave]
        s.targetHiredShare = targets[.targetHiredShare]
        return s
    }

    init(period: Period) { self.period = period }
}

extension Money {
    /// A decimal number of kronor as Money, or nil if it has more than two decimals or does
    /// not fit (staff costs arrive as decimals).
    public static func exact(_ kronor: Decimal) -> Money? {
        var scaled = kronor * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, rounded.magnitude < Decimal(Int64.max) else { return nil }
        let ore = NSDecimalNumber(decimal: rounded).int64Value
        guard Decimal(ore) == rounded else { return nil }
        return Money(ore: ore)
    }
}
