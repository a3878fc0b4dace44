import Testing

@testable import SIE

/// Each malformed input must fail with an issue on the exact line and a recognisable message.
/// `header` is five valid lines, so the records under test start at line 6.
@Suite struct SIEMalformedTests {
    @Test func nonNumericAmount() {
        expectIssue(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {} 12,50\n#TRANS 3010 {} -12.50\n}\n",
            line: 8, contains: "#TRANS: invalid amount \"12,50\"", only: true)
    }

    @Test func tooManyDecimals() {
        expectIssue(header + "#IB 0 1910 1.005\n", line: 6, contains: "more than 2 decimals", only: true)
    }

    @Test func invalidDate() {
        expectIssue(
            header + "#VER A 1 20240231 \"x\"\n{\n}\n", line: 6, contains: "invalid voucher date \"20240231\"",
            only: true)
        expectIssue(header + "#GEN 2024011\n", line: 6, contains: "#GEN: invalid date", only: true)
    }

    @Test func missingOpeningBrace() {
        expectIssue(
            header + "#VER A 1 20240110\n#TRANS 1910 {} 5\n#TRANS 3010 {} -5\n}\n",
            line: 6, contains: "missing { after #VER", only: true)
        expectIssue(
            header + "#VER A 1 20240110\n#VER A 2 20240110\n{\n}\n",
            line: 6, contains: "missing { after #VER", only: true)
    }

    @Test func unterminatedVoucherAtEndOfFile() {
        expectIssue(
            header + "#VER A 12 20240110\n{\n#TRANS 1910 {} 5\n#TRANS 3010 {} -5\n",
            line: 6, contains: "unterminated voucher A 12", only: true)
    }

    @Test func voucherNotClosedBeforeNextRecord() {
        expectIssue(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {} 5\n#TRANS 3010 {} -5\n#VER A 2 20240111\n{\n}\n",
            line: 6, contains: "voucher A 1 is not closed by } before line 10", only: true)
    }

    @Test func transactionOutsideVoucher() {
        expectIssue(header + "#TRANS 1910 {} 100.00\n", line: 6, contains: "#TRANS outside a voucher", only: true)
        expectIssue(header + "}\n", line: 6, contains: "unexpected } outside a voucher", only: true)
    }

    @Test func unbalancedVoucher() {
        expectIssue(
            header
                + "#VER A 12 20240110 \"Obalans\"\n{\n#TRANS 1910 {} 150.00\n#TRANS 3010 {} -50\n#BTRANS 3010 {} "
                + "-100\n}\n",
            line: 6, contains: "voucher A 12 does not balance: sum 100.00", only: true)
    }

    /// Other readers accept accounts and objects used without a declaration: one warning per
    /// code at its first use, the amounts read.
    @Test func unknownAccountIsAWarning() throws {
        let doc = try readSIE(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {} 100\n#TRANS 9999 {} -100\n}\n#RES 0 9999 -100\n")
        #expect(
            doc.warnings == [
                SIEIssue(line: 9, message: "account 9999 is not declared by #KONTO (used 2 times); read without a name")
            ])
        #expect(doc.vouchers.first?.transactions.last?.account == "9999")
    }

