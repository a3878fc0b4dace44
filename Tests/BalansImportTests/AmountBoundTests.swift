import BalansCore
import BalansImport
import Testing

/// Issue 13: an amount beyond 10¹² kronor is refused at input, with its file, line and column.
@Suite struct AmountBoundTests {
    @Test func aCSVAmountBeyondATrillionKronorIsRefusedWithItsPlace() throws {
        let text = """
            year;node;account;amount
            2024;HS;4010;1000000000000
            2024;HS;4010;9 999 999 999 999 999

            """
        var messages: [String] = []
        do {
            _ = try CSVKinds.budget(Array(text.utf8), file: "budget.csv")
        } catch {
            messages = error.issues.map(\.description)
        }
        #expect(
            messages == [
                "budget.csv:3: amount \"9 999 999 999 999 999\" is larger than 1 000 000 000 000 kronor, the largest "
                    + "amount Balans takes"
            ])
    }
}
