import BalansCore
import Foundation

/// The decision pages that open the region's report, as seed 003 has them: the council's
/// paragraph (§71 RF), the board's (§82 RS) and the office's beslutsförslag to the board's
/// working committee, each with the same decision points drafted from the figures — approve the
/// report; urge the committees with a forecast deficit to continue their action plans (named in
/// the analysis, not here); note the committees above the target for hired staff (named).
/// Paragraphs, case number, drafter and signatories come from the texts; a paragraph not yet
/// recorded leaves its page out.
enum DecisionChapter {
    /// The decision pages of the report `c` describes: one chapter per recorded paragraph and
    /// the beslutsförslag.
    static func build(_ c: ReportContext) -> [Chapter] {
        let root = c.tree.root.code
        func text(_ s: TextSection) -> String? { c.data.text(s, node: root, period: c.period) }
        let subject = subject(c)
        let title = c.say(.decisionOn, subject.short)
        let points = decisionPoints(c)
        var chapters: [Chapter] = []
        if let council = text(.minuteParagraph) {
            let basis = [
                text(.boardParagraph).map { c.say(.paragraphOf, $0, c.label(.boardShort), title) },
                c.say(.proposalOf, title), subject.long,
            ]
            chapters.append(
                page(
                    c, id: "beslut-fullmaktige", paragraph: council, title: title,
                    decision: c.label(.councilDecides), points: points.items, proposal: c.label(.proposalIntro),
                    basis: basis.compactMap { $0 }))
        }
        if let board = text(.boardParagraph) {
            let basis = [
                text(.workingCommitteeParagraph).map {
                    c.say(.paragraphOf, $0, c.label(.workingCommitteeShort), title)
                },
                c.say(.proposalOf, title), subject.long,
            ]
            chapters.append(
                page(
                    c, id: "beslut-styrelsen", paragraph: board, title: title,
                    decision: c.label(.proposalIntro), points: points.items,
                    proposal: c.label(.workingCommitteeProposes), basis: basis.compactMap { $0 }))
        }
        chapters.append(proposal(c, title: title, subject: subject, points: points))
        return chapters
    }

    /// "Region Hallands uppföljningsrapport 1 2024" (in titles) and "… januari – april 2024"
    /// (in the decision points and the list of documents).
    static func subject(_ c: ReportContext) -> (short: String, long: String) {
        let root = c.tree.root.name
        let p = c.period
        if c.kind == .arsredovisning {
            let name = c.say(.annualReportOf, root, String(p.year))
            return (name, name)
        }
        let kind = c.title(c.kind).lowercased()
        return (
            c.say(.reportOf, root, kind, String(p.year)),
            c.say(.reportOf, root, kind, c.words.longSpan(p.year, p.month))
        )
    }

    /// The decision points and the blocks that say what is missing for them.
    static func decisionPoints(_ c: ReportContext) -> (items: [String], missing: [Block]) {
        let p = c.period
        let op = c.operating
        var items = [c.say(.approve, subject(c).long)]
        if !op.committeesInDeficit.isEmpty { items.append(c.label(.urgeCommitteesInDeficit)) }
        var missing: [Block] = []
        if !c.data.staff.isEmpty {
            let target = StaffReport.compute(c.data, period: p).hiredShareTarget(c.policy)
            let above = StaffReport.above(target, op.committees, c.data, period: p)
            if !above.isEmpty {
                items.append(c.say(.aboveHiredTarget, committeeNames(c, above.map(\.name)), numberWord(target)))
            }
        } else {
            missing.append(c.missing(c.label(.noStaffData)))
        }
        return (items, missing)
    }

    /// One paragraph of the minutes: Beslut, Ärendet, Förslag till beslut, Beslutsunderlag.
    static func page(
        _ c: ReportContext, id: String, paragraph: String, title: String, decision: String, points: [String],
        proposal: String, basis: [String]
    ) -> Chapter {
        var blocks: [Block] = []
        if let number = c.data.text(.caseNumber, node: c.tree.root.code, period: c.period) {
            blocks.append(.paragraph(number, missing: false))
        }
        blocks += [
            .heading(c.label(.decision)), .paragraph(decision, missing: false), .list(points),
            .heading(c.label(.matter)), .paragraph(matter(c), missing: false),
            .heading(c.label(.proposal)), .paragraph(proposal, missing: false), .list(points),
            .heading(c.label(.decisionBasis)), .list(basis),
        ]
        return Chapter(id: id, title: c.say(.paragraphTitle, paragraph, title), blocks: blocks)
    }

