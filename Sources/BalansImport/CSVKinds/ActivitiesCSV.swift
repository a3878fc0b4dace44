import BalansCore
import Foundation

extension CSVKinds {
    /// `activities`: commitments (a row without activity: assessment and comment) and their
    /// activities (status, end date, unit, comment), per report period.
    public static func activities(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ActivityRow>] {
        var rd = try open(
            bytes, file: file,
            known: ["period", "node", "commitment", "activity", "status", "end_date", "unit", "assessment", "comment"],
            required: ["period", "node", "commitment"])
        var rows: [Located<ActivityRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let commitment = rd.required(r, "commitment")
            else { continue }
            let activity = rd.table.value(r, "activity")
            guard let status = rd.choice(r, "status", ActivityStatus.self),
                let assessment = rd.choice(r, "assessment", Assessment.self)
            else { continue }
            if activity.isEmpty && status != nil {
                rd.fail(r, "a commitment row (no activity) has an assessment, not a status")
                continue
            }
            if !activity.isEmpty && assessment != nil {
                rd.fail(r, "an activity has a status, not an assessment (that belongs on its commitment's row)")
                continue
            }
            let endDate = rd.table.value(r, "end_date")
            if !endDate.isEmpty {
                let parts = endDate.split(separator: "-").compactMap { Int($0) }
                let valid =
                    parts.count == 3 && endDate.count == 10 && (1...12).contains(parts[1])
                    && (1...31).contains(parts[2])
                    && Period(year: parts[0], month: parts[1]).map { _ in parts[2] <= Self.daysIn(parts[1], parts[0]) }
                        == true
                if !valid {
                    rd.fail(r, "end_date \"\(endDate)\" is not a date (YYYY-MM-DD)")
                    continue
                }
            }
            let key = "\(period);\(node);\(commitment);\(activity)"
            if let first = seen[key] {
                rd.fail(
                    r,
                    activity.isEmpty
                        ? "commitment \"\(commitment)\" appears twice in \(period) (first on line \(first))"
                        : "activity \"\(activity)\" appears twice under \"\(commitment)\" in \(period) "
                            + "(first on line \(first))"
                )
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: ActivityRow(
                        period: period, node: NodeCode(node), commitment: commitment, activity: activity,
                        status: status,
                        endDate: endDate, unit: rd.table.value(r, "unit"), assessment: assessment,
                        comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }
}
