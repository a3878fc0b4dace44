import BalansCore
import BalansImport
import Foundation
import Testing

/// The budget file's change rows (`change_date`, `change_kind`, `reference`; docs/formats.md `budget`).
@Suite struct BudgetChangeCSVTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
    let header = "year;node;account;amount;change_date;change_kind;reference\n"

    func issues(_ text: String) -> [String] {
        do {
            _ = try CSVKinds.budget(bytes(header + text), file: "budget.csv")
            return []
        } catch {
            return error.issues.map(\.description)
        }
    }

    @Test func changeRowsCarryTheirDecision() throws {
        let rows = try CSVKinds.budget(
            bytes(
                header + "2017;A;;-1000;;;\n2017;A;;300;2017-04-24;omdisposition;RS §80\n2017;B;;-300;2017-04-24;"
                    + "Omdisposition;RS §80\n2017;B;;40;2017-06-30;tilläggsbudget;RF §30\n"), file: "budget.csv")
        #expect(rows.map { $0.value.change == nil } == [true, false, false, false])
        let move = try #require(rows[1].value.change)
        #expect(move.date == "2017-04-24" && move.period == Period(year: 2017, month: 4))
        #expect(move.kind == .reallocation && move.reference == "RS §80")
        #expect(rows[3].value.change?.kind == .supplementary)
    }

    @Test func everyBadChangeWithItsLine() {
        #expect(
            issues(
                "2017;A;;1;2017-02-30;omdisposition;\n2017;A;;1;2018-01-10;tilläggsbudget;\n"
                    + "2017;A;;1;;omdisposition;\n2017;A;;1;2017-05-02;;\n2017;A;;1;2017-05-02;flytt;\n") == [
                    "budget.csv:2: change_date \"2017-02-30\" is not a date (YYYY-MM-DD)",
                    "budget.csv:3: change_date \"2018-01-10\" is not in the budget year 2017",
                    "budget.csv:4: change_kind \"omdisposition\" without change_date",
                    "budget.csv:5: change_kind is empty (omdisposition, tilläggsbudget or ombudgetering)",
                    "budget.csv:6: change_kind \"flytt\" is not one of omdisposition, tilläggsbudget, ombudgetering",
                ])
    }

    /// An omdisposition moves money between lines: one decision's rows that do not net to zero are refused at the
    /// decision's first line.
    @Test func aReallocationMustNetToZero() {
        #expect(
            issues("2017;A;;300;2017-04-24;omdisposition;RS §80\n2017;B;;-250;2017-04-24;omdisposition;RS §80\n") == [
                "budget.csv:2: omdisposition RS §80 of 2017-04-24 does not net to zero: 50.00 kr"
            ])
        #expect(
            issues("2017;A;;300;2017-04-24;omdisposition;RS §80\n2017;B;;-300;2017-04-24;omdisposition;RS §80\n")
                .isEmpty)
    }
}