    /// The office's beslutsförslag (tjänsteskrivelse) to the working committee.
    static func proposal(
        _ c: ReportContext, title: String, subject: (short: String, long: String),
        points: (items: [String], missing: [Block])
    ) -> Chapter {
        let root = c.tree.root.code
        func text(_ s: TextSection) -> String? { c.data.text(s, node: root, period: c.period) }
        var blocks: [Block] = []
        let head = [text(.drafter), text(.caseNumber).map { c.say(.caseNumberIs, $0) }].compactMap { $0 }
        if text(.caseNumber) == nil { blocks.append(c.missing(c.label(.caseReferenceWhat))) }
        blocks += head.flatMap(lines).map { .paragraph($0, missing: false) }
        blocks += [.heading(c.label(.proposal)), .paragraph(c.label(.workingCommitteeProposes), missing: false)]
        blocks.append(.list(points.items))
        blocks += points.missing
        blocks += [.heading(c.label(.summary)), .paragraph(matter(c), missing: false)]
        blocks += [
            .heading(c.label(.impactAssessment)), c.written(.impactAssessment, node: root, what: .impactAssessment),
        ]
        blocks += [.heading(c.label(.economicConsequences)), .paragraph(consequences(c), missing: false)]
        blocks += (text(.signatories).map(lines) ?? []).map { .paragraph($0, missing: false) }
        blocks += [
            .heading(c.label(.attachment)), .list([subject.long]),
            .heading(c.label(.decisionCommunicated)), .paragraph(c.label(.allCommittees), missing: false),
        ]
        return Chapter(id: "beslutsforslag", title: c.say(.proposalOf, title), blocks: blocks)
    }

    /// Ärendet: "Uppföljningen till regionfullmäktige utgår från Mål och budget 2024 och sker tre
    /// gånger per år. Uppföljningsrapport 1 behandlar perioden januari – april 2024."
    static func matter(_ c: ReportContext) -> String {
        let p = c.period
        return c.say(.matterText, String(p.year), c.title(c.kind), c.words.longSpan(p.year, p.month))
    }

    /// Ekonomiska konsekvenser av beslutet: the balanskravsresultat — the forecast's, or the outcome's in the annual
    /// report of a closed year — and, where the figures say so, that synnerliga skäl are invoked (Kommunallagen 11
    /// kap. 13 §).
    static func consequences(_ c: ReportContext) -> String {
        let year = c.period.year
        guard let current = c.ratios.balanceRequirement.last(where: { $0.year == year }) else {
            return c.label(.balanceRequirementUnknown)
        }
        let bkr = current.balanceRequirementResult
        let forecast = current.isForecast
        guard bkr < .zero else {
            return c.say(forecast ? .balanceRequirementMetForecast : .balanceRequirementMetYear, c.amount(bkr))
        }
        var text = c.say(
            forecast ? .negativeBalanceRequirementForecast : .negativeBalanceRequirementYear, c.amount(bkr.magnitude))
        if !current.exceptionalReasons.isZero {
            text += " " + c.say(forecast ? .invokesExceptionalReasons : .invokesExceptionalReasonsYear, String(year))
        }
        return text
    }

    /// "driftnämnderna för Hallands sjukhus, Psykiatri och Närsjukvården Halland" when every
    /// name is a driftnämnd's (seed 003 §71); the names as they are otherwise.
    static func committeeNames(_ c: ReportContext, _ names: [String]) -> String {
        let prefix = c.label(.operatingCommitteePrefix)
        guard names.count > 1, names.allSatisfy({ $0.hasPrefix(prefix) }) else { return c.names(names) }
        return c.say(.operatingCommitteesFor, c.names(names.map { String($0.dropFirst(prefix.count)) }))
    }

    /// A whole percentage up to twelve in words as Swedish prose writes it ("två procent",
    /// seed 003 §71); other figures as numbers.
    static func numberWord(_ d: Decimal) -> String {
        let words = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
        if d >= 0, d <= 12, d == d.roundedHalfAwayFromZero(scale: 0) {
            return words[NSDecimalNumber(decimal: d).intValue]
        }
        return FinancialGoalsChapter.targetNumber(d)
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
