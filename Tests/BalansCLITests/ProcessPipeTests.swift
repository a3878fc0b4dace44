import BalansTestSupport
import Foundation
import Testing

/// Issue 14: the process helper read stdout to its end before stderr, so a command with more
/// than 64 KiB of problems on standard error hung its test. Both pipes are read at once now.
/// (`runProcessBlocking` on a thread of its own: through ``runProcess`` the test would wait its
/// turn behind the whole suite's programs, and the time limit is for a hang of its own.)
@Suite struct ProcessPipeTests {
    @Test(.timeLimit(.minutes(1))) func aCommandWithManyProblemsDoesNotHangItsTest() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("t.sqlite").path
        let initialised = try await offCooperativePool { try runProcessBlocking(CLI.binary, ["init", "--db", db]) }
        #expect(initialised.status == 0)
        let rows = (1...3000).map { "2024;HS;4010;belopp\($0)" }.joined(separator: "\n")
        let budget = dir.appendingPathComponent("budget.csv")
        try Data(("year;node;account;amount\n" + rows + "\n").utf8).write(to: budget)
        let r = try await offCooperativePool {
            try runProcessBlocking(CLI.binary, ["import", "budget", budget.path, "--db", db])
        }
        #expect(r.status == 65)
        // One line per problem, every one of them (well over 64 KiB).
        let stderr = String(decoding: r.stderr, as: UTF8.self)
        #expect(stderr.utf8.count > 65_536)
        #expect(stderr.contains("budget.csv:3001: amount \"belopp3000\" is not an amount in kronor"))
    }
}
