import BalansCore
import Foundation

extension CSVKinds {
    /// `companies`: the kommunkoncern (docs/formats.md) — one row per company or kommunalförbund with its ownership
    /// share, method and motpart code, and one row of method `region`: the region itself, whose `counterparty` is the
    /// code the companies' ledgers name the region by and whose `dimension` (default 21) the SIE dimension every
    /// ledger of the koncern books motpart in.
    public static func companies(_ bytes: [UInt8], file: String) throws(InputFailure) -> Koncern {
        let columns = ["code", "name", "organisation_number", "share", "method", "counterparty", "dimension"]
        var rd = try open(
            bytes, file: file, known: columns, required: ["code", "name", "share", "method", "counterparty"])
        var region: (company: Company, line: Int)?
        var dimension = 21
        var companies: [Company] = []
        var codes: [String: Int] = [:]
        var counterparties: [String: Int] = [:]
        for r in rd.table.records {
            guard let code = rd.required(r, "code"), let name = rd.required(r, "name"),
                let shareText = rd.required(r, "share"), let counterparty = rd.required(r, "counterparty"),
                let choice = rd.choice(r, "method", Company.Method.self)
            else { continue }
            guard let share = Self.share(shareText) else {
                rd.fail(r, "share \"\(shareText)\" is not a percentage from 0 to 100 with at most two decimals")
                continue
            }
            if !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                rd.fail(r, "code \"\(code)\" is not letters, digits, - and _")
                continue
            }
            if let first = codes[code] {
                rd.fail(r, "company \"\(code)\" is listed twice (first on line \(first))")
                continue
            }
            if let first = counterparties[counterparty] {
                rd.fail(r, "counterparty \"\(counterparty)\" is used twice (first on line \(first))")
                continue
            }
            codes[code] = r.line
            counterparties[counterparty] = r.line
            let method = choice ?? .proportional
            let dimensionText = rd.table.value(r, "dimension")
            if method == .region {
                if let first = region?.line {
                    rd.fail(r, "a second row of method region (first on line \(first))")
                    continue
                }
                if share != Company.wholeShare { rd.fail(r, "the region's own row has share \(shareText), not 100") }
                if !dimensionText.isEmpty {
                    guard let d = Int(dimensionText), d > 0 else {
                        rd.fail(r, "dimension \"\(dimensionText)\" is not a SIE dimension number")
                        continue
                    }
                    dimension = d
                }
            } else if !dimensionText.isEmpty {
                rd.fail(r, "dimension is given on the region's row only (the koncern's motpart dimension)")
                continue
            }
            let company = Company(
                code: code, name: name, organisationNumber: rd.table.value(r, "organisation_number"), share: share,
                method: method, counterparty: counterparty)
            if method == .region { region = (company, r.line) } else { companies.append(company) }
        }
        guard let region else {
            rd.issues.append(
                InputIssue(
                    file: file, line: nil,
                    message: "no row of method region (the region itself: the motpart code the companies name it by)"
                ))
            throw InputFailure(rd.issues)
        }
        _ = try rd.finish([Located<Int>]())
        return Koncern(region: region.company, companies: companies, dimension: dimension)
    }

    /// A percentage with a decimal comma or point and at most two decimals, as hundredths of a percent (exact);
    /// nil outside 0–100.
    static func share(_ text: String) -> Int? {
        let parts = text.replacingOccurrences(of: ",", with: ".").split(
            separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 3,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), let w = Int(whole)
        else { return nil }
        var hundredths = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard !decimals.isEmpty, decimals.count <= 2, decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let d = Int(decimals)
            else { return nil }
            hundredths = decimals.count == 1 ? d * 10 : d
        }
        let share = w * 100 + hundredths
        return share <= Company.wholeShare ? share : nil
    }
}
