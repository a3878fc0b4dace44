import BalansTestSupport
import Foundation
import Testing

/// Issue 14: the process helper read stdout to its end before stderr, so a command with more
/// than 64 KiB of problems on standard error hung its test. Both pipes are read at once now.
/// (The limit allows for the wait for a turn to run a program: ``runProcess`` runs a few at once.)
@Suite struct ProcessPipeTests {
    @Test(.timeLimit(.minutes(10))) func aCommandWithManyProblemsDoesNotHangItsTest() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let rows = (1...3000).map { "2024;HS;4010;belopp\($0)" }.joined(separator: "\n")
        let budget = dir.appendingPathComponent("budget.csv")
        try Data(("year;node;account;amount\n" + rows + "\n").utf8).write(to: budget)
        let r = try await CLI.run(["import", "budget", budget.path, "--db", db])
        #expect(r.status == 65)
        // One line per problem, every one of them (well over 64 KiB).
        #expect(r.stderr.utf8.count > 65_536)
        #expect(r.stderr.contains("budget.csv:3001: amount \"belopp3000\" is not an amount in kronor"))
    }
}
