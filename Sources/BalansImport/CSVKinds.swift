import BalansCore
import Foundation

/// Readers for the CSV kinds of docs/formats.md. Each reads the whole file and returns its
/// rows, or throws an `InputFailure` listing every problem with its line — never a partial
/// result.
public enum CSVKinds {
    /// Collects issues while rows are read.
    struct Reader {
        let table: CSVTable
        var issues: [InputIssue] = []
        init(_ table: CSVTable) { self.table = table }

        mutating func fail(_ r: CSVTable.Record, _ message: String) {
            issues.append(InputIssue(file: table.file, line: r.line, message: message))
        }
        mutating func required(_ r: CSVTable.Record, _ column: String) -> String? {
            let v = table.value(r, column)
            if v.isEmpty {
                fail(r, "\(column) is empty")
                return nil
            }
            return v
        }
        mutating func money(_ r: CSVTable.Record, _ column: String, optional: Bool = false) -> Money?? {
            let v = table.value(r, column)
            if v.isEmpty {
                if optional { return .some(nil) }
                fail(r, "\(column) is empty")
                return nil
            }
            switch Money.parsing(v) {
            case .success(let m): return .some(m)
            case .failure(let e):
                fail(r, "\(column) \"\(v)\" \(e)")
                return nil
            }
        }
        mutating func year(_ r: CSVTable.Record, _ column: String, optional: Bool = false) -> Int?? {
            let v = table.value(r, column)
            if v.isEmpty {
                if optional { return .some(nil) }
                fail(r, "\(column) is empty")
                return nil
            }
            guard v.count == 4, let y = Int(v), y >= 1900 else {
                fail(r, "\(column) \"\(v)\" is not a year (YYYY)")
                return nil
            }
            return .some(y)
        }
        /// An optional value among an enum's raw values: `.some(nil)` when empty; nil, with
        /// the row failed, for anything else not in the list.
        mutating func choice<E: RawRepresentable & CaseIterable>(_ r: CSVTable.Record, _ column: String, _ type: E.Type)
            -> E?? where E.RawValue == String
        {
            let text = table.value(r, column).lowercased()
            if text.isEmpty { return .some(nil) }
            guard let value = E(rawValue: text) else {
                fail(r, "\(column) \"\(text)\" is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return .some(value)
        }
        mutating func period(_ r: CSVTable.Record, _ column: String) -> Period? {
            let v = table.value(r, column)
            guard let p = Period(v) else {
                fail(r, "\(column) \"\(v)\" is not a period (YYYY-MM)")
                return nil
            }
            return p
        }
        mutating func account(_ r: CSVTable.Record, _ column: String) -> Int?? {
            let v = table.value(r, column)
            if v.isEmpty { return .some(nil) }
            guard v.count >= 4, v.count <= 10, v.allSatisfy(\.isNumber), let a = Int(v) else {
                fail(r, "\(column) \"\(v)\" is not an account number")
                return nil
            }
            return .some(a)
        }
        func yesNo(_ r: CSVTable.Record, _ column: String) -> Bool? {
            switch table.value(r, column).lowercased() {
            case "", "nej", "no", "0": return false
            case "ja", "yes", "1": return true
            default: return nil
            }
        }
        func finish<T>(_ rows: [Located<T>]) throws(InputFailure) -> [Located<T>] {
            if !issues.isEmpty { throw InputFailure(issues) }
            return rows
        }
    }

    static func open(_ bytes: [UInt8], file: String, known: [String], required: [String]) throws(InputFailure) -> Reader
    {
        let table = try CSVTable.parse(bytes, file: file)
        let header = table.checkHeader(known: known, required: required)
        if !header.isEmpty { throw InputFailure(header) }
        return Reader(table)
    }

    /// `org`: the organisation tree. Checks one root per year, known parents, no cycles and
    /// each ansvar code on one node per year.
    public static func org(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<OrgNode>] {
        var rd = try open(
            bytes, file: file, known: ["code", "parent", "name", "kind", "ansvar", "from_year", "to_year"],
            required: ["code", "name", "kind"])
        var rows: [Located<OrgNode>] = []
        var lineOf: [String: Int] = [:]
        for r in rd.table.records {
            guard let code = rd.required(r, "code"), let name = rd.required(r, "name") else { continue }
            let kindText = rd.table.value(r, "kind")
            guard let kind = NodeKind(rawValue: kindText.lowercased()) else {
                rd.fail(
                    r, "kind \"\(kindText)\" is not one of \(NodeKind.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            guard let from = rd.year(r, "from_year", optional: true), let to = rd.year(r, "to_year", optional: true)
            else { continue }
            if let f = from, let t = to, f > t { rd.fail(r, "from_year \(f) is after to_year \(t)") }
            if let first = lineOf[code] {
                rd.fail(r, "code \"\(code)\" already used on line \(first)")
                continue
            }
            lineOf[code] = r.line
            let parent = rd.table.value(r, "parent")
            let ansvar = rd.table.value(r, "ansvar").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            rows.append(
                Located(
                    line: r.line,
                    value: OrgNode(
                        code: code, parent: parent.isEmpty ? nil : parent, name: name, kind: kind, ansvar: ansvar,
                        fromYear: from, toYear: to)))
        }
        let byCode = Dictionary(rows.map { ($0.value.code, $0.value) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            let n = row.value
            if let p = n.parent {
                guard let parent = byCode[p] else {
                    rd.issues.append(InputIssue(file: file, line: row.line, message: "unknown parent \"\(p)\""))
                    continue
                }
                if let f = n.fromYear, let pf = parent.fromYear, f < pf {
                    rd.issues.append(
                        InputIssue(
                            file: file, line: row.line,
                            message: "node exists from \(f) but its parent \"\(p)\" only from \(pf)"))
                }
                // A cycle never reaches a root.
                var seen: Set<String> = [n.code]
                var cur = parent
                while let pp = cur.parent, let next = byCode[pp] {
                    if !seen.insert(next.code).inserted {
                        rd.issues.append(
                            InputIssue(file: file, line: row.line, message: "parent chain of \"\(n.code)\" is a cycle"))
                        break
                    }
                    cur = next
                }
            } else if n.kind != .region {
                rd.issues.append(
                    InputIssue(
                        file: file, line: row.line, message: "node \"\(n.code)\" has no parent but is not kind region"))
            }
        }
        if rows.filter({ $0.value.parent == nil }).isEmpty, !rows.isEmpty {
            rd.issues.append(InputIssue(file: file, line: nil, message: "no root node (kind region, empty parent)"))
        }
        // Each ansvar code on one node per year (checked over the years the file mentions).
        let years = Set(rows.flatMap { [$0.value.fromYear, $0.value.toYear].compactMap { $0 } })
        for year in years.sorted() {
            var owner: [String: String] = [:]
            for row in rows where row.value.exists(in: year) {
                for a in row.value.ansvar {
                    if let o = owner[a], o != row.value.code {
                        rd.issues.append(
                            InputIssue(
                                file: file, line: row.line,
                                message: "ansvar \"\(a)\" already belongs to \"\(o)\" in \(year)"))
                    }
                    owner[a] = row.value.code
                }
            }
        }
        return try rd.finish(rows)
    }

    /// `mapping`: account ranges to statement lines.
    public static func mapping(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<MappingRule>] {
        var rd = try open(
            bytes, file: file, known: ["from", "to", "line", "internal"], required: ["from", "to", "line"])
        var rows: [Located<MappingRule>] = []
        for r in rd.table.records {
            guard let f = rd.account(r, "from"), let t = rd.account(r, "to") else { continue }
            guard let from = f, let to = t else {
                rd.fail(r, "from and to are required")
                continue
            }
            if from > to {
                rd.fail(r, "from \(from) is after to \(to)")
                continue
            }
            let lineText = rd.table.value(r, "line").lowercased()
            let line = StatementLine(rawValue: lineText)
            if line == nil && lineText != "none" {
                rd.fail(
                    r,
                    "line \"\(lineText)\" is not one of \(StatementLine.allCases.map(\.rawValue).joined(separator: ", ")), none"
                )
                continue
            }
            guard let isInternal = rd.yesNo(r, "internal") else {
                rd.fail(r, "internal must be ja or nej")
                continue
            }
            rows.append(
                Located(line: r.line, value: MappingRule(from: from, to: to, line: line, isInternal: isInternal)))
        }
        return try rd.finish(rows)
    }

    /// `budget`: annual budget per node (and account), periodised by `p1`…`p12` weights or evenly.
    public static func budget(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<BudgetRow>] {
        let months = (1...12).map { "p\($0)" }
        var rd = try open(
            bytes, file: file, known: ["year", "node", "account", "amount", "version"] + months,
            required: ["year", "node", "amount"])
        var rows: [Located<BudgetRow>] = []
        for r in rd.table.records {
            guard let y = rd.year(r, "year"), let year = y, let node = rd.required(r, "node"),
                let a = rd.account(r, "account"), let am = rd.money(r, "amount"), let amount = am
            else { continue }
            let texts = months.map { rd.table.value(r, $0) }
            var weights: [Int64]?
            if texts.contains(where: { !$0.isEmpty }) {
                // Weights may be written as amounts (with decimals); compare them in öre.
                let parsed = texts.map { Money.parse($0.isEmpty ? "0" : $0) }
                guard parsed.allSatisfy({ $0 != nil && $0!.ore >= 0 }) else {
                    rd.fail(r, "p1…p12 must be twelve non-negative numbers")
                    continue
                }
                weights = parsed.map { $0!.ore }  // safe: checked non-nil just above
            }
            guard let monthly = Periodisation.split(amount, weights: weights) else {
                rd.fail(r, "p1…p12 must not all be zero")
                continue
            }
            let version = rd.table.value(r, "version")
            rows.append(
                Located(
                    line: r.line,
                    value: BudgetRow(
                        year: year, node: node, account: a, amount: amount, monthly: monthly,
                        version: version.isEmpty ? "original" : version)))
        }
        return try rd.finish(rows)
    }

    /// `forecast`: full-year forecasts made at a report period.
    public static func forecast(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ForecastRow>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "account", "amount", "comment", "author", "status"],
            required: ["period", "node", "amount"])
        var rows: [Located<ForecastRow>] = []
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let a = rd.account(r, "account"), let am = rd.money(r, "amount"), let amount = am
            else { continue }
            let statusText = rd.table.value(r, "status").lowercased()
            guard let status = statusText.isEmpty ? .approved : ForecastRow.Status(rawValue: statusText) else {
                rd.fail(r, "status \"\(statusText)\" is not draft, submitted or approved")
                continue
            }
            rows.append(
                Located(
                    line: r.line,
                    value: ForecastRow(
                        period: period, node: node, account: a, amount: amount, comment: rd.table.value(r, "comment"),
                        author: rd.table.value(r, "author"), status: status)))
        }
        return try rd.finish(rows)
    }

    /// `figures`: amounts that are not in the ledger.
    public static func figures(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<FigureRow>] {
        var rd = try open(bytes, file: file, known: ["date", "key", "amount", "comment"], required: ["date", "key"])
        var rows: [Located<FigureRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            let keyText = rd.table.value(r, "key").lowercased()
            guard let key = FigureRow.Key(rawValue: keyText) else {
                rd.fail(
                    r,
                    "key \"\(keyText)\" is not one of \(FigureRow.Key.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            let date = rd.table.value(r, "date")
            var year: Int
            var month: Int?
            if key.isMonthly {
                guard let p = Period(date) else {
                    rd.fail(r, "\(key.rawValue) needs a month-end date YYYY-MM, not \"\(date)\"")
                    continue
                }
                year = p.year
                month = p.month
            } else {
                guard date.count == 4, let y = Int(date) else {
                    rd.fail(r, "\(key.rawValue) needs a year YYYY, not \"\(date)\"")
                    continue
                }
                year = y
            }
            guard let am = rd.money(r, "amount", optional: key == .exceptionalReasons) else { continue }
            let id = "\(date)|\(keyText)"
            if let first = seen[id] {
                rd.fail(r, "\(keyText) for \(date) already given on line \(first)")
                continue
            }
            seen[id] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: FigureRow(
                        year: year, month: month, key: key, amount: am, comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }

    /// `staff`: staff measures per org node and month, and yearly targets (docs/formats.md).
    public static func staff(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<StaffRow>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "measure", "value", "gender", "age"],
            required: ["period", "node", "measure", "value"])
        var splitKinds: [String: (split: String, line: Int)] = [:]
        var rows: [Located<StaffRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            let periodText = rd.table.value(r, "period")
            let measureText = rd.table.value(r, "measure").lowercased()
            guard let node = rd.required(r, "node") else { continue }
            guard let measure = StaffMeasure(rawValue: measureText) else {
                rd.fail(
                    r,
                    "measure \"\(measureText)\" is not one of \(StaffMeasure.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            var year: Int
            var month: Int?
            if measure.isTarget {
                guard periodText.count == 4, let y = Int(periodText), (1900...9999).contains(y) else {
                    rd.fail(r, "period \"\(periodText)\" of a target is not a year (YYYY)")
                    continue
                }
                year = y
            } else {
                guard let p = Period(periodText) else {
                    rd.fail(r, "period \"\(periodText)\" is not a month (YYYY-MM)")
                    continue
                }
                year = p.year
                month = p.month
            }
            let text = rd.table.value(r, "value")
            guard let value = Self.decimal(text) else {
                rd.fail(r, "value \"\(text)\" is not a number")
                continue
            }
            if value < 0 {
                rd.fail(r, "value \(text) is negative: a staff measure cannot be")
                continue
            }
            if measure.isAmount && Money.exact(value) == nil {
                rd.fail(r, "value \(text) is not an amount in kronor (at most two decimals)")
                continue
            }
            let gender = rd.table.value(r, "gender").lowercased()
            guard ["", "kvinnor", "män"].contains(gender) else {
                rd.fail(r, "gender \"\(gender)\" is not kvinnor or män (empty: everyone)")
                continue
            }
            let age = rd.table.value(r, "age").replacingOccurrences(of: "–", with: "-").replacingOccurrences(
                of: " ", with: "")
            guard age.isEmpty || StaffRow.isAgeBand(age) else {
                rd.fail(
                    r,
                    "age \"\(rd.table.value(r, "age"))\" is not an age band such as 20-49, -29 or 50- (empty: all ages)"
                )
                continue
            }
            let part = [gender, age].filter { !$0.isEmpty }.joined(separator: ", ")
            let key = "\(periodText);\(node);\(measure.rawValue);\(gender);\(age)"
            if let first = seen[key] {
                rd.fail(
                    r,
                    "\(measure.rawValue) for \(node) \(periodText)\(part.isEmpty ? "" : " (\(part))") is given twice (first on line \(first))"
                )
                continue
            }
            // A month's measure has one split — for everyone, by gender, by age band, or by
            // both — on all its rows: the totals add the rows, so mixing splits counts twice.
            let split =
                gender.isEmpty
                ? (age.isEmpty ? "for everyone" : "by age band")
                : (age.isEmpty ? "by gender" : "by gender and age band")
            let measureKey = "\(periodText);\(node);\(measure.rawValue)"
            if let other = splitKinds[measureKey], other.split != split {
                rd.fail(
                    r,
                    "\(measure.rawValue) for \(node) \(periodText) is given \(split) here and \(other.split) on line \(other.line): give one split"
                )
                continue
            }
            splitKinds[measureKey] = (split, r.line)
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: StaffRow(
                        year: year, month: month, node: node, measure: measure, value: value, gender: gender,
                        ageBand: age)))
        }
        return try rd.finish(rows)
    }

    /// `indicators`: one row per indicator and period, with the indicator's definition
    /// (name, node, unit, direction) repeated identically on each of its rows.
    public static func indicators(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<IndicatorRow>] {
        var rd = try open(
            bytes, file: file,
            known: [
                "code", "name", "node", "goal", "focus_area", "r12", "unit", "direction", "period", "target", "outcome",
                "national", "outcome_women", "outcome_men", "comment",
            ], required: ["code", "name", "node", "unit", "period"])
        var rows: [Located<IndicatorRow>] = []
        var definitions: [String: (line: Int, row: IndicatorRow)] = [:]
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let code = rd.required(r, "code"), let name = rd.required(r, "name"),
                let node = rd.required(r, "node")
            else { continue }
            let unitText = rd.table.value(r, "unit").lowercased()
            guard let unit = IndicatorUnit(rawValue: unitText) else {
                rd.fail(
                    r,
                    "unit \"\(unitText)\" is not one of \(IndicatorUnit.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            let directionText = rd.table.value(r, "direction").lowercased()
            guard let direction = directionText.isEmpty ? .higher : IndicatorDirection(rawValue: directionText) else {
                rd.fail(r, "direction \"\(directionText)\" is not higher or lower")
                continue
            }
            let periodText = rd.table.value(r, "period")
            var year: Int
            var month: Int?
            if periodText.count == 4, let y = Int(periodText) {
                year = y
            } else if let p = Period(periodText) {
                year = p.year
                month = p.month
            } else {
                rd.fail(r, "period \"\(periodText)\" is neither a year (YYYY) nor a month (YYYY-MM)")
                continue
            }
            func value(_ column: String) -> Decimal?? {
                let text = rd.table.value(r, column)
                if text.isEmpty { return .some(nil) }
                if unit == .yesNo {
                    switch text.lowercased() {
                    case "ja", "yes": return .some(1)
                    case "nej", "no": return .some(0)
                    default:
                        rd.fail(r, "\(column) \"\(text)\" of a yes/no indicator is not Ja or Nej")
                        return nil
                    }
                }
                guard
                    let d = Self.decimal(
                        text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces))
                else {
                    rd.fail(r, "\(column) \"\(text)\" is not a number")
                    return nil
                }
                return .some(d)
            }
            guard let target = value("target"), let outcome = value("outcome"), let national = value("national"),
                let women = value("outcome_women"), let men = value("outcome_men")
            else { continue }
            guard let rolling12 = rd.yesNo(r, "r12") else {
                rd.fail(r, "r12 \"\(rd.table.value(r, "r12"))\" is not ja or nej")
                continue
            }
            let row = IndicatorRow(
                code: code, name: name, node: node, goal: rd.table.value(r, "goal"),
                focusArea: rd.table.value(r, "focus_area"), rolling12: rolling12,
                unit: unit, direction: direction, year: year, month: month, target: target, outcome: outcome,
                national: national,
                outcomeWomen: women, outcomeMen: men, comment: rd.table.value(r, "comment"))
            if let first = definitions[code] {
                let d = first.row
                if d.name != name || d.node != node || d.unit != unit || d.direction != direction || d.goal != row.goal
                    || d.focusArea != row.focusArea || d.rolling12 != rolling12
                {
                    rd.fail(
                        r,
                        "indicator \(code) is defined differently on line \(first.line) (name, node, goal, focus_area, r12, unit and direction must be the same on all its rows)"
                    )
                    continue
                }
            } else {
                definitions[code] = (r.line, row)
            }
            let key = "\(code);\(periodText)"
            if let first = seen[key] {
                rd.fail(r, "indicator \(code) has period \(periodText) twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(Located(line: r.line, value: row))
        }
        return try rd.finish(rows)
    }

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
                        : "activity \"\(activity)\" appears twice under \"\(commitment)\" in \(period) (first on line \(first))"
                )
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: ActivityRow(
                        period: period, node: node, commitment: commitment, activity: activity, status: status,
                        endDate: endDate, unit: rd.table.value(r, "unit"), assessment: assessment,
                        comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }

    /// `actionplans`: expected and realised effect per measure and month (kronor).
    public static func actionPlans(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ActionPlanRow>] {
        var rd = try open(
            bytes, file: file, known: ["node", "plan", "measure", "month", "expected", "realised", "comment"],
            required: ["node", "plan", "measure", "month", "expected"])
        var rows: [Located<ActionPlanRow>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let node = rd.required(r, "node"), let plan = rd.required(r, "plan"),
                let measure = rd.required(r, "measure"),
                let month = rd.period(r, "month"), let e = rd.money(r, "expected"), let expected = e,
                let realised = rd.money(r, "realised", optional: true)
            else { continue }
            let key = "\(node);\(plan);\(measure);\(month)"
            if let first = seen[key] {
                rd.fail(r, "measure \"\(measure)\" of \"\(plan)\" has \(month) twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(
                    line: r.line,
                    value: ActionPlanRow(
                        node: node, plan: plan, measure: measure, year: month.year, month: month.month,
                        expected: expected, realised: realised, comment: rd.table.value(r, "comment"))))
        }
        return try rd.finish(rows)
    }

    /// `texts`: written report texts per period, org node and section (docs/formats.md).
    public static func texts(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<ReportText>] {
        var rd = try open(
            bytes, file: file, known: ["period", "node", "section", "text"],
            required: ["period", "node", "section", "text"])
        var rows: [Located<ReportText>] = []
        var seen: [String: Int] = [:]
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node"),
                let text = rd.required(r, "text")
            else { continue }
            let sectionText = rd.table.value(r, "section").lowercased()
            guard let section = TextSection(rawValue: sectionText) else {
                rd.fail(
                    r,
                    "section \"\(sectionText)\" is not one of \(TextSection.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            let key = "\(period);\(node);\(section.rawValue)"
            if let first = seen[key] {
                rd.fail(r, "\(section.rawValue) of \(node) \(period) is given twice (first on line \(first))")
                continue
            }
            seen[key] = r.line
            rows.append(
                Located(line: r.line, value: ReportText(period: period, node: node, section: section, text: text)))
        }
        return try rd.finish(rows)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A plain decimal: optional minus, digits, optional decimal point or comma and digits;
    /// spaces as thousands separators are allowed ("4 687 000 000,50").
    static func decimal(_ text: String) -> Decimal? {
        let plain = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: ",", with: ".")
        let body = plain.hasPrefix("-") ? plain.dropFirst() : Substring(plain)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `investments`: outcome, budget and forecast per committee and category.
    public static func investments(_ bytes: [UInt8], file: String) throws(InputFailure) -> [Located<InvestmentRow>] {
        let lifetime = ["site", "project_budget", "project_outcome", "project_forecast", "finished"]
        var rd = try open(
            bytes, file: file,
            known: ["period", "node", "category", "outcome", "budget", "forecast", "project"] + lifetime,
            required: ["period", "node", "category", "outcome"])
        var rows: [Located<InvestmentRow>] = []
        for r in rd.table.records {
            guard let period = rd.period(r, "period"), let node = rd.required(r, "node") else { continue }
            let catText = rd.table.value(r, "category").lowercased()
            guard let category = InvestmentCategory(rawValue: catText) else {
                rd.fail(
                    r,
                    "category \"\(catText)\" is not one of \(InvestmentCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            guard let o = rd.money(r, "outcome"), let outcome = o, let budget = rd.money(r, "budget", optional: true),
                let forecast = rd.money(r, "forecast", optional: true)
            else { continue }
            let project = rd.table.value(r, "project")
            guard let pb = rd.money(r, "project_budget", optional: true),
                let po = rd.money(r, "project_outcome", optional: true),
                let pf = rd.money(r, "project_forecast", optional: true),
                let finished = rd.year(r, "finished", optional: true)
            else { continue }
            let site = rd.table.value(r, "site")
            let given = lifetime.filter { !rd.table.value(r, $0).isEmpty }
            var totals: ProjectTotals?
            if !given.isEmpty {
                // Lifetime figures belong to a project; on a committee's total they would have
                // nothing to describe.
                guard !project.isEmpty else {
                    rd.fail(r, "\(given.joined(separator: ", ")) given without a project")
                    continue
                }
                totals = ProjectTotals(site: site, budget: pb, outcome: po, forecast: pf, finishedYear: finished)
            }
            rows.append(
                Located(
                    line: r.line,
                    value: InvestmentRow(
                        period: period, node: node, category: category, outcome: outcome, budget: budget,
                        forecast: forecast, project: project.isEmpty ? nil : project, projectTotals: totals)))
        }
        return try rd.finish(rows)
    }
}