    @Test func unknownObjectIsAWarning() throws {
        let text =
            header
            + "#OBJEKT 1 \"100\" \"Sjukhuset\"\n#VER A 1 20240110\n{\n#TRANS 1910 {1 \"999\" 6 \"P9\"} 100\n#TRANS "
            + "3010 {1 \"100\"} -100\n}\n#PSALDO 0 202401 3010 {1 \"998\"} 1\n"
        let doc = try readSIE(text)
        #expect(
            doc.warnings == [
                SIEIssue(line: 9, message: "object \"999\" in dimension 1 is not declared by #OBJEKT (used once)"),
                SIEIssue(line: 12, message: "object \"998\" in dimension 1 is not declared by #OBJEKT (used once)"),
            ])
    }

    @Test func unterminatedQuote() {
        expectIssue(header + "#KONTO 4010 \"Inkop\n", line: 6, contains: "#KONTO: unterminated quote", only: true)
    }

    @Test func brokenLinesInsideAVoucherDoNotCascade() {
        // A broken #VER still opens its voucher, so its rows are not "outside a voucher".
        expectIssue(
            header + "#VER A 1 20240110 \"Text\n{\n#TRANS 1910 {} 5\n}\n",
            line: 6, contains: "#VER: unterminated quote", only: true)
        // A broken row is reported once; the voucher's balance is then not checked.
        expectIssue(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {} 5 \"text\n#TRANS 3010 {} -5\n}\n",
            line: 8, contains: "#TRANS: unterminated quote", only: true)
        expectIssue(header + "{\n", line: 6, contains: "unexpected { outside a voucher", only: true)
    }

    @Test func malformedObjectList() {
        expectIssue(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {1} 100\n#TRANS 3010 {} -100\n}\n",
            line: 8, contains: "malformed object list", only: true)
        expectIssue(
            header + "#OIB 0 1910 {1 \"100\" 100.00\n", line: 6, contains: "malformed object list: missing }",
            only: true)
        expectIssue(header + "#OUB 0 1910 1 100.00\n", line: 6, contains: "#OUB: malformed object list", only: true)
        expectIssue(
            header + "#OIB 0 1910 {x \"100\"} 1\n", line: 6, contains: "dimension \"x\" is not a number", only: true)
    }

    @Test func badFiscalYear() {
        expectIssue(
            header + "#RAR -1 20231301 20231231\n", line: 6, contains: "#RAR: invalid start date \"20231301\"",
            only: true)
        expectIssue(header + "#RAR -1 20231231 20230101\n", line: 6, contains: "is after end date", only: true)
        expectIssue(
            header + "#RAR 0 20230101 20231231\n", line: 6, contains: "duplicate year index (first at line 3)",
            only: true)
    }

    @Test func voucherOutsideYearZero() {
        expectIssue(
            header + "#VER A 1 20231231\n{\n}\n", line: 6, contains: "date 2023-12-31 is outside fiscal year 0",
            only: true)
    }

    @Test func transactionDateOutsideYearZero() {
        // The row has its own date (transdat) in the next year: reported on the row's line.
        expectIssue(
            header + "#VER A 1 20241231\n{\n#TRANS 1910 {} 5.00 20250102\n#TRANS 1910 {} -5.00\n}\n",
            line: 8, contains: "transaction date 2025-01-02 is outside fiscal year 0", only: true)
    }

    @Test func duplicateVoucher() {
        expectIssue(
            header + "#VER A 1 20240110\n{\n}\n#VER A 1 20240111\n{\n}\n",
            line: 9, contains: "duplicate voucher A 1 (first at line 6)", only: true)
    }

    @Test func badPeriod() {
        expectIssue(
            header + "#PSALDO 0 2024-01 3010 {} 5\n", line: 6, contains: "#PSALDO: period \"2024-01\" is not YYYYMM",
            only: true)
        expectIssue(
            header + "#PBUDGET 0 202413 3010 {} 5\n", line: 6, contains: "#PBUDGET: period \"202413\" is not YYYYMM",
            only: true)
    }

    @Test func missingRequiredFields() {
        expectIssue(header + "#KONTO 4010\n", line: 6, contains: "#KONTO: missing account name", only: true)
        expectIssue(
            header + "#VER A 1 20240110\n{\n#TRANS 1910 {}\n}\n", line: 8, contains: "#TRANS: missing amount",
            only: true)
        expectIssue(header + "#RAR\n", line: 6, contains: "#RAR: missing year index")
    }

    @Test func emptyOrNotSIE() {
        expectIssue("", line: nil, contains: "file is empty", only: true)
        expectIssue("\n\n", line: nil, contains: "not an SIE file", only: true)
        expectIssue("name;amount\nfoo;12\n", line: nil, contains: "not an SIE file", only: true)
    }

    @Test func collectsEveryErrorInLineOrder() {
        let text =
            header + """
                #IB 0 1910 abc
                #KONTO 4010 "ok"
                #RES 0 3010 1.234
                #VER A 1 20240110
                {
                #TRANS 1910 {} 10
                #TRANS 8888 {} -5
                }
                #TRANS 1910 {} 1

                """
        let issues = failureIssues(text)
        #expect(issues.map(\.line) == [6, 8, 9, 14])
        #expect(
            issues.map(\.description) == [
                "6: #IB: invalid amount \"abc\"",
                "8: #RES: amount \"1.234\" has more than 2 decimals",
                "9: voucher A 1 does not balance: sum 5.00",
                "14: #TRANS outside a voucher",
            ])
    }
}
